/**
 * The endpoint: https required for any host but this machine unless --insecure-http (the TOKEN is
 * in every request URL), and a user, password or query in it never shown in any message.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveActionOptions } from "../../src/action/inputs.js";
import { ConfigError, UsageError } from "../../src/errors.js";
import {
  displayEndpoint,
  isLoopbackHost,
  parseEndpoint,
  resolveEndpoint,
} from "../../src/platform/credentials.js";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import { PlatformError } from "../../src/platform/errors.js";
import { errorWords } from "../../src/render/error.js";
import { clientFor, entry, everyText, rejection, testCredentials } from "./helpers.js";

const USER = "proxyuser";
const PASSWORD = "Pr0xyPass";

/** The error `fn` throws (fails the test when it returns). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

/** Asserts no text of the error shows the user, the password or a query. */
function expectNoUserinfo(error: unknown): void {
  const joined = everyText(error).join("\n");
  expect(joined).not.toContain(USER);
  expect(joined).not.toContain(PASSWORD);
  expect(joined).not.toContain("secretQuery");
}

describe("plain http:// is refused beyond this machine", () => {
  it("refuses http://example.com, saying https is required and why", () => {
    const error = thrown(() =>
      resolveEndpoint({ url: "http://example.com", name: "--endpoint" }, {}),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      "The endpoint http://example.com (from --endpoint) uses plain http://, so every request would cross the network in clear text, and the TOKEN is part of every request URL: faqops requires https:// for any host but this machine.",
    );
    // What to do is data: each shell names its own way to allow it.
    expect((error as ConfigError).remedy).toEqual({ kind: "allow-insecure-http" });
    expect(errorWords(error as ConfigError, "cli").hint).toMatch(/, pass --insecure-http, /);
    expect(errorWords(error as ConfigError, "action").hint).toMatch(
      /, set the action's `insecure-http` input to true, /,
    );
    // Without a name for where the URL came from, the message names none.
    expect(() => resolveEndpoint({ url: "http://example.com" }, {})).toThrow(
      /^The endpoint http:\/\/example\.com uses plain http:\/\//,
    );
    // From the environment too, naming it.
    expect(() => resolveEndpoint({}, { FAQOPS_ENDPOINT: "http://10.0.0.5:8787" })).toThrow(
      "The endpoint http://10.0.0.5:8787 (from FAQOPS_ENDPOINT) uses plain http://",
    );
  });

  it("accepts it with --insecure-http (true or a true-ish input), and https always", () => {
    expect(resolveEndpoint({ url: "http://example.com/", insecureHttp: true }, {})).toBe(
      "http://example.com",
    );
    expect(
      resolveEndpoint({ insecureHttp: "true" }, { FAQOPS_ENDPOINT: "http://10.0.0.5:8787" }),
    ).toBe("http://10.0.0.5:8787");
    expect(resolveEndpoint({ url: "https://example.com" }, {})).toBe("https://example.com");
    expect(() => resolveEndpoint({ url: "http://example.com", insecureHttp: "maybe" }, {})).toThrow(
      UsageError,
    );
  });

  it("accepts http:// to loopback: 127.0.0.0/8, localhost and [::1]", () => {
    for (const [given, resolved] of [
      ["http://127.0.0.1:8787", "http://127.0.0.1:8787"],
      ["http://127.9.8.7", "http://127.9.8.7"],
      ["http://127.1:99/", "http://127.0.0.1:99"],
      ["http://localhost", "http://localhost"],
      ["http://LOCALHOST:3000", "http://localhost:3000"],
      ["http://[::1]:8787", "http://[::1]:8787"],
      ["http://[0:0:0:0:0:0:0:1]", "http://[::1]"],
    ] as const) {
      expect(resolveEndpoint({ url: given }, {})).toBe(resolved);
    }
    for (const host of [
      "http://127.0.0.1.example.com",
      "http://localhost.example.com",
      "http://128.0.0.1",
      "http://[::2]",
      "http://[::ffff:8.8.8.8]",
      "http://0.0.0.0",
    ]) {
      expect(() => parseEndpoint(host)).toThrow(/requires https:\/\//);
    }
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("example.com")).toBe(false);
  });
});

describe("an endpoint's user, password and query are never shown", () => {
  const cases = [
    `http://${USER}:${PASSWORD}@example.com`,
    `ftp://${USER}:${PASSWORD}@example.com`,
    `https://${USER}:${PASSWORD}@example.com/?token=secretQuery`,
    `https://${USER}:${PASSWORD}@example.com/#secretQuery`,
    `http://${USER}:${PASSWORD}@exa mple.com`,
    `${USER}:${PASSWORD}@example.com`,
    `https://example.com/?key=secretQuery&u=${USER}&p=${PASSWORD}`,
  ];
  it.each(cases)("in the config error for %s", (url) => {
    const error = thrown(() => resolveEndpoint({ url }, {}));
    expect(error).toBeInstanceOf(ConfigError);
    expectNoUserinfo(error);
    // Allowed with --insecure-http only when plain http was the one problem.
    try {
      expect(resolveEndpoint({ url, insecureHttp: true }, {})).toBe(url);
    } catch (insecure) {
      expect(insecure).toBeInstanceOf(ConfigError);
      expectNoUserinfo(insecure);
    }
    const fromEnv = thrown(() => resolveEndpoint({}, { FAQOPS_ENDPOINT: url }));
    expectNoUserinfo(fromEnv);
  });

  it("in displayEndpoint, which keeps scheme, host, port and path", () => {
    expect(displayEndpoint(`https://${USER}:${PASSWORD}@example.com:8443/base/`)).toBe(
      "https://example.com:8443/base",
    );
  });

  describe("in the client's errors", () => {
    let emulator: Emulator;
    let notThePlatform: http.Server;
    let port: number;
    beforeAll(async () => {
      emulator = await startEmulator({ credentials: testCredentials() });
      notThePlatform = http.createServer((_req, res) => {
        // A proxy that echoes what it was sent: the request line and Authorization.
        res.writeHead(404, { "content-type": "text/plain" });
        res.end(`not here: ${_req.url} ${_req.headers.authorization ?? ""}`);
      });
      await new Promise<void>((resolve) => notThePlatform.listen(0, "127.0.0.1", resolve));
      port = (notThePlatform.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await emulator.stop();
      await new Promise((resolve) => notThePlatform.close(resolve));
    });

    const withUserinfo = (url: string) => url.replace("http://", `http://${USER}:${PASSWORD}@`);

    it("on HTTP 404 from a server that is not the platform", async () => {
      const client = clientFor(emulator, { endpoint: withUserinfo(`http://127.0.0.1:${port}`) });
      const error = await rejection(client.setAutoReply(entry("a")));
      client.close();
      expect(error).toBeInstanceOf(PlatformError);
      expect(error.message).toBe(
        `setautoreply: HTTP 404 from http://127.0.0.1:${port}: this is not the platform's open API.`,
      );
      expectNoUserinfo(error);
    });

    it("on a refused connection and a platform error code", async () => {
      for (const [endpoint, credentials] of [
        [withUserinfo("http://127.0.0.1:1"), {}],
        [withUserinfo(emulator.url), { managerId: "someone-else" }],
      ] as const) {
        const client = clientFor(emulator, { endpoint, credentials });
        const error = await rejection(client.publish());
        client.close();
        expect(error).toBeInstanceOf(PlatformError);
        expectNoUserinfo(error);
      }
    });
  });
});

describe("the action's insecure-http input", () => {
  const options = (inputs: Record<string, string>) =>
    resolveActionOptions((name) => inputs[name] ?? "", {
      cwd: "/repo",
      event: { name: "push" },
    });

  it("goes with the endpoint input to resolveEndpoint, which names the input", () => {
    const refused = thrown(() =>
      resolveEndpoint(options({ endpoint: "http://runner-proxy:8080" }).endpoint, {}),
    );
    expect(refused.message).toMatch(
      /^The endpoint http:\/\/runner-proxy:8080 \(from the endpoint input\) uses plain http:\/\//,
    );
    expect(
      resolveEndpoint(
        options({ endpoint: "http://runner-proxy:8080", "insecure-http": "true" }).endpoint,
        {},
      ),
    ).toBe("http://runner-proxy:8080");
    // Blank means unset: the environment's endpoint, under the same rule.
    expect(() =>
      resolveEndpoint(options({}).endpoint, { FAQOPS_ENDPOINT: "http://runner-proxy:8080" }),
    ).toThrow(/from FAQOPS_ENDPOINT/);
  });

  it("is a boolean, checked with the other inputs", () => {
    expect(() => options({ "insecure-http": "sometimes" })).toThrow(
      'insecure-http must be true or false; got "sometimes".',
    );
  });
});
