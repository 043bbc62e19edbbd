/**
 * The compile cache: each file's FileResult, keyed by the SHA-256 of its bytes, kept in
 * `.faqops-cache/compile.ndjson` so a run re-parses only the files that changed.
 *
 * It is a cache, not state: a missing, corrupt, or other-version file is ignored and rebuilt,
 * and a run without it (`--no-cache`) gives the same result. compileFile is pure over the
 * bytes, the source path (the folder decides the skill) and COMPILER_VERSION, so a record is
 * reused only when all three match — and the display path too, as diagnostics carry it.
 *
 * One NDJSON file rather than a file per entry: 100k small files would cost more to open
 * than the parsing they save. Records drop what can be recomputed (an entry's source, path
 * and `content`), which keeps the file — and the time to read it — a third smaller.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { CACHE_DIR } from "../options.js";
import { VERSION } from "../version.js";
import { withAnswerContent } from "./answer.js";
import { COMPILER_VERSION, type EntryKeys, type FileResult, type KeyRef } from "./compile.js";
import type { Message } from "./types.js";

export const CACHE_FILE = "compile.ndjson";

/** The first line: a record is only valid for the compiler (and faqops) that wrote it. */
const HEADER = JSON.stringify({
  faqops: "compile-cache",
  compiler: COMPILER_VERSION,
  version: VERSION,
});

/** How much of the cache file is read at a time. */
const READ_CHUNK = 1 << 20;

/** A file's result without what the record's key already says or what can be recomputed. */
interface Stored {
  readonly diagnostics: readonly Diagnostic[];
  readonly keys: EntryKeys;
  readonly entry?: {
    readonly skill: string;
    readonly title: string;
    readonly questions: readonly string[];
    readonly id?: string;
    readonly draft: boolean;
    readonly messages: readonly Message[];
  };
}

/** One cached file: `[source, sha256 of the bytes, display path, result]` on one line. */
type Line = [source: string, hash: string, path: string, stored: Stored];

/** A cached result and the key it is valid for. */
export interface CacheRecord {
  readonly hash: string;
  readonly path: string;
  readonly stored: Stored;
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
 * Reads the cache into a map by source. Anything unreadable — no file, another compiler
 * version, a truncated or hand-edited line — yields fewer records, never an error.
 */
export function readCompileCache(file: string): Map<string, CacheRecord> {
  const records = new Map<string, CacheRecord>();
  const strings = new Map<string, string>();
  const add = (line: string) => {
    const parsed = parseRecordLine(line, strings);
    if (parsed) records.set(parsed[0], parsed[1]);
  };
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return records;
  }
  // Streamed in chunks, line by line: the file held whole (150 MB at 100k entries) would sit
  // in memory beside the records parsed from it, at a run's peak.
  try {
    const chunk = Buffer.allocUnsafe(READ_CHUNK);
    let rest: Buffer = Buffer.alloc(0);
    let header = true;
    for (;;) {
      const read = readSync(fd, chunk, 0, READ_CHUNK, null);
      const bytes = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, read)]) : chunk;
      const length = rest.length > 0 ? bytes.length : read;
      let start = 0;
      let end = bytes.indexOf(10, start);
      while (end !== -1 && end < length) {
        const line = bytes.toString("utf8", start, end);
        start = end + 1;
        if (header) {
          if (line !== HEADER) return records;
          header = false;
        } else if (line !== "") add(line);
        end = bytes.indexOf(10, start);
      }
      // Copied: `chunk` is overwritten by the next read.
      rest = Buffer.from(bytes.subarray(start, length));
      if (read === 0) break;
    }
    // A last line without its newline is parsed too, as before (a truncated one fails to parse).
    if (!header && rest.length > 0) add(rest.toString("utf8"));
  } catch {
    // A read error midway: whatever was read is still valid.
  } finally {
    closeSync(fd);
  }
  return records;
}

/**
 * A record from its line (as recordLine writes it), or undefined when the line is not one.
 * `strings` collects skill names, so records parsed with the same map share them.
 */
export function parseRecordLine(
  line: string,
  strings: Map<string, string>,
): [source: string, record: CacheRecord] | undefined {
  const parsed = parseLine(line, strings);
  return parsed && [parsed[0], { hash: parsed[1], path: parsed[2], stored: parsed[3] }];
}

function parseLine(line: string, strings: Map<string, string>): Line | undefined {
  try {
    const value: unknown = JSON.parse(line);
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
      (s.entry !== undefined && !Array.isArray(s.entry.messages))
    ) {
      return undefined;
    }
    return [source, hash, file, shareStrings(s as Stored, strings)];
  } catch {
    return undefined;
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

/** The FileResult a record stands for, exactly as compileFile returned it (key order included). */
export function expandRecord(source: string, record: CacheRecord): FileResult {
  const { diagnostics, keys, entry } = record.stored;
  const result = { source, path: record.path, diagnostics, keys };
  if (!entry) return result;
  // A literal rather than a spread of `result`: in V8 a spread copy is ~300 bytes bigger.
  return {
    source,
    path: record.path,
    diagnostics,
    keys,
    entry: withAnswerContent({
      source,
      path: record.path,
      skill: entry.skill,
      title: entry.title,
      questions: entry.questions,
      id: entry.id,
      draft: entry.draft,
      messages: entry.messages,
    }),
  };
}

/** A FileResult as a cache record of the bytes it was compiled from. */
export function toRecord(result: FileResult, hash: string): CacheRecord {
  const { diagnostics, keys, entry } = result;
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
        messages: entry.messages,
      },
    }),
  };
  return { hash, path: result.path, stored };
}

/** A record as one line of the cache file (without the newline). */
export function recordLine(source: string, record: CacheRecord): string {
  return JSON.stringify([source, record.hash, record.path, record.stored] satisfies Line);
}

/**
 * Replaces the cache with exactly `records` (files no longer seen are dropped), atomically,
 * and marks the folder as ignored by Git. Failing to write (a read-only checkout) is not an
 * error: the next run compiles again.
 */
export async function writeCompileCache(
  file: string,
  records: Iterable<[string, CacheRecord]>,
): Promise<void> {
  function* lines(): Generator<string> {
    yield `${HEADER}\n`;
    for (const [source, r] of records) yield `${recordLine(source, r)}\n`;
  }
  try {
    await writeFileAtomic(file, lines());
    // So a user's repository never commits the cache, whatever its own .gitignore says.
    writeFileSync(path.join(path.dirname(file), ".gitignore"), "*\n", { flag: "wx" });
  } catch {
    // Already there, or the folder cannot be written: either way, nothing to do.
  }
}
