/**
 * The `threshold` key beyond the fixtures (threshold, tree-threshold, err-threshold): its wire
 * string, and the entry hash — which must change with the threshold but stay exactly what it
 * was for every entry without one, so upgrading faqops resends nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cacheFiles, parseHead, SharedStrings } from "../../src/content/cache.js";
import { entryHash } from "../../src/content/entry-hash.js";
import { compileFile, loadContent } from "../../src/content/index.js";
import { DEFAULT_THRESHOLD, thresholdText } from "../../src/content/threshold.js";
import { resolveContentOptions } from "../../src/options/content.js";
import { rewriteSealedIndex } from "./index-seal.js";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/compile");

/** compileFile on `text` as the file `source` of the content folder. */
function compile(text: string, source = "常见问题/a.md") {
  return compileFile({ source, path: `content/${source}`, bytes: Buffer.from(text) });
}

const file = (threshold: string | undefined) =>
  `---\ntitle: 北京今天多少度？\n${threshold === undefined ? "" : `threshold: ${threshold}\n`}---\n\n晴，25 度。\n`;

describe("thresholdText", () => {
  it("gives the shortest decimal, never an exponent, and nothing when not set", () => {
    const text = (threshold: number | undefined) => thresholdText({ threshold });
    expect(text(0.85)).toBe("0.85");
    expect(text(1)).toBe("1");
    expect(text(0)).toBe("0");
    expect(text(0.9)).toBe("0.9");
    expect(text(0.0001)).toBe("0.0001");
    expect(text(0.1235)).toBe("0.1235");
    expect(text(undefined)).toBeUndefined();
    expect(thresholdText({})).toBeUndefined();
  });

  it("gives each compiled value as the editor wrote it, trailing zeros aside", () => {
    for (const [written, sent] of [
      ["0.85", "0.85"],
      ["0.7500", "0.75"],
      ["1.0", "1"],
      ["0", "0"],
      ["-0", "0"],
      ["1e-1", "0.1"],
      ["0.0001", "0.0001"],
    ]) {
      const { entry, diagnostics } = compile(file(written));
      expect(diagnostics, written).toEqual([]);
      expect(thresholdText(entry!), written).toBe(sent);
    }
  });
});

describe("the entry hash and the threshold", () => {
  const base = {
    skill: "账户",
    title: "怎么开户？",
    content: "带身份证到网点。",
    questions: ["开户", "办卡"],
  };

  it("is unchanged for an entry without a threshold, and for the default written out", () => {
    // The value test/content/entry-hash.test.ts pins, computed before thresholds existed.
    const before = "93e9853b1aa3330a8b3f5dad7cecb1374503fa73090c612b0656517f71090c5b";
    expect(entryHash(base)).toBe(before);
    expect(entryHash({ ...base, threshold: undefined })).toBe(before);
    expect(entryHash({ ...base, threshold: DEFAULT_THRESHOLD })).toBe(before);
  });

  it("covers the threshold's wire string as a sixth element (pinned)", () => {
    // python3 -c 'import json,hashlib; print(hashlib.sha256(json.dumps(["faqops-entry/1",
    //   "账户","怎么开户？","带身份证到网点。",["开户","办卡"],"0.85"],
    //   ensure_ascii=False, separators=(",",":")).encode()).hexdigest())'
    expect(entryHash({ ...base, threshold: 0.85 })).toBe(
      "d47a772eb8c8bfda78578158718fbd5e0c554c0c0cbb0ac64141b1e433122269",
    );
  });

  it("changes with every threshold but the default", () => {
    const hashes = [undefined, 0, 0.0001, 0.8, 0.85, 0.8501, 1].map((threshold) =>
      entryHash({ ...base, threshold }),
    );
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("keeps the hash recorded before thresholds for a fixture without one", () => {
    const bytes = readFileSync(path.join(fixtures, "spec-example/input.md"));
    const { entry } = compileFile({
      source: "天气/input.md",
      path: "content/天气/input.md",
      bytes,
    });
    // spec-example/expected.json's hash as committed before the `threshold` key existed.
    expect(entry?.hash).toBe("82ba056ed3c32f81fed72c3890e2f66049848c9d73a1a04672407797951bf069");
    expect(entry?.threshold).toBeUndefined();
  });

  it("of a compiled entry: unset, empty and 0.9 alike; any other value differs", () => {
    const hash = (threshold: string | undefined) => compile(file(threshold)).entry!.hash;
    const unset = hash(undefined);
    expect(hash("")).toBe(unset);
    expect(hash("~")).toBe(unset);
    expect(hash("0.9")).toBe(unset);
    expect(hash("0.90")).toBe(unset);
    expect(new Set([unset, hash("0.85"), hash("0.8"), hash("1"), hash("0")]).size).toBe(5);
    expect(hash("0.85")).toBe(hash("0.8500"));
  });

  it("keeps 0.9 written out on the entry (sent as such), hashed as the default", () => {
    const { entry } = compile(file("0.9"));
    expect(entry?.threshold).toBe(0.9);
    expect(thresholdText(entry!)).toBe("0.9");
    expect(compile(file(undefined)).entry?.threshold).toBeUndefined();
  });
});

describe("the compile cache and the threshold", () => {
  let cwd: string | undefined;
  afterEach(() => {
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it("keeps each entry's threshold and hash through a cached run", async () => {
    cwd = mkdtempSync(path.join(tmpdir(), "faqops-threshold-"));
    const texts: Record<string, string> = {
      "天气/北京.md": file("0.85"),
      "天气/上海.md": file(undefined).replace("北京", "上海"),
      "天气/广州.md": file("0.9").replace("北京", "广州"),
    };
    for (const [source, text] of Object.entries(texts)) {
      const target = path.join(cwd, "content", source);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    const options = resolveContentOptions({ cwd });
    const fresh = await loadContent({ ...options, cache: false });
    const first = await loadContent(options);
    // Proof the second run reads the records: a threshold changed in the cache shows up.
    const { index } = cacheFiles(cwd);
    rewriteSealedIndex(index, (lines) => lines.replace(",false,0.85,", ",false,0.5,"));
    const second = await loadContent(options);
    const thresholds = (r: typeof fresh) => r.entries.map((e) => [e.source, e.threshold, e.hash]);
    expect(thresholds(fresh)).toEqual([
      ["天气/上海.md", undefined, compile(texts["天气/上海.md"]!, "天气/上海.md").entry!.hash],
      ["天气/北京.md", 0.85, compile(texts["天气/北京.md"]!, "天气/北京.md").entry!.hash],
      ["天气/广州.md", 0.9, compile(texts["天气/广州.md"]!, "天气/广州.md").entry!.hash],
    ]);
    expect(thresholds(first)).toEqual(thresholds(fresh));
    expect(second.entries[1]?.threshold).toBe(0.5);
    expect(JSON.stringify(first)).toBe(JSON.stringify(fresh));
  });

  it("refuses a record whose threshold is not a number", () => {
    // An index line's head: source, bytes, path, keys hash, diagnostics, entry (a tuple),
    // and what selects it for targets (0: no skill or `targets` of its own).
    const head = (threshold: unknown) => [
      "天气/北京.md",
      "bytes",
      "content/天气/北京.md",
      "keys",
      0,
      ["天气", "北京？", [], null, false, threshold, "h"],
      0,
    ];
    expect(parseHead(head(0.85), new SharedStrings())?.entry?.threshold).toBe(0.85);
    expect(parseHead(head(null), new SharedStrings())?.entry?.threshold).toBeUndefined();
    expect(parseHead(head(0), new SharedStrings())?.entry?.threshold).toBe(0);
    expect(parseHead(head("0.85"), new SharedStrings())).toBeUndefined();
  });
});
