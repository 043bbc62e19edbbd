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
