/**
 * The v2 request signature (platform-api-v2.md, "Signature"):
 *
 *   sign = md5hex(Token + timestamp + nonce + md5hex(body))
 *
 * plain concatenation, lower-case hex, over the exact bytes sent. Shared by the client, which
 * signs, and the emulator, which checks.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";

/** md5 of UTF-8 text (or bytes) as lower-case hex. */
export function md5Hex(data: string | Buffer): string {
  return createHash("md5").update(data).digest("hex");
}

/** The signature of one request: `body` is exactly what is sent ("" for no body). */
export function signV2(token: string, timestamp: string, nonce: string, body: string): string {
  return md5Hex(token + timestamp + nonce + md5Hex(body));
}

/** The headers every v2 call carries, freshly made: a new request id, time and nonce each call. */
export interface SignedHeaders {
  readonly request_id: string;
  readonly timestamp: string;
  readonly nonce: string;
  readonly sign: string;
}

/**
 * Signs a body now. A nonce of 16 base-36 characters sits inside the reference's recommended
 * 10–32; the timestamp is unix seconds, as the header carries it.
 */
export function signedHeaders(
  token: string,
  body: string,
  now: number = Date.now(),
  nonce: string = randomNonce(),
): SignedHeaders {
  const timestamp = String(Math.floor(now / 1000));
  return {
    request_id: randomUUID(),
    timestamp,
    nonce,
    sign: signV2(token, timestamp, nonce, body),
  };
}

/** 16 random characters from [0-9a-z]. */
export function randomNonce(): string {
  const bytes = randomBytes(16);
  let out = "";
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}
