/**
 * The seal the cache files carry as their last line: the SHA-256 of every byte before it.
 *
 * A cache file is read without a second source to compare it with: the compile cache's index
 * holds the titles, questions and entry hashes a warm run plans with, and across.json the
 * rules' diagnostics. A byte changed in place (a bad sector, a run of another version that wrote
 * half of it, a hand edit) that still leaves valid JSON — a title's 如 become 妃 — would be
 * planned, shown and sent as the content's. Sealed, such a file is not used at all and the run
 * computes it again. Hashing costs about what reading does (~10 ms for 10k entries' index).
 */
import { writeSync } from "node:fs";
import { sha256Hex } from "../sha256.js";

/** The seal line for `hex`, the SHA-256 of what comes before it. */
export function sealLine(hex: string): string {
  return `{"sha256":"${hex}"}\n`;
}

/** A seal line's length in bytes (it is ASCII). */
export const SEAL_LENGTH = sealLine("0".repeat(64)).length;

/**
 * The bytes of a sealed file before its seal, or undefined when the seal is missing or is not
 * theirs.
 */
export function unsealed(bytes: Buffer): Buffer | undefined {
  const end = bytes.length - SEAL_LENGTH;
  if (end < 0) return undefined;
  const body = bytes.subarray(0, end);
  return bytes.toString("latin1", end) === sealLine(sha256Hex(body)) ? body : undefined;
}

/**
 * Writes all of `bytes`: a write may write part of them and say so without an error (a full
 * disk, a quota, a file-size limit); only the next one fails.
 */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}
