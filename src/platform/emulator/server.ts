/**
 * The emulator's HTTP server: v1's four calls at `POST /openapi/{action}/{TOKEN}` and v2's at
 * `POST /v2/…` (v2.ts), answered the way the platform answers (HTTP 200 with a JSON envelope,
 * errors as codes), with faults injected first, the same way for both; and `GET /`, `/entries`,
 * `/stats` to look at the bot.
 */
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { AutoReply, Credentials } from "../types.js";
import type { Answer, Bot } from "./bot.js";
import type { FaultCounts, Faults } from "./faults.js";
import { rawPath, readBody, send, sendJson } from "./http.js";
import { renderPage } from "./page.js";
import { ACTIONS, type Action, openRequest, readCall } from "./request.js";
import type { StateStore } from "./storage.js";
import { type Admitted, createV2Handler } from "./v2.js";
import { type V2Action, v2ActionOf } from "./v2-request.js";
import type { TokenStore } from "./v2-tokens.js";

export interface EmulatorStats {
  /** `byAction`: v1's action names, and v2's paths without the slash ("v2/bot/import/json"). */
  readonly requests: { readonly total: number; readonly byAction: Record<string, number> };
  /**
   * Successful writes of each entry (setautoreply, batchimportskill, or an item v2's import
   * applied), keyed by `entryKey`.
   */
  readonly writes: Record<string, number>;
  /** Requests answered with a platform error code. */
  readonly rejected: number;
  readonly faults: FaultCounts;
  readonly publishes: number;
}

/** The request counts behind `stats()`. */
export interface Counters {
  request(action: string): void;
  wrote(entries: readonly AutoReply[]): void;
  rejected(): void;
  published(): void;
  stats(faults: FaultCounts): EmulatorStats;
  reset(): void;
}

/** Creates the counters; `key` is an entry's key in `writes`. */
export function createCounters(key: (entry: AutoReply) => string): Counters {
  const empty = () => ({
    total: 0,
    byAction: {} as Record<string, number>,
    writes: new Map<string, number>(),
    rejected: 0,
    publishes: 0,
  });
  let counts = empty();
  return {
    request(action) {
      counts.total++;
      counts.byAction[action] = (counts.byAction[action] ?? 0) + 1;
    },
    wrote(entries) {
      for (const entry of entries) {
        const k = key(entry);
        counts.writes.set(k, (counts.writes.get(k) ?? 0) + 1);
      }
    },
    rejected() {
      counts.rejected++;
    },
    published() {
      counts.publishes++;
    },
    stats: (faults) => ({
      requests: { total: counts.total, byAction: { ...counts.byAction } },
      writes: Object.fromEntries(counts.writes),
      rejected: counts.rejected,
      faults: { ...faults },
      publishes: counts.publishes,
    }),
    reset() {
      counts = empty();
    },
  };
}

/** What the server serves. */
export interface ServerParts {
  readonly credentials: Credentials;
  readonly bot: Bot;
  readonly faults: Faults;
  readonly store: StateStore;
  readonly counters: Counters;
  /** v2's access tokens. */
  readonly tokens: TokenStore;
  /** One line per request (never the token). */
  readonly log: (line: string) => void;
  /** Aborted on stop: cuts injected latency short. */
  readonly stopping: AbortSignal;
  /** The clock, in ms since the epoch. */
  readonly now: () => number;
  /** A new v2 task id. */
  readonly newTaskId: () => string;
  /** Items a v2 import may carry. */
  readonly maxImportItems: number;
}

/** Creates the HTTP server (not yet listening). */
export function createEmulatorServer(parts: ServerParts): http.Server {
  const { credentials, bot, faults, store, counters, log, stopping } = parts;
  const actions: ReadonlySet<string> = new Set(ACTIONS);
  const handleV2 = createV2Handler(parts);

  /**
   * Counts a call, reads its body and applies the fault picked for it, the same for v1 and v2.
   * Undefined: the call is answered already (413, an HTTP fault) or dropped.
   */
  async function admit(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    action: string,
  ): Promise<Admitted | undefined> {
    counters.request(action);
    const body = await readBody(req);
    if (body === undefined) {
      sendJson(res, 413, { error: "request body too large" });
      return undefined;
    }

    const fault = faults.pick(parts.now());
    if (fault.latencyMs > 0) {
      await sleep(fault.latencyMs, undefined, { signal: stopping }).catch(() => {});
      // The client gave up (a time-out) while we waited: like the write never arrived.
      if (res.destroyed || req.socket.destroyed) {
        log(`${action}: client left during latency`);
        return undefined;
      }
    }
    if (fault.drop) {
      log(`${action}: connection dropped (fault)`);
      req.socket.destroy();
      return undefined;
    }
    if (fault.status) {
      const { code, retryAfter } = fault.status;
      log(`${action}: HTTP ${code} (fault)`);
      sendJson(
        res,
        code,
        { error: "fault injected by the emulator" },
        retryAfter === undefined ? {} : { "retry-after": String(retryAfter) },
      );
      return undefined;
    }
    return { body, errcode: fault.errcode };
  }

  async function handleCall(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    action: Action,
    token: string,
  ) {
    const admitted = await admit(req, res, action);
    if (!admitted) return;
    const body = admitted.body.toString("utf8");

    let answer: Answer;
    if (admitted.errcode) {
      answer = admitted.errcode;
    } else if (token !== credentials.token) {
      // Byte for byte, as the path carries it: the platform compares the segment as sent.
      answer = { errcode: 1001, errmsg: "TOKEN is not valid" };
    } else {
      answer = await perform(action, body);
    }
    const errcode = Number(answer.errcode ?? answer.code ?? 0);
    if (errcode !== 0) counters.rejected();
    log(`${action}: ${errcode === 0 ? "ok" : `errcode ${errcode} (${answer.errmsg})`}`);
    sendJson(res, 200, answer);
  }

  /** Opens, checks and performs one authenticated call; saves the state when it changed. */
  async function perform(action: Action, body: string): Promise<Answer> {
    const opened = openRequest(body, credentials);
    if ("refusal" in opened) return opened.refusal;
    const read = readCall(action, opened.root, credentials.managerId);
    if ("refusal" in read) return read.refusal;
    const outcome = bot.perform(read.call, { publishFails: faults.publishFails() });
    counters.wrote(outcome.written);
    if (read.call.action === "publish") counters.published();
    if (outcome.changed) await store.save();
    return outcome.answer;
  }

  async function handleV2Call(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    action: V2Action,
  ) {
    const admitted = await admit(req, res, action);
    if (admitted) await handleV2(req, res, action, admitted);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = rawPath(req.url ?? "/");
    const call = /^\/openapi\/([^/]+)\/([^/]*)$/.exec(path);
    if (call) {
      const action = call[1]!;
      if (!actions.has(action)) return sendJson(res, 404, { error: `no such action: ${action}` });
      if (req.method !== "POST") {
        return sendJson(res, 405, { error: "use POST" }, { allow: "POST" });
      }
      return handleCall(req, res, action as Action, call[2]!);
    }
    if (path.startsWith("/v2/")) {
      const action = v2ActionOf(path);
      if (!action) return sendJson(res, 404, { error: `no such v2 call: ${path}` });
      if (req.method !== "POST") {
        return sendJson(res, 405, { error: "use POST" }, { allow: "POST" });
      }
      return handleV2Call(req, res, action);
    }
    if (req.method !== "GET") return sendJson(res, 405, { error: "use GET" }, { allow: "GET" });
    if (path === "/entries") {
      return sendJson(res, 200, { entries: bot.entries(), published: bot.published() ?? null });
    }
    if (path === "/stats") return sendJson(res, 200, counters.stats(faults.counts()));
    if (path === "/") {
      return send(res, 200, renderPage(bot.entries(), bot.published()), "text/html; charset=utf-8");
    }
    return sendJson(res, 404, { error: "not found" });
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`internal error: ${(error as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, { error: (error as Error).message });
      else res.destroy();
    });
  });
}
