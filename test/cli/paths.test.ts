/**
 * `faqops check PATH…` (report on some files, read them all) and running from anywhere in a
 * project: the root is found from the working directory, `content` and the lockfile are
 * resolved from it, and paths are printed relative to where the user is. The built CLI in a
 * child process, as users run it.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findProjectRoot, repositoryRoot } from "../../src/cli/root.js";
import { spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
let tmp: string;

beforeAll(async () => {
  // The real path: on some systems the temporary folder is reached through a link.
  tmp = await realpath(await mkdtemp(path.join(tmpdir(), "faqops-paths-")));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function run(args: string[], cwd: string) {
  return spawnCli(cli, args, { cwd, env: { PATH: process.env.PATH } }).done;
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

const entry = (title: string, body = "答案。") => `---\ntitle: ${title}\n---\n\n${body}\n`;

/**
 * Two skills: 账户 with a warning (an `:ask` nobody answers) and an error (`title: 12`), 转账
 * with two entries of the same title (`entry-duplicate`, a rule across entries, on both).
 */
const files = {
  "content/账户/开户.md": entry("如何开户？", "带身份证。:ask[不存在]"),
  "content/账户/坏.md": "---\ntitle: 12\n---\n\n坏。\n",
  "content/转账/a.md": entry("转账限额？"),
  "content/转账/b.md": entry("转账限额？"),
};

const OPEN = "warning ask-target";
const BAD = "error key-type";
const DUP = "error entry-duplicate";

/** The diagnostics' `path:line:col: severity rule` heads, and the counts line. */
function heads(stdout: string): string[] {
  return stdout
    .trimEnd()
    .split("\n")
    .map((line) => line.split(" ").slice(0, 3).join(" "));
}

async function project(name: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = path.join(tmp, name);
  await writeTree(dir, { ...files, ...extra });
  return dir;
}

describe("faqops check PATH…", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await project("paths", { "faqops.config.yaml": "" });
  });

  it("without paths reports every file", async () => {
    const result = await run(["check"], dir);
    expect(result.code).toBe(1);
    expect(heads(result.stdout)).toEqual([
      `content/账户/坏.md:2:8: ${BAD}`,
      `content/转账/a.md:2:8: ${DUP}`,
      `content/转账/b.md:2:8: ${DUP}`,
      `content/账户/开户.md:5:6: ${OPEN}`,
      "4 entries, 3",
    ]);
  });

  it("a folder: only its files' problems and count", async () => {
    const result = await run(["check", "content/账户"], dir);
    expect(result.code).toBe(1);
    expect(heads(result.stdout)).toEqual([
      `content/账户/坏.md:2:8: ${BAD}`,
      `content/账户/开户.md:5:6: ${OPEN}`,
      "2 entries, 1",
    ]);
    expect(result.stdout).toMatch(/\n2 entries, 1 error, 1 warning\n$/);
  });

  it("a file: a rule across entries still sees the others (the duplicate is in b.md)", async () => {
    const result = await run(["check", "content/转账/a.md"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      expect.stringMatching(
        /^content\/转账\/a\.md:2:8: error entry-duplicate .*content\/转账\/b\.md/,
      ),
      "1 entry, 1 error, 0 warnings",
      "",
    ]);
  });

  it("exit 0 when the files given have no error, whatever the others have", async () => {
    const result = await run(["check", "content/账户/开户.md"], dir);
    expect(result.code).toBe(0);
    expect(heads(result.stdout)).toEqual([`content/账户/开户.md:5:6: ${OPEN}`, "1 entry, 0"]);
  });

  it("several paths, and the content folder itself", async () => {
    const several = await run(["check", "content/账户/开户.md", "content/转账"], dir);
    expect(heads(several.stdout)).toEqual([
      `content/转账/a.md:2:8: ${DUP}`,
      `content/转账/b.md:2:8: ${DUP}`,
      `content/账户/开户.md:5:6: ${OPEN}`,
      "3 entries, 2",
    ]);
    const all = await run(["check", "content"], dir);
    expect(all.stdout).toBe((await run(["check"], dir)).stdout);
  });

  it("paths are relative to the working directory", async () => {
    const result = await run(["check", "开户.md", "../转账/b.md"], path.join(dir, "content/账户"));
    expect(heads(result.stdout)).toEqual([
      `../转账/b.md:2:8: ${DUP}`,
      `开户.md:5:6: ${OPEN}`,
      "2 entries, 1",
    ]);
  });

  it("filters the json, sarif and github formats the same way", async () => {
    const json = JSON.parse((await run(["check", "content/转账", "--format", "json"], dir)).stdout);
    expect(json).toMatchObject({ files: 2, errors: 2, warnings: 0 });
    expect(json.diagnostics.map((d: { path: string }) => d.path)).toEqual([
      "content/转账/a.md",
      "content/转账/b.md",
    ]);
    const github = await run(["check", "content/账户/开户.md", "--format", "github"], dir);
    expect(github.stdout.split("\n")[0]).toMatch(/^::warning title=faqops ask-target,file=content/);
    const sarif = JSON.parse(
      (await run(["check", "content/账户/坏.md", "--format", "sarif"], dir)).stdout,
    );
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["key-type"]);
  });

  it("refuses a path outside the content folder, and a missing one", async () => {
    await writeFile(path.join(dir, "notes.md"), "# notes\n");
    const outside = await run(["check", "notes.md"], dir);
    expect(outside).toMatchObject({ code: 1, stdout: "" });
    expect(outside.stderr).toBe(
      "faqops: notes.md is not in the content folder (content); check reports on files and folders in it.\nhint: give paths under the content folder, or name another folder with --content DIR\n",
    );
    const missing = await run(["check", "content/账户/没有.md"], dir);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toBe(
      "faqops: content/账户/没有.md does not exist.\nhint: paths are relative to the working directory\n",
    );
  });
});

describe("running from a subfolder", () => {
  it("in a Git repository: finds content from the Git root; prints paths from where it runs", async () => {
    const dir = await project("git");
    execFileSync("git", ["init", "-q"], { cwd: dir });
    const fromRoot = await run(["check"], dir);
    const fromSub = await run(["check"], path.join(dir, "content/账户"));
    expect(fromSub.code).toBe(1);
    expect(heads(fromSub.stdout)).toEqual([
      `坏.md:2:8: ${BAD}`,
      `../转账/a.md:2:8: ${DUP}`,
      `../转账/b.md:2:8: ${DUP}`,
      `开户.md:5:6: ${OPEN}`,
      "4 entries, 3",
    ]);
    // The same run: one compile cache, in the root (none made in the subfolder).
    expect(fromSub.stdout.split("\n").at(-2)).toBe(fromRoot.stdout.split("\n").at(-2));
    expect(existsSync(path.join(dir, ".faqops-cache"))).toBe(true);
    expect(existsSync(path.join(dir, "content/账户/.faqops-cache"))).toBe(false);
  });

  it("without Git: the folder holding faqops.lock.json (or faqops.config.yaml) is the root", async () => {
    const withLock = await project("nogit-lock", { "faqops.lock.json": "" });
    const a = await run(["check", "--format", "json"], path.join(withLock, "content/转账"));
    expect(JSON.parse(a.stdout)).toMatchObject({ files: 4, errors: 3 });
    const withConfig = await project("nogit-config", { "faqops.config.yaml": "" });
    const b = await run(["check", "坏.md"], path.join(withConfig, "content/账户"));
    expect(heads(b.stdout)).toEqual([`坏.md:2:8: ${BAD}`, "1 entry, 1"]);
  });

  it("without Git or a lockfile: the working directory, and a clear error when content is not there", async () => {
    const dir = await project("nogit-bare");
    const result = await run(["check"], path.join(dir, "content/账户"));
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toBe(
      "faqops: content directory content does not exist.\nhint: run faqops in your repository's root, or pass --content DIR\n",
    );
    // An explicit --content is relative to the working directory.
    const given = await run(["check", "--content", "..", "坏.md"], path.join(dir, "content/账户"));
    expect(heads(given.stdout)).toEqual([`坏.md:2:8: ${BAD}`, "1 entry, 1"]);
  });

  it("compile finds the content from a subfolder; entries keep their project paths", async () => {
    const dir = await project("compile", { "content/转账/b.md": entry("另一个？") });
    execFileSync("git", ["init", "-q"], { cwd: dir });
    await rm(path.join(dir, "content/账户/坏.md"));
    const result = await run(["compile", "--json"], path.join(dir, "content/转账"));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((e: { path: string }) => e.path)).toEqual([
      "content/账户/开户.md",
      "content/转账/a.md",
      "content/转账/b.md",
    ]);
    // Its warning is printed from where it runs.
    expect(result.stderr).toMatch(/^\.\.\/账户\/开户\.md:5:6: warning ask-target /);
  });

  it("apply, plan, publish and preview use the root's lockfile and cache from anywhere", async () => {
    const dir = await project("sync", { "content/转账/b.md": entry("另一个？") });
    execFileSync("git", ["init", "-q"], { cwd: dir });
    await rm(path.join(dir, "content/账户/坏.md"));
    const sub = path.join(dir, "content/账户");

    const applied = await run(["apply", "--emulator"], sub);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain("开户.md:5:6: warning ask-target ");
    // Where to look at the result afterwards, from where it ran.
    expect(applied.stderr).toContain(
      "emulator: the rehearsal bot is kept in ../../.faqops-cache/emulator/platform.json; to look at it, run `faqops emulate --state ../../.faqops-cache/emulator/platform.json` and open http://127.0.0.1:8787/\n",
    );
    expect(existsSync(path.join(dir, ".faqops-cache/emulator/faqops.lock.json"))).toBe(true);
    expect(existsSync(path.join(dir, ".faqops-cache/emulator/platform.json"))).toBe(true);
    expect(existsSync(path.join(sub, ".faqops-cache"))).toBe(false);

    const planned = await run(["plan", "--emulator", "--brief", "--exit-code"], dir);
    expect(planned.code).toBe(2); // written, not yet published
    expect(planned.stdout).toContain("Plan: 0 to create, 0 to update, 0 to rename,");
    const published = await run(["publish", "--emulator"], path.join(dir, "content"));
    expect(published.code).toBe(0);
    const clean = await run(["plan", "--emulator", "--brief", "--exit-code"], sub);
    expect(clean.code).toBe(0);

    // A --lockfile given is relative to the working directory.
    const given = await run(
      ["plan", "--brief", "--lockfile", "../../.faqops-cache/emulator/faqops.lock.json"],
      sub,
    );
    expect(given.stdout).toContain("No changes");

    const preview = await run(["preview"], sub);
    expect(preview.code).toBe(0);
    const page = path.join(dir, ".faqops-cache/preview/index.html");
    expect(preview.stdout).toBe(`${page}\n`);
    expect(await readFile(page, "utf8")).toContain("如何开户？");
  });
});

describe("findProjectRoot", () => {
  it("stops at the first folder with the lockfile or config, else the Git root, else cwd", async () => {
    const top = path.join(tmp, "roots");
    await writeTree(top, {
      "faqops.lock.json": "", // above the repository: never this project's
      "repo/.git/HEAD": "",
      "repo/packages/faq/faqops.config.yaml": "",
      "repo/packages/faq/content/x/a.md": "",
      "repo/docs/a/b.txt": "",
      "loose/deep/x.txt": "",
      "worktree/.git": "gitdir: elsewhere\n",
      "worktree/content/x/a.md": "",
    });
    expect(findProjectRoot(path.join(top, "repo/packages/faq/content/x"))).toEqual({
      dir: path.join(top, "repo/packages/faq"),
      repository: path.join(top, "repo"),
    });
    expect(findProjectRoot(path.join(top, "repo/docs/a"))).toEqual({
      dir: path.join(top, "repo"),
      repository: path.join(top, "repo"),
    });
    expect(findProjectRoot(path.join(top, "worktree/content/x")).dir).toBe(
      path.join(top, "worktree"),
    );
    // No Git: the lockfile above is found.
    expect(findProjectRoot(path.join(top, "loose/deep")).dir).toBe(top);
    expect(repositoryRoot(path.join(top, "loose/deep"))).toBe(path.join(top, "loose/deep"));
  });
});
