/**
 * The v2 client over real HTTP against a purpose-built platform (v2-fake-platform.ts) that checks
 * every signature with signV2: the reference's vectors through the client's own request, the
 * headers of each call, the token's cache, refresh and single exchange, the refusals and retries,
 * and the normalisation of each answer.
 */
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { InternalError } from "../../src/errors.js";
import {
  DEFAULT_V2_ENDPOINT,
  readV2Credentials,
  resolveEndpoint,
} from "../../src/platform/credentials.js";
import { PlatformError } from "../../src/platform/errors.js";
import type { RetryInfo } from "../../src/platform/transport.js";
import { createV2Client, type V2ClientOptions } from "../../src/platform/v2/client.js";
import { signV2 } from "../../src/platform/v2/sign.js";
import type { ImportItem, V2Client, V2Credentials } from "../../src/platform/v2/types.js";
import { distinctiveSecret, hintOf, rejection } from "./helpers.js";
import {
  code,
  type FakePlatform,
  ok,
  type Received,
  startFakePlatform,
  taskData,
} from "./v2-fake-platform.js";

const platforms: FakePlatform[] = [];
const clients: V2Client[] = [];
let retries: RetryInfo[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(platforms.splice(0).map((p) => p.close()));
  retries = [];
});

const credentialsLike = (token = distinctiveSecret()): V2Credentials => ({
  appId: "wxv2app0123456789",
  token,
  account: "admin-v2",
});

/** A fake platform and a client for it, with tiny retry delays. */
async function setUp(
  options: Partial<Omit<V2ClientOptions, "endpoint">> = {},
): Promise<{ platform: FakePlatform; client: V2Client; credentials: V2Credentials }> {
  const credentials = options.credentials ?? credentialsLike();
  const platform = await startFakePlatform(credentials);
  platforms.push(platform);
  const client = createV2Client({
    timeoutMs: 2000,
    onRetry: (info) => retries.push(info),
    ...options,
    endpoint: platform.url,
    credentials,
    retry: { baseDelayMs: 1, maxDelayMs: 5, ...options.retry },
  });
  clients.push(client);
  return { platform, client, credentials };
}

const item = (intent: string, extra: Partial<ImportItem> = {}): ImportItem => ({
  skill: "售前",
  intent,
  disable: false,
  questions: [`${intent}?`],
  answers: [`answer to ${intent}`],
  ...extra,
});

async function platformError(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

/** A clock the test moves: starts at the reference's example time. */
function fakeClock(start = 1_711_001_766_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const md5 = (text: string) => createHash("md5").update(text).digest("hex");

describe("signature", () => {
  it("the official vector, through the same check the fake platform applies to every request", () => {
    // [token]: Token, timestamp 1711001766, nonce "abc", empty body.
    expect(signV2("YV78Pyj1VvqdNGpMJ1pHic0bIBOWMv", "1711001766", "abc", "")).toBe(
      "fff8dae1356e7867ea98743439f0e9f8",
    );
    expect(md5("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
  });

  it("the second vector: importJson sends exactly its bytes, timestamp, nonce and sign", async () => {
    const { platform, client } = await setUp({
      credentials: credentialsLike("T0kenHeldOut9xQ"),
      // 999 ms past the second: the timestamp is whole seconds, rounded down.
      now: () => 1_711_001_766_999,
      nonce: () => "n0nce-0123456789",
    });
    const taskId = await client.importJson(0, [
      {
        skill: "售前",
        intent: "营业时间",
        questions: ["几点开门"],
        answers: ["9:00-18:00"],
      },
    ]);
    expect(taskId).toMatch(/^[0-9a-f]{32}$/);
    const [sent] = platform.to("/v2/bot/import/json");
    expect(sent?.body).toBe(
      '{"mode":0,"data":[{"skill":"售前","intent":"营业时间","questions":["几点开门"],"answers":["9:00-18:00"]}]}',
    );
    expect(sent?.bytes).toBe(116);
    expect(md5(sent?.body ?? "")).toBe("e8c60b0228e8c1245963dab5d339ccb3");
    expect(sent?.headers).toMatchObject({
      timestamp: "1711001766",
      nonce: "n0nce-0123456789",
      sign: "f5f2bbe3eb2e446c622b1ef5ddfba0af",
    });
    expect(platform.received.every((r) => r.signOk)).toBe(true);
  });

  it("every request of every call carries a signature the platform accepts", async () => {
    const { platform, client } = await setUp();
    await client.importJson(0, [item("a"), item("b", { threshold: "0.9" })]);
    await client.fetchTask("t1");
    await client.publish();
    await client.publishProgress();
    expect(platform.received.map((r) => r.path)).toEqual([
      "/v2/token",
      "/v2/bot/import/json",
      "/v2/async/fetch",
      "/v2/bot/publish",
      "/v2/bot/effective_progress",
    ]);
    expect(platform.received.every((r) => r.signOk)).toBe(true);
  });
});

describe("requests", () => {
  it("the token call: X-APPID, no X-OPENAI-TOKEN, the account; the others: the token verbatim, no X-APPID", async () => {
    const { platform, client, credentials } = await setUp();
    await client.fetchTask("fad7576d7562429d9c5d8568dc35a41b");
    await client.publish();
    await client.publishProgress();
    const [token, ...calls] = platform.received as [Received, ...Received[]];
    expect(token.path).toBe("/v2/token");
    expect(token.headers["x-appid"]).toBe(credentials.appId);
    expect(token.headers["x-openai-token"]).toBeUndefined();
    expect(JSON.parse(token.body)).toEqual({ account: credentials.account });
    const accessToken = platform.issued[0]!;
    expect(accessToken).toMatch(/[+@-]/);
    for (const call of calls) {
      expect(call.headers["x-openai-token"], call.path).toBe(accessToken);
      expect(call.headers["x-appid"], call.path).toBeUndefined();
      expect(call.tokenOk).toBe(true);
    }
    expect(calls.map((c) => c.body)).toEqual([
      '{"task_id":"fad7576d7562429d9c5d8568dc35a41b"}',
      "{}",
      '{"env":"online"}',
    ]);
    for (const request of platform.received) {
      const { headers } = request;
      expect(headers["content-type"]).toBe("application/json");
      expect(headers.request_id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(headers.timestamp).toMatch(/^\d{10}$/);
      expect(Math.abs(Number(headers.timestamp) - Date.now() / 1000)).toBeLessThan(60);
      expect(String(headers.nonce).length).toBeGreaterThanOrEqual(10);
      expect(String(headers.nonce).length).toBeLessThanOrEqual(32);
      expect(headers.sign).toMatch(/^[0-9a-f]{32}$/);
    }
    const ids = platform.received.map((r) => r.headers.request_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("import items: wire names in order, old_intent and threshold only when set", async () => {
    const { platform, client } = await setUp();
    await client.importJson(0, [
      item("plain"),
      item("renamed", { oldIntent: "old name", threshold: "0.85", disable: true }),
    ]);
    const body = platform.to("/v2/bot/import/json")[0]?.body ?? "";
    expect(body).toBe(
      JSON.stringify({
        mode: 0,
        data: [
          {
            skill: "售前",
            intent: "plain",
            disable: false,
            questions: ["plain?"],
            answers: ["answer to plain"],
          },
          {
            skill: "售前",
            intent: "renamed",
            old_intent: "old name",
            threshold: "0.85",
            disable: true,
            questions: ["renamed?"],
            answers: ["answer to renamed"],
          },
        ],
      }),
    );
  });

  it("mode 1 with old_intent, or a bad mode: a bug, thrown before any request", async () => {
    const { platform, client } = await setUp();
    await expect(client.importJson(1, [item("a", { oldIntent: "b" })])).rejects.toThrow(
      InternalError,
    );
    await expect(client.importJson(2 as 0, [item("a")])).rejects.toThrow(InternalError);
    await expect(client.fetchTask("")).rejects.toThrow(InternalError);
    expect(platform.received).toEqual([]);
    await client.importJson(1, [item("a")]);
    expect(JSON.parse(platform.to("/v2/bot/import/json")[0]?.body ?? "")).toMatchObject({
      mode: 1,
    });
  });

  it("awaits beforeRequest before every request: token exchanges and retries included", async () => {
    let gate = 0;
    const { platform, client } = await setUp({
      beforeRequest: async () => {
        gate++;
      },
    });
    platform.script("/v2/bot/publish", { status: 503, text: "busy" });
    await client.publish();
    expect(platform.received.map((r) => r.path)).toEqual([
      "/v2/token",
      "/v2/bot/publish",
      "/v2/bot/publish",
    ]);
    expect(gate).toBe(3);
  });
});

describe("the access token", () => {
  it("one exchange for many concurrent calls, then cached", async () => {
    const { platform, client } = await setUp();
    platform.tokenDelayMs = 100;
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.fetchTask(`t${i}`)));
    await client.publishProgress();
    expect(platform.to("/v2/token")).toHaveLength(1);
    expect(platform.to("/v2/async/fetch")).toHaveLength(8);
  });

  it("is fetched anew once its time is up (100 min by default; here 1 s of a fake clock)", async () => {
    const clock = fakeClock();
    const { platform, client } = await setUp({ now: clock.now, tokenTtlMs: 1000 });
    await client.publishProgress();
    clock.advance(999);
    await client.publishProgress();
    expect(platform.to("/v2/token")).toHaveLength(1);
    clock.advance(1);
    await client.publishProgress();
    expect(platform.to("/v2/token")).toHaveLength(2);
    const progress = platform.to("/v2/bot/effective_progress");
    expect(progress.map((r) => r.headers["x-openai-token"])).toEqual([
      platform.issued[0],
      platform.issued[0],
      platform.issued[1],
    ]);
  });

  it("210202 on a cached token: one new token, the call retried once with it", async () => {
    const { platform, client } = await setUp();
    await client.publishProgress();
    platform.revoke(platform.issued[0]!);
    await client.fetchTask("t1");
    expect(platform.received.map((r) => r.path)).toEqual([
      "/v2/token",
      "/v2/bot/effective_progress",
      "/v2/async/fetch",
      "/v2/token",
      "/v2/async/fetch",
    ]);
    const fetches = platform.to("/v2/async/fetch");
    expect(fetches[1]?.headers["x-openai-token"]).toBe(platform.issued[1]);
    expect(fetches[0]?.body).toBe(fetches[1]?.body);
  });

  it("concurrent calls refused together share the one new token", async () => {
    const { platform, client } = await setUp();
    await client.publishProgress();
    platform.revoke(platform.issued[0]!);
    platform.tokenDelayMs = 50;
    await Promise.all(Array.from({ length: 5 }, (_, i) => client.fetchTask(`t${i}`)));
    expect(platform.to("/v2/token")).toHaveLength(2);
  });

  it("210202 again after the new token: fatal, with the 应用绑定 hint, and no third token", async () => {
    const { platform, client } = await setUp();
    await client.publishProgress();
    platform.script("/v2/async/fetch", code(210202, "权限不足"), code(210202, "权限不足"));
    const error = await platformError(client.fetchTask("t1"));
    expect(error).toMatchObject({ kind: "fatal", code: 210202, action: "/v2/async/fetch" });
    expect(error.message).toMatch(
      /no permission.*code 210202 \("权限不足"\), with a new access token too/,
    );
    expect(hintOf(error)).toContain("应用绑定");
    expect(platform.to("/v2/token")).toHaveLength(2);
    expect(platform.to("/v2/async/fetch")).toHaveLength(2);
  });

  it("210202 on a token fetched for this very call: fatal at once, no refresh", async () => {
    const { platform, client } = await setUp();
    platform.script("/v2/bot/import/json", code(210202, "权限不足"));
    const error = await platformError(client.importJson(0, [item("a")]));
    expect(error).toMatchObject({ kind: "fatal", code: 210202 });
    expect(platform.to("/v2/token")).toHaveLength(1);
  });

  it("HTTP 401 and 403 on a cached token: refreshed and retried once, then fatal", async () => {
    const { platform, client } = await setUp();
    await client.publishProgress();
    platform.script("/v2/bot/publish", { status: 401, text: "unauthorized" });
    await client.publish();
    expect(platform.to("/v2/token")).toHaveLength(2);
    platform.revoke(platform.issued[1]!);
    platform.script(
      "/v2/bot/publish",
      { status: 403, text: "forbidden" },
      { status: 403, text: "forbidden" },
    );
    const error = await platformError(client.publish());
    expect(error).toMatchObject({ kind: "fatal", httpStatus: 403 });
    expect(error.message).toMatch(/refused the access token, a new one too/);
    expect(platform.to("/v2/token")).toHaveLength(3);
  });

  it("an empty or missing access_token: fatal", async () => {
    for (const data of [{ access_token: "" }, {}, null, { access_token: "has space" }]) {
      const { platform, client } = await setUp();
      platform.script("/v2/token", ok(data));
      const error = await platformError(client.publish());
      expect(error).toMatchObject({ kind: "fatal", action: "/v2/token" });
      expect(error.message).toMatch(/access_token/);
      expect(platform.to("/v2/bot/publish")).toHaveLength(0);
    }
  });

  it("110001 on /v2/token: fatal, pointing at the clock, Token, APPID and account", async () => {
    const { platform, client } = await setUp();
    platform.script("/v2/token", code(110001, "Internal Server Error", { err_detail: 210202 }));
    const error = await platformError(client.publish());
    expect(error).toMatchObject({ kind: "fatal", code: 110001, action: "/v2/token" });
    expect(error.message).toContain('code 110001 ("Internal Server Error"; err_detail 210202)');
    expect(error.hint).toBeUndefined();
    expect(hintOf(error)).toMatch(/clock.*FAQOPS_TOKEN.*FAQOPS_APPID.*FAQOPS_MANAGER_ID/);
    expect(hintOf(error, "action")).toMatch(
      /clock.*`token` and `appid` inputs.*`manager-id` input/,
    );
    expect(platform.received).toHaveLength(1);
  });

  it("a wrong APPID is refused by the platform (fatal), and every waiting caller gets the error", async () => {
    const { platform, client } = await setUp({
      credentials: { ...credentialsLike(), appId: "wrong" },
    });
    // The fake platform knows the credentials the client was made with: script the refusal.
    platform.script("/v2/token", code(110001, "Internal Server Error"));
    const errors = await Promise.all([client.publish(), client.fetchTask("x")].map(platformError));
    for (const error of errors) expect(error).toMatchObject({ kind: "fatal", code: 110001 });
    expect(platform.to("/v2/token")).toHaveLength(1);
  });

  it("a caller's signal cancels its own wait for the shared exchange, not the exchange", async () => {
    const { platform, client } = await setUp();
    platform.tokenDelayMs = 150;
    const controller = new AbortController();
    const cancelled = client.fetchTask("a", { signal: controller.signal });
    const other = client.fetchTask("b");
    setTimeout(() => controller.abort(), 20);
    expect(await platformError(cancelled)).toMatchObject({ kind: "aborted" });
    await other;
    expect(platform.to("/v2/token")).toHaveLength(1);
    expect(platform.to("/v2/async/fetch").map((r) => JSON.parse(r.body).task_id)).toEqual(["b"]);
  });
});

describe("signature refusals and retries", () => {
  it("HTTP 400 once: signed afresh at once, and it goes through", async () => {
    const clock = fakeClock();
    const { platform, client } = await setUp({ now: () => clock.advance(1000) });
    platform.script("/v2/bot/import/json", { status: 400, text: "invalid sign request" });
    await client.importJson(0, [item("a")]);
    const [first, second] = platform.to("/v2/bot/import/json");
    expect(second?.body).toBe(first?.body);
    expect(second?.headers.timestamp).not.toBe(first?.headers.timestamp);
    expect(second?.headers.sign).not.toBe(first?.headers.sign);
    expect(retries).toMatchObject([{ action: "/v2/bot/import/json", attempt: 1, delayMs: 0 }]);
  });

  it("HTTP 400 twice: fatal, about the clock and the Token", async () => {
    const { platform, client } = await setUp();
    platform.script(
      "/v2/bot/import/json",
      { status: 400, text: "invalid sign request" },
      { status: 400, text: "invalid sign request" },
    );
    const error = await platformError(client.importJson(0, [item("a")]));
    expect(error).toMatchObject({ kind: "fatal", httpStatus: 400, attempts: 2 });
    expect(error.message).toMatch(
      /HTTP 400 from http:\/\/127\.0\.0\.1:\d+ \("invalid sign request"\): the platform refused the request's signature, again after signing it afresh\./,
    );
    expect(hintOf(error)).toMatch(/clock.*FAQOPS_TOKEN/);
    expect(platform.to("/v2/bot/import/json")).toHaveLength(2);
  });

  it("a signature the platform really refuses (a wrong Token) stops on the token call", async () => {
    const platform = await startFakePlatform(credentialsLike());
    platforms.push(platform);
    const client = createV2Client({
      endpoint: platform.url,
      credentials: credentialsLike(),
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
    });
    clients.push(client);
    const error = await platformError(client.publish());
    expect(error).toMatchObject({ kind: "fatal", httpStatus: 400, action: "/v2/token" });
    expect(platform.received).toHaveLength(2);
    expect(platform.received.every((r) => !r.signOk)).toBe(true);
  });

  it("every retry is signed afresh: new timestamp, nonce, request id and sign, the same body", async () => {
    const clock = fakeClock();
    const { platform, client } = await setUp({ now: () => clock.advance(1000) });
    platform.script(
      "/v2/bot/import/json",
      { status: 503, text: "busy" },
      code(210205, "接口调用频繁"),
      code(1110001, "internal"),
    );
    await client.importJson(0, [item("a"), item("b")]);
    const attempts = platform.to("/v2/bot/import/json");
    expect(attempts).toHaveLength(4);
    for (const key of ["timestamp", "nonce", "request_id", "sign"]) {
      expect(new Set(attempts.map((a) => a.headers[key])).size, key).toBe(4);
    }
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    expect(attempts.every((a) => a.signOk)).toBe(true);
    expect(retries.map((r) => r.reason)).toEqual([
      "HTTP 503",
      "code 210205 (calls too frequent)",
      "code 1110001 (the platform failed for now (an internal error))",
    ]);
  });

  it("a busy platform that stays busy: unavailable after the retries, with the code", async () => {
    const { platform, client } = await setUp({ retry: { limit: 2 } });
    platform.script("/v2/async/fetch", ...Array(3).fill(code(210201, "db error")));
    const error = await platformError(client.fetchTask("t"));
    expect(error).toMatchObject({ kind: "unavailable", code: 210201, attempts: 3 });
  });
});

describe("codes", () => {
  it("bad requests and the safety check reject that call only", async () => {
    const { platform, client } = await setUp();
    for (const [value, meaning] of [
      [110002, /parameter/],
      [210106, /JSON/],
      [1000012, /data/],
      [110003, /safety check/],
      [999999, /does not know/],
    ] as const) {
      platform.script("/v2/bot/import/json", code(value, "nope"));
      const error = await platformError(client.importJson(0, [item("a")]));
      expect(error, String(value)).toMatchObject({ kind: "rejected", code: value });
      expect(error.message).toMatch(meaning);
    }
    await client.importJson(0, [item("a")]);
    expect(platform.to("/v2/token")).toHaveLength(1);
  });

  it('"user has no auth to access api import-bot-json-v2": fatal, enable the open API under 应用绑定', async () => {
    const { platform, client } = await setUp();
    platform.script(
      "/v2/bot/import/json",
      code(1, "user has no auth to access api import-bot-json-v2"),
    );
    const error = await platformError(client.importJson(0, [item("a")]));
    expect(error).toMatchObject({ kind: "fatal", code: 1 });
    expect(error.message).toMatch(/open API is not enabled/);
    expect(hintOf(error)).toMatch(/应用绑定/);
  });

  it("anything but the envelope is fatal: an HTML page, JSON without a code, a 404", async () => {
    const { platform, client } = await setUp();
    await client.publishProgress();
    for (const reply of [
      { text: "<html>portal</html>" },
      { text: '{"errcode":0}' },
      { status: 404, text: "not found" },
    ]) {
      platform.script("/v2/bot/publish", reply);
      const error = await platformError(client.publish());
      expect(error).toMatchObject({ kind: "fatal" });
      expect(error.message).toContain(platform.url);
    }
  });
});

describe("answers", () => {
  it("importJson: the task id; a missing, null or empty one is an error", async () => {
    const { platform, client } = await setUp();
    platform.script("/v2/bot/import/json", ok({ task_id: "179ba14fae5f4028b7c00a180cf709e3" }));
    expect(await client.importJson(0, [item("a")])).toBe("179ba14fae5f4028b7c00a180cf709e3");
    for (const data of [{ task_id: null }, {}, null, { task_id: "" }]) {
      platform.script("/v2/bot/import/json", ok(data));
      const error = await platformError(client.importJson(0, [item("a")]));
      expect(error).toMatchObject({ kind: "fatal", action: "/v2/bot/import/json" });
      expect(error.message).toMatch(/no task_id/);
    }
  });

  it("fetchTask: the reference's example, normalised", async () => {
    const { client } = await setUp();
    expect(await client.fetchTask("t")).toEqual({
      state: "succeeded",
      progress: 100,
      message: "",
      totalCount: 1,
      successCount: 1,
      failCount: 0,
      imported: [{ skill: "AAA", intent: "BBC", skillId: 2098207, intentId: 47147532 }],
      failedSkills: [],
    });
  });

  it("fetchTask: numeric strings, null lists, failures, the map form, and a running task", async () => {
    const { platform, client } = await setUp();
    platform.script(
      "/v2/async/fetch",
      ok(
        taskData({
          state: "3",
          progress: "40",
          msg: "2 intents failed",
          total_count: "3",
          success_count: "1",
          fail_count: "2",
          success_skill_info: [
            { id: "7", name: "售前", intents: [{ id: "8", name: "营业时间" }] },
            { id: 9, name: "空", intents: null },
          ],
          fail_skill_info: [{ name: "售后", extra: 1 }, { id: 3 }, "x"],
        }),
      ),
      ok(taskData({ state: 1, progress: 0, success_skill_info: null, success_count: null })),
      ok(taskData({ success_skill_info: { 售前: 7 } })),
    );
    expect(await client.fetchTask("t")).toEqual({
      state: "failed",
      progress: 40,
      message: "2 intents failed",
      totalCount: 3,
      successCount: 1,
      failCount: 2,
      imported: [{ skill: "售前", intent: "营业时间", skillId: 7, intentId: 8 }],
      failedSkills: ["售后"],
    });
    expect(await client.fetchTask("t")).toMatchObject({
      state: "running",
      progress: 0,
      successCount: 0,
      imported: [],
    });
    expect(await client.fetchTask("t")).toMatchObject({ state: "succeeded", imported: [] });
  });

  it("fetchTask: an unknown state or a count that is no number is fatal", async () => {
    const { platform, client } = await setUp();
    for (const data of [
      taskData({ state: 4 }),
      taskData({ state: null }),
      taskData({ fail_count: "many" }),
      taskData({ success_skill_info: [{ id: 1 }] }),
      null,
    ]) {
      platform.script("/v2/async/fetch", ok(data));
      const error = await platformError(client.fetchTask("t"));
      expect(error).toMatchObject({ kind: "fatal", action: "/v2/async/fetch" });
      expect(error.message).toContain(`the answer from ${platform.url} to /v2/async/fetch`);
    }
  });

  it("publish: 210205 (already publishing) is accepted without a retry", async () => {
    const { platform, client } = await setUp();
    platform.script("/v2/bot/publish", code(210205, "bot is publishing"));
    await client.publish();
    expect(platform.to("/v2/bot/publish")).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it("publishProgress: status 3 → 0 (publishing), 1 → 1, 2 → 2; anything else is fatal", async () => {
    const { platform, client } = await setUp();
    platform.script(
      "/v2/bot/effective_progress",
      ok({ end_time: "", progress: 40, status: 3 }),
      ok({ end_time: "", progress: "100", status: "1" }),
      ok({ end_time: "", progress: 60, status: 2 }),
      ok({ end_time: "", status: 2 }),
    );
    expect(await client.publishProgress()).toEqual({ progress: 40, status: 0 });
    expect(await client.publishProgress()).toEqual({ progress: 100, status: 1 });
    expect(await client.publishProgress()).toEqual({ progress: 60, status: 2 });
    expect(await client.publishProgress()).toEqual({ progress: 0, status: 2 });
    for (const data of [
      { progress: 100, status: 0 },
      { progress: 100, status: 4 },
      { progress: 101, status: 1 },
      { status: 3 },
      null,
    ]) {
      platform.script("/v2/bot/effective_progress", ok(data));
      const error = await platformError(client.publishProgress());
      expect(error, JSON.stringify(data)).toMatchObject({ kind: "fatal" });
    }
  });
});

describe("configuration", () => {
  it("readV2Credentials: APPID, Token, administrator id; one error naming every missing one", () => {
    expect(
      readV2Credentials({ FAQOPS_APPID: " wx1 ", FAQOPS_TOKEN: "t", FAQOPS_MANAGER_ID: "m" }),
    ).toEqual({ appId: "wx1", token: "t", account: "m" });
    expect(() => readV2Credentials({ FAQOPS_TOKEN: "t", FAQOPS_MANAGER_ID: " " })).toThrow(
      "Missing credentials for the v2 API: FAQOPS_APPID, FAQOPS_MANAGER_ID.",
    );
  });

  it("resolveEndpoint takes the default to fall back on; v1's stays the default", () => {
    expect(DEFAULT_V2_ENDPOINT).toBe("https://openaiapi.weixin.qq.com");
    expect(resolveEndpoint({}, {}, DEFAULT_V2_ENDPOINT)).toBe(DEFAULT_V2_ENDPOINT);
    expect(resolveEndpoint({}, {})).toBe("https://chatbot.weixin.qq.com");
    expect(
      resolveEndpoint({}, { FAQOPS_ENDPOINT: "http://127.0.0.1:1/" }, DEFAULT_V2_ENDPOINT),
    ).toBe("http://127.0.0.1:1");
  });

  it("a blank credential is refused when the client is made", () => {
    expect(() =>
      createV2Client({
        endpoint: DEFAULT_V2_ENDPOINT,
        credentials: { ...credentialsLike(), account: " " },
      }),
    ).toThrow(/account is empty/);
  });
});
