/**
 * Fault injection: a schedule of faults for the next requests, a rate limit, and random failure
 * and drop rates from a seedable generator, so a run can be replayed. Faults are picked before a
 * request is processed, so a failed or dropped request wrote nothing.
 */
import { seededRandom } from "../../seeded-random.js";

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
  /**
   * v2 import items whose intent, questions or answers contain one of these texts fail alone,
   * as the platform's safety check (code 110003) fails an item; the rest of the task goes on.
   */
  readonly rejectTexts?: readonly string[];
  /** Faults for the next requests, one each, before the rates apply. */
  readonly failNext?: readonly FaultStep[];
}

/** How many faults were injected, by kind. */
export interface FaultCounts {
  readonly failed: number;
  readonly dropped: number;
  readonly rateLimited: number;
}

/** What to do to one request. */
export interface Fault {
  /** Wait this long before anything else (the step's latency plus the standing one). */
  readonly latencyMs: number;
  /** Close the connection without an answer. */
  readonly drop?: boolean;
  /** Answer with this HTTP status (and Retry-After seconds, if any). */
  readonly status?: { readonly code: number; readonly retryAfter: number | undefined };
  /** Answer with this platform error code. */
  readonly errcode?: { readonly errcode: number; readonly errmsg: string };
}

export interface Faults {
  /** Replaces the faults (and the schedule of `failNext`). */
  set(faults: EmulatorFaults): void;
  /** The fault for a request arriving at `now` (ms): the schedule first, then the rate limit, then the rates. */
  pick(now: number): Fault;
  /** Whether a publish started now fails. */
  publishFails(): boolean;
  /** Texts that make a v2 import item fail (see EmulatorFaults.rejectTexts). */
  rejectTexts(): readonly string[];
  counts(): FaultCounts;
  /** Removes every fault, and zeroes the counts and the rate limit's window. */
  reset(): void;
}

/** Creates the fault injector; `seed` seeds the rates' random generator. */
export function createFaults(options: { seed: number; faults?: EmulatorFaults }): Faults {
  const random = seededRandom(options.seed);
  let faults: EmulatorFaults = {};
  let schedule: FaultStep[] = [];
  /** When the requests of the last second were admitted, for the rate limit. */
  let admitted: number[] = [];
  let counts = { failed: 0, dropped: 0, rateLimited: 0 };

  const set = (next: EmulatorFaults) => {
    faults = { ...next };
    schedule = [...(next.failNext ?? [])];
  };
  set(options.faults ?? {});

  /** The HTTP failure, with Retry-After: given, or the standing one for 429 and 503. */
  const status = (code: number, retryAfter?: number): Fault["status"] => ({
    code,
    retryAfter: retryAfter ?? (code === 429 || code === 503 ? (faults.retryAfter ?? 1) : undefined),
  });

  function step(now: number): Omit<Fault, "latencyMs"> & { latencyMs?: number } {
    const next = schedule.shift();
    if (next) {
      if ("drop" in next) {
        counts.dropped++;
        return { drop: true };
      }
      if ("status" in next) {
        counts.failed++;
        return { status: status(next.status, next.retryAfter) };
      }
      if ("errcode" in next) {
        return {
          errcode: {
            errcode: next.errcode,
            errmsg: next.errmsg ?? "error injected by the emulator",
          },
        };
      }
      return { latencyMs: next.latencyMs };
    }
    if (faults.rateLimit !== undefined) {
      admitted = admitted.filter((t) => now - t < 1000);
      if (admitted.length >= faults.rateLimit) {
        counts.rateLimited++;
        return { status: status(429, faults.retryAfter ?? 1) };
      }
      admitted.push(now);
    }
    if (faults.dropRate && random() < faults.dropRate) {
      counts.dropped++;
      return { drop: true };
    }
    if (faults.failRate && random() < faults.failRate) {
      counts.failed++;
      return { status: status(faults.failStatus ?? 500) };
    }
    return {};
  }

  return {
    set,
    pick(now) {
      const picked = step(now);
      return { ...picked, latencyMs: (picked.latencyMs ?? 0) + (faults.latencyMs ?? 0) };
    },
    publishFails: () => Boolean(faults.publishFails),
    rejectTexts: () => faults.rejectTexts ?? [],
    counts: () => ({ ...counts }),
    reset() {
      set({});
      admitted = [];
      counts = { failed: 0, dropped: 0, rateLimited: 0 };
    },
  };
}
