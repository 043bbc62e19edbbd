import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateTree } from "../../bench/generate.js";
import { STAMPS_FILE, TRUST_AFTER_MS } from "../../src/content/stamps.js";

/**
 * Compiling in worker threads, and from the compile cache, must give byte for byte what one
 * thread gives without a cache: same entries, same diagnostics, same order. Runs the built CLI
 * (only the bundle has the worker script) on a generated tree of 600 entries, some broken.
 */
const cli = path.join(inject("distDir"), "cli.js");
let dir: string;

async function run(args: string[], cwd = dir, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, FAQOPS_DEBUG: "", FAQOPS_FAST_PATHS: "", ...env },
      maxBuffer: 1 << 28,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "faqops-workers-"));
  generateTree(path.join(dir, "good/content"), 600);
  generateTree(path.join(dir, "broken/content"), 600);
  const broken = {
    "账户0/坏标题.md": "---\ntitle: 12\n---\n\n答案。\n",
    "账户0/重复.md": "---\ntitle: 账户业务0怎么办理？\n---\n\n重复的标题。\n",
    "账户1/坏卡片.md": '---\ntitle: 坏卡片？\n---\n\n::news{title="没有链接"}\n',
    "信用卡1/无答案.md": "---\ntitle: 没有答案？\n---\n",
    "根目录.md": "---\ntitle: 没有技能？\n---\n\n答案。\n",
  };
  for (const [file, text] of Object.entries(broken)) {
    const absolute = path.join(dir, "broken/content", file);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("worker threads and the cache give what one thread gives", () => {
  it("has the worker script beside the CLI (else --workers on would fall back to one thread)", () => {
    expect(existsSync(path.join(inject("distDir"), "compile-worker.js"))).toBe(true);
  });

  it("compile --json", async () => {
    const cwd = path.join(dir, "good");
    const single = await run(["compile", "--json", "--no-cache", "--workers", "off"], cwd);
    expect(single.code).toBe(0);
    expect(JSON.parse(single.stdout)).toHaveLength(600);
    const workers = await run(["compile", "--json", "--no-cache", "--workers", "on"], cwd);
    expect(workers).toEqual(single);
    // The first cached run fills the cache from the workers' lines, the second reads it.
    expect(await run(["compile", "--json", "--workers", "on"], cwd)).toEqual(single);
    expect(await run(["compile", "--json"], cwd)).toEqual(single);
  });

  it("compile --json with FAQOPS_FAST_PATHS=0, in one thread and in workers", async () => {
    // Worker threads inherit the environment: remark parses every file there too. The
    // generated bodies all take the fast paths otherwise, so this compares the two parsers.
    const cwd = path.join(dir, "good");
    const single = await run(["compile", "--json", "--no-cache", "--workers", "off"], cwd);
    const off = { FAQOPS_FAST_PATHS: "0" };
    const args = ["compile", "--json", "--no-cache", "--workers"];
    expect(await run([...args, "off"], cwd, off)).toEqual(single);
    expect(await run([...args, "on"], cwd, off)).toEqual(single);
  });

  it("check, with errors and warnings", async () => {
    const cwd = path.join(dir, "broken");
    const single = await run(["check", "--no-cache", "--workers", "off"], cwd);
    expect(single.code).toBe(1);
    expect(single.stdout).toMatch(/605 entries, [1-9]\d* errors?/);
    expect(await run(["check", "--no-cache", "--workers", "on"], cwd)).toEqual(single);
    expect(await run(["check", "--workers", "on"], cwd)).toEqual(single);
    expect(await run(["check"], cwd)).toEqual(single);
  });

  it("records each file's stamp, taken by the worker's read, as stat gives it", async () => {
    const cwd = path.join(dir, "stamped");
    generateTree(path.join(cwd, "content"), 200);
    // Stamps are recorded only for files older than TRUST_AFTER_MS (stamps.ts); the CLI
    // has no clock to set, so the test waits until the files written just now are.
    const sources = (await run(["compile", "--json", "--no-cache"], cwd)).stdout;
    const files = (JSON.parse(sources) as { source: string }[]).map((e) => e.source);
    const absolute = (source: string) => path.join(cwd, "content", source);
    const newest = Math.max(
      ...files.map((f) => Math.max(statSync(absolute(f)).mtimeMs, statSync(absolute(f)).ctimeMs)),
    );
    await new Promise((resolve) => setTimeout(resolve, newest + TRUST_AFTER_MS + 50 - Date.now()));
    expect((await run(["check", "--workers", "on"], cwd)).code).toBe(0);
    const stored = JSON.parse(readFileSync(path.join(cwd, ".faqops-cache", STAMPS_FILE), "utf8"))
      .files as (string | number)[];
    const stamps = new Map<string, (string | number)[]>();
    for (let at = 0; at < stored.length; at += 6) {
      stamps.set(stored[at] as string, stored.slice(at + 2, at + 6));
    }
    expect([...stamps.keys()].sort()).toEqual([...files].sort());
    for (const source of files) {
      const info = statSync(absolute(source));
      expect(stamps.get(source), source).toEqual([info.size, info.mtimeMs, info.ctimeMs, info.ino]);
    }
    // Trusted on the next run: nothing is read again, so nothing is written again.
    const before = statSync(path.join(cwd, ".faqops-cache", STAMPS_FILE)).mtimeMs;
    expect((await run(["check"], cwd)).code).toBe(0);
    expect(statSync(path.join(cwd, ".faqops-cache", STAMPS_FILE)).mtimeMs).toBe(before);
  }, 30_000);
});
