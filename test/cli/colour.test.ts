/**
 * Colour: on a terminal, diagnostics (severity, rule id, place) and the plan (signs, skills, the
 * summary) are coloured with picocolors; NO_COLOR turns it off, FORCE_COLOR on, each stream
 * decides for itself, and the machine formats are never coloured.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { colorsFor, type Io } from "../../src/cli/io.js";
import { renderDiagnostics, summary } from "../../src/cli/report.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { colorWanted, diffStyleFor } from "../../src/render/diff.js";
import { spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
// biome-ignore lint/suspicious/noControlCharactersInRegex: an escape code is what it finds.
const ESCAPE = /\u001b\[/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are what it removes.
const withoutEscapes = (text: string) => text.replace(/\u001b\[\d+m/g, "");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "faqops-colour-"));
  const files = {
    "content/账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证。:ask[不存在]\n",
    "content/账户/坏.md": "---\ntitle: 12\n---\n\n坏。\n",
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The CLI with exactly `env` (and PATH): no colour setting leaks in from the shell. */
function run(args: string[], env: NodeJS.ProcessEnv = {}, cwd = dir) {
  return spawnCli(cli, args, { cwd, env: { PATH: process.env.PATH, ...env } }).done;
}

describe("check's diagnostics", () => {
  it("are plain when stdout is not a terminal", async () => {
    const result = await run(["check"]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(ESCAPE);
    expect(result.stdout).toContain("content/账户/坏.md:2:8: error key-type ");
  });

  it("FORCE_COLOR=1 colours the place, the severity, the rule and the counts", async () => {
    const result = await run(["check"], { FORCE_COLOR: "1" });
    expect(result.stdout).toContain(
      "\u001b[1mcontent/账户/坏.md:2:8:\u001b[22m \u001b[31merror\u001b[39m \u001b[2mkey-type\u001b[22m `title` must be text",
    );
    expect(result.stdout).toContain("\u001b[33mwarning\u001b[39m \u001b[2mask-target\u001b[22m");
    expect(result.stdout.split("\n").at(-2)).toBe(
      "2 entries, \u001b[31m1 error\u001b[39m, \u001b[33m1 warning\u001b[39m",
    );
    // Without the escape codes, the same text as uncoloured.
    expect(withoutEscapes(result.stdout)).toBe((await run(["check"])).stdout);
  });

  it("NO_COLOR and FORCE_COLOR=0 keep it plain; FORCE_COLOR wins over NO_COLOR", async () => {
    for (const env of [{ NO_COLOR: "1" }, { FORCE_COLOR: "0" }, { FORCE_COLOR: "false" }]) {
      expect((await run(["check"], env)).stdout).not.toMatch(ESCAPE);
    }
    expect((await run(["check"], { NO_COLOR: "1", FORCE_COLOR: "1" })).stdout).toMatch(ESCAPE);
  });

  it("are coloured on a real terminal, unless NO_COLOR", async () => {
    // `script` runs the CLI on a pseudo-terminal (util-linux; CI's Debian has it).
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check`;
    const onTty = (env: NodeJS.ProcessEnv) => {
      try {
        return execFileSync("script", ["-qec", command, "/dev/null"], {
          cwd: dir,
          env: { PATH: process.env.PATH, TERM: "xterm", ...env },
        }).toString();
      } catch (error) {
        return String((error as { stdout: Buffer }).stdout);
      }
    };
    expect(onTty({})).toContain("\u001b[31merror\u001b[39m");
    expect(onTty({ NO_COLOR: "1" })).not.toMatch(ESCAPE);
    expect(onTty({ TERM: "dumb" })).not.toMatch(ESCAPE);
  });

  it("json, sarif and github are never coloured", async () => {
    for (const format of ["json", "sarif", "github"]) {
      const result = await run(["check", "--format", format], { FORCE_COLOR: "1" });
      expect(result.stdout).not.toMatch(ESCAPE);
    }
  });
});

describe("plan", () => {
  it("FORCE_COLOR=1 colours the signs, skills, summary, the diff and the diagnostics", async () => {
    const clean = path.join(dir, "clean");
    await mkdir(path.join(clean, "content/账户"), { recursive: true });
    await writeFile(
      path.join(clean, "content/账户/开户.md"),
      "---\ntitle: 如何开户？\n---\n\n带身份证。:ask[不存在]\n",
    );
    const coloured = await run(["plan"], { FORCE_COLOR: "1" }, clean);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain(
      "\u001b[1m账户\u001b[22m\n  \u001b[32m+\u001b[39m 如何开户？",
    );
    expect(coloured.stdout).toContain("\u001b[1mPlan:\u001b[22m 1 to create");
    expect(coloured.stdout).toContain("\u001b[32m带身份证。");
    expect(coloured.stderr).toContain("\u001b[33mwarning\u001b[39m");

    const plain = await run(["plan"], { NO_COLOR: "1" }, clean);
    expect(plain.stdout).not.toMatch(ESCAPE);
    expect(plain.stderr).not.toMatch(ESCAPE);
    expect(plain.stdout).toContain("账户\n  + 如何开户？");
    expect(plain.stdout).toContain("{+带身份证。");
  });
});

describe("the decision, per stream", () => {
  const io = (isTty: boolean, stderrIsTty: boolean, env: NodeJS.ProcessEnv = {}): Io => ({
    stdout: () => {},
    stderr: () => {},
    isTty,
    stderrIsTty,
    env,
    cwd: dir,
  });
  const d: Diagnostic = {
    file: "content/a.md",
    line: 1,
    column: 2,
    severity: "error",
    ruleId: "key-type",
    message: "m",
  };

  it("follows each stream's terminal", () => {
    const stdoutOnly = io(true, false);
    expect(renderDiagnostics([d], colorsFor(stdoutOnly, "stdout"))).toMatch(ESCAPE);
    expect(renderDiagnostics([d], colorsFor(stdoutOnly, "stderr"))).toBe(
      "content/a.md:1:2: error key-type m\n",
    );
    const stderrOnly = io(false, true);
    expect(summary(1, [d], colorsFor(stderrOnly, "stderr"))).toMatch(ESCAPE);
    expect(summary(1, [d], colorsFor(stderrOnly, "stdout"))).toBe("1 entry, 1 error, 0 warnings");
  });

  it("reads NO_COLOR, FORCE_COLOR and TERM from the io's environment", () => {
    expect(colorWanted(true, {})).toBe(true);
    expect(colorWanted(true, { NO_COLOR: "1" })).toBe(false);
    expect(colorWanted(true, { NO_COLOR: "" })).toBe(true);
    expect(colorWanted(true, { TERM: "dumb" })).toBe(false);
    expect(colorWanted(false, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorWanted(false, { FORCE_COLOR: "0" })).toBe(false);
    expect(colorWanted(false, {})).toBe(false);
    expect(
      renderDiagnostics([d], colorsFor(io(false, false, { FORCE_COLOR: "1" }), "stderr")),
    ).toMatch(ESCAPE);
  });

  it("keeps the diff's marks: picocolors' green and red, or {+ +} and [- -]", () => {
    expect(diffStyleFor(true, {}).add("x")).toBe("\u001b[32mx\u001b[39m");
    expect(diffStyleFor(true, {}).del("x")).toBe("\u001b[31mx\u001b[39m");
    expect(diffStyleFor(false, {}).add("x")).toBe("{+x+}");
  });
});
