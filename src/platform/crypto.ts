/**
 * WXBizMsgCrypt, the message encryption of WeChat's official samples, with node:crypto.
 *
 * plaintext = 16 random bytes ‖ length of msg (4 bytes, big-endian) ‖ msg ‖ app id, padded with
 * PKCS#7 to a multiple of 32 bytes (not AES's 16: the samples pad to 32), then AES-256-CBC with
 * the library's own padding off, key = base64(EncodingAESKey + "="), IV = the key's first 16 bytes.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { ConfigError, FaqopsError } from "../errors.js";

/** The samples pad to 32-byte blocks, so a pad value is 1..32. */
const BLOCK = 32;
const RANDOM_BYTES = 16;
const LENGTH_BYTES = 4;
/** Standard base64 with its padding, as the samples write it (RFC 4648 §4). */
const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Strict: a message that is not UTF-8 is refused, not patched with U+FFFD; a BOM is kept. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A message that cannot be decrypted: wrong key, damaged ciphertext, or another app's message. */
export class DecryptError extends FaqopsError {
  override name = "DecryptError";
  /**
   * "appid" when the message decrypted but belongs to another app id; "encoding" when it decrypted
   * for this app id but its bytes are not UTF-8; "format" when it does not decrypt.
   */
  readonly reason: "format" | "appid" | "encoding";
  constructor(message: string, reason: "format" | "appid" | "encoding" = "format") {
    super(message);
    this.reason = reason;
  }
}

/** Encrypts and decrypts one app's messages. */
export interface Cryptor {
  /** Encrypts a message; `random16` replaces the random prefix (for tests against vectors). */
  encrypt(message: string, random16?: Buffer): string;
  /**
   * Decrypts a base64 message as the platform does: whole 32-byte blocks, a valid pad, a length
   * that fits, the receive id equal to this app id, and a message in UTF-8.
   */
  decrypt(encrypted: string): string;
}

/**
 * Decodes an EncodingAESKey into the 32-byte AES key, or throws a ConfigError that says what is
 * wrong without echoing the key (it is a secret).
 */
export function decodeEncodingAesKey(encodingAesKey: string, name = "EncodingAESKey"): Buffer {
  // 43 base64 characters carry 258 bits: 32 bytes plus 2 bits the decoder drops. The official
  // sample key ends in "G", whose dropped bits are not zero, so no canonical-form check here.
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    const detail =
      encodingAesKey.length === 43
        ? "it contains characters outside A-Z, a-z, 0-9, + and /"
        : `it has ${encodingAesKey.length} characters`;
    throw new ConfigError(`${name} must be 43 characters of base64; ${detail}.`, {
      hint: "copy the EncodingAESKey again from the bot's console (its settings page).",
    });
  }
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (key.length !== 32) {
    throw new ConfigError(`${name} must decode to 32 bytes; it decodes to ${key.length}.`);
  }
  return key;
}

/** Creates a cryptor for one EncodingAESKey and app id; throws ConfigError for a bad key. */
export function createCryptor(options: { encodingAesKey: string; appId: string }): Cryptor {
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
      const pad = BLOCK - (plain.length % BLOCK);
      const cipher = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      return Buffer.concat([
        cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
        cipher.final(),
      ]).toString("base64");
    },

    decrypt(encrypted) {
      if (!STANDARD_BASE64.test(encrypted)) {
        throw new DecryptError("the message is not standard base64.");
      }
      const data = Buffer.from(encrypted, "base64");
      // Not AES's 16: what the samples encrypt is padded to 32, so a ciphertext of whole 16-byte
      // blocks that are not whole 32-byte ones was not made by WXBizMsgCrypt.
      if (data.length === 0 || data.length % BLOCK !== 0) {
        throw new DecryptError(
          `the ciphertext is ${data.length} bytes, not a multiple of ${BLOCK} (WXBizMsgCrypt pads to ${BLOCK}).`,
        );
      }
      const decipher = createDecipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      const plain = Buffer.concat([decipher.update(data), decipher.final()]);
      const pad = plain[plain.length - 1]!;
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
    },
  };
}
