import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { StateFileError } from "../../src/errors.js";
import { createCryptor } from "../../src/platform/crypto.js";
import {
  type Emulator,
  entryKey,
  openRequest,
  startEmulator,
} from "../../src/platform/emulator.js";
import { clientFor, entry, rejection, testCredentials } from "./helpers.js";
import { vectors } from "./vectors.js";

/** A raw POST, to see exactly what the emulator answers. */
async function post(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
  return { status: response.status, json: await response.json() };
}

describe("the emulator's decryption against the official vectors", () => {
  const [xmlVector, textVector] = [vectors[0]!, vectors[1]!];

  it("opens each vector's body with the vector's key and app id", () => {
    for (const v of vectors) {
      const opened = openRequest(JSON.stringify({ encrypt: v.encrypt }), {
        encodingAesKey: v.encodingAESKey,
        appId: v.receiveid,
      });
      if (v.plaintext.startsWith("<xml>")) {
        expect(opened).toHaveProperty("root.name", "xml");
      } else {
        expect(opened).toEqual({ refusal: expect.objectContaining({ errcode: 1019 }) });
      }
    }
    const opened = openRequest(JSON.stringify({ encrypt: xmlVector.encrypt }), {
      encodingAesKey: xmlVector.encodingAESKey,
      appId: xmlVector.receiveid,
    });
    const fields =
      "root" in opened ? Object.fromEntries(opened.root.children.map((c) => [c.name, c.text])) : {};
    expect(fields).toEqual(
      expect.objectContaining({
        ToUserName: "gh_10f6c3c3ac5a",
        Content: "abcdteT",
        MsgType: "text",
      }),
    );
  });

  it("refuses a vector under another app id (1009) or another key (1013)", () => {
    const body = JSON.stringify({ encrypt: textVector.encrypt });
    expect(
      openRequest(body, { encodingAesKey: textVector.encodingAESKey, appId: "wxother" }),
    ).toEqual({
      refusal: expect.objectContaining({ errcode: 1009 }),
    });
    expect(
      openRequest(body, { encodingAesKey: xmlVector.encodingAESKey, appId: textVector.receiveid }),
    ).toEqual({
      refusal: expect.objectContaining({ errcode: 1013 }),
    });
  });

  it("decrypts a vector posted over HTTP, then checks the fields", async () => {
    const emulator = await startEmulator({
      credentials: {
        token: "t",
        encodingAesKey: xmlVector.encodingAESKey,
        appId: xmlVector.receiveid,
      },
    });
    try {
      // Decrypted and from the right app, but a message's fields, not setautoreply's: a bad
      // request, not a decryption failure.
      expect(
        await post(
          `${emulator.url}/openapi/setautoreply/t`,
          JSON.stringify({ encrypt: xmlVector.encrypt }),
        ),
      ).toEqual({
        status: 200,
        json: {
          errcode: 1007,
          errmsg: expect.stringMatching(/^unknown element <ToUserName> in <xml>; setautoreply's/),
        },
      });
    } finally {
      await emulator.stop();
    }
  });
});

describe("the emulator's HTTP surface", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ credentials: testCredentials() });
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  const encrypt = (xml: string) =>
    JSON.stringify({ encrypt: createCryptor(emulator.credentials).encrypt(xml) });
  const callUrl = (action: string, token = emulator.credentials.token) =>
    `${emulator.url}/openapi/${action}/${token}`;

  it("answers a wrong token with HTTP 200 and errcode 1001, like the platform", async () => {
    const body = encrypt("<xml><managerid>admin-1</managerid></xml>");
    expect(await post(callUrl("publish", "nope"), body)).toEqual({
      status: 200,
      json: { errcode: 1001, errmsg: "TOKEN is not valid" },
    });
    expect(emulator.stats()).toMatchObject({
      rejected: 1,
      requests: { total: 1, byAction: { publish: 1 } },
    });
  });

  it("checks the body, the managerid and the required fields", async () => {
    const managerid = `<managerid><![CDATA[${emulator.credentials.managerId}]]></managerid>`;
    const cases: [string, number][] = [
      ["not json", 1019],
      [JSON.stringify({ encrypt: 42 }), 1019],
      [JSON.stringify({ encrypt: "AAAA" }), 1013],
      [encrypt("not xml <"), 1019],
      [
        encrypt(
          "<xml><managerid>someone</managerid><skillname>s</skillname><title>t</title><content>c</content></xml>",
        ),
        1015,
      ],
      [encrypt(`<xml>${managerid}<skillname>s</skillname><title>t</title></xml>`), 1007],
      [
        encrypt(
          `<xml>${managerid}<skillname>s</skillname><title><a>x</a></title><content>c</content></xml>`,
        ),
        1007,
      ],
    ];
    for (const [body, errcode] of cases) {
      const answer = await post(callUrl("setautoreply"), body);
      expect({ body, answer }).toEqual({
        body,
        answer: { status: 200, json: expect.objectContaining({ errcode }) },
      });
    }
    const badMode = encrypt(`<xml>${managerid}<mode>2</mode></xml>`);
    expect((await post(callUrl("batchimportskill"), badMode)).json).toMatchObject({
      errcode: 1007,
    });
    expect(emulator.entries()).toEqual([]);
  });

  it("answers an unknown action with 404 and a GET on an action with 405", async () => {
    expect((await post(callUrl("deleteall"), "{}")).status).toBe(404);
    expect((await fetch(callUrl("publish"))).status).toBe(405);
    expect((await fetch(`${emulator.url}/nothing`)).status).toBe(404);
  });

  it("shows its entries at GET /, GET /entries, and its counts at GET /stats", async () => {
    const client = clientFor(emulator);
    await client.setAutoReply(entry("<script>", { content: "a & b" }));
    await client.publish();
    client.close();
    const page = await (await fetch(`${emulator.url}/`)).text();
    expect(page).toContain("&#60;script&#62;");
    expect(page).toContain("a &#38; b");
    expect(page).not.toContain("<script>");
    expect(await (await fetch(`${emulator.url}/entries`)).json()).toEqual({
      entries: [entry("<script>", { content: "a & b" })],
      published: null,
    });
    expect(await (await fetch(`${emulator.url}/stats`)).json()).toEqual({
      requests: { total: 2, byAction: { setautoreply: 1, publish: 1 } },
      writes: { [entryKey("天气", "<script>")]: 1 },
      rejected: 0,
      faults: { failed: 0, dropped: 0, rateLimited: 0 },
      publishes: 1,
    });
  });

  it("draws fault rates from a seeded generator, so a run can be replayed", async () => {
    const pattern = async (seed: number) => {
      const other = await startEmulator({ seed, faults: { failRate: 0.5, failStatus: 503 } });
      const statuses = [];
      for (let i = 0; i < 16; i++)
        statuses.push((await post(`${other.url}/openapi/publish/x`, "{}")).status);
      await other.stop();
      return statuses;
    };
    const first = await pattern(7);
    expect(first).toEqual(await pattern(7));
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(first).not.toEqual(await pattern(8));
  });
});

describe("the emulator's state file", () => {
  it("persists entries atomically and loads them at the next start", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-emulator-"));
    const statePath = path.join(dir, "state.json");
    const first = await startEmulator({ statePath, publishSteps: 0 });
    const client = clientFor(first);
    await Promise.all(["a", "b", "c", "d"].map((t) => client.setAutoReply(entry(t))));
    await client.publish();
    expect(await client.publishProgress()).toEqual({ progress: 100, status: 1 });
    client.close();
    await first.stop();

    const saved = JSON.parse(await readFile(statePath, "utf8"));
    expect(saved.version).toBe(1);
    expect(saved.entries.map((e: { title: string }) => e.title)).toEqual(["a", "b", "c", "d"]);
    expect(await readdir(dir)).toEqual(["state.json"]);

    const second = await startEmulator({ statePath });
    expect(second.entries()).toEqual(first.entries());
    expect(second.published()).toEqual(first.entries());
    await second.stop();
  });

  it("refuses a damaged state file with a StateFileError", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-emulator-"));
    const statePath = path.join(dir, "state.json");
    for (const content of [
      "{not json",
      '{"version":1,"entries":[{"skill":1}],"published":null}',
      "[]",
    ]) {
      await writeFile(statePath, content);
      const error = await rejection(startEmulator({ statePath }));
      expect(error).toBeInstanceOf(StateFileError);
      expect(error.message).toContain(statePath);
    }
  });
});
