import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateTree } from "../../bench/generate.js";

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
});
