import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { readCredentials, resolveEndpoint } from "../../src/platform/credentials.js";

const full = {
  FAQOPS_APPID: "wx1",
  FAQOPS_TOKEN: "tok",
  FAQOPS_ENCODING_AES_KEY: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  FAQOPS_MANAGER_ID: "m1",
};

describe("credentials", () => {
  it("reads the four variables", () => {
    expect(readCredentials(full)).toEqual({
      appId: "wx1",
      token: "tok",
      encodingAesKey: full.FAQOPS_ENCODING_AES_KEY,
      managerId: "m1",
    });
  });

  it("names every missing variable in one error; blank counts as missing", () => {
    expect(() => readCredentials({})).toThrow(
      "Missing credentials: FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY, FAQOPS_MANAGER_ID.",
    );
    expect(() =>
      readCredentials({ ...full, FAQOPS_TOKEN: "  ", FAQOPS_MANAGER_ID: undefined }),
    ).toThrow("Missing credentials: FAQOPS_TOKEN, FAQOPS_MANAGER_ID.");
    expect(() => readCredentials({ ...full, FAQOPS_APPID: "" })).toThrow(ConfigError);
  });

  it("validates the EncodingAESKey without echoing it", () => {
    const key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";
    let message = "";
    try {
      readCredentials({ ...full, FAQOPS_ENCODING_AES_KEY: key });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^FAQOPS_ENCODING_AES_KEY must be 43 characters of base64; it has 42/);
    expect(message).not.toContain(key);
  });

  it("takes the endpoint from the flag, then FAQOPS_ENDPOINT, then the platform", () => {
    expect(resolveEndpoint({}, {})).toBe("https://chatbot.weixin.qq.com");
    expect(resolveEndpoint({}, { FAQOPS_ENDPOINT: "http://127.0.0.1:8787/" })).toBe(
      "http://127.0.0.1:8787",
    );
    expect(
      resolveEndpoint({ url: "https://openai.weixin.qq.com" }, { FAQOPS_ENDPOINT: "http://x" }),
    ).toBe("https://openai.weixin.qq.com");
    for (const bad of ["ftp://x", "not a url", "https://x/?a=1", "https://x/#a"]) {
      expect(() => resolveEndpoint({ url: bad }, {})).toThrow(ConfigError);
    }
  });

  it("checks the TOKEN can travel verbatim in a URL, without echoing it", () => {
    for (const token of ["abcXYZ019", "a-b_c.d~e"]) {
      expect(readCredentials({ ...full, FAQOPS_TOKEN: token }).token).toBe(token);
    }
    for (const token of ["to/ken", "to?ken", "tok%41n", "tök", "to ken", ".."]) {
      let caught: unknown;
      try {
        readCredentials({ ...full, FAQOPS_TOKEN: token });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as Error).message).toMatch(/^FAQOPS_TOKEN must be letters, digits/);
      expect((caught as Error).message).not.toContain(token);
    }
  });
});
