/**
 * One regression test for each finding of the fuzz run of issue 11, each with a time bound:
 * before, these took from 16 s to over 10 minutes, ended with a stack overflow, aborted the
 * process, or printed a stack trace. Time bounds are several times what the check takes alone
 * (a few milliseconds to ~0.2 s), for a loaded 2-core machine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type CompiledFile, compileFile, loadContent } from "../../src/content/index.js";
import { spawnCli } from "../cli/spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "faqops-findings-"));
  dirs.push(dir);
  return dir;
}

/** Compiles `text` as one file, timing it. */
function timed(text: string): { result: CompiledFile; ms: number } {
  const started = performance.now();
  const result = compileFile({
    source: "a/b.md",
    path: "content/a/b.md",
    bytes: Buffer.from(text),
  });
  return { result, ms: performance.now() - started };
}

const rules = (result: CompiledFile): string[] => [
  ...new Set(result.diagnostics.map((d) => d.ruleId)),
];
const entry = (body: string, title = "t"): string => `---\ntitle: ${title}\n---\n${body}\n`;

/** A tree of files under a temporary content folder; returns the working directory. */
function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, "content", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

describe("50,000 balanced asterisks in an answer (was over 30 s)", () => {
  it.each([
    ["one run on each side", `${"*".repeat(25_000)}a${"*".repeat(25_000)}`],
    ["pairs", "*a*".repeat(25_000)],
    ["nested", `${"*a ".repeat(25_000)}x${" a*".repeat(25_000)}`],
    ["underscores", `${"_a ".repeat(25_000)}x${" a_".repeat(25_000)}`],
  ])("%s: answer-too-large in under 2 s", (_, body) => {
    const { result, ms } = timed(entry(body));
    expect(rules(result)).toEqual(["answer-too-large"]);
    expect(ms).toBeLessThan(2000);
  });

  it("1,000 marks, the most faqops reads, still compile quickly", () => {
    const { result, ms } = timed(entry(`${"*a ".repeat(500)}x${" a*".repeat(500)}`));
    expect(result.entry).toBeDefined();
    expect(ms).toBeLessThan(2000);
  });
});

describe("deeply nested lists, quotes and emphasis (was: Maximum call stack size exceeded)", () => {
  it.each([
    ["list markers on one line", `${"- ".repeat(10_000)}a`],
    ["quotes", `${"> ".repeat(10_000)}a`],
    ["quotes without spaces", `${">".repeat(10_000)} a`],
    ["quotes and lists", `${"> - ".repeat(10_000)}a`],
    ["ordered lists", `${"1. ".repeat(10_000)}a`],
    ["`:::` blocks", ":::a\n".repeat(10_000)],
  ])("%s: answer-too-deep in under 2 s", (_, body) => {
    const { result, ms } = timed(entry(body));
    expect(rules(result)).toContain("answer-too-deep");
    expect(ms).toBeLessThan(2000);
  });

  it("emphasis 10,000 deep: answer-too-large (its marks), in under 2 s", () => {
    const { result, ms } = timed(entry(`${"**a ".repeat(10_000)}x${" a**".repeat(10_000)}`));
    expect(rules(result)).toEqual(["answer-too-large"]);
    expect(ms).toBeLessThan(2000);
  });

  it("points at the construct that passes 20 levels", () => {
    const { result } = timed(entry(`${"> ".repeat(25)}a`));
    expect(result.diagnostics).toMatchObject([{ ruleId: "answer-too-deep", line: 4, column: 41 }]);
  });
});

describe("1,000 and 3,000 levels of nested list (were 32 s and 397 MB, and past 10 minutes)", () => {
  it.each([1000, 3000])("%d levels: answer-too-deep at level 21, in under 2 s", (levels) => {
    let body = "";
    for (let i = 0; i < levels; i++) body += `${"  ".repeat(i)}- a\n`;
    const { result, ms } = timed(entry(body));
    expect(result.diagnostics.find((d) => d.ruleId === "answer-too-deep")).toMatchObject({
      line: 4 + 20,
      column: 41,
    });
    expect(ms).toBeLessThan(2000);
  });
});

/** Front matter nested 2,000 to 10,000 levels, in each way YAML nests. */
const DEEP_YAML: Record<string, string> = {
  "flow sequences": `title: t\nx: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
  "flow mappings": `title: t\nx: ${"{a: ".repeat(5000)}1${"}".repeat(5000)}\n`,
  // 240 levels: 2,000 of them take 2 million characters (front-matter-too-large, below).
  "indented keys": `title: t\nx:\n${Array.from({ length: 240 }, (_, i) => `${" ".repeat(i + 1)}a:`).join("\n")}\n`,
  "keys on one line": `title: t\nx: ${"a: ".repeat(8000)}b\n`,
  "list markers": `title: t\nx:\n${"- ".repeat(8000)}a\n`,
  "explicit keys": `title: t\n${"? ".repeat(8000)}a\n`,
  "pairs in flow": `title: t\nx: ${"[a: ".repeat(5000)}b${"]".repeat(5000)}\n`,
};

describe("YAML nested 2,000–10,000 levels (was accepted, or reported where the stack ran out)", () => {
  it.each(Object.entries(DEEP_YAML))("%s: front-matter-too-deep in under 2 s", (_, yaml) => {
    const { result, ms } = timed(`---\n${yaml}---\nhi\n`);
    expect(rules(result)).toEqual(["front-matter-too-deep"]);
    expect(result.diagnostics[0]!.line).toBeGreaterThan(1);
    expect(ms).toBeLessThan(2000);
  });

  it("indented keys 2,000 levels deep: front-matter-too-large (2 million characters) in under 2 s", () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i + 1)}a:`).join("\n");
    const { result, ms } = timed(`---\ntitle: t\nx:\n${keys}\n---\nhi\n`);
    expect(rules(result)).toEqual(["front-matter-too-large"]);
    expect(ms).toBeLessThan(2000);
  });

  it("gives the same diagnostics with the cache, twice, and without it", async () => {
    const files = Object.fromEntries(
      Object.values(DEEP_YAML).map((yaml, i) => [`a/${i}.md`, `---\n${yaml}---\nhi\n`]),
    );
    const cwd = tree(files);
    const contentDir = path.join(cwd, "content");
    const load = async (cache: boolean) =>
      (await loadContent({ cwd, contentDir, cache, workers: "off" })).diagnostics;
    const cold = await load(true);
    expect(cold).toHaveLength(Object.keys(DEEP_YAML).length);
    expect(await load(true)).toEqual(cold);
    expect(await load(false)).toEqual(cold);
  });
});

describe("built CLI", () => {
  const run = async (args: string[], cwd: string) =>
    spawnCli(cli, args, { cwd, env: { PATH: process.env.PATH } }).done;

  it("checks two files titled `[`×10,000 + `]`×10,000 without aborting (was exit 134), the same in worker threads and from the cache", async () => {
    const title = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const cwd = tree({ "a/x.md": entry("hi", title), "a/y.md": entry("hi", title) });
    const single = await run(["check", "--no-cache", "--workers", "off"], cwd);
    expect(single.code).toBe(1);
    expect(single.stderr).not.toMatch(/FATAL|internal error/);
    expect(single.stdout).toMatch(/^content\/a\/x\.md:2:\d+: error front-matter-too-deep /m);
    expect(single.stdout).toMatch(/^content\/a\/y\.md:2:\d+: error front-matter-too-deep /m);
    for (const args of [["check", "--no-cache", "--workers", "on"], ["check"], ["check"]]) {
      const again = await run(args, cwd);
      expect({ code: again.code, stdout: again.stdout }).toEqual({
        code: single.code,
        stdout: single.stdout,
      });
    }
  });

  it("ends `plan --json | head -c 100` quietly, with exit code 0 (was an EPIPE stack trace)", async () => {
    const files: Record<string, string> = {};
    // Far more JSON than a pipe holds (64 KB), so the CLI is still writing when the reader goes.
    for (let i = 0; i < 600; i++) {
      files[`技能${i % 20}/问题${i}.md`] = entry(
        `答案 ${i}：${"很长的答案。".repeat(20)}`,
        `问题 ${i}？`,
      );
    }
    const cwd = tree(files);
    const { child, done } = spawnCli(cli, ["plan", "--json", "--no-cache"], {
      cwd,
      env: { PATH: process.env.PATH },
    });
    let received = 0;
    child.stdout!.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 100) child.stdout!.destroy();
    });
    const result = await done;
    expect(received).toBeGreaterThanOrEqual(100);
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect({ code: result.code, signal: result.signal }).toEqual({ code: 0, signal: null });
  });
});

describe("a link address with a space (was sent as literal text)", () => {
  it("is the format's link-url error, at the link", () => {
    const { result } = timed(entry("见[链接](https://a.example/a b)。"));
    expect(result.entry).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      {
        ruleId: "link-url",
        line: 4,
        column: 2,
        message:
          'link "https://a.example/a b" contains a space, a quote, < or >: percent-encode it (a space is %20)',
      },
    ]);
  });

  it("leaves brackets and parentheses that are not a link alone", () => {
    for (const body of ["见[附件](第 2 页)", "\\[a\\](https://a.example/a b)", "a](b c)"]) {
      expect(timed(entry(body)).result.diagnostics, body).toEqual([]);
    }
  });
});

describe("a file with no front matter and many blank lines (quadratic before)", () => {
  it("is front-matter-missing in under 2 s", () => {
    const { result, ms } = timed(`x\n${" \n".repeat(100_000)}`);
    expect(rules(result)).toEqual(["front-matter-missing"]);
    expect(ms).toBeLessThan(2000);
  });
});
