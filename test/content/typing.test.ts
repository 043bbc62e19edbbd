/**
 * What a Chinese input method types where the format needs ASCII (typing.ts), and GBK files
 * (decode.ts): each named with its position, both front matter parsers agreeing, and everyday
 * text that looks alike left alone.
 */
import { describe, expect, it } from "vitest";
import { compileFile } from "../../src/content/index.js";
import { readFrontMatter, splitFrontMatter } from "../../src/content/parse/index.js";
import { lineIndex } from "../../src/content/positions.js";
import { Reporter } from "../../src/content/rules.js";

function compile(text: string | Uint8Array) {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  return compileFile({ source: "账户/a.md", path: "content/账户/a.md", bytes });
}

/** `rule line:column message` for each diagnostic. */
function problems(text: string | Uint8Array): string[] {
  return compile(text).diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`);
}

/** The front matter's diagnostics, read with and without the fast path: they must agree. */
function frontMatterProblems(text: string): string[] {
  const run = (fast: boolean) => {
    const report = new Reporter("a.md", lineIndex(text));
    const split = splitFrontMatter(text, report);
    if (split) readFrontMatter(text, split, report, { fast });
    return report.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`);
  };
  const fast = run(true);
  expect(run(false)).toEqual(fast);
  return fast;
}

const entry = (frontMatter: string, body = "带身份证到任一网点办理。") =>
  `---\n${frontMatter}\n---\n\n${body}\n`;

describe("a full-width colon after a front matter key", () => {
  it("is named where YAML reads the line as a plain scalar (not a mapping)", () => {
    expect(frontMatterProblems(entry("title：如何开户？"))).toEqual([
      'front-matter-yaml 2:6 the key `title` is followed by a full-width colon "：": write a half-width colon and a space, `title: …`',
    ]);
  });

  it("is named where YAML reports an error at a later line", () => {
    expect(frontMatterProblems(entry("title: 如何开户？\nskill：账户"))).toEqual([
      'front-matter-yaml 3:6 the key `skill` is followed by a full-width colon "：": write a half-width colon and a space, `skill: …`',
    ]);
  });

  it("written after a key in Chinese, says keys are English words", () => {
    expect(frontMatterProblems(entry("标题：如何开户？"))).toEqual([
      'front-matter-yaml 2:3 `标题` is followed by a full-width colon "：": front matter keys are English words with a half-width colon and a space after them, such as `title: 如何开户？`',
    ]);
  });

  it("is everyday text inside a value or a question", () => {
    expect(problems(entry("title: 问题：如何开户？\nquestions:\n  - 开户：要带什么"))).toEqual([]);
  });
});

describe("a full-width space (U+3000)", () => {
  it("as indentation of a list item is named at the space", () => {
    expect(frontMatterProblems(entry("title: 如何开户？\nquestions:\n　　- 怎么开户"))).toEqual([
      "front-matter-yaml 4:1 this line is indented with a full-width space (U+3000): YAML indents with half-width spaces, such as `  - 问题` under `questions:`",
    ]);
  });

  it("after half-width spaces is named at the full-width one", () => {
    expect(
      frontMatterProblems(entry("title: 如何开户？\nquestions:\n  - 开户\n 　- 怎么开户")),
    ).toEqual([
      "front-matter-yaml 5:2 this line is indented with a full-width space (U+3000): YAML indents with half-width spaces, such as `  - 问题` under `questions:`",
    ]);
  });

  it("after a key's colon is named at the space", () => {
    expect(frontMatterProblems(entry("title:　如何开户？"))).toEqual([
      "front-matter-yaml 2:7 the key `title` is followed by a full-width space (U+3000): write a half-width space after the colon, `title: …`",
    ]);
  });

  it("before a key (which YAML reads as a key of its own) says so", () => {
    expect(frontMatterProblems(entry("title: 如何开户？\n　skill: 账户"))).toEqual([
      "unknown-key 3:1 the key `skill` is indented with a full-width space (U+3000): keys start at the beginning of the line; remove it",
    ]);
  });

  it("before a nested list marker in the answer is named: it would reach the chat as text", () => {
    expect(problems(entry("title: 如何开户？", "- 带身份证\n　　- 原件\n- 到网点"))).toEqual([
      "unsupported-markdown 6:1 this line is indented with a full-width space (U+3000), so `-` does not start a nested list item: the chat would show it as text; indent with half-width spaces (two per level)",
    ]);
    expect(problems(entry("title: 如何开户？", "1. 带身份证\n　1) 原件"))[0]).toMatch(
      /^unsupported-markdown 6:1 .* so `1\)` does not start/,
    );
  });

  it("as a paragraph's first-line indent (Chinese typesetting) is text", () => {
    expect(problems(entry("title: 如何开户？", "　　带身份证到网点。\n　　1. 原件也要带"))).toEqual(
      [],
    );
  });
});

describe("curly quotes around a directive attribute", () => {
  const message = (name: string, quote = "“…”") =>
    `the value of \`${name}\` is in curly quotes: write ${name}="…", not ${name}=${quote} (curly quotes are not read as quotes: they would be sent as part of the value, or break the line)`;

  it("in a card are an error at the quote (they were sent as part of the title)", () => {
    const text = entry("title: 周末？", '::news{title=“周末” url="https://a.example/"}');
    expect(problems(text)).toEqual([`card-syntax 5:14 ${message("title")}`]);
    expect(compile(text).entry).toBeUndefined();
  });

  it("in a card that cannot be read at all (a space inside) point at the quote too", () => {
    expect(
      problems(entry("title: 周末？", '::news{url="https://a.example/" title=“周末 活动”}')),
    ).toEqual([`card-syntax 5:39 ${message("title")}`]);
  });

  it("in an `:ask` are an error at the quote (tapping it would ask them)", () => {
    expect(problems(entry("title: 如何开户？", "点 :ask[开户]{q=‘如何开户？’} 看看"))).toEqual([
      `ask-syntax 5:14 ${message("q", "‘…’")}`,
    ]);
    expect(problems(entry("title: 如何开户？", "点 :ask[开户]{q=“如何 开户”} 看看"))).toEqual([
      `ask-syntax 5:14 ${message("q")}`,
    ]);
  });

  it("inside a straight-quoted value are the value's own", () => {
    const text = entry("title: 好？", '::news{title="他说 a=“好”" url="https://a.example/"}');
    expect(problems(text)).toEqual([]);
    expect(compile(text).entry?.messages).toEqual([
      {
        news: {
          articles: [
            {
              title: "他说 a=“好”",
              description: "",
              url: "https://a.example/",
              picurl: "",
              type: "h5",
            },
          ],
        },
      },
    ]);
  });
});

describe("a file saved as GBK", () => {
  // "营业时间" and "周末休息" in GBK (GB18030), as Notepad on Chinese Windows saves them.
  const gbk = (text: string): Buffer =>
    Buffer.from([...text].flatMap((c) => (GBK[c] ? GBK[c] : [c.charCodeAt(0)])));
  const GBK: Record<string, number[]> = {
    营: [0xd3, 0xaa],
    业: [0xd2, 0xb5],
    时: [0xca, 0xb1],
    间: [0xbc, 0xe4],
    周: [0xd6, 0xdc],
    末: [0xc4, 0xa9],
    休: [0xd0, 0xdd],
    息: [0xcf, 0xa2],
  };

  it("is named as GBK, quoting the line as it reads so, with how to save it as UTF-8", () => {
    const [problem] = problems(gbk("---\ntitle: 营业时间\n---\n\n周末休息\n"));
    expect(problem).toBe(
      'invalid-utf8 2:11 the file is not valid UTF-8 but reads as GBK (GB18030), as Chinese editions of Windows save text (this line reads "title: 营业时间"): save it as UTF-8; in VS Code, click the encoding in the status bar, "Reopen with Encoding" → "Simplified Chinese (GBK)", then "Save with Encoding" → "UTF-8"; in Notepad, File → Save As → Encoding: UTF-8',
    );
  });

  it("is not claimed for Latin-1 text whose bytes happen to decode as GB18030", () => {
    // "Müller" in Latin-1: ü (0xfc) then "l" is one GB18030 character, alone among ASCII.
    const latin1 = Buffer.from("---\ntitle: M\u00fcller\n---\n\nhallo\n", "latin1");
    expect(problems(latin1)).toEqual([
      "invalid-utf8 2:9 the file is not valid UTF-8: save it as UTF-8 in your editor",
    ]);
  });
});
