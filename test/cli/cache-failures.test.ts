import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { generateTree } from "../../bench/generate.js";
import { CACHE_FILE, INDEX_FILE } from "../../src/content/cache.js";
import { spawnCli } from "./spawn-cli.js";

/**
 * What a compile cache left by a failed or cut-short write does to the runs after it: they
 * must give what `--no-cache` gives (the cache is only ever an optimisation), and heal it. Runs
 * the built CLI, as users do.
 */
const cli = path.join(inject("distDir"), "cli.js");
let cwd: string;

async function run(args: string[], limitKb?: number) {
  // A file-size limit (RLIMIT_FSIZE, bash's `ulimit -f` in KB) makes write(2) write part of a
  // buffer and return how much, without an error, as a full disk or a quota does; Node ignores
  // SIGXFSZ, so only the next write fails. Output goes to a pipe, which the limit does not touch.
  const command =
    limitKb === undefined
      ? [process.execPath, [cli, ...args]]
      : ["bash", ["-c", `ulimit -f ${limitKb} && exec "$0" "$@"`, process.execPath, cli, ...args]];
  try {
    const { stdout, stderr } = await promisify(execFile)(
      command[0] as string,
      command[1] as string[],
      { cwd, env: { ...process.env, FAQOPS_DEBUG: "", NO_COLOR: "1" }, maxBuffer: 1 << 26 },
    );
    return { code: 0, stderr, stdout: digest(stdout) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stderr: e.stderr, stdout: digest(e.stdout) };
  }
}

/** Output compared by its length and SHA-256: the answers are long. */
const digest = (text: string) =>
  `${text.length} ${createHash("sha256").update(text).digest("hex")}`;

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "faqops-cache-failures-"));
  mkdirSync(path.join(cwd, ".git"));
  mkdirSync(path.join(cwd, "content/账户"), { recursive: true });
  // Long answers: the records file (keys and answers) is several times the index.
  for (let i = 1; i <= 3; i++) {
    writeFileSync(
      path.join(cwd, `content/账户/问题${i}.md`),
      `---\ntitle: 问题${i}？\n---\n\n${"很长的答案。".repeat(100)}\n`,
    );
  }
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("a compile cache whose write was cut short", () => {
  it("is not committed when a write wrote only part of its bytes (full disk, quota, size limit)", async () => {
    const expected = await run(["compile", "--json", "--no-cache"]);
    expect(expected.code).toBe(0);
    const records = path.join(cwd, ".faqops-cache", CACHE_FILE);

    // Records of ~7 KB, index of ~2 KB: with a 4 KB limit only the records file is cut short.
    const limited = await run(["compile", "--json"], 4);
    expect(limited).toEqual(expected);
    const size = statSync(records, { throwIfNoEntry: false })?.size;
    // Either no cache was put in place, or a whole one was.
    expect(size === undefined || size > 4096).toBe(true);

    // The next runs, warm, give what --no-cache gives.
    expect(await run(["compile", "--json"])).toEqual(expected);
    expect(await run(["compile", "--json"])).toEqual(expected);
  });

  it("heals a records file cut short after its header (the runs after it read no answer from it)", async () => {
    const expected = await run(["compile", "--json", "--no-cache"]);
    expect(await run(["compile", "--json"])).toEqual(expected);
    // A records file cut short (as a crash before the page cache was written out leaves it;
    // the cache is not fsynced): its header, pairing it with the index, is all that is left.
    const records = path.join(cwd, ".faqops-cache", CACHE_FILE);
    const text = readFileSync(records, "utf8");
    writeFileSync(records, text.slice(0, text.indexOf("\n") + 1));
    expect(readFileSync(path.join(cwd, ".faqops-cache", INDEX_FILE), "utf8")).toContain("问题1");
    expect(await run(["compile", "--json"])).toEqual(expected);
    expect(await run(["compile", "--json"])).toEqual(expected);
  });

  it("heals an answer line that no longer hashes to its entry: the run after the one that found it is right", async () => {
    const expected = await run(["compile", "--json", "--no-cache"]);
    expect(await run(["compile", "--json"])).toEqual(expected);
    // Damaged in place, its length in bytes kept (offsets hold, the header still pairs).
    const records = path.join(cwd, ".faqops-cache", CACHE_FILE);
    writeFileSync(records, readFileSync(records, "utf8").replaceAll("很长的答案", "坏掉的答案"));
    // A warm run has no compiler to make the answer again: this one may fail, saying so...
    const found = await run(["compile", "--json"]);
    if (found.code !== 0) expect(found.stderr).toContain("run the command again");
    else expect(found).toEqual(expected);
    // ...but running the command again, as it says, must work.
    expect(await run(["compile", "--json"])).toEqual(expected);
  });

  it("leaves no temporary files behind a run stopped while compiling, once a run has finished", async () => {
    generateTree(path.join(cwd, "content"), 3000);
    const dir = path.join(cwd, ".faqops-cache");
    const temporary = () =>
      existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".tmp")) : [];
    const { child, done } = spawnCli(cli, ["check", "--workers", "off"], {
      cwd,
      env: { ...process.env, FAQOPS_DEBUG: "" },
    });
    // The new cache files are opened before the first file is compiled: stop the run then.
    const started = Date.now();
    while (temporary().length === 0 && Date.now() - started < 20_000) await delay(5);
    child.kill("SIGINT");
    const stopped = await done;
    expect(stopped.signal ?? stopped.code).not.toBe(0);
    expect(temporary().length).toBeGreaterThan(0);
    // The next run, whole, writes its cache and takes the dead run's leftovers away.
    expect((await run(["check"])).code).toBe(0);
    expect(temporary()).toEqual([]);
    // 3000 files written, a CLI run waited for (up to 20 s) and stopped, then a whole run of
    // `check` over them: on a loaded machine, well past the default time-out.
  }, 120_000);
});
