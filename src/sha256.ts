/**
 * The hex SHA-256 of a string (as UTF-8) or of bytes, in one call. Node's one-shot
 * `crypto.hash` (20.12 and later) hashes a small input several times faster than a Hash object
 * made, fed and finished for it, which matters where every file of the content is hashed on
 * every run; older Node versions get the Hash object.
 */
import * as crypto from "node:crypto";

type OneShot = (algorithm: string, data: string | Uint8Array, encoding: "hex") => string;
const oneShot = (crypto as { hash?: OneShot }).hash;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShot
    ? oneShot("sha256", data, "hex")
    : crypto.createHash("sha256").update(data).digest("hex");
}
