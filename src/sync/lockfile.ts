/**
 * The state lockfile: what faqops knows the platform holds, committed next to the content.
 *
 * Format (version 2), one entry per line so a Git diff shows exactly the entries that changed:
 *
 *   {
 *     "version": 2,
 *     "pruned": {"at": "2026-11-25T10:00:00.000Z", "removed": 3, "kept": 120},   (after a prune)
 *     "entries": [
 *       {"skill":"账户","title":"怎么开户？","hash":"…","source":"账户/开户.md","id":"open","status":"synced"},
 *       {"skill":"账户","title":"新问题","hash":"…","source":"账户/新.md","status":"synced","unpublished":true},
 *       {"skill":"账户","title":"旧问题","hash":"…","source":"账户/旧.md","status":"removed"}
 *     ]
 *   }
 *
 * `status` is `synced` (the platform holds this hash) or `removed` (gone from the content, or
 * now a draft, but still on the platform: the v1 API cannot delete one entry; `--prune` does).
 * `unpublished: true` marks an entry written since the last successful publish: the platform
 * holds it, but the live bot does not answer with it yet; `unpublished: "new"` marks one the live
 * bot has never answered with (created since), so removing it before a publish takes nothing
 * off the live bot. (A faqops that predates "new" refuses such a file rather than misread it.) Version 1 (before that marker) is
 * read as is; version 2 is written, so an older faqops refuses the file rather than silently
 * dropping the markers. Entries are sorted by skill, then title. The file is read strictly and
 * written atomically; confirmations between two writes are in the journal (journal.ts).
 *
 * A lockfile that is a symbolic link is refused, whether or not its target exists: a broken
 * one is not a missing lockfile (that would resend everything), and a link planted in a pull
 * request could point anywhere on the machine — reading it could show another file's text in
 * an error, and writing through it would replace that file. (The atomic write could not write
 * through a link anyway: its rename replaces the link itself.)
 */
import { readFile } from "node:fs/promises";
import { compareStrings } from "../diagnostics.js";
import { StateFileError } from "../errors.js";
import { checkStateFile } from "../fs/state-file.js";
import { identityKey } from "../platform/identity.js";

/**
 * The newest version this faqops writes. A lockfile is written as the oldest version that holds
 * what it uses: 3 for what the v2 API adds (entries written through it, disabled entries, import
 * tasks in flight), 4 for what tells the live bot's state apart (`unpublished: "new"`,
 * `mayBeDisabled`, a replace task's prune), so an older faqops refuses a file it would misread
 * ("written by a newer faqops"), and a bot synced with v1 alone and published keeps version 2.
 */
export const LOCKFILE_VERSION = 4;
/** Versions this faqops reads (1 lacks the `unpublished` marker; 2 lacks v2's fields; 3 lacks 4's). */
const READABLE_VERSIONS: readonly number[] = [1, 2, 3, 4];

/**
 * `synced`: the platform holds this hash. `removed`: gone from the content but still on the
 * platform (drift). `disabled`: still on the platform, switched off through the v2 API
 * (`disable: true`), so the live bot does not answer with it once published.
 */
export type LockStatus = "synced" | "removed" | "disabled";
const STATUSES: readonly string[] = ["synced", "removed", "disabled"];

/** The unpublished marker: `true`, or `"new"` for an entry never published (see LockEntry). */
export type Unpublished = true | "new";

/** The API that last wrote an entry (absent in the file: v1). */
export type LockApi = "v1" | "v2";

/** One entry the platform holds, as far as faqops knows. */
export interface LockEntry {
  readonly skill: string;
  readonly title: string;
  /** entryHash() of what was last written. */
  readonly hash: string;
  /** The content file it came from, relative to the content directory. */
  readonly source: string;
  readonly id?: string | undefined;
  readonly status: LockStatus;
  /**
   * Written since the last successful publish: not yet answered by the live bot. `"new"`: and
   * never published at all (created since), so the live bot has no version of it.
   */
  readonly unpublished?: Unpublished | undefined;
  /**
   * Disabled through v2, then written through v1, which may not switch an entry back on (not
   * documented): the next v2 write sends it switched on. Absent otherwise.
   */
  readonly mayBeDisabled?: true | undefined;
  /** `v2` when the v2 API wrote it last; absent (v1) otherwise. */
  readonly api?: "v2" | undefined;
  /** The ids v2's import reported for the entry's skill and intent. */
  readonly skillId?: number | undefined;
  readonly intentId?: number | undefined;
}

/** One intent of an import task, and the lock entry it becomes once the platform confirms it. */
export interface TaskItem {
  /** Status `synced` for a write or re-enable, `disabled` for a disable. */
  readonly entry: LockEntry;
  /** A rename in place (v2 `old_intent`): the title, in the same skill, that it replaces. */
  readonly renamedFrom?: string | undefined;
}

/**
 * A v2 import task submitted and not yet settled: the platform may be running it or have
 * finished it. The next run asks the platform how it ended before sending anything else, so a
 * run interrupted while a task was in flight neither loses nor duplicates it.
 */
export interface PendingTask {
  readonly id: string;
  /** When it was submitted (ISO 8601). */
  readonly submitted: string;
  /** 1 for `--prune --replace-all`: when it succeeds the platform holds exactly its items. */
  readonly mode: 0 | 1;
  readonly items: readonly TaskItem[];
  /**
   * Mode 1: the prune it carries out (what it removes), recorded once it is known to have
   * succeeded, by whichever run settles it.
   */
  readonly prune?: PruneRecord | undefined;
  /**
   * Mode 1: every entry the replace keeps. Those its own batch does not carry are deleted by it
   * and written by the run's later batches: until they are, the bot lacks them
   * (PruneRecord.missing).
   */
  readonly keeps?: readonly PrunedEntry[] | undefined;
}

/** The last prune, as recorded. */
export interface PruneRecord {
  readonly at: string;
  readonly removed: number;
  readonly kept: number;
  /**
   * The entries it removed, while it is not published: the live bot answers as at the last
   * publish, so with those it had then. A publish clears it (absent: none, or published).
   */
  readonly unpublished?: readonly PrunedEntry[] | undefined;
  /**
   * A replace (v2 mode 1) whose run stopped before writing all it keeps: the entries the content
   * keeps that the bot lacks, until an apply writes them back. A publish refuses meanwhile.
   */
  readonly missing?: readonly PrunedEntry[] | undefined;
}

/** An entry a prune removed, as its plan named it. */
export interface PrunedEntry {
  readonly skill: string;
  readonly title: string;
  readonly source: string;
}

/**
 * Whether a publish changes what the live bot answers for this entry: written since the last
 * publish, and not a disable of one the live bot never had.
 */
export function owesLiveChange(entry: LockEntry): boolean {
  return (
    entry.unpublished !== undefined && !(entry.status === "disabled" && entry.unpublished === "new")
  );
}

/**
 * Of `entries`, how many a publish makes answer as written (`written`), and how many (v2
 * disables) it takes off the live bot (`disabled`); a disable of an entry the live bot never had
 * is in neither.
 */
export function unpublishedCounts(entries: Iterable<LockEntry>): {
  written: number;
  disabled: number;
} {
  let written = 0;
  let disabled = 0;
  for (const e of entries) {
    if (!e.unpublished) continue;
    if (e.status !== "disabled") written++;
    else if (e.unpublished === true) disabled++;
  }
  return { written, disabled };
}

/** What a record names of entries: those a prune removes, or a replace keeps. */
export function prunedEntries(
  removes: readonly Pick<LockEntry, "skill" | "title" | "source">[],
): PrunedEntry[] {
  return removes.map(({ skill, title, source }) => ({ skill, title, source }));
}

/** A prune record read from JSON (the lockfile's `pruned`, a journal line), or undefined if malformed. */
export function pruneRecordOf(value: unknown): PruneRecord | undefined {
  if (!isObject(value)) return undefined;
  const { at, removed, kept } = value;
  if (typeof at !== "string" || typeof removed !== "number" || typeof kept !== "number")
    return undefined;
  const unpublished = namedEntriesOf(value.unpublished);
  const missing = namedEntriesOf(value.missing);
  if (unpublished === null || missing === null) return undefined;
  return {
    at,
    removed,
    kept,
    ...(unpublished ? { unpublished } : {}),
    ...(missing ? { missing } : {}),
  };
}

/** A list of named entries read from JSON: undefined when absent, null when malformed. */
export function namedEntriesOf(value: unknown): PrunedEntry[] | undefined | null {
  if (value === undefined) return undefined;
  const entry = (e: unknown) =>
    isObject(e) &&
    typeof e.skill === "string" &&
    typeof e.title === "string" &&
    typeof e.source === "string";
  if (!Array.isArray(value) || !value.every(entry)) return null;
  return (value as PrunedEntry[]).map(({ skill, title, source }) => ({ skill, title, source }));
}

/** A lockfile's contents. */
export interface Lockfile {
  readonly version: typeof LOCKFILE_VERSION;
  readonly pruned?: PruneRecord | undefined;
  readonly entries: readonly LockEntry[];
  /** v2 import tasks in flight (absent when none). */
  readonly tasks?: readonly PendingTask[] | undefined;
}

/** An empty lockfile: the state before the first sync. */
export function emptyLockfile(): Lockfile {
  return { version: LOCKFILE_VERSION, entries: [] };
}

/** Orders lock entries by skill, then title (code-unit order, the same everywhere). */
export function compareIdentity(
  a: { skill: string; title: string },
  b: { skill: string; title: string },
): number {
  return compareStrings(a.skill, b.skill) || compareStrings(a.title, b.title);
}

/** Where lock entry `index` is, for a message. */
const entryAt = (index: number) => `entries[${index}]`;

/**
 * Reads a lockfile; undefined when there is none (the first sync). Anything else that is not a
 * valid lockfile — empty, truncated, hand-broken, from a newer faqops — is an error naming the
 * file, never taken as empty (that would resend or forget everything).
 */
export async function readLockfileIfAny(
  file: string,
  displayName = file,
): Promise<Lockfile | undefined> {
  const state = {
    name: `the lockfile ${displayName}`,
    missing: "a missing lockfile that resends everything",
    remedy: { kind: "lockfile-not-a-link" } as const,
  };
  if (!(await checkStateFile(file, state))) return undefined;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new StateFileError(
      `cannot read the lockfile ${displayName}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return parseLockfile(text, displayName);
}

/** Reads a lockfile as readLockfileIfAny does; a missing file is an empty lockfile. */
export async function readLockfile(file: string, displayName = file): Promise<Lockfile> {
  return (await readLockfileIfAny(file, displayName)) ?? emptyLockfile();
}

/** Parses and checks a lockfile's text; `name` is used in error messages. */
export function parseLockfile(text: string, name: string): Lockfile {
  const fail: (what: string) => never = (what) => {
    throw new StateFileError(`the lockfile ${name} is not valid: ${what}.`, {
      hint: `restore it from Git (git checkout -- ${name}); faqops never treats a broken lockfile as empty.`,
    });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`it is not JSON (${(error as Error).message}); it may be truncated or hand-edited`);
  }
  if (!isObject(data)) return fail("it is not a JSON object");
  const { version } = data;
  if (typeof version !== "number") return fail('it has no "version"');
  if (version > LOCKFILE_VERSION) {
    throw new StateFileError(
      `the lockfile ${name} has version ${version}, written by a newer faqops; this one reads version ${LOCKFILE_VERSION}.`,
      { hint: "upgrade faqops." },
    );
  }
  if (!READABLE_VERSIONS.includes(version)) {
    return fail(`unknown version ${JSON.stringify(version)}`);
  }
  if (!Array.isArray(data.entries)) return fail('"entries" is not a list');
  const entries: LockEntry[] = [];
  const seen = new Set<string>();
  const raws = data.entries as unknown[];
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    // entryAt(index) is made only for a message: at 100k entries, 100k strings otherwise.
    if (!isObject(raw)) fail(`${entryAt(index)} is not an object`);
    const problem = lockEntryProblem(raw);
    if (problem) fail(`${entryAt(index)}${problem}`);
    // The parsed object itself, checked above, rather than a copy: at 100k entries a copy is
    // 100k more objects and the same again in garbage. Unknown keys are left out of reach by
    // the type (and serializeLockfile writes only the known ones).
    const entry = raw as unknown as LockEntry;
    const key = identityKey(entry);
    if (seen.has(key))
      fail(`${entryAt(index)} repeats the entry "${entry.skill} / ${entry.title}"`);
    seen.add(key);
    entries.push(entry);
  }
  let pruned: PruneRecord | undefined;
  if (data.pruned !== undefined) {
    pruned = pruneRecordOf(data.pruned);
    if (pruned === undefined) return fail('"pruned" is malformed');
  }
  let tasks: PendingTask[] | undefined;
  if (data.tasks !== undefined) {
    if (!Array.isArray(data.tasks)) return fail('"tasks" is not a list');
    tasks = [];
    for (const [index, raw] of (data.tasks as unknown[]).entries()) {
      const problem = pendingTaskProblem(raw);
      if (problem) return fail(`tasks[${index}]${problem}`);
      tasks.push(checkedTask(raw as PendingTask));
    }
  }
  return {
    version: LOCKFILE_VERSION,
    pruned,
    entries: entries.sort(compareIdentity),
    ...(tasks && tasks.length > 0 ? { tasks } : {}),
  };
}

/** What is wrong with a lock entry read from a file (" .skill is missing"), or undefined. */
export function lockEntryProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return " is not an object";
  for (const key of ["skill", "title", "hash", "source"] as const) {
    if (typeof raw[key] !== "string" || raw[key] === "") return `.${key} is missing`;
  }
  if (raw.id !== undefined && typeof raw.id !== "string") return ".id is not text";
  if (typeof raw.status !== "string" || !STATUSES.includes(raw.status)) {
    return '.status must be "synced", "removed" or "disabled"';
  }
  if (raw.unpublished !== undefined && raw.unpublished !== true && raw.unpublished !== "new") {
    return '.unpublished must be true or "new" when present';
  }
  if (raw.mayBeDisabled !== undefined && raw.mayBeDisabled !== true) {
    return ".mayBeDisabled must be true when present";
  }
  if (raw.api !== undefined && raw.api !== "v2") return '.api must be "v2" when present';
  for (const key of ["skillId", "intentId"] as const) {
    if (raw[key] !== undefined && !Number.isSafeInteger(raw[key])) return `.${key} is not a number`;
  }
  return undefined;
}

/** What is wrong with a pending task read from a file, or undefined. */
export function pendingTaskProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return " is not an object";
  if (typeof raw.id !== "string" || raw.id === "") return ".id is missing";
  if (typeof raw.submitted !== "string") return ".submitted is missing";
  if (raw.mode !== 0 && raw.mode !== 1) return ".mode must be 0 or 1";
  if (!Array.isArray(raw.items)) return ".items is not a list";
  for (const [index, item] of (raw.items as unknown[]).entries()) {
    if (!isObject(item)) return `.items[${index}] is not an object`;
    const problem = lockEntryProblem(item.entry);
    if (problem) return `.items[${index}].entry${problem}`;
    if (item.renamedFrom !== undefined && typeof item.renamedFrom !== "string")
      return `.items[${index}].renamedFrom is not text`;
  }
  if (raw.prune !== undefined && pruneRecordOf(raw.prune) === undefined)
    return ".prune is malformed";
  if (namedEntriesOf(raw.keeps) === null) return ".keeps is malformed";
  return undefined;
}

/**
 * A pending task read from a file, once pendingTaskProblem found nothing wrong: its prune record
 * keeps only the keys it is known by (the task is written back as read).
 */
export function checkedTask(raw: PendingTask): PendingTask {
  const { prune, keeps, ...rest } = raw;
  return {
    ...rest,
    ...(prune === undefined ? {} : { prune: pruneRecordOf(prune) }),
    ...(keeps === undefined ? {} : { keeps: namedEntriesOf(keeps) ?? [] }),
  };
}

/** A lock entry with its keys in a fixed order and nothing unknown. */
function orderedEntry(e: LockEntry): Record<string, unknown> {
  return {
    skill: e.skill,
    title: e.title,
    hash: e.hash,
    source: e.source,
    ...(e.id === undefined ? {} : { id: e.id }),
    status: e.status,
    ...(e.unpublished ? { unpublished: e.unpublished } : {}),
    ...(e.mayBeDisabled ? { mayBeDisabled: true } : {}),
    ...(e.api === "v2" ? { api: "v2" } : {}),
    ...(e.skillId === undefined ? {} : { skillId: e.skillId }),
    ...(e.intentId === undefined ? {} : { intentId: e.intentId }),
  };
}

/** The version a lockfile needs: the oldest that holds what it uses (see LOCKFILE_VERSION). */
function versionFor(lock: Lockfile): 2 | 3 | 4 {
  const tasks = lock.tasks ?? [];
  const v4 =
    lock.entries.some((e) => e.unpublished === "new" || e.mayBeDisabled) ||
    lock.pruned?.missing !== undefined ||
    tasks.some(
      (t) =>
        t.prune !== undefined ||
        t.keeps !== undefined ||
        t.items.some((i) => i.entry.unpublished === "new"),
    );
  if (v4) return 4;
  const v3 =
    tasks.length > 0 || lock.entries.some((e) => e.status === "disabled" || e.api === "v2");
  return v3 ? 3 : 2;
}

/**
 * Serialises a lockfile deterministically: sorted entries, fixed key order, one entry a line,
 * then the pending tasks (in submission order), one a line.
 */
export function serializeLockfile(lock: Lockfile): string {
  const entries = [...lock.entries]
    .sort(compareIdentity)
    .map((e) => JSON.stringify(orderedEntry(e)));
  const lines = [`  "version": ${versionFor(lock)},`];
  if (lock.pruned) lines.push(`  "pruned": ${JSON.stringify(lock.pruned)},`);
  const tasks = lock.tasks ?? [];
  lines.push(
    (entries.length === 0
      ? '  "entries": []'
      : `  "entries": [\n    ${entries.join(",\n    ")}\n  ]`) + (tasks.length > 0 ? "," : ""),
  );
  if (tasks.length > 0) {
    const taskLines = tasks.map((t) =>
      JSON.stringify({
        id: t.id,
        submitted: t.submitted,
        mode: t.mode,
        items: t.items.map((item) => ({
          entry: orderedEntry(item.entry),
          ...(item.renamedFrom === undefined ? {} : { renamedFrom: item.renamedFrom }),
        })),
        ...(t.prune === undefined ? {} : { prune: t.prune }),
        ...(t.keeps === undefined ? {} : { keeps: t.keeps }),
      }),
    );
    lines.push(`  "tasks": [\n    ${taskLines.join(",\n    ")}\n  ]`);
  }
  return `{\n${lines.join("\n")}\n}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
