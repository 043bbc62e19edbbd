/**
 * The compile cache: each file's compile result, keyed by the SHA-256 of its bytes, kept in
 * `.faqops-cache/compile.ndjson` so a run re-parses only the files that changed.
 *
 * It is a cache, not state: a missing, corrupt, or other-version file is ignored and rebuilt,
 * and a run without it (`--no-cache`) gives the same result. compileFile is pure over the
 * bytes, the source path (the folder decides the skill) and COMPILER_VERSION, so a record is
 * reused only when all three match — and the display path too, as diagnostics carry it.
 *
 * One NDJSON file rather than a file per entry: 100k small files would cost more to open
 * than the parsing they save. Each line is a *head* and an *answer*, split by a tab:
 *
 *     ["账户/开户.md","<sha256 of the bytes>","content/账户/开户.md",{diagnostics,keys,entry}]\t[messages]
 *
 * The head holds what every run needs (diagnostics, the keys the cross-entry rules compare,
 * the entry's fields and its entry hash); the answer, what only a changed entry needs. A run
 * decodes heads only and remembers where each answer is (answer-reader.ts reads it back on demand),
 * so at 100k entries the answers' text never sits in memory. JSON.stringify escapes tabs in
 * strings, so the first tab of a line is the separator.
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { temporaryPathBeside } from "../fs/atomic-write.js";
import { isSymbolicLink } from "../fs/links.js";
import { CACHE_DIR } from "../options/paths.js";
import { VERSION } from "../version.js";
import { COMPILER_VERSION, type CompiledFile, type EntryKeys, type KeyRef } from "./compile.js";
import type { Message } from "./types.js";

export const CACHE_FILE = "compile.ndjson";

/** The first line: a record is only valid for the compiler (and faqops) that wrote it. */
const HEADER = JSON.stringify({
  faqops: "compile-cache",
  format: 2,
  compiler: COMPILER_VERSION,
  version: VERSION,
});

/** How much of the cache file is read or written at a time. */
const CHUNK = 1 << 20;
const TAB = 9;
const NEWLINE = 10;

/** A file's result without what the record's key already says, and without the answer. */
export interface Stored {
  readonly diagnostics: readonly Diagnostic[];
  readonly keys: EntryKeys;
  readonly entry?: {
    readonly skill: string;
    readonly title: string;
    readonly questions: readonly string[];
    readonly id?: string;
    readonly draft: boolean;
    /** Absent when not set. */
    readonly threshold?: number;
    /** The entry hash of the answer this record's line holds. */
    readonly hash: string;
  };
}

/** A line's head: `[source, sha256 of the bytes, display path, stored]`. */
type Head = [source: string, hash: string, path: string, stored: Stored];

/** A cached result and the key it is valid for. */
export interface CacheRecord {
  /** SHA-256 of the bytes the result was compiled from. */
  readonly hash: string;
  readonly path: string;
  readonly stored: Stored;
}

/** Where a line sits in a cache file, in bytes: its start, its answer's start, its end. */
export interface LineSpan {
  readonly start: number;
  readonly answer: number;
  /** Exclusive, before the newline. */
  readonly end: number;
}

/** A record read from the cache file, and where its line is. */
export interface CachedRecord {
  readonly record: CacheRecord;
  readonly span: LineSpan;
}

/** The hex SHA-256 of a file's bytes: the cache key. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The cache file of a working directory. */
export function cachePath(cwd: string): string {
  return path.join(cwd, CACHE_DIR, CACHE_FILE);
}

/**
 * The cache folder or file, when either is a symbolic link: then faqops neither reads nor
 * writes the cache. A link planted in a pull request could point anywhere, and a cache written
 * through it would land outside the repository (and one read through it is not this
 * repository's).
 */
export function linkedCachePath(cwd: string): string | undefined {
  return [path.join(cwd, CACHE_DIR), cachePath(cwd)].find(isSymbolicLink);
}

/**
 * The bytes hash of a result compiled from no bytes (a file that could not be read): no file
 * has it, so such a result is never taken from the cache, and is not written to it.
 */
export const NO_BYTES = "";

/** A compile result as one cache line (without the newline): head, tab, answer. */
export function compiledLine(result: CompiledFile, hash: string): string {
  const { source, diagnostics, keys, entry } = result;
  const stored: Stored = {
    diagnostics,
    keys,
    ...(entry && {
      entry: {
        skill: entry.skill,
        title: entry.title,
        questions: entry.questions,
        ...(entry.id !== undefined && { id: entry.id }),
        draft: entry.draft,
        ...(entry.threshold !== undefined && { threshold: entry.threshold }),
        hash: entry.hash,
      },
    }),
  };
  const head = JSON.stringify([source, hash, result.path, stored] satisfies Head);
  return `${head}\t${entry ? JSON.stringify(entry.messages) : ""}`;
}

/**
 * Reads the cache's heads into a map by source, with each line's place in the file. Anything
 * unreadable — no file, another format or compiler, a truncated or hand-edited line — yields
 * fewer records, never an error.
 */
export function readCompileCache(file: string): Map<string, CachedRecord> {
  const records = new Map<string, CachedRecord>();
  const strings = new Map<string, string>();
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return records;
  }
  // Streamed in chunks, line by line: the file held whole (150 MB at 100k entries) would sit
  // in memory beside the records parsed from it, at a run's peak.
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let rest: Buffer = Buffer.alloc(0);
    /** The file offset of `bytes[0]`. */
    let base = 0;
    let header = true;
    const take = (bytes: Buffer, start: number, end: number): boolean => {
      if (header) {
        header = false;
        return bytes.toString("utf8", start, end) === HEADER;
      }
      const tab = bytes.indexOf(TAB, start);
      if (tab === -1 || tab > end) return true;
      const parsed = parseHead(bytes.toString("utf8", start, tab), strings);
      if (parsed) {
        const span = { start: base + start, answer: base + tab + 1, end: base + end };
        records.set(parsed[0], { record: parsed[1], span });
      }
      return true;
    };
    for (;;) {
      const read = readSync(fd, chunk, 0, CHUNK, null);
      const bytes = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, read)]) : chunk;
      const length = rest.length > 0 ? bytes.length : read;
      let start = 0;
      let end = bytes.indexOf(NEWLINE, start);
      while (end !== -1 && end < length) {
        if (!take(bytes, start, end)) return new Map();
        start = end + 1;
        end = bytes.indexOf(NEWLINE, start);
      }
      // Copied: `chunk` is overwritten by the next read.
      rest = Buffer.from(bytes.subarray(start, length));
      base += start;
      if (read === 0) break;
    }
    // A last line without its newline was cut short: its answer cannot be trusted whole.
  } catch {
    // A read error midway: whatever was read is still valid.
  } finally {
    closeSync(fd);
  }
  return records;
}

/**
 * A record from a line's head (as compiledLine writes it), or undefined when it is not one.
 * `strings` collects skill names, so records parsed with the same map share them.
 */
export function parseHead(
  head: string,
  strings: Map<string, string>,
): [source: string, record: CacheRecord] | undefined {
  try {
    const value: unknown = JSON.parse(head);
    if (!Array.isArray(value) || value.length !== 4) return undefined;
    const [source, hash, file, stored] = value as unknown[];
    if (typeof source !== "string" || typeof hash !== "string" || typeof file !== "string") {
      return undefined;
    }
    const s = stored as Partial<Stored> | null;
    if (
      typeof s !== "object" ||
      s === null ||
      !Array.isArray(s.diagnostics) ||
      typeof s.keys !== "object" ||
      s.keys === null ||
      !Array.isArray(s.keys.questions) ||
      !Array.isArray(s.keys.asks) ||
      (s.entry !== undefined &&
        (typeof s.entry.hash !== "string" ||
          (s.entry.threshold !== undefined && typeof s.entry.threshold !== "number")))
    ) {
      return undefined;
    }
    return [source, { hash, path: file, stored: shareStrings(s as Stored, strings) }];
  } catch {
    return undefined;
  }
}

/** A whole line: its record and its answer (what a worker sends back). */
export function parseLine(
  line: string,
  strings: Map<string, string>,
): { source: string; record: CacheRecord; messages?: Message[] } | undefined {
  const tab = line.indexOf("\t");
  if (tab === -1) return undefined;
  const parsed = parseHead(line.slice(0, tab), strings);
  if (!parsed) return undefined;
  const [source, record] = parsed;
  if (!record.stored.entry) return { source, record };
  try {
    const messages: unknown = JSON.parse(line.slice(tab + 1));
    return Array.isArray(messages) ? { source, record, messages } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a line's answer back from the cache file; undefined when it is not there any more. */
export function readAnswer(file: string, span: LineSpan): Message[] | undefined {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    const bytes = Buffer.allocUnsafe(span.end - span.answer);
    const read = readSync(fd, bytes, 0, bytes.length, span.answer);
    const messages: unknown = JSON.parse(bytes.toString("utf8", 0, read));
    return Array.isArray(messages) ? (messages as Message[]) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Makes a parsed record's entry use its keys' strings (JSON.parse gives every occurrence its
 * own copy: the title, questions and skill appear twice a line) and one string per skill across
 * records: at 100k entries, MBs of two-byte text held through a whole run. The objects are
 * changed in place (fresh from JSON.parse, not yet shared): copies would cost more than this saves.
 */
function shareStrings(stored: Stored, strings: Map<string, string>): Stored {
  const intern = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const { keys } = stored;
  const entry = stored.entry as Mutable<NonNullable<Stored["entry"]>> | undefined;
  if (keys.skill) (keys.skill as Mutable<KeyRef>).text = intern(keys.skill.text);
  if (!entry) return stored;
  entry.skill = intern(entry.skill);
  if (keys.title?.text === entry.title) entry.title = keys.title.text;
  const questions = entry.questions as string[];
  questions.forEach((q, i) => {
    if (keys.questions[i]?.text === q) questions[i] = keys.questions[i].text;
  });
  return stored;
}

/**
 * Writes a new cache file beside the old one, line by line as results come, and replaces the
 * old one with it on commit (a rename: readers see one file or the other, never half).
 * Unchanged records are copied from the old file as bytes, in runs of adjacent lines, not
 * re-encoded. Failing to write (a read-only checkout, a full disk) is not an error: the
 * writer goes quiet, commit says so, and the next run compiles again.
 */
export class CacheWriter {
  private fd: number | undefined;
  private position = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    fd: number,
  ) {
    this.fd = fd;
    this.add(Buffer.from(`${HEADER}\n`));
  }

  /** A writer for `file`, or undefined when its folder cannot be written. */
  static open(file: string): CacheWriter | undefined {
    const tmp = temporaryPathBeside(file);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      return new CacheWriter(file, tmp, openSync(tmp, "w", 0o644));
    } catch {
      return undefined;
    }
  }

  /** Appends one line (as compiledLine gives it); where it went, unless writing failed. */
  append(line: string): LineSpan | undefined {
    const bytes = Buffer.from(`${line}\n`);
    const start = this.position;
    if (!this.add(bytes)) return undefined;
    const tab = bytes.indexOf(TAB);
    return { start, answer: start + tab + 1, end: start + bytes.length - 1 };
  }

  /**
   * Copies lines of the old cache file (`spans` into `from`) into this one, and returns each
   * line's new span in the order given. Adjacent lines are copied as one run.
   */
  copy(from: string, spans: readonly LineSpan[]): (LineSpan | undefined)[] {
    const moved: (LineSpan | undefined)[] = new Array(spans.length);
    if (spans.length === 0 || this.fd === undefined) return moved;
    const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
    let source: number;
    try {
      source = openSync(from, "r");
    } catch {
      this.fail();
      return moved;
    }
    try {
      let i = 0;
      while (i < order.length && this.fd !== undefined) {
        // A run: lines that follow each other in the old file, newline included.
        const first = spans[order[i]!]!;
        let last = first;
        let j = i + 1;
        while (j < order.length && spans[order[j]!]!.start === last.end + 1) {
          last = spans[order[j]!]!;
          j++;
        }
        const shift = this.position - first.start;
        if (!this.copyRange(source, first.start, last.end + 1)) break;
        for (let k = i; k < j; k++) {
          const span = spans[order[k]!]!;
          moved[order[k]!] = {
            start: span.start + shift,
            answer: span.answer + shift,
            end: span.end + shift,
          };
        }
        i = j;
      }
    } finally {
      closeSync(source);
    }
    return this.fd === undefined ? new Array(spans.length) : moved;
  }

  /**
   * Writes everything out and puts the new file in place; false when that failed. Not
   * fsynced: a cache cut short by a crash loses lines that no longer parse, and an answer
   * read back is checked against its entry hash before it is used (answer-reader.ts).
   */
  commit(): boolean {
    if (this.fd === undefined || !this.flush()) return false;
    try {
      closeSync(this.fd);
      this.fd = undefined;
      renameSync(this.tmp, this.file);
    } catch {
      rmSync(this.tmp, { force: true });
      return false;
    }
    try {
      // So a user's repository never commits the cache, whatever its own .gitignore says.
      writeFileSync(path.join(path.dirname(this.file), ".gitignore"), "*\n", { flag: "wx" });
    } catch {
      // Already there.
    }
    return true;
  }

  private copyRange(source: number, from: number, to: number): boolean {
    for (let at = from; at < to; ) {
      const bytes = Buffer.allocUnsafe(Math.min(CHUNK, to - at));
      const read = readSync(source, bytes, 0, bytes.length, at);
      if (read === 0) {
        this.fail();
        return false;
      }
      if (!this.add(bytes.subarray(0, read))) return false;
      at += read;
    }
    return true;
  }

  private add(bytes: Buffer): boolean {
    if (this.fd === undefined) return false;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.position += bytes.length;
    return this.pendingBytes < CHUNK || this.flush();
  }

  private flush(): boolean {
    if (this.fd === undefined) return false;
    try {
      writeSync(this.fd, Buffer.concat(this.pending, this.pendingBytes));
      this.pending = [];
      this.pendingBytes = 0;
      return true;
    } catch {
      this.fail();
      return false;
    }
  }

  private fail(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } catch {
      // Nothing more to do with it.
    }
    this.fd = undefined;
    rmSync(this.tmp, { force: true });
  }
}
