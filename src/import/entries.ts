/**
 * A template row → the entry it describes: skill, title, similar questions split at `##`,
 * threshold, answers split at `##`. Problems that make a row unusable are errors at the cell;
 * what is changed on the way (questions dropped as duplicates, several answers) is a warning.
 */
import { LIMITS } from "../content/rules.js";
import { alike, characterCount, cleanText } from "../content/text-compare.js";
import { DEFAULT_THRESHOLD, THRESHOLD_DECIMALS } from "../content/threshold.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Cell, TemplateRow } from "./columns.js";
import { type ImportRuleId, importDiagnostic } from "./rules.js";
import type { TemplateColumn } from "./template.js";

/** An entry as a row describes it, before it has a file. */
export interface ImportEntry {
  readonly row: number;
  /** The column number (from 1) of each template column the row has, for positions. */
  readonly columns: Partial<Record<TemplateColumn, number>>;
  /** Trimmed, NFC: what the compiler sends. */
  readonly skill: string;
  readonly title: string;
  readonly questions: readonly string[];
  /** Undefined when the cell is empty or holds the default, 0.9. */
  readonly threshold: number | undefined;
  /** The row's 是否禁用 value; undefined when the table has no such column or it is empty. */
  readonly disabled: boolean | undefined;
  /** The first answer, trimmed: the one faqops sends. */
  readonly answer: string;
  /** The row's further answers, kept in the file as a comment (plan.ts). */
  readonly otherAnswers: readonly string[];
  /**
   * False when a cell has an error (a threshold out of range, say): the entry is still
   * compiled, so the row's other problems are reported in the same run, but not written.
   */
  readonly valid: boolean;
}

/**
 * `##` with the white space around it: `问题1 ## 问题2` is two questions, not `问题1 ` and
 * ` 问题2`. The template documents the separator only; a literal `##` cannot be written.
 */
const SEPARATOR = /\s*##\s*/;

const TRUE_WORDS = ["true", "1", "yes", "y", "是", "禁用"];
const FALSE_WORDS = ["false", "0", "no", "n", "否", "启用", ""];

/** The entry a row describes, its problems added to `problems`; undefined when it has none. */
export function rowEntry(
  row: TemplateRow,
  display: string,
  problems: Diagnostic[],
): ImportEntry | undefined {
  let errors = 0;
  const report = (ruleId: ImportRuleId, cell: Cell | TemplateColumn, message: string): void => {
    const column = typeof cell === "string" ? (row.cells[cell]?.column ?? 1) : cell.column;
    const problem = importDiagnostic(ruleId, display, row.row, column, message);
    if (problem.severity === "error") errors++;
    problems.push(problem);
  };
  const text = (column: TemplateColumn): string => row.cells[column]?.text ?? "";

  const skill = cleanText(text("skill"));
  const skillLength = characterCount(skill);
  if (skill === "") {
    report("import-skill", "skill", "the skill is empty: every entry belongs to a skill");
  } else if (skill.includes("\n")) {
    report("import-skill", "skill", "the skill has several lines: make it one line");
  } else if (skillLength > LIMITS.skillCharacters) {
    report(
      "import-skill",
      "skill",
      `the skill is ${skillLength} characters long; the console allows ${LIMITS.skillCharacters}`,
    );
  }
  const badSkill = errors > 0;
  const title = cleanText(text("title"));
  if (title === "") {
    report("import-title", "title", "the standard question (the title) is empty");
  }
  const threshold = readThreshold(row.cells.threshold, report);
  const disabled = readDisabled(row.cells.disabled, report);
  const questions = readQuestions(title, row.cells.questions, report);

  const answerCell = row.cells.answers;
  const answers = splitList(text("answers"));
  if (answers.length === 0) {
    report("import-answer-empty", "answers", "the answer is empty: an entry needs an answer");
  } else if (
    answerCell &&
    (/^\s/.test(answerCell.text) || (answers.length === 1 && /\s$/.test(answerCell.text)))
  ) {
    report(
      "import-answer-trimmed",
      answerCell,
      "the answer starts or ends with white space, which is not kept: faqops sends every text message trimmed",
    );
  }
  if (answers.length > 1 && answerCell) {
    report(
      "import-answers",
      answerCell,
      `the cell holds ${answers.length} answers (separated by ##), of which the console sends one at random; faqops sends one answer, the first, and keeps the ${answers.length === 2 ? "other one" : `other ${answers.length - 1}`} as a comment in the file's front matter: choose one, or merge them`,
    );
  }
  // Without these there is no file to compile; other errors still let it be compiled, so the
  // row's every problem is reported in one run.
  if (badSkill || title === "" || answers.length === 0) return undefined;
  const columns = Object.fromEntries(
    Object.entries(row.cells).map(([column, cell]) => [column, cell.column]),
  );
  return {
    row: row.row,
    columns,
    skill,
    title,
    questions,
    threshold,
    disabled,
    answer: answers[0]!,
    otherAnswers: answers.slice(1),
    valid: errors === 0,
  };
}

/** The parts of a `##` list, trimmed, empty ones left out (they hold no text). */
function splitList(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

type Report = (ruleId: ImportRuleId, cell: Cell, message: string) => void;

/** A threshold from 0 to 1 with at most 4 decimal places; empty or 0.9 → the default. */
function readThreshold(cell: Cell | undefined, report: Report): number | undefined {
  const text = cell?.text.trim() ?? "";
  if (!cell || text === "") return undefined;
  const match = /^(?:\d+(?:\.(\d*))?|\.(\d+))$/.exec(text);
  const value = match ? Number(text) : Number.NaN;
  if (!match || !(value >= 0 && value <= 1)) {
    const hint = match && value >= 10 && value <= 100 ? `: did you mean ${value / 100}?` : "";
    report(
      "import-threshold",
      cell,
      `the similarity threshold "${text}" is not a number from 0 to 1${hint}`,
    );
    return undefined;
  }
  const places = (match[1] ?? match[2] ?? "").replace(/0+$/, "").length;
  if (places > THRESHOLD_DECIMALS) {
    report(
      "import-threshold",
      cell,
      `the similarity threshold ${text} has more than ${THRESHOLD_DECIMALS} decimal places, which faqops does not keep: round it`,
    );
    return undefined;
  }
  return value === DEFAULT_THRESHOLD ? undefined : value;
}

/** 是否禁用: true/false, 是/否, 1/0; empty is false. */
function readDisabled(cell: Cell | undefined, report: Report): boolean | undefined {
  if (!cell) return undefined;
  const word = cell.text.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return word === "" ? undefined : false;
  report("import-disabled", cell, `"${cell.text.trim()}" is not true or false`);
  return undefined;
}

/**
 * Similar questions, trimmed and NFC as sent. One alike to the title or to an earlier one is
 * left out with a warning: the format refuses it (`question-alike-title`,
 * `question-duplicate`), and the bot matches it already.
 */
function readQuestions(title: string, cell: Cell | undefined, report: Report): string[] {
  if (!cell) return [];
  const seen = new Map<string, string>([[alike(title), "the title"]]);
  const out: string[] = [];
  for (const part of splitList(cell.text)) {
    const question = cleanText(part);
    const key = alike(question);
    const same = seen.get(key);
    if (same !== undefined) {
      report(
        "import-question-dropped",
        cell,
        `the similar question "${question}" is left out: it is alike to ${same}, which the bot matches already`,
      );
      continue;
    }
    seen.set(key, `"${question}"`);
    out.push(question);
  }
  return out;
}
