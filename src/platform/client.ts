/**
 * The platform client: the four v1 calls over HTTP with got, encrypted with WXBizMsgCrypt.
 *
 * Every failure leaves as a PlatformError whose message, hint, stack and cause chain are redacted:
 * the TOKEN sits in every URL and got's errors carry the URL, so got's errors are never passed on,
 * only scrubbed plain copies of them (see redact.ts).
 */
import http from "node:http";
import https from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
import got, { type RequestError } from "got";
import { setAutoReplyXml, type XmlField, xmlDocument } from "../content/xml.js";
import { VERSION } from "../version.js";
import { describeCode } from "./codes.js";
import { parseEndpoint } from "./credentials.js";
import { createCryptor } from "./crypto.js";
import { PlatformError, type PlatformErrorKind } from "./errors.js";
import { createRedactor, scrubError } from "./redact.js";
import type {
  AutoReply,
  Credentials,
  ImportMode,
  PlatformClient,
  PublishProgress,
} from "./types.js";

/** How transient failures are retried. */
export interface RetryOptions {
  /** Retries after the first request (so `limit + 1` requests at most). */
  readonly limit: number;
  /** The first retry waits up to this long; each further one doubles the cap. */
  readonly baseDelayMs: number;
  /** No computed backoff waits longer than this (Retry-After may). */
  readonly maxDelayMs: number;
  /** A call gives up rather than go on past this much time, requests and waits included. */
  readonly totalTimeMs: number;
}

/** Told before each retry, for progress output; `reason` is already redacted. */
export interface RetryInfo {
  readonly action: string;
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: string;
}

export interface ClientOptions {
  /** Base URL, e.g. https://chatbot.weixin.qq.com (see resolveEndpoint). */
  readonly endpoint: string;
  readonly credentials: Credentials;
  /** Per-request time-out. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly onRetry?: (info: RetryInfo) => void;
  /**
   * Awaited before every request, retries included: the caller's rate limiter. Its wait does not
   * count against `retry.totalTimeMs` or the request's time-out.
   */
  readonly beforeRequest?: () => Promise<void>;
  /** The 16-byte random prefix of each encrypted message (for tests). */
  readonly random?: () => Buffer;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRY: RetryOptions = Object.freeze({
  limit: 5,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  totalTimeMs: 60_000,
});

/** Network error codes worth another try: the connection failed or broke, not the request. */
const TRANSIENT_ERRORS = new Set([
  "ETIMEDOUT",
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETDOWN",
  "EHOSTDOWN",
]);

/** HTTP statuses that say this URL is not the platform's API: no other call can succeed either. */
const WRONG_ENDPOINT_STATUSES = new Set([401, 403, 404, 405]);

/** One request's outcome: the platform's answer, or a transient failure worth a retry. */
type Attempt =
  | { readonly type: "answer"; readonly status: number; readonly body: string }
  | {
      readonly type: "transient";
      readonly reason: string;
      readonly retryAfterMs?: number;
      readonly status?: number;
      readonly cause?: Error;
    };

/** The response envelope, normalised: `code`, `errcode` and `ret` fold into one code. */
interface Envelope {
  readonly code: number;
  readonly message: string | undefined;
  readonly data: unknown;
}

/** Creates a client for one bot. Throws ConfigError for a bad endpoint or EncodingAESKey. */
export function createClient(options: ClientOptions): PlatformClient {
  const { credentials, onRetry, beforeRequest, random } = options;
  const redact = createRedactor([credentials.token, credentials.encodingAesKey]);
  const cryptor = createCryptor(credentials);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const base = parseEndpoint(options.endpoint);
  const agent = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
  };

  /** Builds an error whose every text is redacted. */
  function fail(
    action: string,
    kind: PlatformErrorKind,
    message: string,
    details: {
      code?: number;
      httpStatus?: number;
      attempts?: number;
      hint?: string;
      cause?: unknown;
    } = {},
  ): PlatformError {
    return new PlatformError(redact(`${action}: ${message}`), {
      ...details,
      action,
      kind,
      hint: details.hint === undefined ? undefined : redact(details.hint),
      cause: details.cause === undefined ? undefined : scrubError(details.cause, redact),
    });
  }

  const cancelled = (action: string, cause: unknown) =>
    fail(action, "aborted", "the call was cancelled.", { cause });

  /** One POST, with no retry of its own: failures come back as data for the loop in `call`. */
  async function attempt(
    action: string,
    body: string,
    timeout: number,
    signal?: AbortSignal,
  ): Promise<Attempt> {
    try {
      const response = await got.post(
        `${base}/openapi/${action}/${encodeURIComponent(credentials.token)}`,
        {
          body,
          headers: { "content-type": "application/json", "user-agent": `faqops/${VERSION}` },
          agent,
          timeout: { request: timeout },
          // Retries are the loop in `call`; got's own would not retry a POST anyway.
          retry: { limit: 0 },
          throwHttpErrors: false,
          // A redirect would send the TOKEN in the URL to wherever it points.
          followRedirect: false,
          responseType: "text",
          signal,
        },
      );
      const status = response.statusCode;
      if (status === 408 || status === 429 || status >= 500) {
        const retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
        return { type: "transient", reason: `HTTP ${status}`, status, retryAfterMs };
      }
      return { type: "answer", status, body: response.body };
    } catch (error) {
      if (signal?.aborted) throw cancelled(action, signal.reason);
      const code = (error as RequestError).code;
      if ((error as Error).name === "TimeoutError") {
        return {
          type: "transient",
          reason: `no answer within ${timeout} ms`,
          cause: error as Error,
        };
      }
      if (code !== undefined && TRANSIENT_ERRORS.has(code)) {
        return { type: "transient", reason: `connection failed (${code})`, cause: error as Error };
      }
      if (code === "ENOTFOUND") {
        throw fail(action, "fatal", `cannot resolve the host of ${base}.`, {
          hint: "check --endpoint / FAQOPS_ENDPOINT and the network.",
          cause: error,
        });
      }
      throw fail(action, "protocol", `the request failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  /**
   * Sends one call, retrying transient failures with exponential backoff and full jitter.
   *
   * A loop of our own around got (rather than got's `retry`): got has no total-time bound and no
   * full jitter, and would not retry a POST. Retrying POST is deliberate: setautoreply and
   * batchimportskill are upserts and publish is repeatable, so sending one twice is harmless.
   */
  async function call(action: string, plaintext: string, signal?: AbortSignal): Promise<Envelope> {
    // Encrypted once: every retry sends the same bytes.
    const body = JSON.stringify({ encrypt: cryptor.encrypt(plaintext, random?.()) });
    let deadline = Date.now() + retry.totalTimeMs;
    for (let attempts = 1; ; attempts++) {
      if (beforeRequest) {
        const queued = Date.now();
        await beforeRequest();
        deadline += Date.now() - queued;
        if (signal?.aborted) throw cancelled(action, signal.reason);
      }
      const remaining = deadline - Date.now();
      const outcome = await attempt(
        action,
        body,
        Math.max(1, Math.min(timeoutMs, remaining)),
        signal,
      );
      if (outcome.type === "answer")
        return interpret(action, outcome.status, outcome.body, attempts);

      const giveUp = (why: string) =>
        fail(action, "unavailable", `${outcome.reason}; ${why}.`, {
          httpStatus: outcome.status,
          attempts,
          cause: outcome.cause,
          hint: "the platform (or the network to it) is failing or overloaded; try again later, or lower --rate.",
        });
      if (attempts > retry.limit) {
        throw giveUp(`gave up after ${attempts} ${attempts === 1 ? "attempt" : "attempts"}`);
      }
      const left = deadline - Date.now();
      let delayMs: number;
      if (outcome.retryAfterMs !== undefined) {
        if (outcome.retryAfterMs > left) {
          throw giveUp(
            `the platform asked to wait ${Math.ceil(outcome.retryAfterMs / 1000)} s (Retry-After), longer than the ${Math.max(0, Math.floor(left / 1000))} s left of the retry budget`,
          );
        }
        delayMs = outcome.retryAfterMs;
      } else {
        delayMs = Math.floor(
          Math.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempts - 1)),
        );
        if (delayMs >= left) {
          throw giveUp(
            `gave up after ${attempts} attempts in ${Math.round(retry.totalTimeMs / 1000)} s`,
          );
        }
      }
      onRetry?.({ action, attempt: attempts, delayMs, reason: redact(outcome.reason) });
      try {
        await sleep(delayMs, undefined, { signal });
      } catch (error) {
        throw cancelled(action, error);
      }
    }
  }

  /** Turns a non-transient HTTP answer into the envelope, or the error it stands for. */
  function interpret(action: string, status: number, body: string, attempts: number): Envelope {
    if (WRONG_ENDPOINT_STATUSES.has(status)) {
      throw fail(
        action,
        "fatal",
        `HTTP ${status} from ${base}: this is not the platform's open API.`,
        {
          httpStatus: status,
          attempts,
          hint: "check --endpoint / FAQOPS_ENDPOINT.",
        },
      );
    }
    if (status < 200 || status > 299) {
      throw fail(action, "protocol", `unexpected HTTP ${status} from ${base}.`, {
        httpStatus: status,
        attempts,
      });
    }
    const envelope = readEnvelope(body);
    if (envelope === undefined) {
      throw fail(
        action,
        "protocol",
        `the answer from ${base} is not the platform's JSON envelope.`,
        {
          httpStatus: status,
          attempts,
          hint: "check --endpoint / FAQOPS_ENDPOINT.",
        },
      );
    }
    if (envelope.code !== 0) {
      const info = describeCode(envelope.code);
      const said = envelope.message ? ` ("${envelope.message}")` : "";
      throw fail(
        action,
        info.fatal ? "fatal" : "rejected",
        `${info.meaning}: code ${envelope.code}${said}.`,
        {
          code: envelope.code,
          httpStatus: status,
          attempts,
          hint: info.todo,
        },
      );
    }
    return envelope;
  }

  const managerOnly = xmlDocument([["managerid", credentials.managerId]]);

  return {
    async setAutoReply(entry, callOptions) {
      await call(
        "setautoreply",
        setAutoReplyXml(credentials.managerId, entry),
        callOptions?.signal,
      );
    },

    async batchImportSkill(mode: ImportMode, entries: readonly AutoReply[]) {
      const skills = entries.map(
        (entry): XmlField => [
          "skill",
          [
            ["skillname", entry.skill],
            ["title", entry.title],
            ...entry.questions.map((q): XmlField => ["question", q]),
            ["answer", entry.content],
          ],
        ],
      );
      await call(
        "batchimportskill",
        xmlDocument([["managerid", credentials.managerId], ["mode", String(mode)], ...skills]),
      );
    },

    async publish() {
      await call("publish", managerOnly);
    },

    async publishProgress(): Promise<PublishProgress> {
      const envelope = await call("publish_progress", managerOnly);
      const progress = readProgress(envelope.data);
      if (progress === undefined) {
        throw fail("publish_progress", "protocol", "the answer has no valid progress and status.");
      }
      return progress;
    },

    close() {
      agent.http.destroy();
      agent.https.destroy();
    },
  };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A code field: a number or a numeric string. */
function readCode(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/**
 * Reads the platform's envelope. The documentation mixes `code`, `errcode` and `ret` (publish
 * sends two of them), so the answer is an error when any one present is not 0, and is not the
 * envelope at all when none is present.
 */
export function readEnvelope(body: string): Envelope | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  const present = (["code", "errcode", "ret"] as const).filter((k) => record[k] !== undefined);
  if (present.length === 0) return undefined;
  let code = 0;
  for (const key of present) {
    const value = readCode(record[key]);
    if (value === undefined) return undefined;
    if (code === 0) code = value;
  }
  const text = record.errmsg ?? record.msg;
  const message =
    text === undefined || text === null
      ? undefined
      : typeof text === "string"
        ? text
        : JSON.stringify(text);
  return { code, message, data: record.data };
}

/** publish_progress's `data`: progress 0–100 and status 0/1/2, as numbers or numeric strings. */
function readProgress(data: unknown): PublishProgress | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const progress = readCode(record.progress);
  const status = readCode(record.status);
  if (progress === undefined || progress < 0 || progress > 100) return undefined;
  if (status !== 0 && status !== 1 && status !== 2) return undefined;
  return { progress, status };
}
