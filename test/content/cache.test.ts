import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentChangedError } from "../../src/content/answer-reader.js";
import {
  bytesHash,
  type CacheFiles,
  cacheFiles,
  compiledParts,
  compiledRecord,
  parseHead,
  parseKeys,
  SharedStrings,
  shareKeyStrings,
} from "../../src/content/cache.js";
import {
  COMPILER_VERSION,
  type ContentResult,
  compileFile,
  type EntryWithAnswer,
  loadContent,
} from "../../src/content/index.js";
import { type ContentOptions, resolveContentOptions } from "../../src/options/content.js";
import { rewriteSealedIndex } from "./index-seal.js";

/**
 * The compile cache (.faqops-cache/compile-index.ndjson and compile.ndjson): a record is used
 * only for the same bytes, path and compiler; anything else about it is ignored, and results
 * never depend on it. A hit is proven by tampering with a record: only a run that used the
 * record sees the change.
 */
let cwd: string;
let cache: CacheFiles;

const files: Record<string, string> = {
  "账户/开户.md": "---\ntitle: 如何开户？\nquestions:\n  - 怎么开户\n---\n\n带身份证到网点。\n",
  "账户/销户.md": "---\ntitle: 如何销户？\n---\n\n到开户网点办理。\n\n::image{media_id=M1}\n",
  "信用卡/还款.md": "---\ntitle: 怎么还款？\nid: card/repay\n---\n\n手机银行还款。\n",
  "信用卡/坏.md": "---\ntitle: 12\n---\n\n坏的。\n",
};

function write(source: string, text: string): void {
  const file = path.join(cwd, "content", source);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const options = (extra: { cache?: boolean } = {}): ContentOptions =>
  resolveContentOptions({ cwd, ...extra });
const load = (extra: { cache?: boolean } = {}): Promise<ContentResult> =>
  loadContent(options(extra));

/**
 * Rewrites every cached title 如何开户？ to 缓存里的标题, keeping the index well-formed and
 * sealed: a run that shows the new title took the record from the cache.
 */
function tamper(): void {
  rewriteSealedIndex(cache.index, (lines) => lines.replaceAll("如何开户？", "缓存里的标题"));
}
/** Both cache files' text, to compare. */
const cacheText = () =>
  [cache.index, cache.records].map((file) => readFileSync(file, "utf8")).join("\n--\n");
const titles = (result: ContentResult) => result.entries.map((e) => e.title);

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "faqops-cache-"));
  cache = cacheFiles(cwd);
  for (const [source, text] of Object.entries(files)) write(source, text);
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("the compile cache", () => {
  it("is written on the first run, ignored by Git, and gives the same result as no cache", async () => {
    const fresh = await load({ cache: false });
    expect(existsSync(cache.dir)).toBe(false);
    const first = await load();
    expect(existsSync(cache.index)).toBe(true);
    expect(existsSync(cache.records)).toBe(true);
    expect(readFileSync(path.join(cwd, ".faqops-cache/.gitignore"), "utf8")).toBe("*\n");
    const second = await load();
    expect(JSON.stringify(first)).toBe(JSON.stringify(fresh));
    expect(JSON.stringify(second)).toBe(JSON.stringify(fresh));
    expect(second.diagnostics.map((d) => d.ruleId)).toEqual(["key-type"]);
  });

  it("reuses a record when the bytes are the same", async () => {
    await load();
    tamper();
    expect(titles(await load())).toContain("缓存里的标题");
  });

  it("takes nothing from an index changed in place, even one that is still well-formed", async () => {
    const fresh = await load({ cache: false });
    await load();
    // One character of a title, as a flipped byte would leave it (如 → 妃): valid JSON, valid
    // UTF-8, the same length. The trailer no longer matches, so no record is trusted.
    const text = readFileSync(cache.index, "utf8");
    expect(text).toContain("如何开户？");
    writeFileSync(cache.index, text.replace("如何开户？", "妃何开户？"));
    const result = await load();
    expect(titles(result)).not.toContain("妃何开户？");
    expect(JSON.stringify(result)).toBe(JSON.stringify(fresh));
    // And the run wrote a whole cache again, which the next run takes.
    expect(readFileSync(cache.index, "utf8")).not.toContain("妃");
    tamper();
    expect(titles(await load())).toContain("缓存里的标题");
  });

  it("compiles a file again when its bytes change", async () => {
    await load();
    tamper();
    write("账户/开户.md", files["账户/开户.md"]!.replace("网点", "任意网点"));
    const result = await load();
    expect(titles(result)).toContain("如何开户？");
    const opened = result.entries.find((e) => e.title === "如何开户？")!;
    expect(result.answers.read(opened).content).toBe("带身份证到任意网点。");
  });

  it("ignores a cache written by another compiler version", async () => {
    await load();
    tamper();
    for (const file of [cache.index, cache.records]) {
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.replace(`"compiler":${COMPILER_VERSION}`, '"compiler":999'));
    }
    expect(titles(await load())).toContain("如何开户？");
  });

  it("ignores a record of another display path (diagnostics carry it)", async () => {
    await load();
    tamper();
    const other = mkdtempSync(path.join(tmpdir(), "faqops-cache-other-"));
    try {
      mkdirSync(path.join(other, ".faqops-cache"));
      const copy = cacheFiles(other);
      writeFileSync(copy.index, readFileSync(cache.index));
      writeFileSync(copy.records, readFileSync(cache.records));
      const result = await loadContent(
        resolveContentOptions({ cwd: other, content: path.join(cwd, "content") }),
      );
      expect(titles(result)).toContain("如何开户？");
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("ignores a corrupt cache, without failing, and rebuilds it", async () => {
    const fresh = await load({ cache: false });
    for (const file of [cache.index, cache.records]) {
      await load();
      const truncated = readFileSync(file, "utf8").slice(0, 300);
      for (const garbage of ["", "not json\n{", truncated]) {
        mkdirSync(cache.dir, { recursive: true });
        writeFileSync(file, garbage);
        expect(JSON.stringify(await load())).toBe(JSON.stringify(fresh));
      }
    }
    // Well-formed JSON of the wrong shape is no better than garbage.
    const header = readFileSync(cache.index, "utf8").split("\n")[0];
    writeFileSync(
      cache.index,
      `${header}\n[1,2,3,"账户/开户.md","x","content/账户/开户.md",{"keys":1}]\n[1,2]\n`,
    );
    expect(JSON.stringify(await load())).toBe(JSON.stringify(fresh));
    expect(JSON.stringify(await load())).toBe(JSON.stringify(fresh));
    // An index read with the records of another run is ignored whole.
    const records = readFileSync(cache.records, "utf8");
    await load({ cache: true });
    write("账户/新.md", "---\ntitle: 新问题？\n---\n\n新答案。\n");
    await load();
    rmSync(path.join(cwd, "content/账户/新.md"));
    writeFileSync(cache.records, records);
    tamper();
    expect(JSON.stringify(await load())).toBe(JSON.stringify(fresh));
  });

  it("is neither read nor written with --no-cache", async () => {
    await load();
    tamper();
    const before = cacheText();
    write("账户/新.md", "---\ntitle: 新问题？\n---\n\n新答案。\n");
    expect(titles(await load({ cache: false }))).toContain("如何开户？");
    expect(cacheText()).toBe(before);
  });

  it("drops the records of files no longer in the content", async () => {
    await load();
    rmSync(path.join(cwd, "content/账户/销户.md"));
    await load();
    expect(cacheText()).not.toContain("销户");
    const lines = (file: string) => readFileSync(file, "utf8").trim().split("\n").length;
    // The header, a line a file, the trailer.
    expect(lines(cache.index)).toBe(1 + 3 + 1);
    // Keys and answer: two lines a file.
    expect(lines(cache.records)).toBe(1 + 2 * 3);
  });
});

/** Each entry as compileFile gives it, by source: what every loaded entry must equal. */
function compiledAlone(): Map<string, EntryWithAnswer> {
  const out = new Map<string, EntryWithAnswer>();
  for (const source of Object.keys(files)) {
    const bytes = readFileSync(path.join(cwd, "content", source));
    const { entry } = compileFile({ source, path: `content/${source}`, bytes });
    if (entry) out.set(source, entry);
  }
  return out;
}
/** Every loaded entry with its answer, read. */
const withAnswers = (result: ContentResult): EntryWithAnswer[] =>
  result.entries.map((e) => ({ ...e, ...result.answers.read(e) }));

/** The entries compiled alone, in the order of `result`'s. */
const alike = (result: ContentResult, alone: Map<string, EntryWithAnswer>) =>
  result.entries.map((e) => alone.get(e.source)!);

describe("answers: loaded entries are plain data; the reader reads an answer when asked", () => {
  it("gives entries as plain data: the compiled entry's fields, without the answer", async () => {
    const alone = compiledAlone();
    for (const result of [await load(), await load(), await load({ cache: false })]) {
      for (const e of result.entries) {
        const descriptors = Object.values(Object.getOwnPropertyDescriptors(e));
        expect(descriptors.every((d) => "value" in d && d.get === undefined)).toBe(true);
        const { messages: _messages, content: _content, ...fields } = alone.get(e.source)!;
        expect(e).toStrictEqual(fields);
      }
    }
  });

  it("reads each answer back from its cache line, equal to the file compiled alone", async () => {
    const alone = compiledAlone();
    const result = await load();
    // Proof the answers come from the cache: with the files gone, compiling again would fail.
    rmSync(path.join(cwd, "content"), { recursive: true });
    expect(withAnswers(result)).toEqual(alike(result, alone));
    expect(result.entries.map((e) => e.hash)).toEqual(
      result.entries.map((e) => alone.get(e.source)!.hash),
    );
  });

  it("keeps the answers of records copied into a rewritten cache readable", async () => {
    await load();
    write("账户/新.md", "---\ntitle: 新问题？\n---\n\n新答案。\n");
    files["账户/新.md"] = readFileSync(path.join(cwd, "content/账户/新.md"), "utf8");
    try {
      const alone = compiledAlone();
      const result = await load(); // copies three records, appends one
      rmSync(path.join(cwd, "content"), { recursive: true });
      expect(result.entries).toHaveLength(4);
      expect(withAnswers(result)).toEqual(alike(result, alone));
    } finally {
      delete files["账户/新.md"];
    }
  });

  it("compiles the file again when the cache line is gone or does not hash to the entry", async () => {
    const alone = compiledAlone();
    const gone = await load();
    rmSync(cache.records);
    expect(withAnswers(gone)).toEqual(alike(gone, alone));

    const tampered = await load();
    writeFileSync(
      cache.records,
      // The same length in bytes: the offsets hold.
      readFileSync(cache.records, "utf8").replace("带身份证到网点。", "缓存里改的答案。"),
    );
    const opened = tampered.entries.find((e) => e.title === "如何开户？")!;
    expect(tampered.answers.read(opened).content).toBe("带身份证到网点。");
  });

  it("refuses an answer whose file changed since it was planned, naming the file", async () => {
    const result = await load();
    // Emptied in place (the run holds the file open, so removing it would change nothing):
    // the answer must be compiled again, from bytes that are no longer the planned ones.
    writeFileSync(cache.records, "");
    write("账户/开户.md", files["账户/开户.md"]!.replace("网点", "任意网点"));
    const opened = result.entries.find((e) => e.title === "如何开户？")!;
    expect(() => result.answers.read(opened)).toThrow(ContentChangedError);
    expect(() => result.answers.read(opened)).toThrow(
      "content/账户/开户.md changed while faqops was running",
    );
  });

  it("reads the answers it planned with after another run replaced the cache", async () => {
    const planned = await load();
    const before = readFileSync(cache.records);
    // Another run in this folder, after an edit: it writes new cache files and renames them
    // into place. This run's answers are still the ones it planned with.
    write("账户/开户.md", files["账户/开户.md"]!.replace("网点", "任意网点"));
    const other = await load();
    expect(readFileSync(cache.records).equals(before)).toBe(false);
    const opened = planned.entries.find((e) => e.title === "如何开户？")!;
    expect(planned.answers.read(opened).content).toBe("带身份证到网点。");
    const now = other.entries.find((e) => e.title === "如何开户？")!;
    expect(other.answers.read(now).content).toBe("带身份证到任意网点。");
  });

  it("holds the answers with --no-cache", async () => {
    const alone = compiledAlone();
    const result = await load({ cache: false });
    rmSync(path.join(cwd, "content"), { recursive: true });
    expect(withAnswers(result)).toEqual(alike(result, alone));
  });

  it("works, compiling answers again, when the cache folder cannot be written", async () => {
    const alone = compiledAlone();
    writeFileSync(path.join(cwd, ".faqops-cache"), "a file where the folder would be");
    const result = await load();
    expect(result.entries).toHaveLength(3);
    expect(withAnswers(result)).toEqual(alike(result, alone));
  });
});

describe("a record taken from the compiler (compiledRecord) and one read back from its line", () => {
  it("are equal, on every compile fixture, the broken ones included", () => {
    const root = path.join(import.meta.dirname, "../fixtures/compile");
    const inputs = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".md") && lstatSync(path.join(root, file)).isFile())
      .sort();
    expect(inputs.length).toBeGreaterThan(80);
    let withEntry = 0;
    let withDiagnostics = 0;
    for (const file of inputs) {
      const source = file.split(path.sep).join("/");
      const bytes = readFileSync(path.join(root, file));
      const result = compileFile({ source, path: `content/${source}`, bytes });
      const hash = bytesHash(bytes);
      const parts = compiledParts(result, hash);
      const taken = compiledRecord(result, hash, parts.keysHash, new SharedStrings());
      const strings = new SharedStrings();
      const read = parseHead(JSON.parse(parts.head) as unknown[], strings, 0, source);
      const keys = parseKeys(parts.keys, strings);
      shareKeyStrings(read!, keys!);
      expect(taken, source).toStrictEqual(read);
      // Plain data: the entry does not carry its answer.
      expect(taken.entry && Object.keys(taken.entry), source).toEqual(
        read!.entry && Object.keys(read!.entry),
      );
      if (taken.entry) withEntry++;
      if (taken.diagnostics.length > 0) withDiagnostics++;
    }
    expect(withEntry).toBeGreaterThan(20);
    expect(withDiagnostics).toBeGreaterThan(20);
  });
});
