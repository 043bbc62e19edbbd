/**
 * The lockfile as apply changes it: a map of identities that only ever records what is true of
 * the platform at that moment, so flushing it at any time (a timer, a signal, a crash handler)
 * writes a lockfile the next run can trust.
 */
import type { CompiledEntry } from "../content/types.js";
import { StateFileError } from "../errors.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { identityKey } from "../platform/identity.js";
import type { Journal, LockRecord } from "./journal.js";
import {
  compareIdentity,
  LOCKFILE_VERSION,
  type LockEntry,
  type Lockfile,
  owesLiveChange,
  type PendingTask,
  type PrunedEntry,
  type PruneRecord,
  prunedEntries,
  serializeLockfile,
  type Unpublished,
  unpublishedCounts,
} from "./lockfile.js";
import type { Plan, PlanAction } from "./plan.js";

/**
 * The mutable lock state: the lockfile plus the facts confirmed since (LockRecord), folded in
 * order. Replaying a journal and recording a live run go through the same `apply`.
 */
export class LockState {
  readonly #entries = new Map<string, LockEntry>();
  #pruned: PruneRecord | undefined;
  /** v2 import tasks submitted and not yet settled, in submission order. */
  readonly #tasks = new Map<string, PendingTask>();
  /** Bumped on every change, so a periodic flush can skip writing an unchanged state. */
  #revision = 0;

  constructor(lock: Lockfile) {
    this.#pruned = lock.pruned;
    for (const e of lock.entries) this.#entries.set(identityKey(e), e);
    for (const t of lock.tasks ?? []) this.#tasks.set(t.id, t);
  }

  /**
   * Records what the plan knows without a request: drift (entries no longer in the content,
   * and the old identities of renamed ones) is marked removed — it is still on the platform;
   * unchanged entries take their current file and id (a move changes no payload).
   */
  recordPlan(plan: Plan): void {
    for (const action of plan.actions) {
      if (action.kind === "remove") {
        if (action.previous.status !== "removed")
          this.#set({ ...action.previous, status: "removed" });
      } else if (action.kind === "unchanged") {
        const { previous, entry } = action;
        if (
          previous.source !== entry.source ||
          previous.id !== entry.id ||
          previous.status !== "synced"
        )
          // What the platform holds is unchanged, and so is who wrote it (api, ids).
          this.#set({ ...previous, source: entry.source, id: entry.id, status: "synced" });
      }
    }
  }

  /** Folds one confirmed fact into the state. */
  apply(record: LockRecord): void {
    if ("write" in record) {
      this.#set(record.write);
    } else if ("task" in record) {
      this.#tasks.set(record.task.id, record.task);
      this.#revision++;
    } else if ("settled" in record) {
      const task = this.#tasks.get(record.settled);
      this.#tasks.delete(record.settled);
      const before = record.replace ? [...this.#entries.values()] : [];
      if (record.replace) this.#entries.clear();
      for (const old of record.renamed) this.#entries.delete(identityKey(old));
      for (const e of record.entries) this.#set(e);
      if (record.replace) {
        // The replace deleted everything its task did not carry: what the plan removed, and,
        // when the run was cut short after it, the entries its later batches were to write.
        // The live bot answers with those until a publish, unless they are written again.
        // (The plan's removals, which the record names, are among them: the state held those.)
        const deleted = before.filter((e) => !this.#entries.has(identityKey(e)));
        // What it keeps and its own batch did not carry: the bot lacks those until written.
        const missing = (task?.keeps ?? []).filter((e) => !this.#entries.has(identityKey(e)));
        this.#pruned = this.#sinceLastPublish({
          ...record.replace,
          unpublished: liveRemovals(deleted).sort(compareIdentity),
          ...(missing.length > 0 ? { missing: missing.sort(compareIdentity) } : {}),
        });
      }
      this.#revision++;
    } else if ("prune" in record) {
      this.#entries.clear();
      for (const e of record.entries) this.#set(e);
      this.#pruned = this.#sinceLastPublish(record.prune);
    } else {
      for (const [key, e] of this.#entries) {
        if (e.unpublished) this.#entries.set(key, withoutMarker(e));
      }
      // Published: what the last prune removed is off the live bot too.
      if (this.#pruned?.unpublished) {
        const { unpublished: _, ...published } = this.#pruned;
        this.#pruned = published;
      }
      this.#revision++;
    }
  }

  /** Entries written but not published since (not a disable of one the live bot never had). */
  get unpublished(): number {
    let n = 0;
    for (const e of this.#entries.values()) if (owesLiveChange(e)) n++;
    return n;
  }

  /** Whether a publish would change what the live bot answers: writes or prune removals since. */
  get owesPublish(): boolean {
    return this.unpublished > 0 || this.prunedUnpublished > 0;
  }

  /**
   * What a publish now changes on the live bot: `entries` written since the last one start
   * answering as written; `disabled` (v2) entries it answered with stop; so do the `removed`
   * entries a prune removed since. A disabled entry it never answered with is in none.
   */
  get publishEffect(): { entries: number; disabled: number; removed: number } {
    const { written, disabled } = unpublishedCounts(this.#entries.values());
    return { entries: written, disabled, removed: this.prunedUnpublished };
  }

  /**
   * Entries the prunes since the last publish removed that a publish has not yet taken off the
   * live bot, less those written again since (the content brought them back), as the plan
   * counts them.
   */
  get prunedUnpublished(): number {
    let n = 0;
    for (const e of this.#pruned?.unpublished ?? []) if (!this.#entries.has(identityKey(e))) n++;
    return n;
  }

  /** Entries the state marks removed (still on the platform). */
  get removed(): number {
    let n = 0;
    for (const e of this.#entries.values()) if (e.status === "removed") n++;
    return n;
  }

  /** The v2 import tasks submitted and not yet settled, oldest first. */
  get tasks(): readonly PendingTask[] {
    return [...this.#tasks.values()];
  }

  /** The entry the state holds for an identity. */
  get(identity: { skill: string; title: string }): LockEntry | undefined {
    return this.#entries.get(identityKey(identity));
  }

  get revision(): number {
    return this.#revision;
  }

  /** Entries a replace cut short deleted that the content keeps, not yet written back. */
  get missing(): number {
    let n = 0;
    for (const e of this.#pruned?.missing ?? []) if (!this.#entries.has(identityKey(e))) n++;
    return n;
  }

  /** The lockfile to write now. */
  toLockfile(): Lockfile {
    // An entry written again since is the bot's again: the record stops naming it.
    const held = (e: PrunedEntry) => this.#entries.has(identityKey(e));
    let pruned = this.#pruned;
    if (pruned?.unpublished?.some(held))
      pruned = { ...pruned, unpublished: pruned.unpublished.filter((e) => !held(e)) };
    if (pruned?.missing?.some(held)) {
      const { missing, ...rest } = pruned;
      const still = missing.filter((e) => !held(e));
      pruned = still.length > 0 ? { ...rest, missing: still } : rest;
    }
    return {
      version: LOCKFILE_VERSION,
      pruned,
      entries: [...this.#entries.values()].sort(compareIdentity),
      ...(this.#tasks.size > 0 ? { tasks: [...this.#tasks.values()] } : {}),
    };
  }

  /**
   * A prune's record, its removals joined by those of earlier prunes not yet published: the live
   * bot still answers with those too, unless the content brought them back (the state holds them
   * again). Called once the prune's entries are in the state.
   */
  #sinceLastPublish(prune: PruneRecord): PruneRecord {
    const earlier = this.#pruned?.unpublished ?? [];
    if (earlier.length === 0) return prune;
    const named = new Map<string, PrunedEntry>();
    for (const e of earlier) if (!this.#entries.has(identityKey(e))) named.set(identityKey(e), e);
    for (const e of prune.unpublished ?? []) named.set(identityKey(e), e);
    return { ...prune, unpublished: [...named.values()].sort(compareIdentity) };
  }

  #set(entry: LockEntry): void {
    this.#entries.set(identityKey(entry), entry);
    this.#revision++;
  }
}

/**
 * The unpublished marker of the entries a run writes (LockEntry.unpublished): `"new"` when the
 * live bot has no version of the entry — created since the last publish, or written under a new
 * title — else true. A title a prune removed and has not published is still live; and on a
 * first sync no entry is taken as new: the bot may have had it before faqops (safe default).
 * One added by hand in the console under a title faqops then creates is the gap left.
 */
export function writtenMarkers(
  plan: Pick<Plan, "prunedUnpublished" | "firstSync">,
): (action: PlanAction, how?: { readonly inPlace?: boolean }) => Unpublished {
  let stillLive: Set<string> | undefined;
  return (action, how) => {
    if (action.kind !== "create" && (action.kind !== "rename" || how?.inPlace === true)) {
      // The same entry (a disable; a v2 rename in place keeps its intent): new only if it was.
      return action.previous.unpublished === "new" ? "new" : true;
    }
    if (plan.firstSync) return true;
    stillLive ??= new Set(plan.prunedUnpublished.map(identityKey));
    return stillLive.has(identityKey(action.entry)) ? true : "new";
  };
}

/**
 * Of the entries a prune removes, those the live bot answers with until a publish: not those
 * it never answered with (LockEntry.unpublished "new"), nor disabled ones already published.
 */
export function liveRemovals(removes: readonly LockEntry[]): PrunedEntry[] {
  return prunedEntries(
    removes.filter(
      (e) => e.unpublished !== "new" && (e.status !== "disabled" || e.unpublished === true),
    ),
  );
}

/** The lock entry of a compiled entry the platform holds with `hash`. */
export function lockEntryOf(entry: CompiledEntry, hash: string): LockEntry {
  return {
    skill: entry.skill,
    title: entry.title,
    hash,
    source: entry.source,
    id: entry.id,
    status: "synced",
  };
}

function withoutMarker(entry: LockEntry): LockEntry {
  const { unpublished: _, ...rest } = entry;
  return rest;
}

/** Folds journal records into a lockfile (the state a killed run had confirmed). */
export function foldRecords(lock: Lockfile, records: readonly LockRecord[]): Lockfile {
  if (records.length === 0) return lock;
  const state = new LockState(lock);
  for (const record of records) state.apply(record);
  return state.toLockfile();
}

/**
 * Writes a LockState to disk, one write at a time (two overlapping atomic writes could land in
 * the wrong order), and only when the state changed since the last write. Between two writes,
 * each confirmation is already on disk in the journal: `record` appends it there first.
 */
export class LockWriter {
  #chain: Promise<void> = Promise.resolve();
  /** The revision last written; undefined before the first flush, which always compares text. */
  #writtenRevision: number | undefined;
  /** The text on disk; until the first flush, the lockfile the run found (serialised then). */
  #written: { text: string } | { lock: Lockfile } | undefined;
  #changed = false;

  constructor(
    private readonly state: LockState,
    private readonly file: { readonly path: string; readonly display: string },
    /** The lockfile on disk as the run found it (undefined: there was none). */
    onDisk: Lockfile | undefined,
    private readonly journal: Journal,
  ) {
    this.#written = onDisk && { lock: onDisk };
  }

  /**
   * The first flush of a run: writes the lockfile with the plan's drift and the journal a
   * killed run left (folded in when it was read), then deletes that journal.
   */
  async start(): Promise<void> {
    await this.flush();
    await this.journal.remove();
  }

  /** Journals a confirmed fact (durably), then folds it into the state. */
  record(record: LockRecord): void {
    this.journal.append(record);
    this.state.apply(record);
  }

  /** True once the file on disk differs from the lockfile the run started with. */
  get changed(): boolean {
    return this.#changed;
  }

  /** Queues a flush; resolves when it (and every earlier one) is on disk. */
  flush(): Promise<void> {
    const next = this.#chain.then(async () => {
      const revision = this.state.revision;
      if (revision === this.#writtenRevision) return;
      const text = serializeLockfile(this.state.toLockfile());
      this.#writtenRevision = revision;
      if (this.#written && "lock" in this.#written) {
        this.#written = { text: serializeLockfile(this.#written.lock) };
      }
      if (text === this.#written?.text) return;
      await writeFileAtomic(this.file.path, text).catch((error: unknown) => {
        throw new StateFileError(
          `cannot write the lockfile ${this.file.display}: ${(error as Error).message}`,
          { cause: error },
        );
      });
      this.#written = { text };
      this.#changed = true;
    });
    // A failed flush must not block later ones (the next may succeed); the caller sees this one.
    this.#chain = next.catch(() => {});
    return next;
  }

  /**
   * The last flush of a run: writes the lockfile, then deletes the journal, whose every record
   * the lockfile now holds. Until then a kill leaves both, and the next run folds them again
   * (folding a record twice changes nothing).
   */
  async close(): Promise<void> {
    await this.flush();
    await this.journal.remove();
  }
}
