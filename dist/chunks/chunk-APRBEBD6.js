import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/platform/v2/sign.ts
import { createHash, randomBytes, randomUUID } from "node:crypto";
function md5Hex(data) {
  return createHash("md5").update(data).digest("hex");
}
function signV2(token, timestamp, nonce, body) {
  return md5Hex(token + timestamp + nonce + md5Hex(body));
}
function signedHeaders(token, body, now = Date.now(), nonce = randomNonce()) {
  const timestamp = String(Math.floor(now / 1e3));
  return {
    request_id: randomUUID(),
    timestamp,
    nonce,
    sign: signV2(token, timestamp, nonce, body)
  };
}
function randomNonce() {
  const bytes = randomBytes(16);
  let out = "";
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}

export {
  md5Hex,
  signedHeaders,
  randomNonce
};
