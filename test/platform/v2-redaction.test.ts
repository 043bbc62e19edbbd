/**
 * The v2 client's secrets (the Token, every access token, every `sign`) never leave it in an
 * error's message, hint, stack or cause chain, nor in an onRetry reason, even when the platform
 * echoes them back. Each scenario also checks that the echo really happened, so it can fail.
 */
import net from "node:net";
import got from "got";
import { afterEach, describe, expect, it } from "vitest";
import { PlatformError } from "../../src/platform/errors.js";
import { createRedactor, scrubError } from "../../src/platform/redact.js";
import type { RetryInfo } from "../../src/platform/transport.js";
import { createV2Client, type V2ClientOptions } from "../../src/platform/v2/client.js";
import type { V2Client, V2Credentials } from "../../src/platform/v2/types.js";
import { distinctiveSecret, everyText, rejection } from "./helpers.js";
import {
  code,
  type FakePlatform,
  ok,
  type Received,
  type Reply,
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

async function setUp(options: Partial<Omit<V2ClientOptions, "endpoint" | "credentials">> = {}) {
  const credentials: V2Credentials = {
    appId: "wxv2app0123456789",
    token: distinctiveSecret(),
    account: "admin-v2",
  };
  const platform = await startFakePlatform(credentials);
  platforms.push(platform);
  const client = createV2Client({
    timeoutMs: 1000,
    onRetry: (info) => retries.push(info),
    ...options,
    endpoint: platform.url,
    credentials,
    retry: { baseDelayMs: 1, maxDelayMs: 5, ...options.retry },
  });
  clients.push(client);
  return { platform, client, credentials };
}

/** Every secret the client held or sent: the Token, each access token, each sign. */
function secretsOf(platform: FakePlatform, credentials: V2Credentials): string[] {
  return [
    credentials.token,
    ...platform.issued,
    ...platform.received.map((r) => String(r.headers.sign)),
  ];
}

/** A message that repeats every secret of the request it answers, in several forms. */
function echo(request: Received, token: string): string {
  const access = String(request.headers["x-openai-token"] ?? "");
  const sign = String(request.headers.sign);
  return `echo token=${token} access=${access} (${encodeURIComponent(access)}) sign=${sign}`;
}

function expectNoSecret(texts: readonly string[], secrets: readonly string[]): void {
  const joined = [...texts, ...retries.map((r) => JSON.stringify(r))].join("\n");
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(8);
    for (const form of [secret, encodeURIComponent(secret)]) expect(joined).not.toContain(form);
  }
}

/** Checks that the platform's answers did carry the secrets the error must not. */
function expectEchoed(platform: FakePlatform, secrets: readonly string[]): void {
  const sent = platform.sent.join("\n");
  for (const secret of secrets) expect(sent).toContain(secret);
}

describe("v2 redaction", () => {
  it("a raw got error shows the headers (so the searches below can fail); the scrubbed copy does not", async () => {
    const sign = "0123456789abcdef0123456789abcdef";
    const access = "MX6ddM5mN07ucVKy+Y-to7tKRufZ1YF05eb542d5170000001c";
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const raw = await rejection(
      got.post(`http://127.0.0.1:${port}/v2/bot/publish`, {
        headers: { sign, "X-OPENAI-TOKEN": access },
        retry: { limit: 0 },
      }),
    );
    const rawText = everyText(raw).join("\n");
    expect(rawText).toContain(sign);
    expect(rawText).toContain(access);
    const scrubbed = scrubError(raw, createRedactor([access, sign]));
    expectNoSecret(everyText(scrubbed), [sign, access]);
  });

  const scenarios: [string, (platform: FakePlatform, token: string) => void, string][] = [
    [
      "210202 twice, its msg echoing everything",
      (platform, token) => {
        const refuse = (r: Received): Reply => code(210202, echo(r, token));
        platform.script("/v2/bot/import/json", refuse, refuse);
      },
      "fatal",
    ],
    [
      "a rejection (110003) echoing everything",
      (platform, token) =>
        platform.script("/v2/bot/import/json", (r) => code(110003, echo(r, token))),
      "rejected",
    ],
    [
      "HTTP 400 twice, its body echoing the sign and the access token",
      (platform) => {
        const refuse = (r: Received): Reply => ({
          status: 400,
          text: `sign ${r.headers.sign} ${r.headers["x-openai-token"]}`,
        });
        platform.script("/v2/bot/import/json", refuse, refuse);
      },
      "fatal",
    ],
    [
      "a busy platform (210205) until the retries run out, echoing everything",
      (platform, token) => {
        const busy = (r: Received): Reply => code(210205, echo(r, token));
        platform.script("/v2/bot/import/json", busy, busy, busy);
      },
      "unavailable",
    ],
    [
      '"user has no auth to access api", echoing everything',
      (platform, token) =>
        platform.script("/v2/bot/import/json", (r) =>
          code(1, `user has no auth to access api import-bot-json-v2 ${echo(r, token)}`),
        ),
      "fatal",
    ],
    [
      "a success without a task_id whose msg echoes everything",
      (platform, token) =>
        platform.script("/v2/bot/import/json", (r) => ({
          envelope: { code: 0, msg: echo(r, token), data: { task_id: null } },
        })),
      "fatal",
    ],
  ];
  for (const [what, script, kind] of scenarios) {
    it(`${what}: no secret in the error, its causes or the retries`, async () => {
      const { platform, client, credentials } = await setUp({ retry: { limit: 2 } });
      await client.publishProgress(); // a cached token, so a refusal earns a refresh
      script(platform, credentials.token);
      const error = await rejection(
        client.importJson(0, [{ skill: "s", intent: "i", questions: [], answers: ["a"] }]),
      );
      expect(error).toBeInstanceOf(PlatformError);
      expect(error).toMatchObject({ kind });
      const secrets = secretsOf(platform, credentials);
      const echoed = platform.to("/v2/bot/import/json").map((r) => String(r.headers.sign));
      expectEchoed(platform, echoed);
      expectNoSecret(everyText(error), secrets);
    });
  }

  it("the token call refused with its sign and the Token echoed back", async () => {
    const { platform, client, credentials } = await setUp();
    platform.script("/v2/token", (r) => code(110001, echo(r, credentials.token)));
    const error = await rejection(client.publish());
    expect(error).toMatchObject({ kind: "fatal", code: 110001 });
    expectEchoed(platform, [credentials.token, String(platform.received[0]?.headers.sign)]);
    expectNoSecret(everyText(error), secretsOf(platform, credentials));
  });

  it("an access token echoed in the token call's own failure (an unusable token)", async () => {
    const { platform, client, credentials } = await setUp();
    const unusable = `${distinctiveSecret()} ${distinctiveSecret()}`;
    platform.script("/v2/token", {
      envelope: { code: 0, msg: `issued ${unusable}`, data: { access_token: unusable } },
    });
    const error = await rejection(client.publish());
    expect(error).toMatchObject({ kind: "fatal" });
    expect(error.message).toMatch(/cannot be sent in a header/);
    expectNoSecret(everyText(error), [...secretsOf(platform, credentials), unusable]);
  });

  it("a task's msg echoing the access token is redacted in the TaskStatus", async () => {
    const { platform, client, credentials } = await setUp();
    platform.script("/v2/async/fetch", (r) =>
      ok(taskData({ state: 3, msg: `failed for ${echo(r, credentials.token)}` })),
    );
    const status = await client.fetchTask("t");
    expect(status.message).toMatch(/^failed for echo token=\[redacted\] access=\[redacted\]/);
    expectEchoed(platform, [platform.issued[0]!]);
    expectNoSecret([status.message], secretsOf(platform, credentials));
  });

  it("connections that break mid-request: fatal after three, nothing secret in the causes", async () => {
    const { platform, client, credentials } = await setUp();
    await client.publishProgress();
    const broken = (): Reply => "hang";
    platform.script("/v2/bot/publish", broken, broken, broken);
    const fast = createV2Client({
      endpoint: platform.url,
      credentials,
      timeoutMs: 100,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      onRetry: (info) => retries.push(info),
    });
    clients.push(fast);
    const error = await rejection(fast.publish());
    expect(error).toMatchObject({ kind: "fatal" });
    expect(error.message).toMatch(/no answer from .* on 3 requests in a row/);
    expect(retries.length).toBeGreaterThan(0);
    expectNoSecret(everyText(error), secretsOf(platform, credentials));
  });
});
