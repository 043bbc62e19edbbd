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

/**
 * An entry whose `content` is computed from its messages each time it is read rather than
 * stored: the string would duplicate the messages' text in every entry held (at 100k entries,
 * about 70 MB of two-byte Chinese text), and most runs read it once, to hash it. The getter
 * is an own enumerable property after `messages`, so JSON, spreads and deep equality see the
 * same object as before.
 */
export function withAnswerContent(fields: Omit<CompiledEntry, "content">): CompiledEntry {
  const { messages } = fields;
  return {
    ...fields,
    get content() {
      return answerContent(messages);
    },
  };
}
