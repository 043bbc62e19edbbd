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
 * a warm run that reads no file is ~20% faster (docs/benchmarks.md).
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

export const STAMPS_FILE = "stamps.json";

const FORMAT = "faqops-stamps/1";

/**
 * A stamp is recorded only when the file's times are at least this much older than the run:
 * a write after the stamp was taken then leaves a later change time, even on a file system
 * whose clock ticks once a second or every two (FAT keeps modification times to 2 s). A file
 * written within the last few seconds is hashed, as before stamps, until it is older.
 */
export const TRUST_AFTER_MS = 3000;

/** `size:mtimeMs:ctimeMs:ino`, compared as a whole. */
export type Stamp = string;

/**
 * The bytes hash is kept to this many hex digits (64 bits): it only pairs a stamp with the
 * compile cache's record, whose full hash says which bytes it was compiled from.
 */
const HASH_DIGITS = 16;

/**
 * The stamps of one run: those the last run recorded (read from the file) and those this run
 * takes, written back when they differ.
 */
export class FileStamps {
  readonly #dir: string;
  readonly #cutoff: number;
  /**
   * The last run's stamps: source, hash and stamp, three by three, in its files' order. A run
   * whose files are the last run's goes through them in step (`#at`); the map by source is
   * made only when they differ.
   */
  #stored: readonly string[];
  #at = 0;
  #bySource: Map<string, number> | undefined;
  /** This run's, by the index of the file in the run's order. */
  #hashes: (string | undefined)[] = [];
  #stamps: (Stamp | undefined)[] = [];
  #recorded = 0;
  /** How many of this run's are the last run's unchanged. */
  #same = 0;

  private constructor(dir: string, cutoff: number, stored: readonly string[]) {
    this.#dir = dir;
    this.#cutoff = cutoff;
    this.#stored = stored;
  }

  /** The stamps in `dir` (none when there is no readable file); `now` is the run's start. */
  static read(dir: string, now: number): FileStamps {
    return new FileStamps(dir, now - TRUST_AFTER_MS, readStamps(path.join(dir, STAMPS_FILE)));
  }

  /**
   * The stamp of a regular file, or undefined when it is not one, cannot be stat'ed, or was
   * written too recently to be trusted (TRUST_AFTER_MS).
   */
  stampOf(absolute: string): Stamp | undefined {
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(absolute, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (!info?.isFile()) return undefined;
    if (!(info.mtimeMs < this.#cutoff && info.ctimeMs < this.#cutoff)) return undefined;
    return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
  }

  /** Whether `source` has `stamp` and the last run recorded it with bytes hash `hash`. */
  unchanged(source: string, stamp: Stamp, hash: string): boolean {
    const at = this.#find(source);
    return (
      at !== undefined &&
      this.#stored[at + 2] === stamp &&
      this.#stored[at + 1] === hash.slice(0, HASH_DIGITS)
    );
  }

  /**
   * Records that file number `index` has `stamp` and bytes of hash `hash`; `unchanged`: as
   * the last run recorded it.
   */
  record(index: number, stamp: Stamp, hash: string, unchanged: boolean): void {
    if (unchanged) this.#same++;
    this.#hashes[index] = hash.slice(0, HASH_DIGITS);
    this.#stamps[index] = stamp;
    this.#recorded++;
  }

  /**
   * Writes this run's stamps (`sources`: the run's files, in its order) when they differ from
   * the last run's — a run that found every file as it was writes nothing — and lets go of
   * them. A failure to write is not an error.
   */
  save(sources: readonly string[]): void {
    const stored = this.#stored.length / 3;
    const same = this.#recorded === this.#same && this.#recorded === stored;
    const files: string[] = [];
    if (!same) {
      sources.forEach((source, index) => {
        const stamp = this.#stamps[index];
        if (stamp !== undefined) files.push(source, this.#hashes[index]!, stamp);
      });
    }
    this.#stored = [];
    this.#bySource = undefined;
    this.#hashes = [];
    this.#stamps = [];
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
        this.#at += 3;
        return at;
      }
      this.#bySource = new Map();
      for (let at = 0; at < stored.length; at += 3) this.#bySource.set(stored[at]!, at);
    }
    return this.#bySource.get(source);
  }
}

/** The stamps file's records, three by three; empty when it cannot be read or is not one. */
function readStamps(file: string): readonly string[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return [];
  }
  if (typeof value !== "object" || value === null) return [];
  const { format, files } = value as Record<string, unknown>;
  if (format !== FORMAT || !Array.isArray(files) || files.length % 3 !== 0) return [];
  return files.every((item) => typeof item === "string") ? (files as string[]) : [];
}
