/**
 * The last word on characters XML cannot carry (compile.ts checkCompiledCharacters): every way
 * of writing one is caught earlier, so no content reaches it (test/i18n/diagnostics.test.ts
 * lists it as not produced). Called directly here, on each text it looks at.
 */
import { describe, expect, it } from "vitest";
import { writtenAsIs } from "../../src/content/characters.js";
import { checkCompiledCharacters, compileFile } from "../../src/content/compile.js";
import type { FrontMatter } from "../../src/content/parse/front-matter.js";
import { lineIndex } from "../../src/content/positions.js";
import { Reporter } from "../../src/content/rules.js";
import type { Message } from "../../src/content/types.js";
import { firstXmlUnsafe } from "../../src/platform/xml.js";

function check(
  skill: string,
  front: Pick<FrontMatter, "title" | "questions">,
  messages: readonly Message[],
): string[] {
  const report = new Reporter("content/a.md", lineIndex("x\n"));
  checkCompiledCharacters(skill, front as FrontMatter, messages, report);
  return report.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`);
}

const located = (text: string) => ({ text, offset: 0 });
const clean = { title: located("标题"), questions: [located("问题一"), located("问题二")] };
const card = (description: string): Message =>
  ({
    msgtype: "news",
    news: { articles: [{ title: "卡片", description, url: "https://x.example/", picurl: "" }] },
  }) as unknown as Message;

describe("checkCompiledCharacters", () => {
  it("says nothing of clean text, emoji included", () => {
    expect(check("账户", clean, ["答案 😀", card("说明")])).toEqual([]);
  });

  it("finds one in the skill, the title, a question, a text message, or deep in a card", () => {
    const found = [
      check("账\u0001户", clean, ["答案"]),
      check("账户", { ...clean, title: located("标\u0008题") }, ["答案"]),
      check("账户", { ...clean, questions: [located("一"), located("二\u001f")] }, ["答案"]),
      check("账户", clean, ["好", "答\ufffe案"]),
      check("账户", clean, ["好", card("说\ud800明")]),
    ];
    for (const diagnostics of found) {
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatch(/^xml-char 1:1 this entry holds .*, which XML cannot carry/);
    }
  });

  it("names the first it meets, in the order skill, title, questions, messages", () => {
    const [first] = check("账户", { ...clean, questions: [located("\u0007")] }, ["\u001b"]);
    expect(first).toContain("bell");
    const [card1] = check("账户", clean, [card("\u001b"), "\u0007"]);
    expect(card1).toContain("escape");
  });
});

/**
 * compileFile skips checkCompiledCharacters for a text that is writtenAsIs: nothing compiled
 * from it can hold a character XML refuses. Each way of writing one other than as itself must
 * make the text not so; and on texts that are, every compiled text is checked here instead.
 */
describe("writtenAsIs", () => {
  const entry = (front: string, body: string) =>
    `---\ntitle: 标题\nskill: 账户\n${front}---\n${body}\n`;

  it("is false for every way of writing a character other than as itself, or one XML refuses", () => {
    const texts = [
      entry("", "答案 &#1; 在此"),
      entry("", "答案 &amp; 在此"),
      entry("", ':ask[问题]{q="&#x1b;"}'),
      entry("", "答案 \\* 在此"),
      entry('questions: ["\\x01"]\n', "答案"),
      entry("", "答案 😀"),
      entry("", "答案 \u0001"),
      entry("", "答案 \ufffe"),
      entry("", "答案 \ud800"),
    ];
    for (const text of texts) expect(writtenAsIs(text), text).toBe(false);
  });

  it("is true for answers of every shape written plainly, whose compiled texts are all clean", () => {
    const body = [
      "# 标题：全角（括号）与“引号”",
      '**开户**需要*身份证*，详见 [说明](https://a.example/开户?x=1) 和 :ask[怎么开户]{q="如何开户" id="menu-1"}。',
      "",
      "- 第一步：准备材料",
      "  - 身份证　原件",
      "1. 填表",
      "2. 提交 `代码` 与 ~~旧规则~~",
      "> 提示：营业时间 9:00–17:00",
      "",
      "---",
      '::news{title="新闻" description="说明" url="https://a.example/n" picurl="https://a.example/p.png"}',
      '::image{media_id="MEDIA_ID_123"}',
      '::miniprogram{title="小程序" appid="wx1234567890abcdef" pagepath="pages/index" thumb_media_id="T1"}',
    ].join("\n");
    const texts = [
      entry('questions: ["怎么开户？", "开户流程"]\n', body),
      entry("questions:\n  - 单引号 'x'\n  - \"双引号\"\n", "Ａ　Ｂ：全角文字，无特殊字符。"),
    ];
    for (const text of texts) {
      expect(writtenAsIs(text), text).toBe(true);
      const result = compileFile({
        source: "账户/a.md",
        path: "content/账户/a.md",
        bytes: Buffer.from(text),
      });
      const compiled = result.entry;
      expect(compiled, JSON.stringify(result.diagnostics)).toBeDefined();
      const { skill, title, questions, content } = compiled!;
      for (const t of [skill, title, ...questions, content]) {
        expect(firstXmlUnsafe(t)).toBeUndefined();
      }
      expect(result.diagnostics.filter((d) => d.ruleId === "xml-char")).toEqual([]);
    }
  });
});
