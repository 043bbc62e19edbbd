import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRegularEntryFile } from "../../src/content/files.js";
import { type ContentResult, loadContent } from "../../src/content/index.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { UsageError } from "../../src/errors.js";
import { resolveContentOptions } from "../../src/options/content.js";

/**
 * Which files the loader reads, tried as a hostile pull request would: symbolic links out of
 * the content folder and in loops, near-miss names, files that cannot be read, names that are
 * not UTF-8, a planted `.faqops-cache` link. Real files and real links in a temporary
 * repository; every case is loaded with and without the compile cache (cold and warm), which
 * must give the same diagnostics.
 */
let root: string;
let cwd: string;
const asRoot = process.getuid?.() === 0;

function write(file: string, text = entry("标题")): void {
  const absolute = path.join(cwd, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text);
}

function entry(title: string): string {
  return `---\ntitle: ${title}\n---\n\n答案。\n`;
}

function link(target: string, at: string): void {
  mkdirSync(path.dirname(path.join(cwd, at)), { recursive: true });
  symlinkSync(target, path.join(cwd, at));
}

/** Loads the content without the cache, then with it twice (cold, warm): all three agree. */
async function load(): Promise<ContentResult> {
  const run = (cache: boolean) =>
    loadContent(resolveContentOptions({ cwd, cache, workers: "off" }));
  const plain = await run(false);
  const cold = await run(true);
  const warm = await run(true);
  const shape = (r: ContentResult) => ({
    diagnostics: r.diagnostics,
    entries: r.entries.map((e) => [e.path, e.skill, e.title, r.answers.read(e).content]),
    fileCount: r.fileCount,
  });
  expect(shape(cold)).toEqual(shape(plain));
  expect(shape(warm)).toEqual(shape(plain));
  return plain;
}

/** Diagnostics as check prints them, without the message. */
const brief = (list: readonly Diagnostic[]) =>
  list.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
const paths = (result: ContentResult) => result.entries.map((e) => e.path);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "faqops-files-"));
  cwd = path.join(root, "repo");
  write("content/账户/开户.md", entry("如何开户？"));
});
afterEach(() => {
  // Permissions taken away by a test must come back, or rm cannot clean up.
  for (const dir of [cwd, path.join(cwd, "content")]) {
    if (existsSync(dir)) chmodSync(dir, 0o755);
  }
  rmSync(root, { recursive: true, force: true });
});

describe("symbolic links to files", () => {
  it("are not read when they lead outside the content folder, and say where they point", async () => {
    write("outside.md", entry("仓库里内容之外"));
    mkdirSync(path.join(root, "secret"));
    writeFileSync(path.join(root, "secret/秘密.md"), entry("机密标题"));
    link("../../outside.md", "content/账户/仓库内.md");
    link("../../../secret/秘密.md", "content/账户/仓库外.md");
    link(path.join(root, "secret/秘密.md"), "content/账户/绝对.md");

    const result = await load();
    expect(paths(result)).toEqual(["content/账户/开户.md"]);
    expect(brief(result.diagnostics)).toEqual([
      "content/账户/仓库内.md:1:1 warning file-symlink-outside",
      "content/账户/仓库外.md:1:1 warning file-symlink-outside",
      "content/账户/绝对.md:1:1 warning file-symlink-outside",
    ]);
    const [inRepo, outOfRepo, absolute] = result.diagnostics.map((d) => d.message);
    // Inside the working directory: the real path, relative to it.
    expect(inRepo).toContain("a symbolic link to `outside.md`, outside the content folder");
    // Outside: the link's text as written, never the resolved path of the machine.
    expect(outOfRepo).toContain("a symbolic link to `../../../secret/秘密.md`");
    expect(absolute).toContain(`a symbolic link to \`${path.join(root, "secret/秘密.md")}\``);
    expect(`${inRepo}${outOfRepo}`).not.toContain(root);
    expect(JSON.stringify(result)).not.toContain("机密标题");
  });

  it("are read, as entries of the link's folder, when they stay inside the content folder", async () => {
    link("../账户/开户.md", "content/信用卡/开户.md");
    const result = await load();
    expect(result.diagnostics).toEqual([]);
    expect(result.entries.map((e) => [e.path, e.skill, e.title])).toEqual([
      ["content/信用卡/开户.md", "信用卡", "如何开户？"],
      ["content/账户/开户.md", "账户", "如何开户？"],
    ]);
  });

  it("that are broken, or loop, are file-unreadable errors naming the link", async () => {
    link("不存在.md", "content/账户/断链.md");
    link("自己.md", "content/账户/自己.md");
    const result = await load();
    expect(paths(result)).toEqual(["content/账户/开户.md"]);
    expect(result.diagnostics.map((d) => [d.file, d.severity, d.ruleId, d.message])).toEqual([
      [
        "content/账户/断链.md",
        "error",
        "file-unreadable",
        "this is a symbolic link to `不存在.md`, which does not exist: fix the link, or remove it",
      ],
      [
        "content/账户/自己.md",
        "error",
        "file-unreadable",
        "this is a symbolic link that leads back to itself: fix the link, or remove it",
      ],
    ]);
  });

  it("named other than an entry are left alone, whatever they point to", async () => {
    link("/etc/passwd", "content/账户/图片.png");
    link("不存在", "content/账户/断了");
    link("/etc/passwd", "content/账户/_模板.md");
    expect((await load()).diagnostics).toEqual([]);
  });
});

describe("symbolic links to folders", () => {
  it("are never followed: one warning each, a loop said to be one", async () => {
    link("..", "content/账户/回环");
    link("../账户", "content/信用卡/别名");
    link(".", "content/账户/此处");
    const result = await load();
    expect(paths(result)).toEqual(["content/账户/开户.md"]);
    expect(result.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      [
        "content/信用卡/别名",
        "file-symlink-folder",
        "this is a symbolic link to the folder `content/账户`, which faqops does not follow: a link to a folder would read entries a second time, or loop; remove the link, or, to have an entry in two skills, link its file instead",
      ],
      [
        "content/账户/回环",
        "file-symlink-folder",
        "this is a symbolic link to the folder `content`, which contains it: following it would loop, so faqops does not; remove the link",
      ],
      [
        "content/账户/此处",
        "file-symlink-folder",
        "this is a symbolic link to the folder `content/账户`, which contains it: following it would loop, so faqops does not; remove the link",
      ],
    ]);
  });

  it("that lead outside the content folder (`ln -s .. content/x`) are not read", async () => {
    write("docs/说明.md", entry("文档"));
    link("..", "content/上级");
    link("../../docs", "content/账户/文档");
    link(path.join(root), "content/机器");
    const result = await load();
    expect(paths(result)).toEqual(["content/账户/开户.md"]);
    expect(result.diagnostics.map((d) => [d.file, d.ruleId, d.message.split(",")[0]])).toEqual([
      ["content/上级", "file-symlink-outside", "this is a symbolic link to the folder `.`"],
      ["content/机器", "file-symlink-outside", `this is a symbolic link to the folder \`${root}\``],
      ["content/账户/文档", "file-symlink-outside", "this is a symbolic link to the folder `docs`"],
    ]);
  });

  it("in sibling loops are checked at once, with one warning per link", async () => {
    // `ln -s . l1; ln -s . l2`: a glob that follows links walks 2^depth paths.
    for (const dir of ["content/账户", "content/账户/子", "content"]) {
      link(".", `${dir}/l1`);
      link(".", `${dir}/l2`);
    }
    write("content/账户/子/销户.md", entry("如何销户？"));
    const started = performance.now();
    const result = await load();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(paths(result)).toEqual(["content/账户/子/销户.md", "content/账户/开户.md"]);
    expect(brief(result.diagnostics)).toEqual([
      "content/l1:1:1 warning file-symlink-folder",
      "content/l2:1:1 warning file-symlink-folder",
      "content/账户/l1:1:1 warning file-symlink-folder",
      "content/账户/l2:1:1 warning file-symlink-folder",
      "content/账户/子/l1:1:1 warning file-symlink-folder",
      "content/账户/子/l2:1:1 warning file-symlink-folder",
    ]);
  });
});

describe("the content folder itself", () => {
  it("is refused when, named inside the working directory, a link takes it outside", async () => {
    rmSync(path.join(cwd, "content"), { recursive: true });
    mkdirSync(path.join(root, "elsewhere/账户"), { recursive: true });
    writeFileSync(path.join(root, "elsewhere/账户/a.md"), entry("外面"));
    symlinkSync(path.join(root, "elsewhere"), path.join(cwd, "content"));
    await expect(loadContent(resolveContentOptions({ cwd }))).rejects.toThrow(UsageError);
    await expect(loadContent(resolveContentOptions({ cwd }))).rejects.toThrow(
      "content directory content leads outside the working directory through a symbolic link",
    );
    // Given as a path outside the working directory, it is read.
    const elsewhere = await loadContent(resolveContentOptions({ cwd, content: "../elsewhere" }));
    expect(paths(elsewhere)).toEqual(["../elsewhere/账户/a.md"]);
  });

  it("may be a link to a folder inside the working directory", async () => {
    rmSync(path.join(cwd, "content"), { recursive: true });
    write("faq/账户/a.md", entry("里面"));
    symlinkSync("faq", path.join(cwd, "content"));
    const result = await load();
    expect(paths(result)).toEqual(["content/账户/a.md"]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe("files that look like entries but are not read", () => {
  it("are one file-ignored warning each, with the name to use", async () => {
    for (const name of [
      "常见问题.MD",
      "销户.Md",
      "挂失.markdown",
      "转账.MARKDOWN",
      "导出.md.txt",
    ]) {
      write(`content/账户/${name}`);
    }
    write("content/.草稿/新.md");
    write("content/账户/.旧/更旧/老.md");
    const result = await load();
    expect(paths(result)).toEqual(["content/账户/开户.md"]);
    expect(result.diagnostics.map((d) => [d.file, d.severity, d.ruleId, d.message])).toEqual([
      [
        "content/.草稿/新.md",
        "warning",
        "file-ignored",
        "this file is in the hidden folder `content/.草稿`, and faqops does not read hidden folders: move it out of that folder if it is an entry, or start its name with `_` to keep it out without this warning",
      ],
      ...(
        [
          [".旧/更旧/老.md", ""],
          ["导出.md.txt", "导出.md"],
          ["常见问题.MD", "常见问题.md"],
          ["挂失.markdown", "挂失.md"],
          ["转账.MARKDOWN", "转账.md"],
          ["销户.Md", "销户.md"],
        ] as const
      ).map(([name, fixed]) => [
        `content/账户/${name}`,
        "warning",
        "file-ignored",
        fixed === ""
          ? "this file is in the hidden folder `content/账户/.旧`, and faqops does not read hidden folders: move it out of that folder if it is an entry, or start its name with `_` to keep it out without this warning"
          : `\`${name}\` is not read: only names ending in \`.md\` (lower case) are entries; rename it to \`${fixed}\` if it is one, or start its name with \`_\` to keep it out without this warning`,
      ]),
    ]);
  });

  it("except the names the format skips, which stay silent", async () => {
    const skipped = ["README.md", "readme.md", "ReadMe.MD", "README.markdown", "_模板.md"];
    for (const name of [...skipped, "_模板.MD", ".隐藏.md", ".隐藏.markdown", "notes.txt"]) {
      write(`content/账户/${name}`);
    }
    write("content/.git/说明.md");
    write("content/.草稿/_私人.md");
    write("content/.草稿/README.md");
    const result = await load();
    expect(result.diagnostics).toEqual([]);
    expect(paths(result)).toEqual(["content/账户/开户.md"]);
  });

  it("a folder named like an entry is a folder, and a hard link is a file", async () => {
    write("content/账户/说明.md/条目.md", entry("文件夹里的条目"));
    mkdirSync(path.join(cwd, "content/信用卡"));
    linkSync(path.join(cwd, "content/账户/开户.md"), path.join(cwd, "content/信用卡/硬链接.md"));
    const result = await load();
    expect(result.diagnostics).toEqual([]);
    expect(result.entries.map((e) => [e.path, e.skill, e.title])).toEqual([
      ["content/信用卡/硬链接.md", "信用卡", "如何开户？"],
      ["content/账户/开户.md", "账户", "如何开户？"],
      ["content/账户/说明.md/条目.md", "账户", "文件夹里的条目"],
    ]);
  });
});

describe("files and folders that cannot be read", () => {
  it("a named pipe (FIFO) called x.md is an error, and is not waited on", async () => {
    execFileSync("mkfifo", [path.join(cwd, "content/账户/管道.md")]);
    const result = await load();
    expect(result.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      [
        "content/账户/管道.md",
        "file-unreadable",
        "this is a named pipe (FIFO), not a file: replace it with a Markdown file, or remove it",
      ],
    ]);
    expect(result.fileCount).toBe(2);
  });

  it("a file or folder name that is not UTF-8 is an error showing U+FFFD", async () => {
    const content = Buffer.from(path.join(cwd, "content/账户/"));
    const bad = Buffer.from([0x63, 0xff, 0x2e, 0x6d, 0x64]); // "c\xff.md"
    writeFileSync(Buffer.concat([content, bad]), entry("坏名字"));
    const badFolder = Buffer.concat([content, Buffer.from([0x64, 0xfe])]); // "账户/d\xfe"
    mkdirSync(badFolder);
    writeFileSync(Buffer.concat([badFolder, Buffer.from("/条目.md")]), entry("坏文件夹"));
    writeFileSync(Buffer.concat([badFolder, Buffer.from("/图片.png")]), "png");
    // A good name holding a U+FFFD of its own is still an entry.
    write("content/账户/\uFFFD好.md", entry("好名字"));
    const result = await load();
    expect(paths(result)).toEqual(["content/账户/开户.md", "content/账户/\uFFFD好.md"]);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.column, d.ruleId])).toEqual([
      ["content/账户/c\uFFFD.md", 1, 1, "file-unreadable"],
      ["content/账户/d\uFFFD/条目.md", 1, 1, "file-unreadable"],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      "this path is not valid UTF-8 (shown here with U+FFFD), so it cannot be an entry: rename the file (or the folder) in UTF-8",
    );
  });

  it.skipIf(asRoot)("a file without read permission is an error", async () => {
    write("content/账户/锁住.md");
    chmodSync(path.join(cwd, "content/账户/锁住.md"), 0);
    const result = await load();
    expect(result.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      [
        "content/账户/锁住.md",
        "file-unreadable",
        "this file cannot be read (permission denied): make it readable (chmod a+r), or remove it",
      ],
    ]);
  });

  it.skipIf(asRoot)("a folder without read permission is an error", async () => {
    write("content/锁住/a.md");
    chmodSync(path.join(cwd, "content/锁住"), 0);
    try {
      const result = await load();
      expect(result.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
        [
          "content/锁住",
          "file-unreadable",
          "this folder cannot be read (permission denied), so the entries in it are missing: make it readable (chmod a+rx), or remove it",
        ],
      ]);
    } finally {
      chmodSync(path.join(cwd, "content/锁住"), 0o755);
    }
  });
});

describe("a planted .faqops-cache link", () => {
  it("turns the cache off: nothing is written through it, and a warning says so", async () => {
    const elsewhere = path.join(root, "elsewhere");
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(cwd, ".faqops-cache"));
    const result = await load();
    expect(result.diagnostics.map((d) => [d.file, d.severity, d.ruleId, d.message])).toEqual([
      [
        ".faqops-cache",
        "warning",
        "cache-symlink",
        `this is a symbolic link (to \`${elsewhere}\`): faqops neither reads nor writes its compile cache through a link, which could lead outside the repository, so this run compiled every file; delete the link (faqops makes the folder again)`,
      ],
    ]);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(result.entries.map((e) => result.answers.read(e).content)).toEqual(["答案。"]);
  });

  it("as the cache file: the file it points to is neither read nor replaced", async () => {
    mkdirSync(path.join(cwd, ".faqops-cache"));
    write("victim.txt", "do not touch\n");
    symlinkSync("../victim.txt", path.join(cwd, ".faqops-cache/compile.ndjson"));
    const result = await load();
    expect(brief(result.diagnostics)).toEqual([
      ".faqops-cache/compile.ndjson:1:1 warning cache-symlink",
    ]);
    expect(result.diagnostics[0]?.message).toContain("(to `victim.txt`)");
    expect(readFileSync(path.join(cwd, "victim.txt"), "utf8")).toBe("do not touch\n");
    expect(readdirSync(path.join(cwd, ".faqops-cache"))).toEqual(["compile.ndjson"]);
  });
});

describe("a file replaced by a symbolic link after the folder was listed", () => {
  it("is not followed: a file-unreadable error, not the link's target", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "faqops-swap-"));
    try {
      const entry = path.join(dir, "开户.md");
      const outside = path.join(dir, "outside.txt");
      writeFileSync(entry, "---\ntitle: 如何开户？\n---\n\n带身份证。\n");
      writeFileSync(outside, "secret\n");
      // Listed as a regular file: it reads as one.
      const read = readRegularEntryFile(entry, "content/开户.md");
      expect("bytes" in read && read.bytes.toString()).toContain("如何开户");
      // Swapped for a link between the listing and the read.
      rmSync(entry);
      symlinkSync(outside, entry);
      const swapped = readRegularEntryFile(entry, "content/开户.md");
      expect(swapped).toEqual({
        problem: expect.objectContaining({
          ruleId: "file-unreadable",
          file: "content/开户.md",
          message:
            "this file was replaced by a symbolic link while faqops was reading the content: run faqops again",
        }),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a read that takes the file's stamp (readRegularEntryFile with stamp)", () => {
  it("gives fstat's size, times and inode with the bytes, as stat does", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "faqops-stamp-read-"));
    try {
      const entry = path.join(dir, "开户.md");
      writeFileSync(entry, "---\ntitle: 如何开户？\n---\n\n带身份证。\n");
      const read = readRegularEntryFile(entry, "content/开户.md", true);
      const info = statSync(entry);
      expect(read).toEqual({
        bytes: readFileSync(entry),
        stamp: [info.size, info.mtimeMs, info.ctimeMs, info.ino],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A regular file whose size says 0 but which has content, as /proc's do (and /sys's, and
  // some FUSE mounts'): read to its end, and not stamped, or a later run would trust the stamp
  // of the empty read for good.
  it.skipIf(!existsSync("/proc/self/status"))(
    "reads a file of size 0 to its end, and takes no stamp of it",
    () => {
      expect(statSync("/proc/self/status").size).toBe(0);
      const read = readRegularEntryFile("/proc/self/status", "content/status.md", true);
      expect("bytes" in read && read.bytes.toString()).toMatch(/^Name:/);
      expect("stamp" in read).toBe(false);
    },
  );
});
