/**
 * An answer's wire form: its messages → the `content` string sent to the platform, and the
 * entry the compiler builds around them (hashed over that string).
 */
import { entryHash } from "./entry-hash.js";
import type { Answer, CompiledEntry, EntryWithAnswer, Message } from "./types.js";

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

/** An answer from its messages. */
export function answerOf(messages: readonly Message[]): Answer {
  return { messages, content: answerContent(messages) };
}

/** True when `answer` hashes, with `entry`'s other fields, to `entry.hash`. */
export function answerMatches(entry: CompiledEntry, answer: Answer): boolean {
  const { skill, title, questions, threshold } = entry;
  return entryHash({ skill, title, questions, threshold, content: answer.content }) === entry.hash;
}

/** The fields the compiler builds an entry from; `hash` and `content` follow from them. */
export type EntryFields = Omit<EntryWithAnswer, "content" | "hash">;

/**
 * The compiler's entry: its fields, its answer and the hash of what is sent. Built as a
 * literal in one fixed key order (so JSON output is stable), `id` only when set. `content` is
 * answerContent(fields.messages), when the caller has made it already.
 */
export function compiledEntry(
  fields: EntryFields,
  content = answerContent(fields.messages),
): EntryWithAnswer {
  const { source, path, skill, title, questions, id, draft, threshold, messages } = fields;
  const hash = entryHash({ skill, title, questions, threshold, content });
  return id === undefined
    ? { source, path, skill, title, questions, draft, threshold, hash, messages, content }
    : { source, path, skill, title, questions, id, draft, threshold, hash, messages, content };
}
