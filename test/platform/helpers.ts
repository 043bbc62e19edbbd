/** Shared set-up for the platform tests: an emulator and clients pointed at it. */
import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import type { FaqopsError } from "../../src/errors.js";
import { type ClientOptions, createClient } from "../../src/platform/client.js";
import type { Emulator } from "../../src/platform/emulator.js";
import { PlatformError } from "../../src/platform/errors.js";
import type { AutoReply, Credentials, PlatformClient } from "../../src/platform/types.js";
import { errorWords } from "../../src/render/error.js";
import type { Audience } from "../../src/render/words.js";

/** A distinctive secret: 32 random alphanumerics, so finding it anywhere is never a coincidence. */
export function distinctiveSecret(length = 32): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join("");
}

/** Credentials with a distinctive token and a fresh EncodingAESKey (with + and / in it). */
export function testCredentials(): Credentials {
  let key = "";
  while (!/[+/]/.test(key)) key = randomBytes(32).toString("base64").slice(0, 43);
  return {
    appId: "wxtest0123456789",
    token: distinctiveSecret(),
    encodingAesKey: key,
    managerId: "admin-1",
  };
}

/** A client for the emulator, with tiny retry delays so tests stay fast. */
export function clientFor(
  emulator: Emulator,
  overrides: Partial<Omit<ClientOptions, "credentials">> & {
    credentials?: Partial<Credentials>;
  } = {},
): PlatformClient {
  return createClient({
    timeoutMs: 2000,
    ...overrides,
    endpoint: overrides.endpoint ?? emulator.url,
    credentials: { ...emulator.credentials, ...overrides.credentials },
    retry: { baseDelayMs: 1, maxDelayMs: 5, ...overrides.retry },
  });
}

export const entry = (title: string, extra: Partial<AutoReply> = {}): AutoReply => ({
  skill: "天气",
  title,
  content: `answer to ${title}`,
  questions: [`${title}?`, `${title}!`],
  ...extra,
});

/** The rejection of a promise (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** An error's hint as a shell shows it: its own, or its remedy worded (render/remedy.ts). */
export function hintOf(error: FaqopsError, audience: Audience = "cli"): string {
  return errorWords(error, audience).hint ?? "";
}

/** Everything an error can show: messages, stacks, hints, inspect, JSON, the whole cause tree. */
export function everyText(value: unknown, seen = new Set<unknown>()): string[] {
  if (seen.has(value)) return [];
  seen.add(value);
  const texts = [String(value), inspect(value, { depth: 10, showHidden: true })];
  if (!(value instanceof Error)) return texts;
  texts.push(value.message, value.stack ?? "", JSON.stringify(value));
  if (value instanceof PlatformError) texts.push(hintOf(value, "cli"), hintOf(value, "action"));
  if (value.cause !== undefined) texts.push(...everyText(value.cause, seen));
  if (value instanceof AggregateError)
    for (const e of value.errors) texts.push(...everyText(e, seen));
  return texts;
}
