/**
 * The last word on characters XML cannot carry (compile.ts checkCompiledCharacters): every way
 * of writing one is caught earlier, so no content reaches it (test/i18n/diagnostics.test.ts
 * lists it as not produced). Called directly here, on each text it looks at.
 */
import { describe, expect, it } from "vitest";
import { checkCompiledCharacters } from "../../src/content/compile.js";
import type { FrontMatter } from "../../src/content/parse/front-matter.js";
import { lineIndex } from "../../src/content/positions.js";
import { Reporter } from "../../src/content/rules.js";
import type { Message } from "../../src/content/types.js";

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
