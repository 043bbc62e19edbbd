/** Printing content diagnostics the same way in every command. */
import { type Diagnostic, formatDiagnostic, sortDiagnostics } from "../diagnostics.js";
import type { Io } from "./io.js";

/** Writes errors, then warnings (each sorted by path and line), to stderr; returns the error count. */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): number {
  const sorted = sortDiagnostics(diagnostics);
  const errors = sorted.filter((d) => d.severity === "error");
  for (const d of [...errors, ...sorted.filter((d) => d.severity === "warning")]) {
    io.stderr(`${formatDiagnostic(d)}\n`);
  }
  return errors.length;
}

/** `1 entry`, `2 entries`: counts that read right. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
