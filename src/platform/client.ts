/**
 * The platform client: the four v1 calls over HTTP, encrypted with WXBizMsgCrypt, sent through the
 * transport both clients share (transport.ts: retries, failure classes, redaction).
 *
 * The TOKEN sits in every URL and got's errors carry the URL, so the transport never passes got's
 * errors on, only scrubbed plain copies of them (see redact.ts).
 */

import { describeCode } from "./codes.js";
import { checkToken, DEFAULT_ENDPOINT } from "./credentials.js";
import { createCryptor } from "./crypto.js";
import {
  type CallContext,
  createTransport,
  type HttpAnswer,
  readInteger,
  type TransportSettings,
  type Verdict,
} from "./transport.js";
import type {
  AutoReply,
  Credentials,
  ImportMode,
  PlatformClient,
  PublishProgress,
} from "./types.js";
import { batchImportSkillXml, setAutoReplyXml, xmlDocument } from "./xml.js";

export {
  classifyRequestError,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  parseRetryAfter,
  type RetryInfo,
  type RetryOptions,
  SAME_FAILURE_LIMIT,
  type SystemicFailure,
  type TransientFailure,
  UNAVAILABLE_CALLS_LIMIT,
} from "./transport.js";

export interface ClientOptions extends TransportSettings {
  readonly credentials: Credentials;
  /** The 16-byte random prefix of each encrypted message (for tests). */
  readonly random?: () => Buffer;
}

/** The response envelope, normalised: `code`, `errcode` and `ret` fold into one code. */
interface Envelope {
  readonly code: number;
  readonly message: string | undefined;
  readonly data: unknown;
}

/** Creates a client for one bot. Throws ConfigError for a bad endpoint, TOKEN or EncodingAESKey. */
export function createClient(options: ClientOptions): PlatformClient {
  const { credentials, random } = options;
  checkToken(credentials.token);
  const cryptor = createCryptor(credentials);
  const transport = createTransport({
    ...options,
    secrets: [credentials.token, credentials.encodingAesKey],
    redirectReason: "because the TOKEN is part of every request URL",
    exampleEndpoint: DEFAULT_ENDPOINT,
  });
  const { shown } = transport;

  /** Sends one call (retries included) and resolves with its envelope. */
  function call(action: string, plaintext: string, signal?: AbortSignal): Promise<Envelope> {
    return transport.send({
      action,
      // Verbatim, as the platform's API puts it (checkToken: it needs no encoding).
      path: `/openapi/${action}/${credentials.token}`,
      // Encrypted once: every retry sends the same bytes.
      body: JSON.stringify({ encrypt: cryptor.encrypt(plaintext, random?.()) }),
      signal,
      interpret,
    });
  }

  /**
   * Turns an HTTP answer that is not worth a retry into the envelope, or the error it stands for.
   * The platform answers every call with HTTP 200 and a JSON envelope, so anything else is the
   * wrong endpoint or something in front of it, the same for every call: fatal.
   */
  function interpret(answer: HttpAnswer, call: CallContext): Verdict<Envelope> {
    if (answer.status !== 200) throw call.unexpectedStatus(answer);
    const envelope = readEnvelope(answer.body);
    if (envelope === undefined) throw call.notThePlatform(answer);
    if (envelope.code !== 0) {
      const info = describeCode(envelope.code);
      const said = envelope.message ? ` ("${envelope.message}")` : "";
      throw call.fail(
        info.fatal ? "fatal" : "rejected",
        `${info.meaning}: code ${envelope.code}${said}.`,
        { code: envelope.code, httpStatus: answer.status, hint: info.todo, remedy: info.remedy },
      );
    }
    return { type: "done", value: envelope };
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
      await call("batchimportskill", batchImportSkillXml(credentials.managerId, mode, entries));
    },

    async publish() {
      await call("publish", managerOnly);
    },

    async publishProgress(): Promise<PublishProgress> {
      const envelope = await call("publish_progress", managerOnly);
      const progress = readProgress(envelope.data);
      if (progress === undefined) {
        throw transport.fail(
          "publish_progress",
          "fatal",
          `the answer from ${shown} has no valid progress and status.`,
          { remedy: transport.checkEndpoint("not-the-api") },
        );
      }
      return progress;
    },

    close() {
      transport.close();
    },
  };
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
    const value = readInteger(record[key]);
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
  const progress = readInteger(record.progress);
  const status = readInteger(record.status);
  if (progress === undefined || progress < 0 || progress > 100) return undefined;
  if (status !== 0 && status !== 1 && status !== 2) return undefined;
  return { progress, status };
}
