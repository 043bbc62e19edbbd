/**
 * The bot the emulator stands for, as a pure state machine: its entries, what is live, and a
 * publish in progress. No HTTP, no disk, no clock: a call goes in, the platform's answer and
 * whether the state changed come out.
 */
import { identityKey } from "../../sync/hash.js";
import type { AutoReply, ImportMode, PublishProgress } from "../types.js";

/** A platform answer: the JSON envelope sent with HTTP 200. */
export type Answer = Readonly<Record<string, unknown>>;

/** A call the platform refused, with one of its error codes (an Answer as it is). */
export type Refusal = { readonly errcode: number; readonly errmsg: string };

/** A call that passed every check (token, decryption, fields, managerid), ready to perform. */
export type BotCall =
  | { readonly action: "setautoreply"; readonly entry: AutoReply }
  | {
      readonly action: "batchimportskill";
      readonly mode: ImportMode;
      readonly entries: readonly AutoReply[];
    }
  | { readonly action: "publish" }
  | { readonly action: "publish_progress" };

/** What the bot holds between runs: the state file's content. */
export interface BotState {
  readonly entries: readonly AutoReply[];
  /** The entries of the last completed publish; undefined before one. */
  readonly published: readonly AutoReply[] | undefined;
}

/** What one call did. */
export interface BotOutcome {
  readonly answer: Answer;
  /** The entries or the live content changed: the state must be saved. */
  readonly changed: boolean;
  /** The entries this call wrote, for the write counts. */
  readonly written: readonly AutoReply[];
}

export interface Bot {
  /** Performs a call; `publishFails` makes a publish started now end with status 2. */
  perform(call: BotCall, options?: { readonly publishFails?: boolean }): BotOutcome;
  /** The entries as written, sorted by skill and title. */
  entries(): AutoReply[];
  /** The entries of the last completed publish, sorted, or undefined before one. */
  published(): AutoReply[] | undefined;
  /** What to save. */
  state(): BotState;
  /** Empties the bot: no entries, nothing live, nothing publishing. */
  reset(): void;
}

/** The platform's success envelope (the seed's example: `errcode` and `msg`). */
export const ok = (extra: Answer = {}): Answer => ({ errcode: 0, msg: "Success", ...extra });

/** Sorted by skill, then title: the stable order of entries(), GET /entries and the state file. */
export function sortEntries(entries: Iterable<AutoReply>): AutoReply[] {
  return [...entries].sort((a, b) =>
    a.skill === b.skill ? compare(a.title, b.title) : compare(a.skill, b.skill),
  );
}
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Creates a bot. Entries are keyed by skill and title (the platform's identity of an entry):
 * setautoreply and batchimportskill mode 0 replace an entry with the same skill and title; mode 1
 * replaces them all. `publish` takes a snapshot; `publish_progress` reports 0 → 100 over
 * `publishSteps` polls, then done, and the snapshot goes live.
 */
export function createBot(options: {
  readonly publishSteps: number;
  readonly state?: BotState;
}): Bot {
  const { publishSteps } = options;
  const entries = new Map<string, AutoReply>(
    (options.state?.entries ?? []).map((e) => [identityKey(e), e]),
  );
  let published = options.state?.published ? [...options.state.published] : undefined;
  let publishing:
    | { readonly snapshot: AutoReply[]; polls: number; progress: number; readonly fails: boolean }
    | undefined;

  const write = (written: readonly AutoReply[]) => {
    for (const entry of written) entries.set(identityKey(entry), entry);
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
          publishing = {
            snapshot: sortEntries(entries.values()),
            polls: 0,
            progress: 0,
            fails: Boolean(performOptions.publishFails),
          };
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
      }
    },
    entries: () => sortEntries(entries.values()),
    published: () => (published ? [...published] : undefined),
    state: () => ({ entries: sortEntries(entries.values()), published }),
    reset() {
      entries.clear();
      published = undefined;
      publishing = undefined;
    },
  };
}
