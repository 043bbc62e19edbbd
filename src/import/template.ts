/**
 * The console's bulk import/export template ("Simple Q & A" → "Batch Operation" → "Batch
 * Upload"): its columns and their header names, shared by `faqops import` and `faqops export`.
 * Source: ../shared/reference/platform-api-v2.md, "Console bulk import/export template".
 */

/** What a column of the template holds. */
export type TemplateColumn =
  | "skill"
  | "title"
  | "threshold"
  | "questions"
  | "answers"
  | "priority"
  | "disabled";

interface ColumnSpec {
  readonly column: TemplateColumn;
  /** The header the console's file has (brackets full-width, as the reference gives them). */
  readonly chinese: string;
  /** The English page's name for it, where there is one. */
  readonly english?: string;
  /** Other names people give the column, read too (compared as headerKey() makes them). */
  readonly aliases: readonly string[];
}

/**
 * The columns in the template's order: a file without a header row is read by position. The
 * last two appear only in third-party files (the reference's [atlisp]); the console's own
 * template has the first five, and `faqops export` writes those five.
 */
export const TEMPLATE_COLUMNS: readonly ColumnSpec[] = [
  { column: "skill", chinese: "技能名称", english: "Name of Skill", aliases: ["技能", "skill"] },
  {
    column: "title",
    chinese: "标准问题",
    english: "Standard question",
    aliases: ["标准问法", "title", "intent", "意图"],
  },
  {
    column: "threshold",
    chinese: "标准问题的相似度阈值",
    english: "Similarity threshold of standard problem",
    aliases: ["相似度阈值", "阈值", "threshold", "similarity threshold"],
  },
  {
    column: "questions",
    chinese: "补充用户问法（多个用##分隔）",
    english: "Supplementary User Questions",
    aliases: ["相似问法", "相似问题", "questions", "similar questions"],
  },
  {
    column: "answers",
    chinese: "机器人回答（多个用##分隔）",
    english: "The robot answered",
    aliases: ["回答", "答案", "answer", "answers", "robot answer"],
  },
  { column: "priority", chinese: "意图优先级", aliases: ["priority", "intent priority"] },
  { column: "disabled", chinese: "是否禁用", aliases: ["禁用", "disabled", "disable"] },
];

/** The columns `faqops export` writes: the console's own template. */
export const EXPORT_COLUMNS: readonly TemplateColumn[] = [
  "skill",
  "title",
  "threshold",
  "questions",
  "answers",
];

/** The separator of several questions or answers in one cell. */
export const LIST_SEPARATOR = "##";

/**
 * A header cell as compared: NFKC (full-width brackets become `(` `)`), a bracketed remark
 * such as "（多个用##分隔）" dropped, lower case, without white space. The reference knows
 * the names from third-party files, which already disagree on the brackets' width.
 */
export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\([^)]*\)/g, "")
    .toLowerCase()
    .replace(/\s+/g, "");
}

const BY_KEY: ReadonlyMap<string, TemplateColumn> = new Map(
  TEMPLATE_COLUMNS.flatMap((spec) =>
    [spec.chinese, spec.english ?? "", ...spec.aliases]
      .filter((name) => name !== "")
      .map((name) => [headerKey(name), spec.column] as const),
  ),
);

/** The column a header cell names, or undefined. */
export function columnOfHeader(text: string): TemplateColumn | undefined {
  return BY_KEY.get(headerKey(text));
}

/** The header `faqops export` writes for a column, and the name messages use for it. */
export function columnHeader(column: TemplateColumn): string {
  return TEMPLATE_COLUMNS.find((spec) => spec.column === column)!.chinese;
}
