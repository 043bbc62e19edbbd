/**
 * A local emulator of the platform's four v1 endpoints, for tests and for trying faqops offline.
 *
 * It answers the way the platform does (same encryption, same checks, same codes, HTTP 200 with
 * an error code for a bad token or body), and is as strict as the platform's reference: a client
 * that sends the wrong thing is refused here, not first in production (request.ts). It keeps the
 * bot's entries (bot.ts), optionally in a state file (storage.ts), simulates publishing, and
 * injects faults on demand (faults.ts), before a request is processed, so a dropped or failed
 * request wrote nothing and a retried write is counted once.
 */
import type { AddressInfo } from "node:net";
import { identityKey } from "../../sync/hash.js";
import { checkToken } from "../credentials.js";
import { createCryptor } from "../crypto.js";
import type { AutoReply, Credentials } from "../types.js";
import { createBot } from "./bot.js";
import { createFaults, type EmulatorFaults } from "./faults.js";
import { createCounters, createEmulatorServer, type EmulatorStats } from "./server.js";
import { createStore, loadState } from "./storage.js";

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
  readonly faults?: EmulatorFaults;
  /** Seed of the fault rates' random generator, for repeatable runs. */
  readonly seed?: number;
  /** One line per request (never the token). */
  readonly log?: (line: string) => void;
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
  const bot = createBot({
    publishSteps: options.publishSteps ?? 3,
    state: options.statePath ? await loadState(options.statePath) : undefined,
  });
  const faults = createFaults({ seed: options.seed ?? Date.now(), faults: options.faults });
  const store = createStore(options.statePath, () => bot.state());
  const counters = createCounters(identityKey);
  const stopping = new AbortController();

  const server = createEmulatorServer({
    credentials,
    bot,
    faults,
    store,
    counters,
    log: options.log ?? (() => {}),
    stopping: stopping.signal,
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
