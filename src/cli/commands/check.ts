/** `faqops check`: compile every entry, print every problem, exit 1 when there is an error. */
import type { Command } from "commander";
import { loadContent } from "../../content/index.js";
import { countDiagnostics, type Diagnostic, formatDiagnostic } from "../../diagnostics.js";
import { resolveContentOptions } from "../../options.js";
import type { CommandContext } from "./index.js";

/** Registers `faqops check`. */
export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command("check")
    .description("check every FAQ entry and print every problem found (exit 1 on any error)")
    .option("--content <dir>", "the content directory (default: content)")
    .action(async (flags: { content?: string }) => {
      const options = resolveContentOptions({ cwd: context.io.cwd, content: flags.content });
      const result = await loadContent(options);
      context.io.stdout(renderDiagnostics(result.diagnostics));
      context.io.stdout(`${summary(result.fileCount, result.diagnostics)}\n`);
      context.result.code = countDiagnostics(result.diagnostics).errors > 0 ? 1 : 0;
    });
}

/**
 * Diagnostics as lines, errors first and warnings after, each group already sorted by path
 * and line (the loader sorts), so errors are never lost among warnings.
 */
export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const ordered = [
    ...diagnostics.filter((d) => d.severity === "error"),
    ...diagnostics.filter((d) => d.severity !== "error"),
  ];
  return ordered.map((d) => `${formatDiagnostic(d)}\n`).join("");
}

/** `12 entries, 0 errors, 1 warning`. */
export function summary(entries: number, diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return [
    plural(entries, "entry", "entries"),
    plural(errors, "error", "errors"),
    plural(warnings, "warning", "warnings"),
  ].join(", ");
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
