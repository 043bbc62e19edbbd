/**
 * The `xml-char` rule: characters that cannot reach the platform as written, because its
 * plaintext is XML (platform/xml.ts says which and why). They are found where they are written:
 *
 * - written as they are, anywhere in the file: found by scanning the file's text, so the
 *   position is exact, whatever the YAML or Markdown parser then does with them (remark turns
 *   NUL into U+FFFD, for one);
 * - written as an escape in a double-quoted YAML value (`"line1\rline2"`): found by reading the
 *   value's escapes, so the position is the escape's;
 * - written as a Markdown character reference (`&#13;` in text, `&#11;` in a card attribute):
 *   found in the node's source, at the reference.
 *
 * compile.ts checks the compiled entry last, so a character that got through some other way
 * is still an error, if only at the start of the file.
 */
import {
  describeCharacter,
  firstXmlUnsafe,
  mayHoldXmlUnsafe,
  xmlUnsafeCharacters,
} from "../platform/xml.js";
import type { Located } from "./parse/index.js";
import type { Reporter } from "./rules.js";

/**
 * Past this many in one file, the rest are counted in one more diagnostic: a file full of
 * control characters (a binary file saved as `.md`) needs one fix, not thousands of lines.
 */
export const MAX_CHARACTER_DIAGNOSTICS = 20;

/** Why a character cannot be sent as written. */
function consequence(codePoint: number): string {
  return codePoint === 0x0d
    ? "would not arrive as written: XML turns it into a line break"
    : "cannot be sent: XML cannot carry it, so the platform would reject the whole request";
}

/**
 * Reports each such character written as it is in the file's (decoded) text, at its place.
 * Returns the offsets found, so the value checks below can tell what is already reported.
 */
export function reportLiteralCharacters(text: string, report: Reporter): number[] {
  const found = xmlUnsafeCharacters(text);
  found.slice(0, MAX_CHARACTER_DIAGNOSTICS).forEach(({ index, codePoint }) => {
    report.at(
      "xml-char",
      index,
      `${describeCharacter(codePoint)} ${consequence(codePoint)}: delete it (most editors do not show it)`,
    );
  });
  if (found.length > MAX_CHARACTER_DIAGNOSTICS) {
    report.at(
      "xml-char",
      found[MAX_CHARACTER_DIAGNOSTICS]!.index,
      `${found.length - MAX_CHARACTER_DIAGNOSTICS} more characters like these in this file (from here on): delete them; is this a text file?`,
    );
  }
  return found.map((f) => f.index);
}

/**
 * Checks one front matter value (title, skill, a question). A double-quoted value's escapes
 * (`\r`, `\v`, `\x01`, `\ud800`) are reported where they are written. When the value holds
 * such a character but neither its escapes nor the literal scan (`literalInFrontMatter`)
 * account for it — an alias to a value defined elsewhere, say — it is reported at the value's
 * start, which is as near as faqops can point.
 */
export function reportFrontMatterValue(
  text: string,
  value: Located,
  what: string,
  literalInFrontMatter: boolean,
  report: Reporter,
): void {
  const unsafe = xmlUnsafeCharacters(value.text);
  if (unsafe.length === 0) return;
  if (text[value.offset] === '"') {
    const escapes = unsafeEscapes(text, value.offset);
    for (const e of escapes) {
      report.at(
        "xml-char",
        e.offset,
        `${what} holds ${describeCharacter(e.codePoint)}, written as \`${e.source}\`, which ${consequence(e.codePoint)}: remove the escape`,
      );
    }
    if (escapes.length > 0) return;
  }
  if (literalInFrontMatter) return;
  const first = unsafe[0]!.codePoint;
  report.at(
    "xml-char",
    value.offset,
    `${what} holds ${describeCharacter(first)}, which ${consequence(first)}: remove it`,
  );
}

/** Escapes in YAML double-quoted scalars that stand for one character, by their letter. */
const SINGLE_ESCAPES: Readonly<Record<string, number>> = {
  "0": 0x00,
  a: 0x07,
  b: 0x08,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  e: 0x1b,
};

interface Escape {
  readonly offset: number;
  readonly source: string;
  readonly codePoint: number;
}

/**
 * The escapes of the double-quoted scalar whose opening quote is at `start` that stand for a
 * character XML cannot carry. `\uD83D\uDE00` (a surrogate pair written as two escapes) is one
 * character and fine; either half alone is not.
 */
function unsafeEscapes(text: string, start: number): Escape[] {
  const escapes: Escape[] = [];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') break;
    if (c !== "\\") continue;
    const letter = text[i + 1] ?? "";
    const digits = letter === "x" ? 2 : letter === "u" ? 4 : letter === "U" ? 8 : 0;
    const hex = text.slice(i + 2, i + 2 + digits);
    if (digits > 0 && hex.length === digits && /^[0-9A-Fa-f]+$/.test(hex)) {
      escapes.push({ offset: i, source: `\\${letter}${hex}`, codePoint: Number.parseInt(hex, 16) });
      i += 1 + digits;
      continue;
    }
    const single = SINGLE_ESCAPES[letter];
    if (single !== undefined) escapes.push({ offset: i, source: `\\${letter}`, codePoint: single });
    // Skip the escaped character, so `\\` and `\"` are not read again.
    i++;
  }
  return escapes.filter((e, k) => {
    if (isSurrogate(e.codePoint)) {
      const pair = (a: Escape | undefined, b: Escape | undefined): boolean =>
        a !== undefined &&
        b !== undefined &&
        a.offset + a.source.length === b.offset &&
        a.codePoint >= 0xd800 &&
        a.codePoint <= 0xdbff &&
        b.codePoint >= 0xdc00 &&
        b.codePoint <= 0xdfff;
      return !pair(e, escapes[k + 1]) && !pair(escapes[k - 1], e);
    }
    return unsafeCodePoint(e.codePoint);
  });
}

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** True for a code point platform/xml.ts lists, taken on its own. */
function unsafeCodePoint(codePoint: number): boolean {
  return codePoint <= 0xffff && xmlUnsafeCharacters(String.fromCharCode(codePoint)).length > 0;
}

/** `&#13;`, `&#x0d;`: Markdown's numeric character references. */
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/g;

/**
 * Checks a Markdown node whose `value` was decoded from its `raw` source (text, a directive's
 * attributes): the numeric character references that stand for a character XML cannot carry,
 * and that the value really holds (remark turns most such references into U+FFFD, but not
 * `&#12;` or `&#13;` in text, nor any in a directive's attributes), are reported where they
 * are written. `offset` is where `raw` starts in the file.
 */
export function reportCharacterReferences(
  value: string,
  raw: string,
  offset: number,
  report: Reporter,
): void {
  // The reference first: every text passes here, and few hold one.
  if (!raw.includes("&#") || xmlUnsafeCharacters(value).length === 0) return;
  for (const match of raw.matchAll(NUMERIC_REFERENCE)) {
    if (escapedAt(raw, match.index)) continue;
    const codePoint = Number.parseInt(match[1] ?? match[2]!, match[1] ? 16 : 10);
    if (!unsafeCodePoint(codePoint) || !value.includes(String.fromCharCode(codePoint))) continue;
    report.at(
      "xml-char",
      offset + match.index,
      `${describeCharacter(codePoint)}, written as \`${match[0]}\`, ${consequence(codePoint)}: remove it`,
    );
  }
}

/** True when the character at `index` is escaped by a backslash (an odd run of them). */
function escapedAt(raw: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && raw[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * True when nothing compiled from a file's `text` can hold a character XML cannot carry, so
 * that checking each compiled text again (checkCompiledCharacters) would find nothing: the text
 * holds no such character and no surrogate at all, nor `&` or `\`, the only ways Markdown
 * (character references, escapes) and YAML (escapes in double quotes) write a character other
 * than as itself. Every compiled text is then made of the file's characters and the compiler's
 * own (`• `, `<a href="…">`, list numbers, line breaks). The file's characters are trimmed and
 * put in NFC, which makes none XML refuses: it turns a few compatibility ideographs (U+FA6C)
 * into characters past U+FFFF, whole surrogate pairs, which XML carries, and nothing cuts a
 * compiled text after that. A skill taken from the folder's name is not in the text:
 * compileFile checks it. `mayHoldUnsafe` is mayHoldXmlUnsafe(text), when the caller has it.
 */
export function writtenAsIs(text: string, mayHoldUnsafe = mayHoldXmlUnsafe(text)): boolean {
  return !mayHoldUnsafe && !text.includes("&") && !text.includes("\\");
}

/** The first character XML cannot carry in any of `texts`, or undefined. */
export function firstUnsafeCharacter(texts: Iterable<string>): number | undefined {
  for (const text of texts) {
    const found = firstXmlUnsafe(text);
    if (found !== undefined) return found;
  }
  return undefined;
}
