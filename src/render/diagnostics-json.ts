/**
 * `--format json`: diagnostics as one JSON document for scripts and editors. The shape is a
 * promise, documented in docs/output-formats.md: fields are only ever added (readers ignore
 * those they do not know); a change to an existing one raises `version`. Pure.
 */
import { countDiagnostics, type Diagnostic } from "../diagnostics.js";

/** The shape's version: raised on any change a reader could trip on. */
export const DIAGNOSTICS_JSON_VERSION = 1;

/** The document `faqops check --format json` prints. */
export interface DiagnosticsJson {
  readonly version: typeof DIAGNOSTICS_JSON_VERSION;
  /** Entry files checked (those under the paths given, if any). */
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly diagnostics: readonly DiagnosticJson[];
}

/** One problem. */
export interface DiagnosticJson {
  /** `/`-separated, relative to the working directory, as the text output prints it. */
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (an emoji outside the basic plane counts as two). */
  readonly column: number;
  readonly severity: Diagnostic["severity"];
  /** The rule id, as in docs/content-format.md's table. */
  readonly rule: string;
  readonly message: string;
}

/** The document for `diagnostics`, kept in the order given. */
export function diagnosticsJson(
  diagnostics: readonly Diagnostic[],
  files: number,
): DiagnosticsJson {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return {
    version: DIAGNOSTICS_JSON_VERSION,
    files,
    errors,
    warnings,
    diagnostics: diagnostics.map((d) => ({
      path: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      rule: d.ruleId,
      message: d.message,
    })),
  };
}
