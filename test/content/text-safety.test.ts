import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_CHARACTER_DIAGNOSTICS } from "../../src/content/characters.js";
import { compileFile, loadContent } from "../../src/content/index.js";
import { markupAcross, markupInText } from "../../src/content/markup.js";
import { LIMITS } from "../../src/content/rules.js";
import { type Diagnostic, formatDiagnostic, oneLine } from "../../src/diagnostics.js";
import { setAutoReplyXml, xmlUnsafeCharacters } from "../../src/platform/xml.js";

/** The rules issue 11 added: nothing that compiled before may now trip one by accident. */
const NEW_RULES = [
  "xml-char",
  "text-markup",
  "title-length",
  "question-length",
  "question-count",
  "answer-size",
];

const repo = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(repo, "test/fixtures/compile");

function compile(text: string, source = "常见问题/a.md") {
  return compileFile({ source, path: `content/${source}`, bytes: Buffer.from(text, "utf8") });
}

/** `line:col rule` of each diagnostic, for compact assertions. */
function where(diagnostics: readonly Diagnostic[], rule?: string): string[] {
  return diagnostics
    .filter((d) => rule === undefined || d.ruleId === rule)
    .map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}

const entry = (body: string, front = "title: 问题") => `---\n${front}\n---\n\n${body}\n`;

describe("xml-char: characters the platform's XML cannot carry", () => {
  it("lists what XML 1.0 forbids, and CR, but not tab, LF, DEL, C1 or paired surrogates", () => {
    const bad = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\r", "\u001b", "\u001f"];
    bad.push("\ufffe", "\uffff", "\ud800", "\udfff");
    for (const c of bad) expect(xmlUnsafeCharacters(`a${c}b`), JSON.stringify(c)).toHaveLength(1);
    for (const c of ["\t", "\n", "\u007f", "\u0085", "😀", "\ufffd", "\ufeff"]) {
      expect(xmlUnsafeCharacters(`a${c}b`), JSON.stringify(c)).toEqual([]);
    }
    expect(xmlUnsafeCharacters("\ud83d\ud83d\ude00")).toEqual([{ index: 0, codePoint: 0xd83d }]);
  });

  it("points at each character typed into the answer, and names it without printing it", () => {
    const { entry: compiled, diagnostics } = compile(
      entry("第一行\n有\u000b和\u0001，\u001b与\ufffe。"),
    );
    expect(compiled).toBeUndefined();
    expect(where(diagnostics)).toEqual([
      "6:2 xml-char",
      "6:4 xml-char",
      "6:6 xml-char",
      "6:8 xml-char",
    ]);
    expect(diagnostics.map((d) => d.message.slice(0, 22))).toEqual([
      "U+000B (vertical tab) ",
      "U+0001 (a control char",
      "U+001B (escape) cannot",
      "U+FFFE (a non-characte",
    ]);
    for (const d of diagnostics) expect(xmlUnsafeCharacters(formatDiagnostic(d))).toEqual([]);
  });

  it("finds NUL, which the Markdown parser would quietly turn into U+FFFD", () => {
    const { diagnostics } = compile(entry("a\u0000b"));
    expect(where(diagnostics)).toEqual(["5:2 xml-char"]);
    expect(diagnostics[0]!.message).toMatch(/^U\+0000 \(NUL\)/);
  });

  it("points at a YAML escape in a double-quoted title or question, not at the value", () => {
    const { diagnostics } = compile(
      entry("正文", 'title: "line1\\rline2"\nquestions:\n  - "a\\x01b"\n  - "c\\vd \\ud800"'),
    );
    expect(where(diagnostics)).toEqual([
      "2:14 xml-char",
      "4:7 xml-char",
      "5:7 xml-char",
      "5:11 xml-char",
    ]);
    expect(diagnostics[0]!.message).toContain("U+000D (carriage return), written as `\\r`");
    expect(diagnostics[3]!.message).toContain("U+D800 (half of a surrogate pair)");
  });

  it("takes a surrogate pair written as two escapes as the one character it is", () => {
    const { entry: compiled, diagnostics } = compile(entry("正文", 'title: "笑\\ud83d\\ude00"'));
    expect(diagnostics).toEqual([]);
    expect(compiled?.title).toBe("笑😀");
  });

  it("points at a value reached through an alias where the alias is", () => {
    const { diagnostics } = compile(entry("正文", 'skill: &t "a\\rb"\ntitle: *t'));
    // The skill's own escape, and the title that repeats it through the alias.
    expect(where(diagnostics, "xml-char")).toEqual(["3:8 xml-char", "2:13 xml-char"]);
  });

  it("points at character references in text and in card and :ask attributes", () => {
    const { diagnostics } = compile(
      entry(
        '换行 &#13; 与 &#12;\n:ask[问]{q="a&#x0D;b"}\n\n::news{title="活动&#11;" url="https://a.example/x"}',
      ),
    );
    expect(where(diagnostics)).toEqual([
      "5:4 xml-char",
      "5:12 xml-char",
      "6:13 xml-char",
      "8:17 xml-char",
    ]);
    // An escaped reference is no carriage return; sent as the text `&#13;`, it is markup.
    expect(where(compile(entry("写成 \\&#13; 是文字")).diagnostics)).toEqual(["5:4 text-markup"]);
  });

  it("reports a folder name with a control character used as the skill", () => {
    const { diagnostics } = compile(entry("正文"), "账\u0001户/a.md");
    expect(where(diagnostics)).toEqual(["1:1 xml-char"]);
    expect(diagnostics[0]!.message).toContain("folder name");
  });

  it("reports every problem of a file in one run, up to a cap, then counts the rest", () => {
    const many = "\u0001".repeat(MAX_CHARACTER_DIAGNOSTICS + 5);
    const { diagnostics } = compile(entry(`前${many}后`, 'title: "a\\vb"'));
    const found = diagnostics.filter((d) => d.ruleId === "xml-char");
    expect(found).toHaveLength(MAX_CHARACTER_DIAGNOSTICS + 2);
    expect(found.at(-1)!.message).toMatch(/^the title holds U\+000B/);
    expect(found.some((d) => d.message.startsWith("5 more characters"))).toBe(true);
  });

  it("accepts a file with CRLF line endings: those never reach a value", () => {
    const crlf = entry("第一行\n第二行", "title: 问题\nquestions:\n  - 问法").replace(
      /\n/g,
      "\r\n",
    );
    const { entry: compiled, diagnostics } = compile(crlf);
    expect(diagnostics).toEqual([]);
    expect(compiled?.content).toBe("第一行\n第二行");
  });
});

describe("text-markup: text the platform would read as markup", () => {
  it("is decided by one function that leaves everyday symbols alone", () => {
    for (const text of [
      "3 < 5",
      "x > y",
      "a -> b",
      "<- 返回",
      "1 <= 2",
      "<3",
      "回复 <姓名>",
      "A&B",
      "AT&T",
      "& 单独",
      "&nbsp 没有分号",
      "<![CDATA[",
      "a < b & c > d",
    ]) {
      expect(markupInText(text), text).toEqual([]);
    }
    expect(markupInText('<a href="javascript:alert(1)">x</a>').map((m) => m.text)).toEqual([
      "<a",
      "</a",
    ]);
    expect(markupInText("a<b &lt; &#60 &#x3C; &amp;").map((m) => m.text)).toEqual([
      "<b",
      "&lt;",
      "&#60",
      "&#x3C;",
      "&amp;",
    ]);
  });

  it("finds markup spelt across two pieces, once", () => {
    expect(markupAcross("x <", "b>")).toEqual([{ index: 2, text: "<b", kind: "tag" }]);
    expect(markupAcross("x &", "lt;")).toHaveLength(1);
    // Already whole in the first piece: reported there, not again.
    expect(markupAcross("x <a", "bc")).toEqual([]);
    expect(markupAcross('<a href="https://a.example/">x</a>', "b")).toEqual([]);
  });

  it("refuses an escaped tag, at the escape", () => {
    const { entry: compiled, diagnostics } = compile(
      entry('看 \\<a href="javascript:alert(1)"\\>这里\\</a\\>'),
    );
    expect(compiled).toBeUndefined();
    expect(where(diagnostics)).toEqual(["5:3 text-markup", "5:37 text-markup"]);
    expect(diagnostics[0]!.message).toMatch(/^`<a` would reach the chat as an HTML tag/);
  });

  it("refuses a tag spelt with character references, at the reference", () => {
    const { diagnostics } = compile(
      entry('&lt;a href="weixin://bizmsgmenu?msgmenucontent=x&amp;msgmenuid=y"&gt;点&lt;/a&gt;'),
    );
    expect(where(diagnostics)).toEqual(["5:1 text-markup", "5:71 text-markup"]);
  });

  it("refuses a tag in inline code and in a code block", () => {
    const { diagnostics } = compile(entry('代码 `<a href="x">` 与\n\n```\nif a<b\n```'));
    expect(where(diagnostics)).toEqual(["5:5 text-markup", "8:5 text-markup"]);
  });

  it("refuses a reference that would reach the answer as one", () => {
    const { diagnostics } = compile(entry("写 &amp;lt; 或 `&copy;`"));
    expect(where(diagnostics)).toEqual(["5:3 text-markup", "5:15 text-markup"]);
    expect(diagnostics[0]!.message).toMatch(/^`&lt;` would reach the chat as an HTML character/);
  });

  it("refuses a tag split by emphasis, in a link label, and in a card's title", () => {
    const { diagnostics } = compile(
      entry(
        '分开 \\<*b*\\> 与 [\\<i\\>](https://a.example/)\n\n::news{title="&lt;b&gt;" url="https://a.example/"}',
      ),
    );
    expect(where(diagnostics)).toEqual(["5:6 text-markup", "5:15 text-markup", "7:15 text-markup"]);
  });

  it("lets the format's own links and :ask questions through", () => {
    const { entry: compiled, diagnostics } = compile(
      entry("看[官网](https://a.example/?a=1&b=2)，:ask[营业时间]{id=m1}，<https://b.example/>"),
    );
    expect(diagnostics).toEqual([]);
    expect(compiled?.content).toContain("msgmenucontent=营业时间&msgmenuid=m1");
  });

  it("sends everyday <, > and & exactly as before", () => {
    const { entry: compiled, diagnostics } = compile(
      entry("3 < 5，a -> b，A&B，1 &lt; 2，&copy;，<- 返回"),
    );
    expect(diagnostics).toEqual([]);
    expect(compiled?.content).toBe("3 < 5，a -> b，A&B，1 < 2，©，<- 返回");
  });
});

describe("limits", () => {
  const titleOf = (n: number) => "问".repeat(n);

  it("warns about a title and a similar question past the limit, counting characters", () => {
    const at = compile(entry("正文", `title: ${titleOf(LIMITS.titleCharacters)}`));
    expect(at.diagnostics).toEqual([]);
    // Emoji: two UTF-16 units each, one character.
    const emoji = compile(entry("正文", `title: ${"😀".repeat(LIMITS.titleCharacters)}`));
    expect(emoji.diagnostics).toEqual([]);
    const over = compile(
      entry(
        "正文",
        `title: ${titleOf(601)}\nquestions:\n  - ${"答".repeat(LIMITS.questionCharacters + 1)}`,
      ),
    );
    expect(where(over.diagnostics)).toEqual(["2:8 title-length", "4:5 question-length"]);
    expect(over.diagnostics[0]!.severity).toBe("warning");
    expect(over.entry).toBeDefined();
  });

  it("warns once about 2,000 similar questions, at the first one past the limit", () => {
    const questions = Array.from({ length: 2000 }, (_, i) => `  - 问法${i}`).join("\n");
    const { diagnostics } = compile(entry("正文", `title: 问题\nquestions:\n${questions}`));
    expect(where(diagnostics)).toEqual([`${4 + LIMITS.questionCount}:5 question-count`]);
    expect(diagnostics[0]!.message).toContain("2000 similar questions");
  });

  it("warns about a long text message, and about a content past its limit", () => {
    const line = "这是一段很长的回答。".repeat(20); // 600 bytes
    const long = compile(entry(line.repeat(4)));
    expect(where(long.diagnostics)).toEqual(["4:1 answer-size"]);
    // 12 messages of 1,800 bytes: each within its limit, together past the content's.
    const messages = Array.from({ length: 12 }, () => line.repeat(3)).join("\n\n---\n\n");
    const huge = compile(entry(messages));
    expect(where(huge.diagnostics)).toEqual(["4:1 answer-size"]);
    expect(huge.diagnostics[0]!.message).toContain(`more than ${LIMITS.answerBytes}`);
  });
});

describe("one line per diagnostic", () => {
  const oneLineEach = (diagnostics: readonly Diagnostic[]) => {
    for (const d of diagnostics) {
      const line = formatDiagnostic(d);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    }
  };

  it("escapes line breaks and control characters in one place", () => {
    expect(oneLine("a\nb\r\tc\u000b\u2028")).toBe("a\\nb\\r\\tc\\u000b\\u2028");
    expect(oneLine("普通的一行")).toBe("普通的一行");
    const d: Diagnostic = {
      file: "content/a\nb.md",
      line: 1,
      column: 1,
      severity: "error",
      ruleId: "key-type",
      message: "x\ny",
    };
    expect(formatDiagnostic(d)).toBe("content/a\\nb.md:1:1: error key-type x\\ny");
  });

  it("keeps a mapping given as a similar question on one line, with a usable fix", () => {
    const { diagnostics } = compile(entry("正文", "title: 问题\nquestions:\n  - 退货: 流程"));
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/常见问题/a.md:4:5: error key-type question 1 is a mapping, not text: quote it (`- "退货: 流程"`)',
    ]);
  });

  it("keeps messages that quote a value with a control character on one line", () => {
    const { diagnostics } = compile(
      entry("正文", 'title: "a\\vb"\nquestions: "c\\rd"\nid: "e\\nf"\n"ti\\u000btle": 1'),
    );
    expect(where(diagnostics).sort()).toEqual([
      "2:10 xml-char",
      "3:12 key-type",
      "4:5 id-format",
      "5:1 unknown-key",
    ]);
    oneLineEach(diagnostics);
    expect(diagnostics.map((d) => d.message).join("\n")).toContain("ti\\u000btle");
  });
});

describe("what compiled before still compiles", () => {
  it("no fixture and no sample entry gets a diagnostic from the new rules", async () => {
    const own = new Set(NEW_RULES.map((rule) => `err-${rule}`));
    let checked = 0;
    for (const name of readdirSync(fixtures).sort()) {
      if (own.has(name)) continue;
      const dir = path.join(fixtures, name);
      const result = existsSync(path.join(dir, "input.md"))
        ? compileFile({
            source: "常见问题/input.md",
            path: "content/常见问题/input.md",
            bytes: readFileSync(path.join(dir, "input.md")),
          })
        : await loadContent({
            cwd: dir,
            contentDir: path.join(dir, "content"),
            cache: false,
            workers: "off",
          });
      expect(
        where(result.diagnostics).filter((w) => NEW_RULES.includes(w.split(" ")[1]!)),
        name,
      ).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);

    const sample = await loadContent({
      cwd: repo,
      contentDir: path.join(repo, "content"),
      cache: false,
      workers: "off",
    });
    expect(sample.diagnostics).toEqual([]);
    expect(sample.entries.length).toBeGreaterThan(10);
    for (const e of sample.entries) {
      const sent = { ...e, ...sample.answers.read(e) };
      expect(xmlUnsafeCharacters(setAutoReplyXml("m1", sent)), e.path).toEqual([]);
    }
  });

  it("each new rule has its own fixture, which fails on it", () => {
    for (const rule of NEW_RULES) {
      const expected = JSON.parse(
        readFileSync(path.join(fixtures, `err-${rule}`, "expected.json"), "utf8"),
      );
      expect(
        expected.diagnostics.some((d: Diagnostic) => d.ruleId === rule),
        rule,
      ).toBe(true);
    }
  });
});
