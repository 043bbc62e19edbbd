/**
 * What `/v2/bot/import/json` does to the bot's entries, once its body passed every check
 * (v2-request.ts): a pure function over the entry map, with the per-item outcome a task reports.
 *
 * Where the reference (platform-api-v2.md) is silent, the emulator takes the strict reading:
 * - An item overwrites the whole intent, keyed by (skill, intent): questions, answers, threshold
 *   (absent: back to the default) and disable.
 * - `old_intent` renames an intent within the item's skill and keeps its ids. An `old_intent`
 *   that does not exist fails that item only (the reference's "expect a per-item failure"), and
 *   so does a rename onto another intent that already exists: it would silently merge two.
 * - Ids are numbers from two counters that never go back, so an id is never reused, not even
 *   after mode 1 deleted everything: a client holding an old id sees it is gone.
 */
import { identityKey } from "../identity.js";
import type { ImportItem, V2ImportMode } from "../v2/types.js";
import type { BotEntry } from "./bot.js";

/** The next skill and intent ids to hand out (kept in the state file). */
export interface IdCounters {
  nextSkillId: number;
  nextIntentId: number;
}

/** Where the counters start: apart, so a skill id taken for an intent id (or back) finds nothing. */
export const FIRST_IDS: Readonly<IdCounters> = Object.freeze({
  nextSkillId: 1001,
  nextIntentId: 500_001,
});

/** An intent an import wrote, with its ids, as `success_skill_info` lists it. */
export interface ImportedIntent {
  readonly skill: string;
  readonly skillId: number;
  readonly intent: string;
  readonly intentId: number;
}

/** An item an import could not apply, and why (for `fail_skill_info`). */
export interface FailedItem {
  readonly skill: string;
  readonly intent: string;
  readonly msg: string;
}

/** What one import did. */
export interface ImportOutcome {
  readonly succeeded: readonly ImportedIntent[];
  readonly failed: readonly FailedItem[];
  /** Items that overwrote or renamed an existing intent. */
  readonly replaced: number;
  /** The entries as written, for the write counts. */
  readonly written: readonly BotEntry[];
}

/**
 * Applies an import to `entries` (mutated, like `ids`): mode 1 first deletes every entry, then
 * the items are applied in order, each on its own.
 */
export function applyImport(
  entries: Map<string, BotEntry>,
  ids: IdCounters,
  mode: V2ImportMode,
  items: readonly ImportItem[],
  /** Texts the safety check refuses (a fault): an item holding one fails alone. */
  rejectTexts: readonly string[] = [],
): ImportOutcome {
  if (mode === 1) entries.clear();
  // A skill's id is the one its entries carry (v1 writes carry none); a new skill gets the next.
  const skillIds = new Map<string, number>();
  for (const e of entries.values()) {
    if (e.skillId !== undefined && !skillIds.has(e.skill)) skillIds.set(e.skill, e.skillId);
  }
  const skillIdOf = (skill: string) => {
    let id = skillIds.get(skill);
    if (id === undefined) {
      id = ids.nextSkillId++;
      skillIds.set(skill, id);
    }
    return id;
  };

  const succeeded: ImportedIntent[] = [];
  const failed: FailedItem[] = [];
  const written: BotEntry[] = [];
  let replaced = 0;
  const unsafe = (item: ImportItem) =>
    rejectTexts.find((t) =>
      [item.intent, ...item.questions, ...item.answers].some((text) => text.includes(t)),
    );
  for (const item of items) {
    const key = identityKey({ skill: item.skill, title: item.intent });
    const refused = unsafe(item);
    if (refused !== undefined) {
      failed.push({
        skill: item.skill,
        intent: item.intent,
        msg: `content failed the safety check (110003): "${refused}"`,
      });
      continue;
    }
    let previous = entries.get(key);
    if (item.oldIntent !== undefined && item.oldIntent !== item.intent) {
      const oldKey = identityKey({ skill: item.skill, title: item.oldIntent });
      const renamed = entries.get(oldKey);
      if (!renamed) {
        failed.push({
          skill: item.skill,
          intent: item.intent,
          msg: `old_intent "${item.oldIntent}" does not exist in skill "${item.skill}"`,
        });
        continue;
      }
      if (previous) {
        failed.push({
          skill: item.skill,
          intent: item.intent,
          msg: `cannot rename "${item.oldIntent}": intent "${item.intent}" already exists in skill "${item.skill}"`,
        });
        continue;
      }
      entries.delete(oldKey);
      previous = renamed;
    } else if (item.oldIntent !== undefined && !previous) {
      // A "rename" onto itself still names an intent that must exist.
      failed.push({
        skill: item.skill,
        intent: item.intent,
        msg: `old_intent "${item.oldIntent}" does not exist in skill "${item.skill}"`,
      });
      continue;
    }
    if (previous) replaced++;
    const entry = entryOf(item, skillIdOf(item.skill), previous?.intentId ?? ids.nextIntentId++);
    entries.set(key, entry);
    written.push(entry);
    succeeded.push({
      skill: entry.skill,
      skillId: entry.skillId!,
      intent: entry.title,
      intentId: entry.intentId!,
    });
  }
  return { succeeded, failed, replaced, written };
}

/** The entry an item writes: v1's fields, then only the v2 fields that are set. */
function entryOf(item: ImportItem, skillId: number, intentId: number): BotEntry {
  return {
    skill: item.skill,
    title: item.intent,
    // faqops sends one answer; v1's single `content` holds it, `answers` keeps several.
    content: item.answers[0]!,
    questions: [...item.questions],
    ...(item.answers.length > 1 ? { answers: [...item.answers] } : {}),
    ...(item.threshold !== undefined ? { threshold: item.threshold } : {}),
    ...(item.disable ? { disabled: true as const } : {}),
    skillId,
    intentId,
  };
}
