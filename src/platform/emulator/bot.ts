/**
 * The bot the emulator stands for, as a pure state machine: its entries, what is live, a
 * publish in progress, and v2's import tasks. No HTTP, no disk, no clock: a call goes in (with
 * the time, when it needs one), the platform's answer and whether the state changed come out.
 *
 * v1 and v2 share this one bot (the reference's safe assumption: platform-api-v2.md, "Unknowns").
 */
import { identityKey } from "../identity.js";
import type { AutoReply, ImportMode, PublishProgress } from "../types.js";
import type { ImportItem, V2ImportMode } from "../v2/types.js";
import { applyImport, FIRST_IDS, type IdCounters } from "./v2-import.js";
import { fetchTask, type ImportTask, MAX_TASKS } from "./v2-tasks.js";

/** A platform answer: the JSON envelope sent with HTTP 200. */
export type Answer = Readonly<Record<string, unknown>>;

/** A call the platform refused, with one of its error codes (an Answer as it is). */
export type Refusal = { readonly errcode: number; readonly errmsg: string };

/**
 * One entry (an intent) as the bot keeps it: v1's four fields, and what v2 adds, each present
 * only when set, so an entry only v1 wrote keeps v1's shape (in entries(), GET /entries and the
 * state file).
 */
export interface BotEntry extends AutoReply {
  /** The similarity threshold as v2 sent it ("0.9"); absent: the platform's default. */
  readonly threshold?: string;
  /** Switched off by v2's `disable: true`: kept, but never published (never live). */
  readonly disabled?: true;
  /** v2's ids, given by the first v2 write; kept across renames and v1 writes. */
  readonly skillId?: number;
  readonly intentId?: number;
  /** Every answer, when v2 sent more than one (`content` is the first). */
  readonly answers?: readonly string[];
}

/** A call that passed every check (token, decryption, fields, managerid), ready to perform. */
export type BotCall =
  | { readonly action: "setautoreply"; readonly entry: AutoReply }
  | {
      readonly action: "batchimportskill";
      readonly mode: ImportMode;
      readonly entries: readonly AutoReply[];
    }
  | { readonly action: "publish" }
  | { readonly action: "publish_progress" }
  | {
      readonly action: "v2/import";
      readonly mode: V2ImportMode;
      readonly items: readonly ImportItem[];
      /** The new task's id (random: made by the caller). */
      readonly taskId: string;
      /** Unix seconds. */
      readonly now: number;
    }
  | { readonly action: "v2/fetch"; readonly taskId: string; readonly now: number }
  | { readonly action: "v2/publish"; readonly taskId: string }
  | { readonly action: "v2/progress"; readonly env: "online" | "debug" };

/** What the bot holds between runs: the state file's content. */
export interface BotState {
  readonly entries: readonly BotEntry[];
  /** The entries of the last completed publish; undefined before one. */
  readonly published: readonly BotEntry[] | undefined;
  /** v2's id counters and import tasks; absent until v2 wrote or imported something. */
  readonly v2?: BotV2State;
}

/** The part of the state only v2 uses. */
export interface BotV2State extends Readonly<IdCounters> {
  /** Oldest first. */
  readonly tasks: readonly ImportTask[];
}

/** What one call did. */
export interface BotOutcome {
  /** v1: the whole envelope. v2: `{code, data, msg}`, to which the server adds `request_id`. */
  readonly answer: Answer;
  /** The entries, the live content or a task changed: the state must be saved. */
  readonly changed: boolean;
  /** The entries this call wrote, for the write counts. */
  readonly written: readonly AutoReply[];
}

export interface Bot {
  /** Performs a call; `publishFails` makes a publish started now end with status 2. */
  perform(
    call: BotCall,
    options?: { readonly publishFails?: boolean; readonly rejectTexts?: readonly string[] },
  ): BotOutcome;
  /** The entries as written, sorted by skill and title. */
  entries(): BotEntry[];
  /**
   * The entries of the last completed publish, sorted, or undefined before one. Disabled entries
   * are not in it: they are not live.
   */
  published(): BotEntry[] | undefined;
  /** What to save. */
  state(): BotState;
  /** Empties the bot: no entries, nothing live, nothing publishing. */
  reset(): void;
}

/** The platform's success envelope (the seed's example: `errcode` and `msg`). */
export const ok = (extra: Answer = {}): Answer => ({ errcode: 0, msg: "Success", ...extra });

/** v2's envelope without `request_id` (the server adds it): `msg` "success" as the reference shows. */
export const ok2 = (data: unknown, msg = "success"): Answer => ({ code: 0, data, msg });

/** A v2 refusal without `request_id`. */
export const refuse2 = (code: number, msg: string, data: unknown = null): Answer => ({
  code,
  data,
  msg,
});

/** Sorted by skill, then title: the stable order of entries(), GET /entries and the state file. */
export function sortEntries<T extends AutoReply>(entries: Iterable<T>): T[] {
  return [...entries].sort((a, b) =>
    a.skill === b.skill ? compare(a.title, b.title) : compare(a.skill, b.skill),
  );
}
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Creates a bot. Entries are keyed by skill and title (the platform's identity of an entry):
 * setautoreply and batchimportskill mode 0 replace an entry with the same skill and title; mode 1
 * replaces them all. `publish` takes a snapshot of the enabled entries; `publish_progress`
 * reports 0 → 100 over `publishSteps` polls, then done, and the snapshot goes live. v2's import
 * is applied at once (v2-import.ts) and its task reports the end after `taskSteps` fetches
 * (v2-tasks.ts); v2's publish and effective_progress drive the same publish as v1's.
 */
export function createBot(options: {
  readonly publishSteps: number;
  /** `/v2/async/fetch`es that report a task running before the one that reports its end (default 1). */
  readonly taskSteps?: number;
  readonly state?: BotState;
}): Bot {
  const { publishSteps } = options;
  const taskSteps = options.taskSteps ?? 1;
  const entries = new Map<string, BotEntry>(
    (options.state?.entries ?? []).map((e) => [identityKey(e), e]),
  );
  let published = options.state?.published ? [...options.state.published] : undefined;
  let publishing:
    | { readonly snapshot: BotEntry[]; polls: number; progress: number; readonly fails: boolean }
    | undefined;
  let ids: IdCounters = { ...FIRST_IDS, ...pickIds(options.state?.v2) };
  const tasks = new Map<string, ImportTask>((options.state?.v2?.tasks ?? []).map((t) => [t.id, t]));

  /**
   * A v1 write replaces the entry with what v1 sends, live and at the default threshold (v1 knows
   * neither), but it is the same intent on the platform: it keeps the ids v2 gave it.
   */
  const write = (written: readonly AutoReply[]) => {
    for (const entry of written) {
      const key = identityKey(entry);
      const previous = entries.get(key);
      entries.set(
        key,
        previous?.intentId === undefined
          ? entry
          : { ...entry, skillId: previous.skillId, intentId: previous.intentId },
      );
    }
  };

  const startPublish = (fails: boolean) => {
    publishing = {
      snapshot: sortEntries(entries.values()).filter((e) => !e.disabled),
      polls: 0,
      progress: 0,
      fails,
    };
  };

  /** One publish_progress poll: 0 → 100 over `publishSteps` polls, then done (or failed). */
  function poll(): { progress: PublishProgress; changed: boolean } {
    // Nothing publishing: the last publish (or none) is complete.
    if (!publishing) return { progress: { progress: 100, status: 1 }, changed: false };
    const count = publishing.polls++;
    if (count < publishSteps) {
      publishing.progress = Math.round((count * 100) / publishSteps);
      return { progress: { progress: publishing.progress, status: 0 }, changed: false };
    }
    const { snapshot, fails, progress } = publishing;
    publishing = undefined;
    // A failed publish stops where it was and leaves the live content as it was.
    if (fails) return { progress: { progress, status: 2 }, changed: false };
    published = snapshot;
    return { progress: { progress: 100, status: 1 }, changed: true };
  }

  return {
    perform(call, performOptions = {}) {
      switch (call.action) {
        case "setautoreply":
          write([call.entry]);
          return { answer: ok(), changed: true, written: [call.entry] };
        case "batchimportskill":
          if (call.mode === 1) entries.clear();
          write(call.entries);
          // The documentation's batch answer carries `code`, not `errcode`.
          return { answer: { code: 0, msg: "success" }, changed: true, written: call.entries };
        case "publish":
          startPublish(Boolean(performOptions.publishFails));
          // publish answers with both `code` and `errcode`.
          return {
            answer: { code: 0, errcode: 0, msg: "publishing" },
            changed: false,
            written: [],
          };
        case "publish_progress": {
          const { progress, changed } = poll();
          return {
            answer: { code: 0, errcode: 0, msg: "ok", data: progress },
            changed,
            written: [],
          };
        }
        case "v2/import": {
          const outcome = applyImport(
            entries,
            ids,
            call.mode,
            call.items,
            performOptions.rejectTexts,
          );
          tasks.set(call.taskId, {
            id: call.taskId,
            start: call.now,
            end: 0,
            fetches: 0,
            total: call.items.length,
            replaced: outcome.replaced,
            succeeded: outcome.succeeded,
            failed: outcome.failed,
          });
          for (const id of tasks.keys()) {
            if (tasks.size <= MAX_TASKS) break;
            tasks.delete(id);
          }
          // import/json's answer has `msg` "" in the reference's example.
          return {
            answer: ok2({ task_id: call.taskId }, ""),
            changed: true,
            written: outcome.written,
          };
        }
        case "v2/fetch": {
          const task = tasks.get(call.taskId);
          if (!task)
            return { answer: refuse2(110002, "task not found"), changed: false, written: [] };
          const fetched = fetchTask(task, taskSteps, call.now);
          tasks.set(task.id, fetched.task);
          return { answer: ok2(fetched.report), changed: true, written: [] };
        }
        case "v2/publish":
          // 210205 on publish: "the bot is already publishing" (v1's publish restarts instead).
          if (publishing) {
            return {
              answer: refuse2(210205, "the bot is already publishing"),
              changed: false,
              written: [],
            };
          }
          startPublish(Boolean(performOptions.publishFails));
          return { answer: ok2({ task_id: call.taskId }), changed: false, written: [] };
        case "v2/progress": {
          // The debug environment serves the entries as written: it has nothing to wait for.
          if (call.env === "debug") {
            return {
              answer: ok2({ end_time: "", progress: 100, status: 1 }),
              changed: false,
              written: [],
            };
          }
          const { progress, changed } = poll();
          // v2's status: 1 success, 2 failed, 3 publishing (v1's publishing is 0).
          const status = progress.status === 0 ? 3 : progress.status;
          return {
            answer: ok2({ end_time: "", progress: progress.progress, status }),
            changed,
            written: [],
          };
        }
      }
    },
    entries: () => sortEntries(entries.values()),
    published: () => (published ? [...published] : undefined),
    state() {
      const state = { entries: sortEntries(entries.values()), published };
      const used =
        tasks.size > 0 ||
        ids.nextSkillId !== FIRST_IDS.nextSkillId ||
        ids.nextIntentId !== FIRST_IDS.nextIntentId;
      return used ? { ...state, v2: { ...ids, tasks: [...tasks.values()] } } : state;
    },
    reset() {
      entries.clear();
      published = undefined;
      publishing = undefined;
      ids = { ...FIRST_IDS };
      tasks.clear();
    },
  };
}

/** The id counters of a saved state, if any. */
function pickIds(v2: BotV2State | undefined): Partial<IdCounters> {
  return v2 ? { nextSkillId: v2.nextSkillId, nextIntentId: v2.nextIntentId } : {};
}
