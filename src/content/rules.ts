/**
 * Every content rule faqops checks, by id, with its severity. The ids are stable: editors and
 * CI logs refer to them, and docs/content-format.md has a table of them (a test keeps the two in
 * step).
 */
import type { Diagnostic, Severity } from "../diagnostics.js";
import type { LineIndex } from "./positions.js";

export const RULES = {
  // Files
  "invalid-utf8": "error",
  // Front matter
  "front-matter-missing": "error",
  "front-matter-unclosed": "error",
  "front-matter-yaml": "error",
  "front-matter-shape": "error",
  "key-duplicate": "error",
  "unknown-key": "error",
  "key-type": "error",
  "title-required": "error",
  "title-multiline": "error",
  "skill-missing": "error",
  "skill-length": "error",
  "skill-multiline": "error",
  "question-empty": "error",
  "question-multiline": "error",
  "question-duplicate": "error",
  "question-alike-title": "error",
  "id-format": "error",
  // Body
  "answer-empty": "error",
  "link-url": "error",
  "ask-text": "error",
  "ask-attribute": "error",
  "ask-syntax": "error",
  "unsupported-markdown": "error",
  "card-unknown": "error",
  "card-attribute": "error",
  "card-required": "error",
  "card-url": "error",
  "card-appid": "error",
  "card-label": "error",
  "card-nested": "error",
  "card-syntax": "error",
  "news-type": "error",
  "news-too-many": "error",
  "container-directive": "error",
  // Across entries
  "entry-duplicate": "error",
  "question-conflict": "error",
  "id-duplicate": "error",
  "skill-spelling": "warning",
  "ask-target": "warning",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

/** Builds a diagnostic for a rule, taking the severity from the table above. */
export function diagnostic(
  ruleId: RuleId,
  file: string,
  position: { line: number; column: number },
  message: string,
): Diagnostic {
  return {
    file,
    line: position.line,
    column: position.column,
    severity: RULES[ruleId],
    ruleId,
    message,
  };
}

/** Collects one file's diagnostics, turning offsets into the text into line and column. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly file: string,
    readonly lines: LineIndex,
  ) {}

  /** Reports a problem at an offset into the (decoded, LF-normalised) file text. */
  at(ruleId: RuleId, offset: number, message: string): void {
    this.diagnostics.push(diagnostic(ruleId, this.file, this.lines.position(offset), message));
  }

  /** True when an error (not a warning) was reported. */
  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }
}
