/**
 * A local emulator of the platform's four v1 endpoints, for tests and for trying faqops offline.
 *
 * It answers the way the platform does (same encryption, same codes, HTTP 200 with an error code
 * for a bad token or body), keeps the bot's entries, simulates publishing, and injects faults on
 * demand. Faults are applied before a request is processed, so a dropped or failed request wrote
 * nothing and a retried write is counted once.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { StateFileError } from "../errors.js";
import { seededRandom } from "../seeded-random.js";
import { createCryptor, DecryptError } from "./crypto.js";
import type { AutoReply, Credentials, PublishProgress } from "./types.js";

/** One scheduled fault, used by exactly one request, in order. */
export type FaultStep =
  | { readonly status: number; readonly retryAfter?: number }
  | { readonly drop: true }
  | { readonly errcode: number; readonly errmsg?: string }
  | { readonly latencyMs: number };

/** Faults on demand. Rates are shares of requests (0 to 1), drawn from a seedable generator. */
export interface EmulatorFaults {
  /** Share of requests answered with `failStatus`. */
  readonly failRate?: number;
  /** HTTP status of those failures (default 500). */
  readonly failStatus?: number;
  /** Share of requests whose connection is dropped without an answer. */
  readonly dropRate?: number;
  /** Delay before answering every request. */
  readonly latencyMs?: number;
  /** Requests per second; more within one second are answered 429 with Retry-After. */
  readonly rateLimit?: number;
  /** Seconds sent in Retry-After with 429 and 503 answers (default 1). */
  readonly retryAfter?: number;
  /** Publishing ends with status 2 (failed) instead of 1. */
  readonly publishFails?: boolean;
  /** Faults for the next requests, one each, before the rates apply. */
  readonly failNext?: readonly FaultStep[];
}

export interface EmulatorOptions {
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Overrides of DEFAULT_EMULATOR_CREDENTIALS. */
  readonly credentials?: Partial<Credentials>;
  /** A JSON file the entries are loaded from and saved to (atomically). */
  readonly statePath?: string;
  /** publish_progress polls that report "publishing" before the one that reports done (default 3). */
  readonly publishSteps?: number;
  readonly faults?: EmulatorFaults;
  /** Seed of the fault rates' random generator, for repeatable runs. */
  readonly seed?: number;
  /** One line per request (never the token). */
  readonly log?: (line: string) => void;
}

export interface EmulatorStats {
  readonly requests: { readonly total: number; readonly byAction: Record<string, number> };
  /** Successful writes of each entry (setautoreply or batchimportskill), keyed by `entryKey`. */
  readonly writes: Record<string, number>;
  /** Requests answered with a platform error code. */
  readonly rejected: number;
  readonly faults: {
    readonly failed: number;
    readonly dropped: number;
    readonly rateLimited: number;
  };
  readonly publishes: number;
}

export interface Emulator {
  /** Base URL, for FAQOPS_ENDPOINT. */
  readonly url: string;
  readonly credentials: Credentials;
  /** The bot's entries as written, sorted by skill and title. */
  entries(): AutoReply[];
  /** The entries of the last completed publish, or undefined before one. */
  published(): AutoReply[] | undefined;
  stats(): EmulatorStats;
  /** Replaces the faults (and the schedule of `failNext`). */
  setFaults(faults: EmulatorFaults): void;
  /** Empties the bot, zeroes the stats and removes every fault. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Throwaway credentials the emulator accepts unless told otherwise. They are not secrets: they
 * are printed on start so another terminal can use them.
 */
export const DEFAULT_EMULATOR_CREDENTIALS: Credentials = Object.freeze({
  appId: "wxfaqopsemulator",
  token: "faqopsEmulatorToken",
  encodingAesKey: "ZmFxb3BzLWVtdWxhdG9yLWtleS0wMTIzNDU2Nzg5YWI",
  managerId: "emulator-admin",
});

const ACTIONS = new Set(["setautoreply", "batchimportskill", "publish", "publish_progress"]);
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const STATE_VERSION = 1;

/** The key of an entry in `stats().writes`: skill and title, joined by a NUL. */
export function entryKey(skill: string, title: string): string {
  return `${skill}\u0000${title}`;
}

/** A platform answer: HTTP 200 with a JSON envelope. */
type Answer = Record<string, unknown>;

const ok = (extra: Answer = {}): Answer => ({ errcode: 0, msg: "Success", ...extra });
const refuse = (errcode: number, errmsg: string): Answer => ({ errcode, errmsg });

// Array elements of the plaintext XML; a single one must still parse as an array.
const xmlParser = new XMLParser({
  isArray: (name) => name === "question" || name === "skill" || name === "answer",
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
});

/**
 * Opens a request body the way the platform does: `{"encrypt": ...}`, decrypted and checked for the
 * app id, parsed as `<xml>`. Returns the fields, or the platform's refusal.
 */
export function openRequest(
  body: string,
  credentials: Pick<Credentials, "encodingAesKey" | "appId">,
): { fields: Record<string, unknown> } | { refusal: { errcode: number; errmsg: string } } {
  let encrypted: unknown;
  try {
    encrypted = (JSON.parse(body) as { encrypt?: unknown } | null)?.encrypt;
  } catch {
    encrypted = undefined;
  }
  if (typeof encrypted !== "string") {
    return { refusal: { errcode: 1019, errmsg: 'request body must be {"encrypt": "..."}' } };
  }
  let plaintext: string;
  try {
    plaintext = createCryptor(credentials).decrypt(encrypted);
  } catch (error) {
    if (error instanceof DecryptError && error.reason === "appid") {
      return { refusal: { errcode: 1009, errmsg: "appid check failed" } };
    }
    return { refusal: { errcode: 1013, errmsg: "decrypt failed" } };
  }
  const root =
    XMLValidator.validate(plaintext) === true
      ? (xmlParser.parse(plaintext) as { xml?: unknown }).xml
      : undefined;
  if (typeof root !== "object" || root === null) {
    return { refusal: { errcode: 1019, errmsg: "decrypted request is not an <xml> document" } };
  }
  return { fields: root as Record<string, unknown> };
}

/** A non-empty text field, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** A repeated text field (absent means none); undefined when an item is not text. */
function texts(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return undefined;
  return value as string[];
}

/** An entry from setautoreply's fields or one batchimportskill `<skill>`; undefined when incomplete. */
function readEntry(
  fields: Record<string, unknown>,
  answerField: "content" | "answer",
): AutoReply | undefined {
  const skill = text(fields.skillname);
  const title = text(fields.title);
  const questions = texts(fields.question);
  // batchimportskill allows several answers; the emulator keeps the first, as faqops sends one.
  const content =
    answerField === "content" ? text(fields.content) : texts(fields.answer)?.find((a) => a !== "");
  if (!skill || !title || !content || !questions) return undefined;
  return { skill, title, content, questions };
}

/** Sorted by skill, then title: the stable order of entries(), GET /entries and the state file. */
function sorted(entries: Iterable<AutoReply>): AutoReply[] {
  return [...entries].sort((a, b) =>
    a.skill === b.skill ? cmp(a.title, b.title) : cmp(a.skill, b.skill),
  );
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Checks one entry read from the state file. */
function isEntry(value: unknown): value is AutoReply {
  const e = value as AutoReply;
  return (
    typeof e === "object" &&
    e !== null &&
    typeof e.skill === "string" &&
    typeof e.title === "string" &&
    typeof e.content === "string" &&
    Array.isArray(e.questions) &&
    e.questions.every((q) => typeof q === "string")
  );
}

/** Loads the state file; a missing file is an empty bot, a damaged one a StateFileError. */
async function loadState(
  file: string,
): Promise<{ entries: AutoReply[]; published: AutoReply[] | undefined }> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { entries: [], published: undefined };
    throw new StateFileError(`Cannot read the emulator state file ${file}.`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new StateFileError(`The emulator state file ${file} is not valid JSON.`, {
      cause: error,
      hint: "fix or delete it; the emulator then starts with an empty bot.",
    });
  }
  const state = json as { version?: unknown; entries?: unknown; published?: unknown };
  const published = state?.published;
  if (
    typeof state !== "object" ||
    state === null ||
    state.version !== STATE_VERSION ||
    !Array.isArray(state.entries) ||
    !state.entries.every(isEntry) ||
    !(published === null || (Array.isArray(published) && published.every(isEntry)))
  ) {
    throw new StateFileError(
      `The emulator state file ${file} is not a version ${STATE_VERSION} state (entries, published).`,
      { hint: "fix or delete it; the emulator then starts with an empty bot." },
    );
  }
  return { entries: state.entries, published: published ?? undefined };
}

/** Writes a file atomically: a temporary file in the same folder, then a rename over the target. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    throw new StateFileError(`Cannot write the emulator state file ${file}.`, { cause: error });
  }
}

/** Starts the emulator; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const credentials: Credentials = Object.freeze({
    ...DEFAULT_EMULATOR_CREDENTIALS,
    ...options.credentials,
  });
  // Checks the EncodingAESKey at start rather than on the first request.
  createCryptor(credentials);
  const publishSteps = options.publishSteps ?? 3;
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed ?? Date.now());
  const stopping = new AbortController();

  const loaded = options.statePath
    ? await loadState(options.statePath)
    : { entries: [], published: undefined };
  const entries = new Map<string, AutoReply>(
    loaded.entries.map((e) => [entryKey(e.skill, e.title), e]),
  );
  let published = loaded.published;
  let publishing:
    | { snapshot: AutoReply[]; polls: number; progress: number; fails: boolean }
    | undefined;
  let faults: EmulatorFaults = {};
  let schedule: FaultStep[] = [];
  let admitted: number[] = [];
  let stats = emptyStats();

  function emptyStats() {
    return {
      total: 0,
      byAction: {} as Record<string, number>,
      writes: new Map<string, number>(),
      rejected: 0,
      faults: { failed: 0, dropped: 0, rateLimited: 0 },
      publishes: 0,
    };
  }

  function setFaults(next: EmulatorFaults): void {
    faults = { ...next };
    schedule = [...(next.failNext ?? [])];
  }
  setFaults(options.faults ?? {});

  // Saves are chained so they never interleave, and a save not yet started serves every change
  // made before it starts: a burst of writes costs a few saves, not one each.
  let saving: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  function persist(): Promise<void> {
    const file = options.statePath;
    if (!file) return Promise.resolve();
    if (queued) return queued;
    const next = saving.then(() => {
      queued = undefined;
      const state = {
        version: STATE_VERSION,
        entries: sorted(entries.values()),
        published: published ?? null,
      };
      return writeAtomically(file, `${JSON.stringify(state, null, 2)}\n`);
    });
    queued = next;
    saving = next.catch(() => {});
    return next;
  }

  function write(entry: AutoReply): void {
    const key = entryKey(entry.skill, entry.title);
    entries.set(key, entry);
    stats.writes.set(key, (stats.writes.get(key) ?? 0) + 1);
  }

  /** The platform's logic for one decrypted, authenticated call. */
  function perform(
    action: string,
    fields: Record<string, unknown>,
  ): { answer: Answer; changed: boolean } {
    const managerId = text(fields.managerid);
    if (!managerId) return { answer: refuse(1007, "managerid cannot be empty"), changed: false };
    if (managerId !== credentials.managerId)
      return { answer: refuse(1015, "managerid is not valid"), changed: false };

    switch (action) {
      case "setautoreply": {
        const entry = readEntry(fields, "content");
        if (!entry)
          return {
            answer: refuse(1007, "skillname, title, content cannot be empty"),
            changed: false,
          };
        write(entry);
        return { answer: ok(), changed: true };
      }
      case "batchimportskill": {
        const mode = fields.mode;
        if (mode !== "0" && mode !== "1")
          return { answer: refuse(1007, "mode must be 0 or 1"), changed: false };
        // `skill` always parses as an array (see xmlParser); absent means no entries.
        const skills = fields.skill === undefined ? [] : (fields.skill as unknown[]);
        const batch = skills.map((s) =>
          typeof s === "object" && s !== null
            ? readEntry(s as Record<string, unknown>, "answer")
            : undefined,
        );
        if (batch.some((e) => e === undefined)) {
          return {
            answer: refuse(1007, "skillname, title, answer cannot be empty"),
            changed: false,
          };
        }
        if (mode === "1") entries.clear();
        for (const entry of batch as AutoReply[]) write(entry);
        return { answer: { code: 0, msg: "success" }, changed: true };
      }
      case "publish":
        publishing = {
          snapshot: sorted(entries.values()),
          polls: 0,
          progress: 0,
          fails: Boolean(faults.publishFails),
        };
        stats.publishes++;
        return { answer: { code: 0, errcode: 0, msg: "publishing" }, changed: false };
      default: {
        const progress = pollPublish();
        return {
          answer: { code: 0, errcode: 0, msg: "ok", data: progress.state },
          changed: progress.changed,
        };
      }
    }
  }

  /** One publish_progress poll: 0 → 100 over `publishSteps` polls, then done (or failed). */
  function pollPublish(): { state: PublishProgress; changed: boolean } {
    // Nothing publishing: the last publish (or none) is complete.
    if (!publishing) return { state: { progress: 100, status: 1 }, changed: false };
    const poll = publishing.polls++;
    if (poll < publishSteps) {
      publishing.progress = Math.round((poll * 100) / publishSteps);
      return { state: { progress: publishing.progress, status: 0 }, changed: false };
    }
    const { snapshot, fails, progress } = publishing;
    publishing = undefined;
    // A failed publish stops where it was and leaves the live content as it was.
    if (fails) return { state: { progress, status: 2 }, changed: false };
    published = snapshot;
    return { state: { progress: 100, status: 1 }, changed: true };
  }

  /** The fault for this request, if any: the schedule first, then the rate limit, then the rates. */
  function pickFault(now: number): FaultStep | undefined {
    const next = schedule.shift();
    if (next) {
      if ("drop" in next) stats.faults.dropped++;
      if ("status" in next) stats.faults.failed++;
      return next;
    }
    if (faults.rateLimit !== undefined) {
      admitted = admitted.filter((t) => now - t < 1000);
      if (admitted.length >= faults.rateLimit) {
        stats.faults.rateLimited++;
        return { status: 429, retryAfter: faults.retryAfter ?? 1 };
      }
      admitted.push(now);
    }
    if (faults.dropRate && random() < faults.dropRate) {
      stats.faults.dropped++;
      return { drop: true };
    }
    if (faults.failRate && random() < faults.failRate) {
      stats.faults.failed++;
      return { status: faults.failStatus ?? 500 };
    }
    return undefined;
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
  const sendJson = (
    res: http.ServerResponse,
    status: number,
    value: unknown,
    headers?: Record<string, string>,
  ) =>
    send(
      res,
      status,
      `${JSON.stringify(value, null, 2)}\n`,
      "application/json; charset=utf-8",
      headers,
    );

  async function handleCall(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    action: string,
    token: string,
  ) {
    stats.total++;
    stats.byAction[action] = (stats.byAction[action] ?? 0) + 1;
    const body = await readBody(req);
    if (body === undefined) return sendJson(res, 413, { error: "request body too large" });

    const fault = pickFault(Date.now());
    const latency = (fault && "latencyMs" in fault ? fault.latencyMs : 0) + (faults.latencyMs ?? 0);
    if (latency > 0) {
      await sleep(latency, undefined, { signal: stopping.signal }).catch(() => {});
      // The client gave up (a time-out) while we waited: like the write never arrived.
      if (res.destroyed || req.socket.destroyed)
        return log(`${action}: client left during latency`);
    }
    if (fault && "drop" in fault) {
      log(`${action}: connection dropped (fault)`);
      req.socket.destroy();
      return;
    }
    if (fault && "status" in fault) {
      const retryAfter =
        fault.retryAfter ??
        (fault.status === 429 || fault.status === 503 ? (faults.retryAfter ?? 1) : undefined);
      log(`${action}: HTTP ${fault.status} (fault)`);
      return sendJson(
        res,
        fault.status,
        { error: "fault injected by the emulator" },
        retryAfter === undefined ? {} : { "retry-after": String(retryAfter) },
      );
    }

    let answer: Answer;
    let changed = false;
    if (fault && "errcode" in fault) {
      answer = refuse(fault.errcode, fault.errmsg ?? "error injected by the emulator");
    } else if (token !== credentials.token) {
      answer = refuse(1001, "TOKEN is not valid");
    } else {
      const opened = openRequest(body, credentials);
      if ("refusal" in opened) answer = opened.refusal;
      else ({ answer, changed } = perform(action, opened.fields));
    }
    if (changed) await persist();
    const errcode = Number(answer.errcode ?? answer.code ?? 0);
    if (errcode !== 0) stats.rejected++;
    log(`${action}: ${errcode === 0 ? "ok" : `errcode ${errcode} (${answer.errmsg})`}`);
    sendJson(res, 200, answer);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? "/", "http://emulator");
    const call = /^\/openapi\/([^/]+)\/([^/]*)$/.exec(pathname);
    if (call) {
      const action = call[1]!;
      if (!ACTIONS.has(action)) return sendJson(res, 404, { error: `no such action: ${action}` });
      if (req.method !== "POST")
        return sendJson(res, 405, { error: "use POST" }, { allow: "POST" });
      return handleCall(req, res, action, decodeSegment(call[2]!));
    }
    if (req.method !== "GET") return sendJson(res, 405, { error: "use GET" }, { allow: "GET" });
    if (pathname === "/entries")
      return sendJson(res, 200, {
        entries: sorted(entries.values()),
        published: published ?? null,
      });
    if (pathname === "/stats") return sendJson(res, 200, emulator.stats());
    if (pathname === "/")
      return send(
        res,
        200,
        renderPage(sorted(entries.values()), published),
        "text/html; charset=utf-8",
      );
    return sendJson(res, 404, { error: "not found" });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`internal error: ${(error as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, { error: (error as Error).message });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  const emulator: Emulator = {
    url: `http://${host}:${address.port}`,
    credentials,
    entries: () => sorted(entries.values()),
    published: () => (published ? [...published] : undefined),
    stats: () => ({
      requests: { total: stats.total, byAction: { ...stats.byAction } },
      writes: Object.fromEntries(stats.writes),
      rejected: stats.rejected,
      faults: { ...stats.faults },
      publishes: stats.publishes,
    }),
    setFaults,
    async reset() {
      entries.clear();
      published = undefined;
      publishing = undefined;
      admitted = [];
      stats = emptyStats();
      setFaults({});
      await persist();
    },
    async stop() {
      stopping.abort();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await saving;
    },
  };
  return emulator;
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

/** A URL path segment, decoded; a malformed one stays as is (and so matches no token). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The `GET /` page: the bot's entries as a table. */
function renderPage(
  entries: readonly AutoReply[],
  published: readonly AutoReply[] | undefined,
): string {
  const fingerprint = (e: AutoReply) => JSON.stringify([e.skill, e.title, e.content, e.questions]);
  const live = new Set((published ?? []).map(fingerprint));
  const rows = entries
    .map((e) => {
      const cells = [
        e.skill,
        e.title,
        e.questions.join("\n"),
        e.content,
        live.has(fingerprint(e)) ? "yes" : "no",
      ];
      return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>faqops emulator</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;white-space:pre-wrap}</style>
</head><body>
<h1>faqops emulator</h1>
<p>${entries.length} entries; ${published ? `${published.length} published` : "never published"}. JSON: <a href="/entries">/entries</a>, <a href="/stats">/stats</a>.</p>
<table><thead><tr><th>skill</th><th>title</th><th>similar questions</th><th>answer</th><th>published</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
