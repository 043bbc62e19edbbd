import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { ACROSS_FILE } from "../../src/content/across-cache.js";
import { CACHE_FILE, INDEX_FILE } from "../../src/content/cache.js";

/**
 * The repository's own workflow (.github/workflows/faq.yml, which makes this repository a
 * working template) keeps the compile cache between runs with actions/cache. A runner starts
 * from a fresh checkout, so what that step restores is all a run finds: this test restores
 * exactly the paths the workflow names into a fresh copy of the content and checks that the
 * next run is warm. (It once named the records file alone, which is never read without its
 * index: every run on the runner compiled every file.)
 */
const cli = path.join(inject("distDir"), "cli.js");
const repo = path.resolve(import.meta.dirname, "../..");
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "faqops-workflow-cache-"));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Every path the workflow's actions/cache steps keep, one list per step. */
async function cachedPaths(): Promise<string[][]> {
  const workflow = parse(await readFile(path.join(repo, ".github/workflows/faq.yml"), "utf8")) as {
    jobs: Record<string, { steps: { uses?: string; with?: { path?: string } }[] }>;
  };
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps
      .filter((step) => step.uses?.startsWith("actions/cache@"))
      .map((step) =>
        String(step.with?.path ?? "")
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => line !== ""),
      ),
  );
}

/** Entries of varied shape: `:ask` links across files, a list, a card, a nested folder. */
const tree: Record<string, string> = {
  "content/账户/开户.md":
    '---\ntitle: 如何开户？\nquestions:\n  - 怎么开户\n  - 开户要带什么\n---\n\n带身份证到网点，９：００－１７：００。\n\n还可以:ask[怎么销户？]、:ask[人工服务]{q="转人工"}。\n',
  "content/账户/销户.md":
    "---\ntitle: 怎么销户？\n---\n\n1. 结清余额\n2. 到网点办理\n3. 交回卡片\n",
  "content/服务/深/层/人工.md":
    "---\ntitle: 转人工\nid: human\n---\n\n工作日 9:00-17:00 可转人工。\n",
  "content/信用卡/还款.md":
    '---\ntitle: 怎么还款？\n---\n\n手机银行还款，或:ask[不存在的问题]。\n\n::news{title="还款指南" url="https://bank.example.com/repay" description="三种方式" picurl="https://bank.example.com/r.png"}\n',
};

async function writeTree(root: string): Promise<void> {
  for (const [file, text] of Object.entries(tree)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

async function check(cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [cli, "check"], {
    cwd,
    env: { ...process.env, FAQOPS_DEBUG: "", FAQOPS_FAST_PATHS: "", NO_COLOR: "1", ...env },
  });
  return stdout;
}

/** The inode of each cache file: a run that rewrote one replaced it (written beside, renamed). */
async function inodes(dir: string, names: readonly string[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const name of names) result[name] = (await stat(path.join(dir, ".faqops-cache", name))).ino;
  return result;
}

/**
 * Runs check in a fresh copy of the tree into which only `restored` (paths relative to the
 * working directory) were copied from a run before; says which cache files the run rewrote.
 */
async function runAfterRestoring(
  name: string,
  restored: readonly string[],
): Promise<{ rewritten: string[]; first: string; second: string }> {
  const before = path.join(tmp, `${name}-before`);
  const after = path.join(tmp, `${name}-after`);
  await writeTree(before);
  const first = await check(before);
  // A fresh checkout: the same content, new files.
  await writeTree(after);
  for (const relative of restored) {
    await cp(path.join(before, relative), path.join(after, relative), { recursive: true });
  }
  const names = [CACHE_FILE, INDEX_FILE, ACROSS_FILE];
  const restoredNames = names.filter((n) => restored.includes(`.faqops-cache/${n}`));
  const was = await inodes(after, restoredNames);
  const second = await check(after);
  const now = await inodes(after, names);
  const rewritten = names.filter((n) => was[n] === undefined || was[n] !== now[n]);
  return { rewritten, first, second };
}

describe("the workflow's compile cache", () => {
  it("names only plain paths under .faqops-cache, the same in every job", async () => {
    const steps = await cachedPaths();
    expect(steps.length).toBeGreaterThan(0);
    for (const paths of steps) {
      expect(paths).toEqual(steps[0]);
      for (const p of paths) expect(p).toMatch(/^\.faqops-cache\/[^*?!]+$/);
    }
  });

  it("is what both READMEs tell users to add", async () => {
    const [paths] = await cachedPaths();
    for (const name of ["README.md", "README.zh-CN.md"]) {
      const readme = await readFile(path.join(repo, name), "utf8");
      const step = [...readme.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```$/gm)]
        .map((match) => match[2]!)
        .find((block) => block.includes("actions/cache@"));
      expect(step, name).toBeDefined();
      const [parsed] = parse(step!.replace(/^ {3}/gm, "")) as { with: { path: string } }[];
      expect(parsed!.with.path.trim().split("\n"), name).toEqual(paths);
    }
  });

  it("restores what the next run needs: it compiles nothing and rewrites no cache file", async () => {
    const [paths] = await cachedPaths();
    const { rewritten, first, second } = await runAfterRestoring("workflow", paths!);
    expect(rewritten).toEqual([]);
    // Warm or cold, the run says the same thing.
    expect(second).toBe(first);
    expect(second).toContain("4 entries, 0 errors, 1 warning");
  });

  it("tells a cold run from a warm one: the records alone are not enough", async () => {
    const { rewritten, first, second } = await runAfterRestoring("records-only", [
      `.faqops-cache/${CACHE_FILE}`,
    ]);
    expect(rewritten).toEqual([CACHE_FILE, INDEX_FILE, ACROSS_FILE]);
    expect(second).toBe(first);
  });

  it("is not taken by a run with the fast paths off, nor that run's by one with them on", async () => {
    // Should a fast path be wrong, FAQOPS_FAST_PATHS=0 is the way round it (docs/troubleshooting.md):
    // a cache a workflow restores must not keep serving the fast path's results.
    const dir = path.join(tmp, "parsers");
    await writeTree(dir);
    const names = [CACHE_FILE, INDEX_FILE];
    const parsers = async () => {
      const header = (await readFile(path.join(dir, ".faqops-cache", INDEX_FILE), "utf8")).split(
        "\n",
      )[0]!;
      return (JSON.parse(header) as { parsers: unknown }).parsers;
    };
    const first = await check(dir);
    expect(await parsers()).toBe("fast");
    let was = await inodes(dir, names);
    expect(await check(dir, { FAQOPS_FAST_PATHS: "0" })).toBe(first);
    expect(await parsers()).toBe("reference");
    let now = await inodes(dir, names);
    for (const name of names) expect(now[name], name).not.toBe(was[name]);
    was = now;
    expect(await check(dir)).toBe(first);
    expect(await parsers()).toBe("fast");
    now = await inodes(dir, names);
    for (const name of names) expect(now[name], name).not.toBe(was[name]);
    // And then it is warm again.
    was = now;
    expect(await check(dir)).toBe(first);
    expect(await inodes(dir, names)).toEqual(was);
  });
});
