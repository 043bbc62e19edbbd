/** `faqops export`: the content as the console's bulk-import template (CSV or .xlsx). */
import type { Command } from "commander";
import { loadProject, projectContentOptions } from "../../config/project.js";
import { contentTargets } from "../../config/targets.js";
import { EXIT_CODES, exitCodeForProblems } from "../../exit.js";
import { resolveExportOptions, runExport, writeExportFile } from "../../export/index.js";
import type { RawValue } from "../../options/values.js";
import { plural, relocate, renderDiagnostics, summary } from "../report.js";
import { findProjectRoot } from "../root.js";
import { selectTargets } from "../targets.js";
import type { CommandContext } from "./index.js";
import { addContentOption, addTargetOption } from "./shared-options.js";

/** Registers `faqops export`. */
export function registerExport(program: Command, context: CommandContext): void {
  const command = program
    .command("export")
    .summary("write the content as the console's bulk-import template (CSV or .xlsx)")
    .description(
      "Write every entry (drafts aside) in the console's bulk-import template: skill, standard question, threshold, similar questions and answer, for a bulk upload in the console or a backup. CSV is UTF-8 with a byte-order mark, so Excel opens it; without --out it goes to standard output. Nothing is written when the content has errors. See docs/import-export.md.",
    )
    .option("--format <csv|xlsx>", "the file's format (default: from --out's extension, else csv)")
    .option("--out <file>", "the file to write (default: standard output, for CSV)");
  addTargetOption(command, "export only the entries this target takes");
  addContentOption(command).action(async (flags: Record<string, RawValue>) => {
    const { io } = context;
    const { target: targetFlag, ...rest } = flags;
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    // Several targets and no --target: every entry, as `check` sees them.
    const [target, ...others] =
      targetFlag === undefined ? [] : selectTargets(project.config, targetFlag, "plan");
    const options = resolveExportOptions({
      cwd: io.cwd,
      root: project.root,
      ...rest,
      content: rest.content ?? projectContentOptions(project, io, {}).contentDir,
      targets: contentTargets(project.config),
      target: others.length === 0 ? target?.scope : undefined,
    });
    const result = await runExport(options);
    // Messages go to stderr: stdout may be the CSV itself.
    if (!result.ok) {
      const diagnostics = relocate(result.content.diagnostics, options.content.cwd, io.cwd);
      io.stderr(renderDiagnostics(diagnostics));
      io.stderr(`${summary(result.content.fileCount, diagnostics)}: nothing exported\n`);
      context.result.code = EXIT_CODES.failure;
      return;
    }
    io.stderr(renderDiagnostics(relocate(result.problems, options.content.cwd, io.cwd)));
    if (options.out) await writeExportFile(options.out.path, result.bytes);
    else io.stdout(Buffer.from(result.bytes).toString("utf8"));
    const left = result.problems.filter((p) => p.ruleId === "export-separator").length;
    const notes = [
      result.drafts > 0 && `${plural(result.drafts, "draft", "drafts")} not exported`,
      left > 0 && `${plural(left, "entry", "entries")} left out (see above)`,
    ].filter((n) => n !== false);
    io.stderr(
      `${options.out ? `wrote ${options.out.display}` : "exported"} (${options.format}): ${plural(result.entries, "entry", "entries")}${notes.length > 0 ? `; ${notes.join(", ")}` : ""}\n`,
    );
    context.result.code = exitCodeForProblems(left);
  });
}
