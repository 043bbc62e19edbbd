/** `faqops preview`: the FAQ (or a plan's changes) as WeChat conversations in one HTML page. */
import path from "node:path";
import type { Command } from "commander";
import { loadProject, projectContentOptions, projectSyncOptions } from "../../config/project.js";
import { loadContent } from "../../content/load.js";
import { entriesFor } from "../../content/targets.js";
import { countDiagnostics, sortDiagnostics } from "../../diagnostics.js";
import { ContentError } from "../../errors.js";
import { EXIT_CODES } from "../../exit.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import { CACHE_DIR, displayPath } from "../../options/paths.js";
import { stringValue } from "../../options/values.js";
import { renderChangesPreview, renderPreview } from "../../render/preview.js";
import { loadBefore } from "../../sync/before.js";
import { planSync } from "../../sync/plan.js";
import { formatReport, plural } from "../report.js";
import { findProjectRoot } from "../root.js";
import { loadCheckedContent, targetInputs } from "../sync-inputs.js";
import { selectTargets } from "../targets.js";
import type { CommandContext } from "./index.js";
import { addContentOption, addLockfileOptions, addTargetOption } from "./shared-options.js";

/** Where the page goes by default: with the other things faqops can rebuild, out of Git. */
export const DEFAULT_PREVIEW_DIR = `${CACHE_DIR}/preview`;

/** Registers `faqops preview`. */
export function registerPreview(program: Command, { io, result }: CommandContext): void {
  const command = program
    .command("preview")
    .summary("write an HTML page showing each entry as a WeChat conversation")
    .description(
      "Write a self-contained page (<out>/index.html) that shows every entry as a WeChat conversation: the question, the answer's messages and cards, and recommended questions you can tap. With --changed, only what a sync would change (as `faqops plan` computes it), before and after side by side. Prints the page's path.",
    )
    .option("--out <dir>", `the folder to write index.html in (default: ${DEFAULT_PREVIEW_DIR})`)
    .option("--changed", "show only the plan's changes, before and after, instead of every entry");
  addContentOption(command);
  addLockfileOptions(command);
  addTargetOption(
    command,
    "show what this target's bot would answer (its entries only; --changed: against its lockfile)",
  );
  command.action(async (flags: Record<string, string | boolean | undefined>) => {
    const { out: outFlag, changed, target: targetFlag, ...rest } = flags;
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    // --changed compares with one bot's lockfile, so it needs one target, as apply does.
    const targets = selectTargets(
      project.config,
      targetFlag,
      changed ? "preview --changed" : "plan",
    );
    const target = targets.length === 1 ? targets[0]! : undefined;
    const options =
      target === undefined
        ? { ...projectContentOptions(project, io, rest), cwd: project.root }
        : projectSyncOptions(project, target, io, rest);
    // --out is relative to the working directory; the default is in the project root's cache.
    const outGiven = stringValue("out", outFlag);
    const out =
      outGiven === undefined
        ? path.resolve(options.cwd, DEFAULT_PREVIEW_DIR)
        : path.resolve(io.cwd, outGiven);
    // The page's own words in the language of the run (resolved from --lang and the
    // environment before any command runs; English when io does not say).
    const lang = io.lang ?? "en";
    let html: string;
    if (changed && target !== undefined && "lockfile" in options) {
      const content = await loadCheckedContent(io, project, options);
      const inputs = await targetInputs(io, project, content, target, options);
      const plan = planSync(inputs.content.entries, inputs.lock, options, inputs.notTaken);
      // The before side: what the platform holds for each change, from Git (see loadBefore).
      const before = await loadBefore(plan, {
        cwd: io.cwd,
        contentDir: options.contentDir,
        lockfilePath: options.lockfile.path,
      });
      html = renderChangesPreview(plan, inputs.content.answers, before, { lang });
    } else {
      const loaded = await loadContent(options);
      const content = {
        ...loaded,
        diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics]),
      };
      io.stderr(
        formatReport(
          io,
          "stderr",
          { diagnostics: content.diagnostics, files: content.fileCount, root: options.cwd },
          { format: "text" },
        ),
      );
      const { errors } = countDiagnostics(content.diagnostics);
      if (errors > 0) {
        // A file with an error yields no entry: a page without it would look complete.
        throw new ContentError(
          `the content has ${plural(errors, "error", "errors")}; no preview was written.`,
          { hint: "fix the errors above (`faqops check` lists them), then run again." },
        );
      }
      const entries =
        target === undefined
          ? content.entries
          : entriesFor(content.entries, content.entryTargets, target.scope);
      html = renderPreview(entries, content.answers, { lang });
    }
    const file = path.join(out, "index.html");
    await writeFileAtomic(file, html);
    // Inside the working directory the short path; elsewhere the absolute one, to open as is.
    const shown = displayPath(io.cwd, file);
    io.stdout(`${shown.startsWith("../") ? file : shown}\n`);
    result.code = EXIT_CODES.success;
  });
}
