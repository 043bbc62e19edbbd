/**
 * The emulator's state file (`--state FILE`): the bot's entries and its published snapshot as
 * JSON, loaded at start and replaced atomically after every change, so it is never half-written.
 */
import { readFile } from "node:fs/promises";
import { StateFileError } from "../../errors.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import type { AutoReply } from "../types.js";
import type { BotState } from "./bot.js";

const STATE_VERSION = 1;
const DAMAGED_HINT = "fix or delete it; the emulator then starts with an empty bot.";

/** Checks one entry read from the state file. */
function isEntry(value: unknown): value is AutoReply {
  const e = value as AutoReply;
  return (
    typeof e === "object" &&
    e !== null &&
    typeof e.skill === "string" &&
    typeof e.title === "string" &&
    typeof e.content === "string" &&
    Array.isArray(e.questions) &&
    e.questions.every((q) => typeof q === "string")
  );
}

/** Loads the state file; a missing file is an empty bot, a damaged one a StateFileError. */
export async function loadState(file: string): Promise<BotState> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { entries: [], published: undefined };
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
  const state = json as { version?: unknown; entries?: unknown; published?: unknown } | null;
  const published = state?.published;
  if (
    typeof state !== "object" ||
    state === null ||
    state.version !== STATE_VERSION ||
    !Array.isArray(state.entries) ||
    !state.entries.every(isEntry) ||
    !(published === null || (Array.isArray(published) && published.every(isEntry)))
  ) {
    throw new StateFileError(
      `The emulator state file ${file} is not a version ${STATE_VERSION} state (entries, published).`,
      { hint: DAMAGED_HINT },
    );
  }
  return { entries: state.entries, published: (published as AutoReply[] | null) ?? undefined };
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
export function createStore(file: string | undefined, state: () => BotState): StateStore {
  let saving: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  return {
    save() {
      if (!file) return Promise.resolve();
      if (queued) return queued;
      const next = saving.then(async () => {
        queued = undefined;
        const { entries, published } = state();
        const text = `${JSON.stringify({ version: STATE_VERSION, entries, published: published ?? null }, null, 2)}\n`;
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
