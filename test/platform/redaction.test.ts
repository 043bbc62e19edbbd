import got from "got";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RetryInfo } from "../../src/platform/client.js";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import { PlatformError } from "../../src/platform/errors.js";
import { createRedactor, REDACTED, scrubError } from "../../src/platform/redact.js";
import type { Credentials } from "../../src/platform/types.js";
import { clientFor, entry, everyText, rejection, testCredentials } from "./helpers.js";

/** Every form of the client's secrets that could show up in text. */
function secretForms(credentials: Credentials): string[] {
  return [credentials.token, credentials.encodingAesKey].flatMap((s) => [
    s,
    encodeURIComponent(s),
    encodeURIComponent(s).toLowerCase(),
  ]);
}

function expectNoSecret(texts: readonly string[], credentials: Credentials): void {
  const joined = texts.join("\n");
  for (const form of secretForms(credentials)) expect(joined).not.toContain(form);
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ credentials: testCredentials() });
});
afterAll(() => emulator.stop());

describe("redaction", () => {
  it("finds the secrets in a raw got error (so the search below can fail) and not in its scrubbed copy", async () => {
    const { token, encodingAesKey } = emulator.credentials;
    const raw = await rejection(
      got.post(
        `http://127.0.0.1:1/openapi/publish/${token}?k=${encodeURIComponent(encodingAesKey)}`,
        {
          retry: { limit: 0 },
        },
      ),
    );
    expect(everyText(raw).join("\n")).toContain(token);
    const scrubbed = scrubError(
      new AggregateError([raw], `x ${token}`, { cause: raw }),
      createRedactor([token, encodingAesKey]),
    );
    expectNoSecret(everyText(scrubbed), emulator.credentials);
    expect(scrubbed.message).toBe(`x ${REDACTED}`);
  });

  const scenarios: [
    string,
    () => void,
    Partial<Credentials> | undefined,
    Record<string, unknown>,
  ][] = [
    [
      "a wrong token",
      () => emulator.setFaults({}),
      { token: testCredentials().token },
      { timeoutMs: 2000 },
    ],
    [
      "a wrong EncodingAESKey",
      () => emulator.setFaults({}),
      { encodingAesKey: testCredentials().encodingAesKey },
      {},
    ],
    [
      "a time-out",
      () => emulator.setFaults({ latencyMs: 200 }),
      undefined,
      { timeoutMs: 30, retry: { limit: 2 } },
    ],
    [
      "a persistent 500",
      () => emulator.setFaults({ failRate: 1 }),
      undefined,
      { retry: { limit: 2 } },
    ],
    [
      "dropped connections",
      () => emulator.setFaults({ dropRate: 1 }),
      undefined,
      { retry: { limit: 2 } },
    ],
    [
      "a refused connection",
      () => emulator.setFaults({}),
      undefined,
      { endpoint: "http://127.0.0.1:1" },
    ],
  ];
  for (const [what, arrange, credentials, options] of scenarios) {
    it(`keeps the TOKEN and EncodingAESKey out of every output on ${what}`, async () => {
      arrange();
      const used = { ...emulator.credentials, ...credentials };
      const retries: RetryInfo[] = [];
      const client = clientFor(emulator, {
        ...options,
        credentials: used,
        onRetry: (i) => retries.push(i),
      });
      const error = await rejection(client.setAutoReply(entry("a")));
      client.close();
      expect(error).toBeInstanceOf(PlatformError);
      if (options.retry) expect(retries.length).toBeGreaterThan(0);
      const texts = [...everyText(error), ...retries.map((r) => JSON.stringify(r))];
      expectNoSecret(texts, used);
      // The message still says what happened.
      expect(error.message).toMatch(/^setautoreply: /);
    });
  }
});
