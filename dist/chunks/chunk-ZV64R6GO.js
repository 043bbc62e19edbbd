import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  pluralWord
} from "./chunk-PKRPB7JT.js";
import {
  booleanValue,
  stringValue
} from "./chunk-ZJPHJTQF.js";
import {
  ConfigError,
  FaqopsError
} from "./chunk-T6FUUJG6.js";

// src/platform/crypto.ts
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
var BLOCK = 32;
var RANDOM_BYTES = 16;
var LENGTH_BYTES = 4;
var STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var DecryptError = class extends FaqopsError {
  name = "DecryptError";
  /**
   * "appid" when the message decrypted but belongs to another app id; "encoding" when it decrypted
   * for this app id but its bytes are not UTF-8; "format" when it does not decrypt.
   */
  reason;
  constructor(message, reason = "format") {
    super(message);
    this.reason = reason;
  }
};
function decodeEncodingAesKey(encodingAesKey, name = "EncodingAESKey") {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    const detail = encodingAesKey.length === 43 ? "it contains characters outside A-Z, a-z, 0-9, + and /" : `it has ${encodingAesKey.length} characters`;
    throw new ConfigError(`${name} must be 43 characters of base64; ${detail}.`, {
      hint: "copy the EncodingAESKey again from the bot's console (its settings page)."
    });
  }
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (key.length !== 32) {
    throw new ConfigError(`${name} must decode to 32 bytes; it decodes to ${key.length}.`);
  }
  return key;
}
function createCryptor(options) {
  const key = decodeEncodingAesKey(options.encodingAesKey);
  const iv = key.subarray(0, 16);
  const appId = Buffer.from(options.appId, "utf8");
  return {
    encrypt(message, random16 = randomBytes(RANDOM_BYTES)) {
      if (random16.length !== RANDOM_BYTES) {
        throw new RangeError(`random16 must be ${RANDOM_BYTES} bytes; got ${random16.length}.`);
      }
      const body = Buffer.from(message, "utf8");
      const length = Buffer.alloc(LENGTH_BYTES);
      length.writeUInt32BE(body.length);
      const plain = Buffer.concat([random16, length, body, appId]);
      const pad = BLOCK - plain.length % BLOCK;
      const cipher = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      return Buffer.concat([
        cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
        cipher.final()
      ]).toString("base64");
    },
    decrypt(encrypted) {
      if (!STANDARD_BASE64.test(encrypted)) {
        throw new DecryptError("the message is not standard base64.");
      }
      const data = Buffer.from(encrypted, "base64");
      if (data.length === 0 || data.length % BLOCK !== 0) {
        throw new DecryptError(
          `the ciphertext is ${data.length} bytes, not a multiple of ${BLOCK} (WXBizMsgCrypt pads to ${BLOCK}).`
        );
      }
      const decipher = createDecipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      const plain = Buffer.concat([decipher.update(data), decipher.final()]);
      const pad = plain[plain.length - 1];
      if (pad < 1 || pad > BLOCK || pad > plain.length) {
        throw new DecryptError("bad padding: the EncodingAESKey is probably wrong.");
      }
      for (let i = plain.length - pad; i < plain.length; i++) {
        if (plain[i] !== pad)
          throw new DecryptError("bad padding: the EncodingAESKey is probably wrong.");
      }
      const unpadded = plain.subarray(0, plain.length - pad);
      if (unpadded.length < RANDOM_BYTES + LENGTH_BYTES) {
        throw new DecryptError("the plaintext is too short to hold a message.");
      }
      const size = unpadded.readUInt32BE(RANDOM_BYTES);
      const start = RANDOM_BYTES + LENGTH_BYTES;
      if (size > unpadded.length - start) {
        throw new DecryptError("the message length is larger than the plaintext.");
      }
      const receiveId = unpadded.subarray(start + size);
      if (!receiveId.equals(appId)) {
        throw new DecryptError("the message was encrypted for another app id.", "appid");
      }
      try {
        return UTF8.decode(unpadded.subarray(start, start + size));
      } catch {
        throw new DecryptError("the message is not valid UTF-8.", "encoding");
      }
    }
  };
}

// src/platform/variables.ts
var CREDENTIAL_VARIABLES = {
  appId: "FAQOPS_APPID",
  token: "FAQOPS_TOKEN",
  encodingAesKey: "FAQOPS_ENCODING_AES_KEY",
  managerId: "FAQOPS_MANAGER_ID"
};
var ENDPOINT_VARIABLE = "FAQOPS_ENDPOINT";
var UNPREFIXED_VARIABLES = Object.freeze({
  ...CREDENTIAL_VARIABLES,
  endpoint: ENDPOINT_VARIABLE
});

// src/platform/credentials.ts
var DEFAULT_ENDPOINT = "https://chatbot.weixin.qq.com";
var DEFAULT_V2_ENDPOINT = "https://openaiapi.weixin.qq.com";
function variableCandidates(variable, scope = {}) {
  return scope.target === void 0 ? [variable] : [variable.replace(/^FAQOPS_/, `FAQOPS_${scope.target}_`), variable];
}
function readVariable(env, variable, scope = {}) {
  for (const name of variableCandidates(variable, scope)) {
    const value = stringValue(name, env[name]);
    if (value !== void 0) return { value, from: name };
  }
  return void 0;
}
function platformVariables(env, scope = {}) {
  const name = (variable) => readVariable(env, variable, scope)?.from ?? variableCandidates(variable, scope)[0];
  return Object.freeze({
    appId: name(CREDENTIAL_VARIABLES.appId),
    token: name(CREDENTIAL_VARIABLES.token),
    encodingAesKey: name(CREDENTIAL_VARIABLES.encodingAesKey),
    managerId: name(CREDENTIAL_VARIABLES.managerId),
    endpoint: name(ENDPOINT_VARIABLE)
  });
}
function missingName(variable, scope) {
  const [first, ...rest] = variableCandidates(variable, scope);
  return rest.length === 0 ? first : `${first} (or ${rest.join(", ")})`;
}
function readAll(env, variables, scope) {
  const values = {};
  const missing = [];
  for (const [field, variable] of Object.entries(variables)) {
    const read = readVariable(env, variable, scope);
    if (read === void 0) missing.push(missingName(variable, scope));
    else values[field] = read;
  }
  return { values, missing };
}
function readCredentials(env, scope = {}) {
  const { values, missing } = readAll(env, CREDENTIAL_VARIABLES, scope);
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${pluralWord(missing.length, "credential")}: ${missing.join(", ")}.`,
      {
        hint: "set them from the bot's console (APPID, TOKEN, EncodingAESKey, and the id of an administrator); see docs/platform.md."
      }
    );
  }
  checkToken(values.token.value, values.token.from);
  decodeEncodingAesKey(values.encodingAesKey.value, values.encodingAesKey.from);
  return Object.freeze({
    appId: values.appId.value,
    token: values.token.value,
    encodingAesKey: values.encodingAesKey.value,
    managerId: values.managerId.value
  });
}
var V2_CREDENTIAL_VARIABLES = {
  appId: CREDENTIAL_VARIABLES.appId,
  token: CREDENTIAL_VARIABLES.token,
  account: CREDENTIAL_VARIABLES.managerId
};
function readV2Credentials(env, scope = {}) {
  const { values, missing } = readAll(env, V2_CREDENTIAL_VARIABLES, scope);
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${pluralWord(missing.length, "credential")} for the v2 API: ${missing.join(", ")}.`,
      {
        hint: "set them from the bot console's \u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API page (APPID, Token) and the user id of an administrator (\u7BA1\u7406 \u2192 \u6210\u5458\u6743\u9650); see docs/platform.md."
      }
    );
  }
  return Object.freeze({
    appId: values.appId.value,
    token: values.token.value,
    account: values.account.value
  });
}
function checkToken(token, name = "TOKEN") {
  if (/^[A-Za-z0-9._~-]+$/.test(token) && token !== "." && token !== "..") return;
  throw new ConfigError(
    `${name} must be letters, digits, "-", ".", "_" or "~": the platform takes it verbatim as the last segment of every request URL, and this one ${token === "" ? "is empty" : "has other characters"}.`,
    { hint: "copy the TOKEN again from the bot's console (its settings page)." }
  );
}
function resolveEndpoint(setting, env, fallback = DEFAULT_ENDPOINT) {
  const insecureHttp = booleanValue("insecure-http", setting.insecureHttp, false);
  const given = stringValue("endpoint", setting.url);
  const [targetVariable, plainVariable] = variableCandidates(ENDPOINT_VARIABLE, setting.scope);
  const fromEnv = (name) => name === void 0 ? void 0 : stringValue(name, env[name]);
  const layers = [
    [given, setting.name ?? ""],
    ...plainVariable === void 0 ? [] : [[fromEnv(targetVariable), targetVariable]],
    [setting.configured?.target?.url, setting.configured?.target?.name ?? ""],
    [fromEnv(plainVariable ?? targetVariable), plainVariable ?? targetVariable],
    [setting.configured?.defaults?.url, setting.configured?.defaults?.name ?? ""]
  ];
  const chosen = layers.find(([url]) => url !== void 0);
  return chosen ? parseEndpoint(chosen[0], { insecureHttp, name: chosen[1] }) : fallback;
}
function isLoopbackHost(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
function displayEndpoint(url) {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.replace(/\/+$/, "");
}
function parseEndpoint(text, options = {}) {
  const from = options.name ? ` (from ${options.name})` : "";
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(
      `The endpoint${from} is not a URL (it is not shown here, as it may hold a password).`,
      { hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com." }
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      `The endpoint${from} must be an https:// URL; its scheme is neither https nor http.`,
      { hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com." }
    );
  }
  const origin = `${url.protocol}//${url.host}`;
  if (url.search || url.hash) {
    throw new ConfigError(
      `The endpoint ${origin}\u2026${from} must be a base URL, without ${url.search ? "a query" : "a fragment"}.`,
      {
        hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com, with no ?\u2026 or #\u2026."
      }
    );
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && !options.insecureHttp) {
    throw new ConfigError(
      `The endpoint ${origin}${from} uses plain http://, so every request would cross the network in clear text, and the TOKEN is part of every request URL: faqops requires https:// for any host but this machine.`,
      { remedy: { kind: "allow-insecure-http" } }
    );
  }
  return url.href.replace(/\/+$/, "");
}

export {
  CREDENTIAL_VARIABLES,
  ENDPOINT_VARIABLE,
  UNPREFIXED_VARIABLES,
  DecryptError,
  createCryptor,
  DEFAULT_ENDPOINT,
  DEFAULT_V2_ENDPOINT,
  readVariable,
  platformVariables,
  readCredentials,
  V2_CREDENTIAL_VARIABLES,
  readV2Credentials,
  checkToken,
  resolveEndpoint,
  displayEndpoint,
  parseEndpoint
};
