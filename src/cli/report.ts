/**
 * Printing content diagnostics and counts the same way in every command, in the format asked
 * for (`--format text|json|sarif|github`, docs/output-formats.md).
 */
import path from "node:path";
import { countDiagnostics, type Diagnostic, oneLine } from "../diagnostics.js";
import { localizeDiagnostic } from "../i18n/index.js";
import { displayPath } from "../options/paths.js";
import { plural } from "../plural.js";
import { diagnosticsGithub } from "../render/diagnostics-github.js";
import { diagnosticsJson } from "../render/diagnostics-json.js";
import { diagnosticsSarif } from "../render/diagnostics-sarif.js";
import { type Colors, NO_COLORS } from "../render/diff.js";
import { VERSION } from "../version.js";
import { colorsFor, type Io } from "./io.js";
import { repositoryRoot } from "./root.js";

export const DIAGNOSTIC_FORMATS = ["text", "json", "sarif", "github"] as const;
/** How diagnostics are printed: for people, scripts, code scanning, or a workflow's log. */
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/**
 * Diagnostics in the order every format prints them: errors first and warnings after, each
 * group already sorted by path and line (the loader sorts), so errors are never lost among
 * warnings.
 */
export function reportOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [
    ...diagnostics.filter((d) => d.severity === "error"),
    ...diagnostics.filter((d) => d.severity !== "error"),
  ];
}

/**
 * Diagnostics as `path:line:col: error RULE-ID message` lines, in reportOrder. With colours:
 * the place in bold, the severity in red or yellow, the rule id dimmed.
 */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  colors: Colors = NO_COLORS,
): string {
  return reportOrder(diagnostics)
    .map((d) => {
      const where = colors.bold(`${oneLine(d.file)}:${d.line}:${d.column}:`);
      const severity = d.severity === "error" ? colors.red(d.severity) : colors.yellow(d.severity);
      return `${where} ${severity} ${colors.dim(d.ruleId)} ${oneLine(d.message)}\n`;
    })
    .join("");
}

/** `12 entries, 0 errors, 1 warning`; with colours, a count above 0 in red or yellow. */
export function summary(
  entries: number,
  diagnostics: readonly Diagnostic[],
  colors: Colors = NO_COLORS,
): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return [
    plural(entries, "entry", "entries"),
    errors > 0 ? colors.red(plural(errors, "error", "errors")) : plural(errors, "error", "errors"),
    warnings > 0
      ? colors.yellow(plural(warnings, "warning", "warnings"))
      : plural(warnings, "warning", "warnings"),
  ].join(", ");
}

/** What a command reports: diagnostics with paths relative to `root`, and the files read. */
export interface DiagnosticsReport {
  readonly diagnostics: readonly Diagnostic[];
  /** Entry files checked. */
  readonly files: number;
  /** The folder the diagnostics' paths are relative to (ContentOptions.cwd). */
  readonly root: string;
}

/**
 * The report in `format`, for `stream` of `io`:
 * - `text`: the lines of renderDiagnostics, paths relative to the working directory (so a
 *   terminal or an editor opens them), coloured when the stream wants colours; with `summary`,
 *   the counts line after them;
 * - `json`: docs/output-formats.md's document, paths relative to the working directory;
 * - `sarif`: a SARIF 2.1.0 log, paths relative to the repository root (the Git root);
 * - `github`: workflow commands, paths relative to the repository root; with `summary`, the
 *   counts line after them (plain text in the log).
 *
 * Text and github messages are in `io.lang` (rule ids, positions and severities stay as they
 * are); json and sarif, for machines, always in English.
 */
export function formatReport(
  io: Io,
  stream: "stdout" | "stderr",
  report: DiagnosticsReport,
  options: { format: DiagnosticFormat; summary?: boolean },
): string {
  const ordered = reportOrder(report.diagnostics);
  const counts = (colors: Colors) =>
    options.summary ? `${summary(report.files, ordered, colors)}\n` : "";
  const lang = io.lang ?? "en";
  const forPeople = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.map((d) => localizeDiagnostic(d, lang));
  switch (options.format) {
    case "text": {
      const colors = colorsFor(io, stream);
      const relative = relocate(forPeople(ordered), report.root, io.cwd);
      return `${renderDiagnostics(relative, colors)}${counts(colors)}`;
    }
    case "json": {
      const document = diagnosticsJson(relocate(ordered, report.root, io.cwd), report.files);
      return `${JSON.stringify(document, null, 2)}\n`;
    }
    case "sarif": {
      const relative = relocate(ordered, report.root, repositoryRoot(report.root));
      return `${JSON.stringify(diagnosticsSarif(relative, { version: VERSION }), null, 2)}\n`;
    }
    case "github": {
      const relative = relocate(forPeople(ordered), report.root, repositoryRoot(report.root));
      return `${diagnosticsGithub(relative)}${counts(NO_COLORS)}`;
    }
  }
}

/** Diagnostics with paths relative to `to` instead of `from` (both absolute). */
export function relocate(
  diagnostics: readonly Diagnostic[],
  from: string,
  to: string,
): readonly Diagnostic[] {
  if (path.resolve(from) === path.resolve(to)) return diagnostics;
  return diagnostics.map((d) => ({ ...d, file: displayPath(to, path.resolve(from, d.file)) }));
}

export { plural };
