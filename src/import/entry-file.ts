/** The Markdown file of one imported entry: front matter, then the answer. */
import { entryText, type FrontMatterData } from "../content/front-matter-write.js";
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
  /** Kept from the file an import replaces: the targets (faqops.config.yaml) it is for. */
  readonly targets?: readonly string[] | undefined;
  /** The row's answers after the first, kept as a comment. */
  readonly otherAnswers: readonly string[];
}

/** A file's text, and the template column each of its lines comes from (for positions). */
export interface EntryFile {
  readonly text: string;
  /** Index 0 is line 1. */
  readonly lineColumns: readonly TemplateColumn[];
}

/** The template column each front matter key comes from: positions of the file's problems. */
const KEY_COLUMNS: Record<keyof FrontMatterData, TemplateColumn> = {
  title: "title",
  questions: "questions",
  skill: "skill",
  id: "title",
  draft: "disabled",
  threshold: "threshold",
  targets: "title",
};

/**
 * The file for an entry, `body` being its answer's Markdown, written by the content writer
 * (front-matter-write.ts): title, questions, then the keys the row or the replaced file needs.
 */
export function entryFile(keys: FileKeys, body: string): EntryFile {
  const text = entryText(
    {
      title: keys.title,
      questions: keys.questions.length > 0 ? keys.questions : undefined,
      skill: keys.skill,
      id: keys.id,
      draft: keys.draft || undefined,
      threshold: keys.threshold,
      targets: keys.targets,
    },
    body,
    { after: otherAnswersComment(keys.otherAnswers) },
  );
  return { text, lineColumns: lineColumns(text) };
}

/**
 * Each line's column: a key's line and the lines of its value (indented: the writer never
 * folds, and lists and block scalars are indented) take the key's; comments, the blank line
 * and the body take the answers'; the `---` lines the title's.
 */
function lineColumns(text: string): TemplateColumn[] {
  const lines = text.split("\n").slice(0, -1);
  const close = lines.indexOf("---", 1);
  let current: TemplateColumn = "title";
  return lines.map((line, index) => {
    if (index === 0 || index === close) return "title";
    if (index > close || line.startsWith("#")) return "answers";
    const key = /^([a-z]+):/.exec(line)?.[1] as keyof FrontMatterData | undefined;
    if (key !== undefined) current = KEY_COLUMNS[key];
    return current;
  });
}

/**
 * The row's further answers as YAML comments, which the compiler never reads. The format has
 * no "one of several answers", and a comment is the one place in the file that can hold any
 * text: a Markdown comment is raw HTML, which the format refuses. Lines are given without their
 * `#`, which the writer adds to every line.
 */
function otherAnswersComment(answers: readonly string[]): string[] {
  if (answers.length === 0) return [];
  const lines = [
    ` ${answers.length + 1} answers were imported for this entry: the console sends one of them at`,
    " random, faqops sends one, the answer below. The others, as they were imported:",
  ];
  answers.forEach((answer, index) => {
    lines.push(` answer ${index + 2}:`);
    for (const line of answer.split("\n")) lines.push(line === "" ? "" : `   ${line}`);
  });
  return lines;
}
