/**
 * Opening a request the way the platform does, and refusing what it refuses (platform-api.md):
 * the body `{"encrypt": ...}`, WXBizMsgCrypt decryption, the plaintext as one `<xml>` document,
 * then each action's fields, in their order, none unknown, none empty that is required.
 *
 * The codes, and which the reference leaves open (docs/platform.md, "The emulator"):
 * - 1013: the ciphertext does not decrypt (not standard base64, not whole 32-byte blocks, a bad
 *   pad or length). The reference gives 1013 and 1019 together for "could not decrypt" without
 *   telling them apart; the emulator keeps 1013 for the ciphertext itself.
 * - 1009: it decrypts, for another app id (the reference's "appid check failed").
 * - 1019: the body is not `{"encrypt": "..."}`, or what decrypts is not a readable document: not
 *   UTF-8, characters XML forbids (raw or as `&#...;`), not well-formed, or a root other than
 *   `<xml>`. The closest documented code: the request cannot be read.
 * - 1007: the document is read, but its fields are wrong: one missing or empty that is required
 *   (the documented meaning of 1007, "... cannot be empty"), and, closest to it, where the
 *   reference names no code: a field out of order, repeated, unknown, holding elements instead of
 *   text, text outside the fields, attributes, or a `mode` other than 0 or 1.
 * - 1015: the managerid is not the bot's administrator.
 */
import { createCryptor, DecryptError } from "../crypto.js";
import type { AutoReply, Credentials } from "../types.js";
import type { BotCall, Refusal } from "./bot.js";
import { readXml, type XmlElement, XmlSyntaxError } from "./xml.js";

/** The actions the platform serves. */
export const ACTIONS = ["setautoreply", "batchimportskill", "publish", "publish_progress"] as const;
export type Action = (typeof ACTIONS)[number];

/** One field of an action's plaintext. */
interface Field {
  readonly name: string;
  /** Must be present and not empty. */
  readonly required: boolean;
  /** May appear more than once, one after another. */
  readonly repeated: boolean;
  /** A container of fields (batchimportskill's `<skill>`) instead of text. */
  readonly fields?: readonly Field[];
}

const one = (name: string): Field => ({ name, required: true, repeated: false });
const MANAGERID = one("managerid");
const QUESTIONS: Field = { name: "question", required: false, repeated: true };

/** Each action's fields, in the order the platform takes them (platform-api.md, "Endpoints"). */
const FIELDS: Readonly<Record<Action, readonly Field[]>> = {
  setautoreply: [MANAGERID, one("skillname"), one("title"), one("content"), QUESTIONS],
  batchimportskill: [
    MANAGERID,
    one("mode"),
    {
      name: "skill",
      required: false,
      repeated: true,
      fields: [
        one("skillname"),
        one("title"),
        QUESTIONS,
        { name: "answer", required: true, repeated: true },
      ],
    },
  ],
  publish: [MANAGERID],
  publish_progress: [MANAGERID],
};

const refuse = (errcode: number, errmsg: string): { refusal: Refusal } => ({
  refusal: { errcode, errmsg },
});

/**
 * Opens a request body: `{"encrypt": ...}`, decrypted and checked for the app id, read as an
 * `<xml>` document. Returns its root, or the platform's refusal.
 */
export function openRequest(
  body: string,
  credentials: Pick<Credentials, "encodingAesKey" | "appId">,
): { root: XmlElement } | { refusal: Refusal } {
  let encrypted: unknown;
  try {
    encrypted = (JSON.parse(body) as { encrypt?: unknown } | null)?.encrypt;
  } catch {
    encrypted = undefined;
  }
  if (typeof encrypted !== "string") {
    return refuse(1019, 'request body must be {"encrypt": "..."}');
  }
  let plaintext: string;
  try {
    plaintext = createCryptor(credentials).decrypt(encrypted);
  } catch (error) {
    if (error instanceof DecryptError && error.reason === "appid") {
      return refuse(1009, "appid check failed");
    }
    if (error instanceof DecryptError && error.reason === "encoding") {
      return refuse(1019, "decrypted request is not UTF-8");
    }
    return refuse(1013, `decrypt failed: ${(error as Error).message}`);
  }
  let root: XmlElement;
  try {
    root = readXml(plaintext);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return refuse(1019, `decrypted request is not well-formed XML: ${error.message}`);
  }
  if (root.name !== "xml") {
    return refuse(1019, `decrypted request's root is <${root.name}>, not <xml>`);
  }
  return { root };
}

/**
 * Reads an action's fields from an opened request, as the platform checks them: the fields
 * and their values first (1007), then the managerid (1015). Returns the call, or the refusal.
 */
export function readCall(
  action: Action,
  root: XmlElement,
  managerId: string,
): { call: BotCall } | { refusal: Refusal } {
  const read = readFields(root, FIELDS[action], action);
  if (typeof read === "string") return refuse(1007, read);
  const mode = text(read, "mode");
  if (action === "batchimportskill" && mode !== "0" && mode !== "1") {
    return refuse(1007, "mode must be 0 or 1");
  }
  if (text(read, "managerid") !== managerId) return refuse(1015, "managerid is not valid");
  switch (action) {
    case "setautoreply":
      return { call: { action, entry: entryOf(read, text(read, "content")) } };
    case "batchimportskill": {
      // Several answers are allowed; the emulator keeps the first, as faqops sends one.
      const entries = (read.get("skill") ?? []).map((skill) => {
        const fields = skill as Fields;
        return entryOf(fields, text(fields, "answer"));
      });
      return { call: { action, mode: mode === "1" ? 1 : 0, entries } };
    }
    default:
      return { call: { action } };
  }
}

/** The fields read from an element: each name's texts, or its containers' fields, in order. */
type Fields = ReadonlyMap<string, readonly (string | Fields)[]>;

/** The first text of a field (present: readFields checked the required ones). */
function text(fields: Fields, name: string): string {
  return (fields.get(name)?.[0] as string | undefined) ?? "";
}

function entryOf(fields: Fields, content: string): AutoReply {
  return {
    skill: text(fields, "skillname"),
    title: text(fields, "title"),
    content,
    questions: (fields.get("question") ?? []) as string[],
  };
}

/**
 * Checks an element's children against the fields it may hold, and reads them; returns what is
 * wrong instead, naming the first problem: order (unknown, out of order, repeated) before
 * presence, presence before content, so one misplaced field is not also reported as missing.
 */
function readFields(element: XmlElement, fields: readonly Field[], where: string): Fields | string {
  const order = `${where}'s fields are, in order: ${fields
    .map((f) => (f.repeated ? `${f.name}…` : f.name))
    .join(", ")}`;
  if (element.attributes.length > 0) {
    return `<${element.name}> has attributes (${element.attributes.join(", ")}); ${order}`;
  }
  // XML's whitespace only (not String#trim's, which also takes U+3000 and the like).
  if (!/^[ \t\n\r]*$/.test(element.text)) {
    return `text outside the fields in <${element.name}>; ${order}`;
  }
  let last = -1;
  for (const child of element.children) {
    const index = fields.findIndex((f) => f.name === child.name);
    if (index < 0) return `unknown element <${child.name}> in <${element.name}>; ${order}`;
    if (index < last) {
      return `<${child.name}> is out of order: it comes after <${fields[last]!.name}>; ${order}`;
    }
    if (index === last && !fields[index]!.repeated) {
      return `<${child.name}> appears more than once; ${order}`;
    }
    last = index;
  }
  const read = new Map<string, (string | Fields)[]>();
  for (const field of fields) {
    const present = element.children.filter((c) => c.name === field.name);
    if (field.required && present.length === 0) return `${field.name} cannot be empty`;
    const values: (string | Fields)[] = [];
    for (const child of present) {
      if (field.fields) {
        const inner = readFields(child, field.fields, `<${field.name}>`);
        if (typeof inner === "string") return inner;
        values.push(inner);
        continue;
      }
      if (child.attributes.length > 0) {
        return `<${child.name}> has attributes (${child.attributes.join(", ")}); fields are text only`;
      }
      if (child.children.length > 0) {
        return `<${child.name}> holds <${child.children[0]!.name}>; fields are text only`;
      }
      if (field.required && child.text === "") return `${field.name} cannot be empty`;
      values.push(child.text);
    }
    read.set(field.name, values);
  }
  return read;
}
