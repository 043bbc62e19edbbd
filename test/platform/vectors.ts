/**
 * The official WXBizMsgCrypt sample vectors, read from test/fixtures/wxbizmsgcrypt-vectors.json:
 * a byte-for-byte copy of the team's shared/reference/wxbizmsgcrypt-vectors.json (each vector
 * names its public source; see test/fixtures/README.md). The copy lives in the repository so
 * the tests run in any clone, GitHub's runners included, and its SHA-256 is pinned here so it
 * cannot be edited to suit the code without the test saying so.
 */
import { readFileSync } from "node:fs";

export interface Vector {
  name: string;
  encodingAESKey: string;
  receiveid: string;
  encrypt: string;
  random16: string;
  plaintext: string;
}

export const VECTORS_FILE = new URL("../fixtures/wxbizmsgcrypt-vectors.json", import.meta.url);

/** SHA-256 of shared/reference/wxbizmsgcrypt-vectors.json when it was copied. */
export const OFFICIAL_VECTORS_SHA256 =
  "505c5638398641c00a5ab954a1dced8de3880f181daa78896a0351cea6bfbf98";

export const vectors: Vector[] = JSON.parse(readFileSync(VECTORS_FILE, "utf8"));
