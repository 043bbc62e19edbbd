import { createCipheriv, createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { createCryptor, DecryptError, decodeEncodingAesKey } from "../../src/platform/crypto.js";
import { OFFICIAL_VECTORS_SHA256, VECTORS_FILE, vectors } from "./vectors.js";

describe("WXBizMsgCrypt", () => {
  it("has vectors to check against", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(3);
  });

  it("uses a true copy of the official vectors (its SHA-256 pinned)", () => {
    const sha256 = createHash("sha256").update(readFileSync(VECTORS_FILE)).digest("hex");
    expect(sha256).toBe(OFFICIAL_VECTORS_SHA256);
  });

  for (const v of vectors) {
    const cryptor = createCryptor({ encodingAesKey: v.encodingAESKey, appId: v.receiveid });

    it(`encrypts the official vector byte for byte: ${v.name}`, () => {
      expect(cryptor.encrypt(v.plaintext, Buffer.from(v.random16, "latin1"))).toBe(v.encrypt);
    });

    it(`decrypts the official vector: ${v.name}`, () => {
      expect(cryptor.decrypt(v.encrypt)).toBe(v.plaintext);
    });

    it(`rejects the vector under another app id: ${v.name}`, () => {
      const other = createCryptor({ encodingAesKey: v.encodingAESKey, appId: `${v.receiveid}x` });
      expect(() => other.decrypt(v.encrypt)).toThrow(
        expect.objectContaining({ name: "DecryptError", reason: "appid" }),
      );
    });
  }

  const key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  it("round-trips UTF-8 of every length around the 32-byte block boundary", () => {
    const cryptor = createCryptor({ encodingAesKey: key, appId: "wx1" });
    for (let n = 0; n < 70; n++) {
      const message = "天".repeat(n % 5) + "x".repeat(n);
      const encrypted = cryptor.encrypt(message);
      // A whole block of padding is added when aligned, so the ciphertext is never shorter.
      const plainLength = 16 + 4 + Buffer.byteLength(message) + 3;
      expect(Buffer.from(encrypted, "base64").length).toBe((Math.floor(plainLength / 32) + 1) * 32);
      expect(cryptor.decrypt(encrypted)).toBe(message);
    }
  });

  it("uses a fresh random prefix each time", () => {
    const cryptor = createCryptor({ encodingAesKey: key, appId: "wx1" });
    expect(cryptor.encrypt("same")).not.toBe(cryptor.encrypt("same"));
  });

  it("rejects a wrong key by its padding, and damaged input", () => {
    const right = createCryptor({ encodingAesKey: key, appId: "wx1" });
    const wrong = createCryptor({ encodingAesKey: `B${key.slice(1)}`, appId: "wx1" });
    const encrypted = right.encrypt("hello");
    // Padding, length and app id are all checked, so no wrong-key message slips through.
    for (let i = 0; i < 20; i++) {
      expect(() => wrong.decrypt(right.encrypt(`hello ${i}`))).toThrow(DecryptError);
    }
    expect(() => right.decrypt("not base64!")).toThrow(DecryptError);
    expect(() => right.decrypt(encrypted.slice(0, 20))).toThrow(DecryptError);
    expect(() => right.decrypt("")).toThrow(DecryptError);
  });

  it("decrypts only what WXBizMsgCrypt makes: 32-byte blocks, padded base64, UTF-8", () => {
    const cryptor = createCryptor({ encodingAesKey: key, appId: "wx1" });
    const aes = decodeEncodingAesKey(key);
    /** The scheme by hand, padded to `block`, around any message bytes. */
    const seal = (message: Buffer, block: number) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(message.length);
      const plain = Buffer.concat([Buffer.alloc(16, 7), length, message, Buffer.from("wx1")]);
      const pad = block - (plain.length % block);
      const cipher = createCipheriv("aes-256-cbc", aes, aes.subarray(0, 16)).setAutoPadding(false);
      return Buffer.concat([
        cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
        cipher.final(),
      ]).toString("base64");
    };
    // 16 + 4 + 11 + 3 = 34 bytes: 64 padded to 32, but 48 padded to 16, which AES alone accepts.
    const message = Buffer.from("hello world", "utf8");
    expect(cryptor.decrypt(seal(message, 32))).toBe("hello world");
    expect(() => cryptor.decrypt(seal(message, 16))).toThrow(/not a multiple of 32/);
    const unpadded = seal(Buffer.from("hi"), 32);
    expect(unpadded.endsWith("=")).toBe(true);
    expect(() => cryptor.decrypt(unpadded.replace(/=+$/, ""))).toThrow(/not standard base64/);
    const notUtf8 = Buffer.from([0x68, 0xc3, 0x28]);
    let caught: unknown;
    try {
      cryptor.decrypt(seal(notUtf8, 32));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DecryptError);
    expect((caught as DecryptError).reason).toBe("encoding");
  });

  it("validates the EncodingAESKey without echoing it", () => {
    expect(decodeEncodingAesKey(key)).toHaveLength(32);
    for (const bad of [key.slice(1), `${key}A`, `${key.slice(1)}-`, `${key.slice(0, 42)}=`]) {
      let caught: unknown;
      try {
        createCryptor({ encodingAesKey: bad, appId: "wx1" });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as Error).message).toMatch(/43 characters of base64/);
      expect((caught as Error).message).not.toContain(bad);
    }
  });

  it("refuses a random prefix that is not 16 bytes", () => {
    const cryptor = createCryptor({ encodingAesKey: key, appId: "wx1" });
    expect(() => cryptor.encrypt("x", Buffer.alloc(15))).toThrow(RangeError);
  });
});
