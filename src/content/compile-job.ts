/**
 * Reading and compiling one file into its cache line: the same in a worker thread and in the
 * main thread. The compiler's entry point for the loader, imported only when some file must be
 * compiled (load.ts): a warm run never loads the parsers.
 */
import { bytesHash, compiledLine, NO_BYTES } from "./cache.js";
import { type CompiledFile, compileFile } from "./compile.js";
import { type ReadStamp, readEntryFile, readRegularEntryFile } from "./files.js";

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
  const read = job.regular
    ? readRegularEntryFile(job.absolute, job.path, job.stamp)
    : readEntryFile(job.absolute, job.path);
  if ("problem" in read) {
    const keys = { questions: [], draft: false, asks: [] };
    const result = { source: job.source, path: job.path, diagnostics: [read.problem], keys };
    return { result, bytes: NO_BYTES, size: 0 };
  }
  const result = compileFile({ source: job.source, path: job.path, bytes: read.bytes });
  return { result, bytes: bytesHash(read.bytes), size: read.bytes.length, stamp: read.stamp };
}

/**
 * Reads and compiles one file into its cache line (what a worker posts back), and its stamp
 * when the job asked for one and the read took it.
 */
export function compileJob(job: CompileJob): { line: string; stamp?: ReadStamp | undefined } {
  const { result, bytes, stamp } = compileJobResult(job);
  return { line: compiledLine(result, bytes), stamp };
}
