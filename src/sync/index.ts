/**
 * The sync pipeline's disk-reading wrappers around the pure stages: load the content and the
 * lockfile state; the planner (plan.ts) and the applier (apply.ts) do the rest.
 */
import { type ContentResult, loadContent } from "../content/load.js";
import type { CompiledEntry } from "../content/types.js";
import type { SyncOptions } from "../options/sync.js";
import { journalPath, readJournal } from "./journal.js";
import { foldRecords } from "./lock-state.js";
import { emptyLockfile, type Lockfile, readLockfileIfAny } from "./lockfile.js";

/** What faqops knows the platform holds: the lockfile, with its journal folded in. */
export interface LockSnapshot {
  /** The lockfile plus every confirmation in its journal: what the plan starts from. */
  readonly lock: Lockfile;
  /** False when there is no lockfile (a first sync: every entry is written). */
  readonly exists: boolean;
  /**
   * The lockfile as read from disk, before its journal is folded in (undefined when there is
   * none): apply compares what it writes with it. Kept as read, not serialised: a plan never
   * needs the text, and at 10k entries serialising it is a tenth of a warm plan's own work.
   */
  readonly onDisk: Lockfile | undefined;
  /** Confirmations found in the journal of a run that was killed before it saved them. */
  readonly journaled: number;
}

export interface SyncInputs extends LockSnapshot {
  /** The content, its `entries` those the target takes. */
  readonly content: ContentResult;
  /**
   * The content's entries the target does not take (its `skills` or `paths`, or the entries'
   * front matter `targets`): the planner's `notTaken`, so drift they left says `excluded`.
   */
  readonly notTaken?: readonly CompiledEntry[] | undefined;
}

/** Reads the lockfile and folds in its journal. */
export async function readLockSnapshot(lockfile: SyncOptions["lockfile"]): Promise<LockSnapshot> {
  const [read, records] = await Promise.all([
    readLockfileIfAny(lockfile.path, lockfile.display),
    readJournal(journalFile(lockfile)),
  ]);
  return {
    lock: foldRecords(read ?? emptyLockfile(), records),
    exists: read !== undefined,
    onDisk: read,
    // A submitted task is not a confirmation: plan reports it as a pending task instead.
    journaled: records.filter((r) => !("task" in r)).length,
  };
}

/** The journal beside a lockfile, named for messages. */
export function journalFile(lockfile: SyncOptions["lockfile"]): {
  path: string;
  display: string;
} {
  return { path: journalPath(lockfile.path), display: `${lockfile.display}.journal` };
}

/** Loads the content and the lockfile state, in parallel. */
export async function loadSyncInputs(options: SyncOptions): Promise<SyncInputs> {
  const [content, snapshot] = await Promise.all([
    loadContent(options),
    readLockSnapshot(options.lockfile),
  ]);
  return { content, ...snapshot };
}
