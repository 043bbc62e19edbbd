/** The official WXBizMsgCrypt sample vectors, from shared/reference. */
import { readFileSync } from "node:fs";

export interface Vector {
  name: string;
  encodingAESKey: string;
  receiveid: string;
  encrypt: string;
  random16: string;
  plaintext: string;
}

export const vectors: Vector[] = JSON.parse(
  readFileSync(
    new URL("../../../shared/reference/wxbizmsgcrypt-vectors.json", import.meta.url),
    "utf8",
  ),
);
