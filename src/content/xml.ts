/** The platform's plaintext XML: root `<xml>`, one element per field, text in CDATA. */

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
