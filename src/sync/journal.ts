/**
 * The lockfile's journal: every fact the platform confirmed, appended and flushed to disk the
 * moment it is known, so that a hard kill (`kill -9`, a power cut) between two lockfile writes
 * loses nothing. The next run folds the journal into the lockfile and deletes it.
 *
 * One JSON record a line (see LockRecord), beside the lockfile as `<lockfile>.journal`. A last
 * line without its newline is a write the kill cut short: it is ignored, and its request is
 * simply not known to be confirmed (sending it again is harmless, an upsert).
 *
 * A journal that is a symbolic link is neither read nor appended to (lockfile.ts says why):
 * appending through a link planted in a pull request would write into whatever file it names.
 */
import { closeSync, constants, fdatasyncSync, openSync, writeSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { StateFileError } from "../errors.js";
import { checkStateFile } from "../fs/state-file.js";
import {
  checkedTask,
  type LockEntry,
  lockEntryProblem,
  type PendingTask,
  type PruneRecord,
  pendingTaskProblem,
  pruneRecordOf,
} from "./lockfile.js";

/**
 * Append, create, and fail (ELOOP) on a symbolic link rather than follow it — at the open
 * itself, so a link made after readJournal's check is not followed either. Windows has no
 * O_NOFOLLOW: there readJournal's check is the guard.
 */
const APPEND_FLAGS =
  constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);

/** How checkStateFile names the journal, and what to do about a link. */
function journalState(display: string) {
  return {
    name: `the lockfile's journal ${display}`,
    missing: "a missing journal",
    hint: `delete it (rm ${display}): the journals faqops writes are regular files. The next apply then sends again whatever it would have held (harmless).`,
  };
}

/** One confirmed fact about the platform, in the order it happened. */
export type LockRecord =
  /** setautoreply confirmed: the platform holds this entry (and it is not yet published). */
  | { readonly write: LockEntry }
  /** batchimportskill mode 1 confirmed: the platform holds exactly these entries. */
  | { readonly prune: PruneRecord; readonly entries: readonly LockEntry[] }
  /** publish confirmed done: everything written before it is live. */
  | { readonly published: string }
  /** A v2 import task was submitted: the platform has it, its outcome is not yet known. */
  | { readonly task: PendingTask }
  /**
   * A v2 import task ended (or the platform no longer knows it): `entries` are what it
   * confirmed, `renamed` the old identities its renames replaced (gone from the platform), and
   * `replace` is set when it was a `--replace-all` (mode 1) that succeeded: the platform then
   * holds exactly `entries`.
   */
  | {
      readonly settled: string;
      readonly entries: readonly LockEntry[];
      readonly renamed: readonly { readonly skill: string; readonly title: string }[];
      readonly replace?: PruneRecord | undefined;
    };

/** Where the journal of `lockfilePath` lives. */
export function journalPath(lockfilePath: string): string {
  return `${lockfilePath}.journal`;
}

/** Appends records durably: each `append` returns once the record is on disk (fdatasync). */
export class Journal {
  #fd: number | undefined;

  constructor(private readonly file: { readonly path: string; readonly display: string }) {}

  /** Writes one record and waits for the disk; throws StateFileError when it cannot. */
  append(record: LockRecord): void {
    try {
      this.#fd ??= openSync(this.file.path, APPEND_FLAGS, 0o644);
      writeSync(this.#fd, `${JSON.stringify(record)}\n`);
      fdatasyncSync(this.#fd);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ELOOP") {
        const { name, hint } = journalState(this.file.display);
        throw new StateFileError(
          `${name} is a symbolic link: faqops does not append through one.`,
          {
            cause: error,
            hint,
          },
        );
      }
      throw new StateFileError(
        `cannot write the lockfile's journal ${this.file.display}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  /** Closes the file and deletes it: call only once the lockfile holds every record. */
  async remove(): Promise<void> {
    this.close();
    await rm(this.file.path, { force: true });
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/** Reads a journal's records; a missing journal has none. */
export async function readJournal(file: {
  readonly path: string;
  readonly display: string;
}): Promise<LockRecord[]> {
  if (!(await checkStateFile(file.path, journalState(file.display)))) return [];
  let text: string;
  try {
    text = await readFile(file.path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new StateFileError(
      `cannot read the lockfile's journal ${file.display}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return parseJournal(text, file.display);
}

/** Parses a journal's text; a torn last line (no newline) is dropped. */
export function parseJournal(text: string, name: string): LockRecord[] {
  const lines = text.split("\n");
  lines.pop(); // after the last newline: empty, or a record the kill cut short
  return lines.map((line, index) => {
    const record = parseRecord(line);
    if (record === undefined) {
      throw new StateFileError(`the lockfile's journal ${name} is damaged at line ${index + 1}.`, {
        hint: `it holds writes the platform confirmed after the lockfile was last saved; if it cannot be repaired, delete it: the next apply then sends those entries again (harmless).`,
      });
    }
    return record;
  });
}

function parseRecord(line: string): LockRecord | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if ("write" in record) return isLockEntry(record.write) ? { write: record.write } : undefined;
  if ("published" in record) {
    return typeof record.published === "string" ? { published: record.published } : undefined;
  }
  if ("prune" in record) {
    const { entries } = record;
    const prune = pruneRecordOf(record.prune);
    if (prune === undefined || !Array.isArray(entries)) return undefined;
    if (!entries.every(isLockEntry)) return undefined;
    return { prune, entries };
  }
  if ("task" in record) {
    return pendingTaskProblem(record.task) === undefined
      ? { task: checkedTask(record.task as PendingTask) }
      : undefined;
  }
  if ("settled" in record) {
    const { settled, entries, renamed, replace } = record;
    if (typeof settled !== "string" || !Array.isArray(entries) || !Array.isArray(renamed))
      return undefined;
    if (!entries.every(isLockEntry)) return undefined;
    const identities = renamed.every(
      (r) =>
        typeof r === "object" &&
        r !== null &&
        typeof (r as Record<string, unknown>).skill === "string" &&
        typeof (r as Record<string, unknown>).title === "string",
    );
    if (!identities) return undefined;
    const whole = replace === undefined ? undefined : pruneRecordOf(replace);
    if (replace !== undefined && whole === undefined) return undefined;
    return {
      settled,
      entries,
      renamed: renamed as { skill: string; title: string }[],
      ...(whole === undefined ? {} : { replace: whole }),
    };
  }
  return undefined;
}

function isLockEntry(value: unknown): value is LockEntry {
  return lockEntryProblem(value) === undefined;
}
