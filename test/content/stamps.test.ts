import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ContentResult, loadContent } from "../../src/content/index.js";
import { FileStamps, STAMPS_FILE, TRUST_AFTER_MS } from "../../src/content/stamps.js";
import { resolveContentOptions } from "../../src/options/content.js";

/**
 * File stamps (.faqops-cache/stamps.json): a file whose stat is the one recorded is taken from
 * the compile cache without being read. What must hold is that a changed file is never taken
 * for an unchanged one — same size, its modification time put back, replaced by another file —
 * and that a file written just before the run is read whatever its stamp.
 */
let cwd: string;
let stampsFile: string;

const files: Record<string, string> = {
  "账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证到网点。\n",
  "账户/销户.md": "---\ntitle: 如何销户？\n---\n\n到开户网点办理。\n",
  "信用卡/还款.md": "---\ntitle: 怎么还款？\n---\n\n手机银行还款。\n",
};

const absolute = (source: string) => path.join(cwd, "content", source);
function write(source: string, text: string): void {
  mkdirSync(path.dirname(absolute(source)), { recursive: true });
  writeFileSync(absolute(source), text);
}

/** A run `later` ms from now: files written by the test count as that much older. */
const load = (later = 60_000, cache = true): Promise<ContentResult> =>
  loadContent({ ...resolveContentOptions({ cwd, cache }), now: Date.now() + later });

/**
 * When a file was last written, by its own times (not the wall clock, which a slow machine
 * leaves behind): a run at this + 1 ms comes just after the write.
 */
const writtenAt = (file: string): number => {
  const info = statSync(file);
  return Math.max(info.mtimeMs, info.ctimeMs);
};

/** A run at `now` (ms since the epoch). */
const loadAt = (now: number): Promise<ContentResult> =>
  loadContent({ ...resolveContentOptions({ cwd, cache: true }), now });

const answerOf = (result: ContentResult, title: string): string | undefined => {
  const entry = result.entries.find((e) => e.title === title);
  return entry && result.answers.read(entry).content;
};

/** The stamps file's sources, in order. */
const stampedSources = (): string[] => {
  const { files: stored } = JSON.parse(readFileSync(stampsFile, "utf8")) as { files: string[] };
  return stored.filter((_, i) => i % 6 === 0);
};

/** The file's stamp as stamps.ts writes it. */
const stampNow = (source: string): number[] => {
  const info = statSync(absolute(source));
  return [info.size, info.mtimeMs, info.ctimeMs, info.ino];
};

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "faqops-stamps-"));
  stampsFile = path.join(cwd, ".faqops-cache", STAMPS_FILE);
  for (const [source, text] of Object.entries(files)) write(source, text);
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("file stamps", () => {
  it("are recorded for every file a run compiled or read, in the files' order", async () => {
    await load();
    expect(stampedSources()).toEqual(["信用卡/还款.md", "账户/开户.md", "账户/销户.md"]);
  });

  it("of a first run are what stat says of each file (taken by the read itself)", async () => {
    await load();
    const { files: stored } = JSON.parse(readFileSync(stampsFile, "utf8")) as {
      files: (string | number)[];
    };
    for (let at = 0; at < stored.length; at += 6) {
      expect(stored.slice(at + 2, at + 6)).toEqual(stampNow(stored[at] as string));
    }
    expect(stored).toHaveLength(6 * Object.keys(files).length);
  });

  it("let a run take an unchanged file from the cache without reading it", async () => {
    await load();
    // Change the file, then tell the stamps its new stat is the one recorded with the old
    // bytes: only a run that trusts the stamp (and so does not read the file) keeps the old
    // answer. This is the trust that the tests below show is never misplaced.
    write("账户/开户.md", files["账户/开户.md"]!.replace("网点", "柜台"));
    const stored = JSON.parse(readFileSync(stampsFile, "utf8")) as { files: unknown[] };
    const at = stored.files.indexOf("账户/开户.md");
    stored.files.splice(at + 2, 4, ...stampNow("账户/开户.md"));
    writeFileSync(stampsFile, JSON.stringify(stored));
    expect(answerOf(await load(), "如何开户？")).toBe("带身份证到网点。");
    // Without the cache, the file is read.
    expect(answerOf(await load(60_000, false), "如何开户？")).toBe("带身份证到柜台。");
  });

  it("do not hide a change of the same size with its modification time put back", async () => {
    await load();
    const before = statSync(absolute("账户/开户.md"));
    // `touch -r` copies the times to the nanosecond (utimes from JavaScript rounds them).
    const reference = path.join(cwd, "reference");
    writeFileSync(reference, "");
    execFileSync("touch", ["-r", absolute("账户/开户.md"), reference]);
    const changed = files["账户/开户.md"]!.replace("网点", "柜台");
    expect(Buffer.byteLength(changed)).toBe(before.size);
    write("账户/开户.md", changed);
    execFileSync("touch", ["-r", reference, absolute("账户/开户.md")]);
    const after = statSync(absolute("账户/开户.md"));
    expect([after.size, after.mtimeMs, after.ino]).toEqual([
      before.size,
      before.mtimeMs,
      before.ino,
    ]);
    expect(answerOf(await load(), "如何开户？")).toBe("带身份证到柜台。");
  });

  it("do not hide a file replaced by another of the same size and times", async () => {
    await load();
    const before = statSync(absolute("账户/开户.md"));
    const other = path.join(cwd, "other.md");
    writeFileSync(other, files["账户/开户.md"]!.replace("网点", "柜台"));
    execFileSync("touch", ["-r", absolute("账户/开户.md"), other]);
    renameSync(other, absolute("账户/开户.md"));
    const after = statSync(absolute("账户/开户.md"));
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(answerOf(await load(), "如何开户？")).toBe("带身份证到柜台。");
  });

  it("are not trusted for a file written just before the run, nor recorded for it", async () => {
    await load();
    write("账户/开户.md", files["账户/开户.md"]!.replace("网点", "柜台"));
    // A run just after the write: the file was written within TRUST_AFTER_MS.
    const result = await loadAt(writtenAt(absolute("账户/开户.md")) + 1);
    expect(answerOf(result, "如何开户？")).toBe("带身份证到柜台。");
    expect(stampedSources()).not.toContain("账户/开户.md");
    // A run just after the oldest file's last write: every file was written within
    // TRUST_AFTER_MS of it, so it stamps none.
    rmSync(path.join(cwd, ".faqops-cache"), { recursive: true });
    await loadAt(Math.min(...Object.keys(files).map((source) => writtenAt(absolute(source)))) + 1);
    expect(existsSync(stampsFile) ? stampedSources() : []).toEqual([]);
  });

  it("are not written again by a run that found every file as it was", async () => {
    await load();
    const first = statSync(stampsFile);
    await load();
    const second = statSync(stampsFile);
    expect([second.ino, second.mtimeMs]).toEqual([first.ino, first.mtimeMs]);
    // A file added changes them.
    write("账户/挂失.md", "---\ntitle: 如何挂失？\n---\n\n打客服电话。\n");
    await load();
    expect(stampedSources()).toContain("账户/挂失.md");
  });

  it("drop a deleted file and still match the others by name", async () => {
    await load();
    rmSync(absolute("信用卡/还款.md"));
    const result = await load();
    expect(result.entries.map((e) => e.title).sort()).toEqual(["如何开户？", "如何销户？"]);
    expect(stampedSources()).toEqual(["账户/开户.md", "账户/销户.md"]);
  });

  it("are neither read nor written with --no-cache", async () => {
    await load(60_000, false);
    expect(existsSync(stampsFile)).toBe(false);
  });

  it("ignore a malformed stamps file, and write a good one", async () => {
    const fresh = JSON.stringify(await load(60_000, false));
    for (const garbage of [
      "",
      "{",
      '{"format":"faqops-stamps/2","files":[1,2,3,4,5,6]}',
      '{"format":"faqops-stamps/2","files":["a.md","0123",1,"2",3,4]}',
      "[]",
    ]) {
      await load();
      writeFileSync(stampsFile, garbage);
      expect(JSON.stringify(await load())).toBe(fresh);
      expect(stampedSources()).toHaveLength(3);
    }
  });

  it("turn the cache off when the stamps file is a symbolic link", async () => {
    await load();
    const outside = path.join(cwd, "outside.json");
    writeFileSync(outside, "{}");
    rmSync(stampsFile);
    symlinkSync(outside, stampsFile);
    const result = await load();
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(["cache-symlink"]);
    expect(readFileSync(outside, "utf8")).toBe("{}");
  });
});

describe("FileStamps.take", () => {
  it("stamps a regular file only once it is TRUST_AFTER_MS old", () => {
    const file = absolute("账户/开户.md");
    const dir = path.join(cwd, ".faqops-cache");
    const written = writtenAt(file);
    expect(FileStamps.read(dir, written + 1, 1).take(0, file)).toBe(false);
    expect(FileStamps.read(dir, written + TRUST_AFTER_MS, 1).take(0, file)).toBe(false);
    const later = FileStamps.read(dir, written + TRUST_AFTER_MS + 1, 3);
    expect(later.take(0, file)).toBe(true);
    expect(later.take(1, path.join(cwd, "content"))).toBe(false);
    expect(later.take(2, path.join(cwd, "missing.md"))).toBe(false);
  });
});
