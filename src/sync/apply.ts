/**
 * The applier: carries out a plan against the platform — only the entries that changed,
 * with bounded concurrency and a request rate — keeping the lockfile true at every moment.
 */
import { setMaxListeners } from "node:events";
import pLimit from "p-limit";
import pThrottle from "p-throttle";
import type { AnswerReader } from "../content/answer-reader.js";
import type { CompiledEntry } from "../content/types.js";
import { compareStrings } from "../diagnostics.js";
import { FaqopsError, PruneRefusedError, UsageError } from "../errors.js";
import type { SyncOptions } from "../options/sync.js";
import { DEFAULT_BATCH_SIZE } from "../options/sync.js";
import { PlatformError } from "../platform/errors.js";
import type { AutoReply, PlatformClient, PublishProgress } from "../platform/types.js";
import type { V2Client } from "../platform/v2/types.js";
import { plural } from "../plural.js";
import { importAll, settlePendingTasks, type TaskPollOptions } from "./apply-v2.js";
import type { Before } from "./before.js";
import { journalFile, type LockSnapshot } from "./index.js";
import { Journal } from "./journal.js";
import { LockState, LockWriter, liveRemovals, lockEntryOf, writtenMarkers } from "./lock-state.js";
import type { LockEntry } from "./lockfile.js";
import type { Plan, PlanAction } from "./plan.js";
import { publishAndWait } from "./publish.js";

/** Requests are spaced this much wider than `--rate` asks (see the gate in applySync). */
const RATE_MARGIN = 1.03;

/** What apply reports while it works; the shells render it (progress bar or plain lines). */
export type ApplyEvent =
  | { readonly type: "start"; readonly total: number }
  | {
      readonly type: "written";
      readonly entry: CompiledEntry;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: "failed"; readonly entry: CompiledEntry; readonly message: string }
  | { readonly type: "prune"; readonly removes: number; readonly keeps: number }
  | { readonly type: "publish"; readonly progress: PublishProgress }
  | { readonly type: "interrupted" };

/** The sync options apply reads (see SyncOptions), and the hooks the shells give it. */
export interface ApplyOptions
  extends Pick<SyncOptions, "lockfile" | "concurrency" | "rate" | "dryRun" | "publish"> {
  /** Reads the answers of the entries sent (ContentResult.answers), each when it is sent. */
  readonly answers: AnswerReader;
  /**
   * Opens the platform client. Called only when a request must be sent (never in a dry run,
   * never when there is nothing to do), so credentials are needed only then.
   */
  readonly connect: (hooks: { beforeRequest: () => Promise<void> }) => PlatformClient;
  /** Opens the v2 client, for a plan made for the v2 API (`--api v2`); called as `connect` is. */
  readonly connectV2?: ((hooks: { beforeRequest: () => Promise<void> }) => V2Client) | undefined;
  /** v2: intents per import call (default DEFAULT_BATCH_SIZE). */
  readonly batchSize?: number | undefined;
  /**
   * v2: the last synced version of each drift entry (loadBefore), which a disable item must
   * carry. A drift entry without one is reported, not disabled.
   */
  readonly befores?: ReadonlyMap<string, Before> | undefined;
  /** v2: how import tasks are polled. */
  readonly taskPoll?: TaskPollOptions | undefined;
  /** Aborting stops launching writes; those in flight finish; the lockfile is flushed. */
  readonly signal?: AbortSignal | undefined;
  readonly onEvent?: ((event: ApplyEvent) => void) | undefined;
  /** How often the lockfile is flushed while writing (default 2 s). */
  readonly flushIntervalMs?: number;
  readonly publishOptions?: { timeoutMs?: number; pollMs?: number; maxPollMs?: number };
}

/**
 * One entry that could not be written, and why: an error's message (safe to print), or, on v2,
 * a drift entry a prune could not disable, with why its last synced version is not at hand (the
 * shells say what to do instead: render/apply.ts failureText).
 */
export type ApplyFailure =
  | { readonly kind: "error"; readonly entry: CompiledEntry; readonly message: string }
  | { readonly kind: "cannot-disable"; readonly entry: CompiledEntry; readonly why: string };

/** How the run ended. */
export type ApplyOutcome =
  /** Nothing to send: no request was made. */
  | "nothing-to-do"
  /** Every write (or the prune) and the publish asked for were confirmed. */
  | "done"
  /** Some writes failed; every entry was still tried. */
  | "partial"
  /** Stopped by a signal; the lockfile holds what was confirmed. */
  | "interrupted"
  /** A fatal platform error (bad token, say) stopped the run at once. */
  | "fatal";

/** What happened about publishing. */
export type PublishOutcome =
  /** `--publish` was not given. */
  | { readonly status: "not-asked" }
  /** Asked for, but nothing was written and nothing was waiting to be published. */
  | { readonly status: "not-needed" }
  /** Asked for, but the writes stopped (a fatal error, a signal): nothing was published. */
  | { readonly status: "skipped" }
  /**
   * Published: `entries` written entries went live; `disabled` entries disabled since the last
   * publish (v2) and `removed` entries a prune removed since (v1) went off the live bot.
   */
  | {
      readonly status: "done";
      readonly entries: number;
      readonly disabled: number;
      readonly removed: number;
    }
  /** The platform's publish failed or timed out; the entries stay marked unpublished. */
  | { readonly status: "failed"; readonly error: Error };

export interface ApplyResult {
  readonly outcome: ApplyOutcome;
  readonly plan: Plan;
  readonly dryRun: boolean;
  /** Entries the platform confirmed (or, in a dry run, would have been written). */
  readonly written: number;
  /** The writes the platform confirmed (a dry run: would have sent), in plan order. */
  readonly writes: readonly WriteAction[];
  readonly failures: readonly ApplyFailure[];
  /** The fatal error, when outcome is "fatal" (its message carries no secret). */
  readonly fatal?: Error | undefined;
  readonly pruned: boolean;
  readonly publish: PublishOutcome;
  /** Entries on the platform the content does not want there, after the run (drift). */
  readonly drift: readonly RemoveAction[];
  /** v2: drift entries switched off (`disable: true`) by this run. */
  readonly disabled: readonly RemoveAction[];
  /** v2: import tasks an interrupted run left in flight, settled first, and what they confirmed. */
  readonly resumed?: { readonly tasks: number; readonly confirmed: number } | undefined;
  /**
   * v2: entries the plan found unchanged, written again because a replace (`--replace-all`) an
   * interrupted run left, settled first, had deleted them from the bot.
   */
  readonly restored?: readonly CompiledEntry[] | undefined;
  /** v2: import tasks still in flight after the run (interrupted): the next apply settles them. */
  readonly pendingTasks?: number | undefined;
  /** v2: renames in place the platform refused (it has no intent by the old title), written anew. */
  readonly writtenAnew?: readonly WriteAction[] | undefined;
  /** Entries written but not published, after the run. */
  readonly unpublished: number;
  /** Entries prunes removed that the live bot still answers with until a publish, after the run. */
  readonly prunedUnpublished?: number | undefined;
  /** Whether the lockfile on disk was changed. */
  readonly lockfileChanged: boolean;
  readonly elapsedMs: number;
}

/**
 * Carries out `plan` (made by planSync from the content and `snapshot.lock`): writes, or the
 * prune, then the publish when asked for, recording every confirmation in the journal and the
 * lockfile as it goes. Drift the plan found is recorded before any request.
 */
export async function applyPlan(
  plan: Plan,
  snapshot: Pick<LockSnapshot, "lock" | "onDisk">,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const started = Date.now();
  // A prune with nothing known to remove is an ordinary incremental run.
  const prune = plan.prune && plan.prune.removes.length > 0 ? plan.prune : undefined;
  if (prune?.refusal) throw new PruneRefusedError(prune.refusal);
  if (plan.api === "v1" && plan.pendingTasks > 0) {
    // Sending through v1 now could write entries a task in flight is writing too, and leave
    // the task to be settled later over newer writes.
    throw unsettledTasksError(plan.pendingTasks);
  }
  const writes = plan.actions.filter(isWrite);
  const drift = plan.actions.filter(isRemove);
  const disabling = prune?.mode === "disable";
  const result = (
    run: Omit<
      ApplyResult,
      "plan" | "dryRun" | "elapsedMs" | "drift" | "lockfileChanged" | "disabled"
    > & {
      lockfileChanged?: boolean;
      disabled?: readonly RemoveAction[];
      drift?: readonly RemoveAction[];
    },
  ): ApplyResult => ({
    plan,
    dryRun: options.dryRun,
    drift: run.pruned && !disabling ? [] : drift.filter((a) => !(run.disabled ?? []).includes(a)),
    lockfileChanged: false,
    disabled: [],
    ...run,
    elapsedMs: Date.now() - started,
  });

  if (options.dryRun) {
    const publishes =
      options.publish &&
      (writes.length > 0 || prune || plan.unpublished > 0 || plan.prunedUnpublished.length > 0);
    return result({
      outcome:
        writes.length === 0 && !prune && !publishes && plan.pendingTasks === 0
          ? "nothing-to-do"
          : "done",
      written: prune && !disabling ? prune.keeps : writes.length,
      writes,
      failures: [],
      pruned: Boolean(prune),
      publish: { status: options.publish ? "not-needed" : "not-asked" },
      unpublished: plan.unpublished,
    });
  }

  const { state, writer } = await openLockWriter(snapshot, options.lockfile, plan);
  const mustPublish =
    options.publish && (writes.length > 0 || prune !== undefined || state.owesPublish);
  if (writes.length === 0 && !prune && !mustPublish && state.tasks.length === 0) {
    await writer.close();
    return result({
      outcome: "nothing-to-do",
      written: 0,
      writes: [],
      failures: [],
      pruned: false,
      publish: { status: options.publish ? "not-needed" : "not-asked" },
      unpublished: state.unpublished,
      prunedUnpublished: state.prunedUnpublished,
      lockfileChanged: writer.changed,
    });
  }

  // Every request, retries included, passes this gate: evenly spaced at `rate` per second,
  // less a small margin. The gate spaces the starts of requests, but a limit is counted where
  // they arrive, after encryption and the network have jittered them by a few milliseconds:
  // at exactly `rate`, a sliding one-second window then sometimes holds rate + 1 requests and
  // the platform answers 429 (the benchmark saw 11 in 1,000 at 50/s, each a retry and a wait).
  const throttle = pThrottle({
    limit: 1,
    interval: (1000 / options.rate) * RATE_MARGIN,
    strict: true,
  });
  // On a signal, flush at once what is confirmed so far; the run then winds down and flushes again.
  const onAbort = () => void writer.flush().catch(() => {});
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let client: Publisher | undefined;
  try {
    const turn = throttle(async () => {});
    // v1 writes: a request still waiting for its turn when a signal comes is not sent. At a
    // low --rate that wait is seconds, and many requests wait at once (up to --concurrency).
    const beforeWrite = async () => {
      await turn();
      if (options.signal?.aborted) throw new NotSentError();
    };
    let run: RunResult;
    if (plan.api === "v2") {
      if (!options.connectV2) throw new Error("applyPlan: a v2 plan needs connectV2");
      // An import task already submitted must still be polled to be settled, so v2's calls
      // keep the plain turn (importAll itself starts no new batch once interrupted).
      const v2 = options.connectV2({ beforeRequest: turn });
      client = v2;
      const timer = setInterval(
        () => void writer.flush().catch(() => {}),
        options.flushIntervalMs ?? 2_000,
      );
      try {
        run = await importAll(plan, state, writer, v2, {
          ...options,
          batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
        });
      } finally {
        clearInterval(timer);
      }
    } else {
      const v1 = options.connect({ beforeRequest: beforeWrite });
      client = v1;
      run = prune
        ? await pruneAll(plan, writer, v1, options)
        : await writeAll(plan, writes, writer, v1, options);
    }
    await writer.flush();
    let publish: PublishOutcome = { status: options.publish ? "not-needed" : "not-asked" };
    // Nor over a replace cut short whose deleted entries are not all written back yet: the
    // publish would take them off the live bot (see publishLockfile).
    if (
      mustPublish &&
      (run.outcome === "fatal" || run.outcome === "interrupted" || state.missing > 0)
    ) {
      publish = { status: "skipped" };
    } else if (mustPublish && state.owesPublish) {
      publish = await publishState(client, writer, state, options);
    }
    await writer.close();
    const failed = run.outcome === "done" && publish.status === "failed";
    return result({
      ...run,
      // Drift is what the state still holds as removed: not what a prune removed or a disable
      // switched off, nor what a replace an interrupted run left deleted (settled first).
      drift: drift.filter((a) => state.get(a.previous)?.status === "removed"),
      outcome: failed ? "partial" : run.outcome,
      pruned: Boolean(prune) && run.fatal === undefined && run.outcome !== "interrupted",
      publish,
      unpublished: state.unpublished,
      prunedUnpublished: state.prunedUnpublished,
      pendingTasks: state.tasks.length,
      lockfileChanged: writer.changed,
    });
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    client?.close();
    // On an exception, keep what was confirmed; the journal stays if the lockfile cannot be written.
    await writer.close().catch(() => {});
  }
}

/**
 * The run's lock state and its writer, started: the lockfile on disk now holds the plan's drift
 * (when a plan is given) and whatever a killed run's journal confirmed, and that journal is gone.
 */
async function openLockWriter(
  snapshot: Pick<LockSnapshot, "lock" | "onDisk">,
  lockfile: ApplyOptions["lockfile"],
  plan?: Plan,
): Promise<{ state: LockState; writer: LockWriter }> {
  const state = new LockState(snapshot.lock);
  if (plan) state.recordPlan(plan);
  const journal = new Journal(journalFile(lockfile));
  const writer = new LockWriter(state, lockfile, snapshot.onDisk, journal);
  await writer.start();
  return { state, writer };
}

/**
 * Publishes and waits; on success records that everything written so far is live. A failed
 * publish is an outcome, not an exception: the entries stay marked unpublished, so the next
 * `apply --publish` or `faqops publish` publishes them.
 */
export async function publishState(
  client: Publisher,
  writer: LockWriter,
  state: LockState,
  options: Pick<ApplyOptions, "publishOptions" | "signal" | "onEvent">,
): Promise<Extract<PublishOutcome, { status: "done" | "failed" }>> {
  const { entries, disabled, removed } = state.publishEffect;
  try {
    await publishAndWait(client, {
      ...options.publishOptions,
      signal: options.signal,
      onProgress: (progress) => options.onEvent?.({ type: "publish", progress }),
    });
  } catch (error) {
    if (error instanceof PlatformError && error.kind === "aborted") throw error;
    if (!(error instanceof FaqopsError)) throw error;
    return { status: "failed", error };
  }
  writer.record({ published: new Date().toISOString() });
  await writer.flush();
  return { status: "done", entries, disabled, removed };
}

interface RunResult {
  readonly outcome: ApplyOutcome;
  readonly written: number;
  readonly writes: readonly WriteAction[];
  readonly failures: readonly ApplyFailure[];
  readonly fatal?: Error | undefined;
  readonly disabled?: readonly RemoveAction[];
  readonly resumed?: { readonly tasks: number; readonly confirmed: number };
  readonly restored?: readonly CompiledEntry[];
  readonly writtenAnew?: readonly WriteAction[];
}

/**
 * What publishing needs of a client: v1's and v2's (normalised to v1's progress) alike; v2's
 * can also say how an import task ended (to settle those an interrupted run left).
 */
export type Publisher = Pick<PlatformClient, "publish" | "publishProgress" | "close"> &
  Partial<Pick<V2Client, "fetchTask">>;

/** The full replace (`batchimportskill` mode 1) with every current entry: one request. */
async function pruneAll(
  plan: Plan,
  writer: LockWriter,
  client: PlatformClient,
  options: ApplyOptions,
): Promise<RunResult> {
  const live = plan.actions.flatMap((a) => (a.kind === "remove" ? [] : [a]));
  const writes = plan.actions.filter(isWrite);
  // What the replace deletes: drift, and disabled entries the content does not bring back.
  const removes = plan.prune?.removes ?? plan.stillOnPlatform;
  options.onEvent?.({ type: "prune", removes: removes.length, keeps: live.length });
  try {
    await client.batchImportSkill(
      1,
      live.map((a) => autoReply(a.entry, options.answers)),
    );
  } catch (error) {
    if (error instanceof NotSentError) {
      return { outcome: "interrupted", written: 0, writes: [], failures: [] };
    }
    if (!(error instanceof PlatformError)) throw error;
    // The replace is all or nothing on the platform's side, so the lockfile stays as it was.
    return { outcome: "fatal", written: 0, writes: [], failures: [], fatal: error };
  }
  // Every entry was rewritten; those whose content changed answer as written once published.
  // An unchanged one answers as before, so it keeps the marker it had.
  const marker = writtenMarkers(plan);
  writer.record({
    prune: {
      at: new Date().toISOString(),
      removed: removes.length,
      kept: live.length,
      // Until a publish the live bot still has what the replace removed (what it had).
      unpublished: liveRemovals(removes),
    },
    entries: live.map((a) => {
      const entry = lockEntryOf(a.entry, a.hash);
      const unpublished = a.kind === "unchanged" ? a.previous.unpublished : marker(a);
      return unpublished ? { ...entry, unpublished } : entry;
    }),
  });
  return { outcome: "done", written: live.length, writes, failures: [] };
}

/** A write not sent: the run was interrupted while it waited for its turn at the rate. */
class NotSentError extends Error {
  override name = "NotSentError";
}

/** Writes every changed entry with `setautoreply`, recording each confirmed write. */
async function writeAll(
  plan: Plan,
  writes: readonly WriteAction[],
  writer: LockWriter,
  client: PlatformClient,
  options: ApplyOptions,
): Promise<RunResult> {
  // A fatal error aborts what is in flight; a signal only stops launching new writes, so the
  // writes already sent are confirmed (or not) and recorded truthfully.
  const stop = new AbortController();
  // Every request in flight listens on this signal (up to --concurrency at once, plus retries'
  // timers); raise Node's leak warning threshold to match, rather than warn on a real bound.
  setMaxListeners(options.concurrency * 4 + 10, stop.signal);
  const failures: ApplyFailure[] = [];
  const confirmed = new Set<WriteAction>();
  let fatal: Error | undefined;
  let written = 0;
  const interrupted = () => options.signal?.aborted === true;
  const limit = pLimit(options.concurrency);
  const marker = writtenMarkers(plan);
  options.onEvent?.({ type: "start", total: writes.length });
  const timer = setInterval(
    () => void writer.flush().catch(() => {}),
    options.flushIntervalMs ?? 2_000,
  );
  try {
    await Promise.all(
      writes.map((action) =>
        limit(async () => {
          if (fatal || interrupted()) return;
          try {
            await client.setAutoReply(autoReply(action.entry, options.answers), {
              signal: stop.signal,
            });
          } catch (error) {
            // Interrupted while it waited for its turn: not sent, so neither written nor failed.
            if (error instanceof NotSentError) return;
            if (fatal) return; // aborted because another request hit a fatal error
            if (error instanceof PlatformError && error.fatal) {
              fatal = error;
              // Queued writes see `fatal` and return without a request (clearQueue would leave
              // their promises pending forever).
              stop.abort();
              return;
            }
            const message = error instanceof Error ? error.message : String(error);
            failures.push({ kind: "error", entry: action.entry, message });
            options.onEvent?.({ type: "failed", entry: action.entry, message });
            return;
          }
          writer.record({ write: writtenEntry(action, marker) });
          confirmed.add(action);
          written++;
          options.onEvent?.({
            type: "written",
            entry: action.entry,
            done: written,
            total: writes.length,
          });
        }),
      ),
    );
  } finally {
    clearInterval(timer);
  }
  failures.sort((a, b) => compareStrings(a.entry.source, b.entry.source));
  const done = writes.filter((a) => confirmed.has(a));
  if (fatal) return { outcome: "fatal", written, writes: done, failures, fatal };
  if (interrupted()) {
    options.onEvent?.({ type: "interrupted" });
    return { outcome: "interrupted", written, writes: done, failures };
  }
  return { outcome: failures.length > 0 ? "partial" : "done", written, writes: done, failures };
}

/**
 * The lock entry of a v1 write once confirmed. A write over an entry v2 disabled may leave it
 * disabled (not documented), so it is marked for v2 to switch on (LockEntry.mayBeDisabled).
 */
function writtenEntry(action: WriteAction, marker: ReturnType<typeof writtenMarkers>): LockEntry {
  const mayBeDisabled =
    action.kind === "update" && (action.enable === true || action.previous.mayBeDisabled === true);
  return {
    ...lockEntryOf(action.entry, action.hash),
    unpublished: marker(action),
    ...(mayBeDisabled ? { mayBeDisabled: true } : {}),
  };
}

/** An entry as v1 writes it, its answer read. */
function autoReply(entry: CompiledEntry, answers: AnswerReader): AutoReply {
  const { skill, title, questions } = entry;
  return { skill, title, questions, content: answers.read(entry).content };
}

/** A plan action that sends the entry with setautoreply. */
export type WriteAction = Extract<PlanAction, { kind: "create" | "update" | "rename" }>;
/** A plan action for drift: on the platform, not in the content. */
export type RemoveAction = Extract<PlanAction, { kind: "remove" }>;

function isRemove(action: PlanAction): action is RemoveAction {
  return action.kind === "remove";
}

function isWrite(action: PlanAction): action is WriteAction {
  return action.kind === "create" || action.kind === "update" || action.kind === "rename";
}

/** Refuses a v1 run while v2 import tasks are in flight: only v2 can ask how they ended. */
function unsettledTasksError(tasks: number): UsageError {
  return new UsageError(
    `the lockfile records ${tasks === 1 ? "a v2 import task" : `${tasks} v2 import tasks`} not yet settled (a v2 run was interrupted); v1 cannot settle ${tasks === 1 ? "it" : "them"}.`,
    { remedy: { kind: "settle-v2-tasks" } },
  );
}

/** What `faqops publish` did. */
export interface PublishRunResult {
  readonly publish: Extract<PublishOutcome, { status: "done" | "failed" }>;
  /** v2: import tasks an interrupted run left, settled before the publish. */
  readonly resumed?: { readonly tasks: number; readonly confirmed: number } | undefined;
  /** Entries still written but not published after the run. */
  readonly unpublished: number;
  readonly lockfileChanged: boolean;
}

/**
 * Publishes on its own (`faqops publish`): whatever the platform holds goes live, and the
 * lockfile's unpublished markers are cleared when it succeeds. Import tasks an interrupted v2
 * run left are settled first: what they imported is then known to go live, and no later run
 * marks it unpublished again. On v1, which cannot ask, such tasks refuse the publish.
 */
export async function publishLockfile(
  snapshot: Pick<LockSnapshot, "lock" | "onDisk">,
  options: Pick<ApplyOptions, "lockfile" | "publishOptions" | "signal" | "onEvent"> & {
    /** Opens the client of the API in use (v1's or v2's). */
    readonly connect: (hooks: { beforeRequest: () => Promise<void> }) => Publisher;
    /** v2: how the import tasks left in flight are polled. */
    readonly taskPoll?: TaskPollOptions | undefined;
  },
): Promise<PublishRunResult> {
  const tasks = snapshot.lock.tasks?.length ?? 0;
  const { state, writer } = await openLockWriter(snapshot, options.lockfile);
  const client = options.connect({ beforeRequest: async () => {} });
  try {
    let resumed: PublishRunResult["resumed"];
    if (tasks > 0) {
      const { fetchTask } = client;
      if (!fetchTask) throw unsettledTasksError(tasks);
      const settled = await settlePendingTasks(
        state,
        writer,
        { fetchTask: fetchTask.bind(client) },
        options,
      );
      resumed = settled.resumed;
      if (settled.stopped?.outcome === "interrupted") {
        throw new PlatformError("async/fetch: the call was cancelled.", {
          action: "async/fetch",
          kind: "aborted",
        });
      }
      if (settled.stopped) {
        // Not published (no publish was sent): a task still running would go live half done.
        await writer.close();
        throw settled.stopped.error;
      }
    }
    if (state.missing > 0) {
      // A replace cut short deleted entries the content keeps: publishing now would take them
      // off the live bot too. Refused on every publish until an apply writes them back.
      await writer.close();
      throw new UsageError(
        `a replace of the whole bot (import mode 1) was cut short: the bot lacks ${plural(state.missing, "entry", "entries")} the content keeps, and a publish would take ${state.missing === 1 ? "it" : "them"} off the live bot too.`,
        { remedy: { kind: "finish-replace" } },
      );
    }
    const publish = await publishState(client, writer, state, options);
    await writer.close();
    return { publish, resumed, unpublished: state.unpublished, lockfileChanged: writer.changed };
  } finally {
    client.close();
    await writer.close().catch(() => {});
  }
}
