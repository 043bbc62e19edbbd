/** The Markdown file of one imported entry: front matter, then the answer. */
import { stringify } from "yaml";
import type { TemplateColumn } from "./template.js";

/** What goes into the front matter. */
export interface FileKeys {
  readonly title: string;
  readonly questions: readonly string[];
  /** Written when the file's folder does not name the skill. */
  readonly skill?: string | undefined;
  /** Kept from the file an import replaces. */
  readonly id?: string | undefined;
  readonly draft: boolean;
  readonly threshold?: number | undefined;
  /** The row's answers after the first, kept as a comment. */
  readonly otherAnswers: readonly string[];
}

/** A file's text, and the template column each of its lines comes from (for positions). */
export interface EntryFile {
  readonly text: string;
  /** Index 0 is line 1. */
  readonly lineColumns: readonly TemplateColumn[];
}

/**
 * The file for an entry, `body` being its answer's Markdown. Keys are in the order of the
 * format's table (docs/content-format.md); YAML quoting is the yaml library's, which quotes
 * exactly what YAML 1.2 would otherwise read as something else (`"12"`, `"a: b"`), and never
 * folds a line (`lineWidth: 0`).
 */
export function entryFile(keys: FileKeys, body: string): EntryFile {
  const lines: string[] = ["---"];
  const columns: TemplateColumn[] = ["title"];
  const add = (column: TemplateColumn, value: Record<string, unknown>): void => {
    for (const line of stringify(value, { lineWidth: 0 }).trimEnd().split("\n")) {
      lines.push(line);
      columns.push(column);
    }
  };
  add("title", { title: keys.title });
  if (keys.questions.length > 0) add("questions", { questions: keys.questions });
  if (keys.skill !== undefined) add("skill", { skill: keys.skill });
  if (keys.id !== undefined) add("title", { id: keys.id });
  if (keys.draft) add("disabled", { draft: true });
  if (keys.threshold !== undefined) add("threshold", { threshold: keys.threshold });
  for (const line of otherAnswersComment(keys.otherAnswers)) {
    lines.push(line);
    columns.push("answers");
  }
  lines.push("---", "");
  columns.push("title", "answers");
  for (const line of body.split("\n")) {
    lines.push(line);
    columns.push("answers");
  }
  return { text: `${lines.join("\n")}\n`, lineColumns: columns };
}

/**
 * The row's further answers as YAML comments, which the compiler never reads. The format has
 * no "one of several answers", and a comment is the one place in the file that can hold any
 * text: a Markdown comment is raw HTML, which the format refuses.
 */
function otherAnswersComment(answers: readonly string[]): string[] {
  if (answers.length === 0) return [];
  const lines = [
    `# ${answers.length + 1} answers were imported for this entry: the console sends one of them at`,
    "# random, faqops sends one, the answer below. The others, as they were imported:",
  ];
  answers.forEach((answer, index) => {
    lines.push(`# answer ${index + 2}:`);
    for (const line of answer.split("\n")) lines.push(line === "" ? "#" : `#   ${line}`);
  });
  return lines;
}
