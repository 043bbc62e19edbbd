/**
 * escape.ts on the cases it was written for: each text's Markdown is what a person should see
 * in the file (only what Markdown would read is escaped), and compiling it gives the text back.
 */
import { describe, expect, it } from "vitest";
import { compileFile } from "../../src/content/index.js";
import { escapeMessage, segments } from "../../src/import/escape.js";

/** The text one message of Markdown compiles to (undefined, with the errors, if it does not). */
function compiled(markdown: string): string | { errors: string[] } {
  const text = `---\ntitle: t\n---\n\n${markdown}\n`;
  const result = compileFile({ source: "s/a.md", path: "a.md", bytes: Buffer.from(text) });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || !result.entry) return { errors: errors.map((d) => d.ruleId) };
  return result.entry.content;
}

const CASES: [name: string, text: string, markdown: string][] = [
  [
    "plain Chinese text is written as it is",
    "请携带身份证到任意网点办理。",
    "请携带身份证到任意网点办理。",
  ],
  ["line breaks stay line breaks", "第一行\n第二行", "第一行\n第二行"],
  ["one blank line is a paragraph break", "甲\n\n乙", "甲\n\n乙"],
  ["each further blank line is a `\\` line", "甲\n\n\n\n乙", "甲\n\n\\\n\\\n乙"],
  ["emphasis marks", "*我的* _还款_ **粗**", "\\*我的\\* \\_还款\\_ \\*\\*粗\\*\\*"],
  ["code", "`代码` ```", "\\`代码\\` \\`\\`\\`"],
  ["brackets, which could be links", "[备注] ![图](x)", "\\[备注\\] !\\[图\\](x)"],
  [
    "`<` is escaped; `>` and `&` only where Markdown reads them",
    "3 < 5 > 2 & A&B",
    "3 \\< 5 > 2 & A&B",
  ],
  ["what could start a character reference", "&#号 &copy", "\\&#号 &copy"],
  [
    "headings and quotes at a line's start",
    "# 注意\n> 引用\n#不是标题",
    "\\# 注意\n\\> 引用\n\\#不是标题",
  ],
  [
    "list markers at a line's start",
    "- 甲\n+ 乙\n1. 丙\n2) 丁\n-不是",
    "\\- 甲\n\\+ 乙\n1\\. 丙\n2\\) 丁\n-不是",
  ],
  ["numbers that are not list items", "3.14 元\n1234567890. 号", "3.14 元\n1234567890. 号"],
  ["thematic breaks and setext underlines", "甲\n---\n===\n- - -", "甲\n\\---\n\\===\n\\- - -"],
  ["fences", "```\n~~~", "\\`\\`\\`\n\\~~~"],
  ["cards and blocks", '::news{title="x"}\n:::note', '\\:\\:news{title="x"}\n\\:::note'],
  [
    "directives with a label or attributes",
    ":ask[问题] :x{a} 10:30 Name:Tom",
    "\\:ask\\[问题\\] \\:x{a} 10:30 Name:Tom",
  ],
  ["a table's delimiter row", "甲|乙\n--|--", "甲|乙\n--\\|--"],
  [
    "spaces at a line's start and end",
    "甲\n  缩进\n尾  \n\t制表",
    "甲\n&#32;&#32;缩进\n尾 &#32;\n&#9;制表",
  ],
  ["a line of spaces is not a blank line", "甲\n   \n乙", "甲\n&#32;&#32;&#32;\n乙"],
  ["ideographic spaces are text", "甲\n\u3000\u3000段落", "甲\n\u3000\u3000段落"],
  ["backslashes", "C:\\bank\\file C:\\* 末尾\\", "C:\\bank\\file C:\\\\\\* 末尾\\\\"],
  [
    "the format's links become Markdown links",
    '详见<a href="https://bank.example.com/fee">收费说明</a>。',
    "详见[收费说明](https://bank.example.com/fee)。",
  ],
  [
    "a link's address with parentheses",
    '<a href="https://a.example/(1)">括号</a>',
    "[括号](https://a.example/\\(1\\))",
  ],
  [
    "a recommended question with the default q and id",
    '问：<a href="weixin://bizmsgmenu?msgmenucontent=怎么还款&msgmenuid=怎么还款">怎么还款</a>',
    "问：:ask[怎么还款]",
  ],
  [
    "a recommended question with its own q and id",
    '<a href="weixin://bizmsgmenu?msgmenucontent=信用卡逾期了怎么办&msgmenuid=m_01">逾期</a>',
    ':ask[逾期]{q="信用卡逾期了怎么办" id="m_01"}',
  ],
  [
    "`!` before a link (an image otherwise)",
    '看!<a href="https://a.example">这</a>',
    "看\\![这](https://a.example)",
  ],
  [
    "`:` and a name before a link (a directive's label otherwise)",
    'x:y<a href="https://a.example">这</a>',
    "x\\:y[这](https://a.example)",
  ],
  [
    "`:` before `:ask` (which could not start there otherwise)",
    '问:<a href="weixin://bizmsgmenu?msgmenucontent=甲&msgmenuid=甲">甲</a>',
    "问\\::ask[甲]",
  ],
  [
    "`{` after `:ask` (its attributes otherwise)",
    '<a href="weixin://bizmsgmenu?msgmenucontent=甲&msgmenuid=甲">甲</a>{备注}',
    ":ask[甲]\\{备注}",
  ],
];

describe("escapeMessage", () => {
  it.each(CASES)("%s", (_, text, markdown) => {
    expect(escapeMessage(text)).toBe(markdown);
    expect(compiled(markdown)).toBe(text);
  });

  it("leaves markup the format does not write as text, which the compiler refuses", () => {
    for (const text of ["<b>粗</b>", '<a href="javascript:x">x</a>', "&amp;", "a<br"]) {
      expect(compiled(escapeMessage(text))).toEqual({
        errors: expect.arrayContaining(["text-markup"]),
      });
    }
  });
});

describe("segments", () => {
  it("reads only the format's own tags as links", () => {
    expect(
      segments(
        '<a href="https://a.example">甲</a> <a href=\'https://a.example\'>乙</a> <a href="ftp://x">丙</a> <a href="weixin://bizmsgmenu?msgmenucontent=q&msgmenuid=">丁</a>',
      ).map((s) => s.kind),
    ).toEqual(["link", "text"]);
  });
});
