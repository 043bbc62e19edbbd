import { type AnswerReader, heldAnswers } from "../../src/content/answer-reader.js";
import { entryHash } from "../../src/content/entry-hash.js";
import type { EntryWithAnswer } from "../../src/content/types.js";
import { LOCKFILE_VERSION, type LockEntry, type Lockfile } from "../../src/sync/lockfile.js";
import type { Plan } from "../../src/sync/plan.js";

/** A synced lock entry in skill 账户, its hash and source made from `title`. */
export function lockEntry(title: string, extra: Partial<LockEntry> = {}): LockEntry {
  return {
    skill: "账户",
    title,
    hash: `h-${title}`,
    source: `账户/${title}.md`,
    status: "synced",
    ...extra,
  };
}

/** A compiled entry for planner tests, with its answer; only what the planner reads matters. */
export function entry(
  fields: Partial<Omit<EntryWithAnswer, "hash">> & { title: string },
): EntryWithAnswer {
  const skill = fields.skill ?? "账户";
  const base = {
    source: fields.source ?? `${skill}/${fields.title}.md`,
    path: `content/${fields.source ?? `${skill}/${fields.title}.md`}`,
    skill,
    questions: [],
    draft: false,
    messages: [fields.content ?? `答案：${fields.title}`],
    content: `答案：${fields.title}`,
    ...fields,
  };
  // As the compiler does: the hash of what is sent.
  return { ...base, hash: entryHash(base) };
}

/** The answers of the entries a plan writes or keeps (the entries made by `entry` above). */
export function planAnswers(plan: Plan): AnswerReader {
  return heldAnswers(
    plan.actions.flatMap((a) => (a.kind === "remove" ? [] : [a.entry as EntryWithAnswer])),
  );
}

/** A lockfile of the current version holding `entries`. */
export function lockOf(...entries: LockEntry[]): Lockfile {
  return { version: LOCKFILE_VERSION, entries };
}

/** `e`'s lock entry as a sync that wrote it leaves it (its real entry hash). */
export function synced(
  e: ReturnType<typeof entry>,
  status: LockEntry["status"] = "synced",
): LockEntry {
  return { skill: e.skill, title: e.title, hash: entryHash(e), source: e.source, id: e.id, status };
}
