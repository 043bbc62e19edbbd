/** Diagnostics: content problems with a position, a rule id and a message that says how to fix. */

export type Severity = "error" | "warning";

/** One content problem, positioned in a file. */
export interface Diagnostic {
  /** Path relative to the working directory, `/`-separated. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly severity: Severity;
  /** A short, stable rule id such as `front-matter-type`. */
  readonly ruleId: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** Sorts diagnostics by path, then line, column, rule id and message, for stable output. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.message, b.message),
  );
}

/** Formats one diagnostic as `path:line:col: error RULE-ID message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.ruleId} ${d.message}`;
}

/** Counts errors and warnings. */
export function countDiagnostics(list: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Code-unit string order: the same on every machine and locale (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
