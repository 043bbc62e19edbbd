/** Loading what plan and apply need, refusing content with errors. */

import type { Project } from "../config/project.js";
import type { Target } from "../config/targets.js";
import type { ContentResult } from "../content/index.js";
import { loadContent } from "../content/index.js";
import { entriesFor } from "../content/targets.js";
import { countDiagnostics, sortDiagnostics } from "../diagnostics.js";
import { ContentError } from "../errors.js";
import type { ContentOptions, SyncOptions } from "../options.js";
import { lockNotes } from "../render/plan.js";
import { readLockSnapshot, type SyncInputs } from "../sync/index.js";
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
 * What a plan for one target starts from: the entries the target takes, and its lockfile with
 * its journal folded in. Notes about the lockfile (none yet, a replayed journal) go to stderr.
 */
export async function targetInputs(
  io: Io,
  content: ContentResult,
  target: Target,
  options: SyncOptions,
): Promise<SyncInputs> {
  const snapshot = await readLockSnapshot(options.lockfile);
  for (const note of lockNotes(snapshot, options.lockfile.display)) io.stderr(`note: ${note}\n`);
  const entries =
    target.name === undefined
      ? content.entries
      : entriesFor(content.entries, content.entryTargets, target.scope);
  return { content: { ...content, entries }, ...snapshot };
}
