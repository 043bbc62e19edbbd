import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  parseRetryAfter,
  type RetryInfo,
  readEnvelope,
  SAME_FAILURE_LIMIT,
} from "../../src/platform/client.js";
import { FATAL_CODES } from "../../src/platform/codes.js";
import { type Emulator, entryKey, startEmulator } from "../../src/platform/emulator.js";
import { PlatformError } from "../../src/platform/errors.js";
import { clientFor, entry, hintOf, rejection, testCredentials } from "./helpers.js";

let emulator: Emulator;
/** The emulator's clock when a test drives it (the real one otherwise). */
let clock: number | undefined;
beforeAll(async () => {
  emulator = await startEmulator({
    credentials: testCredentials(),
    publishSteps: 3,
    now: () => clock ?? Date.now(),
  });
});
afterEach(() => {
  clock = undefined;
  emulator.reset();
});
afterAll(() => emulator.stop());

describe("client against the emulator: success", () => {
  it("writes an entry with setautoreply, text intact", async () => {
    const client = clientFor(emulator);
    const tricky = entry("北京 ]]> <b>&amp;", { content: ' <a href="weixin://x?a=1&b=2">q</a> ' });
    await client.setAutoReply(tricky);
    await client.setAutoReply(tricky);
    client.close();
    expect(emulator.entries()).toEqual([tricky]);
    expect(emulator.stats().writes).toEqual({ [entryKey(tricky.skill, tricky.title)]: 2 });
  });

  it("imports in mode 0 (upsert) and mode 1 (replace everything)", async () => {
    const client = clientFor(emulator);
    await client.setAutoReply(entry("a"));
    await client.batchImportSkill(0, [entry("b"), entry("a", { content: "new", questions: [] })]);
    expect(emulator.entries().map((e) => [e.title, e.content])).toEqual([
      ["a", "new"],
      ["b", "answer to b"],
    ]);
    await client.batchImportSkill(1, [entry("c", { questions: ["only one"] })]);
    client.close();
    expect(emulator.entries()).toEqual([entry("c", { questions: ["only one"] })]);
  });

  it("publishes and polls progress from 0 to 100", async () => {
    const client = clientFor(emulator);
    await client.setAutoReply(entry("a"));
    await client.publish();
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await client.publishProgress());
    client.close();
    expect(seen).toEqual([
      { progress: 0, status: 0 },
      { progress: 33, status: 0 },
      { progress: 67, status: 0 },
      { progress: 100, status: 1 },
    ]);
    expect(emulator.published()).toEqual([entry("a")]);
  });

  it("reports a failed publish as status 2", async () => {
    emulator.setFaults({ publishFails: true });
    const client = clientFor(emulator);
    await client.publish();
    let last = await client.publishProgress();
    while (last.status === 0) last = await client.publishProgress();
    client.close();
    expect(last.status).toBe(2);
    expect(emulator.published()).toBeUndefined();
  });
});

describe("client against the emulator: platform errors", () => {
  const cases: [string, () => Parameters<typeof clientFor>[1], number][] = [
    ["a wrong token", () => ({ credentials: { token: testCredentials().token } }), 1001],
    [
      "a wrong EncodingAESKey",
      () => ({ credentials: { encodingAesKey: testCredentials().encodingAesKey } }),
      1013,
    ],
    ["a wrong app id", () => ({ credentials: { appId: "wxsomebodyelse" } }), 1009],
    ["a wrong managerid", () => ({ credentials: { managerId: "not-an-admin" } }), 1015],
  ];
  for (const [what, overrides, code] of cases) {
    it(`stops at once on ${what} (code ${code})`, async () => {
      const retries: RetryInfo[] = [];
      const client = clientFor(emulator, { ...overrides(), onRetry: (i) => retries.push(i) });
      const error = await rejection(client.setAutoReply(entry("a")));
      client.close();
      expect(error).toBeInstanceOf(PlatformError);
      expect(error).toMatchObject({
        action: "setautoreply",
        code,
        fatal: true,
        attempts: 1,
        httpStatus: 200,
      });
      expect((error as PlatformError).remedy?.kind).toBe("check-credentials");
      expect(hintOf(error as PlatformError)).toMatch(/check FAQOPS_/);
      expect(hintOf(error as PlatformError, "action")).toMatch(/check the action's `[a-z-]+`/);
      expect(retries).toEqual([]);
      expect(emulator.stats().requests.total).toBe(1);
      expect(emulator.entries()).toEqual([]);
    });
  }

  it("never retries any fatal code, and says what to check", async () => {
    expect(FATAL_CODES).toEqual([1001, 1002, 1009, 1010, 1011, 1013, 1015, 1019]);
    const client = clientFor(emulator);
    for (const code of FATAL_CODES) {
      emulator.setFaults({ failNext: [{ errcode: code }] });
      const before = emulator.stats().requests.total;
      const error = (await rejection(client.publish())) as PlatformError;
      expect(error).toMatchObject({ action: "publish", code, fatal: true, kind: "fatal" });
      expect(error.message).toContain(`code ${code}`);
      expect(hintOf(error)).toBeTruthy();
      expect(emulator.stats().requests.total).toBe(before + 1);
    }
    client.close();
  });

  it("reports a bad request (1007) for this entry only, not fatal", async () => {
    const client = clientFor(emulator);
    const error = (await rejection(client.setAutoReply(entry("")))) as PlatformError;
    await client.setAutoReply(entry("fine"));
    client.close();
    expect(error).toMatchObject({ code: 1007, fatal: false, kind: "rejected" });
    expect(emulator.entries().map((e) => e.title)).toEqual(["fine"]);
  });

  it("treats a wrong endpoint path as fatal", async () => {
    const client = clientFor(emulator, { endpoint: `${emulator.url}/nothing-here` });
    const error = (await rejection(client.publish())) as PlatformError;
    client.close();
    expect(error).toMatchObject({ fatal: true, httpStatus: 405 });
    expect(error.remedy).toMatchObject({ kind: "check-endpoint", check: "base-url" });
    expect(hintOf(error)).toMatch(/^check --endpoint \/ FAQOPS_ENDPOINT: it should be/);
  });
});

describe("client against the emulator: retries", () => {
  it("retries a 500, then succeeds, writing once", async () => {
    emulator.setFaults({ failNext: [{ status: 500 }] });
    const retries: RetryInfo[] = [];
    const client = clientFor(emulator, { onRetry: (i) => retries.push(i) });
    await client.setAutoReply(entry("a"));
    client.close();
    expect(retries).toEqual([
      expect.objectContaining({ action: "setautoreply", attempt: 1, reason: "HTTP 500" }),
    ]);
    expect(emulator.stats()).toMatchObject({
      requests: { total: 2 },
      writes: { [entryKey("天气", "a")]: 1 },
    });
  });

  it("retries a dropped connection, then succeeds", async () => {
    emulator.setFaults({ failNext: [{ drop: true }, { drop: true }] });
    const retries: RetryInfo[] = [];
    const client = clientFor(emulator, { onRetry: (i) => retries.push(i) });
    await client.setAutoReply(entry("a"));
    client.close();
    expect(retries.map((r) => r.reason)).toEqual([
      expect.stringMatching(/ECONNRESET/),
      expect.stringMatching(/ECONNRESET/),
    ]);
    expect(emulator.stats()).toMatchObject({
      faults: { dropped: 2 },
      writes: { [entryKey("天气", "a")]: 1 },
    });
  });

  it(`stops on ${SAME_FAILURE_LIMIT} dropped connections in a row, without spending the retries`, async () => {
    emulator.setFaults({ failNext: [{ drop: true }, { drop: true }, { drop: true }] });
    const retries: RetryInfo[] = [];
    const client = clientFor(emulator, { onRetry: (i) => retries.push(i) });
    const error = (await rejection(client.setAutoReply(entry("a")))) as PlatformError;
    client.close();
    expect(error).toMatchObject({ kind: "fatal", fatal: true, attempts: SAME_FAILURE_LIMIT });
    expect(error.message).toBe(
      `setautoreply: no answer from ${emulator.url} on 3 requests in a row (each connection was closed before an answer: ECONNRESET).`,
    );
    expect(retries).toHaveLength(SAME_FAILURE_LIMIT - 1);
    expect(emulator.stats().requests.total).toBe(SAME_FAILURE_LIMIT);
  });

  it("waits as long as Retry-After says on a 429", async () => {
    emulator.setFaults({ failNext: [{ status: 429, retryAfter: 1 }] });
    const retries: RetryInfo[] = [];
    const client = clientFor(emulator, { onRetry: (i) => retries.push(i) });
    const started = Date.now();
    await client.setAutoReply(entry("a"));
    client.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(retries).toEqual([expect.objectContaining({ delayMs: 1000, reason: "HTTP 429" })]);
    expect(emulator.entries()).toHaveLength(1);
  });

  it("answers the rate limit with 429 and Retry-After, which the client honours", async () => {
    emulator.setFaults({ rateLimit: 2, retryAfter: 1 });
    // For the emulator, the three calls arrive at one instant (within its 1 s window however slow
    // the machine), and the retry the Retry-After later.
    let now = Date.now();
    clock = now;
    const client = clientFor(emulator, {
      onRetry: (info) => {
        now += info.delayMs;
        clock = now;
      },
    });
    const started = Date.now();
    await Promise.all(["a", "b", "c"].map((t) => client.setAutoReply(entry(t))));
    client.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(emulator.stats()).toMatchObject({ faults: { rateLimited: 1 }, requests: { total: 4 } });
    expect(Object.values(emulator.stats().writes)).toEqual([1, 1, 1]);
  });

  it("awaits beforeRequest before every request, retries included, outside the time budget", async () => {
    emulator.setFaults({ failNext: [{ status: 500 }, { drop: true }] });
    let calls = 0;
    const client = clientFor(emulator, {
      // Each wait alone is most of the budget, and three are well over it: only a budget that
      // leaves them out lets the call through (with room for a slow machine's requests).
      retry: { totalTimeMs: 1000 },
      beforeRequest: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 700));
      },
    });
    await client.setAutoReply(entry("a"));
    client.close();
    expect(calls).toBe(3);
    expect(emulator.stats().requests.total).toBe(3);
  });

  it("gives up at once when Retry-After exceeds the time left", async () => {
    emulator.setFaults({ failNext: [{ status: 503, retryAfter: 120 }] });
    const client = clientFor(emulator, { retry: { totalTimeMs: 5000 } });
    const error = (await rejection(client.publish())) as PlatformError;
    client.close();
    expect(error).toMatchObject({
      kind: "unavailable",
      fatal: false,
      httpStatus: 503,
      attempts: 1,
    });
    expect(error.message).toMatch(/asked to wait 120 s \(Retry-After\)/);
  });

  it("gives up after the retry limit", async () => {
    emulator.setFaults({ failRate: 1, failStatus: 502 });
    const retries: RetryInfo[] = [];
    const client = clientFor(emulator, { retry: { limit: 3 }, onRetry: (i) => retries.push(i) });
    const error = (await rejection(client.setAutoReply(entry("a")))) as PlatformError;
    client.close();
    expect(error).toMatchObject({
      kind: "unavailable",
      fatal: false,
      httpStatus: 502,
      attempts: 4,
    });
    expect(error.message).toMatch(/HTTP 502; gave up after 4 attempts/);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(emulator.stats().requests.total).toBe(4);
    expect(emulator.entries()).toEqual([]);
  });

  it("gives up within the total time, whatever the limit", async () => {
    emulator.setFaults({ failRate: 1, failStatus: 500 });
    const client = clientFor(emulator, {
      retry: { limit: 1000, baseDelayMs: 20, maxDelayMs: 40, totalTimeMs: 300 },
    });
    const started = Date.now();
    const error = (await rejection(client.publish())) as PlatformError;
    client.close();
    // Without the bound, 1000 attempts 20 to 40 ms apart: over 20 s.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error.kind).toBe("unavailable");
    expect(error.attempts).toBeGreaterThan(2);
    expect(error.attempts).toBeLessThan(1000);
  });

  it("backs off with full jitter, capped by maxDelayMs", async () => {
    emulator.setFaults({ failRate: 1 });
    const retries: RetryInfo[] = [];
    const client = clientFor(emulator, {
      retry: { limit: 6, baseDelayMs: 4, maxDelayMs: 16 },
      onRetry: (i) => retries.push(i),
    });
    await rejection(client.publish());
    client.close();
    const caps = [4, 8, 16, 16, 16, 16];
    expect(retries).toHaveLength(6);
    retries.forEach((r, i) => {
      expect(r.delayMs).toBeGreaterThanOrEqual(0);
      expect(r.delayMs).toBeLessThan(caps[i]!);
    });
  });

  it("retries a time-out, and reports it when it persists", async () => {
    emulator.setFaults({ latencyMs: 300 });
    const retries: RetryInfo[] = [];
    const client = clientFor(emulator, {
      timeoutMs: 50,
      retry: { limit: 1 },
      onRetry: (i) => retries.push(i),
    });
    const error = (await rejection(client.setAutoReply(entry("a")))) as PlatformError;
    client.close();
    expect(error).toMatchObject({ kind: "unavailable", attempts: 2 });
    expect(error.message).toMatch(/no answer within 50 ms/);
    expect(retries).toHaveLength(1);
  });

  it("is cancelled by the caller's signal, also while waiting to retry", async () => {
    emulator.setFaults({ failRate: 1 });
    const client = clientFor(emulator, { retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 } });
    const controller = new AbortController();
    const pending = rejection(client.setAutoReply(entry("a"), { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = (await pending) as PlatformError;
    client.close();
    expect(error).toMatchObject({ kind: "aborted", fatal: false });
  });
});

describe("response envelope", () => {
  it("treats any of code, errcode, ret that is not 0 as the error", () => {
    expect(readEnvelope('{"errcode":0,"msg":"Success"}')).toMatchObject({
      code: 0,
      message: "Success",
    });
    expect(readEnvelope('{"code":0,"errcode":1002,"errmsg":"x"}')).toMatchObject({
      code: 1002,
      message: "x",
    });
    expect(readEnvelope('{"ret":"1015","msg":["a"]}')).toMatchObject({
      code: 1015,
      message: '["a"]',
    });
    expect(readEnvelope('{"code":0,"data":{"progress":5}}')?.data).toEqual({ progress: 5 });
    for (const bad of ["", "<html>", "[]", "{}", '{"code":"x"}', "null"]) {
      expect(readEnvelope(bad)).toBeUndefined();
    }
  });

  it("reads Retry-After as seconds, decimals included, or as an HTTP date", () => {
    const now = Date.parse("2024-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
    expect(parseRetryAfter("0.05", now)).toBe(50);
    expect(parseRetryAfter(".25", now)).toBe(250);
    expect(parseRetryAfter("2.", now)).toBe(2000);
    expect(parseRetryAfter("Mon, 01 Jan 2024 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Monday, 01-Jan-24 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Mon Jan  1 00:00:10 2024", now)).toBe(10_000);
    // A date already past means: now.
    expect(parseRetryAfter("Sun, 31 Dec 2023 23:59:00 GMT", now)).toBe(0);
  });

  it("reads garbage in Retry-After as absent", () => {
    const now = Date.parse("2024-01-01T00:00:00Z");
    // Date.parse alone would read "soon 5" as May 2001.
    for (const garbage of [
      "soon",
      "soon 5",
      "-1",
      "1e3",
      "1,5",
      "1.5s",
      "0x10",
      "Infinity",
      "NaN",
      "",
      "   ",
      "9".repeat(400),
      "Mon, 01 Jan 2024 00:00:10",
      "2024-01-01T00:00:10Z",
    ]) {
      expect(parseRetryAfter(garbage, now), garbage).toBeUndefined();
    }
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
