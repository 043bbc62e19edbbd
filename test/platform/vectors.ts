/**
 * The official WXBizMsgCrypt sample vectors. test/fixtures holds a byte-for-byte copy of the
 * team's shared/reference/wxbizmsgcrypt-vectors.json (each vector names its public source), so
 * the tests run in any clone, GitHub's runners included; when shared/ sits beside the clone, a
 * test checks the copy has not drifted from it.
 */
import { existsSync, readFileSync } from "node:fs";

export interface Vector {
  name: string;
  encodingAESKey: string;
  receiveid: string;
  encrypt: string;
  random16: string;
  plaintext: string;
}

export const VECTORS_FILE = new URL("../fixtures/wxbizmsgcrypt-vectors.json", import.meta.url);
export const SHARED_VECTORS_FILE = new URL(
  "../../../shared/reference/wxbizmsgcrypt-vectors.json",
  import.meta.url,
);

export const vectors: Vector[] = JSON.parse(readFileSync(VECTORS_FILE, "utf8"));

/** The shared reference copy's text, when shared/ is beside the clone. */
export function sharedVectorsText(): string | undefined {
  return existsSync(SHARED_VECTORS_FILE) ? readFileSync(SHARED_VECTORS_FILE, "utf8") : undefined;
}
