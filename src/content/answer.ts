/** Messages → the `content` string sent to the platform. */
import type { Message } from "./types.js";

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
