/**
 * The fast Markdown path against remark, its reference: for every body, the fast path either
 * declines (undefined) or builds exactly remark's tree, positions included. Real bodies (the
 * compiler fixtures and the sample content), the benchmark's generated bodies, and seeded
 * random bodies made of the constructs answers use and fragments that parsers find awkward.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryFile } from "../../../bench/generate.js";
import { decodeUtf8 } from "../../../src/content/decode.js";
import { splitFrontMatter } from "../../../src/content/parse/front-matter.js";
import { parseMarkdownFast } from "../../../src/content/parse/markdown-fast.js";
import { parseMarkdownWithRemark } from "../../../src/content/parse/markdown-remark.js";
import { lineIndex } from "../../../src/content/positions.js";
import { Reporter } from "../../../src/content/rules.js";
import { escapeMessage } from "../../../src/import/escape.js";
import { seededRandom } from "../../../src/seeded-random.js";

const repo = path.resolve(import.meta.dirname, "../../..");

/** The body exactly as compile.ts hands it to the parser, or undefined without front matter. */
function bodyOf(bytes: Uint8Array): string | undefined {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return undefined;
  const split = splitFrontMatter(decoded.text, new Reporter("x.md", lineIndex(decoded.text)));
  return split && decoded.text.slice(split.bodyStart);
}

/** Checks one body; true when the fast path took it. */
function agrees(body: string): boolean {
  const fast = parseMarkdownFast(body);
  if (fast === undefined) return false;
  expect(fast, JSON.stringify(body)).toEqual(parseMarkdownWithRemark(body));
  return true;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("parseMarkdownFast", () => {
  it("builds remark's tree or declines, for every fixture and sample body", () => {
    const files = [
      ...markdownFiles(path.join(repo, "test/fixtures/compile")),
      ...markdownFiles(path.join(repo, "content")),
    ];
    let bodies = 0;
    let accepted = 0;
    for (const file of files) {
      const body = bodyOf(readFileSync(file));
      if (body === undefined) continue;
      bodies++;
      if (agrees(body)) accepted++;
    }
    expect(bodies).toBeGreaterThan(50);
    // The fixtures are mostly error cases made to be awkward; the fast path still takes some.
    expect(accepted).toBeGreaterThan(0);
  });

  it("takes nearly all of the benchmark's bodies, and builds remark's tree for them", () => {
    const n = 3000;
    let accepted = 0;
    for (let i = 0; i < n; i++) {
      const body = bodyOf(Buffer.from(entryFile(i, n).text));
      if (body !== undefined && agrees(body)) accepted++;
    }
    // 3000 of 3000 when written; the floor keeps the fast path from silently declining all.
    expect(accepted / n).toBeGreaterThanOrEqual(0.95);
  });

  it("builds remark's tree or declines, for seeded random bodies (about 40% taken)", () => {
    const random = seededRandom(20240601);
    const runs = 20_000;
    let accepted = 0;
    for (let i = 0; i < runs; i++) {
      if (agrees(randomBody(random))) accepted++;
    }
    // About 40% when written: enough that the fuzz exercises the fast path, not only its exits.
    expect(accepted / runs).toBeGreaterThan(0.3);
  });

  it("builds remark's tree for lists nested three and four deep", () => {
    for (const body of [
      "- 一\n  - 二\n    - 三\n",
      "- 一\n  - 二\n    - 三\n      - 四\n  - 二b\n- 一b\n",
      "1. 一\n   - 二\n     1. 三\n        续行\n",
    ]) {
      expect(agrees(body), JSON.stringify(body)).toBe(true);
    }
    // Lines indented otherwise (code, an odd indent, a lazy line) are declined, or read as remark reads them.
    for (const body of [
      "- 一\n      代码\n",
      "- 一\n   多一格\n",
      "- 一\n  - 二\n     多一格\n",
      "- 一\n  - 二\n    - 三\n    续行\n- 一b\n",
      "* 一\n  * 二\n\n    * 三\n",
    ]) {
      const fast = parseMarkdownFast(body);
      if (fast !== undefined)
        expect(fast, JSON.stringify(body)).toEqual(parseMarkdownWithRemark(body));
    }
  });

  it("builds remark's tree or declines, for seeded random nested lists with odd indents", () => {
    // Lists nested up to six deep, each item's further lines indented to its text or off by
    // a few columns (lazy lines, indented code, a sibling that is not one), and block
    // markers where an item's text goes: 8,000 taken of 60,000 agreed with remark, 0 differed.
    const random = seededRandom(20261128);
    let accepted = 0;
    for (let i = 0; i < 4000; i++) if (agrees(nestedListBody(random))) accepted++;
    expect(accepted).toBeGreaterThan(300);
  });

  it("declines what it is not sure of", () => {
    for (const body of [
      "a\tb",
      "# a ",
      "a\n---",
      "a\n===",
      "    code",
      "> a\nb",
      "- a\nb",
      "- a\n\n  b",
      "<div>",
      "![a](https://a.b/c.png)",
      "[a]: https://a.b",
      "[a][b]",
      "snake_case",
      ":::note\nx\n:::",
      "::news{title=a title=b}",
      "```\nunclosed",
      "***a***",
      "*a**b*",
    ]) {
      expect(parseMarkdownFast(body), JSON.stringify(body)).toBeUndefined();
    }
  });

  it("reads backslash escapes as remark does, and declines where remark reads them otherwise", () => {
    for (const body of [
      "注意 \\*号",
      "a\\*b\\*c",
      "\\# 不是标题",
      "\\- 不是列表",
      "1\\. 不是列表",
      "\\> 不是引用",
      "\\---",
      "[链接](https://a.b) \\:ask 不是问题",
      "`a\\`",
      "\\\\ 反斜杠",
      "\\a \\中 不转义",
      "**粗\\!体**",
      "- 项\\_一\\_\n  - 子项 \\~",
      "> 引用 \\*",
      "```js\na\\*b\n```",
      "全角：（\\(括号\\)）",
    ]) {
      expect(agrees(body), JSON.stringify(body)).toBe(true);
    }
    for (const body of [
      "行尾\\\n下一行",
      "结尾\\",
      "[a\\]b](https://a.b)",
      "[a](https://a.b/\\_x)",
      "<https://a.b/\\x>",
      ":ask[a\\]b]",
      ':ask[a]{q="\\*"}',
      '::news{title="a\\"b" url="https://a.b"}',
      "```c\\+\\+\nx\n```",
      "\\**a*",
      "*a\\**",
      "\\[不是链接](https://a.b)",
      "1. \\::ask",
      "\\:ask[不是问题]",
      "\\`a`",
    ]) {
      const fast = parseMarkdownFast(body);
      if (fast !== undefined)
        expect(fast, JSON.stringify(body)).toEqual(parseMarkdownWithRemark(body));
    }
    expect(parseMarkdownFast("行尾\\\n下一行")).toBeUndefined();
    expect(parseMarkdownFast(":ask[a\\]b]")).toBeUndefined();
  });

  it("reads character references as remark does", () => {
    for (const body of [
      "a &amp; b",
      "&lt;b&gt; &copy; &nbsp;全角",
      "行首&#32;空格，行尾空格&#32;\n下一行&#9;",
      "&#0; &#12; &#13; &#xD800; &#x1F600; &#xFFFE; &#1114112;",
      "&AMP; &foo; &amp &#x; &#12345678; &#xFFFFFFF;",
      "**&amp;粗体&amp;**",
      "- 项 &amp; 一\n  - 子项 &lt;",
      "> 引用 &quot;",
      "# 标题 &amp;",
      "`&amp;` 代码里不解码",
      "```\n&amp;\n```",
      "[标签 &amp; 一](https://a.b)",
    ]) {
      expect(agrees(body), JSON.stringify(body)).toBe(true);
    }
    for (const body of [
      "[a](https://a.b/?x=1&amp;y=2)",
      "<https://a.b/?x=1&amp;y=2>",
      ":ask[a &amp; b]",
      ':ask[a]{q="&amp;"}',
      "```c&#43;&#43;\nx\n```",
    ]) {
      expect(parseMarkdownFast(body), JSON.stringify(body)).toBeUndefined();
    }
  });

  it("builds remark's tree or declines, for seeded random bodies full of escapes and references", () => {
    const random = seededRandom(20261129);
    let accepted = 0;
    const runs = 20_000;
    for (let i = 0; i < runs; i++) {
      const pieces = 1 + Math.floor(random() * 12);
      let body = "";
      for (let k = 0; k < pieces; k++) {
        body += pick(random, random() < 0.4 ? ESCAPES : random() < 0.8 ? COMMON : HOSTILE);
        if (random() < 0.1) body += pick(random, ["\n", "\n\n", "\n- ", "\n> ", "\n1. "]);
      }
      if (agrees(body)) accepted++;
    }
    // About 40% taken when written (the other pieces decline as often as in the fuzz above):
    // escapes and references alone no longer send a body to remark.
    expect(accepted / runs).toBeGreaterThan(0.3);
  });

  it("builds remark's tree or declines, for answers as `faqops import` escapes them", () => {
    // Cell texts with every character the importer escapes (escape.ts), and Chinese around
    // them: what an imported FAQ's bodies look like.
    const chars = Array.from("*_`[]<>#-+.)=~:&\\!{}|\"'（）：，。 \n中文字a1");
    const random = seededRandom(20261130);
    let accepted = 0;
    const runs = 5000;
    for (let i = 0; i < runs; i++) {
      let text = "";
      for (let k = 2 + Math.floor(random() * 30); k > 0; k--) text += pick(random, chars);
      if (agrees(escapeMessage(text))) accepted++;
    }
    expect(accepted / runs).toBeGreaterThan(0.3);
  });

  it("reads emphasis as micromark does, between CJK characters too", () => {
    for (const body of ["请**务必**携带", "a*b*c", "**a*", "*a**", "**a** **b**", "。**a**，"]) {
      expect(agrees(body), body).toBe(true);
    }
  });

  it("reads spaces at the ends of lines as remark does: trimmed, or a hard break", () => {
    for (const body of [
      "a \nb",
      "a  \nb",
      "> a   \n> b",
      "- x \n- y  \n  z",
      "x :a \nb",
      "**a** \n**b**",
      "a  ",
    ]) {
      expect(agrees(body), body).toBe(true);
    }
  });

  it("reads everyday colons as remark-directive does", () => {
    for (const body of [
      "10:30",
      "Name:Tom",
      "比例 1:2",
      "a:b:c",
      "x::y",
      "时间:下午3点",
      "注意:",
    ]) {
      expect(agrees(body), body).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random bodies

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** Inline pieces answers are made of. */
const COMMON = [
  "办理时间为工作日",
  "请携带身份证件",
  "，",
  "。",
  "（注）",
  "Hello world",
  " ",
  "a",
  "1",
  "😀",
  "\u3000",
  "**重要**",
  "*注意*",
  "**a *b* c**",
  "*a **b** c*",
  "请**务必**携带",
  "a*b",
  "**a*",
  "`code`",
  "`**`",
  "[详情](https://a.example.com/x_y?a=1&b=2)",
  "[**收费说明**](https://a.example.com/fees)",
  "[a *b* `c` :d](https://a.b)",
  "<https://a.example.com/help>",
  ':ask[上海天气]{q="上海今天多少度" id="menu_1"}',
  ":ask[人工服务]",
  ":ask[a]{q=b}",
  ":ask[a]{q='b c'}",
  ":ask[]",
  ":ask[a `b`]",
  ":ask[a:b]",
  ":ask",
  "10:30",
  "10:30:00",
  "Name:Tom",
  "比例 1:2",
  "a::b",
  ":",
  "-",
  "*",
  "(",
  ")",
  "!",
  "&",
  "~~x~~",
  "|",
  "{",
  "}",
  '"',
  "#",
  ">",
];

/**
 * Backslashes before every kind of character (ASCII punctuation is an escape, anything else
 * literal), and character references valid and not.
 */
const ESCAPES = [
  "&amp;",
  "&lt;",
  "&copy;",
  "&nbsp;",
  "&#32;",
  "&#9;",
  "&#12;",
  "&#0;",
  "&#x1F600;",
  "&#xD800;",
  "&AMP;",
  "&foo;",
  "&amp",
  "&#x;",
  "&#12345678;",
  "&",
  "&#32;  ",
  ...Array.from("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", (c) => `\\${c}`),
  "\\a",
  "\\中",
  "\\：",
  "\\ ",
  "\\",
  "\\\\",
  "\\:ask[问]",
  "\\**a**",
  "[a](https://a.b)\\",
];

/** Fragments with subtle CommonMark meanings, which the fast path must decline or get right. */
const HOSTILE = [
  "` x `",
  "``a``",
  "[](https://a.b)",
  '[a](https://a.b "t")',
  "[a](<https://a.b>)",
  "<a@b.c>",
  "<b>",
  ":ask[",
  ':ask[a]{q="',
  ":ask[a]{#x .y}",
  ":ask[*a*]",
  "::",
  "_",
  "__a__",
  "**",
  "***",
  "[",
  "]",
  "![a](https://a.b/c.png)",
  "&amp;",
  "&#35;",
  "\\",
  "\\*",
  "<",
  "\t",
  "  \n",
  "\n",
];

function inlineText(random: Random, min = 1): string {
  let text = "";
  const n = min + Math.floor(random() * 6);
  for (let i = 0; i < n; i++) text += pick(random, random() < 0.1 ? HOSTILE : COMMON);
  return text;
}

/** Mostly what answers contain; now and then (`rate`) something awkward instead. */
const awkward = (random: Random, rate = 0.1): boolean => random() < rate;

/** One to three lines of inline text; now and then with a line shape that is not plain text. */
function paragraph(random: Random): string {
  const lines = 1 + Math.floor(random() * 3);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    if (i > 0 && awkward(random, 0.05)) {
      out.push(
        pick(random, ["---", "===", "-", "  indented", "2. two", "#", "> q", "- b", "1. a"]),
      );
    } else {
      out.push(
        random() < 0.5
          ? pick(random, ["北京今天晴。", "See the page.", "Time 10:30"])
          : inlineText(random),
      );
    }
  }
  return out.map((line) => line + trailingSpaces(random)).join("\n");
}

/** Spaces at the end of a line: usually none; one is trimmed, two or more are a hard break. */
function trailingSpaces(random: Random): string {
  return random() < 0.15 ? pick(random, [" ", "  ", "   "]) : "";
}

function listBlock(random: Random): string {
  const ordered = random() < 0.4;
  const items = 1 + Math.floor(random() * 4);
  const start = pick(random, [1, 1, 1, 2, 10, 99]);
  const bullet = awkward(random) ? pick(random, ["*", "+"]) : "-";
  const out: string[] = [];
  for (let i = 0; i < items; i++) {
    let marker = ordered ? `${start + i}.` : bullet;
    if (awkward(random, 0.03)) marker = pick(random, ["1)", "*", "+", "-"]);
    const gap = awkward(random, 0.03) ? "  " : " ";
    out.push(
      `${marker}${gap}${random() < 0.6 ? "项目说明" : inlineText(random)}${trailingSpaces(random)}`,
    );
    const indent = " ".repeat(marker.length + 1);
    const r = random();
    if (r < 0.15) out.push(`${indent}- 子项`);
    else if (r < 0.2) out.push(`${indent}1. 子项`);
    else if (r < 0.25) out.push(`${indent}续行`);
    else if (r < 0.27) out.push(`${indent}> 引用`);
    else if (r < 0.29) out.push(`${indent}\`\`\`\n${indent}code\n${indent}\`\`\``);
    else if (r < 0.31) out.push(`${indent}::news{title="a" url="https://a.b"}`);
    else if (r < 0.32) out.push(`${pick(random, [" ", "   ", "    "])}- 缩进不齐`);
    else if (r < 0.33) out.push("懒惰续行");
    else if (r < 0.34) out.push(`${indent}- 子项\n\n${indent}  更多`);
    if (random() < 0.1) out.push(pick(random, ["", "", "  "]));
  }
  return out.join("\n");
}

function quoteBlock(random: Random): string {
  const lines = 1 + Math.floor(random() * 3);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const r = random();
    if (r < 0.03) out.push(">");
    else if (r < 0.06) out.push("懒惰续行");
    else if (r < 0.12) out.push("> - 列表");
    else if (r < 0.15) out.push(">> 嵌套");
    else if (r < 0.18) out.push("> > 嵌套");
    else out.push(`> ${random() < 0.5 ? "引用的话" : inlineText(random)}${trailingSpaces(random)}`);
  }
  return out.join("\n");
}

const CARDS = [
  '::news{title="一周天气" url="https://example.com/week" picurl="https://example.com/w.jpg"}',
  '::news{title="a" url=https://example.com/x type=mp}\n::news{title=\'b\' url="https://example.com/y"}',
  '::image{media_id="MEDIA_1"}',
  '::miniprogram{title="办理" appid="wx0123456789abcdef" pagepath="pages/i?id=1" thumb_media_id="T"}',
  "::image",
  "::news{}",
  '::news{title="a"  url="b" }',
];
const AWKWARD_CARDS = [
  '::news{title="a"url="b"}',
  "::news{title=a title=b}",
  '::news{title="a&amp;b"}',
  "::news[标签]{title=a}",
  '::news{title="未闭合}',
  "::news{#id .cls}",
  "::news{title = a}",
  "::news{flag}",
  "::TODO 记得更新",
  ":::note\n内容\n:::",
  "::-bad",
  "::新闻{标题=a}",
];

function block(random: Random): string {
  const r = random();
  if (r < 0.4) return paragraph(random);
  if (r < 0.55) return listBlock(random);
  if (r < 0.63) return quoteBlock(random);
  if (r < 0.71) return pick(random, awkward(random, 0.3) ? AWKWARD_CARDS : CARDS);
  if (r < 0.77) {
    const marks = awkward(random)
      ? pick(random, ["#######", "#"])
      : pick(random, ["#", "##", "###"]);
    const gap = awkward(random, 0.05) ? "" : " ";
    const tail = awkward(random, 0.05) ? " #" : "";
    return `${marks}${gap}${random() < 0.6 ? "标题" : inlineText(random)}${tail}${awkward(random) ? " " : ""}`;
  }
  if (r < 0.82) {
    const line = awkward(random)
      ? pick(random, ["- - -", "* * *", "----"])
      : pick(random, ["---", "***", "___"]);
    return `${line}${awkward(random) ? " " : ""}`;
  }
  if (r < 0.88) {
    const fence = awkward(random) ? pick(random, ["````", "~~~"]) : "```";
    const info = awkward(random) ? pick(random, ["js title", "a`b"]) : pick(random, ["", "js"]);
    const body = awkward(random)
      ? pick(random, ["  indented\n\ttab", "", "```", "  \n"])
      : pick(random, ["E1001 余额不足", "a\n\nb", "*a* [b](c) :d"]);
    return awkward(random, 0.05)
      ? `${fence}${info}\n${body}`
      : `${fence}${info}\n${body}\n${fence}`;
  }
  if (r < 0.9) {
    return pick(random, [
      "    缩进代码",
      "<div>html</div>",
      "[ref]: https://a.b",
      "[ref]",
      "   三个空格",
    ]);
  }
  return inlineText(random, 2);
}

function randomBody(random: Random): string {
  const blocks = Math.floor(random() * 6);
  let body = random() < 0.8 ? "\n" : "";
  for (let i = 0; i < blocks; i++) {
    if (i > 0) body += awkward(random) ? pick(random, ["\n", "\n  \n", "\n\n\n"]) : "\n\n";
    body += block(random);
  }
  return random() < 0.8 ? `${body}\n` : body;
}

const LIST_WORDS = [
  "一二",
  "text",
  "**b**",
  "*e*",
  "`c`",
  "a_b_",
  "[l](http://x)",
  ":ask[问]",
  "北京",
  "全角：",
  "x",
  "y z",
];

function listWords(random: Random): string {
  const n = 1 + Math.floor(random() * 3);
  return Array.from({ length: n }, () => pick(random, LIST_WORDS)).join(" ");
}

/** One list at `base` columns, its items' content nested or indented off by a few columns. */
function nestedList(random: Random, base: number, depth: number, out: string[]): void {
  const ordered = random() < 0.4;
  const bullet = pick(random, ["-", "-", "*", "+"]);
  let number = pick(random, [1, 1, 2, 9, 10]);
  const items = 1 + Math.floor(random() * 3);
  for (let i = 0; i < items; i++) {
    const marker = ordered ? `${number++}.` : bullet;
    const gap = random() < 0.9 ? " " : pick(random, ["  ", "   ", "    ", "     "]);
    const pad = " ".repeat(base + (random() < 0.05 ? pick(random, [1, 2, 3]) : 0));
    out.push(`${pad}${marker}${gap}${listWords(random)}${random() < 0.05 ? "  " : ""}`);
    const text = base + marker.length + gap.length;
    const lines = Math.floor(random() * 3);
    for (let k = 0; k < lines; k++) {
      const r = random();
      if (r < 0.4 && depth < 5) {
        const off = random() < 0.1 ? pick(random, [-1, 1, 2, 4]) : 0;
        nestedList(random, text + off, depth + 1, out);
      } else if (r < 0.8) {
        const off = random() < 0.3 ? pick(random, [-2, -1, 1, 2, 3, 4, 5]) : 0;
        const what = pick(random, ["words", "> q", "# h", "```", "---", "1. x", "- y", "<div>"]);
        out.push(
          " ".repeat(Math.max(0, text + off)) + (what === "words" ? listWords(random) : what),
        );
      } else if (r < 0.9) {
        out.push(pick(random, ["", "  "]));
      }
    }
  }
}

function nestedListBody(random: Random): string {
  const out: string[] = [];
  if (random() < 0.3) out.push(listWords(random), ...(random() < 0.5 ? [""] : []));
  nestedList(random, 0, 0, out);
  if (random() < 0.3) out.push(pick(random, ["", "after", "\nafter"]));
  return `${out.join("\n")}\n`;
}
