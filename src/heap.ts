/**
 * How eagerly V8 collects garbage, set once by the executables (the CLI and the action), never
 * by the library: it is a process-wide setting, the embedding program's to choose.
 *
 * Old generation: after each full collection V8 lets the heap grow to up to about four times
 * what survived before it collects again. A run over 100k entries keeps ~100 MB alive (the
 * entries, the lockfile, the plan) but passes several times that through short-lived objects
 * (cache lines, the cross-entry rules' maps, the lockfile's text), so it peaked at ~480 MB of
 * RSS while needing a fifth of it. Growing by 5% instead keeps the peak under 400 MB for
 * ~10–20% more time at 100k entries, and changes nothing measurable at 10k, where the heap
 * stays small.
 *
 * Young generation: a run allocates most of its objects to keep them (records, keys, entries),
 * so most survive their first scavenge, and V8 answers a high survival rate by doubling the new
 * space, up to 3 × 16 MB. The larger new space only copies more each scavenge before
 * promoting it all anyway: with the growth factor at 1 (it stays at its first 1 MB
 * semi-space), a cold check of 100k entries peaks at ~340 MB instead of ~440 MB (in one
 * thread) with a third less CPU, and a warm plan of 10k is ~15% faster (0.81 s vs 0.95 s); a
 * cold check of 10k is ~4% slower and a warm plan of 100k ~15% slower (6.5 s vs 5.7 s, 35 MB
 * less), where the many small scavenges cost more than they save
 * (Node 20; docs/benchmarks.md has the figures). The factor is read at every growth, so setting
 * it after start-up takes effect, worker threads included. Newer V8 versions raise a factor
 * below 2 to 2 (a minimum added to V8's flag definitions; whether Node 24's V8 has it is not
 * measured here): there this setting changes nothing, and `NODE_OPTIONS=--max-semi-space-size=1`
 * (read at start-up only) gives the same bound (docs/benchmarks.md says so for users).
 * One phase is let grow: compiling in this thread (withYoungGenerationGrowth), where most of
 * what is allocated does die young. And in a run that loads content, the pacing holds only
 * for content of PACED_FROM_FILES files or more: today's 10k-entry runs are faster with V8's
 * own growth (the figures above for 10k predate the compile cache, the fast parsers and the
 * stamps).
 *
 * Both flags have been V8 flags since before Node 20 and are read when used, not once at
 * start-up (Node's caveat about late flags is for flags read once). An unknown flag would make
 * V8 print an error line to stdout; these are known to the V8 of Node 20 and of Node 24, and CI
 * runs the CLI's JSON-output tests on both.
 */
import { setFlagsFromString } from "node:v8";
import { PARALLEL_MIN_FILES } from "./options/content.js";

/** The heap grows by this share of what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 5;

/** The new space grows by this factor when most of it survives (1: it does not grow). */
export const SEMI_SPACE_GROWTH_FACTOR = 1;
/**
 * V8's own semi-space growth factor: while compiling in one thread (withYoungGenerationGrowth),
 * and for the whole run over content of fewer than PACED_FROM_FILES files (paceForFiles).
 */
const DEFAULT_SEMI_SPACE_GROWTH_FACTOR = 2;

/**
 * In a run that loads content, the new space is held at its first size
 * (SEMI_SPACE_GROWTH_FACTOR) only for content of this many entry files or more (paceForFiles);
 * a run that loads none (publish, say) keeps it held throughout. It is PARALLEL_MIN_FILES, the
 * count of files to compile from which a cold run compiles in workers (options/content.ts),
 * so that one number says where a run counts as large: below it, a run keeps its records in a
 * heap of ~100 MB at most, and the pacing only costs time.
 *
 * Why: a run keeps most of what it allocates (records, lockfile entries, the plan), and in a
 * 1 MB new space it is copied through ~40 scavenges at 10k entries: a warm plan spent a fifth
 * of its time collecting. With V8's own growth it takes 0.32 s instead of 0.34 s (mean of 10,
 * alternating), for ~30 MB more RSS (115 MB against 86 MB); a cold check is no slower
 * (docs/benchmarks.md, eighth round). At 100k entries, where the pacing keeps a cold check
 * under 300 MB, nothing changes.
 */
export const PACED_FROM_FILES = PARALLEL_MIN_FILES;

/** Whether the executable asked for the pacing (keepGarbageCollectionPacing puts it back). */
let paced = false;
/** The growth factor this run holds to: SEMI_SPACE_GROWTH_FACTOR, until paceForFiles says. */
let growthFactor = SEMI_SPACE_GROWTH_FACTOR;

export function paceGarbageCollection(): void {
  paced = true;
  setFlags();
}

/**
 * Puts the pacing back after a worker thread started, when the executable asked for it.
 *
 * Why: starting a worker thread puts these two flags back to V8's defaults for the whole
 * process: measured on Node 20, a flag set with setFlagsFromString before a worker starts reads
 * as its default once the worker is up (test/cli/gc-pacing.test.ts shows its effect). A cold run of 20,000 files or more compiles in two
 * workers (content/parallel.ts), so the main thread, which holds every record, lost the
 * pacing just when it mattered most: its new space grew to 32 MB, and a cold check of 100k
 * entries peaked at 345–363 MB instead of 316–321 MB (docs/benchmarks.md). The pool calls this
 * once each worker is running, as its `online` event comes after the worker's start-up.
 * A program that never paced keeps V8's defaults: this does nothing then.
 */
export function keepGarbageCollectionPacing(): void {
  if (paced) setFlags();
}

/**
 * Before starting worker threads with a young generation of `youngMb` (their `resourceLimits`),
 * when the executable asked for the pacing: makes them start with it whole.
 *
 * Why: the growth factor is process-wide, so at 1 a worker's new space would stay at its first
 * 1 MB semi-space too. A worker is the opposite of the main thread: nearly everything it
 * allocates (a file's syntax tree, its messages) is garbage a file later, and in a small new
 * space more of it is promoted before it dies: a cold check of 100k entries took 20–30% more
 * CPU (alternating runs). V8 reads the smallest semi-space when it makes an isolate's heap, so
 * this holds for the workers started after it, which get the 8 MB new space they grew to
 * before, and leaves the main thread's heap as it is (the new space is two semi-spaces:
 * `youngMb / 2` each).
 */
export function paceWorkerHeaps(youngMb: number): void {
  if (paced) setFlagsFromString(`--min-semi-space-size=${Math.max(1, Math.floor(youngMb / 2))}`);
}

/**
 * Runs `compile` with V8's own young-generation growth (a semi-space growth factor of 2, its
 * default), when the executable asked for the pacing; afterwards the new space is held at the
 * size it reached. For a run that compiles fewer files than the workers' threshold in this
 * thread.
 *
 * Why: compiling is the one phase whose allocations mostly die young (a file's text, its
 * syntax tree, its messages and cache line), so in a 1 MB new space the scavenges run ~460
 * times over 10k files and promote what was about to die. Grown (to at most 2 × 16 MB), a
 * cold check of 10k files takes ~5% less time (alternating runs, docs/benchmarks.md, seventh
 * round) for ~30 MB more RSS. The pacing's reason, a peak of memory at 100k entries, does
 * not apply here: those compile in workers (content/parallel.ts), where this is not called;
 * a plan after editing 1% of 100k (1,000 files) does: it peaks 30–40 MB higher (310–323 MB).
 */
export function withYoungGenerationGrowth<T>(compile: () => T): T {
  if (!paced) return compile();
  setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_SEMI_SPACE_GROWTH_FACTOR}`);
  try {
    return compile();
  } finally {
    setFlagsFromString(`--semi-space-growth-factor=${growthFactor}`);
  }
}

/**
 * Told how many entry files the content has (the loader, once it has listed them), when the
 * executable asked for the pacing: below PACED_FROM_FILES, the new space grows as V8's own
 * would for the rest of the run; from it, it stays held.
 */
export function paceForFiles(files: number): void {
  if (!paced) return;
  growthFactor =
    files < PACED_FROM_FILES ? DEFAULT_SEMI_SPACE_GROWTH_FACTOR : SEMI_SPACE_GROWTH_FACTOR;
  setFlagsFromString(`--semi-space-growth-factor=${growthFactor}`);
}

function setFlags(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(`--semi-space-growth-factor=${growthFactor}`);
}
