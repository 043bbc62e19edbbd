/**
 * The applier: carries out a plan against the platform — only the entries that changed,
 * with bounded concurrency and a request rate — keeping the lockfile true at every moment.
 */
import { setMaxListeners } from "node:events";
import pLimit from "p-limit";
import pThrottle from "p-throttle";
import type { CompiledEntry } from "../content/types.js";
import { compareStrings } from "../diagnostics.js";
import { UsageError } from "../errors.js";
import type { SyncOptions } from "../options.js";
import { PlatformError } from "../platform/errors.js";
import type { PlatformClient, PublishProgress } from "../platform/types.js";
import { LockState, LockWriter } from "./lock-state.js";
import type { Lockfile } from "./lockfile.js";
import { type Plan, type PlanAction, planSync } from "./plan.js";
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
  extends Pick<
    SyncOptions,
    "lockfile" | "concurrency" | "rate" | "dryRun" | "prune" | "pruneMax" | "force" | "publish"
  > {
  /**
   * Opens the platform client. Called only when a request must be sent (never in a dry run,
   * never when there is nothing to do), so credentials are needed only then.
   */
  readonly connect: (hooks: { beforeRequest: () => Promise<void> }) => PlatformClient;
  /** Aborting stops launching writes; those in flight finish; the lockfile is flushed. */
  readonly signal?: AbortSignal | undefined;
  readonly onEvent?: ((event: ApplyEvent) => void) | undefined;
  /** How often the lockfile is flushed while writing (default 2 s). */
  readonly flushIntervalMs?: number;
  readonly publishOptions?: { timeoutMs?: number; pollMs?: number; maxPollMs?: number };
}

/** One entry that could not be written, and why (the message is safe to print). */
export interface ApplyFailure {
  readonly entry: CompiledEntry;
  readonly message: string;
}

/** How the run ended. */
export type ApplyOutcome =
  /** Nothing to send: no request was made. */
  | "nothing-to-do"
  | "done"
  /** Some writes failed; every entry was still tried. */
  | "partial"
  /** Stopped by a signal; the lockfile holds what was confirmed. */
  | "interrupted"
  /** A fatal platform error (bad token, say) stopped the run at once. */
  | "fatal";

export interface ApplyResult {
  readonly outcome: ApplyOutcome;
  readonly plan: Plan;
  readonly dryRun: boolean;
  /** Entries the platform confirmed (or, in a dry run, would have been written). */
  readonly written: number;
  readonly failures: readonly ApplyFailure[];
  /** The fatal error, when outcome is "fatal" (its message carries no secret). */
  readonly fatal?: Error | undefined;
  readonly pruned: boolean;
  readonly published: boolean;
  /** Whether the lockfile on disk was changed. */
  readonly lockfileChanged: boolean;
  readonly elapsedMs: number;
}

/** Applies the plan for `entries` against `lock`, writing the lockfile as it goes. */
export async function applySync(
  entries: readonly CompiledEntry[],
  lock: Lockfile,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const started = Date.now();
  const plan = planSync(entries, lock, {
    prune: options.prune,
    pruneMax: options.pruneMax,
    force: options.force,
  });
  // A prune with nothing known to remove is an ordinary incremental run.
  const prune = plan.prune && plan.prune.removes.length > 0 ? plan.prune : undefined;
  if (prune?.refusal) throw new UsageError(`--prune refused: ${prune.refusal}`);
  const writes = plan.actions.filter(isWrite);
  const base = { plan, dryRun: options.dryRun, failures: [], pruned: false, published: false };

  if (options.dryRun) {
    return {
      ...base,
      outcome: writes.length === 0 && !prune ? "nothing-to-do" : "done",
      written: prune ? prune.keeps : writes.length,
      pruned: Boolean(prune),
      lockfileChanged: false,
      elapsedMs: Date.now() - started,
    };
  }

  const state = new LockState(lock, plan);
  const writer = new LockWriter(state, options.lockfile, lock);
  if (writes.length === 0 && !prune) {
    await writer.flush(); // records moves and removals: facts that needed no request
    return {
      ...base,
      outcome: "nothing-to-do",
      written: 0,
      lockfileChanged: writer.changed,
      elapsedMs: Date.now() - started,
    };
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
  const client = options.connect({ beforeRequest: throttle(async () => {}) });
  // On a signal, flush at once what is confirmed so far; the run then winds down and flushes again.
  const onAbort = () => void writer.flush().catch(() => {});
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const run = prune
      ? await pruneAll(plan, state, client, options)
      : await writeAll(writes, state, writer, client, options);
    await writer.flush();
    let published = false;
    if (
      options.publish &&
      run.written > 0 &&
      (run.outcome === "done" || run.outcome === "partial")
    ) {
      await publishAndWait(client, {
        ...options.publishOptions,
        signal: options.signal,
        onProgress: (progress) => options.onEvent?.({ type: "publish", progress }),
      });
      published = true;
    }
    return {
      ...base,
      ...run,
      pruned: Boolean(prune) && run.outcome === "done",
      published,
      lockfileChanged: writer.changed,
      elapsedMs: Date.now() - started,
    };
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    client.close();
  }
}

interface RunResult {
  readonly outcome: ApplyOutcome;
  readonly written: number;
  readonly failures: readonly ApplyFailure[];
  readonly fatal?: Error | undefined;
}

/** The full replace (`batchimportskill` mode 1) with every current entry: one request. */
async function pruneAll(
  plan: Plan,
  state: LockState,
  client: PlatformClient,
  options: ApplyOptions,
): Promise<RunResult> {
  const live = plan.actions.flatMap((a) => (a.kind === "remove" ? [] : [a]));
  options.onEvent?.({ type: "prune", removes: plan.stillOnPlatform.length, keeps: live.length });
  try {
    await client.batchImportSkill(
      1,
      live.map((a) => a.entry),
    );
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    // The replace is all or nothing on the platform's side, so the lockfile stays as it was.
    return { outcome: "fatal", written: 0, failures: [], fatal: error };
  }
  state.confirmPrune(live, new Date());
  return { outcome: "done", written: live.length, failures: [] };
}

/** Writes every changed entry with `setautoreply`, recording each confirmed write. */
async function writeAll(
  writes: readonly WriteAction[],
  state: LockState,
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
  let fatal: Error | undefined;
  let written = 0;
  const interrupted = () => options.signal?.aborted === true;
  const limit = pLimit(options.concurrency);
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
            await client.setAutoReply(action.entry, { signal: stop.signal });
          } catch (error) {
            if (fatal) return; // aborted because another request hit a fatal error
            if (error instanceof PlatformError && error.fatal) {
              fatal = error;
              // Queued writes see `fatal` and return without a request (clearQueue would leave
              // their promises pending forever).
              stop.abort();
              return;
            }
            const message = error instanceof Error ? error.message : String(error);
            failures.push({ entry: action.entry, message });
            options.onEvent?.({ type: "failed", entry: action.entry, message });
            return;
          }
          state.confirmWrite(action.entry, action.hash);
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
  if (fatal) return { outcome: "fatal", written, failures, fatal };
  if (interrupted()) {
    options.onEvent?.({ type: "interrupted" });
    return { outcome: "interrupted", written, failures };
  }
  return { outcome: failures.length > 0 ? "partial" : "done", written, failures };
}

type WriteAction = Extract<PlanAction, { kind: "create" | "update" | "rename" }>;

function isWrite(action: PlanAction): action is WriteAction {
  return action.kind === "create" || action.kind === "update" || action.kind === "rename";
}
