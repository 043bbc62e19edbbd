/**
 * Compiling many files on every core: a small pool of worker threads (compile-worker.ts)
 * fed batches of paths. Only the bundle has a worker script beside it; run from src/ (under
 * vitest) there is none, and the loader compiles in-process instead.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { keepGarbageCollectionPacing, paceWorkerHeaps } from "../heap.js";
import type { CompileJob, CompileJobs } from "./compile-job.js";
import type { ReadStamp } from "./files.js";

/** A batch posted to a worker. */
export interface CompileBatch {
  readonly id: number;
  readonly files: readonly CompileJob[];
}

/**
 * A worker's answer to a batch: each file's result as its cache line (cache.ts). Parsed from
 * JSON, the records the main thread holds are about a third smaller than structured clone's
 * copies, and the lines go to the cache file as they are.
 */
export type CompileReply =
  | {
      readonly id: number;
      readonly lines: readonly string[];
      /** Each file's ReadStamp, four numbers a file; NaN for a file without one. */
      readonly stamps: Float64Array;
    }
  | { readonly id: number; readonly error: string };

/** A file compiled in a worker: its cache line, and its stamp when the job asked for one. */
export interface CompiledInWorker {
  readonly line: string;
  readonly stamp: ReadStamp | undefined;
}

/**
 * Files per message: large enough that posting costs little next to compiling (~0.5 ms a
 * file), small enough that both threads finish at about the same time.
 */
const BATCH_SIZE = 64;

/**
 * A worker's young generation, in MB. A worker keeps ~7 MB alive between batches, but its new
 * space starts at Node's default size for workers (heap.ts's growth factor does not hold it
 * back) and each worker's heap reached ~50 MB: capped at 8 MB, a cold check of 100k entries
 * peaks at ~383 MB instead of ~443 MB with two workers, in about the same time (21–23 s against
 * 20–29 s, one run each, on 2 cores); at 10k, ~183 MB instead of ~220 MB (docs/benchmarks.md).
 */
const WORKER_YOUNG_MB = 8;

/** The bundled worker script beside this module, when there is one. */
export function workerScript(): URL | undefined {
  // Beside this module, or one folder up: the bundle splits shared code into dist/chunks/, and
  // this module may be in a chunk while the worker's entry point is dist/compile-worker.js.
  for (const relative of ["./compile-worker.js", "../compile-worker.js"]) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** How many workers to start: one a core, as the main thread only waits meanwhile. */
export function workerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Compiles `jobs` in `threads` worker threads, handing each result's cache line (and stamp) to
 * `onLine` in the order of `jobs` as soon as it and those before it are in: the lines are not kept
 * (at 100k files they would be most of the run's memory).
 */
export async function compileInWorkers(
  jobs: CompileJobs,
  script: URL,
  threads: number,
  onLine: (index: number, compiled: CompiledInWorker) => void,
): Promise<void> {
  const batchCount = Math.ceil(jobs.count / BATCH_SIZE);
  /** The next batch to post, made then. */
  let next = 0;
  const batch = (): CompileBatch | undefined => {
    if (next >= batchCount) return undefined;
    const id = next++ * BATCH_SIZE;
    const files: CompileJob[] = [];
    for (let k = id; k < Math.min(jobs.count, id + BATCH_SIZE); k++) files.push(jobs.at(k));
    return { id, files };
  };
  // Replies that came in before an earlier batch's, by batch id.
  const early = new Map<number, { lines: readonly string[]; stamps: Float64Array }>();
  let delivered = 0;
  const deliver = (id: number, reply: { lines: readonly string[]; stamps: Float64Array }) => {
    early.set(id, reply);
    for (let ready = early.get(delivered); ready; ready = early.get(delivered)) {
      early.delete(delivered);
      const { lines, stamps } = ready;
      lines.forEach((line, k) => {
        const at = 4 * k;
        const stamp: ReadStamp | undefined = Number.isNaN(stamps[at]!)
          ? undefined
          : [stamps[at]!, stamps[at + 1]!, stamps[at + 2]!, stamps[at + 3]!];
        onLine(delivered + k, { line, stamp });
      });
      delivered += lines.length;
    }
  };
  // Imported here: a run that compiles in this thread (below PARALLEL_MIN_FILES files, unless
  // `--workers on`) starts without Node's worker machinery.
  const { Worker } = await import("node:worker_threads");
  paceWorkerHeaps(WORKER_YOUNG_MB);
  const workers = Array.from({ length: Math.min(threads, batchCount) }, () => {
    const worker = new Worker(script, {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    // A worker's start-up resets the executable's GC pacing for the whole process (heap.ts).
    worker.once("online", keepGarbageCollectionPacing);
    return worker;
  });
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const files = batch();
              if (files) worker.postMessage(files);
              else resolve();
            };
            worker.on("message", (reply: CompileReply) => {
              if ("error" in reply) {
                reject(new Error(reply.error));
                return;
              }
              try {
                deliver(reply.id, reply);
              } catch (error) {
                reject(error);
                return;
              }
              feed();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              reject(new Error(`a compile worker exited early (code ${code})`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
