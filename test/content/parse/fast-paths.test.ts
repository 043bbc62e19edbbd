/**
 * FAQOPS_FAST_PATHS=0 sends every file through remark and the YAML library, and the compiler's
 * output is the same as with the fast paths: every compile fixture, compiled both ways.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fastPathsOn } from "../../../src/content/parse/fast-paths.js";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/compile");
const cases = readdirSync(fixtures).sort();

const CONTENT = "../../../src/content/index.js";
const SWITCH = "../../../src/content/parse/fast-paths.js";
const MARKDOWN_FAST = "../../../src/content/parse/markdown-fast.js";
const FRONT_MATTER_FAST = "../../../src/content/parse/front-matter-fast.js";

type Content = typeof import("../../../src/content/index.js");

/** How often each fast path was called and how often it built the tree. */
interface Use {
  markdown: { calls: number; taken: number };
  frontMatter: { calls: number; taken: number };
}

/**
 * A fresh copy of the compiler, loaded with FAQOPS_FAST_PATHS set to `value`, whose fast paths
 * are wrapped to count their use (the counts are what would have gone wrong unnoticed: a
 * switch that leaves a fast path on, or a comparison in which no fast path took anything).
 */
async function compilerWith(
  value: string | undefined,
): Promise<{ content: Content; fastPaths: boolean; use: Use }> {
  const use: Use = { markdown: { calls: 0, taken: 0 }, frontMatter: { calls: 0, taken: 0 } };
  vi.resetModules();
  vi.stubEnv("FAQOPS_FAST_PATHS", value);
  vi.doMock(MARKDOWN_FAST, async (importOriginal) => {
    const real =
      await importOriginal<typeof import("../../../src/content/parse/markdown-fast.js")>();
    return {
      ...real,
      parseMarkdownFast: (text: string) => {
        use.markdown.calls++;
        const tree = real.parseMarkdownFast(text);
        if (tree) use.markdown.taken++;
        return tree;
      },
    };
  });
  vi.doMock(FRONT_MATTER_FAST, async (importOriginal) => {
    const real =
      await importOriginal<typeof import("../../../src/content/parse/front-matter-fast.js")>();
    return {
      ...real,
      parseFrontMatterFast: (yaml: string) => {
        use.frontMatter.calls++;
        const map = real.parseFrontMatterFast(yaml);
        if (map) use.frontMatter.taken++;
        return map;
      },
    };
  });
  const content: Content = await import(CONTENT);
  const { FAST_PATHS } = await import(SWITCH);
  return { content, fastPaths: FAST_PATHS, use };
}

afterEach(() => {
  vi.doUnmock(MARKDOWN_FAST);
  vi.doUnmock(FRONT_MATTER_FAST);
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** Every fixture's result, as compile.test.ts writes it to expected.json. */
async function compileAll({ compileFile, loadContent }: Content): Promise<Map<string, string>> {
  const results = new Map<string, string>();
  for (const name of cases) {
    const dir = path.join(fixtures, name);
    let actual: unknown;
    if (existsSync(path.join(dir, "input.md"))) {
      const sourceFile = path.join(dir, "source");
      const source = existsSync(sourceFile)
        ? readFileSync(sourceFile, "utf8").trim()
        : "常见问题/input.md";
      const bytes = readFileSync(path.join(dir, "input.md"));
      const { entry, diagnostics } = compileFile({ source, path: `content/${source}`, bytes });
      actual = { entry, diagnostics };
    } else {
      actual = await loadContent({
        cwd: dir,
        contentDir: path.join(dir, "content"),
        cache: false,
        workers: "off",
      });
    }
    results.set(name, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return results;
}

describe("FAQOPS_FAST_PATHS", () => {
  it("is on when unset, blank or a yes; off for 0 and anything else", () => {
    for (const on of [undefined, "", "  ", "1", "true", "YES", " on "]) {
      expect(fastPathsOn(on), String(on)).toBe(true);
    }
    for (const off of ["0", "false", "no", "off", "OFF", " 0 ", "2", "fasle"]) {
      expect(fastPathsOn(off), off).toBe(false);
    }
  });

  it("=0 compiles every fixture as the fast paths do, without calling them", async () => {
    const fast = await compilerWith(undefined);
    expect(fast.fastPaths).toBe(true);
    const withFastPaths = await compileAll(fast.content);
    // Not a comparison of remark with remark: most fixtures take the fast paths.
    expect(fast.use.markdown.taken).toBeGreaterThan(cases.length / 3);
    expect(fast.use.frontMatter.taken).toBeGreaterThan(cases.length / 2);

    const slow = await compilerWith("0");
    expect(slow.fastPaths).toBe(false);
    const without = await compileAll(slow.content);
    expect(slow.use).toEqual({
      markdown: { calls: 0, taken: 0 },
      frontMatter: { calls: 0, taken: 0 },
    });

    expect(without.size).toBe(cases.length);
    for (const name of cases) expect(without.get(name), name).toBe(withFastPaths.get(name));
  });
});
