/** Messages → the `content` string sent to the platform. */
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

/**
 * An entry whose `content` is computed from its messages each time it is read rather than
 * stored: the string would duplicate the messages' text in every entry held (at 100k entries,
 * tens of MB of two-byte Chinese text), and most runs read it once, to hash it. `content` is
 * an own enumerable property after `messages`, so JSON, spreads and deep equality see the same
 * object as before. Built as a literal, not a spread: a spread copy costs ~300 bytes more an
 * entry in V8, and a getter written in the literal makes every entry a dictionary.
 */
export function withAnswerContent(fields: Omit<CompiledEntry, "content">): CompiledEntry {
  const { source, path, skill, title, questions, id, draft, messages } = fields;
  const entry =
    id === undefined
      ? { source, path, skill, title, questions, draft, messages }
      : { source, path, skill, title, questions, id, draft, messages };
  return Object.defineProperty(entry, "content", CONTENT) as CompiledEntry;
}
