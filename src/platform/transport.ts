/**
 * The HTTP transport both platform clients share (v1 in client.ts, v2 in v2/client.ts): one POST
 * with got, a retry loop, the failure classes, redaction and keep-alive agents. The clients say
 * what to send and how to read an answer; everything between the two lives here.
 *
 * Every failure leaves as a PlatformError whose message, hint, stack and cause chain are redacted:
 * got's errors carry the URL (v1 puts the TOKEN in it) and v2 sends secrets in headers, so got's
 * errors are never passed on, only scrubbed plain copies of them (see redact.ts).
 *
 * Failures are transient (retried), systemic (fatal: nothing else in the run can succeed, so the
 * run stops after one wave of requests, not after every entry's retries) or a rejection of one
 * entry by the platform; see "Failure classes" in docs/platform.md.
 */
import http from "node:http";
import https from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
import got, { type Response } from "got";
import type { EndpointCheck, Remedy } from "../errors.js";
import { pluralWord } from "../plural.js";
import { VERSION } from "../version.js";
import { displayEndpoint, parseEndpoint } from "./credentials.js";
import { PlatformError, type PlatformErrorKind } from "./errors.js";
import { createRedactor, type Redactor, scrubError } from "./redact.js";
import type { PlatformVariables } from "./variables.js";

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

/** What a caller of either client sets about the transport. */
export interface TransportSettings {
  /** Base URL, e.g. https://chatbot.weixin.qq.com (see resolveEndpoint). */
  readonly endpoint: string;
  /** Per-request time-out. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly onRetry?: (info: RetryInfo) => void;
  /**
   * Awaited before every request, retries included: the caller's rate limiter. Its wait does not
   * count against `retry.totalTimeMs` or the request's time-out.
   */
  readonly beforeRequest?: () => Promise<void>;
  /**
   * The variables the run read its settings from (credentials.ts platformVariables), given to
   * every remedy that names them; without them, the unprefixed ones.
   */
  readonly variables?: PlatformVariables | undefined;
}

/** What a client adds: its secrets and how its messages name the platform. */
export interface TransportOptions extends TransportSettings {
  /** Secrets known from the start; more can be added later (addSecret). */
  readonly secrets: readonly string[];
  /** The end of the redirect message: "because the TOKEN is part of every request URL". */
  readonly redirectReason: string;
  /** The platform's own base URL, as hints suggest it. */
  readonly exampleEndpoint: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRY: RetryOptions = Object.freeze({
  limit: 5,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  totalTimeMs: 60_000,
});

/**
 * When failures that are each worth a retry add up to a systemic one: this many ATTEMPTS in a row,
 * across every call of the client (apply shares one client between its concurrent writes), failing
 * the same way at the transport level (a time-out, a reset, a DNS lookup that cannot answer), with
 * no HTTP answer in between. One is bad luck and two can be a burst, but three requests in a row
 * getting nothing back is a dead or swallowed endpoint: at the default concurrency of 4, the run
 * then stops about one request time-out after it starts, instead of spending every entry's retry
 * budget (3 entries took 61 s against a server that never answered).
 */
export const SAME_FAILURE_LIMIT = 3;

/**
 * This many calls in a row giving up as `unavailable` (each after its retries, up to a minute),
 * with no call succeeding in between, stop the run: the last of them is thrown as fatal. Each one
 * already retried for long, so a third in a row is an outage, and every further entry would only
 * spend its own minute failing the same way.
 */
export const UNAVAILABLE_CALLS_LIMIT = 3;

/**
 * HTTP statuses worth a retry, because a busy or restarting platform (or a gateway in front of it)
 * sends them: 408 and 429, and 502, 503 and 504 from gateways. 500 stays here too, on purpose: it
 * is a fault in handling one request, which says nothing of the next; an endpoint that answers 500
 * to everything is still stopped, by UNAVAILABLE_CALLS_LIMIT. Any other status goes to the
 * client's interpreter, which mostly calls it systemic (see CallContext.unexpectedStatus).
 */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Transport error codes that mean the connection broke mid-request, not that it cannot be made. */
const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "ERR_STREAM_PREMATURE_CLOSE"]);

/** OpenSSL's certificate verification codes (as Node names them) that carry no common prefix. */
const TLS_CODES = new Set([
  "EPROTO",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
  "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
  "INVALID_CA",
  "PATH_LENGTH_EXCEEDED",
  "INVALID_PURPOSE",
  "HOSTNAME_MISMATCH",
]);
/** Prefixes of Node's and OpenSSL's TLS error codes (ERR_TLS_CERT_ALTNAME_INVALID, CERT_HAS_EXPIRED…). */
const TLS_PREFIXES = [
  "ERR_TLS_",
  "ERR_SSL_",
  "ERR_OSSL_",
  "CERT_",
  "CRL_",
  "ERROR_IN_CERT_",
  "ERROR_IN_CRL_",
];

/** Network codes that say the host cannot be reached at all from here. */
const UNREACHABLE_CODES = new Set(["ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN"]);

/** A failure worth another try: its key groups it with the same failure on other requests. */
export interface TransientFailure {
  readonly type: "transient";
  /** Failures with the same key count towards the same streak (see SAME_FAILURE_LIMIT). */
  readonly key: string;
  /** Short and redacted later: "no answer within 300 ms", "the connection broke (ECONNRESET)". */
  readonly reason: string;
  /**
   * The fatal message, and what to check of the endpoint setting (the hint: a Remedy), once the
   * same failure repeats SAME_FAILURE_LIMIT times in a row.
   */
  readonly repeated: { readonly message: string; readonly check: EndpointCheck };
}

/** A failure that no other request of the run can escape: it stops the run at once. */
export interface SystemicFailure {
  readonly type: "systemic";
  readonly message: string;
  /** What to check of the endpoint setting (the hint: a Remedy). */
  readonly check: EndpointCheck;
}

/** An HTTP answer that is not worth a retry by its status alone, for the client to read. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  /** The redirect target, if any (never followed). */
  readonly location: string | undefined;
}

/**
 * What a client makes of an answer: the call's result, or a retry. A retry of an answer goes
 * through the same loop, backoff and budget as a time-out; its `exhausted` error, if given, is
 * thrown instead of "gave up" when no retry is left.
 */
export type Verdict<T> =
  | { readonly type: "done"; readonly value: T }
  | {
      readonly type: "retry";
      /** Short, for onRetry and the give-up message; redacted later. */
      readonly reason: string;
      /** The platform's code behind the retry, for the error if the retries run out. */
      readonly code?: number;
      /** Retry at once rather than after a backoff (v2's one re-sign after HTTP 400). */
      readonly immediate?: boolean;
      readonly exhausted?: PlatformError;
    };

/** Details an error can carry besides its message. */
export interface FailureDetails {
  readonly code?: number;
  readonly httpStatus?: number;
  readonly attempts?: number;
  readonly hint?: string;
  /** The hint as data; one naming the run's variables is given them (TransportSettings). */
  readonly remedy?: Remedy;
  readonly cause?: unknown;
}

/** What a client's interpreter is given with each answer: the call, and errors made for it. */
export interface CallContext {
  readonly action: string;
  /** Requests made so far in this call, this one included. */
  readonly attempts: number;
  /** The transport's redactor plus this call's own secret header values. */
  readonly redact: Redactor;
  /** A redacted error for this call; `attempts` defaults to the count so far. */
  fail(kind: PlatformErrorKind, message: string, details?: FailureDetails): PlatformError;
  /**
   * The fatal error for an HTTP status the platform never sends (a redirect, any other 3xx, 4xx
   * or 5xx, anything but 200): the wrong endpoint, or something in front of it.
   */
  unexpectedStatus(answer: HttpAnswer): PlatformError;
  /** The fatal error for an answer that is not the platform's (an HTML page, JSON of another shape). */
  notThePlatform(answer: HttpAnswer, what?: string): PlatformError;
}

/** One call: what to send, and how to read the answer. */
export interface Exchange<T> {
  /** Names the call in messages and onRetry: "setautoreply", "/v2/token". */
  readonly action: string;
  /** The path after the base URL, starting with "/". */
  readonly path: string;
  /** Serialised once: every attempt sends (and a signing client hashes) these same bytes. */
  readonly body: string;
  /** Headers built afresh for every attempt (a new signature per retry), if any. */
  readonly headers?: () => Readonly<Record<string, string>>;
  /**
   * Names of headers (lower-case) whose values are secrets for this call alone, such as each
   * attempt's signature: they are redacted from every text of this call.
   */
  readonly secretHeaders?: readonly string[];
  readonly signal?: AbortSignal | undefined;
  /** Reads an answer; may throw an error made with `call.fail` (or its siblings). */
  readonly interpret: (answer: HttpAnswer, call: CallContext) => Verdict<T>;
}

/** The shared transport of one client. */
export interface Transport {
  /** The base URL, checked and without a trailing slash. */
  readonly base: string;
  /** The endpoint as messages name it: the base URL, less any user and password in it. */
  readonly shown: string;
  /** Removes every secret known so far. */
  readonly redact: Redactor;
  /** Adds a secret learnt during the run (v2's access token) to every later redaction. */
  addSecret(secret: string): void;
  /** The remedy that says to check the endpoint setting, as `check` says. */
  checkEndpoint(check: EndpointCheck): Remedy;
  /** A redacted error outside any one exchange. */
  fail(
    action: string,
    kind: PlatformErrorKind,
    message: string,
    details?: FailureDetails,
  ): PlatformError;
  /** Sends one call with retries; resolves with what `interpret` made of the answer. */
  send<T>(exchange: Exchange<T>): Promise<T>;
  /** Releases the keep-alive agents' sockets. */
  close(): void;
}

/** One request's outcome: an HTTP answer to interpret, or a failure worth a retry. */
type Attempt =
  | ({ readonly type: "answer" } & HttpAnswer)
  | {
      readonly type: "retry";
      readonly reason: string;
      readonly retryAfterMs?: number;
      readonly status?: number;
      readonly code?: number;
      readonly immediate?: boolean;
      readonly exhausted?: PlatformError;
      readonly cause?: Error;
    };

/** Creates the transport for one client. Throws ConfigError for a bad endpoint. */
export function createTransport(options: TransportOptions): Transport {
  const { onRetry, beforeRequest, redirectReason, exampleEndpoint, variables } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  // The form only: whether plain http may leave this machine is the user's choice, applied by
  // resolveEndpoint (--insecure-http) before a client is made.
  const base = parseEndpoint(options.endpoint, { insecureHttp: true });
  const secrets = [...options.secrets, ...userinfoForms(base)];
  let redactKnown = createRedactor(secrets);
  const redact: Redactor = (text) => redactKnown(text);
  const shown = displayEndpoint(base);
  const agent = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
  };

  /** The remedy that says to check the endpoint setting, as `check` says. */
  const checkEndpoint = (check: EndpointCheck): Remedy => ({
    kind: "check-endpoint",
    check,
    example: exampleEndpoint,
  });

  /**
   * Builds an error whose every text is redacted by `by`. A remedy holds no text to redact: its
   * words are the renderer's, and the variables it names are the run's.
   */
  function failWith(
    by: Redactor,
    action: string,
    kind: PlatformErrorKind,
    message: string,
    details: FailureDetails = {},
  ): PlatformError {
    return new PlatformError(by(`${action}: ${message}`), {
      ...details,
      action,
      kind,
      hint: details.hint === undefined ? undefined : by(details.hint),
      remedy: withVariables(details.remedy, variables),
      cause: details.cause === undefined ? undefined : scrubError(details.cause, by),
    });
  }

  // Shared by every call of this client, so concurrent calls see one another's failures.
  /** The transport failure of the latest failed attempts, and how many in a row. */
  let sameFailure = { key: "", count: 0 };
  /** Calls that gave up as `unavailable` since the last call that succeeded. */
  let unavailableCalls = 0;

  async function send<T>(exchange: Exchange<T>): Promise<T> {
    const { action, body, signal } = exchange;
    const url = `${base}${exchange.path}`;
    // This call's own secrets (each attempt's signature), on top of the transport's.
    const callSecrets: string[] = [];
    let redactCall: Redactor = redact;
    const fail = (kind: PlatformErrorKind, message: string, details?: FailureDetails) =>
      failWith(redactCall, action, kind, message, details);
    const cancelled = (cause: unknown) => fail("aborted", "the call was cancelled.", { cause });

    /** The headers of one attempt, remembering the secret ones for redaction. */
    function headersFor(): Record<string, string> {
      const own = exchange.headers?.() ?? {};
      const secretNames = exchange.secretHeaders ?? [];
      let added = false;
      for (const [name, value] of Object.entries(own)) {
        if (secretNames.includes(name.toLowerCase()) && value.trim() !== "") {
          callSecrets.push(value);
          added = true;
        }
      }
      if (added) {
        const forCall = createRedactor(callSecrets);
        redactCall = (text) => forCall(redact(text));
      }
      return {
        "content-type": "application/json",
        "user-agent": `faqops/${VERSION}`,
        ...own,
      };
    }

    function context(attempts: number): CallContext {
      const failHere = (kind: PlatformErrorKind, message: string, details: FailureDetails = {}) =>
        fail(kind, message, { attempts, ...details });
      return {
        action,
        attempts,
        redact: (text) => redactCall(text),
        fail: failHere,
        unexpectedStatus: (answer) =>
          unexpectedStatus(answer, failHere, { base, shown, redirectReason, checkEndpoint }),
        notThePlatform: (answer, what) =>
          failHere(
            "fatal",
            what ?? `the answer from ${shown} is not the platform's JSON envelope.`,
            { httpStatus: answer.status, remedy: checkEndpoint("not-the-api") },
          ),
      };
    }

    /** One POST, with no retry of its own: failures worth a retry come back as data for `send`. */
    async function attempt(timeout: number, attempts: number): Promise<Attempt> {
      let response: Response<string>;
      try {
        response = await got.post(url, {
          body,
          headers: headersFor(),
          agent,
          timeout: { request: timeout },
          // Retries are the loop in `send`; got's own would not retry a POST anyway.
          retry: { limit: 0 },
          throwHttpErrors: false,
          // A redirect would carry the credentials wherever it points: refused (unexpectedStatus).
          followRedirect: false,
          responseType: "text",
          signal,
        });
      } catch (error) {
        if (signal?.aborted) throw cancelled(signal.reason);
        const failure = classifyRequestError(error, shown, timeout);
        if (failure.type === "systemic") {
          throw fail("fatal", failure.message, {
            attempts,
            remedy: checkEndpoint(failure.check),
            cause: error,
          });
        }
        sameFailure =
          sameFailure.key === failure.key
            ? { key: failure.key, count: sameFailure.count + 1 }
            : { key: failure.key, count: 1 };
        if (sameFailure.count >= SAME_FAILURE_LIMIT) {
          throw fail("fatal", failure.repeated.message, {
            attempts,
            remedy: checkEndpoint(failure.repeated.check),
            cause: error,
          });
        }
        return { type: "retry", reason: failure.reason, cause: error as Error };
      }
      // Any HTTP answer, even an error, shows the endpoint is there and answering.
      sameFailure = { key: "", count: 0 };
      const status = response.statusCode;
      if (TRANSIENT_STATUSES.has(status)) {
        const retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
        return { type: "retry", reason: `HTTP ${status}`, status, retryAfterMs };
      }
      return { type: "answer", status, body: response.body, location: response.headers.location };
    }

    /**
     * The retry loop: exponential backoff with full jitter. A loop of our own around got (rather
     * than got's `retry`): got has no total-time bound and no full jitter, and would not retry a
     * POST. Retrying POST is deliberate: every call faqops makes is an upsert, a read, or a
     * publish, which is repeatable, so sending one twice is harmless.
     */
    let deadline = Date.now() + retry.totalTimeMs;
    for (let attempts = 1; ; attempts++) {
      if (beforeRequest) {
        const queued = Date.now();
        await beforeRequest();
        deadline += Date.now() - queued;
        if (signal?.aborted) throw cancelled(signal.reason);
      }
      const remaining = deadline - Date.now();
      let outcome = await attempt(Math.max(1, Math.min(timeoutMs, remaining)), attempts);
      if (outcome.type === "answer") {
        const verdict = exchange.interpret(outcome, context(attempts));
        if (verdict.type === "done") {
          unavailableCalls = 0;
          return verdict.value;
        }
        outcome = { ...verdict, status: outcome.status };
      }
      const failed = outcome;

      /** The error once this call stops retrying: unavailable, or fatal after too many such calls. */
      const stopRetrying = (why: string) => {
        if (failed.exhausted) return failed.exhausted;
        unavailableCalls++;
        const details = {
          code: failed.code,
          httpStatus: failed.status,
          attempts,
          cause: failed.cause,
        };
        if (unavailableCalls >= UNAVAILABLE_CALLS_LIMIT) {
          return fail(
            "fatal",
            `${unavailableCalls} calls in a row to ${shown} gave up, none succeeding in between (the last: ${failed.reason}; ${why}).`,
            {
              ...details,
              remedy: { kind: "lower-rate", when: "down" },
            },
          );
        }
        return fail("unavailable", `${failed.reason}; ${why}.`, {
          ...details,
          remedy: { kind: "lower-rate", when: "failing" },
        });
      };
      const decision = decideRetry(failed, {
        attempts,
        leftMs: deadline - Date.now(),
        retry,
        random: Math.random(),
      });
      if (decision.type === "give-up") throw stopRetrying(decision.why);
      const { delayMs } = decision;
      onRetry?.({ action, attempt: attempts, delayMs, reason: redactCall(failed.reason) });
      try {
        await sleep(delayMs, undefined, { signal });
      } catch (error) {
        throw cancelled(error);
      }
    }
  }

  return {
    base,
    shown,
    redact,
    addSecret(secret) {
      if (secret.trim() === "" || secrets.includes(secret)) return;
      secrets.push(secret);
      redactKnown = createRedactor(secrets);
    },
    fail: (action, kind, message, details) => failWith(redact, action, kind, message, details),
    checkEndpoint,
    send,
    close() {
      agent.http.destroy();
      agent.https.destroy();
    },
  };
}

/** `remedy`, given the run's variables when it names them. */
function withVariables(
  remedy: Remedy | undefined,
  variables: PlatformVariables | undefined,
): Remedy | undefined {
  if (remedy === undefined || variables === undefined) return remedy;
  return remedy.kind === "check-endpoint" || remedy.kind === "check-credentials"
    ? { ...remedy, variables }
    : remedy;
}

/**
 * The systemic error for an HTTP status that is neither 200 nor worth a retry. The platform
 * answers every call with HTTP 200 and a JSON envelope (v2's signature and token refusals are
 * read by its client first), so anything else is the wrong endpoint or something in front of it,
 * the same for every call: fatal.
 */
function unexpectedStatus(
  answer: HttpAnswer,
  fail: (kind: PlatformErrorKind, message: string, details?: FailureDetails) => PlatformError,
  where: {
    base: string;
    shown: string;
    redirectReason: string;
    checkEndpoint: (check: EndpointCheck) => Remedy;
  },
): PlatformError {
  const { status } = answer;
  const { shown } = where;
  const systemic = (message: string, check: EndpointCheck) =>
    fail("fatal", message, { httpStatus: status, remedy: where.checkEndpoint(check) });
  if (status >= 300 && status <= 399) {
    const target = locationOrigin(answer.location, where.base);
    return systemic(
      `${shown} redirects (HTTP ${status})${target ? ` to ${target}` : ""}; faqops does not follow redirects, ${where.redirectReason}.`,
      "redirect",
    );
  }
  if (status >= 400 && status <= 499) {
    return systemic(
      `HTTP ${status} from ${shown}: this is not the platform's open API.`,
      "base-url",
    );
  }
  if (status >= 500 && status <= 599) {
    return systemic(
      `HTTP ${status} from ${shown}: the server there cannot serve the platform's open API.`,
      "proxy",
    );
  }
  return systemic(
    `unexpected HTTP ${status} from ${shown}: the platform answers every call with HTTP 200.`,
    "proxy",
  );
}

/** After a failed attempt: wait this long and try again, or stop (and why, for the message). */
export type RetryDecision =
  | { readonly type: "retry"; readonly delayMs: number }
  | { readonly type: "give-up"; readonly why: string };

/**
 * Whether and when a call retries after a failed attempt (pure: the clock and the randomness
 * are given). Exponential backoff with full jitter: the n-th retry waits a random time below
 * `baseDelayMs * 2^(n-1)`, capped at `maxDelayMs`. A Retry-After the platform asked for is
 * honoured as it is, unless it outlasts the budget; a retry that would wait past the budget
 * gives up rather than fail later anyway. `immediate` (v2's one re-sign) does not wait.
 */
export function decideRetry(
  failure: { readonly immediate?: boolean; readonly retryAfterMs?: number },
  state: {
    /** Requests made so far in this call, the failed one included. */
    readonly attempts: number;
    /** What is left of the call's `totalTimeMs`. */
    readonly leftMs: number;
    readonly retry: RetryOptions;
    /** A number in [0, 1), for the jitter. */
    readonly random: number;
  },
): RetryDecision {
  const { attempts, leftMs: left, retry } = state;
  const giveUp = (why: string): RetryDecision => ({ type: "give-up", why });
  if (attempts > retry.limit) {
    return giveUp(`gave up after ${attempts} ${pluralWord(attempts, "attempt")}`);
  }
  if (failure.immediate) return { type: "retry", delayMs: 0 };
  if (failure.retryAfterMs !== undefined) {
    if (failure.retryAfterMs > left) {
      return giveUp(
        `the platform asked to wait ${Math.ceil(failure.retryAfterMs / 1000)} s (Retry-After), longer than the ${Math.max(0, Math.floor(left / 1000))} s left of the retry budget`,
      );
    }
    return { type: "retry", delayMs: failure.retryAfterMs };
  }
  const delayMs = Math.floor(
    state.random * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempts - 1)),
  );
  if (delayMs >= left) {
    return giveUp(
      `gave up after ${attempts} attempts in ${Math.round(retry.totalTimeMs / 1000)} s`,
    );
  }
  return { type: "retry", delayMs };
}

/** An HTTP date in any of its three forms (RFC 9110 §5.6.7): IMF-fixdate, RFC 850, asctime. */
const HTTP_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*, \d{2}[ -][A-Z][a-z]{2}[ -]\d{2,4} \d{2}:\d{2}:\d{2} GMT|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/**
 * Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable.
 *
 * Seconds may carry decimals ("1.5" is 1500 ms): RFC 9110 allows only whole seconds, but some
 * rate limiters send fractions, and reading "0.05" as unreadable would trade a 50 ms wait for a
 * backoff of up to seconds. Dates are checked against the HTTP forms first, because Date.parse
 * reads almost anything ("soon 5" is May 2001).
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) {
    const ms = Math.round(Number(text) * 1000);
    return Number.isFinite(ms) ? ms : undefined;
  }
  if (!HTTP_DATE.test(text)) return undefined;
  // asctime has no zone; HTTP dates are always GMT.
  const date = Date.parse(text.endsWith("GMT") ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Sorts a request error (got's, with the code of the socket error it wraps) into a failure worth a
 * retry or a systemic one. Anything not known to be transient is systemic: an unknown failure on
 * one request is most likely the same on all of them, and a run stopped early costs little (the
 * next run sends what was not confirmed), while a run failing every entry one by one costs minutes.
 */
export function classifyRequestError(
  error: unknown,
  endpoint: string,
  timeoutMs: number,
): TransientFailure | SystemicFailure {
  const { name, message, code } = error instanceof Error ? (error as NodeJS.ErrnoException) : {};
  const text = (message ?? String(error)).split("\n")[0] ?? "";
  const label = code ?? name ?? "unknown error";
  const transient = (key: string, reason: string, repeated: string, check: EndpointCheck) =>
    ({ type: "transient", key, reason, repeated: { message: repeated, check } }) as const;
  const systemic = (systemicMessage: string, check: EndpointCheck) =>
    ({ type: "systemic", message: systemicMessage, check }) as const;

  if (name === "TimeoutError" || code === "ETIMEDOUT") {
    return transient(
      "time-out",
      `no answer within ${timeoutMs} ms`,
      `no answer from ${endpoint} on ${SAME_FAILURE_LIMIT} requests in a row (each timed out after ${timeoutMs} ms).`,
      "time-out",
    );
  }
  if ((code !== undefined && RESET_CODES.has(code)) || /socket hang up/i.test(text)) {
    // One key for all of them: a dead endpoint mixes resets and broken pipes.
    return transient(
      "reset",
      `the connection broke (${label})`,
      `no answer from ${endpoint} on ${SAME_FAILURE_LIMIT} requests in a row (each connection was closed before an answer: ${label}).`,
      "reset",
    );
  }
  if (code === "EAI_AGAIN") {
    // A DNS server that cannot answer for now: worth a retry, and systemic only when it persists.
    return transient(
      code,
      `the DNS lookup failed for now (${code})`,
      `cannot resolve the host of ${endpoint} on ${SAME_FAILURE_LIMIT} requests in a row (${code}).`,
      "dns-for-now",
    );
  }
  if (code === "ECONNREFUSED") {
    return systemic(`nothing is listening at ${endpoint} (connection refused).`, "refused");
  }
  if (code === "ENOTFOUND") {
    return systemic(`cannot resolve the host of ${endpoint} (ENOTFOUND).`, "host-name");
  }
  if (code !== undefined && (TLS_CODES.has(code) || TLS_PREFIXES.some((p) => code.startsWith(p)))) {
    return systemic(
      `a TLS/certificate problem with ${endpoint} (${code}: ${tlsReason(text)}).`,
      "tls",
    );
  }
  if (code !== undefined && UNREACHABLE_CODES.has(code)) {
    return systemic(
      `cannot reach ${endpoint}: there is no route to it from here (${code}).`,
      "no-route",
    );
  }
  if (code?.startsWith("HPE_")) {
    return systemic(`the server at ${endpoint} does not answer in HTTP (${code}).`, "not-http");
  }
  return systemic(`the request to ${endpoint} failed (${label}: ${text}).`, "unknown");
}

/** The readable part of a TLS error's message: OpenSSL's reason, not its file and line. */
function tlsReason(text: string): string {
  // "write EPROTO 80…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:…"
  const openssl = /:error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(text);
  return (openssl?.[1] ?? text).trim();
}

/**
 * The origin alone of a redirect's Location (resolved against the endpoint), or undefined. Never
 * its path or query: the target of a redirect of our request URL may carry the TOKEN.
 */
function locationOrigin(location: string | undefined, base: string): string | undefined {
  if (!location) return undefined;
  try {
    const origin = new URL(location, `${base}/`).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The user and password of an endpoint, as text may hold them (`user:pass@`, `user@`, the password
 * alone, raw or decoded), for the redactor: messages name the endpoint without them
 * (displayEndpoint), and this keeps them out of any foreign error text too.
 */
function userinfoForms(base: string): string[] {
  const { username, password } = new URL(base);
  if (!username && !password) return [];
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return [`${username}:${password}@`, `${username}@`, password, decode(password)].filter(
    (form) => form !== "@" && form !== ":@",
  );
}

/** A whole number in an answer: a JSON number or a numeric string ("3"), else undefined. */
export function readInteger(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}
