import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/platform/xml.ts
function cdata(text) {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}
function xmlFields(fields) {
  let out = "";
  for (const [name, value] of fields) {
    out += typeof value === "string" ? `<${name}>${cdata(value)}</${name}>` : `<${name}>${xmlFields(value)}</${name}>`;
  }
  return out;
}
function xmlDocument(fields) {
  return `<xml>${xmlFields(fields)}</xml>`;
}
function setAutoReplyXml(managerId, entry) {
  return xmlDocument([
    ["managerid", managerId],
    ["skillname", entry.skill],
    ["title", entry.title],
    ["content", entry.content],
    ...entry.questions.map((q) => ["question", q])
  ]);
}
function batchImportSkillXml(managerId, mode, entries) {
  const skills = entries.map(
    (entry) => [
      "skill",
      [
        ["skillname", entry.skill],
        ["title", entry.title],
        ...entry.questions.map((q) => ["question", q]),
        ["answer", entry.content]
      ]
    ]
  );
  return xmlDocument([["managerid", managerId], ["mode", String(mode)], ...skills]);
}
function xmlUnsafeCharacters(text) {
  const out = [];
  if (firstXmlUnsafe(text) === void 0) return out;
  for (const match of text.matchAll(XML_UNSAFE_ALL)) {
    out.push({ index: match.index, codePoint: match[0].charCodeAt(0) });
  }
  return out;
}
function mayHoldXmlUnsafe(text) {
  return MAYBE_XML_UNSAFE.test(text);
}
function firstXmlUnsafe(text) {
  if (!MAYBE_XML_UNSAFE.test(text)) return void 0;
  return XML_UNSAFE.exec(text)?.[0].charCodeAt(0);
}
var XML_UNSAFE = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
);
var XML_UNSAFE_ALL = new RegExp(XML_UNSAFE.source, "g");
var MAYBE_XML_UNSAFE = /[\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]/;
var CHARACTER_NAMES = {
  0: "NUL",
  7: "bell",
  8: "backspace",
  11: "vertical tab",
  12: "form feed",
  13: "carriage return",
  27: "escape",
  65534: "a non-character",
  65535: "a non-character"
};
function describeCharacter(codePoint) {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = CHARACTER_NAMES[codePoint] ?? (codePoint >= 55296 && codePoint <= 57343 ? "half of a surrogate pair" : codePoint < 32 || codePoint >= 127 && codePoint <= 159 ? "a control character" : void 0);
  return name ? `${hex} (${name})` : hex;
}

export {
  xmlDocument,
  setAutoReplyXml,
  batchImportSkillXml,
  xmlUnsafeCharacters,
  mayHoldXmlUnsafe,
  firstXmlUnsafe,
  describeCharacter
};
