/**
 * A purpose-built v2 platform for the client's tests: a real node:http server on loopback that
 * records every request, checks its signature with signV2, issues access tokens, and answers as
 * the reference documents unless a test scripts another answer for a path.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type net from "node:net";
import { signV2 } from "../../src/platform/v2/sign.js";

/** One request as the server received it. */
export interface Received {
  readonly path: string;
  /** Header names in lower case, as node:http gives them. */
  readonly headers: http.IncomingHttpHeaders;
  /** The exact bytes received, as UTF-8. */
  readonly body: string;
  readonly bytes: number;
  /** signV2(Token, timestamp, nonce, body) equals the `sign` header. */
  readonly signOk: boolean;
  /** The X-OPENAI-TOKEN header names a token this server issued and has not revoked. */
  readonly tokenOk: boolean;
}

/** An answer: an envelope (status 200 unless given) or raw text. */
export interface Answer {
  readonly status?: number;
  readonly envelope?: { code: number; msg?: string; data?: unknown };
  readonly text?: string;
  readonly headers?: http.OutgoingHttpHeaders;
  readonly delayMs?: number;
}

/** An answer, or none at all. */
export type Reply = Answer | "hang";

export type Script = Reply | ((request: Received) => Reply);

export interface FakePlatform {
  readonly url: string;
  readonly received: Received[];
  /** Every access token issued, in order. */
  readonly issued: string[];
  /** Everything the server sent back, to show that an echo really happened. */
  readonly sent: string[];
  /** Queues answers for a path, used in order before the default behaviour. */
  script(path: string, ...replies: Script[]): void;
  /** Requests to one path. */
  to(path: string): Received[];
  /** Makes a token unacceptable from now on (as an expired one would be). */
  revoke(token: string): void;
  /** Delays the default /v2/token answer (to let concurrent callers pile up). */
  tokenDelayMs: number;
  close(): Promise<void>;
}

/** A fresh access token with the characters the reference's examples hold ("+", "@", "-"). */
export function accessTokenLike(): string {
  return `${randomBytes(12).toString("base64").replace(/[/=]/g, "x")}+${randomBytes(4).toString("hex")}@Y-${randomBytes(6).toString("hex")}`;
}

/** The reference's success envelope around `data`. */
export const ok = (data: unknown): Answer => ({ envelope: { code: 0, msg: "success", data } });

/** An error envelope. */
export const code = (value: number, msg = "", data: unknown = null): Answer => ({
  envelope: { code: value, msg, data },
});

/** The [fetch] example's data, with overrides. */
export function taskData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    end: 1711088874,
    fail_count: 0,
    fail_skill_info: null,
    import_export_time: null,
    msg: "",
    progress: 100,
    replace_count: 0,
    start: 1711088873,
    state: 2,
    success_count: 1,
    success_skill_info: [{ id: 2098207, intents: [{ id: 47147532, name: "BBC" }], name: "AAA" }],
    success_upload_count: 0,
    total_count: 1,
    url: "",
    ...overrides,
  };
}

/** Starts a fake platform for these credentials on 127.0.0.1. */
export async function startFakePlatform(credentials: {
  token: string;
  appId: string;
  account: string;
}): Promise<FakePlatform> {
  const received: Received[] = [];
  const issued: string[] = [];
  const sent: string[] = [];
  const valid = new Set<string>();
  const scripts = new Map<string, Script[]>();
  const sockets = new Set<net.Socket>();

  const defaultReply = (request: Received): Reply => {
    const { path, headers } = request;
    if (!request.signOk) return { status: 400, text: "invalid sign request" };
    if (path === "/v2/token") {
      if (headers["x-appid"] !== credentials.appId) return code(110001, "Internal Server Error");
      const body = JSON.parse(request.body) as { account?: unknown };
      if (body.account !== credentials.account) return code(110001, "Internal Server Error");
      const token = accessTokenLike();
      issued.push(token);
      valid.add(token);
      return { ...ok({ access_token: token }), delayMs: fake.tokenDelayMs };
    }
    if (!request.tokenOk) return code(210202, "权限不足");
    switch (path) {
      case "/v2/bot/import/json":
        return ok({ task_id: randomBytes(16).toString("hex") });
      case "/v2/async/fetch":
        return ok(taskData());
      case "/v2/bot/publish":
        return ok({ task_id: randomBytes(16).toString("hex") });
      case "/v2/bot/effective_progress":
        return ok({ end_time: "", progress: 100, status: 1 });
      default:
        return { status: 404, text: "not found" };
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString("utf8");
      const headers = req.headers;
      const header = (name: string) => {
        const value = headers[name];
        return typeof value === "string" ? value : "";
      };
      const request: Received = {
        path: req.url ?? "",
        headers,
        body,
        bytes: raw.length,
        signOk:
          header("sign") !== "" &&
          signV2(credentials.token, header("timestamp"), header("nonce"), body) === header("sign"),
        tokenOk: valid.has(header("x-openai-token")),
      };
      received.push(request);
      const queue = scripts.get(request.path);
      const next = queue?.shift();
      const script = next ?? defaultReply;
      const reply = typeof script === "function" ? script(request) : script;
      if (reply === "hang") return;
      const text =
        reply.text ??
        JSON.stringify({ ...reply.envelope, request_id: header("request_id") || "test123" });
      const answer = () => {
        sent.push(text);
        res.writeHead(reply.status ?? 200, {
          "content-type": reply.text === undefined ? "application/json" : "text/plain",
          ...reply.headers,
        });
        res.end(text);
      };
      if (reply.delayMs) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;

  const fake: FakePlatform = {
    url: `http://127.0.0.1:${port}`,
    received,
    issued,
    sent,
    tokenDelayMs: 0,
    script(path, ...replies) {
      scripts.set(path, [...(scripts.get(path) ?? []), ...replies]);
    },
    to: (path) => received.filter((r) => r.path === path),
    revoke: (token) => {
      valid.delete(token);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}
