/** `faqops import FILE`: the console's bulk-import template (CSV or .xlsx) → Markdown entries. */
import type { Command } from "commander";
import { loadProject, projectContentOptions } from "../../config/project.js";
import { contentTargets } from "../../config/targets.js";
import { countDiagnostics } from "../../diagnostics.js";
import { exitCodeForProblems } from "../../exit.js";
import type { ImportReport } from "../../import/index.js";
import type { RawValue } from "../../options/values.js";
import { plural, renderDiagnostics } from "../report.js";
import { findProjectRoot } from "../root.js";
import type { CommandContext } from "./index.js";

/** Registers `faqops import`. */
export function registerImport(program: Command, context: CommandContext): void {
  program
    .command("import")
    .argument(
      "<file>",
      "the console's bulk-import template or export: .csv (UTF-8 or GBK) or .xlsx",
    )
    .summary("turn the console's bulk-import file (CSV or .xlsx) into Markdown entries")
    .description(
      "Read the console's bulk-import template (or its export, or `faqops export`'s file) and write one Markdown file per row under the content folder: content/<skill>/<title>.md. Every file is compiled back and compared with its row; rows that cannot be written unchanged are reported with their row numbers and not written. Files already there are never written over without --force. See docs/import-export.md.",
    )
    .option(
      "--content <dir>",
      "the content directory to write into, relative to the working directory (default: content, in the project root)",
    )
    .option("--force", "replace files that hold an entry with the same skill and title")
    .option("--dry-run", "say what would be written, and write nothing")
    .action(async (file: string, flags: Record<string, RawValue>) => {
      const { io } = context;
      // Loaded here, not at start-up: import takes the compiler and the table readers.
      const { resolveImportOptions, runImport } = await import("../../import/index.js");
      const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
      const options = resolveImportOptions({
        cwd: io.cwd,
        root: project.root,
        file,
        content: flags.content ?? projectContentOptions(project, io, {}).contentDir,
        targets: contentTargets(project.config),
        force: flags.force,
        dryRun: flags.dryRun,
      });
      const report = await runImport(options);
      io.stdout(renderImport(report, options.display));
      context.result.code = exitCodeForProblems(countDiagnostics(report.problems).errors);
    });
}

const VERBS = {
  created: ["created", "would create"],
  replaced: ["replaced", "would replace"],
  unchanged: ["unchanged", "unchanged"],
  exists: ["not replaced", "would not replace"],
} as const;

/**
 * The import's report: how the file was read, each file written, every problem (errors
 * first), and one line of counts.
 */
export function renderImport(report: ImportReport, display: string): string {
  const header =
    report.header === undefined
      ? "no header row: columns taken in the template's order"
      : `header in row ${report.header}`;
  const lines = [
    `read ${display} as ${report.readAs}: ${plural(report.rowCount, "row", "rows")}, ${header}`,
  ];
  for (const file of report.files) {
    lines.push(`${VERBS[file.action][report.dryRun ? 1 : 0]} ${file.path} (row ${file.row})`);
  }
  const count = (action: string): number => report.files.filter((f) => f.action === action).length;
  const failed = report.failedRows;
  const counts = [
    `${plural(count("created"), "file", "files")} ${report.dryRun ? "to create" : "created"}`,
    `${count("replaced")} ${report.dryRun ? "to replace" : "replaced"}`,
    `${count("unchanged")} unchanged`,
    failed.length === 0
      ? "every row imported"
      : `${plural(failed.length, "row", "rows")} not imported (${rowList(failed)})`,
  ];
  const summary = `${counts.join(", ")}${report.dryRun ? " (dry run: nothing written)" : ""}`;
  return `${lines.join("\n")}\n${renderDiagnostics(report.problems)}${summary}\n`;
}

/** `2, 5 and 9`; past ten rows, the first ten and a count. */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).map(String);
  if (rows.length > 10) return `rows ${shown.join(", ")} and ${rows.length - 10} more`;
  const words = shown.length === 1 ? shown : [shown.slice(0, -1).join(", "), shown.at(-1)!];
  return `${shown.length === 1 ? "row" : "rows"} ${words.join(" and ")}`;
}
