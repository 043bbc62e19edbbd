/**
 * Reading a v2 request the way the reference describes it (platform-api-v2.md), and refusing
 * what it would refuse, or might: where the reference leaves a point open, the emulator takes
 * the strict reading, so a client that relies on leniency fails here first. Pure: headers and
 * body bytes in, a call or a refusal out; the server checks the access token and performs.
 *
 * The checks, in order (docs/platform.md, "v2"):
 * 1. `request_id`, `timestamp`, `nonce`, `sign` each sent once and well-formed: else 110002.
 * 2. Exactly the credential header the path takes: `X-APPID` on `/v2/token`, `X-OPENAI-TOKEN` on
 *    every other call. The reference follows the [token] text: the two are exclusive (二选一),
 *    although two curl examples send both; sending both, or the other one, is 110002.
 * 3. `/v2/token`: the APPID, the timestamp (within 300 s), the signature: else 110001 with
 *    `err_detail` 210202, the one answer the reference shows for them. Other calls: the access
 *    token (server side, 210202), then timestamp and signature: HTTP 400 `invalid sign request`.
 *    A stale timestamp is treated as a bad signature: the reference says a stale timestamp
 *    failed, and the signature is what carries it.
 * 4. The body: `content-type: application/json` when there is one (110002), UTF-8 JSON (210106),
 *    then the call's fields: an object with exactly its keys, of the right types (110002).
 */
import type { Credentials } from "../types.js";
import { md5Hex } from "../v2/sign.js";
import type { ImportItem, V2ImportMode } from "../v2/types.js";
import { type Answer, refuse2 } from "./bot.js";

/** The v2 calls, named by their path without the leading slash. */
export const V2_ACTIONS = [
  "v2/token",
  "v2/bot/import/json",
  "v2/async/fetch",
  "v2/bot/publish",
  "v2/bot/effective_progress",
] as const;
export type V2Action = (typeof V2_ACTIONS)[number];

const ACTION_SET: ReadonlySet<string> = new Set(V2_ACTIONS);

/** The action a `/v2/…` path names, or undefined for one the platform does not serve. */
export function v2ActionOf(path: string): V2Action | undefined {
  const action = path.slice(1);
  return ACTION_SET.has(action) ? (action as V2Action) : undefined;
}

/**
 * Items an import may carry, unless the emulator is told otherwise (`maxImportItems`). The
 * reference only says "建议单次请求不要传入过多意图" (do not send too many intents a call): the
 * real limit is undocumented, and 100 a call is its safe default.
 */
export const DEFAULT_MAX_IMPORT_ITEMS = 100;
/** The console template's "no more than 30" for a skill name, in characters. */
export const MAX_SKILL_LENGTH = 30;
/** The allowed clock difference for `timestamp`, in seconds. */
export const MAX_SKEW_SECONDS = 300;

/** A refused request: an answer (HTTP 200, without `request_id`), or v2's HTTP 400 for a signature. */
export type V2Refusal =
  | { readonly answer: Answer; readonly why: string }
  | { readonly badSign: true; readonly why: string };

/** The headers every v2 call carries, read and checked. */
export interface V2Headers {
  readonly requestId: string;
  readonly timestamp: string;
  readonly nonce: string;
  readonly sign: string;
  /** `X-APPID` (token call) or `X-OPENAI-TOKEN` (every other call), whichever the path takes. */
  readonly credential: string;
  readonly contentType: string | undefined;
}

/** The limits a call is read under that the emulator lets a caller change. */
export interface V2Limits {
  /** Items an import may carry (default DEFAULT_MAX_IMPORT_ITEMS). */
  readonly maxImportItems?: number;
}

/** A v2 call that passed every check but the access token's, with what it carries. */
export type V2Call =
  | { readonly action: "v2/token"; readonly account: string }
  | {
      readonly action: "v2/bot/import/json";
      readonly mode: V2ImportMode;
      readonly items: readonly ImportItem[];
    }
  | { readonly action: "v2/async/fetch"; readonly taskId: string }
  | { readonly action: "v2/bot/publish" }
  | { readonly action: "v2/bot/effective_progress"; readonly env: "online" | "debug" };

/** Headers as node:http gives them (`req.headersDistinct`): lower-case names, every value. */
export type RawHeaders = Readonly<Record<string, readonly string[] | undefined>>;

const VISIBLE_ASCII = /^[\x21-\x7e]{1,64}$/;
const FORMATS: readonly (readonly [name: string, format: RegExp, expected: string])[] = [
  ["request_id", VISIBLE_ASCII, "1 to 64 visible ASCII characters, such as a UUID"],
  ["timestamp", /^(?:0|[1-9][0-9]{0,18})$/, "unix seconds in decimal"],
  ["nonce", VISIBLE_ASCII, "1 to 64 visible ASCII characters (10 to 32 recommended)"],
  ["sign", /^[0-9a-f]{32}$/, "32 lower-case hex characters"],
];

const paramError = (msg: string): V2Refusal => ({ answer: refuse2(110002, msg), why: msg });

/** The one answer the reference shows for a refused `/v2/token`, whatever the reason. */
const tokenRefused = (why: string): V2Refusal => ({
  answer: refuse2(110001, "Internal Server Error", { err_detail: 210202 }),
  why,
});

/** The `request_id` to echo: the header as sent once, or "" (none, or several). */
export function echoedRequestId(headers: RawHeaders): string {
  const values = headers.request_id;
  return values?.length === 1 ? values[0]! : "";
}

/** Checks the headers of a call to `action` (steps 1 and 2). */
export function readV2Headers(
  action: V2Action,
  headers: RawHeaders,
): { headers: V2Headers } | { refusal: V2Refusal } {
  const single = (name: string): string | undefined | V2Refusal => {
    const values = headers[name];
    if (values === undefined || values.length === 0) return undefined;
    if (values.length > 1) return paramError(`header ${name} is sent more than once`);
    return values[0]!;
  };
  const read: Record<string, string | undefined> = {};
  for (const name of ["x-appid", "x-openai-token", "content-type"]) {
    const value = single(name);
    if (typeof value === "object") return { refusal: value };
    read[name] = value;
  }
  for (const [name, format, expected] of FORMATS) {
    const value = single(name);
    if (typeof value === "object") return { refusal: value };
    if (value === undefined) return { refusal: paramError(`header ${name} is missing`) };
    if (!format.test(value)) return { refusal: paramError(`header ${name} must be ${expected}`) };
    read[name] = value;
  }
  const isToken = action === "v2/token";
  const wrong = isToken ? "x-openai-token" : "x-appid";
  if (read[wrong] !== undefined) {
    return {
      refusal: paramError(
        isToken
          ? "X-OPENAI-TOKEN is not sent to /v2/token (X-APPID and X-OPENAI-TOKEN are exclusive)"
          : "X-APPID is sent to /v2/token only (X-APPID and X-OPENAI-TOKEN are exclusive)",
      ),
    };
  }
  return {
    headers: {
      requestId: read.request_id!,
      timestamp: read.timestamp!,
      nonce: read.nonce!,
      sign: read.sign!,
      credential: read[isToken ? "x-appid" : "x-openai-token"] ?? "",
      contentType: read["content-type"],
    },
  };
}

/** Why the timestamp or signature is refused, or undefined when both are right. */
function signatureProblem(
  headers: V2Headers,
  body: Buffer,
  token: string,
  now: number,
): string | undefined {
  const skew = Math.abs(Math.floor(now / 1000) - Number(headers.timestamp));
  if (skew > MAX_SKEW_SECONDS) {
    return `timestamp is ${skew} s from the emulator's clock (at most ${MAX_SKEW_SECONDS})`;
  }
  // signV2's recipe over the bytes received, not over text decoded from them: a client that
  // signs other bytes than it sends (another indentation, another encoding) is refused.
  const expected = md5Hex(token + headers.timestamp + headers.nonce + md5Hex(body));
  return expected === headers.sign ? undefined : "the signature does not match the body";
}

/**
 * Checks a `/v2/token` call's APPID, timestamp and signature (step 3). Its account is checked
 * once the body is read (checkAccount).
 */
export function checkTokenCall(
  headers: V2Headers,
  body: Buffer,
  credentials: Pick<Credentials, "appId" | "token">,
  now: number,
): V2Refusal | undefined {
  if (headers.credential !== credentials.appId) {
    return tokenRefused(
      headers.credential === "" ? "X-APPID is missing" : "X-APPID is not the APPID",
    );
  }
  const problem = signatureProblem(headers, body, credentials.token, now);
  return problem === undefined ? undefined : tokenRefused(problem);
}

/** The account of a `/v2/token` call must be the bot's administrator (110001 otherwise). */
export function checkAccount(account: string, managerId: string): V2Refusal | undefined {
  return account === managerId ? undefined : tokenRefused("account is not the administrator");
}

/** Checks the timestamp and signature of a call other than `/v2/token` (step 3). */
export function checkSignature(
  headers: V2Headers,
  body: Buffer,
  token: string,
  now: number,
): V2Refusal | undefined {
  const problem = signatureProblem(headers, body, token, now);
  return problem === undefined ? undefined : { badSign: true, why: problem };
}

/**
 * Reads the body and the call's fields (step 4). Only publish may come without a body (the
 * reference's curl sends none; other clients send `{}`).
 */
export function readV2Call(
  action: V2Action,
  headers: V2Headers,
  body: Buffer,
  limits: V2Limits = {},
): { call: V2Call } | { refusal: V2Refusal } {
  let value: unknown;
  if (body.length === 0 && action === "v2/bot/publish") {
    value = {};
  } else {
    const json = readJson(body, headers.contentType);
    if ("refusal" in json) return json;
    value = json.value;
  }
  const problem = (msg: string) => ({ refusal: paramError(msg) });
  switch (action) {
    case "v2/token": {
      const fields = objectWith(value, { account: "string" }, ["account"], "the body");
      if (typeof fields === "string") return problem(fields);
      return { call: { action, account: fields.account as string } };
    }
    case "v2/bot/import/json": {
      const read = readImport(value, limits.maxImportItems ?? DEFAULT_MAX_IMPORT_ITEMS);
      return typeof read === "string" ? problem(read) : { call: { action, ...read } };
    }
    case "v2/async/fetch": {
      const fields = objectWith(value, { task_id: "string" }, ["task_id"], "the body");
      if (typeof fields === "string") return problem(fields);
      if (fields.task_id === "") return problem("task_id is empty");
      return { call: { action, taskId: fields.task_id as string } };
    }
    case "v2/bot/publish": {
      const fields = objectWith(value, {}, [], "publish's body");
      return typeof fields === "string" ? problem(fields) : { call: { action } };
    }
    case "v2/bot/effective_progress": {
      const fields = objectWith(value, { env: "string" }, ["env"], "the body");
      if (typeof fields === "string") return problem(fields);
      const env = fields.env;
      if (env !== "online" && env !== "debug") return problem('env must be "online" or "debug"');
      return { call: { action, env } };
    }
  }
}

/** The body as JSON: `application/json`, UTF-8, parsed; or the refusal. */
function readJson(
  body: Buffer,
  contentType: string | undefined,
): { value: unknown } | { refusal: V2Refusal } {
  // The reference: every call is JSON "with content-type: application/json".
  if (!/^application\/json[ \t]*(?:;[ \t]*charset="?utf-8"?[ \t]*)?$/i.test(contentType ?? "")) {
    return { refusal: paramError("content-type must be application/json") };
  }
  const parseError = (msg: string) => ({
    refusal: { answer: refuse2(210106, `JSON parse failed: ${msg}`), why: msg },
  });
  let text: string;
  try {
    // A byte-order mark is kept, and refused by JSON.parse: it is not JSON.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return parseError("the body is not UTF-8");
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return parseError((error as Error).message);
  }
}

type FieldType = "string" | "number" | "boolean" | "array";

const typeOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value;

/**
 * `value` as an object with only the given keys, each of its type, the `required` ones present;
 * or what is wrong with it.
 */
function objectWith(
  value: unknown,
  fields: Readonly<Record<string, FieldType>>,
  required: readonly string[],
  where: string,
): Record<string, unknown> | string {
  if (typeOf(value) !== "object") return `${where} must be a JSON object, not ${typeOf(value)}`;
  const object = value as Record<string, unknown>;
  const known = Object.keys(fields);
  for (const key of Object.keys(object)) {
    if (!Object.hasOwn(fields, key)) {
      return `${where} has an unknown key "${key}" (${known.length > 0 ? `it takes ${known.join(", ")}` : "it takes none"})`;
    }
    const type = typeOf(object[key]);
    if (type !== fields[key]) {
      return `${where}'s ${key} must be ${fields[key] === "array" ? "an" : "a"} ${fields[key]}, not ${type}`;
    }
  }
  for (const key of required) if (!(key in object)) return `${where} has no ${key}`;
  return object;
}

const ITEM_FIELDS: Readonly<Record<string, FieldType>> = {
  skill: "string",
  intent: "string",
  old_intent: "string",
  threshold: "string",
  disable: "boolean",
  questions: "array",
  answers: "array",
};
/**
 * Only `answers` (not empty) is required besides the names. An absent `disable` is false and an
 * absent `questions` is none: a Go server's zero values, which the reference's `null` lists
 * suggest it is; the reference's own signed example sends neither `disable` nor `threshold`. So
 * an item without `disable` switches a disabled intent back on: a client must send
 * `disable: true` every time it means to keep one off.
 */
const ITEM_REQUIRED = ["skill", "intent", "answers"];

/** A number from 0 to 1 in a string, as the reference sends it ("0.9"); no exponent, no sign. */
const THRESHOLD = /^(?:0(?:\.[0-9]+)?|1(?:\.0+)?)$/;

const isBlank = (s: string) => s.trim() === "";

/** Reads an import body, refusing the whole call at its first bad item. */
function readImport(
  value: unknown,
  maxItems: number,
): { mode: V2ImportMode; items: ImportItem[] } | string {
  const body = objectWith(value, { mode: "number", data: "array" }, ["mode", "data"], "the body");
  if (typeof body === "string") return body;
  const mode = body.mode;
  if (mode !== 0 && mode !== 1) return "mode must be 0 or 1";
  const data = body.data as unknown[];
  if (data.length > maxItems) {
    return `data has ${data.length} items; at most ${maxItems} per call`;
  }
  const items: ImportItem[] = [];
  const seen = new Set<string>();
  const renamed = new Set<string>();
  for (const [index, raw] of data.entries()) {
    const where = `data[${index}]`;
    const item = objectWith(raw, ITEM_FIELDS, ITEM_REQUIRED, where);
    if (typeof item === "string") return item;
    const { skill, intent, old_intent: oldIntent, threshold } = item as Record<string, string>;
    if (isBlank(skill!)) return `${where}.skill is empty`;
    if ([...skill!].length > MAX_SKILL_LENGTH) {
      return `${where}.skill is longer than ${MAX_SKILL_LENGTH} characters`;
    }
    if (isBlank(intent!)) return `${where}.intent is empty`;
    if (oldIntent !== undefined) {
      // The reference's safe default: no old_intent with mode 1, which deleted everything first.
      if (mode === 1) return `${where}.old_intent cannot be sent with mode 1`;
      if (isBlank(oldIntent)) return `${where}.old_intent is empty`;
    }
    if (threshold !== undefined && !THRESHOLD.test(threshold)) {
      return `${where}.threshold must be a string holding a number from 0 to 1, such as "0.9"`;
    }
    const questions = strings((item.questions ?? []) as unknown[], `${where}.questions`);
    if (typeof questions === "string") return questions;
    const answers = strings(item.answers as unknown[], `${where}.answers`);
    if (typeof answers === "string") return answers;
    if (answers.length === 0) return `${where}.answers is empty: an intent needs an answer`;
    // Two items for one intent would depend on the order the platform applies them in.
    const key = JSON.stringify([skill, intent]);
    if (seen.has(key)) return `${where}: intent "${intent}" of skill "${skill}" appears twice`;
    seen.add(key);
    if (oldIntent !== undefined) {
      const from = JSON.stringify([skill, oldIntent]);
      if (renamed.has(from)) {
        return `${where}: old_intent "${oldIntent}" of skill "${skill}" is renamed twice`;
      }
      renamed.add(from);
    }
    items.push({
      skill: skill!,
      intent: intent!,
      ...(oldIntent !== undefined ? { oldIntent } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      disable: item.disable === true,
      questions,
      answers,
    });
  }
  return { mode, items };
}

/** A list of non-blank strings, or what is wrong with it. */
function strings(list: readonly unknown[], where: string): string[] | string {
  for (const [index, value] of list.entries()) {
    if (typeof value !== "string")
      return `${where}[${index}] must be a string, not ${typeOf(value)}`;
    if (isBlank(value)) return `${where}[${index}] is empty`;
  }
  return list as string[];
}
