/**
 * Every content rule in Chinese: each rule id has entries; every message template written in
 * src/content has an entry with its holes at the same places; and real content, compiled by
 * the real compiler (the fixtures and the cases below), gives diagnostics that all translate,
 * with no English sentence left and the values (keys, titles, paths) kept.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProjectConfig } from "../../src/config/load.js";
import { parseProjectConfig } from "../../src/config/parse.js";
import { contentTargets } from "../../src/config/targets.js";
import { compileFile, loadContent, RULES } from "../../src/content/index.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { DIAGNOSTIC_CATALOGUE } from "../../src/i18n/diagnostics.js";
import { localizeDiagnostic, translateDiagnostic } from "../../src/i18n/index.js";
import { KINDS } from "../../src/i18n/kinds.js";
import { type Entry, holeNames, normalizeTemplate, translate } from "../../src/i18n/template.js";
import { describeCharacter } from "../../src/platform/xml.js";
import { allEntries, englishLeft, normalizedTemplates } from "./helpers.js";
import { collectMessages, REPO } from "./source-messages.js";

const catalogue = DIAGNOSTIC_CATALOGUE as Readonly<Record<string, readonly Entry[]>>;

describe("the diagnostics catalogue", () => {
  it("has a Chinese message for every rule id", () => {
    const missing = Object.keys(RULES).filter(
      (id) => !catalogue[id]?.some((e) => /\p{Script=Han}/u.test(e.zh)),
    );
    expect(missing).toEqual([]);
    // And nothing for a rule that does not exist (a renamed rule would leave its entries here).
    expect(Object.keys(catalogue).filter((id) => !(id in RULES))).toEqual([]);
  });

  it("uses in each Chinese template only holes its English template has", () => {
    for (const entry of allEntries()) {
      const names = new Set(holeNames(entry.en));
      expect(
        holeNames(entry.zh).filter((n) => !names.has(n)),
        entry.en,
      ).toEqual([]);
    }
  });

  it("has an entry for every message template in src/content, holes at the same places", () => {
    // Recursive: the parsers in src/content/parse report messages too.
    const files = readdirSync(path.join(REPO, "src/content"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `src/content/${f.split(path.sep).join("/")}`)
      .sort();
    const { templates, dynamic } = collectMessages(files, {
      calls: {
        "report.at": 2,
        "this.report.at": 2,
        diagnostic: 3,
        "this.#report": 2,
        "this.unsupported": 1,
      },
      errors: false,
      properties: ["message"],
      returnsOf: ["urlProblem", "consequence", "typeName", "whatItIs", "message"],
    });
    const known = new Set([...normalizedTemplates(allEntries()), ...NOT_MESSAGES]);
    const missing = templates.filter((t) => !known.has(t.template));
    expect(missing.map((t) => `${t.where}: ${t.template}`)).toEqual([]);
    // Messages not written as literals where they are reported: each is read elsewhere.
    expect(dynamic.map((d) => `${d.where.replace(/:\d+$/, "")}: ${d.expression}`).sort()).toEqual(
      DYNAMIC_MESSAGES,
    );
  });
});

describe("the diagnostics catalogue, faqops.config.yaml's", () => {
  it("has an entry for every message template in src/config/parse.ts, holes at the same places", () => {
    const { templates, dynamic } = collectMessages(["src/config/parse.ts"], {
      calls: { "this.report": 2, wrong: [0, 1], "this.unknownKey": 3 },
      errors: false,
      properties: [],
      returnsOf: ["typeName", "unquote"],
    });
    // The examples of `skills` and `paths` lists: values.
    const known = new Set([...normalizedTemplates(allEntries()), "internal/**", "转账"]);
    const missing = templates.filter((t) => !known.has(t.template));
    expect(missing.map((t) => `${t.where}: ${t.template}`)).toEqual([]);
    // `wrong`'s hint: unquote's returns, collected.
    expect(dynamic.map((d) => `${d.where.replace(/:\d+$/, "")}: ${d.expression}`).sort()).toEqual([
      'src/config/parse.ts: unquote("boolean")',
      'src/config/parse.ts: unquote("number")',
      'src/config/parse.ts: unquote("number")',
      'src/config/parse.ts: unquote("number")',
    ]);
  });
});

/**
 * Templates the source reader finds in a message's holes that are values, not words, or
 * pieces the catalogue reads as a whole.
 */
const NOT_MESSAGES = [
  // cards.ts: a news card's default type, a value.
  "h5",
  // across.ts listPaths: `a, b and c`, read by the `paths` kind as a whole.
  "{{}} and {{}}",
  // xml.ts describeCharacter: `U+000B (vertical tab)`, the `character` kind (tested below).
  "U+{{}}",
  "{{}} ({{}})",
];

/**
 * Messages reported from a variable or a call: where their templates are collected instead.
 * A new one here must be read by the source reader some other way before it is listed.
 */
const DYNAMIC_MESSAGES = [
  // parse/markdown-remark.ts answerBounds: `message:` properties, collected.
  "src/content/body.ts: p.message",
  // The unsupported(…) calls' messages, collected at those calls.
  "src/content/body.ts: message",
  // typing.ts ideographicIndentedItem: `message:` properties, collected.
  "src/content/body.ts: problem.message",
  // typing.ts curlyQuotedAttribute: `message:` properties, collected.
  "src/content/body.ts: curly.message",
  "src/content/body.ts: curly.message",
  "src/content/body.ts: curly.message",
  "src/content/cards.ts: curly.message",
  // parse/front-matter-fast.ts frontMatterTooLarge / TooDeep: `message:` properties, collected.
  "src/content/parse/front-matter.ts: large.message",
  "src/content/parse/front-matter.ts: deep.message",
  // typing.ts fullWidthYaml / indentedKey: `message:` properties and returns, collected.
  "src/content/parse/front-matter.ts: typed.message",
  "src/content/parse/front-matter.ts: typed?.message",
  "src/content/parse/front-matter.ts: indentedKey(name, FRONT_MATTER_KEYS)",
  // markup.ts message(match): its returns, collected.
  "src/content/markup.ts: message(match)",
  "src/content/markup.ts: message(match)",
  // rules.ts: the functions every message passes through.
  "src/content/rules.ts: message",
  "src/content/rules.ts: oneLine(message)",
].sort();

describe("describeCharacter's names", () => {
  it("all translate (the `character` kind)", () => {
    const codePoints = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0xd800,
      0xdfff,
      0xfffe,
      0xffff,
      0x1f600,
    ];
    const kind = KINDS.character as readonly Entry[];
    for (const codePoint of codePoints) {
      const text = describeCharacter(codePoint);
      const translated = translate(kind, text);
      expect(translated?.complete, text).toBe(true);
      expect(englishLeft(translated!.text), text).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Real content through the real compiler

const fixtures = path.join(REPO, "test/fixtures/compile");
const configFixtures = path.join(REPO, "test/fixtures/config");

/** Entries whose English no content below can produce in this test (see each reason). */
const NOT_PRODUCED = new Set([
  // Needs a file or folder the test user cannot read: not as root, which CI may be.
  "this folder cannot be read ({{why:folder-problem}}), so the entries in it are missing: make it readable (chmod a+rx), or remove it",
  "this file cannot be read (permission denied): make it readable (chmod a+r), or remove it",
  // An I/O error other than those named (EIO): no way to make one on purpose.
  "this file cannot be read ({{why:folder-problem}}): check it, or remove it",
  // A file deleted between listing and reading: a race.
  "this file went away while faqops was reading the content: run faqops again",
  // A file replaced by a link between listing and reading: a race (files.test.ts makes it by
  // calling the reader between the two).
  "this file was replaced by a symbolic link while faqops was reading the content: run faqops again",
  // The last word on characters: every way of writing one is caught earlier (compile.ts).
  "this entry holds {{character:character}}, which XML cannot carry, written in a way faqops cannot point at: find it and remove it",
  // The YAML library's stack running out: frontMatterTooDeep stops it first.
  "the front matter is nested too deeply to read",
]);

/** Single files (path under content/, text) that produce the messages the fixtures do not. */
const CASES: readonly [string, string | Buffer][] = [
  ["账户/空的.md", "---\n---\n\n答案\n"],
  ["账户/空标题.md", "---\ntitle:\n---\n\n答案\n"],
  ["账户/技能空.md", '---\ntitle: 问\nskill: ""\n---\n\n答案\n'],
  ["账户/技能多行.md", '---\ntitle: 问\nskill: "a\\nb"\n---\n\n答案\n'],
  ["账户/阈值.md", '---\ntitle: 问\nthreshold: "2"\n---\n\n答案\n'],
  ["账户/多行问题.md", '---\ntitle: 问\nquestions:\n  - "a\\nb"\n---\n\n答案\n'],
  ["账户/中文键.md", "---\n标题：如何开户？\n---\n\n答案\n"],
  ["账户/全角空格.md", "---\ntitle:　如何开户？\n---\n\n答案\n"],
  ["账户/标签链接.md", "---\ntitle: 问\n---\n\n点 :ask[看 [官网](https://a.example/)] 吧\n"],
  ["账户/多行标签.md", '---\ntitle: 问\n---\n\n点 :ask[看]{q="a\nb"} 吧\n'],
  ["账户/空标签.md", '---\ntitle: 问\n---\n\n点 :ask[]{q="如何开户"} 吧\n'],
  ["账户/卡片标签.md", '---\ntitle: 问\n---\n\n::news[标签]{title="a" url="https://a.example/"}\n'],
  [
    "账户/卡片猜.md",
    '---\ntitle: 问\n---\n\n::newz{title="a" url="https://a.example/"}\n\n::ask[问]\n',
  ],
  ["账户/图片.md", "---\ntitle: 问\n---\n\n看 ![图](https://a.example/a.png) 吧\n"],
  ["账户/多行标题.md", '---\ntitle: "a\\nb"\n---\n\n答案\n'],
  ["账户/问题类型.md", "---\ntitle: 问\nquestions: [[a]]\n---\n\n答案\n"],
  ["账户/字符.md", `---\ntitle: 问\n---\n\n${"\u0001".repeat(22)}\n`],
  ["账户/别名.md", '---\ntitle: 问\nx: &q "a\\x01b"\nquestions:\n  - *q\n---\n\n答案\n'],
  ["账\u0001户/文件夹.md", "---\ntitle: 问\n---\n\n答案\n"],
  ["账户/答案长.md", `---\ntitle: 问\n---\n\n${"长".repeat(700)}\n`],
  ["账户/内容长.md", `---\ntitle: 问\n---\n\n${`${"长".repeat(600)}\n\n---\n\n`.repeat(10)}\n`],
  ["账户/行多.md", `---\ntitle: 问\n---\n\n${"行\n".repeat(1100)}`],
  ["账户/括号多.md", `---\ntitle: 问\n---\n\n${"[".repeat(1100)}\n`],
  ["账户/字多.md", `---\ntitle: 问\n---\n\n${"字".repeat(20_100)}\n`],
  ["账户/中文数字.md", "---\ntitle: 问\nthreshold: 0.9\n---\n\n第 1 步：a&lt;b\n"],
  ["根目录.md", "---\ntitle: 问\n---\n\n答案\n"],
  ["账户/目标文本.md", "---\ntitle: 问\ntargets: staging\n---\n\n答案\n"],
  ["账户/目标数字.md", "---\ntitle: 问\ntargets: 3\n---\n\n答案\n"],
  ["账户/目标列表.md", "---\ntitle: 问\ntargets: [staging, [a]]\n---\n\n答案\n"],
];

/** faqops.config.yaml texts that produce the messages its fixtures do not. */
const CONFIG_CASES: readonly string[] = [
  "publish: 1\nrate: '5'\nprune-max: '0.3'\nconcurrency: 2.5\n",
  "targets:\n  staging: [a]\n  null: {}\n",
  "targets: staging\n",
  "targets:\n",
  "- targets\n",
  "targets: {a: {}}\ncolour: red\nskills: [技能, 1]\npaths:\n  exclude: 转账\n",
  "targets:\n  a:\n    lockfile: ''\n    endpoint: 8080\n    skills:\n      only: [a]\n",
];

let tree: string;
let produced: Diagnostic[];

beforeAll(async () => {
  const found: Diagnostic[] = [];
  for (const name of readdirSync(fixtures)) {
    const dir = path.join(fixtures, name);
    if (existsSync(path.join(dir, "input.md"))) {
      const sourceFile = path.join(dir, "source");
      const source = existsSync(sourceFile)
        ? readFileSync(sourceFile, "utf8").trim()
        : "常见问题/input.md";
      const bytes = readFileSync(path.join(dir, "input.md"));
      found.push(...compileFile({ source, path: `content/${source}`, bytes }).diagnostics);
    } else {
      const result = await loadContent({
        cwd: dir,
        contentDir: path.join(dir, "content"),
        cache: false,
        workers: "off",
        targets: contentTargets((await readProjectConfig(dir, dir)).config),
      });
      found.push(...result.diagnostics);
    }
  }
  // faqops.config.yaml: its fixtures, and the messages they leave out.
  for (const name of readdirSync(configFixtures)) {
    found.push(...(await readProjectConfig(path.join(configFixtures, name), REPO)).diagnostics);
  }
  for (const text of CONFIG_CASES) {
    const file = { path: "/r/faqops.config.yaml", display: "faqops.config.yaml" };
    found.push(...parseProjectConfig(text, file).diagnostics);
  }
  for (const [source, text] of CASES) {
    const bytes = typeof text === "string" ? Buffer.from(text) : text;
    found.push(...compileFile({ source, path: `content/${source}`, bytes }).diagnostics);
  }
  // What only files on disk give: links, a pipe, a folder named like an entry, a bad name.
  tree = mkdtempSync(path.join(tmpdir(), "faqops-i18n-"));
  const content = path.join(tree, "content");
  const write = (file: string, text = "---\ntitle: 问\n---\n\n答\n") => {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  };
  write("账户/a.md");
  write("外面/b.md");
  mkdirSync(path.join(content, "账户/文件夹.md"), { recursive: true });
  symlinkSync("自己.md", path.join(content, "账户/自己.md"));
  symlinkSync("..", path.join(content, "账户/上级"));
  mkdirSync(path.join(tree, "elsewhere"), { recursive: true });
  symlinkSync(path.join(tree, "elsewhere"), path.join(content, "账户/别处"));
  execFileSync("mkfifo", [path.join(content, "账户/管道.md")]);
  writeFileSync(
    Buffer.concat([Buffer.from(`${content}/账户/`), Buffer.from([0xff, 0x2e, 0x6d, 0x64])]),
    "x",
  );
  const result = await loadContent({
    cwd: tree,
    contentDir: content,
    cache: false,
    workers: "off",
  });
  found.push(...result.diagnostics);
  produced = found;
}, 60_000);

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

describe("diagnostics from real content", () => {
  it("produce every rule", () => {
    const rules = new Set(produced.map((d) => d.ruleId));
    expect(Object.keys(RULES).filter((id) => !rules.has(id))).toEqual([]);
  });

  it("all translate into Chinese, with no English sentence left", () => {
    const problems: string[] = [];
    for (const d of produced) {
      const translated = translateDiagnostic(d);
      if (!translated) problems.push(`no entry: ${d.ruleId} ${d.message}`);
      else if (!translated.complete)
        problems.push(`a piece untranslated: ${d.ruleId} ${d.message}`);
      else {
        const left = englishLeft(translated.text);
        if (left.length > 0)
          problems.push(`English left (${left.join(" | ")}): ${translated.text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keep the values they quote, and everything but the message", () => {
    for (const d of produced) {
      const zh = localizeDiagnostic(d, "zh-CN");
      expect({ ...zh, message: "" }).toEqual({ ...d, message: "" });
      // The values this content quotes are Chinese (titles, questions, paths): all kept.
      for (const value of [...d.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)) {
        if (/^\P{ASCII}+$/u.test(value)) expect(zh.message, d.message).toContain(value);
      }
    }
  });

  it("come out unchanged in English", () => {
    for (const d of produced) expect(localizeDiagnostic(d, "en")).toBe(d);
  });

  it("exercise every entry of the catalogue, but those no test content can produce", () => {
    const unused: string[] = [];
    for (const [ruleId, entries] of Object.entries(catalogue)) {
      for (const entry of entries) {
        const fits = produced.some(
          (d) => d.ruleId === ruleId && translate([entry], d.message) !== undefined,
        );
        if (!fits && !NOT_PRODUCED.has(entry.en)) unused.push(`${ruleId}: ${entry.en}`);
      }
    }
    expect(unused).toEqual([]);
  });
});

describe("translation", () => {
  it("keeps a diagnostic with an unknown rule id (an old cache) as it is", () => {
    const d: Diagnostic = {
      file: "a.md",
      line: 1,
      column: 1,
      severity: "error",
      ruleId: "no-such-rule",
      message: "something",
    };
    expect(localizeDiagnostic(d, "zh-CN")).toBe(d);
  });

  it("keeps a message no entry fits in English", () => {
    const d: Diagnostic = {
      file: "a.md",
      line: 1,
      column: 1,
      severity: "error",
      ruleId: "title-required",
      message: "a message written after the catalogue",
    };
    expect(localizeDiagnostic(d, "zh-CN")).toEqual(d);
  });

  it("takes little time for a long quoted value", () => {
    const question = "问".repeat(30_000);
    const d: Diagnostic = {
      file: "a.md",
      line: 1,
      column: 1,
      severity: "error",
      ruleId: "question-conflict",
      message: `"${question}" is also asked by content/a.md (its title) in the same skill, so the bot cannot tell the entries apart; reword or remove one`,
    };
    const start = performance.now();
    expect(localizeDiagnostic(d, "zh-CN").message).toContain(question);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it("translates the YAML library's messages that hand-written front matter meets", () => {
    const broken = [
      "title: 问\nquestions:\n\t- a",
      'title: "问',
      "title: '问",
      "title: @问",
      "title: %问",
      "title: |x\n  a",
      "title: [a\nb: c",
      "title: 问 #x\nquestions:\n  - a\n - b",
      "title: a\n- b",
      "title: a: b: c",
    ];
    for (const frontMatter of broken) {
      const bytes = Buffer.from(`---\n${frontMatter}\n---\n\n答\n`);
      const [d] = compileFile({ source: "a/b.md", path: "b.md", bytes }).diagnostics;
      expect(d?.ruleId, frontMatter).toBe("front-matter-yaml");
      const translated = translateDiagnostic(d!);
      expect(translated?.complete, d!.message).toBe(true);
      expect(englishLeft(translated!.text), d!.message).toEqual([]);
    }
  });

  it("keeps a YAML message it does not know inside the Chinese sentence, as incomplete", () => {
    const d: Diagnostic = {
      file: "a.md",
      line: 2,
      column: 1,
      severity: "error",
      ruleId: "front-matter-yaml",
      message:
        'the front matter is not valid YAML (Some future message); text containing ": " or starting with a special character must be quoted',
    };
    expect(translateDiagnostic(d)).toEqual({
      text: 'front matter 不是有效的 YAML（Some future message）：含有 ": " 或以特殊字符开头的文本必须加引号',
      complete: false,
    });
  });

  it("normalizes templates as the source reader writes them", () => {
    expect(normalizeTemplate("`{{key}}` is {{type:type-name}}")).toBe("`{{}}` is {{}}");
  });
});
