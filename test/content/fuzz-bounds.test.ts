/**
 * The bounds checked before parsing (ANSWER_LIMITS in parse/markdown-remark.ts,
 * FRONT_MATTER_LIMITS in parse/front-matter-fast.ts) against the parsers they protect. Their
 * nesting scans claim to be upper bounds: on seeded random inputs, whatever depth remark or the
 * YAML library really builds, the scan finds at least as much. And no real answer or front
 * matter comes near a limit.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Node as MdastNode, Parent } from "mdast";
import { describe, expect, it } from "vitest";
import { isCollection, isPair, parseDocument } from "yaml";
import { entryFile } from "../../bench/generate.js";
import { decodeUtf8 } from "../../src/content/decode.js";
import {
  frontMatterTooDeep,
  frontMatterTooLarge,
  yamlNesting,
} from "../../src/content/parse/front-matter-fast.js";
import {
  ANSWER_LIMITS,
  answerBounds,
  nestingDepth,
  parseMarkdownWithRemark,
} from "../../src/content/parse/markdown-remark.js";
import { seededRandom } from "../../src/seeded-random.js";

const SEED = 20_261_201;
const repo = path.resolve(import.meta.dirname, "../..");

/** Quotes, list items and `:::` blocks around the deepest node of remark's tree. */
function markdownDepth(node: MdastNode, depth = 0): number {
  const own =
    node.type === "blockquote" || node.type === "listItem" || node.type === "containerDirective"
      ? depth + 1
      : depth;
  const children = (node as Partial<Parent>).children ?? [];
  return children.reduce((max, child) => Math.max(max, markdownDepth(child, own)), own);
}

/** Mappings and sequences around the deepest node the YAML library composes. */
function yamlDepth(node: unknown, depth = 0): number {
  if (isPair(node)) return Math.max(yamlDepth(node.key, depth), yamlDepth(node.value, depth));
  if (!isCollection(node)) return depth;
  return node.items.reduce<number>(
    (max, item) => Math.max(max, yamlDepth(item, depth + 1)),
    depth + 1,
  );
}

function randomText(random: () => number, pieces: readonly string[], count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

const MARKDOWN_PIECES = [
  "> ",
  ">",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "10) ",
  "-",
  "  ",
  "   ",
  "    ",
  "\t",
  "\n",
  "\n",
  "\n\n",
  "a",
  "text ",
  ":::a\n",
  ":::\n",
  "::::b\n",
  "```\n",
  "~~~\n",
  "* * *\n",
  "- - -\n",
  "---\n",
  "===\n",
  "# ",
  "<div>\n",
  "\\",
  "[a]: b\n",
];

const YAML_PIECES = [
  "a: ",
  "- ",
  "? ",
  ": ",
  "  ",
  "    ",
  "\n",
  "\n",
  "x",
  "[",
  "]",
  "{",
  "}",
  ", ",
  "'",
  "''",
  '"',
  '\\"',
  "#",
  " #c",
  "|\n",
  ">-\n",
  "&a ",
  "*a",
  "!t ",
  "it's ",
  "k: v\n",
  "\t",
];

describe("the nesting scans are upper bounds", () => {
  it("of the quotes, list items and `:::` blocks remark nests (4,000 random bodies)", () => {
    const random = seededRandom(SEED);
    let nested = 0;
    for (let i = 0; i < 4000; i++) {
      const text = randomText(random, MARKDOWN_PIECES, 1 + Math.floor(random() * 60));
      const depth = markdownDepth(parseMarkdownWithRemark(text));
      if (depth === 0) continue;
      nested++;
      expect(
        nestingDepth(text, depth - 1),
        `seed ${SEED}, body ${i}: ${JSON.stringify(text)}`,
      ).not.toBe(undefined);
    }
    // Bodies that nest nothing check nothing: most must nest (3,184 of 4,000 do), or the
    // depth count has stopped seeing the parser's nodes.
    expect(nested).toBeGreaterThan(1000);
  });

  it("of the collections the YAML library nests (4,000 random front matters)", () => {
    const random = seededRandom(SEED + 1);
    let nested = 0;
    for (let i = 0; i < 4000; i++) {
      const yaml = randomText(random, YAML_PIECES, 1 + Math.floor(random() * 50));
      const doc = parseDocument(yaml, { schema: "core", version: "1.2", uniqueKeys: true });
      const depth = yamlDepth(doc.contents);
      if (depth === 0) continue;
      nested++;
      expect(
        yamlNesting(yaml, depth - 1),
        `seed ${SEED + 1}, YAML ${i}: ${JSON.stringify(yaml)}`,
      ).not.toBe(undefined);
    }
    expect(nested).toBeGreaterThan(1000); // 2,305 of 4,000
  });
});

describe("the nesting scans cannot be outgrown by repeating a pattern", () => {
  // A pattern repeated 40 times nests 40 levels or more in the parser if it nests at all:
  // where the scan counts less, an adversary could stack thousands of levels under the limit.
  const amplified = (
    pieces: readonly string[],
    depthOf: (text: string) => number,
    scan: typeof nestingDepth,
  ) => {
    let nested = 0;
    for (const a of pieces) {
      for (const b of pieces) {
        const text = (a + b).repeat(40);
        const depth = depthOf(text);
        if (depth === 0) continue;
        nested++;
        expect(scan(text, depth - 1), JSON.stringify(a + b)).not.toBe(undefined);
      }
    }
    // Pairs that nest nothing check nothing (360 of 900 pairs nest in Markdown, 281 of 784 in YAML).
    expect(nested).toBeGreaterThan(100);
  };

  it("in Markdown", () => {
    amplified(MARKDOWN_PIECES, (t) => markdownDepth(parseMarkdownWithRemark(t)), nestingDepth);
  });

  it("in YAML", () => {
    amplified(
      YAML_PIECES,
      (t) =>
        yamlDepth(parseDocument(t, { schema: "core", version: "1.2", uniqueKeys: true }).contents),
      yamlNesting,
    );
  });
});

describe("the limits", () => {
  it("leave every real answer and front matter alone", () => {
    const texts: string[] = [];
    for (let i = 0; i < 3000; i++) texts.push(entryFile(i, 3000).text);
    // Long lists, which are not nested however many items they have.
    const fm = "---\ntitle: t\n---\n";
    const lines = (f: (i: number) => string) =>
      Array.from({ length: 60 }, (_, i) => f(i)).join("\n");
    texts.push(`${fm}${lines((i) => `${i + 1}. 步骤`)}`);
    texts.push(`${fm}${lines((i) => `${i + 2}) 步骤`)}`);
    texts.push(`${fm}${lines((i) => `${i + 1}${i % 2 ? ")" : "."} 步骤`)}`);
    texts.push(`${fm}段落\n${lines((i) => `${i + 2}. 步骤`)}`);
    texts.push(`${fm}> 引用\n${lines((i) => `${i + 2}. 步骤`)}`);
    texts.push(`${fm}${lines(() => "- 项目\n  - 子项\n    1. 孙项\n    2. 孙项")}`);
    texts.push(`${fm}${lines(() => "-\n  空项之后")}`);
    texts.push(`${fm}${lines(() => "* a\n+ b\n- c")}`);
    texts.push(`${fm}${lines((i) => `${i + 1}. 步骤\n\n   说明\n`)}`);
    const samples = readdirSync(path.join(repo, "content"), {
      recursive: true,
      withFileTypes: true,
    });
    for (const e of samples) {
      if (e.isFile() && e.name.endsWith(".md")) {
        texts.push(readFileSync(path.join(e.parentPath, e.name), "utf8"));
      }
    }
    for (const text of texts) {
      const [, yaml = "", body = ""] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text) ?? [];
      expect(answerBounds(body), body).toEqual([]);
      expect(frontMatterTooLarge(yaml), yaml).toBe(undefined);
      expect(frontMatterTooDeep(yaml), yaml).toBe(undefined);
    }
  });

  it("count characters as people do, and point where each limit is passed", () => {
    const emoji = "😀".repeat(ANSWER_LIMITS.characters);
    expect(answerBounds(emoji)).toEqual([]);
    const [over] = answerBounds(`${emoji}a`);
    expect(over).toMatchObject({ ruleId: "answer-too-large", offset: emoji.length });
    const lines = "a\n".repeat(ANSWER_LIMITS.lines);
    expect(answerBounds(lines)).toEqual([]);
    expect(answerBounds(`${lines}b`)).toMatchObject([
      { ruleId: "answer-too-large", offset: lines.length },
    ]);
    // Escaped marks and brackets are text, not markup: they do not count.
    expect(answerBounds("\\*\\_\\[".repeat(2000))).toEqual([]);
    const decoded = decodeUtf8(Buffer.from("- a\n".repeat(50)));
    expect(decoded.ok && answerBounds(decoded.text)).toEqual([]);
  });
});
