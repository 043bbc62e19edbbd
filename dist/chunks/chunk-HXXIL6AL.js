import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  batchImportSkillXml,
  setAutoReplyXml,
  xmlDocument
} from "./chunk-6XUUHMU4.js";
import {
  createTransport,
  readInteger
} from "./chunk-VSXG54KW.js";
import {
  DEFAULT_ENDPOINT,
  checkToken,
  createCryptor
} from "./chunk-ZV64R6GO.js";

// src/platform/codes.ts
var CREDENTIALS = { kind: "check-credentials", check: "appid-and-key" };
var SIGNATURE = "report this as a faqops bug: content calls carry no signature";
var BAD_REQUEST = "check that the entry has a skill, a title and an answer";
var APPID_FAILED = { meaning: "the app id check failed", remedy: CREDENTIALS, fatal: true };
var UNDECRYPTABLE = {
  meaning: "the platform could not decrypt the request",
  remedy: CREDENTIALS,
  fatal: true
};
var CODES = /* @__PURE__ */ new Map([
  [
    1001,
    {
      meaning: "the TOKEN is not valid",
      remedy: { kind: "check-credentials", check: "token" },
      fatal: true
    }
  ],
  [
    1002,
    {
      meaning: "the bot failed the platform's review",
      todo: "resolve the review in the bot's console, then sync again",
      fatal: true
    }
  ],
  [1003, { meaning: "the signature is missing the userid field", todo: SIGNATURE, fatal: false }],
  [1004, { meaning: "a signature field is empty", todo: SIGNATURE, fatal: false }],
  [1005, { meaning: "the signature expired or is invalid", todo: SIGNATURE, fatal: false }],
  [
    1006,
    { meaning: "the signature check failed: userid is missing", todo: SIGNATURE, fatal: false }
  ],
  [1007, { meaning: "a required field is empty (bad request)", todo: BAD_REQUEST, fatal: false }],
  [1008, { meaning: "a required field is empty (bad request)", todo: BAD_REQUEST, fatal: false }],
  [1009, APPID_FAILED],
  [1010, APPID_FAILED],
  [1011, APPID_FAILED],
  [1013, UNDECRYPTABLE],
  [
    1015,
    {
      meaning: "the managerid is not valid",
      remedy: { kind: "check-credentials", check: "manager-id" },
      fatal: true
    }
  ],
  [
    1019,
    {
      // The reference lists 1013 and 1019 together as decryption failures; the platform also
      // answers 1019 when the decrypted XML cannot be read. faqops' check refuses the
      // characters XML cannot carry (xml-char), so credentials are the likelier cause.
      meaning: "the platform could not decrypt or read the request",
      remedy: { kind: "check-credentials", check: "appid-and-key-then-content" },
      fatal: true
    }
  ]
]);
var FATAL_CODES = [...CODES].filter(([, i]) => i.fatal).map(([c]) => c);
var KNOWN_CODES = [...CODES.keys()];
function describeCode(code) {
  return CODES.get(code) ?? {
    meaning: `an error code faqops does not know (${code})`,
    todo: "see the platform's documentation for this code; the entry was not written",
    fatal: false
  };
}

// src/platform/client.ts
function createClient(options) {
  const { credentials, random } = options;
  checkToken(credentials.token);
  const cryptor = createCryptor(credentials);
  const transport = createTransport({
    ...options,
    secrets: [credentials.token, credentials.encodingAesKey],
    redirectReason: "because the TOKEN is part of every request URL",
    exampleEndpoint: DEFAULT_ENDPOINT
  });
  const { shown } = transport;
  function call(action, plaintext, signal) {
    return transport.send({
      action,
      // Verbatim, as the platform's API puts it (checkToken: it needs no encoding).
      path: `/openapi/${action}/${credentials.token}`,
      // Encrypted once: every retry sends the same bytes.
      body: JSON.stringify({ encrypt: cryptor.encrypt(plaintext, random?.()) }),
      signal,
      interpret
    });
  }
  function interpret(answer, call2) {
    if (answer.status !== 200) throw call2.unexpectedStatus(answer);
    const envelope = readEnvelope(answer.body);
    if (envelope === void 0) throw call2.notThePlatform(answer);
    if (envelope.code !== 0) {
      const info = describeCode(envelope.code);
      const said = envelope.message ? ` ("${envelope.message}")` : "";
      throw call2.fail(
        info.fatal ? "fatal" : "rejected",
        `${info.meaning}: code ${envelope.code}${said}.`,
        { code: envelope.code, httpStatus: answer.status, hint: info.todo, remedy: info.remedy }
      );
    }
    return { type: "done", value: envelope };
  }
  const managerOnly = xmlDocument([["managerid", credentials.managerId]]);
  return {
    async setAutoReply(entry, callOptions) {
      await call(
        "setautoreply",
        setAutoReplyXml(credentials.managerId, entry),
        callOptions?.signal
      );
    },
    async batchImportSkill(mode, entries) {
      await call("batchimportskill", batchImportSkillXml(credentials.managerId, mode, entries));
    },
    async publish() {
      await call("publish", managerOnly);
    },
    async publishProgress() {
      const envelope = await call("publish_progress", managerOnly);
      const progress = readProgress(envelope.data);
      if (progress === void 0) {
        throw transport.fail(
          "publish_progress",
          "fatal",
          `the answer from ${shown} has no valid progress and status.`,
          { remedy: transport.checkEndpoint("not-the-api") }
        );
      }
      return progress;
    },
    close() {
      transport.close();
    }
  };
}
function readEnvelope(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return void 0;
  const record = json;
  const present = ["code", "errcode", "ret"].filter((k) => record[k] !== void 0);
  if (present.length === 0) return void 0;
  let code = 0;
  for (const key of present) {
    const value = readInteger(record[key]);
    if (value === void 0) return void 0;
    if (code === 0) code = value;
  }
  const text = record.errmsg ?? record.msg;
  const message = text === void 0 || text === null ? void 0 : typeof text === "string" ? text : JSON.stringify(text);
  return { code, message, data: record.data };
}
function readProgress(data) {
  if (typeof data !== "object" || data === null) return void 0;
  const record = data;
  const progress = readInteger(record.progress);
  const status = readInteger(record.status);
  if (progress === void 0 || progress < 0 || progress > 100) return void 0;
  if (status !== 0 && status !== 1 && status !== 2) return void 0;
  return { progress, status };
}

export {
  createClient,
  readEnvelope
};
