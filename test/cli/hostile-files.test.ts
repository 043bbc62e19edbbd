import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type CliRun, spawnCli } from "./spawn-cli.js";

/**
 * The built CLI on content a hostile pull request could hold: links that loop, links out of
 * the repository, files that cannot be read, a planted `.faqops-cache` or lockfile link. Each
 * must end fast, with bounded output, and the same diagnostics in one thread, in worker
 * threads, and with the compile cache cold or warm.
 */
const dist = inject("distDir");
let root: string;
const asRoot = process.getuid?.() === 0;

const entry = (title: string) => `---\ntitle: ${title}\n---\n\n答案。\n`;

function tree(name: string, files: Record<string, string>): string {
  const cwd = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text);
  }
  return cwd;
}

function link(cwd: string, target: string, at: string): void {
  mkdirSync(path.dirname(path.join(cwd, at)), { recursive: true });
  symlinkSync(target, path.join(cwd, at));
}

function run(
  args: readonly string[],
  cwd: string,
  options: { cli?: string; uid?: number } = {},
): Promise<CliRun & { ms: number }> {
  const started = performance.now();
  const { child, done } = spawnCli(options.cli ?? path.join(dist, "cli.js"), args, {
    cwd,
    env: { PATH: process.env.PATH, FAQOPS_DEBUG: "" },
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  // Stops a walk that loops, rather than the whole suite waiting for it.
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  return done.then((result) => {
    clearTimeout(timer);
    return { ...result, ms: performance.now() - started };
  });
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "faqops-hostile-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("links that loop", () => {
  it("check finishes in well under 5 s, one warning per link, on sibling loops and `ln -s ..`", async () => {
    const cwd = tree("loops", { "content/账户/开户.md": entry("如何开户？") });
    // Sibling loops at three depths: followed, they are 2^depth paths deep and wide.
    for (const dir of ["content", "content/账户", "content/账户/深"]) {
      link(cwd, ".", `${dir}/l1`);
      link(cwd, ".", `${dir}/l2`);
    }
    link(cwd, "..", "content/账户/上级");
    link(cwd, "..", "content/上级");
    const result = await run(["check"], cwd);
    expect(result.ms).toBeLessThan(5_000);
    const lines = result.stdout.split("\n");
    expect(lines.map((line) => line.split(" this ")[0])).toEqual([
      "content/l1:1:1: warning file-symlink-folder",
      "content/l2:1:1: warning file-symlink-folder",
      "content/上级:1:1: warning file-symlink-outside",
      "content/账户/l1:1:1: warning file-symlink-folder",
      "content/账户/l2:1:1: warning file-symlink-folder",
      "content/账户/上级:1:1: warning file-symlink-folder",
      "content/账户/深/l1:1:1: warning file-symlink-folder",
      "content/账户/深/l2:1:1: warning file-symlink-folder",
      "1 entry, 0 errors, 8 warnings",
      "",
    ]);
    expect(result.stdout.length).toBeLessThan(4_000);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    // The same with every mode of compiling.
    for (const args of [["--no-cache"], ["--workers", "on"], ["--no-cache", "--workers", "on"]]) {
      const again = await run(["check", ...args], cwd);
      expect(again.stdout).toBe(result.stdout);
      expect(again.ms).toBeLessThan(5_000);
    }
  });
});

describe("files that are not read", () => {
  it("give the same diagnostics in one thread, in workers, and with the cache cold or warm", async () => {
    const cwd = tree("mixed", {
      "content/账户/开户.md": entry("如何开户？"),
      "content/账户/坏.md": "---\ntitle: 12\n---\n\n坏的。\n",
      "content/账户/常见问题.MD": entry("大写"),
      "content/账户/.草稿/新.md": entry("草稿"),
      "outside.md": entry("内容之外"),
    });
    link(cwd, "../../outside.md", "content/账户/外部.md");
    link(cwd, "不存在.md", "content/账户/断链.md");
    link(cwd, "../账户/开户.md", "content/信用卡/开户.md");
    execFileSync("mkfifo", [path.join(cwd, "content/账户/管道.md")]);
    writeFileSync(
      Buffer.concat([Buffer.from(path.join(cwd, "content/账户/")), Buffer.from([0x78, 0xff])]),
      entry("坏名字"),
    );
    writeFileSync(
      Buffer.concat([
        Buffer.from(path.join(cwd, "content/账户/")),
        Buffer.from([0x79, 0xff, 0x2e, 0x6d, 0x64]),
      ]),
      entry("坏名字"),
    );

    const single = await run(["check", "--no-cache", "--workers", "off"], cwd);
    expect(single.code).toBe(1);
    expect(single.stderr).toBe("");
    // Each diagnostic's place, severity and rule (the messages are unit-tested).
    expect(single.stdout.split("\n").map((line) => line.split(" ").slice(0, 3).join(" "))).toEqual([
      "content/账户/y\uFFFD.md:1:1: error file-unreadable",
      "content/账户/坏.md:2:8: error key-type",
      "content/账户/断链.md:1:1: error file-unreadable",
      "content/账户/管道.md:1:1: error file-unreadable",
      "content/账户/.草稿/新.md:1:1: warning file-ignored",
      "content/账户/外部.md:1:1: warning file-symlink-outside",
      "content/账户/常见问题.MD:1:1: warning file-ignored",
      "5 entries, 4",
      "",
    ]);
    expect(single.stdout).toMatch(/\n5 entries, 4 errors, 3 warnings\n$/);
    expect(single.stdout).not.toContain("internal error");
    for (const args of [
      ["--no-cache", "--workers", "on"],
      ["--workers", "on"],
      ["--workers", "on"],
      ["--workers", "off"],
    ]) {
      const again = await run(["check", ...args], cwd);
      expect({ args, ...again, ms: 0 }).toEqual({ args, ...single, ms: 0 });
    }
  });

  it("a file or folder without read permission is an error, not an internal error", async () => {
    const cwd = tree("locked", {
      "content/账户/开户.md": entry("如何开户？"),
      "content/账户/锁住.md": entry("锁住"),
      "content/锁住/a.md": entry("锁住的文件夹"),
    });
    chmodSync(path.join(cwd, "content/账户/锁住.md"), 0);
    chmodSync(path.join(cwd, "content/锁住"), 0);
    // root reads anything: run the CLI as nobody, from a copy of the bundle nobody can read.
    const options: { cli?: string; uid?: number } = {};
    if (asRoot) {
      const bin = path.join(root, "bin");
      // The whole bundle, chunks/ included (the CLI loads some code on demand).
      cpSync(dist, bin, { recursive: true });
      for (const dir of [
        root,
        bin,
        cwd,
        path.join(cwd, "content"),
        path.join(cwd, "content/账户"),
      ]) {
        chmodSync(dir, 0o755);
      }
      Object.assign(options, { cli: path.join(bin, "cli.js"), uid: 65534 });
    }
    try {
      for (const args of [["--no-cache"], ["--workers", "on", "--no-cache"]]) {
        const result = await run(["check", ...args], cwd, options);
        expect(result.stdout.split("\n")).toEqual([
          "content/账户/锁住.md:1:1: error file-unreadable this file cannot be read (permission denied): make it readable (chmod a+r), or remove it",
          "content/锁住:1:1: error file-unreadable this folder cannot be read (permission denied), so the entries in it are missing: make it readable (chmod a+rx), or remove it",
          "2 entries, 2 errors, 0 warnings",
          "",
        ]);
        expect(result.code).toBe(1);
      }
    } finally {
      chmodSync(path.join(cwd, "content/锁住"), 0o755);
    }
  });
});

describe("planted links to state", () => {
  it("a .faqops-cache link: check warns and writes nothing through it", async () => {
    const cwd = tree("cache-link", { "content/账户/开户.md": entry("如何开户？") });
    const elsewhere = path.join(root, "cache-target");
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(cwd, ".faqops-cache"));
    const result = await run(["check"], cwd);
    expect(result.stdout).toMatch(
      /^\.faqops-cache:1:1: warning cache-symlink this is a symbolic link/,
    );
    expect(result.stdout).toMatch(/\n1 entry, 0 errors, 1 warning\n$/);
    expect(await run(["check", "--no-cache"], cwd)).toMatchObject({ stdout: result.stdout });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("a broken lockfile link stops plan; an explicit --lockfile elsewhere still works", async () => {
    const cwd = tree("lock-link", { "content/账户/开户.md": entry("如何开户？") });
    symlinkSync("gone.json", path.join(cwd, "faqops.lock.json"));
    const refused = await run(["plan"], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "the lockfile faqops.lock.json is a symbolic link to gone.json, which does not exist. That is not a missing lockfile that resends everything: faqops stops.",
    );
    expect(refused.stdout).not.toContain("every entry will be written");

    const explicit = path.join(root, "ci-lock.json");
    const planned = await run(["plan", "--lockfile", explicit], cwd);
    expect(planned.code).toBe(0);
    expect(`${planned.stdout}${planned.stderr}`).toContain("no lockfile");
  });
});
