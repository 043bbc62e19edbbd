/**
 * The emulator's HTTP server: the four calls at `POST /openapi/{action}/{TOKEN}`, answered the way
 * the platform answers (HTTP 200 with a JSON envelope, errors as codes), with faults injected
 * first; and `GET /`, `/entries`, `/stats` to look at the bot.
 */
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { AutoReply, Credentials } from "../types.js";
import type { Answer, Bot } from "./bot.js";
import type { FaultCounts, Faults } from "./faults.js";
import { renderPage } from "./page.js";
import { ACTIONS, type Action, openRequest, readCall } from "./request.js";
import type { StateStore } from "./storage.js";

/** Larger bodies are answered 413: far above any batch faqops sends. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface EmulatorStats {
  readonly requests: { readonly total: number; readonly byAction: Record<string, number> };
  /** Successful writes of each entry (setautoreply or batchimportskill), keyed by `entryKey`. */
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
  /** One line per request (never the token). */
  readonly log: (line: string) => void;
  /** Aborted on stop: cuts injected latency short. */
  readonly stopping: AbortSignal;
}

/** Creates the HTTP server (not yet listening). */
export function createEmulatorServer(parts: ServerParts): http.Server {
  const { credentials, bot, faults, store, counters, log, stopping } = parts;
  const actions: ReadonlySet<string> = new Set(ACTIONS);

  async function handleCall(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    action: Action,
    token: string,
  ) {
    counters.request(action);
    const body = await readBody(req);
    if (body === undefined) return sendJson(res, 413, { error: "request body too large" });

    const fault = faults.pick(Date.now());
    if (fault.latencyMs > 0) {
      await sleep(fault.latencyMs, undefined, { signal: stopping }).catch(() => {});
      // The client gave up (a time-out) while we waited: like the write never arrived.
      if (res.destroyed || req.socket.destroyed) {
        return log(`${action}: client left during latency`);
      }
    }
    if (fault.drop) {
      log(`${action}: connection dropped (fault)`);
      req.socket.destroy();
      return;
    }
    if (fault.status) {
      const { code, retryAfter } = fault.status;
      log(`${action}: HTTP ${code} (fault)`);
      return sendJson(
        res,
        code,
        { error: "fault injected by the emulator" },
        retryAfter === undefined ? {} : { "retry-after": String(retryAfter) },
      );
    }

    let answer: Answer;
    if (fault.errcode) {
      answer = fault.errcode;
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

/**
 * The request's path as sent, without its query: not parsed as a URL, which would decode nothing
 * but could resolve `.` and `..` segments. The TOKEN is compared as the client wrote it.
 */
function rawPath(target: string): string {
  // An absolute-form target (`http://host/path`, as to a proxy): its path.
  const path = target.startsWith("/") ? target : new URL(target, "http://emulator").pathname;
  return path.split(/[?#]/, 1)[0]!;
}

/** Reads a request body, or undefined when it is larger than the platform would take. */
async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  value: unknown,
  headers?: Record<string, string>,
) {
  send(
    res,
    status,
    `${JSON.stringify(value, null, 2)}\n`,
    "application/json; charset=utf-8",
    headers,
  );
}
