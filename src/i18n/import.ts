/**
 * `faqops import` and `faqops export` in Chinese: the problems they find in a row or an entry
 * (src/import, src/export/rows.ts: rules `import-*`, `export-*`), by rule id, and the pieces of
 * their reports. Their problems are printed as diagnostic lines (`faq.csv:7:5: error
 * import-threshold …`) straight from renderDiagnostics; the CLI's line translation reads such a
 * line back, keeps its place, severity and rule id, and translates its message here
 * (`import-tail`). A line `check` prints is translated before (report.ts): read back, its
 * Chinese matches nothing and is kept.
 */
import "./kinds.js";
import { DIAGNOSTIC_CATALOGUE } from "./diagnostics.js";
import { type Entry, registerKinds, translate } from "./template.js";

/** The messages of the import and export rules; the first entry that fits translates. */
export const IMPORT_DIAGNOSTICS: Readonly<Record<string, readonly Entry[]>> = {
  "import-sheet": [
    {
      en: 'only the first sheet, "{{name}}", is imported; {{others}} {{_:holds-hold}} rows that are not: move them to the first sheet, or import each sheet saved as its own file',
      zh: '只会导入第一个工作表 "{{name}}"；{{others}} 中的行不会导入：请把它们移到第一个工作表，或把每个工作表另存为单独的文件再分别导入',
    },
  ],
  "import-header": [
    {
      en: "row {{row:n}} is above the header row (row {{header:n}}): it is not imported",
      zh: "第 {{row}} 行在标题行（第 {{header}} 行）之上：不会导入",
    },
  ],
  "import-column": [
    {
      en: "column {{letter:word}} {{what:column-what}} is not imported: its values (this is the first) are left out of every entry",
      zh: "第 {{letter}} 列{{what}}不会导入：它的值（这里是第一个）不会进入任何条目",
    },
  ],
  "import-cell": [
    {
      en: "the cell holds a date, not text (Excel turns text such as 3-1 into a date): format the column as text and type the cell again",
      zh: "单元格里是日期而不是文字（Excel 会把 3-1 这样的文字变成日期）：请把这一列设为文本格式，再重新输入",
    },
    {
      en: "the cell holds the error value {{value}}, not text",
      zh: "单元格里是错误值 {{value}}，不是文字",
    },
    {
      en: "the cell holds a formula whose value was not saved: open the file in Excel and save it again",
      zh: "单元格里是一个没有保存计算结果的公式：请在 Excel 里打开文件并重新保存",
    },
  ],
  "import-link": [
    {
      en: "the cell's link to {{url}} is not imported, only its text: write the link into the text",
      zh: "单元格指向 {{url}} 的链接不会导入，只导入它的文字：请把链接写进文字里",
    },
  ],
  "import-skill": [
    {
      en: "the skill is empty: every entry belongs to a skill",
      zh: "技能为空：每个条目都属于一个技能",
    },
    { en: "the skill has several lines: make it one line", zh: "技能有多行：请改成一行" },
    {
      en: "the skill is {{length:n}} characters long; the console allows {{max:n}}",
      zh: "技能有 {{length}} 个字符；后台最多允许 {{max}} 个",
    },
  ],
  "import-title": [
    { en: "the standard question (the title) is empty", zh: "标准问题（标题）为空" },
  ],
  "import-threshold": [
    {
      en: 'the similarity threshold "{{text}}" is not a number from 0 to 1{{mean:did-you-mean}}',
      zh: '相似度阈值 "{{text}}" 不是 0 到 1 之间的数字{{mean}}',
    },
    {
      en: "the similarity threshold {{text}} has more than {{places:n}} decimal places, which faqops does not keep: round it",
      zh: "相似度阈值 {{text}} 的小数超过 {{places}} 位，faqops 不会保留：请四舍五入",
    },
  ],
  "import-disabled": [
    { en: '"{{text}}" is not true or false', zh: '"{{text}}" 不是 true 或 false' },
  ],
  "import-answer-empty": [
    { en: "the answer is empty: an entry needs an answer", zh: "答案为空：条目必须有答案" },
  ],
  "import-answers": [
    {
      en: "the cell holds {{count:n}} answers (separated by ##), of which the console sends one at random; faqops sends one answer, the first, and keeps the {{other:other-answers}} as a comment in the file's front matter: choose one, or merge them",
      zh: "单元格里有 {{count}} 个答案（用 ## 分隔），后台会随机发送其中一个；faqops 只发送第一个，并把{{other}}作为注释保留在文件的头部信息里：请选定一个，或把它们合并",
    },
  ],
  "import-answer-trimmed": [
    {
      en: "the answer starts or ends with white space, which is not kept: faqops sends every text message trimmed",
      zh: "答案开头或结尾有空白，这些空白不会保留：faqops 发送每条文字消息时都会去掉首尾空白",
    },
  ],
  "import-question-dropped": [
    {
      en: 'the similar question "{{question}}" is left out: it is alike to {{same:alike-to}}, which the bot matches already',
      zh: '相似问法 "{{question}}" 没有导入：它与{{same}}相同，机器人已经能匹配',
    },
  ],
  "import-rich": [
    {
      en: "the answer looks like a rich answer (JSON) but cannot be written as cards: {{problem}}",
      zh: "答案看起来是富答案（JSON），但无法写成卡片：{{problem}}",
    },
  ],
  "import-duplicate": [
    {
      en: "row {{row:n}} has the same skill and standard question; the platform keeps one entry per skill and question: merge the rows or change one question",
      zh: "第 {{row}} 行的技能和标准问题与这一行相同；平台对每个技能和问题只保留一个条目：请合并这两行，或修改其中一个问题",
    },
  ],
  "import-conflict": [
    {
      en: "{{message}} (`check` reports this as `{{rule}}`)",
      zh: "{{message}}（`check` 会把它报告为 `{{rule}}`）",
    },
  ],
  "import-exists": [
    {
      en: "{{file}} already holds this entry, with other text: nothing was written; run again with --force to replace it (the file's id is kept)",
      zh: "{{file}} 已经有这个条目，但内容不同：没有写入；要替换它，请加 --force 重新运行（文件的 id 会保留）",
    },
  ],
  "import-roundtrip": [
    {
      en: "faqops cannot write this row so that it compiles back unchanged (the {{what:roundtrip-fields}} would differ): this is a bug in faqops; please report it with the row",
      zh: "faqops 无法把这一行写成能原样编译回来的文件（{{what}}会不同）：这是 faqops 的缺陷，请连同这一行一起报告",
    },
  ],
  "export-separator": [
    {
      en: '{{what:separated}} {{_:holds-hold}} "##", which the console\'s template reads as the separator of several questions or answers: this entry is left out of the export; reword it (for example with "# #" or "＃＃")',
      zh: '{{what}}含有 "##"，后台模板会把它当作多个问法或答案的分隔符：这个条目没有导出；请改写（例如写成 "# #" 或 "＃＃"）',
    },
  ],
  "export-rich": [
    {
      en: "the answer {{what:export-rich-what}}, which the console's template cannot hold (its answers are text): it is written as the JSON the platform receives, which `faqops import` reads back, but the console would show as text",
      zh: "答案{{what}}，后台模板无法容纳（它的答案都是文字）：会写成平台收到的 JSON，`faqops import` 能读回，但后台会把它显示成文字",
    },
  ],
};

/** The fields import-roundtrip names, as plan.ts writes them. */
const FIELDS: Readonly<Record<string, string>> = {
  skill: "技能",
  title: "标题",
  "similar questions": "相似问法",
  threshold: "阈值",
  draft: "草稿",
  answer: "答案",
};

const CONTENT = DIAGNOSTIC_CATALOGUE as Readonly<Record<string, readonly Entry[]>>;

/**
 * A problem's rule id and message, as a diagnostic line ends (`import-threshold the …`): the
 * message translated by its rule's entries (an import or export rule's, or a content rule's:
 * import compiles each row's file and reports what the compiler finds); for import-conflict,
 * the content rule's message inside it too.
 */
function translateTail(value: string): string {
  const space = value.indexOf(" ");
  const rule = value.slice(0, space);
  const message = value.slice(space + 1);
  const outer = translate(IMPORT_DIAGNOSTICS[rule] ?? CONTENT[rule] ?? [], message);
  if (!outer) return value;
  let text = outer.text;
  if (rule === "import-conflict") {
    const inner = /^([\s\S]*) \(`check` reports this as `([a-z-]+)`\)$/.exec(message);
    const entries = CONTENT[inner?.[2] ?? ""];
    const translated = inner && entries ? translate(entries, inner[1]!) : undefined;
    // The other files it names are rows of the import there (plan.ts conflicts).
    if (translated) {
      text = text.replace(inner![1]!, translated.text.replace(/\brow (\d+)\b/g, "第 $1 行"));
    }
  }
  return `${rule} ${text}`;
}

registerKinds({
  "import-tail": { pattern: "[a-z][a-z0-9-]* [^]*", zh: translateTail },
  severity: { pattern: "(?:error|warning)" },
  "holds-hold": [
    { en: "holds", zh: "" },
    { en: "hold", zh: "" },
  ],
  "column-what": [
    { en: "without a header", zh: "（没有标题）" },
    { en: "past the template's {{count:n}} columns", zh: "（在模板的 {{count}} 列之后）" },
    {
      en: '"{{name}}" (faqops has no intent priority)',
      zh: ' "{{name}}"（faqops 没有意图优先级）',
    },
    { en: '"{{name}}"', zh: ' "{{name}}" ' },
  ],
  "did-you-mean": [
    { en: ": did you mean {{value:n}}?", zh: "：是不是想写 {{value}}？" },
    { en: "", zh: "" },
  ],
  "other-answers": [
    { en: "other one", zh: "另一个" },
    { en: "other {{count:n}}", zh: "另外 {{count}} 个" },
  ],
  "alike-to": [
    { en: "the title", zh: "标题" },
    { en: '"{{question}}"', zh: ' "{{question}}" ' },
  ],
  "roundtrip-fields": {
    pattern: "[^]*?",
    zh: (value) =>
      value
        .split(", ")
        .map((field) => FIELDS[field] ?? field)
        .join("、"),
  },
  separated: {
    pattern: "[^]*?",
    zh: (value) =>
      value
        .replace(/the similar question "/g, '相似问法 "')
        .replace(/\bthe answer\b/g, "答案")
        .replace(/ and /g, " 和 "),
  },
  "export-rich-what": [
    { en: "has {{count:n}} messages", zh: "有 {{count}} 条消息" },
    { en: "is a card", zh: "是卡片" },
  ],
  // The import's report (commands/import.ts renderImport)
  "count-rows": [
    { en: "1 row", zh: "1 行" },
    { en: "{{count:n}} rows", zh: "{{count}} 行" },
  ],
  "count-files": [
    { en: "1 file", zh: "1 个文件" },
    { en: "{{count:n}} files", zh: "{{count}} 个文件" },
  ],
  "count-drafts": [
    { en: "1 draft", zh: "1 个草稿" },
    { en: "{{count:n}} drafts", zh: "{{count}} 个草稿" },
  ],
  "read-as": [
    { en: '.xlsx, sheet "{{name}}"', zh: '.xlsx，工作表 "{{name}}"' },
    { en: "UTF-8 with BOM", zh: "带 BOM 的 UTF-8" },
    { en: "UTF-8", zh: "UTF-8" },
    { en: "GB18030 (GBK)", zh: "GB18030（GBK）" },
  ],
  "import-header-what": [
    {
      en: "no header row: columns taken in the template's order",
      zh: "没有标题行：按模板的列顺序读取",
    },
    { en: "header in row {{row:n}}", zh: "标题在第 {{row}} 行" },
  ],
  "import-verb": [
    { en: "created", zh: "已创建" },
    { en: "would create", zh: "将创建" },
    { en: "replaced", zh: "已替换" },
    { en: "would replace", zh: "将替换" },
    { en: "unchanged", zh: "未变" },
    { en: "not replaced", zh: "未替换" },
    { en: "would not replace", zh: "不会替换" },
  ],
  "to-create": [
    { en: "to create", zh: "将新建" },
    { en: "created", zh: "已新建" },
  ],
  "to-replace": [
    { en: "to replace", zh: "将替换" },
    { en: "replaced", zh: "已替换" },
  ],
  "import-rows": [
    { en: "every row imported", zh: "所有行都已导入" },
    {
      en: "{{count:count-rows}} not imported ({{list:row-list}})",
      zh: "{{count}}没有导入（{{list}}）",
    },
  ],
  "row-list": [
    { en: "row {{row:n}}", zh: "第 {{row}} 行" },
    {
      en: "rows {{rows}} and {{more:n}} more",
      zh: "第 {{rows}} 行，另外还有 {{more}} 行",
    },
    { en: "rows {{rows}} and {{last:n}}", zh: "第 {{rows}} 和 {{last}} 行" },
  ],
  "import-dry": [
    { en: " (dry run: nothing written)", zh: "（演练：没有写入任何文件）" },
    { en: "", zh: "" },
  ],
  // The export's report (commands/export.ts)
  "check-counts": [
    {
      en: "{{entries:count-entries}}, {{errors:count-errors}}, {{warnings:count-warnings}}",
      zh: "{{entries}}，{{errors}}，{{warnings}}",
    },
  ],
  "export-where": [
    { en: "wrote {{file}}", zh: "已写入 {{file}}" },
    { en: "exported", zh: "已导出" },
  ],
  "export-notes": [
    { en: "; {{a:export-note}}, {{b:export-note}}", zh: "；{{a}}，{{b}}" },
    { en: "; {{a:export-note}}", zh: "；{{a}}" },
    { en: "", zh: "" },
  ],
  "export-note": [
    { en: "{{count:count-drafts}} not exported", zh: "{{count}}没有导出" },
    { en: "{{count:count-entries}} left out (see above)", zh: "{{count}}被略去（见上文）" },
  ],
});

/** The lines of the import's and the export's reports (text.ts adds them to the CLI's). */
export const IMPORT_LINES: readonly Entry[] = [
  // A problem's line, as renderDiagnostics prints it: place, severity and rule id kept.
  {
    en: "{{place:word}} {{severity:severity}} {{tail:import-tail}}",
    zh: "{{place}} {{severity}} {{tail}}",
  },
  {
    en: "read {{file}} as {{as:read-as}}: {{rows:count-rows}}, {{header:import-header-what}}",
    zh: "已读取 {{file}}（{{as}}）：{{rows}}，{{header}}",
  },
  {
    en: "{{verb:import-verb}} {{file}} (row {{row:n}})",
    zh: "{{verb}} {{file}}（第 {{row}} 行）",
  },
  {
    en: "{{created:count-files}} {{to:to-create}}, {{replaced:n}} {{to2:to-replace}}, {{unchanged:n}} unchanged, {{rows:import-rows}}{{dry:import-dry}}",
    zh: "{{to}} {{created}}，{{to2}} {{replaced}} 个，未变 {{unchanged}} 个，{{rows}}{{dry}}",
  },
  { en: "{{counts:check-counts}}: nothing exported", zh: "{{counts}}：没有导出任何内容" },
  {
    en: "{{where:export-where}} ({{format:word}}): {{count:count-entries}}{{notes:export-notes}}",
    zh: "{{where}}（{{format}}）：{{count}}{{notes}}",
  },
];
