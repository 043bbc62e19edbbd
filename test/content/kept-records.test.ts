import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/index.js";
import { KEEP_COMPILED_BYTES } from "../../src/content/load.js";
import { resolveContentOptions } from "../../src/options/content.js";

/**
 * Records of files compiled in this thread are kept as the compiler made them, holding their
 * files' texts, only for the first KEEP_COMPILED_BYTES (32 MB) of files (content/load.ts); the
 * rest are parsed back from their cache lines and hold none. A budget of bytes, not files:
 * 20,000 answers of 20,000 characters would hold 800 MB. The runs here set a lower budget.
 */
let cwd: string;
const FILES = 200;
const SIZE = 19_000;

beforeAll(() => {
  cwd = mkdtempSync(path.join(tmpdir(), "faqops-kept-"));
  const dir = path.join(cwd, "content", "账户");
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    // A title long enough to be a slice of the text, and an answer of 1 MB of ASCII.
    const head = `---\ntitle: a question long enough to be sliced, number ${i}?\n---\n\n`;
    const ask = `\n\n:ask[another question long enough to be sliced ${i}]\n`;
    writeFileSync(path.join(dir, `q${i}.md`), head + "x".repeat(SIZE) + ask);
  }
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("records kept as compiled", () => {
  it("hold the texts of files up to the budget's bytes, and no more", async () => {
    expect(KEEP_COMPILED_BYTES).toBe(32 * 1024 * 1024);
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    /** The heap a run's result holds, its cache rebuilt (every file compiled). */
    const held = async (keepCompiledBytes: number | undefined): Promise<number> => {
      rmSync(path.join(cwd, ".faqops-cache"), { recursive: true, force: true });
      gc();
      const before = process.memoryUsage().heapUsed;
      const result = await loadContent({
        ...resolveContentOptions({ cwd, cache: true }),
        keepCompiledBytes,
      });
      gc();
      const after = process.memoryUsage().heapUsed;
      expect(result.fileCount).toBe(FILES);
      return after - before;
    };
    const text = FILES * SIZE;
    // All kept (the default budget is far above these 3.8 MB): every text is held.
    expect(await held(undefined)).toBeGreaterThan(text);
    // A budget of a quarter of them: about that much is held, the rest parsed back.
    const quarter = await held(text / 4);
    expect(quarter).toBeLessThan(text / 2);
    // None kept: none held, only the records.
    expect(await held(0)).toBeLessThan(text / 4);
  }, 60_000);
});
