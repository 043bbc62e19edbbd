/**
 * The fuzzer (bench/fuzz.ts) in the test suite: a fixed seed and a bounded number of malformed
 * files, each checked for every property (no exception, a time bound, JSON-safe results,
 * diagnostics with rule ids and positions, sendable entries), with memory bounded over the run.
 * `npm run fuzz` runs far more; a failure here names its input as SEED:INDEX, which
 * `npm run fuzz -- --replay SEED:INDEX` runs again and saves.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkInput, fuzzInput, RSS_GROWTH_LIMIT_MB } from "../../bench/fuzz.js";
import { type ContentResult, loadContent } from "../../src/content/index.js";

const SEED = 20_261_201;
/** About 6 s alone on the 2-core machine of docs/benchmarks.md. */
const COUNT = 1500;
/**
 * Per input. The slowest inputs take ~0.5 s alone (answers and front matter filled up to the
 * limits); a hang, as the findings this guards against were, takes tens of seconds. The
 * margin is for a loaded machine running other test files at the same time.
 */
const MAX_MS = 5000;

const FAMILIES = [
  "at-limits",
  "control-characters",
  "deep",
  "directives",
  "front-matter",
  "huge",
  "invalid-utf8",
  "line-endings",
  "mutated",
  "random-bytes",
  "soup",
  "yaml",
];

describe(`the compiler on ${COUNT} malformed files (seed ${SEED})`, () => {
  it("keeps every property, in bounded time and memory", () => {
    const startRss = process.memoryUsage.rss();
    let peakRss = startRss;
    const failures: string[] = [];
    const families = new Set<string>();
    for (let index = 0; index < COUNT; index++) {
      const input = fuzzInput(SEED, index);
      families.add(input.family);
      const outcome = checkInput(input, MAX_MS);
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      if (outcome.failures.length > 0) {
        failures.push(`${SEED}:${index} (${input.family}): ${outcome.failures.join("; ")}`);
      }
    }
    expect(
      failures,
      `seed ${SEED}: replay an input with \`npm run fuzz -- --replay SEED:INDEX\``,
    ).toEqual([]);
    const grewMB = (peakRss - startRss) / 2 ** 20;
    expect(grewMB, `seed ${SEED}: RSS grew by ${grewMB.toFixed(0)} MB`).toBeLessThan(
      RSS_GROWTH_LIMIT_MB,
    );
    expect([...families].sort()).toEqual(FAMILIES);
    // Thousands of compiles, each under its own bound: far longer than a usual test on a loaded
    // 2-core machine.
  }, 120_000);

  it("is reproducible: an input depends only on its seed and index", () => {
    for (const index of [0, 7, 499, COUNT - 1]) {
      expect(fuzzInput(SEED, index)).toEqual(fuzzInput(SEED, index));
    }
    expect(fuzzInput(SEED, 1).bytes).not.toEqual(fuzzInput(SEED + 1, 1).bytes);
  });
});

describe("the compile cache on malformed files", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("gives the same diagnostics and entries cold, warm and without it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "faqops-fuzz-cache-"));
    dirs.push(dir);
    const contentDir = path.join(dir, "content");
    mkdirSync(path.join(contentDir, "a"), { recursive: true });
    for (let index = 0; index < 200; index++) {
      const input = fuzzInput(SEED, index);
      writeFileSync(
        path.join(contentDir, "a", `${String(index).padStart(3, "0")}.md`),
        input.bytes,
      );
    }
    const load = (cache: boolean) => loadContent({ cwd: dir, contentDir, cache, workers: "off" });
    const summary = (result: ContentResult) => ({
      diagnostics: result.diagnostics,
      entries: result.entries.map((e) => ({ ...e })),
    });
    const cold = summary(await load(true));
    const warm = summary(await load(true));
    const none = summary(await load(false));
    expect(cold.diagnostics.length).toBeGreaterThan(100);
    expect(warm).toEqual(cold);
    expect(none).toEqual(cold);
  });
});
