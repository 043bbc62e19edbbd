/**
 * Reading and compiling files, in a worker thread and in the main thread. The compiler's entry
 * point for the loader, imported only when some file must be compiled (load.ts): a warm run
 * never loads the parsers.
 */
import { bytesHash, NO_BYTES } from "./cache.js";
import { type CompiledFile, compileFile } from "./compile.js";
import { type EntryRead, type ReadStamp, readEntryFile, readRegularEntryFile } from "./files.js";

export { compileFile };

/** A file to read and compile, and where its result goes. */
export interface CompileJob {
  readonly source: string;
  readonly path: string;
  readonly absolute: string;
  /** It was a regular file when the folder was listed (see readRegularEntryFile). */
  readonly regular?: boolean;
  /** Take its stamp from the read (readRegularEntryFile): the loader has none of it yet. */
  readonly stamp?: boolean;
}

/** A file read and compiled: its result, and the hash of the bytes compiled. */
export interface CompiledJob {
  readonly result: CompiledFile;
  /** NO_BYTES when the file could not be read. */
  readonly bytes: string;
  /** How many bytes were read (0 when the file could not be read). */
  readonly size: number;
  /** The file's stamp, taken before its bytes were read, when the job asked for it. */
  readonly stamp?: ReadStamp | undefined;
}

/**
 * Reads and compiles one file. A file that cannot be read compiles to its `file-unreadable`
 * diagnostic alone.
 */
export function compileJobResult(job: CompileJob): CompiledJob {
  return compileRead(job, readJob(job));
}

/** Reads one job's file (with its stamp when the job asks for one): compileRead's input. */
export function readJob(job: CompileJob): EntryRead {
  return job.regular
    ? readRegularEntryFile(job.absolute, job.path, job.stamp)
    : readEntryFile(job.absolute, job.path);
}

/** Compiles a job's file from what readJob read of it. */
export function compileRead(job: CompileJob, read: EntryRead): CompiledJob {
  if ("problem" in read) {
    const keys = { questions: [], draft: false, asks: [] };
    const result = { source: job.source, path: job.path, diagnostics: [read.problem], keys };
    return { result, bytes: NO_BYTES, size: 0 };
  }
  const result = compileFile({ source: job.source, path: job.path, bytes: read.bytes });
  return { result, bytes: bytesHash(read.bytes), size: read.bytes.length, stamp: read.stamp };
}

/**
 * The files to compile: `count` of them, each job made when it is read or posted (`at(k)`), so
 * no run holds a job for every file at once.
 */
export interface CompileJobs {
  readonly count: number;
  at(k: number): CompileJob;
}

/**
 * How many files compileInTurn reads before it compiles them.
 *
 * Why: opening a file (the kernel's lookup of its path) took 2.5 times as long when each open
 * came between two compiles as when the opens came one after another: the compiler's work
 * leaves the processor's caches cold for the kernel. In profiles of a cold check of 10k files,
 * the opens took 63 ms one at a time and 25 ms 64 at a time, and the run ~3% less time
 * (alternating runs, docs/benchmarks.md, tenth round); larger batches were no faster. The
 * bytes of 64 files (~80 KB at the benchmark's 1.2 KB a file) are nothing next to what
 * compiling them allocates. Each file is still compiled from the bytes read with its stamp.
 *
 * Worker threads read one file at a time (compile-worker.ts): there it was not faster (a cold
 * check of 100k files, 8.1–8.7 s against 7.8–7.9 s in alternating runs) and held ~5 MB more.
 */
export const READ_AHEAD = 64;

/**
 * A batch also ends once it holds this many bytes: entry files have no size limit, and 64
 * large ones (an export saved as `.md`) held at once would be 64 times the memory of one.
 */
export const READ_AHEAD_BYTES = 1024 * 1024;

/**
 * Reads and compiles `jobs` in order, handing each result to `onCompiled`: READ_AHEAD files
 * (or READ_AHEAD_BYTES) read, then those compiled, and so on.
 */
export function compileInTurn(
  jobs: CompileJobs,
  onCompiled: (index: number, compiled: CompiledJob) => void,
): void {
  const batch: CompileJob[] = [];
  const reads: EntryRead[] = [];
  for (let from = 0; from < jobs.count; from += batch.length) {
    batch.length = 0;
    reads.length = 0;
    let bytes = 0;
    while (
      from + batch.length < jobs.count &&
      batch.length < READ_AHEAD &&
      bytes < READ_AHEAD_BYTES
    ) {
      const job = jobs.at(from + batch.length);
      const read = readJob(job);
      batch.push(job);
      reads.push(read);
      if ("bytes" in read) bytes += read.bytes.length;
    }
    for (let k = 0; k < batch.length; k++) onCompiled(from + k, compileRead(batch[k]!, reads[k]!));
  }
}
