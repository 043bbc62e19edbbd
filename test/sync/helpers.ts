import { entryHash } from "../../src/content/entry-hash.js";
import type { CompiledEntry } from "../../src/content/types.js";

/** A compiled entry for planner tests; only what the planner reads matters. */
export function entry(
  fields: Partial<Omit<CompiledEntry, "hash">> & { title: string },
): CompiledEntry {
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
