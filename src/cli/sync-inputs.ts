/** Loading what plan and apply need, refusing content with errors. */

import { existsSync } from "node:fs";
import path from "node:path";
import { loadTargetInputs, type Project } from "../config/project.js";
import { projectTargets, type Target } from "../config/targets.js";
import { type ContentResult, loadContent } from "../content/load.js";
import { countDiagnostics, sortDiagnostics } from "../diagnostics.js";
import { ContentError } from "../errors.js";
import type { ContentOptions } from "../options/content.js";
import { DEFAULT_LOCKFILE, defaultLockfile, displayPath } from "../options/paths.js";
import type { SyncOptions } from "../options/sync.js";
import { lockNotes } from "../render/plan.js";
import type { SyncInputs } from "../sync/index.js";
import type { Io } from "./io.js";
import { type DiagnosticFormat, formatReport, plural } from "./report.js";

/**
 * Loads the content, printing its diagnostics and the config's to stderr in `format`. Content
 * with errors is refused as a whole: a file with an error yields no entry, and a missing entry
 * would look like a deletion; so is a config with errors, which could name the wrong bot.
 */
export async function loadCheckedContent(
  io: Io,
  project: Project,
  options: ContentOptions,
  format: DiagnosticFormat = "text",
): Promise<ContentResult> {
  const loaded = await loadContent(options);
  const content: ContentResult = {
    ...loaded,
    diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics]),
  };
  const { diagnostics, fileCount } = content;
  io.stderr(
    formatReport(io, "stderr", { diagnostics, files: fileCount, root: options.cwd }, { format }),
  );
  const { errors } = countDiagnostics(diagnostics);
  if (errors > 0) {
    throw new ContentError(
      `the content has ${plural(errors, "error", "errors")}; nothing was planned or sent.`,
      {
        hint: "fix the errors above (`faqops check` lists them), then run again.",
      },
    );
  }
  return content;
}

/**
 * What a plan for one target starts from (loadTargetInputs, shared with the Action). Notes about
 * the lockfile (none yet, a replayed journal, an old single-bot lockfile left over) go to stderr.
 */
export async function targetInputs(
  io: Io,
  project: Project,
  content: ContentResult,
  target: Target,
  options: SyncOptions,
): Promise<SyncInputs> {
  const inputs = await loadTargetInputs(content, target, options);
  for (const note of lockNotes(inputs, options.lockfile.display)) io.stderr(`note: ${note}\n`);
  const leftover = leftoverLockfile(project, target, options, inputs.exists);
  if (leftover) io.stderr(`note: ${leftover}\n`);
  return inputs;
}

/**
 * A repository that synced one bot before it had targets keeps that bot's state in
 * faqops.lock.json, which no target reads unless one names it: a first sync of that target
 * would write every entry again. Said when the target has no lockfile yet and the old one is
 * there, unclaimed.
 */
function leftoverLockfile(
  project: Project,
  target: Target,
  options: SyncOptions,
  exists: boolean,
): string | undefined {
  if (target.name === undefined || exists || options.emulator) return undefined;
  const old = path.join(project.root, DEFAULT_LOCKFILE);
  const claimed = projectTargets(project.config).some(
    (t) =>
      t.settings.lockfile !== undefined && path.resolve(project.root, t.settings.lockfile) === old,
  );
  if (claimed || !existsSync(old)) return undefined;
  const own = defaultLockfile(target.name);
  return `${displayPath(options.cwd, old)} is the lockfile of the bot synced before targets: if target ${target.name} is that bot, set \`lockfile: ${DEFAULT_LOCKFILE}\` on it in faqops.config.yaml, or \`git mv ${DEFAULT_LOCKFILE} ${own}\` (docs/targets.md).`;
}
