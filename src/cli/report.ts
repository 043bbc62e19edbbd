/** Printing content diagnostics and counts the same way in every command. */
import { countDiagnostics, type Diagnostic, formatDiagnostic } from "../diagnostics.js";
import { plural } from "../render/words.js";

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

export { plural };
