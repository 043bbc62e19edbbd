/**
 * The emulator is as strict as the platform's reference: every malformed request below is sent
 * over real HTTP, encrypted with the emulator's credentials, and must be refused with the
 * platform's code, writing nothing. Each group also sends the well-formed twin, so a test fails
 * if the emulator refuses for another reason than the one it is about.
 */
import { createCipheriv, randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCryptor, decodeEncodingAesKey } from "../../src/platform/crypto.js";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import type { Credentials } from "../../src/platform/types.js";
import { testCredentials } from "./helpers.js";

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ credentials: testCredentials() });
});
afterEach(() => emulator.reset());
afterAll(() => emulator.stop());

/** A POST of `body` to an action, with the right token unless another path segment is given. */
async function post(
  action: string,
  body: string,
  token = emulator.credentials.token,
): Promise<{ status: number; json: { errcode?: number; code?: number; errmsg?: string } }> {
  const response = await fetch(`${emulator.url}/openapi/${action}/${token}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
  return { status: response.status, json: (await response.json()) as { errcode?: number } };
}

/** The body for a plaintext, encrypted as WXBizMsgCrypt does. */
const encrypt = (xml: string) =>
  JSON.stringify({ encrypt: createCryptor(emulator.credentials).encrypt(xml) });

/**
 * WXBizMsgCrypt by hand, for what createCryptor will not make: any message bytes, padded to any
 * block size (the samples pad to 32).
 */
function encryptBytes(credentials: Credentials, message: Buffer, block = 32): string {
  const key = decodeEncodingAesKey(credentials.encodingAesKey);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(message.length);
  const plain = Buffer.concat([
    randomBytes(16),
    length,
    message,
    Buffer.from(credentials.appId, "utf8"),
  ]);
  const pad = block - (plain.length % block);
  const cipher = createCipheriv("aes-256-cbc", key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([
    cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
    cipher.final(),
  ]).toString("base64");
}

const managerid = () => `<managerid><![CDATA[${emulator.credentials.managerId}]]></managerid>`;
/** setautoreply's plaintext with its fields replaced by `fields` (after the managerid). */
const setAutoReply = (fields: string) => `<xml>${managerid()}${fields}</xml>`;
const GOOD_FIELDS =
  "<skillname><![CDATA[s]]></skillname><title><![CDATA[t]]></title><content><![CDATA[c]]></content><question><![CDATA[q]]></question>";
const batch = (skills: string) => `<xml>${managerid()}<mode>0</mode>${skills}</xml>`;
const GOOD_SKILL =
  "<skill><skillname>s</skillname><title>t</title><question>q</question><answer>a</answer></skill>";

/** Sends each case and expects its code, nothing written, and every one counted as rejected. */
async function expectRefused(
  cases: readonly (readonly [what: string, action: string, body: string, errcode: number])[],
) {
  for (const [what, action, body, errcode] of cases) {
    const answer = await post(action, body);
    expect({ what, status: answer.status, errcode: answer.json.errcode }).toEqual({
      what,
      status: 200,
      errcode,
    });
  }
  expect(emulator.entries()).toEqual([]);
  expect(emulator.stats().rejected).toBe(cases.length);
}

describe("the emulator refuses fields the platform would (1007)", () => {
  it("accepts the well-formed twins: the seed's layout, plain text, references, comments", async () => {
    const seedLayout = `<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n${managerid()}\n<skillname><![CDATA[s]]></skillname>\n<title>a &amp; b &#x4E2D;&#25991;</title>\n<!-- a comment -->\n<content><![CDATA[x]]]]><![CDATA[>y]]></content>\n<question>q1</question>\n<question>q2</question>\n</xml>\n`;
    expect((await post("setautoreply", encrypt(seedLayout))).json.errcode).toBe(0);
    expect((await post("setautoreply", encrypt(setAutoReply(GOOD_FIELDS)))).json.errcode).toBe(0);
    expect((await post("batchimportskill", encrypt(batch(GOOD_SKILL)))).json.code).toBe(0);
    expect((await post("publish", encrypt(`<xml>${managerid()}</xml>`))).json.errcode).toBe(0);
    expect(emulator.entries()).toEqual([
      { skill: "s", title: "a & b 中文", content: "x]]>y", questions: ["q1", "q2"] },
      { skill: "s", title: "t", content: "a", questions: ["q"] },
    ]);
  });

  it("refuses fields out of order", async () => {
    await expectRefused([
      [
        "title before skillname",
        "setautoreply",
        encrypt(setAutoReply("<title>t</title><skillname>s</skillname><content>c</content>")),
        1007,
      ],
      [
        "a question before the content",
        "setautoreply",
        encrypt(
          setAutoReply(
            "<skillname>s</skillname><title>t</title><question>q</question><content>c</content>",
          ),
        ),
        1007,
      ],
      [
        "managerid after the fields",
        "setautoreply",
        encrypt(`<xml>${GOOD_FIELDS}${managerid()}</xml>`),
        1007,
      ],
      [
        "mode after the skills",
        "batchimportskill",
        encrypt(`<xml>${managerid()}${GOOD_SKILL}<mode>0</mode></xml>`),
        1007,
      ],
      [
        "an answer before a question in a skill",
        "batchimportskill",
        encrypt(
          batch(
            "<skill><skillname>s</skillname><title>t</title><answer>a</answer><question>q</question></skill>",
          ),
        ),
        1007,
      ],
    ]);
  });

  it("refuses unknown and repeated fields", async () => {
    await expectRefused([
      [
        "an unknown element",
        "setautoreply",
        encrypt(setAutoReply(`${GOOD_FIELDS}<list>q</list>`)),
        1007,
      ],
      [
        "a field of another action",
        "publish",
        encrypt(`<xml>${managerid()}<mode>0</mode></xml>`),
        1007,
      ],
      [
        "an unknown element in a skill",
        "batchimportskill",
        encrypt(batch(GOOD_SKILL.replace("<answer>", "<content>c</content><answer>"))),
        1007,
      ],
      [
        "a title twice",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<content>", "<title>u</title><content>"))),
        1007,
      ],
      [
        "a field holding an element",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<![CDATA[t]]>", "<b>t</b>"))),
        1007,
      ],
      [
        "a field with an attribute",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<title>", '<title lang="zh">'))),
        1007,
      ],
      [
        "text outside the fields",
        "setautoreply",
        encrypt(setAutoReply(`${GOOD_FIELDS}stray`)),
        1007,
      ],
    ]);
  });

  it("refuses empty and missing required fields", async () => {
    await expectRefused([
      [
        "an empty title",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<![CDATA[t]]>", ""))),
        1007,
      ],
      [
        "a self-closed title",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<title><![CDATA[t]]></title>", "<title/>"))),
        1007,
      ],
      [
        "an empty CDATA content",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<![CDATA[c]]>", "<![CDATA[]]>"))),
        1007,
      ],
      [
        "no skillname",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<skillname><![CDATA[s]]></skillname>", ""))),
        1007,
      ],
      ["an empty managerid", "publish", encrypt("<xml><managerid></managerid></xml>"), 1007],
      ["no managerid", "publish_progress", encrypt("<xml></xml>"), 1007],
      [
        "a skill without an answer",
        "batchimportskill",
        encrypt(batch(GOOD_SKILL.replace("<answer>a</answer>", ""))),
        1007,
      ],
      [
        "a skill with an empty answer",
        "batchimportskill",
        encrypt(
          batch(GOOD_SKILL.replace("<answer>a</answer>", "<answer>a</answer><answer></answer>")),
        ),
        1007,
      ],
      ["no mode", "batchimportskill", encrypt(`<xml>${managerid()}${GOOD_SKILL}</xml>`), 1007],
    ]);
  });
});

describe("the emulator refuses a plaintext that is not a readable document (1019)", () => {
  it("refuses characters XML does not allow, raw or as references", async () => {
    const withContent = (content: string) =>
      encrypt(setAutoReply(GOOD_FIELDS.replace("<![CDATA[c]]>", content)));
    await expectRefused([
      ["U+0001 in CDATA", "setautoreply", withContent("<![CDATA[a\u0001b]]>"), 1019],
      ["U+000B (vertical tab)", "setautoreply", withContent("a\u000Bb"), 1019],
      ["U+001F", "setautoreply", withContent("<![CDATA[\u001F]]>"), 1019],
      ["U+FFFF", "setautoreply", withContent("<![CDATA[\uFFFF]]>"), 1019],
      [
        "U+0000 in a question",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<![CDATA[q]]>", "q\u0000"))),
        1019,
      ],
      ["&#1;", "setautoreply", withContent("a&#1;b"), 1019],
      ["&#xFFFE;", "setautoreply", withContent("&#xFFFE;"), 1019],
    ]);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const xml = Buffer.from(setAutoReply(GOOD_FIELDS), "utf8");
    // Inside the content's CDATA, where a lenient decoder's U+FFFD would pass unnoticed.
    const at = xml.indexOf("<![CDATA[c") + 9;
    const broken = Buffer.concat([
      xml.subarray(0, at),
      Buffer.from([0xc3, 0x28]),
      xml.subarray(at),
    ]);
    await expectRefused([
      [
        "a broken UTF-8 sequence",
        "setautoreply",
        JSON.stringify({ encrypt: encryptBytes(emulator.credentials, broken) }),
        1019,
      ],
    ]);
    // The same route with valid bytes is accepted: the refusal is the encoding's.
    const fine = JSON.stringify({ encrypt: encryptBytes(emulator.credentials, xml) });
    expect((await post("setautoreply", fine)).json.errcode).toBe(0);
  });

  it("refuses a document that is not well-formed or whose root is not <xml>", async () => {
    await expectRefused([
      ["a mismatched end tag", "publish", encrypt(`<xml>${managerid()}</xmll>`), 1019],
      ["a second root", "publish", encrypt(`<xml>${managerid()}</xml><xml/>`), 1019],
      [
        "an unclosed CDATA section",
        "publish",
        encrypt("<xml><managerid><![CDATA[x</managerid></xml>"),
        1019,
      ],
      [
        "an undefined entity",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<![CDATA[c]]>", "&nbsp;"))),
        1019,
      ],
      [
        "a DOCTYPE",
        "publish",
        encrypt(`<!DOCTYPE xml [<!ENTITY m "x">]><xml>${managerid()}</xml>`),
        1019,
      ],
      [
        "]]> in text",
        "setautoreply",
        encrypt(setAutoReply(GOOD_FIELDS.replace("<![CDATA[c]]>", "a]]>b"))),
        1019,
      ],
      ["another root", "publish", encrypt(`<request>${managerid()}</request>`), 1019],
      ["text only", "publish", encrypt("managerid=x"), 1019],
    ]);
  });
});

/** A publish's ciphertext whose base64 ends in "=" (its byte length is not a multiple of 3). */
function paddedBase64(): string {
  for (let spaces = 0; ; spaces++) {
    const xml = `<xml>${managerid()}</xml>${" ".repeat(spaces)}`;
    const encrypted = createCryptor(emulator.credentials).encrypt(xml);
    if (encrypted.endsWith("=")) return encrypted;
  }
}

describe("the emulator refuses a ciphertext WXBizMsgCrypt would not make (1013)", () => {
  it("refuses whole 16-byte blocks that are not whole 32-byte ones", async () => {
    const xml = Buffer.from(`<xml>${managerid()}</xml>`, "utf8");
    // 16 + 4 + message + app id, padded to 16, must not also be a multiple of 32: under 16 past one.
    let message = xml;
    while ((16 + 4 + message.length + emulator.credentials.appId.length) % 32 >= 16) {
      message = Buffer.concat([message, Buffer.from(" ")]);
    }
    const padded16 = encryptBytes(emulator.credentials, message, 16);
    expect(Buffer.from(padded16, "base64").length % 32).toBe(16);
    await expectRefused([
      ["a ciphertext padded to 16", "publish", JSON.stringify({ encrypt: padded16 }), 1013],
      [
        "base64 without its padding",
        "publish",
        JSON.stringify({ encrypt: paddedBase64().replace(/=+$/, "") }),
        1013,
      ],
    ]);
    // The same messages, padded to 32 and in standard base64, are accepted.
    expect((await post("publish", JSON.stringify({ encrypt: paddedBase64() }))).json.errcode).toBe(
      0,
    );
    const padded32 = encryptBytes(emulator.credentials, message);
    expect((await post("publish", JSON.stringify({ encrypt: padded32 }))).json.errcode).toBe(0);
  });
});

describe("the emulator compares the TOKEN byte for byte (1001)", () => {
  it("refuses the token percent-encoded, in another case, or with more around it", async () => {
    const { token } = emulator.credentials;
    const body = encrypt(`<xml>${managerid()}</xml>`);
    const encodedFirst = `%${token.charCodeAt(0).toString(16).toUpperCase()}${token.slice(1)}`;
    for (const segment of [
      encodedFirst,
      token.toUpperCase(),
      `${token}%20`,
      ` ${token}`.replace(" ", "%20"),
    ]) {
      expect({ segment, answer: await post("publish", body, segment) }).toEqual({
        segment,
        answer: { status: 200, json: { errcode: 1001, errmsg: "TOKEN is not valid" } },
      });
    }
    expect(emulator.stats().publishes).toBe(0);
    expect((await post("publish", body, token)).json.errcode).toBe(0);
    // A query after the token is not part of the segment.
    expect((await post("publish", body, `${token}?x=1`)).json.errcode).toBe(0);
  });
});
