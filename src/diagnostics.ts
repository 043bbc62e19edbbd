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

/**
 * Formats one diagnostic as `path:line:col: error RULE-ID message`, always on one line: the
 * path and message are passed through oneLine (diagnostics made by rules.ts already are; this
 * covers any made elsewhere, or read back from an older cache).
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${oneLine(d.file)}:${d.line}:${d.column}: ${d.severity} ${d.ruleId} ${oneLine(d.message)}`;
}

/**
 * Text made safe for one line of a log, a terminal or a table cell: line breaks, other control
 * characters (C0, DEL, C1), the Unicode line and paragraph separators, non-characters U+FFFE
 * and U+FFFF, and unpaired surrogates are written as escapes (`\n`, `\r`, `\t`, `\u000b`).
 * A message quotes what the author wrote, and that can hold anything; `path:line:col` output
 * (and every tool that reads it) needs exactly one line per problem.
 */
export function oneLine(text: string): string {
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, escapeCharacter) : text;
}

const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "g");

function escapeCharacter(c: string): string {
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "\t") return "\\t";
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
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
