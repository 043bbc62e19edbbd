/** The loader: finds entry files under the content directory, reads them, compiles them. */
import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { compareStrings, type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { UsageError } from "../errors.js";
import { type ContentOptions, displayPath, type WorkerMode } from "../options.js";
import { validateAcrossEntries } from "./across.js";
import {
  bytesHash,
  type CacheRecord,
  cachePath,
  expandRecord,
  readCompileCache,
  toRecord,
  writeCompileCache,
} from "./cache.js";
import { compileFile, type FileResult } from "./compile.js";
import { findEntryFiles } from "./files.js";
import {
  type Compiled,
  type CompileJob,
  compileInWorkers,
  workerCount,
  workerScript,
} from "./parallel.js";
import type { CompiledEntry } from "./types.js";

/** Everything the content directory holds, compiled and checked. */
export interface ContentResult {
  /** Entries of files without errors (drafts included), sorted by `source`. */
  readonly entries: CompiledEntry[];
  /** Every diagnostic of every file, sorted by path, line and column. */
  readonly diagnostics: Diagnostic[];
  /** How many entry files were found. */
  readonly fileCount: number;
}

/**
 * Below this many files to compile, starting worker threads (~50 ms each, loading the
 * compiler) costs more than it saves; measured with `npm run bench`.
 */
const PARALLEL_MIN_FILES = 256;

/**
 * Loads, compiles and checks every entry under `options.contentDir`. Files whose bytes the
 * compile cache knows are not parsed again; the rest are compiled, in worker threads when
 * there are many.
 *
 * Files are read with readFileSync, one after another: for many small files the per-call cost
 * of promise-based reads (a file handle opened, read and closed through the thread pool)
 * was over a third of a run, and the page cache makes the synchronous read a memory copy.
 */
export async function loadContent(options: ContentOptions): Promise<ContentResult> {
  const { cwd, contentDir } = options;
  const info = await stat(contentDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(
      `content directory ${displayPath(cwd, contentDir)} ${info ? "is not a directory" : "does not exist"}.`,
      { hint: "run faqops in your repository's root, or pass --content DIR" },
    );
  }
  const sources = await findEntryFiles(contentDir);
  const cacheFile = cachePath(cwd);
  const cached = options.cache ? readCompileCache(cacheFile) : new Map<string, CacheRecord>();
  const records = new Map<string, CacheRecord>();
  const results: FileResult[] = new Array(sources.length);
  const misses: { index: number; job: CompileJob }[] = [];
  sources.forEach((source, index) => {
    const absolute = path.join(contentDir, ...source.split("/"));
    const file = displayPath(cwd, absolute);
    const record = cached.get(source);
    if (record && record.path === file) {
      const hash = bytesHash(readFileSync(absolute));
      if (hash === record.hash) {
        results[index] = expandRecord(source, record);
        records.set(source, record);
        return;
      }
    }
    misses.push({ index, job: { source, path: file, absolute } });
  });
  const compiled = await compileJobs(
    misses.map((m) => m.job),
    options.workers,
  );
  compiled.forEach((record, k) => {
    const { index, job } = misses[k]!;
    results[index] = expandRecord(job.source, record);
    if (options.cache) records.set(job.source, record);
  });
  // Rewrite the cache only when it would change: a warm run writes nothing.
  if (options.cache && (misses.length > 0 || records.size !== cached.size)) {
    await writeCompileCache(
      cacheFile,
      sources.flatMap((source) => {
        const record = records.get(source);
        return record ? [[source, record] as [string, CacheRecord]] : [];
      }),
    );
  }
  return assemble(results);
}

/** Reads and compiles files, in worker threads when that pays; results in the jobs' order. */
async function compileJobs(jobs: readonly CompileJob[], mode: WorkerMode): Promise<Compiled[]> {
  const script = mode === "off" ? undefined : workerScript();
  const threads = workerCount();
  const parallel =
    script !== undefined && (mode === "on" || (jobs.length >= PARALLEL_MIN_FILES && threads > 1));
  if (parallel) return compileInWorkers(jobs, script, threads);
  return jobs.map((job) => {
    const bytes = readFileSync(job.absolute);
    return toRecord(compileFile({ source: job.source, path: job.path, bytes }), bytesHash(bytes));
  });
}

/** Joins per-file results and the cross-entry rules into one result (pure). */
export function assemble(results: readonly FileResult[]): ContentResult {
  const diagnostics = sortDiagnostics([
    ...results.flatMap((r) => r.diagnostics),
    ...validateAcrossEntries(results),
  ]);
  // A file with an error of any kind, cross-entry ones included, yields no entry.
  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const entries = results
    .flatMap((r) => (r.entry && !failed.has(r.path) ? [r.entry] : []))
    .sort((a, b) => compareStrings(a.source, b.source));
  return { entries, diagnostics, fileCount: results.length };
}
