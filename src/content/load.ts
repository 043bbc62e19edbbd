/** The loader: finds entry files under the content directory, reads them, compiles them. */
import { stat } from "node:fs/promises";
import path from "node:path";
import { compareStrings, type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { InternalError, UsageError } from "../errors.js";
import { isInside, linkTargetName, realPathIfAny, realPathOr } from "../fs/links.js";
import type { ContentOptions, WorkerMode } from "../options/content.js";
import { displayPath } from "../options/paths.js";
import { type AnswerReader, LoadedAnswers } from "./answer-reader.js";
import {
  bytesHash,
  type CachedRecord,
  type CacheRecord,
  CacheWriter,
  cachePath,
  linkedCachePath,
  NO_BYTES,
  parseHead,
  parseLine,
  readCompileCache,
} from "./cache.js";
import type { FileResult } from "./compile.js";
import { readEntryFile, scanContentFolder } from "./files.js";
import {
  type CompileJob,
  compileInWorkers,
  compileJob,
  workerCount,
  workerScript,
} from "./parallel.js";
import { diagnostic } from "./rules.js";
import {
  acrossTargets,
  type ContentTargets,
  checkTargetNames,
  type EntryTargets,
} from "./targets.js";
import type { CompiledEntry, Message } from "./types.js";

/** Everything the content directory holds, compiled and checked. */
export interface ContentResult {
  /** Entries of files without errors (drafts included), sorted by `source`: plain data. */
  readonly entries: CompiledEntry[];
  /** Every diagnostic of every file, sorted by path, line and column. */
  readonly diagnostics: Diagnostic[];
  /** How many entry files were found. */
  readonly fileCount: number;
  /**
   * Front matter `targets` of the entries that have it, by source: such an entry goes only to
   * those targets (targets.ts, entriesFor). Entries not in the map go to every target.
   */
  readonly entryTargets: EntryTargets;
  /**
   * Reads an entry's answer (messages and `content`) when it is to be shown or sent: from the
   * compile cache, or its file compiled again (answer-reader.ts). Entries do not hold them.
   */
  readonly answers: AnswerReader;
}

/**
 * Below this many files to compile, one thread is faster than the worker pool. With remark
 * doing all the parsing the pool paid from a few hundred files; since the fast paths
 * (markdown-fast.ts, front-matter-fast.ts) a file compiles in ~50 µs, and on the 2-core
 * machine of docs/benchmarks.md the pool's start-up, the copying of results and the second
 * core's contention with the main thread and GC cost more than they save below 20–30k files
 * (cold check, no cache: 10k 0.93 s alone vs 1.06 s in workers; 100k 6.8 s vs 5.5 s). More
 * cores would lower the break-even; that is not measured here. Workers also add their own
 * heaps: a plan after editing 1% of 100k entries (1,000 files) stays under 400 MB in one thread.
 */
const PARALLEL_MIN_FILES = 20_000;

/**
 * Loads, compiles and checks every entry under `options.contentDir`. Files whose bytes the
 * compile cache knows are not parsed again; the rest are compiled, in worker threads when
 * there are many.
 *
 * Entries never hold their answers; `answers` reads one when asked. With the cache on, it
 * reads it back from the entry's line of the cache file (answer-reader.ts), so no run — cold
 * or warm, 100k entries or 10 — holds every answer at once: results stream into the new cache
 * file as they come. With `--no-cache` the reader holds the answers.
 *
 * Files are read synchronously, one after another: for many small files the per-call cost
 * of promise-based reads (a file handle opened, read and closed through the thread pool)
 * was over a third of a run, and the page cache makes the synchronous read a memory copy.
 *
 * Which files are read, and what is said about those that are not (links, near-miss names,
 * unreadable files), is files.ts's. A `.faqops-cache` that is a symbolic link turns the cache
 * off for the run, with a `cache-symlink` warning given with and without `--no-cache` alike.
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
  refuseContentOutside(cwd, contentDir);
  const scan = scanContentFolder(contentDir, cwd);
  const sources = scan.sources;
  const cacheLink = linkedCachePath(cwd);
  const fileDiagnostics = cacheLink
    ? [...scan.diagnostics, cacheDiagnostic(cwd, cacheLink)]
    : scan.diagnostics;
  const useCache = options.cache && cacheLink === undefined;
  const cacheFile = cachePath(cwd);
  const cached = useCache ? readCompileCache(cacheFile) : new Map<string, CachedRecord>();
  const answers = new LoadedAnswers(contentDir, useCache ? cacheFile : undefined);
  const results: FileResult[] = new Array(sources.length);
  const hits: { index: number; source: string; cached: CachedRecord }[] = [];
  const misses: { index: number; job: CompileJob }[] = [];
  sources.forEach((source, index) => {
    const absolute = path.join(contentDir, ...source.split("/"));
    const file = displayPath(cwd, absolute);
    const known = cached.get(source);
    if (known && known.record.path === file) {
      const read = readEntryFile(absolute, file);
      if ("bytes" in read && bytesHash(read.bytes) === known.record.hash) {
        hits.push({ index, source, cached: known });
        return;
      }
    }
    misses.push({ index, job: { source, path: file, absolute } });
  });

  // Rewrite the cache only when it would change: a warm run writes nothing. Records still
  // valid are copied over first; each result is appended as it is compiled.
  const writer =
    useCache && (misses.length > 0 || hits.length !== cached.size)
      ? CacheWriter.open(cacheFile)
      : undefined;
  const hitSpans = hits.map((hit) => hit.cached.span);
  const spans = writer ? writer.copy(cacheFile, hitSpans) : hitSpans;
  hits.forEach((hit, k) => {
    const { record } = hit.cached;
    results[hit.index] = fromRecord(hit.source, record);
    if (record.stored.entry) answers.cached(hit.source, record.hash, spans[k]);
  });
  const strings = new Map<string, string>();
  await compileJobs(
    misses.map((m) => m.job),
    options.workers,
    (k, line) => {
      const { index, job } = misses[k]!;
      if (useCache) {
        const record = head(line, strings);
        // A file that could not be read is not cached: the next run tries it again.
        const span = record.hash === NO_BYTES ? undefined : writer?.append(line);
        results[index] = fromRecord(job.source, record);
        if (record.stored.entry) answers.cached(job.source, record.hash, span);
      } else {
        const { record, messages = [] } = whole(line, strings);
        results[index] = fromRecord(job.source, record);
        if (record.stored.entry) answers.held(job.source, messages);
      }
    },
  );
  // Spans point into the new file; if it could not be put in place, answers are compiled again.
  if (writer && !writer.commit()) answers.lostCache();
  return { ...assemble(results, fileDiagnostics, options.targets), answers };
}

/**
 * Refuses a content folder named inside the working directory whose real path is outside it:
 * a `content` link planted in a pull request could make faqops walk and read the runner's
 * whole disk. A folder elsewhere given as such (`--content ../faq`, an absolute path) is fine.
 */
function refuseContentOutside(cwd: string, contentDir: string): void {
  if (!isInside(cwd, contentDir)) return;
  const cwdReal = realPathOr(cwd);
  const real = realPathOr(contentDir);
  if (isInside(cwdReal, real)) return;
  throw new UsageError(
    `content directory ${displayPath(cwd, contentDir)} leads outside the working directory through a symbolic link; faqops reads content only inside the repository it runs in.`,
    { hint: "replace the link with the folder, or pass --content with the folder's own path" },
  );
}

/** The warning for a compile cache that is a symbolic link (see linkedCachePath). */
function cacheDiagnostic(cwd: string, link: string): Diagnostic {
  const real = realPathIfAny(link);
  const target = linkTargetName(
    link,
    real === undefined ? undefined : { real, cwdReal: realPathOr(cwd) },
  );
  return diagnostic(
    "cache-symlink",
    displayPath(cwd, link),
    { line: 1, column: 1 },
    `this is a symbolic link (to \`${target}\`): faqops neither reads nor writes its compile cache through a link, which could lead outside the repository, so this run compiled every file; delete the link (faqops makes the folder again)`,
  );
}

/** A file's result from its cache record: its entry as plain data, without the answer. */
function fromRecord(source: string, record: CacheRecord): FileResult {
  const { diagnostics, keys, entry } = record.stored;
  const { path } = record;
  if (!entry) return { source, path, diagnostics, keys };
  const { skill, title, questions, id, draft, threshold, hash } = entry;
  // Literals rather than spreads: in V8 a spread copy is ~300 bytes bigger. One key order
  // either way (`id` only when set), as the compiler's entries have.
  const plain: CompiledEntry =
    id === undefined
      ? { source, path, skill, title, questions, draft, threshold, hash }
      : { source, path, skill, title, questions, id, draft, threshold, hash };
  return { source, path, diagnostics, keys, entry: plain };
}

/** The record in a line this run just compiled (so it is well-formed). */
function head(line: string, strings: Map<string, string>): CacheRecord {
  const parsed = parseHead(line.slice(0, line.indexOf("\t")), strings);
  if (!parsed) throw new InternalError("a compiled file gave a line the cache cannot read");
  return parsed[1];
}

/** The record and answer in a line this run just compiled. */
function whole(
  line: string,
  strings: Map<string, string>,
): { record: CacheRecord; messages?: readonly Message[] } {
  const parsed = parseLine(line, strings);
  if (!parsed) throw new InternalError("a compiled file gave a line the cache cannot read");
  return parsed;
}

/**
 * Reads and compiles files, in worker threads when that pays, handing each result's cache
 * line to `onLine` in the order of `jobs`.
 */
async function compileJobs(
  jobs: readonly CompileJob[],
  mode: WorkerMode,
  onLine: (index: number, line: string) => void,
): Promise<void> {
  const script = mode === "off" ? undefined : workerScript();
  // `on` is asked for by tests and the benchmark: running in one thread instead would let them
  // pass without ever starting a worker (as the chunked bundle once did unnoticed).
  if (mode === "on" && script === undefined && import.meta.url.endsWith(".js")) {
    throw new InternalError("--workers on: the worker script compile-worker.js was not found");
  }
  const threads = workerCount();
  const parallel =
    script !== undefined && (mode === "on" || (jobs.length >= PARALLEL_MIN_FILES && threads > 1));
  if (parallel) return compileInWorkers(jobs, script, threads, onLine);
  jobs.forEach((job, index) => {
    onLine(index, compileJob(job));
  });
}

/**
 * Joins per-file results, the diagnostics about files that were not read (`fileDiagnostics`)
 * and the cross-entry rules (per target, when `targets` are configured) into one result, its
 * answers aside (pure).
 */
export function assemble(
  results: readonly FileResult[],
  fileDiagnostics: readonly Diagnostic[] = [],
  targets?: ContentTargets,
): Omit<ContentResult, "answers"> {
  const diagnostics = sortDiagnostics([
    ...results.flatMap((r) => r.diagnostics),
    ...fileDiagnostics,
    ...checkTargetNames(results, targets),
    ...acrossTargets(results, targets),
  ]);
  // A file with an error of any kind, cross-entry ones included, yields no entry.
  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const entries = results
    .flatMap((r) => (r.entry && !failed.has(r.path) ? [r.entry] : []))
    .sort((a, b) => compareStrings(a.source, b.source));
  const bySource = new Map(results.map((r) => [r.source, r]));
  // Sorted by source, as `entries` is, so the object (and JSON of it) is stable.
  const entryTargets: Record<string, readonly string[]> = {};
  for (const e of entries) {
    const file = bySource.get(e.source);
    if (file?.keys.targets) entryTargets[e.source] = file.keys.targets.map((t) => t.text);
  }
  return { entries, diagnostics, fileCount: results.length, entryTargets };
}
