/**
 * The lockfile as apply changes it: a map of identities that only ever records what is true of
 * the platform at that moment, so flushing it at any time (a timer, a signal, a crash handler)
 * writes a lockfile the next run can trust.
 */
import type { CompiledEntry } from "../content/types.js";
import { StateFileError } from "../errors.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { identityKey } from "./hash.js";
import {
  compareIdentity,
  LOCKFILE_VERSION,
  type LockEntry,
  type Lockfile,
  type PruneRecord,
  serializeLockfile,
} from "./lockfile.js";
import type { Plan } from "./plan.js";

/** The mutable lock state of one apply run. */
export class LockState {
  readonly #entries = new Map<string, LockEntry>();
  #pruned: PruneRecord | undefined;
  /** Bumped on every change, so a periodic flush can skip writing an unchanged state. */
  #revision = 0;

  /**
   * Starts from the lockfile and records what needs no request: entries no longer in the
   * content (and the old identities of renamed ones) are marked removed — they are still on the
   * platform; unchanged entries take their current file and id (a move changes no payload).
   */
  constructor(lock: Lockfile, plan: Plan) {
    this.#pruned = lock.pruned;
    for (const e of lock.entries) this.#entries.set(identityKey(e), e);
    for (const action of plan.actions) {
      if (action.kind === "remove" || action.kind === "rename") {
        this.#set({ ...action.previous, status: "removed" });
      } else if (action.kind === "unchanged") {
        this.#set(synced(action.entry, action.hash));
      }
    }
  }

  /** Records a write the platform confirmed. */
  confirmWrite(entry: CompiledEntry, hash: string): void {
    this.#set(synced(entry, hash));
  }

  /** Records a confirmed prune: the platform now holds exactly `entries`. */
  confirmPrune(entries: readonly { entry: CompiledEntry; hash: string }[], at: Date): void {
    const removed = [...this.#entries.values()].filter((e) => e.status === "removed").length;
    this.#entries.clear();
    for (const { entry, hash } of entries) this.#set(synced(entry, hash));
    this.#pruned = { at: at.toISOString(), removed, kept: entries.length };
  }

  get revision(): number {
    return this.#revision;
  }

  /** The lockfile to write now. */
  toLockfile(): Lockfile {
    return {
      version: LOCKFILE_VERSION,
      pruned: this.#pruned,
      entries: [...this.#entries.values()].sort(compareIdentity),
    };
  }

  #set(entry: LockEntry): void {
    this.#entries.set(identityKey(entry), entry);
    this.#revision++;
  }
}

function synced(entry: CompiledEntry, hash: string): LockEntry {
  return {
    skill: entry.skill,
    title: entry.title,
    hash,
    source: entry.source,
    id: entry.id,
    status: "synced",
  };
}

/**
 * Writes a LockState to disk, one write at a time (two overlapping atomic writes could land in
 * the wrong order), and only when the state changed since the last write.
 */
export class LockWriter {
  #chain: Promise<void> = Promise.resolve();
  #writtenRevision: number;
  #writtenText: string;
  #changed = false;

  constructor(
    private readonly state: LockState,
    private readonly file: { readonly path: string; readonly display: string },
    original: Lockfile,
  ) {
    this.#writtenRevision = state.revision;
    this.#writtenText = serializeLockfile(original);
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
      const lock = this.state.toLockfile();
      const text = serializeLockfile(lock);
      this.#writtenRevision = revision;
      if (text === this.#writtenText) return;
      await writeFileAtomic(this.file.path, text).catch((error: unknown) => {
        throw new StateFileError(
          `cannot write the lockfile ${this.file.display}: ${(error as Error).message}`,
          { cause: error },
        );
      });
      this.#writtenText = text;
      this.#changed = true;
    });
    // A failed flush must not block later ones (the next may succeed); the caller sees this one.
    this.#chain = next.catch(() => {});
    return next;
  }
}
