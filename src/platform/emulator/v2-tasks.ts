/**
 * The import tasks `/v2/async/fetch` reports on. The import itself is applied when it is
 * submitted (as the platform does it server-side, whether or not the client keeps polling); the
 * task then reports "running" for `taskSteps` fetches before it reports its end, so a client
 * must poll rather than assume the first answer is final.
 *
 * The answer has exactly the fields of the reference's example (platform-api-v2.md,
 * "POST /v2/async/fetch"). Empty lists are `null`, as that example's `fail_skill_info` is (a Go
 * server's nil slice): a client must take `null` where it expects a list.
 */
import type { FailedItem, ImportedIntent } from "./v2-import.js";

/** One submitted import and what it did. */
export interface ImportTask {
  /** 32 lower-case hex characters, like the reference's. */
  readonly id: string;
  /** Unix seconds of the submission. */
  readonly start: number;
  /** Unix seconds of the fetch that first reported the end; 0 until then. */
  readonly end: number;
  /** Fetches answered so far. */
  readonly fetches: number;
  readonly total: number;
  readonly replaced: number;
  readonly succeeded: readonly ImportedIntent[];
  readonly failed: readonly FailedItem[];
}

/** At most this many tasks are kept (the oldest go first): enough for any run, bounded on disk. */
export const MAX_TASKS = 1000;

/** `/v2/async/fetch`'s `data`, in the reference's field order. */
export interface TaskReport {
  readonly end: number;
  readonly fail_count: number;
  readonly fail_skill_info: readonly FailedSkill[] | null;
  readonly import_export_time: null;
  readonly msg: string;
  readonly progress: number;
  readonly replace_count: number;
  readonly start: number;
  /** 1 running, 2 succeeded (some items may have failed), 3 failed (every item failed). */
  readonly state: 1 | 2 | 3;
  readonly success_count: number;
  readonly success_skill_info: readonly ImportedSkill[] | null;
  readonly success_upload_count: number;
  readonly total_count: number;
  readonly url: string;
}

/** A skill in `success_skill_info`: `{id, name, intents: [{id, name}]}`. */
export interface ImportedSkill {
  readonly id: number;
  readonly name: string;
  readonly intents: readonly { readonly id: number; readonly name: string }[];
}

/**
 * A skill in `fail_skill_info`. The reference promises only `name`; the intents and their `msg`
 * are there for a human reading the answer.
 */
export interface FailedSkill {
  readonly name: string;
  readonly intents: readonly { readonly name: string; readonly msg: string }[];
}

/** One fetch of a task at `now` (unix seconds): the report, and the task as it is after it. */
export function fetchTask(
  task: ImportTask,
  taskSteps: number,
  now: number,
): { report: TaskReport; task: ImportTask } {
  const fetches = task.fetches + 1;
  if (task.fetches < taskSteps) {
    return {
      task: { ...task, fetches },
      report: {
        ...base(task),
        end: 0,
        progress: Math.round((task.fetches * 100) / taskSteps),
        state: 1,
        total_count: task.total,
      },
    };
  }
  const end = task.end === 0 ? Math.max(task.start, now) : task.end;
  const everyItemFailed = task.total > 0 && task.succeeded.length === 0;
  return {
    task: { ...task, fetches, end },
    report: {
      ...base(task),
      end,
      fail_count: task.failed.length,
      fail_skill_info: nullIfEmpty(failedSkills(task.failed)),
      msg: everyItemFailed ? `every item failed (${task.failed.length})` : "",
      progress: 100,
      replace_count: task.replaced,
      state: everyItemFailed ? 3 : 2,
      success_count: task.succeeded.length,
      success_skill_info: nullIfEmpty(importedSkills(task.succeeded)),
      total_count: task.total,
    },
  };
}

/** A running task's report: counts stay 0 until it ends, as the platform cannot know them yet. */
function base(task: ImportTask): TaskReport {
  return {
    end: 0,
    fail_count: 0,
    fail_skill_info: null,
    import_export_time: null,
    msg: "",
    progress: 0,
    replace_count: 0,
    start: task.start,
    state: 1,
    success_count: 0,
    success_skill_info: null,
    success_upload_count: 0,
    total_count: 0,
    url: "",
  };
}

const nullIfEmpty = <T>(list: readonly T[]) => (list.length === 0 ? null : list);

/** Groups intents by skill, skills in the order they first appear. */
function importedSkills(intents: readonly ImportedIntent[]): ImportedSkill[] {
  const skills = new Map<
    string,
    { id: number; name: string; intents: ImportedSkill["intents"][number][] }
  >();
  for (const i of intents) {
    let skill = skills.get(i.skill);
    if (!skill) {
      skill = { id: i.skillId, name: i.skill, intents: [] };
      skills.set(i.skill, skill);
    }
    skill.intents.push({ id: i.intentId, name: i.intent });
  }
  return [...skills.values()];
}

function failedSkills(items: readonly FailedItem[]): FailedSkill[] {
  const skills = new Map<string, { name: string; intents: FailedSkill["intents"][number][] }>();
  for (const i of items) {
    let skill = skills.get(i.skill);
    if (!skill) {
      skill = { name: i.skill, intents: [] };
      skills.set(i.skill, skill);
    }
    skill.intents.push({ name: i.intent, msg: i.msg });
  }
  return [...skills.values()];
}
