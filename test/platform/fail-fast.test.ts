/**
 * Failing fast on a dead or misconfigured platform: each systemic failure stops with one fatal
 * error naming the endpoint, after one request (or, for failures worth a retry one by one, after
 * a few in a row), while transient failures are still retried. Real HTTP, TLS and TCP servers on
 * loopback, each answering in one exotic way.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  classifyRequestError,
  createClient,
  type RetryInfo,
  SAME_FAILURE_LIMIT,
  UNAVAILABLE_CALLS_LIMIT,
} from "../../src/platform/client.js";
import { PlatformError } from "../../src/platform/errors.js";
import type { Credentials, PlatformClient } from "../../src/platform/types.js";
import { entry, everyText, hintOf, rejection, testCredentials } from "./helpers.js";

const OK = '{"errcode":0,"msg":"ok"}';

/**
 * What a server does with one request: answer (once `after` settles, if given: a test can hold an
 * answer until something else has happened), or hold it open forever.
 */
type Reply =
  | {
      readonly status: number;
      readonly body?: string;
      readonly headers?: http.OutgoingHttpHeaders;
      readonly after?: Promise<unknown>;
    }
  | "hang";

interface TestServer {
  readonly url: string;
  /** Requests (HTTP) or connections (raw TCP) received so far. */
  readonly seen: () => number;
  readonly close: () => Promise<void>;
}

/** Every server a test starts; afterEach closes them all, open connections included. */
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Listens on 127.0.0.1 at a free port; returns the port. */
async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

/** Tracks a server's sockets so closing it never waits for a connection left open. */
function tracked(server: net.Server): () => Promise<void> {
  const sockets = new Set<net.Socket>();
  server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // A TLS server reports the TCP socket on "connection"; a client that refuses the certificate
  // makes it emit tlsClientError, which must not be left unhandled.
  server.on("tlsClientError", () => {});
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

/** An HTTP server answering the n-th request with `replies[n]` (the last one repeats). */
async function httpServer(
  replies: readonly Reply[],
  make: (handler: http.RequestListener) => net.Server = (h) => http.createServer(h),
  scheme = "http",
): Promise<TestServer> {
  let seen = 0;
  const server = make((req, res) => {
    const reply = replies[Math.min(seen, replies.length - 1)] ?? "hang";
    seen++;
    req.resume();
    if (reply === "hang") return;
    const answer = () => {
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body ?? "");
    };
    if (reply.after) void reply.after.then(answer);
    else answer();
  });
  const port = await listen(server);
  const started: TestServer = {
    url: `${scheme}://127.0.0.1:${port}`,
    seen: () => seen,
    close: tracked(server),
  };
  servers.push(started);
  return started;
}

/** A TCP server that accepts connections and never says a word: a "black hole". */
async function blackHole(): Promise<TestServer> {
  let seen = 0;
  const server = net.createServer(() => {
    seen++;
  });
  const port = await listen(server);
  const started = { url: `http://127.0.0.1:${port}`, seen: () => seen, close: tracked(server) };
  servers.push(started);
  return started;
}

let credentials: Credentials;
let clients: PlatformClient[] = [];
let retries: RetryInfo[] = [];
beforeAll(() => {
  credentials = testCredentials();
});
afterEach(() => {
  for (const client of clients) client.close();
  clients = [];
  retries = [];
});

/** A client for `url` with this file's credentials; tiny retry delays unless told otherwise. */
function clientAt(url: string, options: Partial<Omit<ClientOptions, "endpoint">> = {}) {
  const client = createClient({
    timeoutMs: 2000,
    onRetry: (info) => retries.push(info),
    ...options,
    endpoint: url,
    credentials,
    retry: { baseDelayMs: 1, maxDelayMs: 5, ...options.retry },
  });
  clients.push(client);
  return client;
}

/** Neither secret, raw or URL-encoded, in the error or in any retry report. */
function expectNoSecret(error: unknown): void {
  const joined = [...everyText(error), ...retries.map((r) => JSON.stringify(r))].join("\n");
  for (const secret of [credentials.token, credentials.encodingAesKey]) {
    for (const form of [
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(secret).toLowerCase(),
    ])
      expect(joined).not.toContain(form);
  }
}

/** The fatal error a call ends with, checked for what every fatal error must have. */
async function fatalOf(promise: Promise<unknown>, endpoint: string): Promise<PlatformError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(PlatformError);
  const platformError = error as PlatformError;
  expect(platformError).toMatchObject({ kind: "fatal", fatal: true });
  expect(platformError.message).toContain(endpoint);
  expect(hintOf(platformError)).toBeTruthy();
  expectNoSecret(platformError);
  return platformError;
}

/**
 * A failure the endpoint setting may cause: the error says to check it as data, and each shell
 * names its own way to set it.
 */
function expectEndpointRemedy(error: PlatformError): void {
  expect(error.remedy?.kind).toBe("check-endpoint");
  expect(error.hint).toBeUndefined();
  expect(hintOf(error, "cli")).toMatch(/--endpoint \/ FAQOPS_ENDPOINT/);
  expect(hintOf(error, "action")).toMatch(/the action's `endpoint` input \/ FAQOPS_ENDPOINT/);
}

describe("systemic failures stop at once, naming the endpoint", () => {
  it("a closed port: nothing is listening, no retry", async () => {
    // Port 1 (tcpmux): privileged, and nothing listens there. A port bound then closed by the
    // test could be taken by another process in between.
    const url = "http://127.0.0.1:1";
    const started = Date.now();
    const error = await fatalOf(clientAt(url).setAutoReply(entry("a")), url);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.message).toMatch(
      /^setautoreply: nothing is listening at http:\/\/127\.0\.0\.1:\d+ /,
    );
    expect(error).toMatchObject({ attempts: 1 });
    expectEndpointRemedy(error);
    expect(retries).toEqual([]);
  });

  it("a redirect: names only the origin of its target, and does not follow it", async () => {
    for (const status of [301, 302, 307, 308]) {
      const server = await httpServer([
        {
          status,
          headers: {
            location: `https://elsewhere.example/openapi/setautoreply/${credentials.token}?x=1`,
          },
        },
      ]);
      const error = await fatalOf(clientAt(server.url).setAutoReply(entry("a")), server.url);
      expect(error.message).toContain(`(HTTP ${status}) to https://elsewhere.example;`);
      expect(error.message).toMatch(/does not follow redirects, because the TOKEN/);
      expect(error.message).not.toMatch(/openapi|x=1|redacted/);
      expect(error).toMatchObject({ httpStatus: status, attempts: 1 });
      expect(server.seen()).toBe(1);
    }
    expect(retries).toEqual([]);
  });

  describe("over TLS", () => {
    let dir: string;
    let tls: { key: Buffer; cert: Buffer };
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "faqops-tls-"));
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-subj",
          "/CN=localhost",
          "-days",
          "1",
          "-keyout",
          path.join(dir, "key.pem"),
          "-out",
          path.join(dir, "cert.pem"),
        ],
        { stdio: "ignore" },
      );
      tls = {
        key: await readFile(path.join(dir, "key.pem")),
        cert: await readFile(path.join(dir, "cert.pem")),
      };
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    const httpsServer = (replies: readonly Reply[]) =>
      httpServer(replies, (h) => https.createServer(tls, h), "https");

    it("a self-signed certificate: a TLS/certificate problem, no request reaches it", async () => {
      const server = await httpsServer([{ status: 200, body: OK }]);
      const error = await fatalOf(clientAt(server.url).publish(), server.url);
      expect(error.message).toMatch(
        /^publish: a TLS\/certificate problem with https:\/\/127\.0\.0\.1:\d+ \(DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate\)/,
      );
      expect(hintOf(error)).toMatch(/certificate/);
      expect(server.seen()).toBe(0);
      expect(retries).toEqual([]);
    });

    it("https:// to a plain HTTP server: a TLS problem too", async () => {
      const server = await httpServer([{ status: 200, body: OK }]);
      const url = server.url.replace("http:", "https:");
      const error = await fatalOf(clientAt(url).publish(), url);
      expect(error.message).toMatch(/TLS\/certificate problem .*\(EPROTO: wrong version number\)/);
      expect(retries).toEqual([]);
    });

    it(`http:// to a TLS server: resets, fatal after ${SAME_FAILURE_LIMIT} in a row`, async () => {
      const server = await httpsServer([{ status: 200, body: OK }]);
      const url = server.url.replace("https:", "http:");
      const error = await fatalOf(clientAt(url).publish(), url);
      expect(error.message).toMatch(/no answer from .* on 3 requests in a row \(each connection/);
      expect(error.attempts).toBe(SAME_FAILURE_LIMIT);
      expect(retries.map((r) => r.reason)).toEqual([
        "the connection broke (ECONNRESET)",
        "the connection broke (ECONNRESET)",
      ]);
    });
  });

  const answers: [string, Reply, RegExp][] = [
    [
      "HTTP 404",
      { status: 404, body: "not found" },
      /HTTP 404 from .*: this is not the platform's open API/,
    ],
    ["HTTP 418", { status: 418 }, /HTTP 418 from .*: this is not the platform's open API/],
    ["HTTP 501", { status: 501 }, /HTTP 501 from .*: the server there cannot serve/],
    ["HTTP 505", { status: 505 }, /HTTP 505 from /],
    [
      "HTTP 204",
      { status: 204 },
      /unexpected HTTP 204 from .*: the platform answers every call with HTTP 200/,
    ],
    [
      "an HTML page with HTTP 200",
      { status: 200, body: "<html><body>Sign in to the Wi-Fi</body></html>" },
      /the answer from .* is not the platform's JSON envelope/,
    ],
    [
      "JSON without a code",
      { status: 200, body: '{"foo":1}' },
      /the answer from .* is not the platform's JSON envelope/,
    ],
  ];
  for (const [what, reply, message] of answers) {
    it(`${what}: fatal after exactly one request`, async () => {
      const server = await httpServer([reply, { status: 200, body: OK }]);
      const error = await fatalOf(clientAt(server.url).setAutoReply(entry("a")), server.url);
      expect(error.message).toMatch(message);
      expectEndpointRemedy(error);
      expect(error).toMatchObject({ attempts: 1 });
      expect(server.seen()).toBe(1);
      expect(retries).toEqual([]);
    });
  }

  it("publish_progress without progress and status: fatal", async () => {
    const server = await httpServer([
      { status: 200, body: '{"errcode":0,"data":{"progress":"x"}}' },
    ]);
    const error = await fatalOf(clientAt(server.url).publishProgress(), server.url);
    expect(error.message).toMatch(/has no valid progress and status/);
  });
});

describe("transient failures are still retried", () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`HTTP ${status}, then 200: success after one retry`, async () => {
      const server = await httpServer([{ status }, { status: 200, body: OK }]);
      await clientAt(server.url).setAutoReply(entry("a"));
      expect(server.seen()).toBe(2);
      expect(retries).toEqual([expect.objectContaining({ attempt: 1, reason: `HTTP ${status}` })]);
    });
  }

  it("waits a decimal Retry-After to the millisecond (0.05 s on a 429)", async () => {
    const server = await httpServer([
      { status: 429, headers: { "retry-after": "0.05" } },
      { status: 200, body: OK },
    ]);
    const started = Date.now();
    await clientAt(server.url, { retry: { baseDelayMs: 5000, maxDelayMs: 5000 } }).publish();
    const elapsed = Date.now() - started;
    expect(retries).toEqual([expect.objectContaining({ delayMs: 50, reason: "HTTP 429" })]);
    expect(elapsed).toBeGreaterThanOrEqual(45);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("the same transport failure on several requests in a row is systemic", () => {
  it("a black hole: 4 concurrent calls stop within about one time-out, not after their retries", async () => {
    const server = await blackHole();
    // Long enough that 2.5 time-outs leave a loaded machine room; still under the 3 time-outs in
    // a row one call alone would need, and retries that would wait 0 to 1.5 time-outs.
    const timeoutMs = 900;
    // As apply does: one client, 4 calls at once (the default concurrency), default retries, and
    // the first fatal error aborts the others.
    const client = clientAt(server.url, {
      timeoutMs,
      retry: { baseDelayMs: 1500, maxDelayMs: 30_000 },
    });
    const stop = new AbortController();
    const started = Date.now();
    const errors = await Promise.all(
      ["a", "b", "c", "d"].map((title) =>
        rejection(client.setAutoReply(entry(title), { signal: stop.signal })).then((error) => {
          if (error instanceof PlatformError && error.fatal) stop.abort();
          return error as PlatformError;
        }),
      ),
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(timeoutMs * 2.5);
    const fatal = errors.filter((e) => e.fatal);
    expect(fatal.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((e) => e.fatal || e.kind === "aborted")).toBe(true);
    const first = fatal[0] as PlatformError;
    expect(first.message).toMatch(
      /^setautoreply: no answer from http:\/\/127\.0\.0\.1:\d+ on 3 requests in a row \(each timed out after 900 ms\)\.$/,
    );
    expect(first.message).toContain(server.url);
    for (const error of errors) expectNoSecret(error);
    expect(server.seen()).toBeLessThanOrEqual(4 + SAME_FAILURE_LIMIT);
  });

  it("a black hole behind apply's default rate gate (5 requests/s): still within 2.5 time-outs", async () => {
    const server = await blackHole();
    // The third time-out comes at about one time-out plus two gate intervals; a long time-out
    // leaves a loaded machine room under 2.5 of them.
    const timeoutMs = 1200;
    let next = 0;
    const client = clientAt(server.url, {
      timeoutMs,
      retry: { baseDelayMs: 500, maxDelayMs: 10_000 },
      // Evenly spaced starts, as apply's gate at --rate 5 (206 ms apart with its margin).
      beforeRequest: async () => {
        const at = Math.max(Date.now(), next);
        next = at + 206;
        await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
      },
    });
    const stop = new AbortController();
    const started = Date.now();
    let fatalAt = 0;
    await Promise.all(
      ["a", "b", "c", "d"].map((title) =>
        rejection(client.setAutoReply(entry(title), { signal: stop.signal })).then((error) => {
          if (error instanceof PlatformError && error.fatal && !fatalAt) {
            fatalAt = Date.now() - started;
            expectNoSecret(error);
            stop.abort();
          }
        }),
      ),
    );
    expect(fatalAt).toBeGreaterThan(0);
    expect(fatalAt).toBeLessThan(timeoutMs * 2.5);
  });

  it("three time-outs in a row across concurrent calls: fatal on the third", async () => {
    // Three calls at once into a server that holds them, then answers everything. The answers
    // wait until the fatal error is out: on a loaded machine the first call's retry could
    // otherwise be answered before the other two time out, and that answer resets the count.
    let release = () => {};
    const fatalSeen = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = await httpServer([
      "hang",
      "hang",
      "hang",
      { status: 200, body: OK, after: fatalSeen },
    ]);
    // The held retries have a time-out too: it leaves room for the three first ones to fire
    // this far apart.
    const client = clientAt(server.url, { timeoutMs: 500 });
    const results = await Promise.allSettled(
      ["a", "b", "c"].map((t) =>
        client.setAutoReply(entry(t)).catch((error: unknown) => {
          if (error instanceof PlatformError && error.fatal) release();
          throw error;
        }),
      ),
    );
    const fatal = results.flatMap((r) =>
      r.status === "rejected" && (r.reason as PlatformError).fatal
        ? [r.reason as PlatformError]
        : [],
    );
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.message).toMatch(/no answer from .* on 3 requests in a row/);
    expectNoSecret(fatal[0]);
    // The two others retried after their time-out, and got the answer.
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
  });

  it("a time-out, a success, a time-out: no fatal (an answer resets the count)", async () => {
    const server = await httpServer([
      "hang",
      { status: 200, body: OK },
      "hang",
      "hang",
      { status: 200, body: OK },
      "hang",
      { status: 503 },
      "hang",
      "hang",
      { status: 200, body: OK },
    ]);
    // Long enough for an answer on a loaded machine: a slow answer would be a time-out.
    const client = clientAt(server.url, { timeoutMs: 400 });
    await client.setAutoReply(entry("a")); // time-out, success
    await client.setAutoReply(entry("b")); // time-out, time-out, success
    await client.setAutoReply(entry("c")); // time-out, 503 (an answer too), time-out, time-out, success
    expect(server.seen()).toBe(10);
    expect(retries.map((r) => r.reason)).toEqual([
      "no answer within 400 ms",
      "no answer within 400 ms",
      "no answer within 400 ms",
      "no answer within 400 ms",
      "HTTP 503",
      "no answer within 400 ms",
      "no answer within 400 ms",
    ]);
  });

  it(`${UNAVAILABLE_CALLS_LIMIT} calls in a row giving up as unavailable: the last is fatal; a success resets`, async () => {
    const fail = { status: 503 } as const;
    const ok = { status: 200, body: OK } as const;
    // Each call makes 2 requests before giving up (retry limit 1).
    const server = await httpServer([
      fail,
      fail,
      fail,
      fail,
      ok,
      fail,
      fail,
      fail,
      fail,
      fail,
      fail,
    ]);
    const client = clientAt(server.url, { retry: { limit: 1 } });
    const kinds: string[] = [];
    for (const title of ["a", "b", "c", "d", "e", "f"]) {
      try {
        await client.setAutoReply(entry(title));
        kinds.push("ok");
      } catch (error) {
        kinds.push((error as PlatformError).kind);
        if ((error as PlatformError).fatal) {
          expect((error as PlatformError).message).toMatch(
            /^setautoreply: 3 calls in a row to http:\/\/127\.0\.0\.1:\d+ gave up, none succeeding in between \(the last: HTTP 503; gave up after 2 attempts\)\.$/,
          );
          expect(error).toMatchObject({ httpStatus: 503, attempts: 2 });
          expectNoSecret(error);
        }
      }
    }
    expect(kinds).toEqual([
      "unavailable",
      "unavailable",
      "ok",
      "unavailable",
      "unavailable",
      "fatal",
    ]);
  });
});

describe("classifyRequestError", () => {
  const endpoint = "https://chatbot.example";
  const failure = (code: string | undefined, message = "boom", name = "RequestError") =>
    classifyRequestError(Object.assign(new Error(message), { code, name }), endpoint, 15_000);

  it("retries time-outs, resets and a DNS server that cannot answer for now", () => {
    expect(failure("ETIMEDOUT", "Timeout awaiting 'request'", "TimeoutError")).toMatchObject({
      type: "transient",
      key: "time-out",
      reason: "no answer within 15000 ms",
    });
    for (const code of ["ECONNRESET", "EPIPE"])
      expect(failure(code)).toMatchObject({ type: "transient", key: "reset" });
    expect(failure(undefined, "socket hang up")).toMatchObject({ type: "transient", key: "reset" });
    expect(failure("EAI_AGAIN")).toMatchObject({
      type: "transient",
      key: "EAI_AGAIN",
      repeated: {
        message: `cannot resolve the host of ${endpoint} on 3 requests in a row (EAI_AGAIN).`,
      },
    });
  });

  it("stops on anything else, saying what it is", () => {
    const systemic: [string | undefined, RegExp][] = [
      ["ECONNREFUSED", /^nothing is listening at https:\/\/chatbot\.example /],
      ["ENOTFOUND", /^cannot resolve the host of https:\/\/chatbot\.example \(ENOTFOUND\)/],
      ["CERT_HAS_EXPIRED", /TLS\/certificate problem/],
      ["ERR_TLS_CERT_ALTNAME_INVALID", /TLS\/certificate problem/],
      ["ERR_SSL_WRONG_VERSION_NUMBER", /TLS\/certificate problem/],
      ["SELF_SIGNED_CERT_IN_CHAIN", /TLS\/certificate problem/],
      ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", /TLS\/certificate problem/],
      ["UNABLE_TO_GET_ISSUER_CERT_LOCALLY", /TLS\/certificate problem/],
      ["EHOSTUNREACH", /^cannot reach https:\/\/chatbot\.example: there is no route/],
      ["HPE_INVALID_CONSTANT", /does not answer in HTTP/],
      ["ECONNABORTED", /^the request to https:\/\/chatbot\.example failed \(ECONNABORTED: boom\)/],
      [undefined, /^the request to https:\/\/chatbot\.example failed \(RequestError: boom\)/],
    ];
    for (const [code, message] of systemic) {
      const result = failure(code);
      expect(result.type, String(code)).toBe("systemic");
      expect(result.type === "systemic" && result.message, String(code)).toMatch(message);
    }
  });
});
