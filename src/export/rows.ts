/**
 * Compiled entries → the rows of the console's bulk-import template: skill, standard question,
 * threshold, similar questions joined by `##`, the answer. Pure: entries in, rows and
 * problems out.
 */

import type { AnswerReader } from "../content/answer-reader.js";
import { thresholdText } from "../content/threshold.js";
import type { CompiledEntry } from "../content/types.js";
import { compareStrings, type Diagnostic, oneLine, sortDiagnostics } from "../diagnostics.js";
import { LIST_SEPARATOR } from "../import/template.js";

/** What the export holds, and what it could not hold as it is. */
export interface ExportRows {
  /** One row per entry, in EXPORT_COLUMNS' order, sorted by skill, then file. */
  readonly rows: readonly (readonly string[])[];
  /**
   * `export-separator` errors (an entry left out: `##` cannot be written in a list cell) and
   * `export-rich` warnings (an answer written as its JSON), at each entry's file.
   */
  readonly problems: readonly Diagnostic[];
  /** Drafts, which are not on the bot and so not exported. */
  readonly drafts: number;
}

export const EXPORT_RULES = {
  "export-separator": "error",
  "export-rich": "warning",
} as const;

/** The template's rows for `entries` (drafts left out). */
export function exportRows(entries: readonly CompiledEntry[], answers: AnswerReader): ExportRows {
  const problems: Diagnostic[] = [];
  const rows: string[][] = [];
  let drafts = 0;
  const sorted = [...entries].sort(
    (a, b) => compareStrings(a.skill, b.skill) || compareStrings(a.source, b.source),
  );
  for (const entry of sorted) {
    if (entry.draft) {
      drafts++;
      continue;
    }
    const problem = (ruleId: keyof typeof EXPORT_RULES, message: string): void => {
      problems.push({
        file: entry.path,
        line: 1,
        column: 1,
        severity: EXPORT_RULES[ruleId],
        ruleId,
        message: oneLine(message),
      });
    };
    const { content, messages } = answers.read(entry);
    // The template documents `##` as the separator and no way to write it inside a question
    // or an answer (platform-api-v2.md, "Console bulk import/export template"): such an entry
    // would come back split in two. Its safe default is to refuse it.
    const separated = [
      ...entry.questions
        .filter((q) => q.includes(LIST_SEPARATOR))
        .map((q) => `the similar question "${q}"`),
      ...(content.includes(LIST_SEPARATOR) ? ["the answer"] : []),
    ];
    if (separated.length > 0) {
      problem(
        "export-separator",
        `${separated.join(" and ")} ${separated.length === 1 ? "holds" : "hold"} "##", which the console's template reads as the separator of several questions or answers: this entry is left out of the export; reword it (for example with "# #" or "＃＃")`,
      );
      continue;
    }
    if (messages.length > 1 || messages.some((m) => typeof m !== "string")) {
      problem(
        "export-rich",
        `the answer ${messages.length > 1 ? `has ${messages.length} messages` : "is a card"}, which the console's template cannot hold (its answers are text): it is written as the JSON the platform receives, which \`faqops import\` reads back, but the console would show as text`,
      );
    }
    rows.push([
      entry.skill,
      entry.title,
      thresholdText(entry) ?? "",
      entry.questions.join(LIST_SEPARATOR),
      content,
    ]);
  }
  return { rows, problems: sortDiagnostics(problems), drafts };
}
