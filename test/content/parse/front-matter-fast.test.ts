/**
 * The fast front matter path against the YAML library: for every front matter, the fast path
 * either declines or builds the mapping `parseDocument` builds (no errors), as far as
 * front-matter.ts reads it; and readFrontMatter gives the same result and diagnostics either way.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { entryFile } from "../../../bench/generate.js";
import { decodeUtf8 } from "../../../src/content/decode.js";
import { readFrontMatter, splitFrontMatter } from "../../../src/content/parse/front-matter.js";
import { parseFrontMatterFast } from "../../../src/content/parse/front-matter-fast.js";
import { lineIndex } from "../../../src/content/positions.js";
import { Reporter } from "../../../src/content/rules.js";
import { seededRandom } from "../../../src/seeded-random.js";

const repo = path.resolve(import.meta.dirname, "../../..");

/** What front-matter.ts reads of a YAML node: kinds, values, and where each node starts and ends. */
function shape(node: unknown): unknown {
  if (isScalar(node)) return { scalar: node.value, start: node.range?.[0], end: node.range?.[1] };
  if (isSeq(node)) {
    return { seq: node.items.map(shape), start: node.range?.[0], end: node.range?.[1] };
  }
  if (isMap(node)) {
    return { map: node.items.map((pair) => ({ key: shape(pair.key), value: shape(pair.value) })) };
  }
  return { other: String(node) };
}

/** Checks one YAML text; true when the fast path took it. */
function agrees(yaml: string): boolean {
  const fast = parseFrontMatterFast(yaml);
  if (fast === undefined) return false;
  const doc = parseDocument(yaml, {
    schema: "core",
    version: "1.2",
    uniqueKeys: true,
    prettyErrors: false,
  });
  expect([...doc.errors, ...doc.warnings], JSON.stringify(yaml)).toEqual([]);
  expect(shape(fast), JSON.stringify(yaml)).toEqual(shape(doc.contents));
  return true;
}

/** readFrontMatter with and without the fast path: the same values and the same diagnostics. */
function sameResult(text: string): void {
  const run = (fast: boolean) => {
    const report = new Reporter("x.md", lineIndex(text));
    const split = splitFrontMatter(text, report);
    const front = split && readFrontMatter(text, split, report, { fast });
    return { front, diagnostics: report.diagnostics };
  };
  expect(run(true), JSON.stringify(text)).toEqual(run(false));
}

function fileTexts(): string[] {
  const dirs = [path.join(repo, "test/fixtures/compile"), path.join(repo, "content")];
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".md"))
      .flatMap((e) => {
        const decoded = decodeUtf8(readFileSync(path.join(e.parentPath, e.name)));
        return decoded.ok ? [decoded.text] : [];
      }),
  );
}

function yamlOf(text: string): string | undefined {
  const split = splitFrontMatter(text, new Reporter("x.md", lineIndex(text)));
  return split && text.slice(split.yamlStart, split.yamlEnd);
}

describe("parseFrontMatterFast", () => {
  it("reads fixtures and samples as the YAML library does, or declines", () => {
    const texts = fileTexts();
    let accepted = 0;
    for (const text of texts) {
      const yaml = yamlOf(text);
      if (yaml !== undefined && agrees(yaml)) accepted++;
      sameResult(text);
    }
    expect(texts.length).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(0);
  });

  it("takes nearly all of the benchmark's front matter, and reads it as the library does", () => {
    const n = 3000;
    let accepted = 0;
    for (let i = 0; i < n; i++) {
      const text = entryFile(i, n).text;
      if (agrees(yamlOf(text)!)) accepted++;
      if (i % 10 === 0) sameResult(text);
    }
    // 3000 of 3000 when written; the floor keeps the fast path from silently declining all.
    expect(accepted / n).toBeGreaterThanOrEqual(0.95);
  });

  it("reads every spelling of a threshold alike on both paths, taking plain decimals", () => {
    const values = [
      ...["0.85", "1", "0", "0.9", "1.0", "0.8500", "007", "0.0001", "1.5", "85", "0.12345"],
      ...["-0", "+0.5", "1e-1", ".5", "1.", "0x1", "0o1", ".inf", "-.inf", ".nan", "1234567.5"],
      ...['"0.85"', "'1'", '"85"', "高", "true", "[0.8]", "{a: 1}", "~", "", "0.85 # 注释"],
    ];
    let taken = 0;
    for (const value of values) {
      const text = `---\ntitle: 问题\nthreshold:${value === "" ? "" : ` ${value}`}\n---\n\n答案。\n`;
      if (agrees(yamlOf(text)!)) taken++;
      sameResult(text);
    }
    // Through an alias (the library's path): the anchor's number is the threshold.
    sameResult("---\ntitle: 问题\nid: &n 0.5\nthreshold: *n\n---\n\n答案。\n");
    expect(parseFrontMatterFast("title: 问题\nthreshold: 0.85\n")).toBeDefined();
    // The 11 plain decimals of the first line, and `"0.85"`, `'1'`, `"85"`, `高`, `true`.
    expect(taken).toBe(16);
  });

  it("reads seeded random front matter as the library does, or declines (about 29% taken)", () => {
    const random = seededRandom(42);
    const runs = 20_000;
    let accepted = 0;
    for (let i = 0; i < runs; i++) {
      const yaml = randomYaml(random);
      if (agrees(yaml)) accepted++;
      if (i % 10 === 0) sameResult(`---\n${yaml}---\n\n答案。\n`);
    }
    // About 29% when written (31% before `threshold` and its numbers): enough that the fuzz
    // exercises the fast path, not only its exits.
    expect(accepted / runs).toBeGreaterThan(0.25);
  });
});

// ---------------------------------------------------------------------------------------------
// Random front matter

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** The first MAIN_KEYS are the format's own (title twice: it is in every file); then mistakes. */
const KEYS = [
  "title",
  "title",
  "skill",
  "id",
  "draft",
  "threshold",
  "question",
  "Title",
  "true",
  "null",
  "a-b",
  "thresold",
];
const MAIN_KEYS = 6;

const VALUES = [
  "北京今天多少度？",
  "如何开户",
  "2024年账户升级",
  "营业时间 10:30 开始",
  "C# 与 C++",
  "a[1]{2},3",
  "entry/12",
  "wx-card_1",
  "😀 表情",
  "true",
  "false",
  '"带引号的标题"',
  "'单引号'",
  '""',
  "0.85",
  "1",
  "0",
  "0.9",
  "12",
  "1.5",
  "0.12345",
];

const AWKWARD_VALUES = [
  "",
  "12",
  "-1",
  "1.",
  ".5",
  "1e3",
  "0x1F",
  "0o17",
  "0b1",
  "1_000",
  "+.inf",
  ".NaN",
  "~",
  "null",
  "Null",
  "True",
  "FALSE",
  "yes",
  "a: b",
  "a:",
  "a #注释",
  "a#b",
  '"a\\"b"',
  '"a\\nb"',
  "'it''s'",
  '"a" b',
  "[a, b]",
  "{a: b}",
  "&anchor a",
  "*alias",
  "!tag a",
  "|",
  ">",
  "%a",
  "@a",
  "`a`",
  "- a",
  "? a",
  ", a",
  "a\tb",
  "a ",
  " a",
  "a\u0085b",
  "a\u2028b",
  "1.0",
  "007",
  "-0",
  "0.1234567",
  "1234567",
  ".inf",
  "85",
  '"0.85"',
];

function value(random: Random): string {
  return random() < 0.12 ? pick(random, AWKWARD_VALUES) : pick(random, VALUES);
}

function randomYaml(random: Random): string {
  const lines: string[] = [];
  const keys = random() < 0.05 ? 0 : 1 + Math.floor(random() * 4);
  for (let k = 0; k < keys; k++) {
    const key = random() < 0.9 ? pick(random, KEYS.slice(0, MAIN_KEYS)) : pick(random, KEYS);
    if (random() < 0.25) {
      lines.push(random() < 0.95 ? `${key === "title" ? "questions" : key}:` : `${key}: `);
      const indent = pick(random, ["  ", "  ", "", "    ", " "]);
      const items = random() < 0.95 ? 1 + Math.floor(random() * 4) : 0;
      for (let i = 0; i < items; i++) {
        const itemIndent = random() < 0.03 ? pick(random, ["", "   "]) : indent;
        lines.push(random() < 0.03 ? `${itemIndent}-` : `${itemIndent}- ${value(random)}`);
      }
    } else {
      const gap = random() < 0.03 ? pick(random, ["", "  "]) : " ";
      lines.push(`${key}:${gap}${value(random)}`);
    }
    if (random() < 0.05) {
      lines.push(pick(random, ["", "# 注释", "  续行", "...", "---", "  "]));
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
