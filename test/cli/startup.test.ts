import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * What a command loads before it does anything is paid on every run (a warm plan at 10k
 * entries is ~0.35 s, of which start-up is ~0.1 s). Node's HTTP stack (with the emulator's
 * server) and its worker machinery are imported where they are used, so `check` and `plan`
 * start without them. A probe loaded before the built CLI lists the Node modules the run
 * loaded.
 */
const cli = path.join(inject("distDir"), "cli.js");
let dir: string;
let probe: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "faqops-startup-"));
  mkdirSync(path.join(dir, "content", "账户"), { recursive: true });
  writeFileSync(
    path.join(dir, "content", "账户", "开户.md"),
    "---\ntitle: 如何开户？\n---\n\n带身份证到网点。\n",
  );
  probe = path.join(dir, "probe.mjs");
  writeFileSync(
    probe,
    `import { writeFileSync } from "node:fs";
process.on("exit", () => writeFileSync(process.env.PROBE_OUT, process.moduleLoadList.join("\\n")));
`,
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The Node modules (`NativeModule x`) loaded by the end of `faqops …args`. */
async function nodeModulesLoaded(args: string[]): Promise<string[]> {
  const out = path.join(dir, `modules-${Math.random().toString(36).slice(2)}`);
  await promisify(execFile)(process.execPath, ["--import", probe, cli, ...args], {
    cwd: dir,
    env: { ...process.env, PROBE_OUT: out, FAQOPS_DEBUG: "" },
  });
  return readFileSync(out, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("NativeModule "))
    .map((line) => line.slice("NativeModule ".length));
}

describe("start-up", () => {
  it("check loads neither Node's HTTP stack nor its worker threads", async () => {
    const loaded = await nodeModulesLoaded(["check"]);
    // The run itself is real: it compiled the file (and so loaded what hashing needs).
    expect(loaded).toContain("crypto");
    expect(loaded.filter((m) => /^(?:_?http|worker_threads$)/.test(m))).toEqual([]);
  });

  it("the probe sees them where they are used (so it can tell)", async () => {
    expect(await nodeModulesLoaded(["compile", "--workers", "on", "--no-cache"])).toContain(
      "worker_threads",
    );
    // A rehearsal starts the emulator in this process, and with it Node's HTTP server.
    expect(await nodeModulesLoaded(["apply", "--emulator", "--quiet"])).toContain("http");
    // Declaring `emulate` (its help shows the emulator's credentials) does not load it.
    expect(await nodeModulesLoaded(["emulate", "--help"])).not.toContain("http");
  });
});
