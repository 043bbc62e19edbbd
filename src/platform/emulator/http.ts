/** The emulator's HTTP plumbing, shared by the v1 and v2 handlers: paths, bodies, answers. */
import type http from "node:http";

/** Larger bodies are answered 413: far above any batch faqops sends. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * The request's path as sent, without its query: not parsed as a URL, which would decode nothing
 * but could resolve `.` and `..` segments. The TOKEN is compared as the client wrote it.
 */
export function rawPath(target: string): string {
  // An absolute-form target (`http://host/path`, as to a proxy): its path.
  const path = target.startsWith("/") ? target : new URL(target, "http://emulator").pathname;
  return path.split(/[?#]/, 1)[0]!;
}

/**
 * Reads a request body as the bytes sent (v2 signs those bytes), or undefined when it is larger
 * than the platform would take.
 */
export async function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  value: unknown,
  headers?: Record<string, string>,
) {
  send(
    res,
    status,
    `${JSON.stringify(value, null, 2)}\n`,
    "application/json; charset=utf-8",
    headers,
  );
}
