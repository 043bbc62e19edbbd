/**
 * A local emulator of the platform's four v1 endpoints and of the v2 open API's five FAQ calls
 * (token, import/json, async/fetch, publish, effective_progress), on one server, for tests and
 * for trying faqops offline.
 *
 * It answers the way the platform does (same encryption or signature, same checks, same codes,
 * HTTP 200 with an error code for a bad token or body), and is as strict as the platform's
 * references: a client that sends the wrong thing is refused here, not first in production
 * (request.ts, v2-request.ts). v1 and v2 share one bot (bot.ts), optionally kept in a state file
 * (storage.ts); it simulates publishing and v2's import tasks, and injects faults on demand
 * (faults.ts), before a request is processed, so a dropped or failed request wrote nothing and a
 * retried write is counted once.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { checkToken } from "../credentials.js";
import { createCryptor } from "../crypto.js";
import { identityKey } from "../identity.js";
import type { Credentials } from "../types.js";
import { type BotEntry, createBot } from "./bot.js";
import { DEFAULT_EMULATOR_CREDENTIALS } from "./credentials.js";
import { createFaults, type EmulatorFaults } from "./faults.js";
import { createCounters, createEmulatorServer, type EmulatorStats } from "./server.js";
import { createStore, loadState } from "./storage.js";
import { DEFAULT_MAX_IMPORT_ITEMS } from "./v2-request.js";
import { createTokenStore, DEFAULT_TOKEN_TTL_MS } from "./v2-tokens.js";

export type { BotEntry } from "./bot.js";
export { DEFAULT_EMULATOR_CREDENTIALS } from "./credentials.js";
export type { EmulatorFaults, FaultStep } from "./faults.js";
export { openRequest, readCall } from "./request.js";
export type { EmulatorStats } from "./server.js";
export type { XmlElement } from "./xml.js";

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
  /** How long a v2 access token is accepted, in ms (default 2 h, the reference's). */
  readonly tokenTtlMs?: number;
  /** `/v2/async/fetch`es that report an import running before the one that reports its end (default 1). */
  readonly taskSteps?: number;
  /**
   * Items a `/v2/bot/import/json` call may carry; more is refused whole with 110002 (default 100:
   * the real limit is undocumented, and 100 is the reference's safe default).
   */
  readonly maxImportItems?: number;
  readonly faults?: EmulatorFaults;
  /** Seed of the fault rates' random generator, for repeatable runs. */
  readonly seed?: number;
  /** One line per request (never the token). */
  readonly log?: (line: string) => void;
  /**
   * The clock, in ms since the epoch (default Date.now): token expiry, signature timestamps and
   * the rate limit read it. Tests drive their own so that a slow machine changes nothing.
   */
  readonly now?: () => number;
}

export interface Emulator {
  /** Base URL, for FAQOPS_ENDPOINT. */
  readonly url: string;
  readonly credentials: Credentials;
  /**
   * The bot's entries as written, sorted by skill and title. An entry v2 wrote also has its ids,
   * and its threshold, `disabled: true` and several `answers` when set.
   */
  entries(): BotEntry[];
  /** The entries of the last completed publish (never a disabled one), or undefined before one. */
  published(): BotEntry[] | undefined;
  stats(): EmulatorStats;
  /** Replaces the faults (and the schedule of `failNext`). */
  setFaults(faults: EmulatorFaults): void;
  /** Empties the bot (v2's tasks and access tokens too), zeroes the stats and removes every fault. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** The key of an entry in `stats().writes`: the platform's identity, skill and title joined by a NUL. */
export function entryKey(skill: string, title: string): string {
  return identityKey({ skill, title });
}

/** Starts the emulator; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const credentials: Credentials = Object.freeze({
    ...DEFAULT_EMULATOR_CREDENTIALS,
    ...options.credentials,
  });
  // Checks the TOKEN and the EncodingAESKey at start rather than on the first request.
  checkToken(credentials.token);
  createCryptor(credentials);
  const maxImportItems = options.maxImportItems ?? DEFAULT_MAX_IMPORT_ITEMS;
  if (!Number.isSafeInteger(maxImportItems) || maxImportItems < 1) {
    throw new RangeError(
      `maxImportItems must be a whole number of at least 1, not ${maxImportItems}`,
    );
  }
  const saved = options.statePath ? await loadState(options.statePath) : undefined;
  const bot = createBot({
    publishSteps: options.publishSteps ?? 3,
    taskSteps: options.taskSteps ?? 1,
    state: saved?.bot,
  });
  const tokens = createTokenStore({
    ttlMs: options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
    tokens: saved?.tokens,
  });
  const faults = createFaults({ seed: options.seed ?? Date.now(), faults: options.faults });
  const store = createStore(options.statePath, () => ({
    bot: bot.state(),
    tokens: tokens.state(),
  }));
  const counters = createCounters(identityKey);
  const stopping = new AbortController();

  const server = createEmulatorServer({
    credentials,
    bot,
    faults,
    store,
    counters,
    tokens,
    log: options.log ?? (() => {}),
    stopping: stopping.signal,
    now: options.now ?? Date.now,
    newTaskId: () => randomBytes(16).toString("hex"),
    maxImportItems,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  // The URL is for clients on this machine: listening on every address (0.0.0.0, ::) includes
  // loopback, which plain http:// may reach without --insecure-http.
  const bound =
    address.address === "0.0.0.0"
      ? "127.0.0.1"
      : address.address === "::"
        ? "::1"
        : address.address;
  const host = address.family === "IPv6" ? `[${bound}]` : bound;

  return {
    url: `http://${host}:${address.port}`,
    credentials,
    entries: () => bot.entries(),
    published: () => bot.published(),
    stats: () => counters.stats(faults.counts()),
    setFaults: (next) => faults.set(next),
    async reset() {
      bot.reset();
      tokens.reset();
      faults.reset();
      counters.reset();
      await store.save();
    },
    async stop() {
      stopping.abort();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.settled();
    },
  };
}
