/**
 * Every content rule faqops checks, by id, with its severity. The ids are stable: editors and
 * CI logs refer to them, and docs/content-format.md has a table of them (a test keeps the two in
 * step).
 */
import { type Diagnostic, oneLine, type Severity } from "../diagnostics.js";
import type { LineIndex } from "./positions.js";

export const RULES = {
  // Files
  "invalid-utf8": "error",
  "file-unreadable": "error",
  "file-ignored": "warning",
  "file-symlink-outside": "warning",
  "file-symlink-folder": "warning",
  "cache-symlink": "warning",
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
  "threshold-range": "error",
  "threshold-precision": "error",
  "targets-empty": "error",
  "target-unknown": "error",
  "target-none": "warning",
  "title-length": "warning",
  "question-length": "warning",
  "question-count": "warning",
  // Any value
  "xml-char": "error",
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
  "text-markup": "error",
  "answer-size": "warning",
  // Bounds on the work of reading a file (ANSWER_LIMITS, FRONT_MATTER_LIMITS)
  "front-matter-too-large": "error",
  "front-matter-too-deep": "error",
  "answer-too-large": "error",
  "answer-too-deep": "error",
  // Across entries
  "entry-duplicate": "error",
  "question-conflict": "error",
  "id-duplicate": "error",
  "skill-spelling": "warning",
  "ask-target": "warning",
  // faqops.config.yaml (src/config)
  "config-yaml": "error",
  "config-key": "error",
  "config-value": "error",
  "config-target-name": "error",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

/**
 * Size limits, in one place. Characters are counted as code points (`characterCount`), bytes
 * as UTF-8. Where a number comes from, and why the unknown ones are warnings, is in
 * docs/content-format.md ("Limits").
 */
export const LIMITS = {
  /** Error (`skill-length`): the console's batch template allows 30 characters. */
  skillCharacters: 30,
  /** Warning (`title-length`): the platform documents no limit; a question, not a paragraph. */
  titleCharacters: 128,
  /** Warning (`question-length`): as for the title. */
  questionCharacters: 128,
  /** Warning (`question-count`): the platform documents no limit; past this, not a list of ways to ask. */
  questionCount: 200,
  /** Warning (`answer-size`): a WeChat text message holds 2,048 bytes (errcode 45002 past it). */
  textMessageBytes: 2048,
  /** Warning (`answer-size`): the whole `content`, eight full text messages; none documented. */
  answerBytes: 16_384,
} as const;

/**
 * Builds a diagnostic for a rule, taking the severity from the table above. The message is
 * made one line here (`oneLine`), the one place every rule's diagnostics pass through, so no
 * quoted value can break the `path:line:col` format.
 */
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
    message: oneLine(message),
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
