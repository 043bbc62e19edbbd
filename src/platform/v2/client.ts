/**
 * The v2 open API client (platform-api-v2.md, in the shared reference): token exchange, JSON
 * import, task polling, publish and publish progress, signed, over the transport v1 uses too
 * (../transport.ts: retries, failure classes, redaction, keep-alive).
 *
 * Every request is signed afresh, retries included (a new timestamp, nonce, request id and sign:
 * the platform refused stale timestamps in [c-token]); the body is serialised once, and those
 * bytes are both hashed and sent. The Token, every access token and every `sign` are secrets:
 * the Token and access tokens are in the transport's redactor (an access token from the moment it
 * is read), and each call's signatures in that call's own.
 */
import { ConfigError, InternalError } from "../../errors.js";
import { DEFAULT_V2_ENDPOINT } from "../credentials.js";
import type { PlatformError } from "../errors.js";
import {
  type CallContext,
  createTransport,
  type HttpAnswer,
  readInteger,
  type TransportSettings,
  type Verdict,
} from "../transport.js";
import type { PublishProgress } from "../types.js";
import {
  ALREADY_PUBLISHING,
  describeV2Code,
  isNoAuthMessage,
  PERMISSION_REMEDY,
  SIGNATURE_REMEDY,
  TOKEN_CALL_REMEDY,
} from "./codes.js";
import { randomNonce, signedHeaders } from "./sign.js";
import type {
  ImportedIntent,
  ImportItem,
  TaskStatus,
  V2Client,
  V2Credentials,
  V2ImportMode,
} from "./types.js";

export interface V2ClientOptions extends TransportSettings {
  /** Base URL, e.g. https://openaiapi.weixin.qq.com (resolveEndpoint with DEFAULT_V2_ENDPOINT). */
  readonly endpoint: string;
  readonly credentials: V2Credentials;
  /** The clock in ms (for tests): each request's `timestamp`, and the access token's age. */
  readonly now?: () => number;
  /** Each request's nonce (for tests); by default 16 random base-36 characters. */
  readonly nonce?: () => string;
  /** How long an access token is used before a new one is fetched (for tests). */
  readonly tokenTtlMs?: number;
}

/**
 * An access token is valid 2 h and its answer carries no expiry ([token]); a new one is fetched
 * after 100 min, as [py] does, leaving 20 min for a call that started just before.
 */
export const TOKEN_TTL_MS = 100 * 60_000;

/** The answer of a call made with an access token: its value, or the token was refused. */
type Reply<T> =
  | { readonly type: "ok"; readonly value: T }
  | { readonly type: "refused"; readonly error: PlatformError };

/** A token in hand, and whether it came from the cache (only those earn a refresh on refusal). */
interface Lease {
  readonly token: string;
  readonly cached: boolean;
}

/** The envelope `{"code","msg","request_id","data"}`, as far as faqops reads it. */
interface V2Envelope {
  readonly code: number;
  readonly message: string | undefined;
  readonly data: unknown;
}

/** How an interpreter reads one call's answers. */
interface Reading<T> {
  /** `/v2/token`: every refusal is fatal (no call can go on without a token). */
  readonly tokenCall: boolean;
  /** This call already had its one new token: a refusal now is final. */
  readonly renewed: boolean;
  /** Reads `data` of a success; throws an error made with `call` for a wrong shape. */
  readonly read: (data: unknown, call: CallContext, answer: HttpAnswer) => T;
  /** A code that means success for this call (publish's 210205), with the value to give. */
  readonly accept?: (code: number) => { value: T } | undefined;
}

const TASK_STATES = { 1: "running", 2: "succeeded", 3: "failed" } as const;

/** effective_progress's status (1 success, 2 failed, 3 publishing) as v1's (0 publishing). */
const PUBLISH_STATUS: Readonly<Record<number, PublishProgress["status"]>> = { 3: 0, 1: 1, 2: 2 };

/** Creates a v2 client for one bot. Throws ConfigError for a bad endpoint or a blank credential. */
export function createV2Client(options: V2ClientOptions): V2Client {
  const { credentials } = options;
  for (const [name, value] of Object.entries(credentials)) {
    if (typeof value !== "string" || value.trim() === "") {
      throw new ConfigError(`The v2 credential ${name} is empty.`, {
        remedy: { kind: "check-credentials", check: "v2-set", variables: options.variables },
      });
    }
  }
  const now = options.now ?? Date.now;
  const nonce = options.nonce ?? randomNonce;
  const tokenTtlMs = options.tokenTtlMs ?? TOKEN_TTL_MS;
  const transport = createTransport({
    ...options,
    secrets: [credentials.token],
    redirectReason:
      "because every request carries a credential (the access token or a signature) in its headers",
    exampleEndpoint: DEFAULT_V2_ENDPOINT,
  });
  const { shown } = transport;

  /** The four signing headers of one attempt, over exactly `body`. */
  const sign = (body: string) => signedHeaders(credentials.token, body, now(), nonce());

  /** Makes the interpreter of one call's answers; its state (a refused signature) is per call. */
  function interpreter<T>(reading: Reading<T>) {
    let refusedSignatures = 0;
    return (answer: HttpAnswer, call: CallContext): Verdict<Reply<T>> => {
      const { status } = answer;
      if (status === 400) {
        // The platform's answer to a bad signature, whose body is not JSON ([c-sign]). A stale
        // timestamp is the one cause a retry can cure, so: once more, signed afresh, then stop.
        refusedSignatures++;
        const said = shortText(answer.body);
        const error = call.fail(
          "fatal",
          `HTTP 400 from ${shown}${said ? ` ("${said}")` : ""}: the platform refused the request's signature${refusedSignatures > 1 ? ", again after signing it afresh" : ""}.`,
          { httpStatus: status, remedy: SIGNATURE_REMEDY },
        );
        if (refusedSignatures > 1) throw error;
        return {
          type: "retry",
          reason: "HTTP 400 (signature refused): signing afresh",
          immediate: true,
          exhausted: error,
        };
      }
      if (status === 401 || status === 403) {
        const refused = call.fail(
          "fatal",
          reading.tokenCall
            ? `HTTP ${status} from ${shown}: the platform refused the token request.`
            : `HTTP ${status} from ${shown}: the platform refused the access token${reading.renewed ? ", a new one too" : ""}.`,
          {
            httpStatus: status,
            remedy: reading.tokenCall ? TOKEN_CALL_REMEDY : PERMISSION_REMEDY,
          },
        );
        if (reading.tokenCall) throw refused;
        return { type: "done", value: { type: "refused", error: refused } };
      }
      if (status !== 200) throw call.unexpectedStatus(answer);

      const envelope = readV2Envelope(answer.body);
      if (envelope === undefined) throw call.notThePlatform(answer);
      const { code, message } = envelope;
      const said = describeAnswer(envelope);
      if (isNoAuthMessage(message)) {
        throw call.fail("fatal", `the open API is not enabled for this bot: code ${code}${said}.`, {
          code,
          httpStatus: status,
          remedy: PERMISSION_REMEDY,
        });
      }
      if (code === 0) {
        return {
          type: "done",
          value: { type: "ok", value: reading.read(envelope.data, call, answer) },
        };
      }
      const accepted = reading.accept?.(code);
      if (accepted) return { type: "done", value: { type: "ok", value: accepted.value } };

      const info = describeV2Code(code);
      const details = { code, httpStatus: status, hint: info.todo, remedy: info.remedy };
      switch (info.outcome) {
        case "transient":
          return { type: "retry", reason: `code ${code} (${info.meaning})`, code };
        case "permission": {
          const renewed = reading.renewed ? ", with a new access token too" : "";
          const error = call.fail(
            "fatal",
            `${info.meaning}: code ${code}${said}${renewed}.`,
            details,
          );
          if (reading.tokenCall) throw error;
          return { type: "done", value: { type: "refused", error } };
        }
        case "fatal":
        case "rejected":
          // No call can go on without a token, so any refusal of the token call stops the run.
          throw call.fail(
            reading.tokenCall ? "fatal" : info.outcome,
            `${info.meaning}: code ${code}${said}.`,
            reading.tokenCall && info.outcome === "rejected"
              ? { code, httpStatus: status, remedy: TOKEN_CALL_REMEDY }
              : details,
          );
      }
    };
  }

  // The access token: one per client, shared by every call, and one exchange at a time.
  let cached: { readonly token: string; readonly expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  /** POST /v2/token: the only call with X-APPID, and the only one without X-OPENAI-TOKEN. */
  async function exchange(): Promise<string> {
    const body = JSON.stringify({ account: credentials.account });
    const reply = await transport.send({
      action: "/v2/token",
      path: "/v2/token",
      body,
      headers: () => ({ "X-APPID": credentials.appId, ...sign(body) }),
      secretHeaders: ["sign"],
      interpret: interpreter({ tokenCall: true, renewed: false, read: readAccessToken }),
    });
    // The token call's interpreter throws every refusal rather than returning it.
    if (reply.type === "refused") throw reply.error;
    return reply.value;
  }

  /** `data.access_token`, known to the redactor before anything else is done with it. */
  function readAccessToken(data: unknown, call: CallContext, answer: HttpAnswer): string {
    const token = isRecord(data) ? data.access_token : undefined;
    if (typeof token === "string" && token.trim() !== "") transport.addSecret(token);
    if (typeof token !== "string" || token === "") {
      throw call.notThePlatform(
        answer,
        `the answer from ${shown} to /v2/token has no access_token.`,
      );
    }
    // Sent verbatim in a header ([token] examples hold "+", "@", "-"): visible ASCII only.
    if (!/^[\x21-\x7e]+$/.test(token)) {
      throw call.notThePlatform(
        answer,
        `the access_token from ${shown} cannot be sent in a header (it holds spaces, controls or non-ASCII characters).`,
      );
    }
    return token;
  }

  /** A token for one call: the cached one while it is young, else the (one) exchange's. */
  async function lease(action: string, signal: AbortSignal | undefined): Promise<Lease> {
    if (cached && now() < cached.expiresAt) return { token: cached.token, cached: true };
    if (!pending) {
      const started = now();
      const exchanged = exchange().then((token) => {
        cached = { token, expiresAt: started + tokenTtlMs };
        return token;
      });
      pending = exchanged;
      // Cleared only by the exchange it belongs to; a caller that gave up must not leave an
      // unhandled rejection behind.
      exchanged.then(
        () => {
          if (pending === exchanged) pending = undefined;
        },
        () => {
          if (pending === exchanged) pending = undefined;
        },
      );
    }
    // The exchange is shared, so one caller's signal cancels that caller's wait, not the exchange.
    return { token: await abortable(pending, signal, action), cached: false };
  }

  /** Drops a refused token, unless a newer one has replaced it already. */
  function forget(token: string): void {
    if (cached?.token === token) cached = undefined;
  }

  /** A cancellable wait for a promise that others share. */
  function abortable<T>(
    promise: Promise<T>,
    signal: AbortSignal | undefined,
    action: string,
  ): Promise<T> {
    if (!signal) return promise;
    const cancelled = () =>
      transport.fail(action, "aborted", "the call was cancelled.", { cause: signal.reason });
    if (signal.aborted) return Promise.reject(cancelled());
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(cancelled());
      signal.addEventListener("abort", onAbort, { once: true });
      promise.then(
        (value) => {
          signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  /**
   * One call with an access token. A refusal (210202, HTTP 401/403) of a cached token earns one
   * new token and one retry: the reference does not document how an expired token is refused,
   * so this is its safe default; a refusal of a token fetched for this very call is final.
   */
  async function authorized<T>(
    path: string,
    payload: unknown,
    read: Reading<T>["read"],
    extra: { signal?: AbortSignal | undefined; accept?: Reading<T>["accept"] } = {},
  ): Promise<T> {
    const { signal } = extra;
    const body = JSON.stringify(payload);
    let held = await lease(path, signal);
    for (let renewed = false; ; renewed = true) {
      const { token } = held;
      const reply = await transport.send({
        action: path,
        path,
        body,
        // Verbatim, never URL-encoded: tokens hold "+" and "@" ([token], [fetch]).
        headers: () => ({ "X-OPENAI-TOKEN": token, ...sign(body) }),
        secretHeaders: ["sign"],
        signal,
        interpret: interpreter({ tokenCall: false, renewed, read, accept: extra.accept }),
      });
      if (reply.type === "ok") return reply.value;
      if (renewed || !held.cached) throw reply.error;
      forget(token);
      held = await lease(path, signal);
    }
  }

  /** The fatal error for a success whose data is not what the reference documents. */
  const misshapen = (call: CallContext, answer: HttpAnswer, what: string) =>
    call.notThePlatform(answer, `the answer from ${shown} to ${call.action} ${what}.`);

  return {
    async importJson(mode: V2ImportMode, items: readonly ImportItem[], callOptions) {
      if (mode !== 0 && mode !== 1) {
        throw new InternalError(`importJson: mode must be 0 or 1; got ${String(mode)}.`);
      }
      const data = items.map((item) => wireItem(mode, item));
      return authorized(
        "/v2/bot/import/json",
        { mode, data },
        (answer, call, http) => {
          const taskId = isRecord(answer) ? answer.task_id : undefined;
          if (typeof taskId === "string" && taskId.trim() !== "") return taskId;
          if (typeof taskId === "number" && Number.isSafeInteger(taskId)) return String(taskId);
          // The platform once answered code 0 with a null task_id and imported nothing ([c-import]).
          throw call.fail(
            "fatal",
            `the platform accepted the import but gave no task_id, so nothing can confirm it (the platform has answered so before while importing nothing).`,
            {
              httpStatus: http.status,
              hint: "try again later; if it persists, check the bot's console for what was imported, and report it to the platform.",
            },
          );
        },
        { signal: callOptions?.signal },
      );
    },

    async fetchTask(taskId: string, callOptions) {
      if (typeof taskId !== "string" || taskId.trim() === "") {
        throw new InternalError("fetchTask: the task id must be a non-empty string.");
      }
      return authorized(
        "/v2/async/fetch",
        { task_id: taskId },
        (data, call, answer) => readTask(data, call, answer),
        { signal: callOptions?.signal },
      );
    },

    async publish() {
      await authorized("/v2/bot/publish", {}, () => undefined, {
        // "The bot is already publishing" ([errors]): the caller polls progress either way.
        accept: (code) => (code === ALREADY_PUBLISHING ? { value: undefined } : undefined),
      });
    },

    async publishProgress(): Promise<PublishProgress> {
      return authorized("/v2/bot/effective_progress", { env: "online" }, (data, call, answer) => {
        const record = isRecord(data) ? data : {};
        const status = PUBLISH_STATUS[readInteger(record.status) ?? -1];
        if (status === undefined) {
          throw misshapen(call, answer, "has no publish status the platform documents (1, 2, 3)");
        }
        const progress = readInteger(record.progress);
        if (progress !== undefined && progress >= 0 && progress <= 100) return { progress, status };
        // The reference does not say what progress a failed publish reports.
        if (status === 2) return { progress: 0, status };
        throw misshapen(call, answer, "has no progress from 0 to 100");
      });
    },

    close() {
      transport.close();
    },
  };

  /** `/v2/async/fetch`'s data as a TaskStatus; numbers may come as numeric strings. */
  function readTask(data: unknown, call: CallContext, answer: HttpAnswer): TaskStatus {
    if (!isRecord(data)) throw misshapen(call, answer, "has no task status");
    const state = TASK_STATES[readInteger(data.state) as keyof typeof TASK_STATES];
    if (state === undefined) {
      throw misshapen(call, answer, "has no task state the platform documents (1, 2, 3)");
    }
    /** A count: absent or null is 0, anything else must be a whole number. */
    const count = (key: string): number => {
      const value = data[key];
      if (value === undefined || value === null) return 0;
      const n = readInteger(value);
      if (n === undefined) throw misshapen(call, answer, `has a ${key} that is not a number`);
      return n;
    };
    const imported = readImported(data.success_skill_info);
    if (imported === undefined) {
      throw misshapen(call, answer, "has a success_skill_info of a shape faqops does not know");
    }
    return {
      state,
      progress: count("progress"),
      message: typeof data.msg === "string" ? call.redact(data.msg) : "",
      totalCount: count("total_count"),
      successCount: count("success_count"),
      failCount: count("fail_count"),
      imported,
      failedSkills: readFailedSkills(data.fail_skill_info),
    };
  }
}

/** One ImportItem in the wire's names and order; `old_intent` and `threshold` only when set. */
function wireItem(mode: V2ImportMode, item: ImportItem): Record<string, unknown> {
  if (mode === 1 && item.oldIntent !== undefined) {
    // Mode 1 deletes everything first, so there is nothing to rename; the reference says not to.
    throw new InternalError(
      `importJson: old_intent cannot go with mode 1 (a rename of "${item.oldIntent}" to "${item.intent}").`,
    );
  }
  return {
    skill: item.skill,
    intent: item.intent,
    ...(item.oldIntent === undefined ? {} : { old_intent: item.oldIntent }),
    ...(item.threshold === undefined ? {} : { threshold: item.threshold }),
    ...(item.disable === undefined ? {} : { disable: item.disable }),
    questions: [...item.questions],
    answers: [...item.answers],
  };
}

/**
 * `success_skill_info`: the array `[{id, name, intents: [{id, name}]}]` of the [fetch] example,
 * [skit] and [go]; null or absent is none. The [fetch] table calls it a map of skill name → id:
 * such an object names no intents, so it lists none. Undefined for any other shape.
 */
function readImported(value: unknown): ImportedIntent[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return isRecord(value) ? [] : undefined;
  const imported: ImportedIntent[] = [];
  for (const skill of value) {
    if (!isRecord(skill) || typeof skill.name !== "string") return undefined;
    const intents = skill.intents ?? [];
    if (!Array.isArray(intents)) return undefined;
    for (const intent of intents) {
      if (!isRecord(intent) || typeof intent.name !== "string") return undefined;
      imported.push({
        skill: skill.name,
        intent: intent.name,
        skillId: readInteger(skill.id),
        intentId: readInteger(intent.id),
      });
    }
  }
  return imported;
}

/** `fail_skill_info`: the `name` of each item ([skit] models no more); anything else is skipped. */
function readFailedSkills(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item.name === "string" ? [item.name] : [],
  );
}

/** The v2 envelope: a JSON object with a whole-number `code`; undefined for anything else. */
function readV2Envelope(body: string): V2Envelope | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  const code = readInteger(json.code);
  if (code === undefined) return undefined;
  const { msg } = json;
  const message =
    msg === undefined || msg === null
      ? undefined
      : typeof msg === "string"
        ? msg
        : JSON.stringify(msg);
  return { code, message, data: json.data };
}

/** ` ("msg"; err_detail 210202)` for a message, or "" when the platform said nothing. */
function describeAnswer(envelope: V2Envelope): string {
  const detail = isRecord(envelope.data) ? envelope.data.err_detail : undefined;
  const parts = [
    ...(envelope.message ? [`"${envelope.message}"`] : []),
    ...(typeof detail === "string" || typeof detail === "number" ? [`err_detail ${detail}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

/** A body short and plain enough to quote in a message (HTTP 400's "invalid sign request"). */
function shortText(body: string): string | undefined {
  const text = body.trim();
  return text !== "" && text.length <= 100 && /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
