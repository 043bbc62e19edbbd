/**
 * A strict reader for the platform's plaintext: one XML 1.0 document, read by the rules every
 * conforming parser applies (XML 1.0, fifth edition: the characters of §2.2, the line ends of
 * §2.11, well-formedness), so the emulator refuses what the platform's parser would.
 *
 * Written here rather than taken from fast-xml-parser: that one accepts characters XML forbids,
 * references to them (`&#1;`), two root elements, and expands a DOCTYPE's entities, and does
 * not keep text and elements in order. The format needs elements, text, CDATA and the five
 * predefined entities; a leading XML declaration and comments are allowed and ignored. DOCTYPEs
 * and processing instructions are refused: the format has no use for them.
 */

/** One element: its name, its attributes' names, its child elements, and its text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly string[];
  readonly children: readonly XmlElement[];
  /** All character data directly inside it, in order, with CDATA and references resolved. */
  readonly text: string;
}

/** Why a text is not a document the emulator reads. */
export class XmlSyntaxError extends Error {
  override name = "XmlSyntaxError";
}

/**
 * Characters XML 1.0 does not allow anywhere (§2.2 Char): C0 controls but tab, LF and CR, the
 * non-characters U+FFFE and U+FFFF, and lone surrogates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

const NAME_START =
  ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
/** An XML Name (§2.3), matched at a position. */
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, "uy");
const SPACE = /[ \t\n\r]*/y;
/** Where character data ends: the next markup or reference. */
const MARKUP = /[<&]/g;
const DECLARATION = /<\?xml[ \t\n\r][^?]*\?>/y;
const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** True when a code point is an XML Char (§2.2). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Reads a document whose root is any element; throws XmlSyntaxError at the first problem. */
export function readXml(source: string): XmlElement {
  const illegal = ILLEGAL.exec(source);
  if (illegal) {
    const code = illegal[0].codePointAt(0)!;
    throw new XmlSyntaxError(
      `character U+${code.toString(16).toUpperCase().padStart(4, "0")} at offset ${illegal.index} is not allowed in XML`,
    );
  }
  // End-of-line handling (§2.11): a parser sees CR LF and lone CR as LF, in CDATA too.
  const text = source.replace(/\r\n?/g, "\n");
  let at = 0;

  const fail = (what: string): never => {
    throw new XmlSyntaxError(`${what} at offset ${at}`);
  };
  const startsWith = (token: string) => text.startsWith(token, at);
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (!match) return fail("expected a name");
    at = NAME.lastIndex;
    return match[0];
  };
  /** The text up to `end`, which is consumed; `what` names the construct in the error. */
  const until = (end: string, what: string): string => {
    const close = text.indexOf(end, at);
    if (close < 0) return fail(`unclosed ${what}`);
    const body = text.slice(at, close);
    at = close + end.length;
    return body;
  };
  /** Comments, PIs and DOCTYPEs where markup may stand; true when it read a comment. */
  const readMisc = (): boolean => {
    if (startsWith("<!--")) {
      at += 4;
      const body = until("-->", "comment");
      if (body.includes("--") || body.endsWith("-")) fail('"--" inside a comment');
      return true;
    }
    if (startsWith("<?")) fail("a processing instruction (not part of the format)");
    if (startsWith("<!DOCTYPE")) fail("a DOCTYPE (not part of the format)");
    return false;
  };
  /** A reference after its `&`: predefined entity or character reference. */
  const readReference = (): string => {
    const body = until(";", "reference");
    if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body]!;
    const numeric = /^#(?:([0-9]+)|x([0-9A-Fa-f]+))$/.exec(body);
    if (!numeric) return fail(`undefined entity "&${body.slice(0, 20)};"`);
    const code = numeric[1] !== undefined ? Number(numeric[1]) : Number.parseInt(numeric[2]!, 16);
    if (!isXmlChar(code)) {
      return fail(`a reference to U+${code.toString(16).toUpperCase()}, not allowed in XML,`);
    }
    return String.fromCodePoint(code);
  };
  const readAttributeValue = (): string => {
    const quote = text[at];
    if (quote !== '"' && quote !== "'") return fail("expected a quoted attribute value");
    at++;
    let value = "";
    for (;;) {
      const c = text[at];
      if (c === undefined) return fail("unclosed attribute value");
      at++;
      if (c === quote) return value;
      if (c === "<") fail('"<" inside an attribute value');
      value += c === "&" ? readReference() : c;
    }
  };
  /** An element, from its `<`. */
  const readElement = (): XmlElement => {
    at++;
    const name = readName();
    const attributes: string[] = [];
    for (;;) {
      const before = at;
      skipSpace();
      if (startsWith("/>")) {
        at += 2;
        return { name, attributes, children: [], text: "" };
      }
      if (startsWith(">")) {
        at++;
        break;
      }
      if (at === before) fail(`expected ">" or an attribute in <${name}>`);
      const attribute = readName();
      if (attributes.includes(attribute)) fail(`attribute ${attribute} twice in <${name}>`);
      skipSpace();
      if (!startsWith("=")) fail(`expected "=" after attribute ${attribute}`);
      at++;
      skipSpace();
      readAttributeValue();
      attributes.push(attribute);
    }
    const children: XmlElement[] = [];
    let content = "";
    for (;;) {
      if (at >= text.length) return fail(`unclosed <${name}>`);
      if (startsWith("</")) {
        at += 2;
        const end = readName();
        if (end !== name) fail(`</${end}> closes <${name}>`);
        skipSpace();
        if (!startsWith(">")) fail(`expected ">" to end </${end}>`);
        at++;
        return { name, attributes, children, text: content };
      }
      if (startsWith("<![CDATA[")) {
        at += 9;
        content += until("]]>", "CDATA section");
      } else if (startsWith("<")) {
        if (!readMisc()) children.push(readElement());
      } else if (startsWith("&")) {
        at++;
        content += readReference();
      } else {
        MARKUP.lastIndex = at;
        const next = MARKUP.exec(text)?.index ?? text.length;
        const run = text.slice(at, next);
        const terminator = run.indexOf("]]>");
        if (terminator >= 0) {
          at += terminator;
          fail('"]]>" outside a CDATA section');
        }
        content += run;
        at = next;
      }
    }
  };

  DECLARATION.lastIndex = 0;
  if (DECLARATION.exec(text)) at = DECLARATION.lastIndex;
  skipSpace();
  while (readMisc()) skipSpace();
  if (!startsWith("<")) fail("expected the root element");
  const root = readElement();
  skipSpace();
  while (readMisc()) skipSpace();
  if (at < text.length) fail("content after the root element");
  return root;
}
