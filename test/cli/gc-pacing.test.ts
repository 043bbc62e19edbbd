import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateTree } from "../../bench/generate.js";
import { PACED_FROM_FILES } from "../../src/heap.js";

/**
 * The executables' GC pacing (src/heap.ts) holds for content of PACED_FROM_FILES files or more,
 * and must hold in the main thread after the compile workers started: a worker's start-up puts
 * V8's flags back to their defaults for the whole process, and then the main thread's new space
 * grows to 32 MB (at 100k entries, ~40 MB more at the peak). Below PACED_FROM_FILES, a run lets
 * the new space grow as V8 would. A probe loaded before the built CLI allocates objects that
 * survive once the run is over and reports how large the new space became.
 */
const cli = path.join(inject("distDir"), "cli.js");
let dir: string;
let probe: string;
/** A working directory whose content has PACED_FROM_FILES small entry files. */
let large: string;

/** Over the 1 MB semi-spaces the pacing keeps, well under the 2 × 16 MB V8 grows to. */
const PACED_MAX_BYTES = 16 * 1024 * 1024;
/** The new space the pacing keeps (its 1 MB semi-spaces, as V8 counts it). */
const PACED_BYTES = 4 * 1024 * 1024;
/** The most V8 grows the new space to (Node 20). */
const UNPACED_MAX_BYTES = 32 * 1024 * 1024;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "faqops-gc-"));
  generateTree(path.join(dir, "content"), 200);
  // Small files, so that making and compiling 20,000 of them takes a few seconds.
  large = path.join(dir, "large");
  for (let folder = 0; folder < PACED_FROM_FILES / 500; folder++) {
    const at = path.join(large, "content", `技能${folder}`);
    mkdirSync(at, { recursive: true });
    for (let i = 0; i < 500; i++) {
      const n = folder * 500 + i;
      writeFileSync(
        path.join(at, `问题${n}.md`),
        `---\ntitle: 第${n}个问题？\n---\n\n第${n}个答案。\n`,
      );
    }
  }
  probe = path.join(dir, "probe.mjs");
  writeFileSync(
    probe,
    `import { writeFileSync } from "node:fs";
import { getHeapSpaceStatistics } from "node:v8";
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;
process.on("exit", () => {
  const before = newSpace();
  // Kept objects: with a survival rate this high V8 grows the new space unless paced.
  const kept = [];
  for (let i = 0; i < 500000; i++) kept.push({ i, text: "x" + i });
  globalThis.kept = kept;
  writeFileSync(process.env.PROBE_OUT, String(newSpace()));
  if (process.env.PROBE_BEFORE) writeFileSync(process.env.PROBE_BEFORE, String(before));
});
`,
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The new space's size (bytes) at the end of `node --import probe …args`. */
async function newSpaceAfter(
  args: string[],
  where: { cwd?: string; before?: string } = {},
): Promise<number> {
  const out = path.join(dir, `new-space-${Math.random().toString(36).slice(2)}`);
  await promisify(execFile)(process.execPath, ["--import", probe, ...args], {
    cwd: where.cwd ?? dir,
    env: { ...process.env, PROBE_OUT: out, PROBE_BEFORE: where.before ?? "", FAQOPS_DEBUG: "" },
    maxBuffer: 1 << 26,
  }).catch((error: { code?: number }) => {
    // `check` exits 1 on errors; the generated tree has warnings only, so anything else is one.
    if (error.code !== 1) throw error;
  });
  return Number(readFileSync(out, "utf8"));
}

describe("GC pacing with compile workers", () => {
  it("from PACED_FROM_FILES files, in one thread: lets the new space grow while compiling, and holds it from then on", async () => {
    // Compiling in this thread is where most of what is allocated dies young: heap.ts's
    // withYoungGenerationGrowth grows it past the paced 4 MB (Node 20). 20,000 files would
    // grow it to V8's largest, where it could not grow anyway: the cache takes all but 500.
    await newSpaceAfter([cli, "check", "--workers", "on"], { cwd: large });
    for (let n = 0; n < 500; n++) {
      const file = path.join(large, "content", `技能${n % 40}`, `问题${(n % 40) * 500 + n}.md`);
      writeFileSync(file, `${readFileSync(file, "utf8")}补充。\n`);
    }
    const before = path.join(dir, "before");
    const args = [cli, "check", "--workers", "off"];
    const after = await newSpaceAfter(args, { cwd: large, before });
    const grown = Number(readFileSync(before, "utf8"));
    // Grown past the paced size, and short of V8's largest, where it could not grow anyway.
    expect(grown).toBeGreaterThan(PACED_BYTES);
    expect(grown).toBeLessThan(UNPACED_MAX_BYTES);
    // The probe's 500,000 kept objects after the run would grow it unpaced (the next test):
    // paced again, it stays as it was.
    expect(after).toBe(grown);
  }, 60_000);

  it("the probe sees V8's unpaced growth (so it can tell)", async () => {
    expect(await newSpaceAfter(["-e", ""])).toBeGreaterThan(PACED_MAX_BYTES);
  });

  it("from PACED_FROM_FILES files: holds after the workers started", async () => {
    const size = await newSpaceAfter([cli, "check", "--no-cache", "--workers", "on"], {
      cwd: large,
    });
    expect(size).toBeLessThan(PACED_MAX_BYTES);
  }, 60_000);

  it("below PACED_FROM_FILES files: lets the new space grow for the whole run, workers or not", async () => {
    for (const workers of ["off", "on"]) {
      const size = await newSpaceAfter([cli, "check", "--no-cache", "--workers", workers]);
      expect(size, workers).toBeGreaterThan(PACED_MAX_BYTES);
    }
  });
});
