/**
 * The v1 platform's wire format: the plaintext XML every call encrypts (root `<xml>`, one element
 * per field, text in CDATA), the two documents that carry entries (setautoreply,
 * batchimportskill), and the characters that XML cannot carry, which content checks against.
 */

/** A field: an element name and its text, or nested fields (batchimportskill's `<skill>`). */
export type XmlField = readonly [name: string, value: string | readonly XmlField[]];

/**
 * Wraps text in CDATA. `]]>` cannot appear inside one CDATA section, so the text is split
 * between `]]` and `>` into adjacent sections; a parser joins them back to the same text.
 */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** Serialises fields, in the given order, as the body of an element. */
export function xmlFields(fields: readonly XmlField[]): string {
  let out = "";
  for (const [name, value] of fields) {
    out +=
      typeof value === "string"
        ? `<${name}>${cdata(value)}</${name}>`
        : `<${name}>${xmlFields(value)}</${name}>`;
  }
  return out;
}

/** A whole plaintext document: `<xml>` with the fields in order. */
export function xmlDocument(fields: readonly XmlField[]): string {
  return `<xml>${xmlFields(fields)}</xml>`;
}

/** The `setautoreply` plaintext: managerid, skillname, title, content, then each question. */
export function setAutoReplyXml(
  managerId: string,
  entry: { skill: string; title: string; content: string; questions: readonly string[] },
): string {
  return xmlDocument([
    ["managerid", managerId],
    ["skillname", entry.skill],
    ["title", entry.title],
    ["content", entry.content],
    ...entry.questions.map((q): XmlField => ["question", q]),
  ]);
}

/**
 * The `batchimportskill` plaintext: managerid, mode, then one `<skill>` per entry (skillname,
 * title, each question, then the answer, under `answer` rather than setautoreply's `content`).
 */
export function batchImportSkillXml(
  managerId: string,
  mode: number,
  entries: readonly {
    skill: string;
    title: string;
    content: string;
    questions: readonly string[];
  }[],
): string {
  const skills = entries.map(
    (entry): XmlField => [
      "skill",
      [
        ["skillname", entry.skill],
        ["title", entry.title],
        ...entry.questions.map((q): XmlField => ["question", q]),
        ["answer", entry.content],
      ],
    ],
  );
  return xmlDocument([["managerid", managerId], ["mode", String(mode)], ...skills]);
}

/**
 * Characters a value may not hold on its way through the platform's XML, with where they are
 * (UTF-16 index) and their code point:
 *
 * - what XML 1.0 cannot carry at all (its `Char` production, §2.2): C0 controls other than tab,
 *   LF and CR, U+FFFE, U+FFFF, and surrogate halves that are not in a pair. A parser that meets
 *   one rejects the whole document: the platform answers 1019 and the sync stops there.
 * - CR: every XML parser turns it (and CRLF) into LF (end-of-line handling, §2.11), so the
 *   platform would not get the text as written. The file's own CRLF line endings are made LF
 *   when it is read (decode.ts); a CR found here came from an escape or a character reference.
 *
 * Tab and LF are fine. DEL and C1 controls are allowed by XML 1.0 and are not listed.
 */
export function xmlUnsafeCharacters(text: string): { index: number; codePoint: number }[] {
  const out: { index: number; codePoint: number }[] = [];
  if (firstXmlUnsafe(text) === undefined) return out;
  for (const match of text.matchAll(XML_UNSAFE_ALL)) {
    out.push({ index: match.index, codePoint: match[0].charCodeAt(0) });
  }
  return out;
}

/**
 * False when `text` holds no character XML cannot carry, and no surrogate either (an emoji's
 * pair included): a quick test, for texts where an answer of true is then looked at closer.
 */
export function mayHoldXmlUnsafe(text: string): boolean {
  return MAYBE_XML_UNSAFE.test(text);
}

/** The first of xmlUnsafeCharacters(text), as its UTF-16 unit; undefined when there is none. */
export function firstXmlUnsafe(text: string): number | undefined {
  // A fast test first (no look-around): nearly every text has none, and answers can be large.
  if (!MAYBE_XML_UNSAFE.test(text)) return undefined;
  return XML_UNSAFE.exec(text)?.[0].charCodeAt(0);
}

const XML_UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const XML_UNSAFE_ALL = new RegExp(XML_UNSAFE.source, "g");
/** XML_UNSAFE without telling paired surrogates (an emoji) from lone ones: quicker to run. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const MAYBE_XML_UNSAFE = /[\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]/;

const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0: "NUL",
  7: "bell",
  8: "backspace",
  11: "vertical tab",
  12: "form feed",
  13: "carriage return",
  27: "escape",
  65534: "a non-character",
  65535: "a non-character",
};

/**
 * A character named for a message, as `U+000B (vertical tab)`: never the character itself,
 * which a terminal or a log would act on or hide.
 */
export function describeCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const name =
    CHARACTER_NAMES[codePoint] ??
    (codePoint >= 0xd800 && codePoint <= 0xdfff
      ? "half of a surrogate pair"
      : codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)
        ? "a control character"
        : undefined);
  return name ? `${hex} (${name})` : hex;
}
