import type { CompiledEntry } from "../../src/content/types.js";

/** A compiled entry for planner tests; only what the planner reads matters. */
export function entry(fields: Partial<CompiledEntry> & { title: string }): CompiledEntry {
  const skill = fields.skill ?? "账户";
  return {
    source: fields.source ?? `${skill}/${fields.title}.md`,
    path: `content/${fields.source ?? `${skill}/${fields.title}.md`}`,
    skill,
    questions: [],
    draft: false,
    messages: [fields.content ?? `答案：${fields.title}`],
    content: `答案：${fields.title}`,
    ...fields,
  };
}
