/** The retry decision on its own: backoff, jitter, Retry-After and the budget, without HTTP. */
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, decideRetry, type RetryOptions } from "../../src/platform/transport.js";

const retry: RetryOptions = { limit: 5, baseDelayMs: 500, maxDelayMs: 10_000, totalTimeMs: 60_000 };
const at = (attempts: number, extra: { leftMs?: number; random?: number } = {}) => ({
  attempts,
  leftMs: extra.leftMs ?? 60_000,
  retry,
  random: extra.random ?? 0.999_999,
});

describe("decideRetry", () => {
  it("backs off exponentially, with full jitter below the cap", () => {
    // The cap doubles per retry from baseDelayMs: 500, 1000, 2000, 4000, 8000 ms.
    expect([1, 2, 3, 4, 5].map((n) => decideRetry({}, at(n)))).toEqual(
      [499, 999, 1999, 3999, 7999].map((delayMs) => ({ type: "retry", delayMs })),
    );
    expect(decideRetry({}, at(3, { random: 0 }))).toEqual({ type: "retry", delayMs: 0 });
    expect(decideRetry({}, at(3, { random: 0.5 }))).toEqual({ type: "retry", delayMs: 1000 });
  });

  it("never waits longer than maxDelayMs", () => {
    const long = { ...retry, limit: 20 };
    expect(decideRetry({}, { ...at(10), retry: long })).toEqual({ type: "retry", delayMs: 9999 });
  });

  it("gives up once the retries are spent, saying how many attempts were made", () => {
    expect(decideRetry({}, at(6))).toEqual({ type: "give-up", why: "gave up after 6 attempts" });
    expect(decideRetry({}, { ...at(1), retry: { ...retry, limit: 0 } })).toEqual({
      type: "give-up",
      why: "gave up after 1 attempt",
    });
    // Even a Retry-After or an immediate retry has no retry left.
    expect(decideRetry({ immediate: true, retryAfterMs: 10 }, at(6)).type).toBe("give-up");
  });

  it("gives up rather than wait past the call's time budget", () => {
    expect(decideRetry({}, at(4, { leftMs: 3000 }))).toEqual({
      type: "give-up",
      why: "gave up after 4 attempts in 60 s",
    });
    expect(decideRetry({}, at(4, { leftMs: 3000, random: 0.5 }))).toEqual({
      type: "retry",
      delayMs: 2000,
    });
  });

  it("waits as long as Retry-After asks, when the budget allows it", () => {
    expect(decideRetry({ retryAfterMs: 30_000 }, at(1))).toEqual({
      type: "retry",
      delayMs: 30_000,
    });
    expect(decideRetry({ retryAfterMs: 0 }, at(1, { leftMs: 0 }))).toEqual({
      type: "retry",
      delayMs: 0,
    });
    expect(decideRetry({ retryAfterMs: 61_000 }, at(2, { leftMs: 59_500 }))).toEqual({
      type: "give-up",
      why: "the platform asked to wait 61 s (Retry-After), longer than the 59 s left of the retry budget",
    });
    expect(decideRetry({ retryAfterMs: 1 }, at(2, { leftMs: -5 })).type).toBe("give-up");
  });

  it("retries at once when asked to, whatever the budget", () => {
    expect(decideRetry({ immediate: true }, at(1, { leftMs: 0 }))).toEqual({
      type: "retry",
      delayMs: 0,
    });
  });

  it("matches the defaults the clients use", () => {
    expect(DEFAULT_RETRY).toEqual(retry);
  });
});
