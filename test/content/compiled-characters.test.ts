/**
 * The last word on characters XML cannot carry (compile.ts checkCompiledCharacters): every way
 * of writing one is caught earlier, so no content reaches it (test/i18n/diagnostics.test.ts
 * lists it as not produced). Called directly here, on each text it looks at.
 */
import { describe, expect, it } from "vitest";
import { compileBody } from "../../src/content/body.js";
import { writtenAsIs } from "../../src/content/characters.js";
import { checkCompiledCharacters } from "../../src/content/compile.js";
import {
  type FrontMatter,
  readFrontMatter,
  splitFrontMatter,
} from "../../src/content/parse/front-matter.js";
import { lineIndex } from "../../src/content/positions.js";
import { Reporter } from "../../src/content/rules.js";
import type { Message } from "../../src/content/types.js";
import { seededRandom } from "../../src/seeded-random.js";

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
 * make the text not so; and on texts that are, the skipped check is run here on what they
 * compile to (the compiled texts themselves, not the answer's JSON, which escapes control
 * characters and lone surrogates) and must find nothing.
 */
describe("writtenAsIs", () => {
  const entry = (front: string, body: string) =>
    `---\ntitle: 标题\nskill: 账户\n${front}---\n${body}\n`;

  /**
   * What the skipped check would find in what `text` compiles to, run as compileFile would
   * run it (its front matter read, its body compiled), errors or not; undefined for a file
   * compileFile would not run it on (no front matter or no title).
   */
  function skippedCheck(text: string): string[] | undefined {
    const report = new Reporter("content/账户/a.md", lineIndex(text));
    const split = splitFrontMatter(text, report);
    const front = split && readFrontMatter(text, split, report);
    if (!split || !front?.title) return undefined;
    const { messages } = compileBody(text, split.bodyStart, report);
    const found = new Reporter("content/账户/a.md", lineIndex(text));
    checkCompiledCharacters(front.skill?.text ?? "账户", front, messages, found);
    return found.diagnostics.map((d) => d.message);
  }

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
      // A compatibility ideograph that NFC turns into a character outside the BMP: a whole
      // surrogate pair, which XML carries.
      entry("questions:\n  - \uFA6C\n", "\uFA6C"),
    ];
    for (const text of texts) {
      expect(writtenAsIs(text), text).toBe(true);
      expect(skippedCheck(text), text).toEqual([]);
    }
  });

  it("skips the check only where it would find nothing, on seeded random entries", () => {
    // Pieces of front matter and body from every syntax that could make a character: YAML
    // tags, scalars of each style, Markdown escapes and references, directives, autolinks,
    // compatibility ideographs, separators, control characters.
    const values = [
      "标题",
      "'单 ''引'' 号'",
      '"双 引号"',
      '"多\n  行"',
      "|\n  块\n  文本",
      ">-\n  折\n\n  叠",
      "!!str 0x01",
      "!!binary AAEC",
      "!!str ~",
      "~",
      "\uFA6C",
      "\uFACF中",
      "A\u030A",
      "ﬀ",
      "x #c",
      "'\u2028'",
      "\u0085",
      "1e3",
      "%00",
      '"\\x01"',
      '"\\ud800"',
      "&a 锚",
      "*a",
    ];
    const pieces = [
      "文本",
      " ",
      "\n",
      "\n\n",
      "*",
      "**",
      "_",
      "`",
      "~~",
      "[",
      "]",
      "(",
      ")",
      "<",
      ">",
      "&#1;",
      "&#12;",
      ':ask[问]{q="&#1;"}',
      "&amp;",
      "\\*",
      "http://a.example/x",
      "<https://a.example/>",
      "<a@b.c>",
      ":ask[",
      "]{q=",
      '"',
      "{",
      "}",
      "#id",
      ".cls",
      "::news{title=t url=http://a.b/}",
      '::image{media_id="M"}',
      "1. ",
      "- ",
      "> ",
      "---",
      "\uFA6C",
      "A\u030A",
      "\u2028",
      "\uFEFF",
      "%01",
      ":::x",
      "```",
      "\u0001",
      "\ud83d\ude00",
      "\ud800",
    ];
    const random = seededRandom(20_261_129);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    let asIs = 0;
    let checked = 0;
    for (let n = 0; n < 4000; n++) {
      let front = `title: ${pick(values)}\n`;
      if (random() < 0.5) front += `questions:\n  - ${pick(values).replace(/\n/g, "\n    ")}\n`;
      let body = "";
      for (let k = 1 + Math.floor(random() * 20); k > 0; k--) body += pick(pieces);
      const text = `---\n${front}---\n${body}\n`;
      if (!writtenAsIs(text)) continue;
      asIs++;
      const found = skippedCheck(text);
      if (found === undefined) continue;
      checked++;
      expect(found, JSON.stringify(text)).toEqual([]);
    }
    // Both kinds were generated, and many written as is have a title.
    expect(asIs).toBeGreaterThan(400);
    expect(asIs).toBeLessThan(3600);
    expect(checked).toBeGreaterThan(200);
  });
});
