/**
 * Messages → the `content` string sent to the platform, and entries whose answer is held
 * elsewhere until it is needed.
 */
import { entryHash } from "./entry-hash.js";
import type { CompiledEntry, Message } from "./types.js";

/**
 * One text message is sent as itself, one card as its JSON text, several messages as
 * `{"multimsg":[…]}`. JSON is compact; key order is the order the objects were built in,
 * which is the format's table order.
 */
export function answerContent(messages: readonly Message[]): string {
  if (messages.length === 1) {
    const only = messages[0]!;
    return typeof only === "string" ? only : JSON.stringify(only);
  }
  return JSON.stringify({ multimsg: messages });
}

/** `content` as an accessor over `messages`: one shared getter, so entries keep one shape. */
const CONTENT: PropertyDescriptor = {
  get(this: CompiledEntry): string {
    return answerContent(this.messages);
  },
  enumerable: true,
  configurable: true,
};

/** The fields an entry is built from; `hash` and `content` follow from them. */
export type EntryFields = Omit<CompiledEntry, "content" | "hash">;

/**
 * An entry whose `content` is computed from its messages each time it is read rather than
 * stored: the string would duplicate the messages' text in every entry held (at 100k entries,
 * tens of MB of two-byte Chinese text), and most runs read it once, to hash it. `content` is
 * an own enumerable property after `messages`, so JSON, spreads and deep equality see the same
 * object as before. Built as a literal, not a spread: a spread copy costs ~300 bytes more an
 * entry in V8, and a getter written in the literal makes every entry a dictionary.
 */
export function withAnswerContent(fields: EntryFields): CompiledEntry {
  const { source, path, skill, title, questions, id, draft, threshold, messages } = fields;
  const hash = entryHash({ skill, title, questions, threshold, content: answerContent(messages) });
  const entry =
    id === undefined
      ? { source, path, skill, title, questions, draft, threshold, hash, messages }
      : { source, path, skill, title, questions, id, draft, threshold, hash, messages };
  return Object.defineProperty(entry, "content", CONTENT) as CompiledEntry;
}

/** Where a deferred entry's messages are loaded from (answers.ts). */
export interface AnswerSource {
  /** `entry`'s messages, exactly as hashed to `entry.hash`; throws when they cannot be had. */
  messages(entry: CompiledEntry): readonly Message[];
}

/** Each deferred entry's source, beside the entry rather than on it (entries stay plain data). */
const sources = new WeakMap<object, AnswerSource>();

const MESSAGES: PropertyDescriptor = {
  get(this: CompiledEntry): readonly Message[] {
    const source = sources.get(this);
    if (!source) throw new Error("a deferred entry has no answer source");
    return source.messages(this);
  },
  enumerable: true,
  configurable: true,
};

/**
 * An entry that holds everything but its answer: `messages` (and so `content`) are loaded from
 * `source` each time they are read, not kept. At 100k entries the answers are most of a run's
 * memory, and a plan needs only those of the entries that changed; the rest compare hashes.
 */
export function deferredEntry(
  fields: Omit<CompiledEntry, "content" | "messages">,
  source: AnswerSource,
): CompiledEntry {
  const { source: file, path, skill, title, questions, id, draft, threshold, hash } = fields;
  const entry =
    id === undefined
      ? { source: file, path, skill, title, questions, draft, threshold, hash }
      : { source: file, path, skill, title, questions, id, draft, threshold, hash };
  Object.defineProperty(entry, "messages", MESSAGES);
  Object.defineProperty(entry, "content", CONTENT);
  sources.set(entry, source);
  return entry as CompiledEntry;
}
