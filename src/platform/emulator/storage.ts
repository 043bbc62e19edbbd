/**
 * The emulator's state file (`--state FILE`): the bot's entries and its published snapshot as
 * JSON, and, once v2 was used, v2's id counters, import tasks and issued access tokens, so a
 * second emulator process (`--emulator` runs) can fetch a task a first one accepted and take its
 * tokens. Loaded at start and replaced atomically after every change, so it is never half-written.
 *
 * The `v2` key is written only when there is v2 state: a file of v1 data keeps its shape.
 */
import { readFile } from "node:fs/promises";
import { StateFileError } from "../../errors.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import type { BotEntry, BotState, BotV2State } from "./bot.js";
import { FIRST_IDS as FIRST_V2_IDS } from "./v2-import.js";
import type { ImportTask } from "./v2-tasks.js";
import type { IssuedToken } from "./v2-tokens.js";

const STATE_VERSION = 1;
const DAMAGED_HINT = "fix or delete it; the emulator then starts with an empty bot.";

/** Everything the state file keeps. */
export interface EmulatorState {
  readonly bot: BotState;
  readonly tokens: readonly IssuedToken[];
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks one entry read from the state file: v1's fields, and v2's when present. */
function isEntry(value: unknown): value is BotEntry {
  if (!isObject(value)) return false;
  const e = value;
  return (
    isString(e.skill) &&
    isString(e.title) &&
    isString(e.content) &&
    isStrings(e.questions) &&
    (e.threshold === undefined || isString(e.threshold)) &&
    (e.disabled === undefined || e.disabled === true) &&
    (e.skillId === undefined || isId(e.skillId)) &&
    (e.intentId === undefined || isId(e.intentId)) &&
    (e.answers === undefined || isStrings(e.answers))
  );
}

function isTask(value: unknown): value is ImportTask {
  if (!isObject(value)) return false;
  const t = value;
  const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  return (
    isString(t.id) &&
    count(t.start) &&
    count(t.end) &&
    count(t.fetches) &&
    count(t.total) &&
    count(t.replaced) &&
    Array.isArray(t.succeeded) &&
    t.succeeded.every(
      (i) =>
        isObject(i) &&
        isString(i.skill) &&
        isId(i.skillId) &&
        isString(i.intent) &&
        isId(i.intentId),
    ) &&
    Array.isArray(t.failed) &&
    t.failed.every((i) => isObject(i) && isString(i.skill) && isString(i.intent) && isString(i.msg))
  );
}

const isToken = (value: unknown): value is IssuedToken =>
  isObject(value) && isString(value.token) && Number.isSafeInteger(value.expiresAt);

/** The saved `v2` object: undefined when absent, null when damaged. */
function readV2(
  value: unknown,
): { bot: BotV2State | undefined; tokens: IssuedToken[] } | null | undefined {
  if (value === undefined) return undefined;
  if (
    !isObject(value) ||
    !isId(value.nextSkillId) ||
    !isId(value.nextIntentId) ||
    !Array.isArray(value.tasks) ||
    !value.tasks.every(isTask) ||
    !Array.isArray(value.tokens) ||
    !value.tokens.every(isToken)
  ) {
    return null;
  }
  const { nextSkillId, nextIntentId, tasks, tokens } = value;
  return { bot: { nextSkillId, nextIntentId, tasks }, tokens };
}

/** Loads the state file; a missing file is an empty bot, a damaged one a StateFileError. */
export async function loadState(file: string): Promise<EmulatorState> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { bot: { entries: [], published: undefined }, tokens: [] };
    }
    throw new StateFileError(`Cannot read the emulator state file ${file}.`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new StateFileError(`The emulator state file ${file} is not valid JSON.`, {
      cause: error,
      hint: DAMAGED_HINT,
    });
  }
  const state = json as {
    version?: unknown;
    entries?: unknown;
    published?: unknown;
    v2?: unknown;
  } | null;
  const published = state?.published;
  const v2 = readV2(state?.v2);
  if (
    typeof state !== "object" ||
    state === null ||
    state.version !== STATE_VERSION ||
    !Array.isArray(state.entries) ||
    !state.entries.every(isEntry) ||
    !(published === null || (Array.isArray(published) && published.every(isEntry))) ||
    v2 === null
  ) {
    throw new StateFileError(
      `The emulator state file ${file} is not a version ${STATE_VERSION} state (entries, published, v2).`,
      { hint: DAMAGED_HINT },
    );
  }
  const bot: BotState = {
    entries: state.entries,
    published: (published as BotEntry[] | null) ?? undefined,
  };
  return {
    bot: v2?.bot ? { ...bot, v2: v2.bot } : bot,
    tokens: v2?.tokens ?? [],
  };
}

/** The file's content for a state. */
function render(state: EmulatorState): string {
  const { entries, published, v2 } = state.bot;
  const hasV2 = v2 !== undefined || state.tokens.length > 0;
  const file = {
    version: STATE_VERSION,
    entries,
    published: published ?? null,
    ...(hasV2
      ? {
          v2: {
            nextSkillId: v2?.nextSkillId ?? FIRST_V2_IDS.nextSkillId,
            nextIntentId: v2?.nextIntentId ?? FIRST_V2_IDS.nextIntentId,
            tasks: v2?.tasks ?? [],
            tokens: state.tokens,
          },
        }
      : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Saves the bot's state to one file, a save at a time. */
export interface StateStore {
  /** Saves the state as it is when the save starts; resolves once it is on disk. */
  save(): Promise<void>;
  /** Resolves once no save is running (the last one's failure is not rethrown). */
  settled(): Promise<void>;
}

/**
 * A store for `file` that saves what `state()` returns. Saves are chained so they never
 * interleave, and a save not yet started serves every change made before it starts: a burst of
 * writes costs a few saves, not one each. Without a file, saving does nothing.
 */
export function createStore(file: string | undefined, state: () => EmulatorState): StateStore {
  let saving: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  return {
    save() {
      if (!file) return Promise.resolve();
      if (queued) return queued;
      const next = saving.then(async () => {
        queued = undefined;
        const text = render(state());
        try {
          await writeFileAtomic(file, text);
        } catch (error) {
          throw new StateFileError(`Cannot write the emulator state file ${file}.`, {
            cause: error,
          });
        }
      });
      queued = next;
      saving = next.catch(() => {});
      return next;
    },
    settled: () => saving,
  };
}
