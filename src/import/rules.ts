/**
 * What `faqops import` reports about the rows it reads, by rule id. A problem is a Diagnostic
 * positioned at the import file's row and column (as a spreadsheet numbers them, from 1), so
 * it prints like `check`'s: `faq.csv:7:5: error import-threshold …`. A row with an error is
 * not imported; warnings say what was done with something the format cannot hold as it is.
 * The compiler's own rules (`text-markup`, `xml-char`, …) are reported under their ids.
 */

import { RULES as CONTENT_RULES } from "../content/index.js";
import { type Diagnostic, oneLine, type Severity } from "../diagnostics.js";

export const IMPORT_RULES = {
  // The file
  "import-sheet": "warning",
  "import-header": "warning",
  "import-column": "warning",
  // Cells
  "import-cell": "error",
  "import-link": "warning",
  "import-skill": "error",
  "import-title": "error",
  "import-threshold": "error",
  "import-disabled": "error",
  "import-answer-empty": "error",
  "import-answers": "warning",
  "import-answer-trimmed": "warning",
  "import-question-dropped": "warning",
  "import-rich": "error",
  // Rows against each other and against the content folder
  "import-duplicate": "error",
  "import-conflict": "warning",
  "import-exists": "error",
  // The written file does not compile back to the row (a gap in escape.ts: a bug)
  "import-roundtrip": "error",
} as const satisfies Record<string, Severity>;

export type ImportRuleId = keyof typeof IMPORT_RULES;

/** A problem at a row and column of the import file (`display`). */
export function importDiagnostic(
  ruleId: ImportRuleId | keyof typeof CONTENT_RULES,
  display: string,
  row: number,
  column: number,
  message: string,
): Diagnostic {
  const severity: Severity =
    ruleId in IMPORT_RULES
      ? IMPORT_RULES[ruleId as ImportRuleId]
      : CONTENT_RULES[ruleId as keyof typeof CONTENT_RULES];
  return { file: display, line: row, column, severity, ruleId, message: oneLine(message) };
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}
