/**
 * Applying a plan through the v2 API: changed entries go in batches to `/v2/bot/import/json`
 * (mode 0), each batch is a task polled with `/v2/async/fetch` until it ends, and every intent
 * the task reports imported is recorded; an intent it does not report fails its entry alone.
 *
 * Every submitted task is journaled (and so written to the lockfile) before it is polled, and
 * settled once it ends: a run interrupted while a task is in flight leaves it in the lockfile,
 * and the next run asks the platform how it ended before it sends anything, so nothing is lost
 * and nothing is sent twice.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { answerContent } from "../content/answer-content.js";
import type { AnswerReader } from "../content/answer-reader.js";
import { thresholdText } from "../content/threshold.js";
import type { CompiledEntry } from "../content/types.js";
import { compareStrings } from "../diagnostics.js";
import { FaqopsError } from "../errors.js";
import { PlatformError } from "../platform/errors.js";
import { identityKey } from "../platform/identity.js";
import type { ImportItem, TaskStatus, V2Client } from "../platform/v2/types.js";
import type { ApplyFailure, ApplyOptions, RemoveAction, WriteAction } from "./apply.js";
import type { Before } from "./before.js";
import type { LockRecord } from "./journal.js";
import {
  type LockState,
  type LockWriter,
  liveRemovals,
  lockEntryOf,
  writtenMarkers,
} from "./lock-state.js";
import {
  type LockEntry,
  type PendingTask,
  type PrunedEntry,
  type PruneRecord,
  prunedEntries,
  type TaskItem,
  type Unpublished,
} from "./lockfile.js";
import type { Plan, PlanAction } from "./plan.js";

type UnchangedAction = Extract<PlanAction, { kind: "unchanged" }>;

/** How a task is waited for. */
export interface TaskPollOptions {
  /** The wait before the first fetch (default 1 s: the reference's example task took 1 s). */
  readonly firstPollMs?: number;
  /** Each further wait grows by half, up to this (default 5 s). */
  readonly maxPollMs?: number;
  /** Give up waiting after this long; the task stays recorded, to settle next run (default 10 min). */
  readonly timeoutMs?: number;
}

/** What the v2 writes did. */
export interface V2RunResult {
  readonly outcome: "done" | "partial" | "interrupted" | "fatal";
  readonly written: number;
  readonly writes: readonly WriteAction[];
  /** Drift entries switched off (`disable: true`) and confirmed. */
  readonly disabled: readonly RemoveAction[];
  readonly failures: readonly ApplyFailure[];
  readonly fatal?: Error | undefined;
  /** Tasks of an earlier run settled first, and how many of their intents were confirmed. */
  readonly resumed: { readonly tasks: number; readonly confirmed: number };
  /** Renames in place the platform refused (no intent by the old title), written anew instead. */
  readonly writtenAnew: readonly WriteAction[];
  /** Unchanged entries written again: a replace settled first had deleted them (SettledTasks). */
  readonly restored: readonly CompiledEntry[];
}

/** One intent to send, with what it stands for in the plan. */
interface Sendable {
  readonly item: ImportItem;
  readonly task: TaskItem;
  /** The plan's action, for the result and the events. */
  readonly action: WriteAction | RemoveAction;
  /** The entry reported in events and failures (for a disable: the last synced one). */
  readonly entry: CompiledEntry;
}

export interface V2ApplyOptions extends ApplyOptions {
  readonly batchSize: number;
  /** The last synced version of each drift entry (loadBefore), for its disable item. */
  readonly befores?: ReadonlyMap<string, Before> | undefined;
  readonly taskPoll?: TaskPollOptions;
}

/**
 * Carries out a v2 plan: settles the tasks an earlier run left, then imports the writes (and,
 * for a disabling prune, the disables; for `--replace-all`, every entry, the first batch in
 * mode 1) batch by batch.
 */
export async function importAll(
  plan: Plan,
  state: LockState,
  writer: LockWriter,
  client: V2Client,
  options: V2ApplyOptions,
): Promise<V2RunResult> {
  const failures: ApplyFailure[] = [];
  const confirmedWrites = new Set<WriteAction>();
  const confirmedDisables = new Set<RemoveAction>();
  const restored: CompiledEntry[] = [];
  /** The sendables of unchanged entries a settled replace had deleted. */
  const restoring = new Set<Sendable>();
  const writtenAnew = new Set<WriteAction>();
  const replace = plan.prune?.mode === "replace" && plan.prune.removes.length > 0;
  let confirmedCount = 0;
  const interrupted = () => options.signal?.aborted === true;
  const writes = plan.actions.filter(
    (a): a is WriteAction => a.kind === "create" || a.kind === "update" || a.kind === "rename",
  );
  const result = (
    outcome: V2RunResult["outcome"],
    resumed: V2RunResult["resumed"],
    fatal?: Error,
  ): V2RunResult => {
    failures.sort((a, b) => compareStrings(a.entry.source, b.entry.source));
    const done = writes.filter((a) => confirmedWrites.has(a));
    return {
      outcome,
      // A replace sends every entry, unchanged ones too: each confirmed one is written.
      written: replace ? confirmedCount : done.length,
      writes: done,
      disabled: plan.actions.filter(
        (a): a is RemoveAction => a.kind === "remove" && confirmedDisables.has(a),
      ),
      failures,
      fatal,
      resumed,
      writtenAnew: done.filter((a) => writtenAnew.has(a)),
      restored,
    };
  };

  // 1. Tasks an interrupted run left: how did they end?
  const pending = await settlePendingTasks(state, writer, client, options);
  const { resumed } = pending;
  if (pending.stopped) return result(pending.stopped.outcome, resumed, pending.stopped.error);

  // 2. What to send: writes not confirmed by a settled task, and disables.
  const sendables: Sendable[] = [];
  const alreadyThere = (action: WriteAction) => {
    const now = state.get(action.entry);
    return (
      now !== undefined &&
      (action.kind === "create" || now !== action.previous) &&
      now.status === "synced" &&
      now.hash === action.hash &&
      now.api === "v2"
    );
  };
  const marker = writtenMarkers(plan);
  if (replace) {
    for (const action of plan.actions) {
      if (action.kind === "remove") continue;
      sendables.push(writeSendable(action, options.answers, marker, { inPlace: false }));
    }
  } else {
    for (const action of writes) {
      if (resumed.tasks > 0 && alreadyThere(action)) {
        confirmedWrites.add(action);
        continue;
      }
      sendables.push(writeSendable(action, options.answers, marker, { inPlace: true }));
    }
    if (pending.replaced) {
      // A replace an interrupted run left deleted everything it did not carry (the rest of its
      // batches were never sent): entries this plan found unchanged may be gone from the bot.
      for (const action of plan.actions) {
        if (action.kind !== "unchanged" || state.get(action.entry)?.hash === action.hash) continue;
        const sendable = writeSendable(action, options.answers, marker, { inPlace: false });
        restoring.add(sendable);
        sendables.push(sendable);
      }
    }
    if (plan.prune?.mode === "disable" && !plan.prune.refusal) {
      for (const action of plan.actions) {
        if (action.kind !== "remove") continue;
        const now = state.get(action.previous);
        // Disabled already; or deleted by a replace settled first: nothing left to switch off.
        if (now?.status === "disabled" || now === undefined) {
          if (now) confirmedDisables.add(action);
          continue;
        }
        const before = options.befores?.get(identityKey(action.previous));
        if (!before?.found) {
          // The import API needs the questions and answer the entry was last synced with, which
          // faqops reads from Git (loadBefore): without them no disable can be sent.
          failures.push({
            kind: "cannot-disable",
            entry: entryOfLock(action.previous),
            why: before?.why ?? "not looked up",
          });
          continue;
        }
        sendables.push(disableSendable(action, before.entry, marker(action)));
      }
    }
  }
  options.onEvent?.({ type: "start", total: sendables.length });

  // 3. Batch by batch; a failed rename is tried once more as a plain write (see retryRenames).
  let done = 0;
  const retried: Sendable[] = [];
  const runBatches = async (
    all: readonly Sendable[],
    firstMode: 0 | 1,
  ): Promise<V2RunResult | undefined> => {
    for (let start = 0; start < all.length; start += options.batchSize) {
      if (interrupted()) {
        options.onEvent?.({ type: "interrupted" });
        return result("interrupted", resumed);
      }
      const batch = all.slice(start, start + options.batchSize);
      const mode = start === 0 ? firstMode : 0;
      let status: TaskStatus;
      let task: PendingTask;
      try {
        const id = await client.importJson(
          mode,
          batch.map((s) => s.item),
          { signal: options.signal },
        );
        task = {
          id,
          submitted: new Date().toISOString(),
          mode,
          items: batch.map((s) => s.task),
          // Whichever run settles it records the prune it carries out, and what it keeps.
          ...(mode === 1 ? { prune: replaceRecord(plan), keeps: keptEntries(plan) } : {}),
        };
        writer.record({ task });
        status = await waitForTask(client, id, options);
      } catch (error) {
        if (error instanceof PlatformError && error.kind === "aborted") {
          options.onEvent?.({ type: "interrupted" });
          return result("interrupted", resumed);
        }
        if (error instanceof TaskTimeoutError) return result("fatal", resumed, error);
        if (error instanceof PlatformError && error.fatal) return result("fatal", resumed, error);
        if (error instanceof PlatformError) {
          // The whole call was refused (a bad request) or gave up: every entry in it failed.
          for (const s of batch) fail(s, error.message);
          continue;
        }
        throw error;
      }
      const settled = settle(task, status);
      writer.record(settled.record);
      for (const [index, s] of batch.entries()) {
        if (settled.confirmed[index]) {
          if (s.action.kind === "remove") confirmedDisables.add(s.action);
          else if (restoring.has(s)) restored.push(s.entry);
          else confirmedWrites.add(s.action);
          done++;
          confirmedCount++;
          options.onEvent?.({ type: "written", entry: s.entry, done, total: sendables.length });
        } else if (s.item.oldIntent !== undefined && firstMode === 0) {
          retried.push(s);
        } else {
          fail(s, failureMessage(status));
        }
      }
    }
    return undefined;
  };
  const fail = (s: Sendable, message: string) => {
    failures.push({ kind: "error", entry: s.entry, message });
    options.onEvent?.({ type: "failed", entry: s.entry, message });
  };

  const stopped = await runBatches(sendables, replace ? 1 : 0);
  if (stopped) return stopped;
  if (retried.length > 0) {
    // A rename in place fails when the old intent is not on the bot under that title (renamed
    // or removed in the console, or an interrupted run already renamed it). The entry is then
    // written under its new title; the old title, if it is still there, is drift.
    // The platform said it has no intent to rename by that title, so faqops stops tracking it
    // (the write's task item drops it): a prune would otherwise create it just to disable it.
    const again = retried.map((s) =>
      writeSendable(s.action as WriteAction, options.answers, marker, {
        inPlace: false,
        dropsOld: true,
      }),
    );
    const stoppedAgain = await runBatches(again, 0);
    if (stoppedAgain) return stoppedAgain;
    for (const s of again)
      if (confirmedWrites.has(s.action as WriteAction)) writtenAnew.add(s.action as WriteAction);
  }
  return result(failures.length > 0 ? "partial" : "done", resumed);
}

/** What settling the tasks an interrupted run left did. */
export interface SettledTasks {
  /** Tasks settled, and how many of their intents the platform confirmed. */
  readonly resumed: { readonly tasks: number; readonly confirmed: number };
  /** Whether one of them was a replace (mode 1) that succeeded: the plan may be out of date. */
  readonly replaced: boolean;
  /** Why settling stopped before the last task (the rest stay recorded), if it did. */
  readonly stopped?:
    | { readonly outcome: "interrupted"; readonly error?: undefined }
    | { readonly outcome: "fatal"; readonly error: Error };
}

/**
 * Asks the platform how each import task an interrupted run left ended, oldest first, and
 * records what each confirmed. Run before anything is sent or published, so neither is done
 * over a task whose outcome is unknown.
 */
export async function settlePendingTasks(
  state: LockState,
  writer: LockWriter,
  client: Pick<V2Client, "fetchTask">,
  options: Pick<V2ApplyOptions, "taskPoll" | "signal">,
): Promise<SettledTasks> {
  let resumed = { tasks: 0, confirmed: 0 };
  let replaced = false;
  for (const task of state.tasks) {
    if (options.signal?.aborted) return { resumed, replaced, stopped: { outcome: "interrupted" } };
    try {
      const status = await waitForTask(client, task.id, options);
      const settled = settle(task, status);
      writer.record(settled.record);
      if (settled.record.replace) replaced = true;
      resumed = {
        tasks: resumed.tasks + 1,
        confirmed: resumed.confirmed + settled.record.entries.length,
      };
    } catch (error) {
      if (error instanceof PlatformError && error.kind === "rejected") {
        // The platform no longer knows the task: nothing of it is confirmed; the plan resends it.
        writer.record({ settled: task.id, entries: [], renamed: [] });
        resumed = { ...resumed, tasks: resumed.tasks + 1 };
        continue;
      }
      if (error instanceof PlatformError && error.kind === "aborted")
        return { resumed, replaced, stopped: { outcome: "interrupted" } };
      if (error instanceof PlatformError || error instanceof TaskTimeoutError)
        return { resumed, replaced, stopped: { outcome: "fatal", error } };
      throw error;
    }
  }
  return { resumed, replaced };
}

/**
 * The import item and task item of a write. `dropsOld`: a rename in place the platform refused,
 * sent again as a plain write; once confirmed, the old title leaves the lockfile too.
 */
function writeSendable(
  action: WriteAction | UnchangedAction,
  answers: AnswerReader,
  marker: ReturnType<typeof writtenMarkers>,
  how: { inPlace: boolean; dropsOld?: boolean },
): Sendable {
  const { entry } = action;
  const oldIntent = how.inPlace && action.kind === "rename" ? action.oldIntent : undefined;
  const dropped = how.dropsOld && action.kind === "rename" ? action.oldIntent : undefined;
  // A replace sends unchanged entries too: the live bot answers with them as before.
  const unpublished =
    action.kind === "unchanged"
      ? action.previous.unpublished
      : marker(action, { inPlace: oldIntent !== undefined });
  const written = lockEntryOf(entry, action.hash);
  return {
    item: {
      skill: entry.skill,
      intent: entry.title,
      ...(oldIntent === undefined ? {} : { oldIntent }),
      threshold: thresholdText(entry),
      disable: false,
      questions: entry.questions,
      answers: [answers.read(entry).content],
    },
    task: {
      entry: { ...written, ...(unpublished ? { unpublished } : {}), api: "v2" },
      ...((oldIntent ?? dropped) === undefined ? {} : { renamedFrom: oldIntent ?? dropped }),
    },
    // A replace's unchanged entries are counted as written (see `written` in importAll's result).
    action: action as WriteAction,
    entry,
  };
}

/** The import item of a disable: the entry as last synced, switched off. */
function disableSendable(
  action: RemoveAction,
  before: { questions: readonly string[]; messages: Parameters<typeof answerContent>[0] },
  unpublished: Unpublished,
): Sendable {
  const { previous } = action;
  return {
    item: {
      skill: previous.skill,
      intent: previous.title,
      disable: true,
      questions: before.questions,
      answers: [answerContent(before.messages)],
    },
    // "new" stays "new": a publish changes nothing for it (the counts leave it out), and should
    // the content bring it back, the live bot still has never had it.
    task: { entry: { ...previous, status: "disabled", unpublished, api: "v2" } },
    action,
    entry: entryOfLock(previous),
  };
}

/** A stand-in entry for a lock entry (disables, failures): enough for messages and events. */
function entryOfLock(previous: LockEntry): CompiledEntry {
  return {
    source: previous.source,
    path: previous.source,
    skill: previous.skill,
    title: previous.title,
    questions: [],
    id: previous.id,
    draft: false,
    hash: previous.hash,
  };
}

/** What a `--replace-all` keeps: every entry of the plan but its removals. */
function keptEntries(plan: Plan): PrunedEntry[] {
  return prunedEntries(plan.actions.flatMap((a) => (a.kind === "remove" ? [] : [a.entry])));
}

/** The record of a `--replace-all` import that succeeded. */
function replaceRecord(plan: Plan): PruneRecord {
  const kept = plan.actions.filter((a) => a.kind !== "remove").length;
  const removes = plan.prune?.removes ?? [];
  return {
    at: new Date().toISOString(),
    removed: removes.length,
    kept,
    unpublished: liveRemovals(removes),
  };
}

/**
 * Which items of an ended task the platform confirmed, and the journal record saying so. An
 * item is confirmed when `success_skill_info` lists its skill and intent; when the task
 * succeeded with no failure but lists nothing at all, every item is (the list is the only
 * per-item detail the reference documents, and it may be left out).
 */
export function settle(
  task: PendingTask,
  status: TaskStatus,
): {
  confirmed: boolean[];
  record: Extract<LockRecord, { settled: string }>;
} {
  const imported = new Map(
    status.imported.map((i) => [identityKey({ skill: i.skill, title: i.intent }), i]),
  );
  const allOk =
    status.state === "succeeded" && status.failCount === 0 && status.imported.length === 0;
  const confirmed = task.items.map((item) => allOk || imported.has(identityKey(item.entry)));
  const entries: LockEntry[] = [];
  const renamed: { skill: string; title: string }[] = [];
  for (const [index, item] of task.items.entries()) {
    if (!confirmed[index]) continue;
    const ids = imported.get(identityKey(item.entry));
    entries.push({
      ...item.entry,
      ...(ids?.skillId === undefined ? {} : { skillId: ids.skillId }),
      ...(ids?.intentId === undefined ? {} : { intentId: ids.intentId }),
    });
    if (item.renamedFrom !== undefined)
      renamed.push({ skill: item.entry.skill, title: item.renamedFrom });
  }
  // A mode 1 import that succeeded deleted everything else on the bot first, whether this run
  // or an interrupted one submitted it. (A task recorded before tasks named their prune says
  // nothing of what it removed.)
  const whole = task.mode === 1 && status.state === "succeeded";
  const record = whole
    ? { ...(task.prune ?? { removed: 0, kept: task.items.length }), at: new Date().toISOString() }
    : undefined;
  return {
    confirmed,
    record: { settled: task.id, entries, renamed, ...(record ? { replace: record } : {}) },
  };
}

function failureMessage(status: TaskStatus): string {
  const said = status.message ? `: "${status.message}"` : "";
  return status.state === "failed"
    ? `the import task failed${said}.`
    : `the platform did not import this intent (${status.failCount} of ${status.totalCount} in its batch failed${said}).`;
}

/** The task did not end in time; it stays in the lockfile, settled by the next run. */
export class TaskTimeoutError extends FaqopsError {
  override name = "TaskTimeoutError";
}

/** Polls a task with backoff until it ends. */
export async function waitForTask(
  client: Pick<V2Client, "fetchTask">,
  id: string,
  options: Pick<V2ApplyOptions, "taskPoll" | "signal">,
): Promise<TaskStatus> {
  const poll = options.taskPoll ?? {};
  const timeoutMs = poll.timeoutMs ?? 600_000;
  const maxPollMs = poll.maxPollMs ?? 5_000;
  let waitMs = poll.firstPollMs ?? 1_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await sleep(waitMs, undefined, options.signal ? { signal: options.signal } : undefined);
    } catch (error) {
      throw new PlatformError("async/fetch: the call was cancelled.", {
        action: "async/fetch",
        kind: "aborted",
        cause: error,
      });
    }
    const status = await client.fetchTask(id, { signal: options.signal });
    if (status.state !== "running") return status;
    if (Date.now() + waitMs > deadline) {
      throw new TaskTimeoutError(
        `import task ${id} did not finish within ${Math.round(timeoutMs / 1000)} s (last progress ${status.progress}%).`,
        {
          hint: "the platform may still finish it; it stays recorded in the lockfile, and the next apply asks how it ended before sending anything else.",
        },
      );
    }
    waitMs = Math.min(maxPollMs, Math.round(waitMs * 1.5));
  }
}
