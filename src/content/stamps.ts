/**
 * File stamps: what `stat` said of each entry file when its bytes were last hashed, so that a
 * run can tell an unchanged file by its stamp instead of reading and hashing it, as Git's index
 * does. Kept in `.faqops-cache/stamps.json` beside the compile cache (cache.ts); like it, a
 * cache, not state: missing, malformed or another version's, it is ignored and written again,
 * and `--no-cache` neither reads nor writes it.
 *
 * A stamp is a file's size, modification time, change time and inode number. Every write to a
 * file sets its change time to the clock's now, and no program can set that time back (unlike
 * the modification time, which `touch -d`, `cp -p` or an unpacked archive can); replacing the
 * file gives it another inode. So a file whose stamp is the one recorded has not been written
 * since — with one exception, which TRUST_AFTER_MS handles: two writes within one tick of the
 * file system's clock leave the same times (Git calls such a file "racily clean").
 *
 * At 10k entries, a stat is about a third of what opening, reading and hashing a file costs;
 * a warm run that reads no file is ~20% faster (docs/benchmarks.md). A file that is read and
 * compiled anyway (the cache has no record of it: every file of a first run) is stamped by the
 * read itself, from `fstat` of the open file before its bytes are read (takeFromRead): one
 * path lookup instead of two, ~2–3% of a first run at 10k files.
 */
import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { temporaryPathBeside } from "../fs/atomic-write.js";
import type { ReadStamp } from "./files.js";

export const STAMPS_FILE = "stamps.json";

const FORMAT = "faqops-stamps/2";

/**
 * A stamp is recorded only when the file's times are at least this much older than the run:
 * a write after the stamp was taken then leaves a later change time, even on a file system
 * whose clock ticks once a second or every two (FAT keeps modification times to 2 s). A file
 * written within the last few seconds is hashed, as before stamps, until it is older.
 */
export const TRUST_AFTER_MS = 3000;

/** What a stamp holds of a file's stat, in this order. */
const FIELDS = 4;

/**
 * The bytes hash is kept to this many hex digits (64 bits): it only pairs a stamp with the
 * compile cache's record, whose full hash says which bytes it was compiled from.
 */
const HASH_DIGITS = 16;

/**
 * The stamps of one run: those the last run recorded (read from the file) and those this run
 * takes, by the index of each file in the run's order; written back when they differ.
 */
export class FileStamps {
  readonly #dir: string;
  readonly #cutoff: number;
  /**
   * The last run's stamps: source, hash, size, modification time, change time and inode, six
   * by six, in its files' order. A run whose files are the last run's goes through them in
   * step (`#at`); the map by source is made only when they differ.
   */
  #stored: readonly (string | number)[];
  #at = 0;
  #bySource: Map<string, number> | undefined;
  /** This run's stamps, FIELDS numbers a file (numbers, not Stats objects: 100k of those are 80 MB). */
  #stamps: Float64Array;
  /** This run's hashes, for the files whose stamp is recorded. */
  #hashes: (string | undefined)[];
  #recorded = 0;
  /** How many of this run's are the last run's unchanged. */
  #same = 0;

  private constructor(
    dir: string,
    cutoff: number,
    count: number,
    stored: readonly (string | number)[],
  ) {
    this.#dir = dir;
    this.#cutoff = cutoff;
    this.#stored = stored;
    this.#stamps = new Float64Array(count * FIELDS);
    this.#hashes = new Array(count);
  }

  /**
   * The stamps in `dir` (none when there is no readable file), for a run over `count` files
   * that started at `now`.
   */
  static read(dir: string, now: number, count: number): FileStamps {
    const stored = readStamps(path.join(dir, STAMPS_FILE));
    return new FileStamps(dir, now - TRUST_AFTER_MS, count, stored);
  }

  /**
   * Takes the stamp of file `index`; false when it is not a regular file, cannot be stat'ed,
   * or was written too recently to be trusted (TRUST_AFTER_MS).
   */
  take(index: number, absolute: string): boolean {
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(absolute, { throwIfNoEntry: false });
    } catch {
      return false;
    }
    if (!info?.isFile()) return false;
    return this.takeFromRead(index, [info.size, info.mtimeMs, info.ctimeMs, info.ino]);
  }

  /**
   * Takes the stamp of file `index` from what `fstat` said of the open file just before its
   * bytes were read (readRegularEntryFile): the same as `take` before the read, for a file
   * whose last stamp is not needed to decide whether to read it. False when it was written
   * too recently to be trusted.
   */
  takeFromRead(index: number, stamp: ReadStamp): boolean {
    const [size, mtimeMs, ctimeMs, ino] = stamp;
    if (!(mtimeMs < this.#cutoff && ctimeMs < this.#cutoff)) return false;
    const at = index * FIELDS;
    this.#stamps[at] = size;
    this.#stamps[at + 1] = mtimeMs;
    this.#stamps[at + 2] = ctimeMs;
    this.#stamps[at + 3] = ino;
    return true;
  }

  /**
   * Whether file `index`, `source`, has the stamp taken (take) that the last run recorded with
   * bytes hash `hash`.
   */
  unchanged(index: number, source: string, hash: string): boolean {
    const stored = this.#find(source);
    if (stored === undefined) return false;
    const at = index * FIELDS;
    const s = this.#stored;
    return (
      s[stored + 1] === hash.slice(0, HASH_DIGITS) &&
      s[stored + 2] === this.#stamps[at] &&
      s[stored + 3] === this.#stamps[at + 1] &&
      s[stored + 4] === this.#stamps[at + 2] &&
      s[stored + 5] === this.#stamps[at + 3]
    );
  }

  /**
   * Records that file `index`, whose stamp was taken, has bytes of hash `hash`; `unchanged`:
   * as the last run recorded it.
   */
  record(index: number, hash: string, unchanged: boolean): void {
    if (unchanged) this.#same++;
    this.#hashes[index] = hash.slice(0, HASH_DIGITS);
    this.#recorded++;
  }

  /**
   * Writes this run's stamps (`sources`: the run's files, in its order) when they differ from
   * the last run's — a run that found every file as it was writes nothing — and lets go of
   * them. A failure to write is not an error.
   */
  save(sources: readonly string[]): void {
    const stored = this.#stored.length / 6;
    const same = this.#recorded === this.#same && this.#recorded === stored;
    const files: (string | number)[] = [];
    if (!same) {
      sources.forEach((source, index) => {
        const hash = this.#hashes[index];
        if (hash === undefined) return;
        const at = index * FIELDS;
        files.push(source, hash, ...this.#stamps.subarray(at, at + FIELDS));
      });
    }
    this.#stored = [];
    this.#bySource = undefined;
    this.#stamps = new Float64Array(0);
    this.#hashes = [];
    if (same) return;
    const file = path.join(this.#dir, STAMPS_FILE);
    const tmp = temporaryPathBeside(file);
    try {
      const fd = openSync(tmp, "w", 0o644);
      try {
        writeSync(fd, JSON.stringify({ format: FORMAT, files }));
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // The folder itself cannot be written (or is not one): nothing was left behind.
      }
    }
  }

  /** Where `source` is in the stored stamps. */
  #find(source: string): number | undefined {
    const stored = this.#stored;
    if (!this.#bySource) {
      // In step with the last run's order while the files are the same ones.
      if (stored[this.#at] === source) {
        const at = this.#at;
        this.#at += 6;
        return at;
      }
      this.#bySource = new Map();
      for (let at = 0; at < stored.length; at += 6) this.#bySource.set(stored[at] as string, at);
    }
    return this.#bySource.get(source);
  }
}

/** The stamps file's records, six by six; empty when it cannot be read or is not one. */
function readStamps(file: string): readonly (string | number)[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return [];
  }
  if (typeof value !== "object" || value === null) return [];
  const { format, files } = value as Record<string, unknown>;
  if (format !== FORMAT || !Array.isArray(files) || files.length % 6 !== 0) return [];
  for (let at = 0; at < files.length; at += 6) {
    if (typeof files[at] !== "string" || typeof files[at + 1] !== "string") return [];
    for (let k = 2; k < 6; k++) if (typeof files[at + k] !== "number") return [];
  }
  return files as (string | number)[];
}
