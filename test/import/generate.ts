/**
 * Seeded rows of the console's template for the import/export property tests: Chinese and
 * full-width punctuation, Markdown syntax at line starts and inside lines, `<`, `&`,
 * backslashes, white space at line ends, several lines and runs of blank lines, the format's
 * own links, and YAML-significant titles. `sendable` rows hold only text the format can carry;
 * `unsendable` ones one piece it cannot, which import must refuse with a reason.
 */
import { seededRandom } from "../../src/seeded-random.js";

/** A row as cells, and what compiling its file must give back. */
export interface GeneratedRow {
  readonly cells: readonly [string, string, string, string, string];
  readonly skill: string;
  readonly title: string;
  readonly questions: readonly string[];
  readonly threshold: number | undefined;
  /** The answer as sent: the cell trimmed. */
  readonly answer: string;
}

const CHINESE =
  "账户开户信用卡还款营业时间请携带身份证到网点办理手机银行逾期利息费用本金周末节假日";
const FULL_WIDTH = "，。？！：；“”‘’（）【】《》、——…￥＃＊＿＜＞［］｛｝｜～　";
const ASCII = "abcXYZ019 ";
const MARKDOWN = "*_#>-+=~`[]()!{}|:\\&<";
const LINE_STARTS = [
  "# ",
  "## ",
  "###### x",
  "#",
  "> ",
  ">",
  "- ",
  "-",
  "+ ",
  "* ",
  "1. ",
  "2) ",
  "123456789. ",
  "---",
  "***",
  "___",
  "- - -",
  "===",
  "=",
  "```",
  "~~~",
  "::news",
  '::news{title="x"}',
  ":::note",
  ":ask[问题]",
  "|",
  "| a | b |",
  "|---|---|",
  "--|--",
  "    ",
  "  ",
  "\t",
  " \t ",
  "\u3000\u3000",
  "\u00a0",
  "<!-- ",
  "<?",
  "<![CDATA[",
  "<http",
  "[x]: https://a.example/x",
  "[^1]: ",
  "\\",
  "\\\\",
  "&#32;",
  "1\\. ",
  "10:30 ",
];
const INLINE = [
  "*强调*",
  "**加粗**",
  "_下划线_",
  "`代码`",
  "``",
  "[链接](https://a.example)",
  "![图](https://a.example/i.png)",
  "<https://a.example>",
  "<3",
  "3 < 5",
  "a <- b",
  "<=",
  "< b",
  "<姓名>",
  "A&B",
  "AT&T",
  "& ",
  "&nbsp",
  "C:\\bank\\file",
  "a\\*b",
  "\\_",
  "末尾\\",
  ":name[x]",
  ':ask{q="x"}',
  "10:30",
  "比例 1:2",
  "{x}",
  "~~删除~~",
  "😀",
  "https://a.example/x_y*z",
  "a  b",
  "x\ty",
];
/** The format's own links, as a console export holds them. */
const LINKS = [
  '<a href="https://bank.example.com/fee">收费说明</a>',
  '<a href="https://a.example/p?x=1&y=2">*看这里*</a>',
  '<a href="https://a.example/(1)">括号</a>',
  '<a href="weixin://bizmsgmenu?msgmenucontent=怎么还款&msgmenuid=怎么还款">怎么还款</a>',
  '<a href="weixin://bizmsgmenu?msgmenucontent=信用卡逾期了怎么办&msgmenuid=m_01">逾期怎么办</a>',
];
/** Titles YAML would read as something else unless quoted. */
const YAML_TITLES = [
  "12",
  "0.85",
  "true",
  "null",
  "~",
  "- 列表",
  "a: b",
  "#标题",
  "'单引号",
  '"双引号',
  "[a]",
  "{a}",
  "@at",
  "%pct",
  "? 问",
  "! 叹",
  "& amp",
  "* star",
  "| pipe",
  "> gt",
  "`tick",
  "2024-01-01",
  "a #b",
  "  前后空格  ",
];
/** Pieces the format cannot carry: import must refuse the row, saying why. */
export const UNSENDABLE = [
  "<b>加粗</b>",
  "x<br",
  "</p",
  "&amp;",
  "&lt;a&gt;",
  "&#60;",
  "&copy;",
  "\u000b",
  "\u0001",
  "\u001b[0m",
  "\ufffe",
];

/** `count` rows from `seed`; `unsendable` puts one of UNSENDABLE into each answer. */
export function generateRows(
  seed: number,
  count: number,
  options: { unsendable?: boolean } = {},
): GeneratedRow[] {
  const random = seededRandom(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chars = (pool: string, n: number): string =>
    Array.from({ length: n }, () => pick([...pool])).join("");
  const word = (): string => {
    const kind = int(10);
    if (kind < 5) return chars(CHINESE, 1 + int(6));
    if (kind < 7) return chars(FULL_WIDTH, 1 + int(2));
    if (kind < 8) return chars(ASCII, 1 + int(4));
    if (kind < 9) return chars(MARKDOWN, 1 + int(2));
    return pick(INLINE);
  };
  const text = (): string => {
    let line = int(4) === 0 ? pick(LINE_STARTS) : "";
    const words = 1 + int(6);
    for (let i = 0; i < words; i++) {
      line += int(8) === 0 ? pick(LINKS) : word();
      if (int(3) === 0) line += " ";
    }
    if (int(6) === 0) line += pick([" ", "  ", "\t", "\\", " \\"]);
    return line;
  };
  // `<` straight before a letter would start a tag, `&x;` a reference: both are unsendable,
  // and arise by chance when pieces meet (`<` + `abc`); a space keeps such a row sendable.
  // `##` separates answers in the template's cells: it cannot be in one.
  const sendable = (line: string): string =>
    line
      .replace(/<(?=\/?[A-Za-z])(?!a href="|\/a>)/g, "< ")
      .replace(/&(?=[A-Za-z0-9]+;|#)/g, "& ")
      .replace(/#{2,}/g, "#");
  const rows: GeneratedRow[] = [];
  for (let index = 0; index < count; index++) {
    const lines: string[] = [];
    const lineCount = 1 + int(6);
    for (let i = 0; i < lineCount; i++) {
      if (i > 0 && int(3) === 0) for (let k = int(3); k >= 0; k--) lines.push("");
      lines.push(sendable(text()));
    }
    if (options.unsendable) {
      // At a line's end, outside any link, and before text (trimming would take a control
      // character at the answer's end away).
      const at = int(lines.length);
      lines[at] = `${lines[at]} ${pick(UNSENDABLE)}尾`;
    }
    const answer = lines.join("\n");
    // A cell may have white space around the answer; what is sent is trimmed.
    const cell = int(5) === 0 ? ` ${answer}\n` : answer;
    const sent = answer.trim();
    const skill = pick(["账户", "信用卡", "售前/售后", "FAQ", ".隐藏", "_下划线", "a b"]);
    // Titles are made unique by their row number, so no two rows are one entry.
    const base =
      int(4) === 0 ? pick(YAML_TITLES) : chars(CHINESE + FULL_WIDTH + ASCII, 1 + int(12));
    const title = `${base} ${index}`;
    const questions = Array.from({ length: int(4) }, (_, k) =>
      `${chars(CHINESE + ASCII, 1 + int(8))} ${index}.${k}`.trim(),
    );
    const threshold = pick(["", "", "0.9", "0.85", "0.5", "1", "0", "0.1234"]);
    rows.push({
      cells: [skill, int(3) === 0 ? ` ${title} ` : title, threshold, questions.join("##"), cell],
      skill,
      title: title.trim(),
      questions,
      threshold: threshold === "" || threshold === "0.9" ? undefined : Number(threshold),
      answer: sent.replace(/\r\n?/g, "\n"),
    });
  }
  return rows;
}
