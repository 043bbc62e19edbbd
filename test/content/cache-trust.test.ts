import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACROSS_FILE } from "../../src/content/across-cache.js";
import { type CacheFiles, cacheFiles } from "../../src/content/cache.js";
import { type ContentResult, loadContent } from "../../src/content/index.js";
import { resolveContentOptions } from "../../src/options/content.js";

/**
 * What the loader takes from the compile cache without compiling must be what compiling
 * gives; what it cannot check it must not take. Here: the keys read back from the records file
 * for the rules across entries, and the result of those rules it then remembers.
 */
let cwd: string;
let cache: CacheFiles;

const files: Record<string, string> = {
  "账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证到网点。\n",
  "账户/销户.md": "---\ntitle: 如何销户？\n---\n\n到开户网点办理。\n",
};

function write(source: string, text: string): void {
  const file = path.join(cwd, "content", source);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const load = (cacheOn = true): Promise<ContentResult> =>
  loadContent(resolveContentOptions({ cwd, cache: cacheOn }));
const shown = (result: ContentResult) =>
  JSON.stringify({ entries: result.entries, diagnostics: result.diagnostics });

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "faqops-cache-trust-"));
  cache = cacheFiles(cwd);
  for (const [source, text] of Object.entries(files)) write(source, text);
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("keys read back from the records file", () => {
  it("are not taken when they are not the keys the index's keys hash names", async () => {
    const fresh = await load(false);
    expect(fresh.diagnostics).toEqual([]);
    await load();
    // The rules across entries must run again (their remembered result is gone), from the
    // keys in the records file; one keys line is damaged in place, its byte length kept, so
    // that it still parses and its offsets hold: 销 and 开 are three bytes each.
    rmSync(path.join(cache.dir, ACROSS_FILE));
    const records = readFileSync(cache.records, "utf8");
    const keysLine = records.split("\n").find((line) => line.includes('"text":"如何销户？"'))!;
    writeFileSync(
      cache.records,
      records.replace(keysLine, keysLine.replace("如何销户", "如何开户")),
    );
    expect(Buffer.byteLength(readFileSync(cache.records, "utf8"))).toBe(Buffer.byteLength(records));

    expect(shown(await load())).toBe(shown(fresh));
    // Nor is a result computed from them remembered for the next run.
    expect(shown(await load())).toBe(shown(fresh));
  });
});
