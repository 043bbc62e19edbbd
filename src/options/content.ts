/**
 * The options every command that reads content shares (`--content`, `--no-cache`, `--workers`),
 * resolved once into one frozen object.
 */
import path from "node:path";
import type { ContentTargets } from "../content/targets.js";
import { DEFAULT_CONTENT_DIR } from "./paths.js";
import { booleanValue, choiceValue, type RawValue, stringValue } from "./values.js";

/** Options every command that reads content shares. */
export interface ContentOptions {
  /**
   * The folder content paths are relative to (diagnostics, compiled entries' `path`) and the
   * compile cache and rehearsal state live in: the project root the CLI found from its working
   * directory (src/cli/root.ts), or the Action's working directory.
   */
  readonly cwd: string;
  /** Absolute path of the content directory. */
  readonly contentDir: string;
  /**
   * Reuse and update the compile cache in `.faqops-cache/` (`--no-cache` turns it off). It
   * only saves time: a run without it gives the same result.
   */
  readonly cache: boolean;
  /**
   * Compile in worker threads (`--workers`): `auto` when PARALLEL_MIN_FILES or more files need
   * compiling and the bundle has a worker script; `on` whenever it has one; `off` never (one
   * thread: less memory; docs/benchmarks.md). The result is the same either way.
   */
  readonly workers: WorkerMode;
  /**
   * The targets of faqops.config.yaml, when there is one: the rules across entries run per
   * target, and front matter `targets` names are checked against them.
   */
  readonly targets?: ContentTargets | undefined;
  /**
   * When the run started, in ms since the epoch (default: now): a file written less than
   * TRUST_AFTER_MS before it is always read rather than known by its stamp (stamps.ts). Tests
   * set it later, to have files they just wrote known by their stamps.
   */
  readonly now?: number | undefined;
  /**
   * How many bytes of files compiled in this thread have their records kept as compiled,
   * holding the files' texts (content/load.ts KEEP_COMPILED_BYTES, the default). Tests set it
   * lower, to see the budget hold without compiling 32 MB of files.
   */
  readonly keepCompiledBytes?: number | undefined;
}

export const WORKER_MODES = ["auto", "on", "off"] as const;
export type WorkerMode = (typeof WORKER_MODES)[number];

/**
 * `--workers auto` compiles in worker threads from this many files to compile (content/load.ts):
 * below it, one thread is as fast as the worker pool for less CPU. With remark doing all the
 * parsing the pool paid from a few hundred files; since the fast paths (markdown-fast.ts,
 * front-matter-fast.ts), on the 2-core machine of docs/benchmarks.md, the pool's start-up, the
 * copying of results and the second core's contention with the main thread and V8's background
 * GC cost about what they save at 10k files (cold check on the benchmark's tree: 3.1–3.3 s
 * either way, with ~30% more CPU in workers), and pay at 100k (21–25 s in workers against
 * 30–33 s in one thread, 2026-11-28). More cores would lower the break-even; that is not
 * measured here. Workers also add their own heaps (~30 MB each): a plan after editing 1% of
 * 100k entries (1,000 files) compiles in one thread.
 */
export const PARALLEL_MIN_FILES = 20_000;

/**
 * Resolves `--content` and `--no-cache`. A folder given is relative to the working directory
 * `cwd`, as any path typed on a command line is; the default, `content`, is the one in the
 * project root `root` (default: `cwd`), so a run from a subfolder finds it.
 */
export function resolveContentOptions(raw: {
  cwd: string;
  root?: string | undefined;
  content?: RawValue;
  cache?: RawValue;
  workers?: RawValue;
}): ContentOptions {
  const root = raw.root ?? raw.cwd;
  const content = stringValue("content", raw.content);
  return Object.freeze({
    cwd: root,
    contentDir:
      content === undefined
        ? path.resolve(root, DEFAULT_CONTENT_DIR)
        : path.resolve(raw.cwd, content),
    cache: booleanValue("cache", raw.cache, true),
    workers: choiceValue("workers", raw.workers, WORKER_MODES, "auto"),
  });
}
