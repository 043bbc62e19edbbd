import { describe, expect, it } from "vitest";
import { compileFile } from "../../src/content/index.js";

// Markdown and YAML fragments that parsers find awkward, glued at random (with a fixed seed,
// so a failure reproduces): every input must become diagnostics, never an exception.
const pieces = [
  "---\n",
  "title: a\n",
  ":",
  "::",
  ":::",
  "ask",
  "[",
  "]",
  "{",
  "}",
  '"',
  "=",
  " ",
  "\n",
  "\r\n",
  "-",
  "*",
  "> ",
  "1. ",
  "`",
  "```",
  "<",
  ">",
  "&",
  "news",
  "image",
  "miniprogram",
  "url=",
  "https://a.b/",
  "#",
  ".",
  "\\",
  "|",
  "^",
  "中",
  "\t",
  "![",
  "](",
  ")",
  "\u0000",
  "\ufeff",
  "title=",
  "q=",
  "id=",
  "]]>",
  "&amp;",
  "questions:\n  - ",
  "- x\n",
  "~",
];

describe("compileFile on arbitrary input", () => {
  it("never throws and always gives positions inside the file", () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 3000; i++) {
      let text = random() < 0.8 ? "---\ntitle: t\n---\n" : "";
      const n = Math.floor(random() * 40);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
      const lines = text.split(/\r\n|\r|\n/).length;
      const result = compileFile({
        source: "a/b.md",
        path: "content/a/b.md",
        bytes: Buffer.from(text),
      });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      for (const d of result.diagnostics) {
        expect(d.line >= 1 && d.line <= lines && d.column >= 1, JSON.stringify(text)).toBe(true);
      }
    }
  });
});

describe("tables", () => {
  const tableRule = (body: string) =>
    compileFile({
      source: "账户/表格.md",
      path: "content/账户/表格.md",
      bytes: Buffer.from(`---\ntitle: 表格？\n---\n\n${body}\n`),
    }).diagnostics.filter((d) => d.message.startsWith("tables are not supported"));

  it("are found by a `|` in a paragraph's first line and a delimiter row as its second", () => {
    expect(tableRule("| 项目 | 费用 |\n| --- | --- |\n| 开户 | 0 |")).toHaveLength(1);
    expect(tableRule("项目 | 费用\n--- | ---")).toHaveLength(1);
    // Not a table: no `|` in the first line, the delimiter row not second, one line only.
    expect(tableRule("项目 费用\n| --- | --- |")).toEqual([]);
    expect(tableRule("| 项目 | 费用 |\n说明\n| --- | --- |")).toEqual([]);
    expect(tableRule("| 项目 | 费用 |")).toEqual([]);
  });
});

describe("the answer's size", () => {
  const compiled = (body: string) =>
    compileFile({
      source: "账户/长.md",
      path: "content/账户/长.md",
      bytes: Buffer.from(`---\ntitle: 很长的回答？\n---\n\n${body}\n`),
    });
  const contentRule = (diagnostics: readonly { message: string }[]) =>
    diagnostics.filter((d) => d.message.startsWith("the answer's content is"));

  it("warns, with its bytes, when the content sent passes 16,384 bytes, and not before", () => {
    // Text messages of 700 Chinese characters (2,100 bytes each), and a card.
    const text = "长".repeat(700);
    const card =
      '::news{title="标题" url="https://example.com/a" picurl="https://example.com/a.png"}';
    for (const count of [6, 7, 8]) {
      const result = compiled([...Array(count).fill(text), card].join("\n\n---\n\n"));
      const bytes = Buffer.byteLength(result.entry!.content, "utf8");
      const warned = contentRule(result.diagnostics);
      if (bytes > 16_384) {
        expect(warned.map((d) => d.message)).toEqual([
          expect.stringContaining(`the answer's content is ${bytes} bytes`),
        ]);
      } else {
        expect(warned).toEqual([]);
      }
      // Each text message over 2,048 bytes has its own warning.
      expect(result.diagnostics.filter((d) => d.message.includes("text message"))).toHaveLength(
        count,
      );
    }
    expect(
      Buffer.byteLength(compiled(Array(8).fill(text).join("\n\n---\n\n")).entry!.content),
    ).toBeGreaterThan(16_384);
  });
});
