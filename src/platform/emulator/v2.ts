/**
 * The emulator's v2 calls (`POST /v2/…`, platform-api-v2.md), served by the same server as v1
 * and on the same bot: the checks of v2-request.ts, the access tokens of v2-tokens.ts, then the
 * bot. Every answer is HTTP 200 with `{code, data, msg, request_id}` (`request_id` echoing the
 * header), except a bad signature on a call other than `/v2/token`: HTTP 400 with the text
 * `invalid sign request`, as the reference reports it.
 */
import type http from "node:http";
import type { Credentials } from "../types.js";
import { type Answer, type Bot, type BotCall, ok2, refuse2 } from "./bot.js";
import type { Faults } from "./faults.js";
import { send, sendJson } from "./http.js";
import type { Counters } from "./server.js";
import type { StateStore } from "./storage.js";
import {
  checkAccount,
  checkSignature,
  checkTokenCall,
  echoedRequestId,
  type RawHeaders,
  readV2Call,
  readV2Headers,
  type V2Action,
  type V2Refusal,
} from "./v2-request.js";
import type { TokenStore } from "./v2-tokens.js";

/** What the v2 handler works with. */
export interface V2Parts {
  readonly credentials: Credentials;
  readonly bot: Bot;
  readonly tokens: TokenStore;
  readonly faults: Faults;
  readonly store: StateStore;
  readonly counters: Counters;
  /** One line per request: never a token, nor the access token. */
  readonly log: (line: string) => void;
  /** The clock, in ms since the epoch. */
  readonly now: () => number;
  /** A new task id: 32 lower-case hex characters. */
  readonly newTaskId: () => string;
  /** Items an import may carry (EmulatorOptions.maxImportItems). */
  readonly maxImportItems: number;
}

/** A request the server admitted: its body, and the platform error code a fault answers with. */
export interface Admitted {
  readonly body: Buffer;
  readonly errcode?: { readonly errcode: number; readonly errmsg: string } | undefined;
}

/** The outcome of one v2 call before it is sent. */
type Outcome = { readonly answer: Answer; readonly why?: string } | V2Refusal;

/** Creates the handler of the v2 calls the server admitted (counted, read, faults applied). */
export function createV2Handler(
  parts: V2Parts,
): (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  action: V2Action,
  admitted: Admitted,
) => Promise<void> {
  const { credentials, bot, tokens, faults, store, counters, log, now, newTaskId } = parts;
  const limits = { maxImportItems: parts.maxImportItems };

  /** Checks and performs one call; saves the state when it changed. */
  async function perform(action: V2Action, headers: RawHeaders, body: Buffer): Promise<Outcome> {
    const at = now();
    const read = readV2Headers(action, headers);
    if ("refusal" in read) return read.refusal;
    const h = read.headers;
    if (action === "v2/token") {
      const refused = checkTokenCall(h, body, credentials, at);
      if (refused) return refused;
    } else {
      // The token first: without X-APPID it is what names the bot, and so the Token to check with.
      if (!tokens.valid(h.credential, at)) {
        return {
          // The reference's answer for a call without permission ([fetch]), and its safe
          // default for an expired token.
          answer: refuse2(210202, "权限不足"),
          why: h.credential === "" ? "X-OPENAI-TOKEN is missing" : "unknown or expired token",
        };
      }
      const refused = checkSignature(h, body, credentials.token, at);
      if (refused) return refused;
    }
    const called = readV2Call(action, h, body, limits);
    if ("refusal" in called) return called.refusal;
    const { call } = called;
    const seconds = Math.floor(at / 1000);
    let botCall: BotCall;
    switch (call.action) {
      case "v2/token": {
        const refused = checkAccount(call.account, credentials.managerId);
        if (refused) return refused;
        const token = tokens.issue(at);
        await store.save();
        return { answer: ok2({ access_token: token }) };
      }
      case "v2/bot/import/json":
        botCall = {
          action: "v2/import",
          mode: call.mode,
          items: call.items,
          taskId: newTaskId(),
          now: seconds,
        };
        break;
      case "v2/async/fetch":
        botCall = { action: "v2/fetch", taskId: call.taskId, now: seconds };
        break;
      case "v2/bot/publish":
        botCall = { action: "v2/publish", taskId: newTaskId() };
        break;
      case "v2/bot/effective_progress":
        botCall = { action: "v2/progress", env: call.env };
        break;
    }
    const outcome = bot.perform(botCall, {
      publishFails: faults.publishFails(),
      rejectTexts: faults.rejectTexts(),
    });
    counters.wrote(outcome.written);
    if (call.action === "v2/bot/publish" && outcome.answer.code === 0) counters.published();
    if (outcome.changed) await store.save();
    return { answer: outcome.answer };
  }

  return async (req, res, action, admitted) => {
    const requestId = echoedRequestId(req.headersDistinct);
    const outcome: Outcome = admitted.errcode
      ? {
          answer: refuse2(admitted.errcode.errcode, admitted.errcode.errmsg),
          why: "fault",
        }
      : await perform(action, req.headersDistinct, admitted.body);
    if ("badSign" in outcome) {
      counters.rejected();
      log(`${action}: HTTP 400 invalid sign request (${outcome.why})`);
      // Not JSON: the reference quotes this text, and a client must rely on the status alone.
      return send(res, 400, "invalid sign request", "text/plain; charset=utf-8");
    }
    const code = Number(outcome.answer.code);
    if (code !== 0) counters.rejected();
    const why = outcome.why ?? String(outcome.answer.msg);
    log(`${action}: ${code === 0 ? "ok" : `code ${code} (${why})`}`);
    sendJson(res, 200, { ...outcome.answer, request_id: requestId });
  };
}
