/**
 * Fuzzing the compiler: seeded generators of malformed entry files, and the properties every
 * file must keep. test/content/fuzz.test.ts runs a bounded number in the test suite;
 * `npm run fuzz` (scripts/fuzz.mjs) runs many more and reports inputs/s and the slowest inputs:
 *
 *   npm run fuzz                                  # 50,000 inputs, a fresh seed (printed)
 *   npm run fuzz -- --seed 7 --count 200000       # more, reproducibly
 *   npm run fuzz -- --replay 7:1234               # one input again: its checks, and the file
 *
 * Input `index` of a run with `seed` depends on nothing else, so a failure is reproduced by
 * those two numbers alone. The properties: compileFile never throws and never takes longer than
 * a time bound; its result survives JSON (the compile cache stores it); every diagnostic has a
 * known rule id with its severity, a one-line message, and a position inside the file (line and
 * column from 1); a file without an entry has an error; an entry that compiles is sendable (its
 * XML holds only characters XML allows, and reads back to the same fields); and memory stays
 * bounded over the run.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { type CompiledFile, compileFile, RULES } from "../src/content/index.js";
import { setAutoReplyXml, xmlUnsafeCharacters } from "../src/platform/xml.js";
import { seededRandom } from "../src/seeded-random.js";

// ---------------------------------------------------------------------------------------------
// Generating inputs

/** One generated file. */
export interface FuzzInput {
  readonly seed: number;
  readonly index: number;
  /** Which generator made it (the kinds of input the fuzzer covers). */
  readonly family: string;
  readonly bytes: Uint8Array;
}

/** Random choices, from one seeded generator. */
class Dice {
  constructor(private readonly random: () => number) {}
  /** 0 … n-1. */
  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** A size from 1 to `max`, small ones far likelier (log-uniform). */
  size(max: number): number {
    return Math.max(1, Math.floor(max ** this.random()));
  }
  /** `count` picks from `pieces`, joined. */
  soup(pieces: readonly string[], count: number): string {
    let out = "";
    for (let i = 0; i < count; i++) out += this.pick(pieces);
    return out;
  }
}

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

const TITLES = [
  "如何开户？",
  "What is the fee?",
  "信用卡 还款",
  "营业时间: 几点",
  "ｆｕｌｌ　ｗｉｄｔｈ",
];
const QUESTIONS = ["开户", "怎么开户", "How do I open an account", "开 户", "OPEN"];

/** Front matter that is usually fine, sometimes not. */
function frontMatter(d: Dice): string {
  let yaml = `title: ${d.pick(TITLES)}\n`;
  if (d.chance(0.3)) yaml += `skill: ${d.pick(["账户", "a".repeat(31), "", "12", '"x"'])}\n`;
  if (d.chance(0.4)) {
    yaml += "questions:\n";
    for (let i = d.int(4); i >= 0; i--) yaml += `  - ${d.pick(QUESTIONS)}\n`;
  }
  if (d.chance(0.2)) yaml += `id: ${d.pick(["card/apply", "bad id", "中文"])}\n`;
  if (d.chance(0.2)) yaml += `draft: ${d.pick(["true", "false", '"yes"', "1"])}\n`;
  return `---\n${yaml}---\n`;
}

/** Markdown and YAML fragments that parsers find awkward (from test/content/robustness.test.ts and more). */
const PIECES = [
  "---\n",
  "title: a\n",
  ":",
  "::",
  ":::",
  ":ask",
  "ask",
  "[",
  "]",
  "{",
  "}",
  '"',
  "'",
  "=",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\t",
  "-",
  "- ",
  "*",
  "**",
  "_",
  "> ",
  ">",
  "1. ",
  "2) ",
  "`",
  "```",
  "~~~",
  "<",
  ">",
  "&",
  "&amp;",
  "&#0;",
  "&#x1F600;",
  "&lt;b&gt;",
  "news",
  "image",
  "miniprogram",
  "url=",
  "https://a.b/",
  "http://x.y/a b",
  "#",
  "## ",
  ".",
  "\\",
  "|",
  "| --- |",
  "^",
  "中",
  "😀",
  "![",
  "](",
  "(",
  ")",
  "\u0000",
  "\u000b",
  "\u001b",
  "\u0085",
  "\u2028",
  "\ufeff",
  "\ufffe",
  "title=",
  "q=",
  "id=",
  "]]>",
  "<![CDATA[",
  "questions:\n  - ",
  "- x\n",
  "~",
  "=",
  "===\n",
  "    ",
  "<br>",
  "<a href=x>",
  "[^1]",
  "[x]: https://a.b\n",
  "&a ",
  "*a ",
  "!!str ",
  "? ",
];

const BODY_LINES = [
  "北京今天晴，最高 25 度。",
  "详情见[中国天气网](https://www.weather.com.cn/)。",
  "你还可以问：:ask[上海今天多少度]",
  ':ask[人工服务]{q="客服电话是多少" id="menu_01"}',
  '::news{title="一周天气" url="https://example.com/week" picurl="https://example.com/w.jpg"}',
  '::image{media_id="MEDIA_1"}',
  '::miniprogram{title="还款" appid="wx3f5c8a1b2d4e6f70" pagepath="pages/a" thumb_media_id="T"}',
  "- 身份证\n  - 原件\n- 手机号",
  "1. 填写申请表\n2. 柜台审核",
  "> 引用的文字",
  "```\ncode <b>\n```",
  "**加粗** 和 *强调* 和 `代码`",
  "---",
  "<https://bank.example.com>",
  "[收费说明][fee]\n\n[fee]: https://a.example/fee",
  "营业时间 9:00-17:00，比例 1:2",
];

/** A plausible body: lines of real constructs. */
function body(d: Dice): string {
  const lines: string[] = [];
  for (let i = d.int(8); i >= 0; i--) lines.push(d.pick(BODY_LINES));
  return `\n${lines.join(d.chance(0.5) ? "\n\n" : "\n")}\n`;
}

/** An entry that is usually valid: the base the mutating generators start from. */
function entry(d: Dice): string {
  return frontMatter(d) + body(d);
}

/** Random edits: characters inserted, deleted, replaced, or pieces spliced in. */
function mutate(d: Dice, text: string, edits: number): string {
  let out = text;
  for (let i = 0; i < edits; i++) {
    const at = d.int(out.length + 1);
    switch (d.int(4)) {
      case 0:
        out = out.slice(0, at) + d.pick(PIECES) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + d.size(20));
        break;
      case 2:
        out = out.slice(0, at) + String.fromCharCode(d.int(0x3000)) + out.slice(at + 1);
        break;
      default:
        out = out.slice(0, at) + out.slice(at, at + d.size(40)).repeat(d.size(50)) + out.slice(at);
    }
  }
  return out;
}

/** Concatenates byte arrays. */
function bytesOf(...parts: (string | Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((p) =>
    typeof p === "string" ? utf8(p) : p instanceof Uint8Array ? p : Uint8Array.from(p),
  );
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Byte sequences that are not UTF-8: stray continuations, overlongs, surrogates, cut-offs. */
const BAD_UTF8 = [
  [0xff],
  [0xfe],
  [0x80],
  [0xbf, 0x80],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe4, 0xb8],
  [0xf0, 0x9f, 0x98],
  [0xc3],
];

/** YAML that is hostile to a YAML library: bombs, depth, odd syntax. */
function hostileYaml(d: Dice): string {
  const n = d.size(12_000);
  switch (d.int(18)) {
    case 14:
      return `title: t\nx: ${"a: ".repeat(n)}b\n`; // the library nests a mapping per `: `
    case 15:
      return `title: t\nx: ${"[a: ".repeat(n)}b${"]".repeat(n)}\n`;
    case 16:
      return `title: t\nx: ${"*a[k: v\n".repeat(Math.min(n, 3000))}`;
    case 17:
      return `title: t\n${"? ".repeat(n)}a\n`;
    case 0: {
      // An alias bomb ("billion laughs"): each level refers to the one before ten times.
      let yaml = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      const levels = 2 + d.int(9);
      for (let i = 1; i < levels; i++) {
        yaml += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(",")}]\n`;
      }
      const target = `*a${levels - 1}`;
      return `${yaml}${d.pick(["title", "questions", "skill", "draft", "id"])}: ${target}\n`;
    }
    case 1:
      return `title: ${"[".repeat(n)}${d.chance(0.5) ? "]".repeat(n) : ""}\n`;
    case 2:
      return `title: ${"{a: ".repeat(n)}1${"}".repeat(n)}\n`;
    case 3: {
      let yaml = "title: t\nx:\n";
      for (let i = 1; i < Math.min(n, 600); i++) yaml += `${" ".repeat(i)}a${i}:\n`;
      return yaml;
    }
    case 4:
      return `title: t\nquestions: ${"- ".repeat(n)}a\n`;
    case 5:
      return `title: t\nquestions:\n${"- ".repeat(n)}a\n`;
    case 6: {
      let yaml = "title: t\n";
      for (let i = 0; i < n; i++) yaml += `k${i}: &x${i} v\n`;
      return yaml;
    }
    case 7:
      return `title: "${"a\\n".repeat(n)}"\n`;
    case 8:
      return `title: t\n<<: *nope\n? [a, b]\n: c\n!!binary x: y\n%YAML 1.2\n`;
    case 9:
      return `title: |\n${"  line\n".repeat(n)}    ${"[".repeat(n)}\n`;
    case 10:
      return `title: '${"''".repeat(n)}'\nquestions: ['it''s', "a\\"b", ${"[".repeat(Math.min(n, 40))}]\n`;
    case 11:
      return `title: t\nquestions:\n${"  - q\n".repeat(n)}`;
    case 12:
      return `- |\n  ${"[".repeat(n)}\n- key: |\n  ${"{".repeat(n)}\n`;
    default:
      return `title: t\n${d.soup([": ", "- ", "? ", "[", "{", "]", "}", ",", "&a ", "*a", "!t ", "'", '"', "#", "\n", "  ", "|", ">"], d.size(2000))}\n`;
  }
}

/** Markdown nested deep (lists, quotes, emphasis, links, directives), within limits or past them. */
function deepMarkdown(d: Dice): string {
  const n = d.size(5000);
  switch (d.int(12)) {
    case 0: {
      let text = "";
      for (let i = 0; i < Math.min(n, 300); i++) text += `${"  ".repeat(i)}- a\n`;
      return text;
    }
    case 1:
      return `${"- ".repeat(n)}a\n`;
    case 2:
      return `${">".repeat(n)} a\n`;
    case 3:
      return `${"> - ".repeat(n)}a\n`;
    case 4:
      return `${"*a ".repeat(n)}x${" a*".repeat(n)}\n`;
    case 5:
      return `${"_a ".repeat(n)}x${" a_".repeat(n)}\n`;
    case 6:
      return `${"[".repeat(n)}a${"](https://a.b)".repeat(n)}\n`;
    case 7:
      return `${":::a\n".repeat(n)}b\n`;
    case 8:
      return `${":ask[".repeat(n)}a${"]".repeat(n)}\n`;
    case 9: {
      let text = "";
      for (let i = 0; i < Math.min(n, 300); i++) text += `${"   ".repeat(i)}1. a\n`;
      return text;
    }
    case 10:
      return `${"1. ".repeat(n)}a\n`;
    default:
      return `${"**".repeat(n)}a${"**".repeat(n)}\n`;
  }
}

/** Huge strings: long titles, long lines, many lines, many stars. */
function huge(d: Dice): string {
  const n = d.size(1_000_000);
  switch (d.int(7)) {
    case 0:
      return `---\ntitle: ${"问".repeat(n)}\n---\n答。\n`;
    case 1:
      return `---\ntitle: t\n---\n${"答".repeat(n)}\n`;
    case 2:
      return `---\ntitle: t\n---\n${"a\n".repeat(n >> 1)}`;
    case 3:
      return `---\ntitle: t\n---\n${"*".repeat(n >> 1)}a${"*".repeat(n >> 1)}\n`;
    case 4:
      return `---\ntitle: t\n---\n${"*a*".repeat(Math.ceil(n / 3))}\n`;
    case 5:
      return `---\ntitle: t\nquestions:\n${"  - 问题\n".repeat(Math.ceil(n / 8))}---\n答。\n`;
    default:
      return `x\n${" \n".repeat(n >> 1)}`; // no front matter, many blank lines
  }
}

/** Directives left open or malformed. */
const DIRECTIVE_PIECES = [
  ":ask[",
  ":ask[a",
  ":ask[a]{",
  ':ask[a]{q="',
  ":ask{q=a}",
  "::news{",
  '::news{title="a',
  '::news{title="a" url="https://a.b"',
  "::news[label]{}",
  "::image{media_id=}",
  "::miniprogram{appid=wx}",
  ":::news",
  ":::",
  "::unknown{a=b}",
  "{#id .class}",
  "{a=b a=c}",
  "{&}",
  "\n",
  " ",
  "中文",
  "]",
  '"',
];

/** Characters XML or the platform cannot take, and CDATA's terminator. */
const CONTROL_PIECES = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u000e",
  "\u001f",
  "\u007f",
  "\u0080",
  "\u009f",
  "\ufffe",
  "\uffff",
  "\ufeff",
  "\u2028",
  "\u2029",
  "]]>",
  "]]",
  ">",
  "\r",
];

/**
 * Answers and front matter filled up to the limits (ANSWER_LIMITS, FRONT_MATTER_LIMITS: 20,000
 * characters, 1,000 lines, 1,000 `*`/`_`, 1,000 `[`, 20 levels; 32,000 characters of YAML) with
 * the shapes remark and the YAML library are slowest on: the worst inputs that are still parsed.
 */
function atLimits(d: Dice): string {
  const fill = (unit: string, head = "", characters = 19_900, lines = 990): string => {
    const unitLines = unit.split("\n").length - 1;
    const count = Math.min(
      Math.floor((characters - head.length) / unit.length),
      unitLines > 0 ? Math.floor(lines / unitLines) : Number.POSITIVE_INFINITY,
    );
    return head + unit.repeat(count);
  };
  let list = "";
  for (let i = 0; i < 20; i++) list += `${"  ".repeat(i)}- a\n`;
  const shapes = [
    () => fill("a\n=\n"),
    () => fill("- a\n"),
    () => fill(list),
    () => fill("1. a\n"),
    () => fill("b\n", "> a\n"),
    () => fill(`${"> ".repeat(20)}a\n`),
    () => fill("a  \n"),
    () => fill("\\\n"),
    () => fill("`a"),
    () => fill("<a "),
    () => fill("&amp; "),
    () => fill("\\*"),
    () => fill("[x]: https://a.b/x\n", "", 19_900, 990).replace(/\[x\]/g, () => `[${d.int(1e6)}]`),
    () => fill("    a\n"),
    () => fill("::a{b=c}\n"),
    () => fill(":::a\n:::\n"),
    () => fill("a", `${"[a]".repeat(990)}${":b[".repeat(5)}`),
    () => `${"[".repeat(990)}${"]".repeat(990)}\n`,
    () => fill("a", `${"[a][b] ".repeat(495)}`),
    () => `${"*a ".repeat(499)}x${" a*".repeat(499)}\n`,
    () => `${"*".repeat(499)}a${"*".repeat(499)}\n`,
    () => fill("a", "*a**b*".repeat(249)),
    () => fill("这是一段很普通的文字，没有任何标记。\n"),
  ];
  const yaml = [
    () => {
      let text = "title: t\n";
      for (let i = 0; text.length < 31_900; i++) text += `k${i}: v\n`;
      return text;
    },
    () => `title: t\nquestions: [${"a, ".repeat(10_300)}]\n`,
    () => `title: t\nquestions:\n${"  - {a: b, c: [d, e]}\n".repeat(1_400)}`,
    () => `title: "${"a\n".repeat(15_900)}"\n`,
    () =>
      `title: t\n${Array.from({ length: 600 }, (_, i) => `x${i}: ${"[".repeat(19)}${"]".repeat(19)}\n`).join("")}`,
  ];
  if (d.chance(0.25)) return `---\n${d.pick(yaml)()}---\na\n`;
  return `---\ntitle: t\n---\n${d.pick(shapes)()}`;
}

/** Input `index` of the run with `seed`. */
export function fuzzInput(seed: number, index: number): FuzzInput {
  const d = new Dice(
    seededRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index, 0x85ebca6b)) >>> 0),
  );
  const make = (family: string, content: string | Uint8Array): FuzzInput => ({
    seed,
    index,
    family,
    bytes: typeof content === "string" ? utf8(content) : content,
  });
  const roll = d.int(100);
  if (roll < 18) {
    // Fragments glued at random, after a front matter or not.
    const start = d.chance(0.8) ? frontMatter(d) : "";
    return make("soup", start + d.soup(PIECES, d.size(200)));
  }
  if (roll < 30) return make("mutated", mutate(d, entry(d), d.size(30)));
  if (roll < 36) {
    const bytes = new Uint8Array(d.size(4000));
    for (let i = 0; i < bytes.length; i++) bytes[i] = d.int(256);
    return make("random-bytes", d.chance(0.5) ? bytesOf("---\ntitle: t\n---\n", bytes) : bytes);
  }
  if (roll < 42) {
    const text = entry(d);
    const at = d.int(text.length + 1);
    const bad = d.pick(BAD_UTF8);
    const buffer = utf8(text);
    const cut = Math.min(buffer.length, utf8(text.slice(0, at)).length);
    return make("invalid-utf8", bytesOf(buffer.subarray(0, cut), bad, buffer.subarray(cut)));
  }
  if (roll < 50) {
    // BOMs and line endings mixed: CRLF, lone CR, LF, a BOM at the start or inside.
    let text = entry(d).replace(/\n/g, () => d.pick(["\n", "\r\n", "\r", "\n", "\r\r\n", "\n\r"]));
    if (d.chance(0.5)) text = `\ufeff${text}`;
    if (d.chance(0.2)) text = mutate(d, text, 1).replace(/^/, "\ufeff");
    return make("line-endings", text);
  }
  if (roll < 60) {
    const broken = [
      () => `title: t\n---\n${body(d)}`,
      () => `---\ntitle: t\n${body(d)}`,
      () => `\n\n---\ntitle: t\n---\n${body(d)}`,
      () => `---\ntitle: t\n--- \t\n${body(d)}`,
      () => `---yaml\ntitle: t\n---\n${body(d)}`,
      () => `---\n\ttitle: t\n---\n${body(d)}`,
      () => `---\ntitle: t\ntitle: u\n---\n${body(d)}`,
      () => `---\ntitel: t\nquestion: [a]\n---\n${body(d)}`,
      () => `---\ntitle: "unclosed\n---\n${body(d)}`,
      () => `---\ntitle: [a, b\n---\n${body(d)}`,
      () => `---\n- a\n- b\n---\n${body(d)}`,
      () => `---\n---\n${body(d)}`,
      () => `---\ntitle: a: b\n---\n${body(d)}`,
      () =>
        `---\n${mutate(d, "title: t\nquestions:\n  - a\n  - b\nskill: s\n", d.size(10))}---\n${body(d)}`,
    ];
    return make("front-matter", d.pick(broken)());
  }
  if (roll < 68) return make("yaml", `---\n${hostileYaml(d)}---\n${body(d)}`);
  if (roll < 76) return make("deep", `---\ntitle: t\n---\n${deepMarkdown(d)}`);
  if (roll < 79) return make("huge", huge(d));
  if (roll < 86) {
    return make("directives", frontMatter(d) + d.soup(DIRECTIVE_PIECES, d.size(60)));
  }
  if (roll < 98) {
    let text = entry(d);
    for (let i = d.size(10); i > 0; i--) {
      const at = d.int(text.length + 1);
      text = text.slice(0, at) + d.pick(CONTROL_PIECES) + text.slice(at);
    }
    return make("control-characters", text);
  }
  return make("at-limits", atLimits(d));
}

// ---------------------------------------------------------------------------------------------
// Checking one input

/** What one input did: how long it took, and which properties it broke (none, normally). */
export interface FuzzOutcome {
  readonly ms: number;
  readonly failures: string[];
  readonly result?: CompiledFile;
}

const xmlParser = new XMLParser({ isArray: (name) => name === "question", parseTagValue: false });

/** Compiles `input` and checks every property; `maxMs` is the time bound. */
export function checkInput(input: FuzzInput, maxMs: number): FuzzOutcome {
  const failures: string[] = [];
  const source = "a/input.md";
  const started = performance.now();
  let result: CompiledFile;
  try {
    result = compileFile({ source, path: `content/${source}`, bytes: input.bytes });
  } catch (error) {
    const ms = performance.now() - started;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { ms, failures: [`compileFile threw: ${detail}`] };
  }
  const ms = performance.now() - started;
  if (ms > maxMs) failures.push(`took ${ms.toFixed(0)} ms, more than ${maxMs} ms`);
  try {
    if (JSON.stringify(JSON.parse(JSON.stringify(result))) !== JSON.stringify(result)) {
      failures.push("the result does not survive JSON (the compile cache stores it as JSON)");
    }
  } catch (error) {
    failures.push(`the result cannot be JSON: ${String(error)}`);
  }
  const lines = lineCount(input.bytes);
  for (const d of result.diagnostics) {
    const where = `${d.line}:${d.column} ${d.ruleId}`;
    if (!(d.ruleId in RULES)) failures.push(`${where}: unknown rule id`);
    else if (RULES[d.ruleId as keyof typeof RULES] !== d.severity) {
      failures.push(
        `${where}: severity ${d.severity}, the rule says ${RULES[d.ruleId as keyof typeof RULES]}`,
      );
    }
    if (!Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 1 || d.column < 1) {
      failures.push(`${where}: not a position (line and column start at 1)`);
    } else if (d.line > lines) {
      failures.push(`${where}: past the file's last line (${lines})`);
    }
    if (d.message.trim() === "" || /[\n\r]/.test(d.message)) {
      failures.push(`${where}: the message is empty or not one line`);
    }
    if (d.file !== `content/${source}`) failures.push(`${where}: wrong file ${d.file}`);
  }
  const entry = result.entry;
  if (!entry && !result.diagnostics.some((d) => d.severity === "error")) {
    failures.push("no entry, and no error says why");
  }
  if (entry) {
    if (result.diagnostics.some((d) => d.severity === "error")) {
      failures.push("an entry was compiled although the file has errors");
    }
    const xml = setAutoReplyXml("m1", entry);
    // The characters the xml-char rule refuses: none may reach a compiled entry's XML.
    const bad = xmlUnsafeCharacters(xml)[0];
    if (bad) {
      failures.push(
        `the entry's XML holds U+${bad.codePoint.toString(16).padStart(4, "0")}, which XML cannot carry as written`,
      );
    } else {
      const parsed = xmlParser.parse(xml).xml;
      const expected = {
        managerid: "m1",
        skillname: entry.skill,
        title: entry.title,
        content: entry.content,
        ...(entry.questions.length > 0 && { question: entry.questions }),
      };
      if (JSON.stringify(parsed) !== JSON.stringify(expected)) {
        failures.push("the entry's XML does not read back to the same fields");
      }
    }
  }
  return { ms, failures, result };
}

/** Lines as the compiler counts them: after decoding, CRLF and lone CR are one line break each. */
function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) lines++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lines++;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// A long run (`npm run fuzz`)

/** Peak RSS growth allowed over a run, in MB: the findings this guards against passed 1 GB. */
export const RSS_GROWTH_LIMIT_MB = 400;

/** Runs the fuzzer from the command line: `--seed N --count N --max-ms N --replay SEED:INDEX`. */
export function runFuzz(argv: readonly string[]): number {
  const flag = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const maxMs = Number(flag("max-ms") ?? 2000);
  const replay = flag("replay");
  if (replay) {
    const [seed, index] = replay.split(":").map(Number);
    const input = fuzzInput(seed!, index!);
    const outcome = checkInput(input, maxMs);
    const file = saveInput(input);
    console.log(
      `${replay} (${input.family}, ${input.bytes.length} bytes, saved to ${file}): ${outcome.ms.toFixed(1)} ms`,
    );
    for (const d of outcome.result?.diagnostics ?? []) {
      console.log(`  ${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message.slice(0, 160)}`);
    }
    for (const f of outcome.failures) console.log(`  FAILED: ${f}`);
    return outcome.failures.length > 0 ? 1 : 0;
  }
  const seed = Number(flag("seed") ?? Date.now() % 1_000_000_000);
  const count = Number(flag("count") ?? 50_000);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
    console.error(
      "usage: npm run fuzz -- [--seed N] [--count N] [--max-ms N] [--replay SEED:INDEX]",
    );
    return 2;
  }
  console.log(
    `fuzzing compileFile: seed ${seed}, ${count.toLocaleString("en-US")} inputs, ${maxMs} ms each at most`,
  );
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const started = performance.now();
  let lastReport = started;
  let bytes = 0;
  const failed: string[] = [];
  const slowest: { ms: number; input: FuzzInput }[] = [];
  const families = new Map<string, { count: number; ms: number }>();
  for (let index = 0; index < count; index++) {
    const input = fuzzInput(seed, index);
    const outcome = checkInput(input, maxMs);
    bytes += input.bytes.length;
    const family = families.get(input.family) ?? { count: 0, ms: 0 };
    family.count++;
    family.ms += outcome.ms;
    families.set(input.family, family);
    slowest.push({ ms: outcome.ms, input });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 5);
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    if ((rss - startRss) / 2 ** 20 > RSS_GROWTH_LIMIT_MB) {
      outcome.failures.push(
        `RSS grew by ${((rss - startRss) / 2 ** 20).toFixed(0)} MB, more than ${RSS_GROWTH_LIMIT_MB} MB`,
      );
    }
    if (outcome.failures.length > 0) {
      failed.push(`${seed}:${index}`);
      console.log(`FAILED ${seed}:${index} (${input.family}, saved to ${saveInput(input)}):`);
      for (const f of outcome.failures) console.log(`  ${f.split("\n").slice(0, 6).join("\n  ")}`);
    }
    const now = performance.now();
    if (now - lastReport > 5000) {
      lastReport = now;
      console.log(
        `  ${index + 1} inputs, ${((index + 1) / ((now - started) / 1000)).toFixed(0)}/s`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n${count.toLocaleString("en-US")} inputs (${(bytes / 2 ** 20).toFixed(1)} MB) in ${seconds.toFixed(1)} s: ${(count / seconds).toFixed(0)} inputs/s; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB (+${((peakRss - startRss) / 2 ** 20).toFixed(0)} MB)`,
  );
  console.log("by family (inputs, mean ms):");
  for (const [name, f] of [...families].sort()) {
    console.log(
      `  ${name.padEnd(20)} ${String(f.count).padStart(7)}  ${(f.ms / f.count).toFixed(2)}`,
    );
  }
  console.log("slowest (replay with --replay SEED:INDEX):");
  for (const { ms, input } of slowest) {
    console.log(
      `  ${ms.toFixed(0).padStart(6)} ms  ${input.seed}:${input.index}  ${input.family}, ${input.bytes.length} bytes`,
    );
  }
  console.log(
    failed.length === 0
      ? "no failures"
      : `${failed.length} failed: ${failed.slice(0, 20).join(" ")}`,
  );
  return failed.length > 0 ? 1 : 0;
}

/** Writes an input where it can be read and replayed: `.faqops-cache/fuzz/SEED-INDEX.md`. */
function saveInput(input: FuzzInput): string {
  const file = path.join(".faqops-cache", "fuzz", `${input.seed}-${input.index}.md`);
  try {
    mkdirSafe(path.dirname(file));
    writeFileSync(file, input.bytes);
    return file;
  } catch {
    return "(not saved)";
  }
}

function mkdirSafe(dir: string): void {
  // The cache folder ignores itself in Git (a `.gitignore` of `*`), as the compile cache does.
  mkdirSync(dir, { recursive: true });
  const ignore = path.join(".faqops-cache", ".gitignore");
  if (!existsSync(ignore)) writeFileSync(ignore, "*\n");
}
