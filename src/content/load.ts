/** The loader: finds entry files under the content directory, reads them, compiles them. */
import { stat } from "node:fs/promises";
import path from "node:path";
import { compareStrings, type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { InternalError, UsageError } from "../errors.js";
import { isInside, linkTargetName, realPathIfAny, realPathOr } from "../fs/links.js";
import { paceForFiles, withYoungGenerationGrowth } from "../heap.js";
import { type ContentOptions, PARALLEL_MIN_FILES, type WorkerMode } from "../options/content.js";
import { displayPath } from "../options/paths.js";
import { ACROSS_FILE, acrossKey, readAcross, writeAcross } from "./across-cache.js";
import { type AnswerReader, ContentChangedError, LoadedAnswers } from "./answer-reader.js";
import {
  bytesHash,
  type CachedRecord,
  type CacheRecord,
  CacheWriter,
  cacheFiles,
  compiledParts,
  compiledRecord,
  type KeysSpan,
  linkedCachePath,
  NO_BYTES,
  type OpenCacheFile,
  parseHead,
  parseKeys,
  type RecordSpan,
  readCompileCache,
  readKeys,
  type Selector,
  SharedStrings,
  shareKeyStrings,
  splitLine,
} from "./cache.js";
import type { CompiledFile, EntryKeys, FileResult } from "./compile.js";
import type { CompileJob, CompileJobs } from "./compile-job.js";
import { type Compiler, loadCompiler } from "./compiler.js";
import { type ReadStamp, readEntryFile, readRegularEntryFile, scanContentFolder } from "./files.js";
import { KeyTable } from "./key-table.js";
import { compileInWorkers, workerCount, workerScript } from "./parallel.js";
import { diagnostic } from "./rules.js";
import { FileStamps, STAMPS_FILE } from "./stamps.js";
import {
  acrossTargets,
  type ContentTargets,
  type EntryTargets,
  targetNameDiagnostics,
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
    const shown = displayPath(cwd, contentDir);
    // Two whole sentences, not one with a spliced verb: each has its own Chinese entry.
    throw new UsageError(
      info
        ? `content directory ${shown} is not a directory.`
        : `content directory ${shown} does not exist.`,
      { remedy: { kind: "content-folder", problem: "missing" } },
    );
  }
  refuseContentOutside(cwd, contentDir);
  const scan = scanContentFolder(contentDir, cwd);
  const sources = scan.sources;
  // How eagerly to collect garbage depends on how much this run will hold (heap.ts).
  paceForFiles(sources.length);
  const cacheLink = linkedCachePath(cwd, [ACROSS_FILE, STAMPS_FILE]);
  const fileDiagnostics = cacheLink
    ? [...scan.diagnostics, cacheDiagnostic(cwd, cacheLink)]
    : scan.diagnostics;
  const useCache = options.cache && cacheLink === undefined;
  const files = cacheFiles(cwd);
  const cache = useCache ? readCompileCache(files) : undefined;
  const cached = cache?.records ?? new Map<string, CachedRecord>();
  // What stat says of each file, to take it from the cache without reading it (stamps.ts).
  const stamps = useCache
    ? FileStamps.read(files.dir, options.now ?? Date.now(), sources.length)
    : undefined;
  // Told where the answers are once the records file of this run is known (below).
  const answers = new LoadedAnswers(contentDir);
  const loaded = new LoadedFiles(sources.length);
  // Filled as files are compiled; the others' keys are read back only if the rules must run.
  const keys = new KeyTable(sources.length);
  const hits: { index: number; cached: CachedRecord }[] = [];
  // The files to compile, by index into `sources`, and how their stamp is taken (Stamp): numbers,
  // not a job object each. At 100k files the jobs and their paths (made flat when posted to a
  // worker) were ~30 MB of a cold check's highest point; a job is made when it is compiled.
  const misses: number[] = [];
  const stampTaken = new Uint8Array(sources.length);
  // displayPath(cwd, file) for every file, without a path.relative each (a tenth of a warm
  // run): the content folder's display path and the source, unless the working directory is
  // inside the content folder (then a path may go up and come back down: `../账户/x.md` is `x.md`).
  const folder = displayPath(cwd, contentDir);
  const prefix = folder === "." ? "" : `${folder}/`;
  const shortcut = folder === "." || !isInside(contentDir, cwd);
  // path.join(contentDir, source) without normalising again: both are normal already (the
  // walk's sources are `/`-separated names). At 10k files, path.join's copies were a tenth of
  // what a warm run allocated.
  const base = contentDir.endsWith(path.sep) ? contentDir : `${contentDir}${path.sep}`;
  const under = (source: string) =>
    path.sep === "/" ? `${base}${source}` : `${base}${source.replaceAll("/", path.sep)}`;
  const shown = (source: string, absolute: string) =>
    shortcut ? `${prefix}${source}` : displayPath(cwd, absolute);
  const jobAt = (index: number): CompileJob => {
    const source = sources[index]!;
    const absolute = under(source);
    const regular = !scan.irregular.has(source);
    const stamp = stampTaken[index] === Stamp.fromRead;
    return { source, path: shown(source, absolute), absolute, regular, stamp };
  };
  sources.forEach((source, index) => {
    const absolute = under(source);
    const file = shown(source, absolute);
    const regular = !scan.irregular.has(source);
    const known = cached.get(source);
    if (!known || known.record.path !== file) {
      // Compiled whatever its stamp says: the read takes it (readRegularEntryFile).
      misses.push(index);
      if (regular && stamps) stampTaken[index] = Stamp.fromRead;
      return;
    }
    // Taken before the file is read: a write after it leaves a later stamp (stamps.ts).
    const stamped = regular && stamps?.take(index, absolute) === true;
    const { hash } = known.record;
    if (stamped && stamps!.unchanged(index, source, hash)) {
      stamps!.record(index, hash, true);
      hits.push({ index, cached: known });
      return;
    }
    const read = regular ? readRegularEntryFile(absolute, file) : readEntryFile(absolute, file);
    if ("bytes" in read && bytesHash(read.bytes) === hash) {
      if (stamped) stamps!.record(index, hash, false);
      hits.push({ index, cached: known });
      return;
    }
    misses.push(index);
    if (stamped) stampTaken[index] = Stamp.taken;
  });

  // Rewrite the cache only when it would change: a warm run writes nothing. Records still
  // valid are copied over first; each result is appended as it is compiled.
  const writer =
    useCache && (misses.length > 0 || hits.length !== cached.size)
      ? CacheWriter.open(files)
      : undefined;
  // Without a rewrite a record's span is the one it was read with (a CachedRecord is one).
  const spans: (RecordSpan | undefined)[] = writer
    ? writer.copy(
        hits.map((hit) => hit.cached),
        cache!,
      )
    : hits.map((hit) => hit.cached);
  cached.clear();
  hits.forEach((hit, k) => {
    const { record } = hit.cached;
    loaded.set(hit.index, record, spans[k]);
    if (record.entry) answers.cached(record.source, record.hash, spans[k]);
  });
  const strings = new SharedStrings();
  // Bytes of files compiled in this thread whose records are kept as compiled (fromCompiled).
  let keptBytes = 0;
  const keepBudget = options.keepCompiledBytes ?? KEEP_COMPILED_BYTES;
  if (misses.length > 0) {
    const compiler = await loadCompiler();
    const jobs = { count: misses.length, at: (k: number) => jobAt(misses[k]!) };
    await compileJobs(compiler, jobs, options.workers, (k, compiled) => {
      const index = misses[k]!;
      const source = sources[index]!;
      if ("result" in compiled) keptBytes += compiled.size;
      const keep = "result" in compiled && keptBytes <= keepBudget;
      const {
        record,
        keys: fileKeys,
        span,
        messages,
      } = useCache
        ? fromCompiled(compiled, source, strings, keep, (parts) => writer?.append(parts))
        : fromCompiled(compiled, source, strings, keep);
      loaded.set(index, record, span);
      // The stamp goes with the bytes compiled: should the file have been written between
      // the two, its stamp now is a later one, and the next run reads it again.
      const taken =
        stampTaken[index] === Stamp.taken ||
        (stampTaken[index] === Stamp.fromRead &&
          compiled.stamp !== undefined &&
          stamps!.takeFromRead(index, compiled.stamp));
      if (taken && record.hash !== NO_BYTES) stamps!.record(index, record.hash, false);
      keys.set(index, record.path, fileKeys);
      if (record.entry && useCache) answers.cached(source, record.hash, span);
      else if (record.entry) answers.held(source, messages ?? []);
    });
  }
  // Spans point into this run's records file: the one it wrote, or the one it read when
  // nothing was rewritten, held open so that another run renaming its own into place does not
  // change what this one reads. If the new files could not be put in place, answers are
  // compiled again when read (so the compiler must be at hand).
  const recordsFile = writer ? writer.commit() : cache?.file;
  if (writer) cache?.file?.close();
  cache?.index?.close();
  stamps?.save(sources);
  if (recordsFile) answers.readFrom(recordsFile);
  if (writer && !recordsFile) await loadCompiler();
  const across = await acrossDiagnostics(loaded, keys, options.targets, {
    contentDir,
    cacheDir: useCache ? files.dir : undefined,
    records: recordsFile,
    strings,
  });
  return {
    ...assemble(loaded.records, fileDiagnostics, across),
    answers,
  };
}

/**
 * What the loader keeps of each file until its entries and diagnostics are assembled: its
 * record, and where its keys are in the records file. Arrays by file rather than an object
 * per file: at 100k files, a `{record, span}` and a span object each were ~10 MB of a cold
 * check's highest point.
 */
class LoadedFiles {
  readonly records: CacheRecord[];
  /** Per file, two slots: where its keys' line starts, and where its answer's line starts. */
  readonly #keys: Float64Array;

  constructor(size: number) {
    this.records = new Array<CacheRecord>(size);
    this.#keys = new Float64Array(2 * size).fill(-1);
  }

  /** File `index`'s record, and where its keys went in the records file (undefined: not written). */
  set(index: number, record: CacheRecord, span: RecordSpan | undefined): void {
    this.records[index] = record;
    if (span === undefined) return;
    this.#keys[2 * index] = span.keysStart;
    this.#keys[2 * index + 1] = span.answerStart;
  }

  /** Where file `index`'s keys are in the records file; undefined when they were not written. */
  keysSpan(index: number): KeysSpan | undefined {
    const keysStart = this.#keys[2 * index]!;
    return keysStart < 0 ? undefined : { keysStart, answerStart: this.#keys[2 * index + 1]! };
  }
}

/**
 * How many bytes of files compiled in this thread a run keeps the records of as compiled
 * (fromCompiled), their texts with them; the files after are parsed back from their lines.
 *
 * Why: parsing each line back was ~3% of a cold check at 10k files (1.26 s against 1.22 s,
 * alternating), and keeping the benchmark's 12 MB of files costs ~13 MB more RSS. A budget
 * of bytes, not files: answers have no size limit, and 20,000 files of 250 KB kept whole
 * would be gigabytes (at 100k files with `--workers off`, more than everything else the
 * loader holds).
 */
export const KEEP_COMPILED_BYTES = 32 * 1024 * 1024;

/**
 * A file compiled this run, as the loader keeps it; `append` writes it to the cache and says
 * where.
 *
 * A worker's line is parsed. A result compiled in this thread is kept as the compiler made it
 * when `keep` (compiledRecord), else parsed back from its line too: the compiler's strings are
 * slices of the file's text, and keeping them keeps the file's text alive through the run. The
 * loader keeps them for the first KEEP_COMPILED_BYTES of files a run compiles in this thread,
 * and parses the rest back.
 */
function fromCompiled(
  compiled: CompiledLine,
  source: string,
  strings: SharedStrings,
  keep: boolean,
  append?: (parts: { head: string; keys: string; answer: string }) => RecordSpan | undefined,
): {
  record: CacheRecord;
  keys: EntryKeys;
  span: RecordSpan | undefined;
  /** The answer, when it was not written to the cache (`--no-cache`). */
  messages: readonly Message[] | undefined;
} {
  if ("result" in compiled && keep) {
    const { result, bytes } = compiled;
    const parts = compiledParts(result, bytes);
    const record = compiledRecord(result, bytes, parts.keysHash, strings);
    // A file that could not be read is not cached: the next run tries it again.
    const span = bytes === NO_BYTES ? undefined : append?.(parts);
    const messages = result.entry && !append ? result.entry.messages : undefined;
    return { record, keys: result.keys, span, messages };
  }
  const parts =
    "result" in compiled
      ? compiledParts(compiled.result, compiled.bytes)
      : splitLine(compiled.line);
  const record = parseHead(JSON.parse(parts.head) as unknown[], strings, 0, source);
  const keys = parseKeys(parts.keys, strings);
  if (!record || !keys)
    throw new InternalError("a compiled file gave a line the cache cannot read");
  shareKeyStrings(record, keys);
  // A file that could not be read is not cached: the next run tries it again.
  const span = record.hash === NO_BYTES ? undefined : append?.(parts);
  const messages =
    record.entry && !append ? (JSON.parse(parts.answer) as readonly Message[]) : undefined;
  return { record, keys, span, messages };
}

/**
 * The rules across entries — per target when `targets` are configured, with the front
 * matter's target names checked against them: remembered from the last run whose inputs were
 * the same (across-cache.ts), else run, and remembered. Running them takes every file's keys
 * (`keys`, by index in `loaded`): those not parsed this run are read back from the records
 * file (or, failing that, compiled again).
 */
async function acrossDiagnostics(
  loaded: LoadedFiles,
  keys: KeyTable,
  targets: ContentTargets | undefined,
  cache: {
    contentDir: string;
    cacheDir?: string | undefined;
    records?: OpenCacheFile | undefined;
    strings: SharedStrings;
  },
): Promise<Diagnostic[]> {
  // Every input of the rules is in the key: the files' paths and keys, in order, and what the
  // targets are and which files each takes (its `takes` reads only the files' selectors).
  const key =
    cache.cacheDir === undefined
      ? undefined
      : acrossKey(loaded.records, targetsInput(loaded.records, targets));
  const remembered = key === undefined ? undefined : readAcross(cache.cacheDir!, key);
  if (remembered) return remembered;
  const { records } = loaded;
  const unread = records.flatMap((_, index) => (keys.has(index) ? [] : [index]));
  if (unread.length > 0 && cache.records) {
    readKeys(
      cache.records,
      unread.map((index) => loaded.keysSpan(index)),
      unread.map((index) => records[index]!.keysHash),
      cache.strings,
      (k, read) => keys.set(unread[k]!, records[unread[k]!]!.path, read),
    );
  }
  for (const index of unread) {
    const record = records[index]!;
    if (!keys.has(index)) keys.set(index, record.path, await keysAgain(record, cache));
  }
  const selector = (index: number) => {
    const record = records[index]!;
    return { source: record.source, ...record.selector };
  };
  const diagnostics = [
    ...targetNameDiagnostics(keys, targets),
    ...acrossTargets(keys, selector, targets),
  ];
  if (key !== undefined) writeAcross(cache.cacheDir!, key, diagnostics);
  return diagnostics;
}

/**
 * The targets as the rules across entries see them, as JSON for the digest: the file that
 * defines them, whether it was read whole, and each target's name and the files it takes (by
 * their index in `loaded`).
 */
function targetsInput(
  records: readonly CacheRecord[],
  targets: ContentTargets | undefined,
): unknown {
  if (targets === undefined) return null;
  return {
    configFile: targets.configFile,
    complete: targets.complete ?? null,
    scopes: targets.scopes.map((scope) => ({
      name: scope.name,
      takes: records.flatMap((record, index) =>
        scope.takes({ source: record.source, ...record.selector }) ? [index] : [],
      ),
    })),
  };
}

/** A file's keys, compiled again (its record's keys could not be read back). */
async function keysAgain(record: CacheRecord, where: { contentDir: string }): Promise<EntryKeys> {
  const compiler = await loadCompiler();
  const { source, path: shown, hash } = record;
  const absolute = path.join(where.contentDir, source);
  const again = compiler.compileJobResult({ source, path: shown, absolute });
  if (again.bytes !== hash) {
    throw new ContentChangedError(`${shown} changed while faqops was running.`, {
      hint: "run the command again",
    });
  }
  return again.result.keys;
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
    { remedy: { kind: "content-folder", problem: "link" } },
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

/**
 * How a file's stamp is taken, if at all (stamps.ts): before it is read, by `stat` (a file the
 * cache knows, which the stamp may spare reading), or by the read itself (a file compiled
 * anyway).
 */
const Stamp = { none: 0, taken: 1, fromRead: 2 } as const;

/**
 * A file compiled this run: in this thread (its result), or in a worker (its cache line); with
 * its stamp when the read took one.
 */
type CompiledLine = (
  | { readonly result: CompiledFile; readonly bytes: string; readonly size: number }
  | { readonly line: string }
) & { readonly stamp?: ReadStamp | undefined };

/**
 * Reads and compiles files (`jobs.at(k)` for k below `jobs.count`), in worker threads when that
 * pays, handing each to `onCompiled` in that order.
 */
async function compileJobs(
  compiler: Compiler,
  jobs: CompileJobs,
  mode: WorkerMode,
  onCompiled: (index: number, compiled: CompiledLine) => void,
): Promise<void> {
  const script = mode === "off" ? undefined : workerScript();
  // `on` is asked for by tests and the benchmark: running in one thread instead would let them
  // pass without ever starting a worker (as the chunked bundle once did unnoticed).
  if (mode === "on" && script === undefined && import.meta.url.endsWith(".js")) {
    throw new InternalError(
      "compiling in workers was asked for (workers: on), but the worker script compile-worker.js was not found",
    );
  }
  const threads = workerCount();
  const parallel =
    script !== undefined && (mode === "on" || (jobs.count >= PARALLEL_MIN_FILES && threads > 1));
  if (parallel) {
    return compileInWorkers(jobs, script, threads, onCompiled);
  }
  withYoungGenerationGrowth(() => compiler.compileInTurn(jobs, onCompiled));
}

/**
 * Joins per-file results (`selector.targets`: each file's front matter `targets`), the
 * diagnostics about files that were not read (`fileDiagnostics`) and those of the rules across
 * entries (`across`) into one result, its answers aside (pure).
 */
export function assemble(
  results: readonly (Pick<FileResult, "source" | "path" | "entry" | "diagnostics"> & {
    readonly selector?: Pick<Selector, "targets">;
  })[],
  fileDiagnostics: readonly Diagnostic[] = [],
  across: readonly Diagnostic[] = [],
): Omit<ContentResult, "answers"> {
  const diagnostics = sortDiagnostics([
    ...results.flatMap((r) => r.diagnostics),
    ...fileDiagnostics,
    ...across,
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
    const targets = bySource.get(e.source)?.selector?.targets;
    if (targets) entryTargets[e.source] = targets;
  }
  return { entries, diagnostics, fileCount: results.length, entryTargets };
}
