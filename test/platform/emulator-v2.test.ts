/**
 * The emulator's v2 open API (platform-api-v2.md), over real HTTP with a tiny signing client
 * built on src/platform/v2/sign.ts. Every refusal is sent next to its well-formed twin, so a test
 * fails if the emulator refuses for another reason than the one it is about.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeStart, readEmulateOptions } from "../../src/cli/commands/emulate.js";
import { UsageError } from "../../src/errors.js";
import { createCryptor } from "../../src/platform/crypto.js";
import {
  DEFAULT_EMULATOR_CREDENTIALS,
  type Emulator,
  type EmulatorOptions,
  entryKey,
  startEmulator,
} from "../../src/platform/emulator.js";
import { md5Hex, signV2 } from "../../src/platform/v2/sign.js";
import { rejection, testCredentials } from "./helpers.js";

/** What the emulator answered: the status, the raw text, and the JSON when it is JSON. */
interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field.
  readonly json: any;
}

/** A request with node:http: exact bytes, and headers sent twice when given as an array. */
function request(
  url: string,
  target: string,
  headers: http.OutgoingHttpHeaders,
  body: string | Buffer = "",
  method = "POST",
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${target}`,
      { method, headers: { ...headers, "content-length": Buffer.byteLength(body) }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode!, headers: res.headers, text, json });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

interface CallOptions {
  /** What is sent (default `{}`). */
  readonly body?: string | Buffer;
  /** Sent as X-OPENAI-TOKEN. */
  readonly accessToken?: string;
  /** Sent as X-APPID. */
  readonly appId?: string;
  /** The Token signed with (default the emulator's). */
  readonly secret?: string;
  readonly timestamp?: string;
  readonly nonce?: string;
  /** What is signed, when it differs from what is sent. */
  readonly signed?: string | Buffer;
  /** Header overrides; undefined removes one. */
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
}

/** The signature of bytes: signV2's recipe, for a body that is not text. */
const signBytes = (token: string, timestamp: string, nonce: string, body: Buffer) =>
  md5Hex(token + timestamp + nonce + md5Hex(body));

/** A signed v2 call: fresh request_id and timestamp, the body signed as sent unless told. */
function call(emulator: Emulator, target: string, options: CallOptions = {}): Promise<Reply> {
  const body = options.body ?? "{}";
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? "n0nce-0123456789";
  const secret = options.secret ?? emulator.credentials.token;
  const signed = options.signed ?? body;
  const sign =
    typeof signed === "string"
      ? signV2(secret, timestamp, nonce, signed)
      : signBytes(secret, timestamp, nonce, signed);
  const headers: Record<string, string | string[]> = {
    "content-type": "application/json",
    request_id: randomUUID(),
    timestamp,
    nonce,
    sign,
  };
  if (options.appId !== undefined) headers["X-APPID"] = options.appId;
  if (options.accessToken !== undefined) headers["X-OPENAI-TOKEN"] = options.accessToken;
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return request(emulator.url, target, headers, body);
}

/** `/v2/token` with the emulator's credentials unless told otherwise. */
function tokenCall(emulator: Emulator, options: CallOptions = {}): Promise<Reply> {
  return call(emulator, "/v2/token", {
    appId: emulator.credentials.appId,
    body: JSON.stringify({ account: emulator.credentials.managerId }),
    ...options,
  });
}

/** A fresh access token. */
async function accessToken(emulator: Emulator): Promise<string> {
  const reply = await tokenCall(emulator);
  expect(reply.json).toMatchObject({ code: 0 });
  return reply.json.data.access_token;
}

/** A client for the calls after the token: JSON bodies, the token in X-OPENAI-TOKEN. */
async function session(emulator: Emulator) {
  const token = await accessToken(emulator);
  const post = (target: string, body: unknown = {}, options: CallOptions = {}) =>
    call(emulator, target, {
      accessToken: token,
      body: typeof body === "string" ? body : JSON.stringify(body),
      ...options,
    });
  return {
    token,
    post,
    importJson: (mode: number, data: unknown[]) => post("/v2/bot/import/json", { mode, data }),
    fetchTask: (taskId: string) => post("/v2/async/fetch", { task_id: taskId }),
    publish: () => post("/v2/bot/publish", ""),
    progress: (env = "online") => post("/v2/bot/effective_progress", { env }),
    /** Imports, then fetches until the task ends; the final report. */
    async imported(mode: number, data: unknown[]) {
      const submitted = await post("/v2/bot/import/json", { mode, data });
      expect(submitted.json).toMatchObject({ code: 0 });
      for (let i = 0; i < 10; i++) {
        const fetched = await post("/v2/async/fetch", { task_id: submitted.json.data.task_id });
        expect(fetched.json).toMatchObject({ code: 0 });
        if (fetched.json.data.state !== 1) return fetched.json.data;
      }
      throw new Error("the task never ended");
    },
  };
}

/** An import item in the wire's names. */
const item = (intent: string, extra: Record<string, unknown> = {}) => ({
  skill: "售前",
  intent,
  disable: false,
  questions: [`${intent}?`],
  answers: [`answer to ${intent}`],
  ...extra,
});

const INTERNAL_ERROR = (requestId: string) => ({
  code: 110001,
  data: { err_detail: 210202 },
  msg: "Internal Server Error",
  request_id: requestId,
});

describe("the v2 signature (platform-api-v2.md, Signature)", () => {
  it("reproduces the official vector and the second vector through signV2", () => {
    expect(signV2("YV78Pyj1VvqdNGpMJ1pHic0bIBOWMv", "1711001766", "abc", "")).toBe(
      "fff8dae1356e7867ea98743439f0e9f8",
    );
    const body =
      '{"mode":0,"data":[{"skill":"售前","intent":"营业时间","questions":["几点开门"],"answers":["9:00-18:00"]}]}';
    expect(Buffer.byteLength(body)).toBe(116);
    expect(md5Hex(body)).toBe("e8c60b0228e8c1245963dab5d339ccb3");
    expect(signV2("T0kenHeldOut9xQ", "1711001766", "n0nce-0123456789", body)).toBe(
      "f5f2bbe3eb2e446c622b1ef5ddfba0af",
    );
  });

  it("accepts the vectors' Tokens, nonces and bodies signed now, and refuses their stale timestamp", async () => {
    // The official vector: an empty body, as publish may be sent.
    const official = await startEmulator({
      credentials: { token: "YV78Pyj1VvqdNGpMJ1pHic0bIBOWMv" },
    });
    // The second vector: its import body, byte for byte.
    const second = await startEmulator({ credentials: { token: "T0kenHeldOut9xQ" } });
    try {
      const token = await accessToken(official);
      const publish = (timestamp?: string) =>
        call(official, "/v2/bot/publish", {
          accessToken: token,
          body: "",
          nonce: "abc",
          timestamp,
        });
      expect((await publish()).json).toMatchObject({ code: 0 });
      // Exactly the official vector's timestamp, nonce, body and so its sign: right, but stale.
      const stale = await publish("1711001766");
      expect({ status: stale.status, text: stale.text }).toEqual({
        status: 400,
        text: "invalid sign request",
      });

      const body =
        '{"mode":0,"data":[{"skill":"售前","intent":"营业时间","questions":["几点开门"],"answers":["9:00-18:00"]}]}';
      const imported = await call(second, "/v2/bot/import/json", {
        accessToken: await accessToken(second),
        nonce: "n0nce-0123456789",
        body,
      });
      expect(imported.json).toMatchObject({ code: 0, data: { task_id: expect.any(String) } });
      expect(second.entries()).toMatchObject([
        { skill: "售前", title: "营业时间", content: "9:00-18:00", questions: ["几点开门"] },
      ]);
    } finally {
      await official.stop();
      await second.stop();
    }
  });
});

describe("the emulator's v2 calls", () => {
  let emulator: Emulator;
  /** The emulator's clock when a test stops it (the real one otherwise). */
  let stopped: number | undefined;
  /** Stops the emulator's clock now, for a test whose outcome must not depend on how long it runs. */
  const stopClock = () => {
    stopped = Date.now();
    return stopped;
  };
  beforeAll(async () => {
    emulator = await startEmulator({
      credentials: testCredentials(),
      publishSteps: 1,
      now: () => stopped ?? Date.now(),
    });
  });
  afterEach(() => {
    stopped = undefined;
    emulator.reset();
  });
  afterAll(() => emulator.stop());

  describe("POST /v2/token", () => {
    it("issues an access token with +, @ and -, echoing request_id", async () => {
      const reply = await tokenCall(emulator, { headers: { request_id: "req-1" } });
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({
        code: 0,
        data: { access_token: expect.any(String) },
        msg: "success",
        request_id: "req-1",
      });
      expect(reply.json.data.access_token).toMatch(/\+.*-.*@/);
      expect(emulator.stats().requests.byAction).toEqual({ "v2/token": 1 });
    });

    it("refuses a wrong APPID, account, timestamp or signature with 110001 (err_detail 210202)", async () => {
      const { appId, managerId } = emulator.credentials;
      // The emulator's clock stands still: "295 s old" stays under 300 s however slow the loop.
      const now = Math.floor(stopClock() / 1000);
      const accountBody = (account: string) => JSON.stringify({ account });
      const cases: [string, CallOptions, CallOptions][] = [
        ["another X-APPID", { appId: "wxsomeoneelse" }, { appId }],
        ["no X-APPID", { headers: { "X-APPID": undefined } }, {}],
        ["another account", { body: accountBody("someone") }, { body: accountBody(managerId) }],
        ["an empty account", { body: accountBody("") }, {}],
        ["301 s old", { timestamp: String(now - 301) }, { timestamp: String(now - 295) }],
        ["310 s ahead", { timestamp: String(now + 310) }, { timestamp: String(now + 290) }],
        ["milliseconds", { timestamp: String(Date.now()) }, { timestamp: String(now) }],
        ["signed with another Token", { secret: "notTheToken" }, {}],
        [
          "signed other bytes than sent (indentation)",
          { signed: JSON.stringify({ account: managerId }, null, 2) },
          { signed: JSON.stringify({ account: managerId }) },
        ],
        ["the sign of an empty body", { signed: "" }, {}],
      ];
      for (const [what, bad, good] of cases) {
        const requestId = what.replaceAll(" ", "-");
        const refused = await tokenCall(emulator, {
          ...bad,
          headers: { request_id: requestId, ...bad.headers },
        });
        expect({ what, status: refused.status, json: refused.json }).toEqual({
          what,
          status: 200,
          json: INTERNAL_ERROR(requestId),
        });
        const twin = await tokenCall(emulator, good);
        expect({ what, json: twin.json }).toMatchObject({ what, json: { code: 0 } });
      }
      expect(emulator.stats().rejected).toBe(cases.length);
    });

    it("refuses X-OPENAI-TOKEN on /v2/token, a body that is not JSON or not {account}", async () => {
      const token = await accessToken(emulator);
      const cases: [string, CallOptions, number, RegExp][] = [
        ["X-OPENAI-TOKEN too", { accessToken: token }, 110002, /exclusive/],
        ["not JSON", { body: "account=x" }, 210106, /JSON parse failed/],
        ["empty", { body: "" }, 210106, /JSON parse failed/],
        ["an unknown key", { body: '{"account":"x","appid":"y"}' }, 110002, /unknown key "appid"/],
        ["account a number", { body: '{"account":1}' }, 110002, /account must be a string/],
        ["no account", { body: "{}" }, 110002, /has no account/],
        ["an array", { body: "[]" }, 110002, /must be a JSON object/],
      ];
      for (const [what, options, code, msg] of cases) {
        const reply = await tokenCall(emulator, options);
        expect({ what, json: reply.json }).toMatchObject({
          what,
          json: { code, data: null, msg: expect.stringMatching(msg) },
        });
      }
    });
  });

  describe("the headers of every call", () => {
    it("refuses a missing or ill-formed request_id, timestamp, nonce or sign with 110002", async () => {
      const { token, post } = await session(emulator);
      const progress = (headers: CallOptions["headers"]) =>
        post("/v2/bot/effective_progress", { env: "online" }, { headers });
      const cases: [string, CallOptions["headers"], CallOptions["headers"], RegExp][] = [
        ["no request_id", { request_id: undefined }, { request_id: "r" }, /request_id is missing/],
        [
          "request_id of 65",
          { request_id: "r".repeat(65) },
          { request_id: "r".repeat(64) },
          /request_id must be/,
        ],
        [
          "request_id with a space",
          { request_id: "a b" },
          { request_id: "a-b" },
          /request_id must be/,
        ],
        ["no timestamp", { timestamp: undefined }, {}, /timestamp is missing/],
        ["timestamp not a number", { timestamp: "soon" }, {}, /timestamp must be/],
        ["timestamp negative", { timestamp: "-1" }, {}, /timestamp must be/],
        [
          "timestamp with decimals",
          { timestamp: `${Math.floor(Date.now() / 1000)}.5` },
          {},
          /timestamp must be/,
        ],
        ["no nonce", { nonce: undefined }, {}, /nonce is missing/],
        ["empty nonce", { nonce: "" }, {}, /nonce must be/],
        ["nonce of 65", { nonce: "n".repeat(65) }, {}, /nonce must be/],
        ["no sign", { sign: undefined }, {}, /sign is missing/],
        ["sign in upper case", { sign: "F".repeat(32) }, {}, /sign must be 32 lower-case hex/],
        ["sign of 31", { sign: "f".repeat(31) }, {}, /sign must be/],
        [
          "sign sent twice",
          { sign: ["f".repeat(32), "e".repeat(32)] },
          {},
          /sign is sent more than once/,
        ],
        ["X-APPID with X-OPENAI-TOKEN", { "X-APPID": emulator.credentials.appId }, {}, /exclusive/],
        [
          "X-APPID instead of X-OPENAI-TOKEN",
          { "X-APPID": emulator.credentials.appId, "X-OPENAI-TOKEN": undefined },
          { "X-OPENAI-TOKEN": token },
          /X-APPID is sent to \/v2\/token only/,
        ],
      ];
      for (const [what, bad, good, msg] of cases) {
        const reply = await progress(bad);
        expect({ what, status: reply.status, json: reply.json }).toMatchObject({
          what,
          status: 200,
          json: { code: 110002, data: null, msg: expect.stringMatching(msg) },
        });
        expect({ what, json: (await progress(good)).json }).toMatchObject({
          what,
          json: { code: 0 },
        });
      }
      // The nonces the reference recommends (10–32) and the edges the emulator takes (1, 64).
      for (const nonce of ["n", "n".repeat(10), "n".repeat(32), "n".repeat(64)]) {
        const reply = await post("/v2/bot/effective_progress", { env: "online" }, { nonce });
        expect({ nonce, json: reply.json }).toMatchObject({ nonce, json: { code: 0 } });
      }
    });

    it("echoes request_id, and answers an unknown, missing or re-encoded token with 210202", async () => {
      const { token, post } = await session(emulator);
      const cases: [string, string | undefined][] = [
        ["missing", undefined],
        ["unknown", "MX6ddM5mN07ucVKy+Y-to7tKRufZ1YF05eb542d5170000001c"],
        ["URL-encoded", encodeURIComponent(token)],
        ["with + as a space", token.replaceAll("+", " ")],
      ];
      for (const [what, sent] of cases) {
        const reply = await post(
          "/v2/async/fetch",
          { task_id: "x" },
          {
            headers: { "X-OPENAI-TOKEN": sent, request_id: `r-${what}`.replaceAll(" ", "-") },
          },
        );
        expect({ what, json: reply.json }).toEqual({
          what,
          json: {
            code: 210202,
            data: null,
            msg: "权限不足",
            request_id: `r-${what}`.replaceAll(" ", "-"),
          },
        });
      }
      const twin = await post(
        "/v2/async/fetch",
        { task_id: "x" },
        { headers: { request_id: "mine" } },
      );
      expect(twin.json).toEqual({
        code: 110002,
        data: null,
        msg: "task not found",
        request_id: "mine",
      });
    });

    it("answers a bad signature on a call after the token with HTTP 400 invalid sign request", async () => {
      const { post } = await session(emulator);
      // The emulator's clock stands still: "295 s old" stays under 300 s however slow the loop.
      const now = Math.floor(stopClock() / 1000);
      const body = JSON.stringify({ env: "online" });
      const cases: [string, CallOptions, CallOptions][] = [
        ["signed with another Token", { secret: "notTheToken" }, {}],
        ["signed other bytes", { signed: JSON.stringify({ env: "online" }, null, 1) }, {}],
        ["the token call's sign reused", { signed: JSON.stringify({ account: "x" }) }, {}],
        ["301 s old", { timestamp: String(now - 301) }, { timestamp: String(now - 295) }],
        ["milliseconds", { timestamp: String(Date.now()) }, {}],
      ];
      for (const [what, bad, good] of cases) {
        const reply = await post("/v2/bot/effective_progress", body, bad);
        expect({
          what,
          status: reply.status,
          text: reply.text,
          type: reply.headers["content-type"],
        }).toEqual({
          what,
          status: 400,
          text: "invalid sign request",
          type: "text/plain; charset=utf-8",
        });
        const twin = await post("/v2/bot/effective_progress", body, good);
        expect({ what, json: twin.json }).toMatchObject({ what, json: { code: 0 } });
      }
      expect(emulator.stats().rejected).toBe(cases.length);
    });

    it("refuses a body that is not application/json, not UTF-8, or not JSON", async () => {
      const { token, post } = await session(emulator);
      const fetchBody = '{"task_id":"x"}';
      const latin1 = Buffer.from('{"task_id":"caf\xe9"}', "latin1");
      const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fetchBody)]);
      const cases: [string, CallOptions, number][] = [
        ["text/plain", { headers: { "content-type": "text/plain" } }, 110002],
        ["no content-type", { headers: { "content-type": undefined } }, 110002],
        ["not JSON", { body: "task_id=x" }, 210106],
        ["no body", { body: "" }, 210106],
        ["Latin-1 bytes", { body: latin1 }, 210106],
        ["a byte-order mark", { body: bom }, 210106],
      ];
      for (const [what, options, code] of cases) {
        const reply = await post("/v2/async/fetch", fetchBody, options);
        expect({ what, code: reply.json?.code }).toEqual({ what, code });
      }
      // The twins: charset given, and a body signed over its UTF-8 bytes; "task not found" is
      // the answer of a body that was read.
      for (const options of [
        { headers: { "content-type": "application/json; charset=utf-8" } },
        { body: Buffer.from('{"task_id":"café"}'), accessToken: token },
      ]) {
        const reply = await post("/v2/async/fetch", fetchBody, options);
        expect(reply.json).toMatchObject({ code: 110002, msg: "task not found" });
      }
    });
  });

  describe("POST /v2/bot/import/json", () => {
    it("refuses a bad body or item whole, with 110002 naming the problem, writing nothing", async () => {
      const { importJson, post } = await session(emulator);
      const many = (n: number) => Array.from({ length: n }, (_, i) => item(`q${i}`));
      const omit = (key: string, intent = "q") => {
        const i: Record<string, unknown> = item(intent);
        delete i[key];
        return i;
      };
      const cases: [string, unknown, RegExp][] = [
        ["mode 2", { mode: 2, data: [item("q")] }, /mode must be 0 or 1/],
        ["mode as a string", { mode: "0", data: [item("q")] }, /mode must be a number/],
        ["no mode", { data: [item("q")] }, /has no mode/],
        ["no data", { mode: 0 }, /has no data/],
        ["an unknown key", { mode: 0, data: [], force: true }, /unknown key "force"/],
        ["101 items", { mode: 0, data: many(101) }, /101 items; at most 100/],
        [
          "an unknown item key",
          { mode: 0, data: [item("q", { priority: 1 })] },
          /data\[0\] has an unknown key "priority"/,
        ],
        ["an item not an object", { mode: 0, data: ["q"] }, /data\[0\] must be a JSON object/],
        [
          "skill a number",
          { mode: 0, data: [item("q", { skill: 1 })] },
          /data\[0\]'s skill must be a string/,
        ],
        ["empty skill", { mode: 0, data: [item("q", { skill: "" })] }, /data\[0\]\.skill is empty/],
        ["blank skill", { mode: 0, data: [item("q", { skill: "  " })] }, /skill is empty/],
        [
          "skill of 31",
          { mode: 0, data: [item("q", { skill: "售".repeat(31) })] },
          /longer than 30/,
        ],
        ["empty intent", { mode: 0, data: [item("")] }, /data\[0\]\.intent is empty/],
        [
          "disable a string",
          { mode: 0, data: [item("q", { disable: "false" })] },
          /disable must be a boolean/,
        ],
        [
          "questions a string",
          { mode: 0, data: [item("q", { questions: "q?" })] },
          /questions must be an array/,
        ],
        [
          "a question a number",
          { mode: 0, data: [item("q", { questions: ["a", 2] })] },
          /questions\[1\] must be a string/,
        ],
        [
          "an empty question",
          { mode: 0, data: [item("q", { questions: [""] })] },
          /questions\[0\] is empty/,
        ],
        ["no answers", { mode: 0, data: [omit("answers")] }, /has no answers/],
        ["answers empty", { mode: 0, data: [item("q", { answers: [] })] }, /answers is empty/],
        [
          "an empty answer",
          { mode: 0, data: [item("q", { answers: [""] })] },
          /answers\[0\] is empty/,
        ],
        [
          "threshold a number",
          { mode: 0, data: [item("q", { threshold: 0.9 })] },
          /threshold must be a string/,
        ],
        [
          "threshold above 1",
          { mode: 0, data: [item("q", { threshold: "1.5" })] },
          /threshold must be a string holding a number from 0 to 1/,
        ],
        [
          "threshold not a number",
          { mode: 0, data: [item("q", { threshold: "high" })] },
          /threshold must be/,
        ],
        [
          "threshold with an exponent",
          { mode: 0, data: [item("q", { threshold: "9e-1" })] },
          /threshold must be/,
        ],
        [
          "old_intent with mode 1",
          { mode: 1, data: [item("q", { old_intent: "p" })] },
          /old_intent cannot be sent with mode 1/,
        ],
        [
          "empty old_intent",
          { mode: 0, data: [item("q", { old_intent: "" })] },
          /old_intent is empty/,
        ],
        [
          "one intent twice",
          { mode: 0, data: [item("q"), item("q")] },
          /data\[1\]: intent "q" of skill "售前" appears twice/,
        ],
        [
          "one old_intent twice",
          { mode: 0, data: [item("a", { old_intent: "o" }), item("b", { old_intent: "o" })] },
          /renamed twice/,
        ],
        [
          "a bad item after a good one",
          { mode: 0, data: [item("good"), item("bad", { answers: "x" })] },
          /data\[1\]/,
        ],
      ];
      for (const [what, body, msg] of cases) {
        const reply = await post("/v2/bot/import/json", body);
        expect({ what, json: reply.json }).toMatchObject({
          what,
          json: { code: 110002, data: null, msg: expect.stringMatching(msg) },
        });
      }
      expect(emulator.entries()).toEqual([]);
      expect(emulator.stats().rejected).toBe(cases.length);
      expect(emulator.stats().writes).toEqual({});

      // The twins, each accepted.
      const twins: [string, number, unknown[]][] = [
        ["100 items", 0, many(100)],
        ["a skill of 30 characters", 0, [item("q", { skill: "售".repeat(30) })]],
        [
          "thresholds 0, 0.85, 1, 1.0",
          0,
          ["0", "0.85", "1", "1.0"].map((t) => item(`t${t}`, { threshold: t })),
        ],
        ["no questions, disabled", 0, [item("q", { questions: [], disable: true })]],
        [
          "no disable, no questions, no threshold",
          0,
          [omit("disable", "a"), omit("questions", "b")],
        ],
        ["mode 1 without old_intent", 1, [item("q")]],
        ["no items", 0, []],
      ];
      for (const [what, mode, data] of twins) {
        const reply = await importJson(mode, data);
        expect({ what, json: reply.json }).toMatchObject({ what, json: { code: 0 } });
      }
    });

    it("imports at submission, reports the task running, then its end with ids", async () => {
      const s = await session(emulator);
      const submitted = await s.importJson(0, [
        item("营业时间", { threshold: "0.9" }),
        item("退货", { skill: "售后", answers: ["first", "second"] }),
        item("地址"),
      ]);
      expect(submitted.json).toEqual({
        code: 0,
        data: { task_id: expect.stringMatching(/^[0-9a-f]{32}$/) },
        msg: "",
        request_id: expect.any(String),
      });
      // Applied already, as the platform applies it server-side whatever the client does next.
      expect(emulator.entries().map((e) => [e.skill, e.title])).toEqual([
        ["售前", "地址"],
        ["售前", "营业时间"],
        ["售后", "退货"],
      ]);
      const taskId = submitted.json.data.task_id;
      const running = await s.fetchTask(taskId);
      expect(running.json).toEqual({
        code: 0,
        data: {
          end: 0,
          fail_count: 0,
          fail_skill_info: null,
          import_export_time: null,
          msg: "",
          progress: 0,
          replace_count: 0,
          start: expect.any(Number),
          state: 1,
          success_count: 0,
          success_skill_info: null,
          success_upload_count: 0,
          total_count: 3,
          url: "",
        },
        msg: "success",
        request_id: expect.any(String),
      });
      const ended = await s.fetchTask(taskId);
      const data = ended.json.data;
      // Exactly the reference's fields, in its order.
      expect(Object.keys(data)).toEqual([
        "end",
        "fail_count",
        "fail_skill_info",
        "import_export_time",
        "msg",
        "progress",
        "replace_count",
        "start",
        "state",
        "success_count",
        "success_skill_info",
        "success_upload_count",
        "total_count",
        "url",
      ]);
      expect(data).toMatchObject({
        fail_count: 0,
        fail_skill_info: null,
        msg: "",
        progress: 100,
        state: 2,
        success_count: 3,
        total_count: 3,
        start: running.json.data.start,
      });
      expect(data.end).toBeGreaterThanOrEqual(data.start);
      const [presale, aftersale] = data.success_skill_info;
      expect(data.success_skill_info).toEqual([
        {
          id: presale.id,
          name: "售前",
          intents: [
            { id: expect.any(Number), name: "营业时间" },
            { id: expect.any(Number), name: "地址" },
          ],
        },
        { id: aftersale.id, name: "售后", intents: [{ id: expect.any(Number), name: "退货" }] },
      ]);
      expect(presale.id).not.toBe(aftersale.id);
      // The ids are the entries' ids; v2's fields are there only when set.
      expect(emulator.entries()).toEqual([
        {
          skill: "售前",
          title: "地址",
          content: "answer to 地址",
          questions: ["地址?"],
          skillId: presale.id,
          intentId: presale.intents[1].id,
        },
        {
          skill: "售前",
          title: "营业时间",
          content: "answer to 营业时间",
          questions: ["营业时间?"],
          threshold: "0.9",
          skillId: presale.id,
          intentId: presale.intents[0].id,
        },
        {
          skill: "售后",
          title: "退货",
          content: "first",
          questions: ["退货?"],
          answers: ["first", "second"],
          skillId: aftersale.id,
          intentId: aftersale.intents[0].id,
        },
      ]);
      // Once ended, it stays ended, with the same end.
      expect((await s.fetchTask(taskId)).json.data).toEqual(data);
      expect(emulator.stats()).toMatchObject({
        requests: {
          byAction: { "v2/token": 1, "v2/bot/import/json": 1, "v2/async/fetch": 3 },
        },
        writes: {
          [entryKey("售前", "营业时间")]: 1,
          [entryKey("售后", "退货")]: 1,
          [entryKey("售前", "地址")]: 1,
        },
        rejected: 0,
      });
    });

    it("renames with old_intent, keeping the ids, and fails only the item whose old_intent is unknown", async () => {
      const s = await session(emulator);
      const first = await s.imported(0, [item("营业时间"), item("地址")]);
      const ids = first.success_skill_info[0].intents.map((i: { id: number }) => i.id);

      const renamed = await s.imported(0, [
        item("开门时间", { old_intent: "营业时间", answers: ["9:00"], threshold: "0.8" }),
        item("电话", { old_intent: "没有这个" }),
        item("新问题"),
      ]);
      expect(renamed).toMatchObject({
        state: 2,
        total_count: 3,
        success_count: 2,
        fail_count: 1,
        replace_count: 1,
        msg: "",
        fail_skill_info: [
          { name: "售前", intents: [{ name: "电话", msg: expect.stringContaining("没有这个") }] },
        ],
      });
      expect(renamed.success_skill_info).toEqual([
        {
          id: first.success_skill_info[0].id,
          name: "售前",
          intents: [
            { id: ids[0], name: "开门时间" },
            { id: expect.any(Number), name: "新问题" },
          ],
        },
      ]);
      // Renamed, not copied: one intent, its old id, the new content.
      expect(emulator.entries().map((e) => [e.title, e.intentId, e.content, e.threshold])).toEqual([
        ["地址", ids[1], "answer to 地址", undefined],
        ["开门时间", ids[0], "9:00", "0.8"],
        ["新问题", expect.any(Number), "answer to 新问题", undefined],
      ]);

      // A rename onto an intent that exists fails that item too; every item failing fails the task.
      const failed = await s.imported(0, [
        item("地址", { old_intent: "开门时间" }),
        item("x", { old_intent: "y" }),
      ]);
      expect(failed).toMatchObject({
        state: 3,
        msg: expect.stringMatching(/every item failed/),
        fail_count: 2,
        success_count: 0,
        success_skill_info: null,
        fail_skill_info: [
          {
            name: "售前",
            intents: [
              { name: "地址", msg: expect.stringContaining("already exists") },
              { name: "x", msg: expect.stringContaining('"y" does not exist') },
            ],
          },
        ],
      });
      expect(emulator.entries()).toHaveLength(3);
      expect(emulator.stats().writes).toEqual({
        [entryKey("售前", "营业时间")]: 1,
        [entryKey("售前", "地址")]: 1,
        [entryKey("售前", "开门时间")]: 1,
        [entryKey("售前", "新问题")]: 1,
      });
    });

    it("keeps a disabled intent out of what is published, until it is enabled again", async () => {
      const s = await session(emulator);
      const publishNow = async () => {
        expect((await s.publish()).json).toMatchObject({ code: 0 });
        for (let i = 0; i < 5; i++) if ((await s.progress()).json.data.status !== 3) return;
      };
      await s.imported(0, [item("on"), item("off", { disable: true })]);
      expect(emulator.entries().map((e) => [e.title, e.disabled])).toEqual([
        ["off", true],
        ["on", undefined],
      ]);
      await publishNow();
      expect(emulator.published()?.map((e) => e.title)).toEqual(["on"]);
      const listed = (await (await fetch(`${emulator.url}/entries`)).json()) as {
        entries: { title: string }[];
        published: { title: string }[];
      };
      expect(listed.entries.map((e) => e.title)).toEqual(["off", "on"]);
      expect(listed.published.map((e) => e.title)).toEqual(["on"]);
      expect(await (await fetch(`${emulator.url}/`)).text()).toContain("no (disabled)");

      // Enabled again: written at once, live after the next publish.
      await s.imported(0, [item("off", { disable: false })]);
      expect(emulator.entries().find((e) => e.title === "off")).not.toHaveProperty("disabled");
      expect(emulator.published()?.map((e) => e.title)).toEqual(["on"]);
      await publishNow();
      expect(emulator.published()?.map((e) => e.title)).toEqual(["off", "on"]);

      // And off again: the next publish takes it out of what is live.
      await s.imported(0, [item("on", { disable: true })]);
      await publishNow();
      expect(emulator.published()?.map((e) => e.title)).toEqual(["off"]);

      // An item without `disable` is `disable: false`: it switches the intent back on.
      const { disable: _, ...withoutDisable } = item("on");
      await s.imported(0, [withoutDisable]);
      expect(emulator.entries().find((e) => e.title === "on")).not.toHaveProperty("disabled");
    });

    it("mode 1 deletes every intent first, and the new intents get new ids", async () => {
      const s = await session(emulator);
      const first = await s.imported(0, [item("a"), item("b", { skill: "other" })]);
      const second = await s.imported(1, [item("a"), item("c")]);
      expect(emulator.entries().map((e) => [e.skill, e.title])).toEqual([
        ["售前", "a"],
        ["售前", "c"],
      ]);
      const oldIds = first.success_skill_info.flatMap((skill: { intents: { id: number }[] }) =>
        skill.intents.map((i) => i.id),
      );
      const newIds = second.success_skill_info[0].intents.map((i: { id: number }) => i.id);
      expect(newIds.some((id: number) => oldIds.includes(id))).toBe(false);
      expect(second).toMatchObject({ state: 2, replace_count: 0, success_count: 2 });
      // Mode 1 with no items empties the bot.
      await s.imported(1, []);
      expect(emulator.entries()).toEqual([]);
    });

    it("answers an unknown task with 110002 task not found, and refuses a bad fetch body", async () => {
      const { post } = await session(emulator);
      const cases: [unknown, RegExp][] = [
        [{ task_id: "0123456789abcdef0123456789abcdef" }, /^task not found$/],
        [{ task_id: "" }, /task_id is empty/],
        [{ task_id: 1 }, /task_id must be a string/],
        [{}, /has no task_id/],
        [{ task_id: "x", wait: true }, /unknown key "wait"/],
      ];
      for (const [body, msg] of cases) {
        expect((await post("/v2/async/fetch", body)).json).toMatchObject({
          code: 110002,
          msg: expect.stringMatching(msg),
        });
      }
    });
  });

  describe("v1 and v2 on one bot", () => {
    const v1 = (action: string, xml: string) =>
      request(
        emulator.url,
        `/openapi/${action}/${emulator.credentials.token}`,
        { "content-type": "application/json" },
        JSON.stringify({ encrypt: createCryptor(emulator.credentials).encrypt(xml) }),
      );
    const setAutoReply = (title: string, content: string) =>
      v1(
        "setautoreply",
        `<xml><managerid>${emulator.credentials.managerId}</managerid><skillname>售前</skillname><title>${title}</title><content>${content}</content></xml>`,
      );

    it("shares the entries: v2 renames a v1 entry, v1 rewrites a v2 entry keeping its ids", async () => {
      expect((await setAutoReply("from v1", "v1 answer")).json).toMatchObject({ errcode: 0 });
      // v1's data keeps v1's shape.
      expect(emulator.entries()).toEqual([
        { skill: "售前", title: "from v1", content: "v1 answer", questions: [] },
      ]);
      const s = await session(emulator);
      const renamed = await s.imported(0, [
        item("via v2", { old_intent: "from v1", disable: true }),
      ]);
      const intentId = renamed.success_skill_info[0].intents[0].id;
      expect(emulator.entries()).toEqual([
        expect.objectContaining({ title: "via v2", disabled: true, intentId }),
      ]);
      // A v1 write is the whole entry as v1 knows it (live, default threshold), same intent.
      expect((await setAutoReply("via v2", "rewritten")).json).toMatchObject({ errcode: 0 });
      expect(emulator.entries()).toEqual([
        {
          skill: "售前",
          title: "via v2",
          content: "rewritten",
          questions: [],
          skillId: renamed.success_skill_info[0].id,
          intentId,
        },
      ]);
      expect(emulator.stats().requests.byAction).toEqual({
        setautoreply: 2,
        "v2/token": 1,
        "v2/bot/import/json": 1,
        "v2/async/fetch": 2,
      });
    });

    it("refuses a v1 call on a v2 path and a v2 call on a v1 path with 404 and 405, as for any path", async () => {
      const token = await accessToken(emulator);
      const cases: [string, string, number][] = [
        ["POST", "/v2/setautoreply", 404],
        ["POST", `/v2/setautoreply/${emulator.credentials.token}`, 404],
        ["POST", "/v2/bot/import", 404],
        ["POST", "/v2/bot/import/json/x", 404],
        ["POST", "/v2/bot/query", 404],
        ["POST", `/openapi/token/${emulator.credentials.token}`, 404],
        ["POST", `/openapi/v2/${emulator.credentials.token}`, 404],
        ["GET", "/v2/token", 405],
        ["GET", "/v2/bot/publish", 405],
        ["PUT", "/v2/bot/import/json", 405],
      ];
      for (const [method, target, status] of cases) {
        const reply = await request(
          emulator.url,
          target,
          { "X-OPENAI-TOKEN": token },
          "{}",
          method,
        );
        expect({ method, target, status: reply.status }).toEqual({ method, target, status });
        if (status === 405) expect(reply.headers.allow).toBe("POST");
      }
      // A v1 body on a v2 path has none of v2's headers.
      const body = JSON.stringify({
        encrypt: createCryptor(emulator.credentials).encrypt("<xml/>"),
      });
      const reply = await request(
        emulator.url,
        "/v2/bot/publish",
        { "content-type": "application/json" },
        body,
      );
      expect(reply.json).toMatchObject({ code: 110002 });
      expect(emulator.entries()).toEqual([]);
    });
  });

  describe("v2 faults", () => {
    it("applies failNext to v2 calls as to v1's, answering errcode faults in v2's envelope", async () => {
      const s = await session(emulator);
      emulator.setFaults({
        failNext: [
          { status: 503, retryAfter: 2 },
          { drop: true },
          { errcode: 210201, errmsg: "DB error" },
          { latencyMs: 10 },
        ],
      });
      const data = [item("q")];
      const unavailable = await s.importJson(0, data);
      expect({
        status: unavailable.status,
        retryAfter: unavailable.headers["retry-after"],
      }).toEqual({
        status: 503,
        retryAfter: "2",
      });
      expect((await rejection(s.importJson(0, data))).message).toMatch(/socket hang up|ECONNRESET/);
      const failed = await s.post(
        "/v2/bot/import/json",
        { mode: 0, data },
        { headers: { request_id: "f" } },
      );
      expect(failed.json).toEqual({ code: 210201, data: null, msg: "DB error", request_id: "f" });
      // Nothing was written by the three: a fault comes before the call is performed.
      expect(emulator.entries()).toEqual([]);
      expect((await s.importJson(0, data)).json).toMatchObject({ code: 0 });
      expect(emulator.stats()).toMatchObject({
        requests: { byAction: { "v2/bot/import/json": 4 } },
        writes: { [entryKey("售前", "q")]: 1 },
        faults: { failed: 1, dropped: 1 },
        rejected: 1,
      });
    });

    it("applies the fault rates, and the rate limit, to v2 calls", async () => {
      const s = await session(emulator);
      // Both calls arrive at the same instant for the emulator: within its 1 s window, always.
      stopClock();
      emulator.setFaults({ rateLimit: 1, retryAfter: 3 });
      const replies = [await s.progress(), await s.progress()];
      expect(replies.map((r) => r.status)).toEqual([200, 429]);
      expect(replies[1]!.headers["retry-after"]).toBe("3");
      emulator.setFaults({ failRate: 1, failStatus: 502 });
      expect((await tokenCall(emulator)).status).toBe(502);
    });
  });
});

describe("the emulator's v2 publish", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ publishSteps: 2 });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it("publishes over effective_progress polls (3 publishing, 1 success), refusing a second publish with 210205", async () => {
    const s = await session(emulator);
    await s.imported(0, [item("a")]);
    // Before any publish: nothing is publishing, the last (none) is complete.
    expect((await s.progress()).json.data).toEqual({ end_time: "", progress: 100, status: 1 });
    const published = await s.publish();
    expect(published.json).toEqual({
      code: 0,
      data: { task_id: expect.stringMatching(/^[0-9a-f]{32}$/) },
      msg: "success",
      request_id: expect.any(String),
    });
    expect((await s.publish()).json).toMatchObject({ code: 210205, data: null });
    // `{}` as a body is the same call as none.
    expect((await s.post("/v2/bot/publish", {})).json).toMatchObject({ code: 210205 });
    // The debug environment has nothing to wait for, and does not advance the publish.
    expect((await s.progress("debug")).json.data).toEqual({
      end_time: "",
      progress: 100,
      status: 1,
    });
    const polls = [];
    for (let i = 0; i < 3; i++) polls.push((await s.progress()).json.data);
    expect(polls).toEqual([
      { end_time: "", progress: 0, status: 3 },
      { end_time: "", progress: 50, status: 3 },
      { end_time: "", progress: 100, status: 1 },
    ]);
    expect(emulator.published()?.map((e) => e.title)).toEqual(["a"]);
    expect((await s.publish()).json).toMatchObject({ code: 0 });
    expect(emulator.stats().publishes).toBe(2);
    expect(emulator.stats().rejected).toBe(2);
  });

  it("ends a publish with status 2 under publishFails, leaving what is live", async () => {
    const s = await session(emulator);
    await s.imported(0, [item("a")]);
    emulator.setFaults({ publishFails: true });
    await s.publish();
    const polls = [];
    for (let i = 0; i < 3; i++) polls.push((await s.progress()).json.data.status);
    expect(polls).toEqual([3, 3, 2]);
    expect(emulator.published()).toBeUndefined();
  });

  it("checks the bodies: env required, online or debug; publish takes nothing", async () => {
    const { post } = await session(emulator);
    const cases: [string, unknown, number, RegExp][] = [
      ["/v2/bot/effective_progress", {}, 110002, /has no env/],
      ["/v2/bot/effective_progress", { env: "prod" }, 110002, /env must be "online" or "debug"/],
      ["/v2/bot/effective_progress", { env: 1 }, 110002, /env must be a string/],
      ["/v2/bot/effective_progress", "", 210106, /JSON parse failed/],
      ["/v2/bot/publish", { env: "online" }, 110002, /unknown key "env"/],
      ["/v2/bot/publish", [], 110002, /must be a JSON object/],
      ["/v2/bot/publish", "null", 110002, /must be a JSON object, not null/],
    ];
    for (const [target, body, code, msg] of cases) {
      const reply = await post(target, body);
      expect({ target, body, json: reply.json }).toMatchObject({
        target,
        body,
        json: { code, msg: expect.stringMatching(msg) },
      });
    }
    expect(emulator.stats().publishes).toBe(0);
  });
});

describe("the v2 import limit (maxImportItems)", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => item(`q${i}`));

  it("refuses 101 items by default, whole, and accepts them with maxImportItems 200", async () => {
    const strict = await startEmulator();
    try {
      const s = await session(strict);
      const refused = await s.importJson(0, many(101));
      expect(refused.json).toMatchObject({
        code: 110002,
        data: null,
        msg: expect.stringMatching(/101 items; at most 100 per call/),
      });
      expect(strict.entries()).toEqual([]);
      expect((await s.importJson(0, many(100))).json).toMatchObject({ code: 0 });
    } finally {
      await strict.stop();
    }

    const roomy = await startEmulator({ maxImportItems: 200, taskSteps: 0 });
    try {
      const s = await session(roomy);
      const ended = await s.imported(0, many(101));
      expect(ended).toMatchObject({ state: 2, success_count: 101, fail_count: 0 });
      expect(roomy.entries()).toHaveLength(101);
      expect((await s.importJson(0, many(200))).json).toMatchObject({ code: 0 });
      expect((await s.importJson(0, many(201))).json).toMatchObject({
        code: 110002,
        msg: expect.stringMatching(/201 items; at most 200 per call/),
      });
    } finally {
      await roomy.stop();
    }
  });

  it("refuses a limit that is not a whole number of at least 1", async () => {
    for (const maxImportItems of [0, -1, 1.5, Number.NaN]) {
      await expect(startEmulator({ maxImportItems })).rejects.toThrow(/maxImportItems/);
    }
  });
});

describe("v2 access tokens over time", () => {
  it("expires a token after tokenTtlMs; a newer token leaves the older one valid", async () => {
    // The emulator's clock is the test's: only the steps below move it, not a slow machine.
    const start = Date.now();
    let clock = start;
    const emulator = await startEmulator({ tokenTtlMs: 1000, now: () => clock });
    try {
      const progress = (token: string) =>
        call(emulator, "/v2/bot/effective_progress", {
          accessToken: token,
          body: JSON.stringify({ env: "online" }),
        });
      const first = await accessToken(emulator);
      clock = start + 600;
      const second = await accessToken(emulator);
      expect(second).not.toBe(first);
      expect((await progress(first)).json.code).toBe(0);
      expect((await progress(second)).json.code).toBe(0);
      clock = start + 999;
      expect((await progress(first)).json.code).toBe(0);
      clock = start + 1000;
      expect((await progress(first)).json).toMatchObject({ code: 210202, msg: "权限不足" });
      expect((await progress(second)).json.code).toBe(0);
      clock = start + 1599;
      expect((await progress(second)).json.code).toBe(0);
      clock = start + 1600;
      expect((await progress(second)).json.code).toBe(210202);
    } finally {
      await emulator.stop();
    }
  });
});

describe("the v2 state in the state file", () => {
  it("lets a second emulator fetch a task, and use a token, the first one issued", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-emulator-v2-"));
    const statePath = path.join(dir, "state.json");
    const options: EmulatorOptions = { statePath, taskSteps: 2 };
    const first = await startEmulator(options);
    const s = await session(first);
    const submitted = await s.importJson(0, [item("a", { threshold: "0.7", disable: true })]);
    const taskId = submitted.json.data.task_id;
    expect((await s.fetchTask(taskId)).json.data).toMatchObject({ state: 1, progress: 0 });
    await first.stop();

    const saved = JSON.parse(await readFile(statePath, "utf8"));
    expect(Object.keys(saved)).toEqual(["version", "entries", "published", "v2"]);
    expect(saved.v2.tasks.map((t: { id: string }) => t.id)).toEqual([taskId]);
    expect(JSON.stringify(saved)).toContain(s.token);

    const second = await startEmulator(options);
    try {
      const fetchTask = () =>
        call(second, "/v2/async/fetch", {
          accessToken: s.token,
          body: JSON.stringify({ task_id: taskId }),
        });
      // Its fetch count went with it: one more running report, then the end.
      expect((await fetchTask()).json.data).toMatchObject({ state: 1, progress: 50 });
      const ended = (await fetchTask()).json.data;
      expect(ended).toMatchObject({ state: 2, success_count: 1 });
      expect(second.entries()).toEqual(first.entries());
      expect(second.entries()).toEqual([
        expect.objectContaining({
          title: "a",
          threshold: "0.7",
          disabled: true,
          intentId: ended.success_skill_info[0].intents[0].id,
        }),
      ]);
      // New ids continue from the saved counters: none is handed out twice.
      const more = await session(second);
      const next = await more.imported(0, [item("b")]);
      expect(next.success_skill_info[0].intents[0].id).not.toBe(
        ended.success_skill_info[0].intents[0].id,
      );
      expect(next.success_skill_info[0].id).toBe(ended.success_skill_info[0].id);
    } finally {
      await second.stop();
    }
  });

  it("keeps v1's shape for a bot only v1 wrote, and drops v2's state on reset", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-emulator-v2-"));
    const statePath = path.join(dir, "state.json");
    const emulator = await startEmulator({ statePath });
    try {
      const xml = `<xml><managerid>${emulator.credentials.managerId}</managerid><skillname>s</skillname><title>t</title><content>c</content></xml>`;
      await request(
        emulator.url,
        `/openapi/setautoreply/${emulator.credentials.token}`,
        { "content-type": "application/json" },
        JSON.stringify({ encrypt: createCryptor(emulator.credentials).encrypt(xml) }),
      );
      const v1Only = JSON.parse(await readFile(statePath, "utf8"));
      expect(v1Only).toEqual({
        version: 1,
        entries: [{ skill: "s", title: "t", content: "c", questions: [] }],
        published: null,
      });
      await accessToken(emulator);
      expect(JSON.parse(await readFile(statePath, "utf8"))).toHaveProperty("v2.tokens.length", 1);
      await emulator.reset();
      expect(JSON.parse(await readFile(statePath, "utf8"))).toEqual({
        version: 1,
        entries: [],
        published: null,
      });
    } finally {
      await emulator.stop();
    }
  });
});

describe("faqops emulate's v2 flags", () => {
  it("reads --token-ttl (seconds), --task-steps and --max-import-items, and says v2 is served at the same URL", () => {
    const options = readEmulateOptions({ tokenTtl: "0.5", taskSteps: "3" }, process.cwd());
    expect(options).toMatchObject({ tokenTtlMs: 500, taskSteps: 3 });
    expect(readEmulateOptions({}, process.cwd())).toMatchObject({
      tokenTtlMs: undefined,
      taskSteps: undefined,
    });
    expect(readEmulateOptions({ maxImportItems: "250" }, process.cwd())).toMatchObject({
      maxImportItems: 250,
    });
    expect(readEmulateOptions({}, process.cwd()).maxImportItems).toBeUndefined();
    for (const flags of [
      { tokenTtl: "0" },
      { tokenTtl: "soon" },
      { taskSteps: "-1" },
      { maxImportItems: "0" },
      { maxImportItems: "many" },
    ]) {
      expect(() => readEmulateOptions(flags, process.cwd())).toThrow(UsageError);
    }
    const out = describeStart("http://127.0.0.1:8787", DEFAULT_EMULATOR_CREDENTIALS, {});
    expect(out).toContain("the same URL serves /v2/");
    expect(out).toContain("account = FAQOPS_MANAGER_ID");
    expect(out).toContain("access tokens last 2 h");
    expect(
      describeStart("http://x", DEFAULT_EMULATOR_CREDENTIALS, { tokenTtlMs: 90_000 }),
    ).toContain("access tokens last 90 s");
  });
});
