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
 * holds it, but the live bot does not answer with it yet. Version 1 (before that marker) is
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
import { identityKey } from "./hash.js";

export const LOCKFILE_VERSION = 2;
/** Versions this faqops reads (1 lacks the `unpublished` marker). */
const READABLE_VERSIONS: readonly number[] = [1, 2];

export type LockStatus = "synced" | "removed";

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
  /** Written since the last successful publish: not yet answered by the live bot. */
  readonly unpublished?: true | undefined;
}

/** The last prune, as recorded. */
export interface PruneRecord {
  readonly at: string;
  readonly removed: number;
  readonly kept: number;
}

/** A lockfile's contents. */
export interface Lockfile {
  readonly version: typeof LOCKFILE_VERSION;
  readonly pruned?: PruneRecord | undefined;
  readonly entries: readonly LockEntry[];
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
    hint: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
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
  for (const [index, raw] of (data.entries as unknown[]).entries()) {
    const where = `entries[${index}]`;
    if (!isObject(raw)) fail(`${where} is not an object`);
    for (const key of ["skill", "title", "hash", "source"] as const) {
      if (typeof raw[key] !== "string" || raw[key] === "")
        return fail(`${where}.${key} is missing`);
    }
    if (raw.id !== undefined && typeof raw.id !== "string") fail(`${where}.id is not text`);
    if (raw.status !== "synced" && raw.status !== "removed") {
      fail(`${where}.status must be "synced" or "removed"`);
    }
    if (raw.unpublished !== undefined && raw.unpublished !== true) {
      fail(`${where}.unpublished must be true when present`);
    }
    // The parsed object itself, checked above, rather than a copy: at 100k entries a copy is
    // 100k more objects and the same again in garbage. Unknown keys are left out of reach by
    // the type (and serializeLockfile writes only the known ones).
    const entry = raw as unknown as LockEntry;
    const key = identityKey(entry);
    if (seen.has(key)) fail(`${where} repeats the entry "${entry.skill} / ${entry.title}"`);
    seen.add(key);
    entries.push(entry);
  }
  let pruned: PruneRecord | undefined;
  if (data.pruned !== undefined) {
    const p = data.pruned;
    if (
      !isObject(p) ||
      typeof p.at !== "string" ||
      typeof p.removed !== "number" ||
      typeof p.kept !== "number"
    ) {
      return fail('"pruned" is malformed');
    }
    pruned = { at: p.at, removed: p.removed, kept: p.kept };
  }
  return { version: LOCKFILE_VERSION, pruned, entries: entries.sort(compareIdentity) };
}

/** Serialises a lockfile deterministically: sorted entries, fixed key order, one entry a line. */
export function serializeLockfile(lock: Lockfile): string {
  const entries = [...lock.entries].sort(compareIdentity).map((e) =>
    JSON.stringify({
      skill: e.skill,
      title: e.title,
      hash: e.hash,
      source: e.source,
      ...(e.id === undefined ? {} : { id: e.id }),
      status: e.status,
      ...(e.unpublished ? { unpublished: true } : {}),
    }),
  );
  const lines = [`  "version": ${LOCKFILE_VERSION},`];
  if (lock.pruned) lines.push(`  "pruned": ${JSON.stringify(lock.pruned)},`);
  lines.push(
    entries.length === 0
      ? '  "entries": []'
      : `  "entries": [\n    ${entries.join(",\n    ")}\n  ]`,
  );
  return `{\n${lines.join("\n")}\n}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
