import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  answerBounds,
  parseMarkdown
} from "./chunk-OZGDS7CX.js";
import {
  answerContent,
  compiledEntry
} from "./chunk-3SGCQQWU.js";
import {
  LIMITS,
  Reporter,
  characterCount,
  cleanText,
  closest,
  curlyQuotedAttribute,
  diagnostic,
  ideographicIndentedItem,
  readFrontMatter,
  splitFrontMatter
} from "./chunk-RMWQDC6D.js";
import {
  describeCharacter,
  xmlUnsafeCharacters
} from "./chunk-WR2F3VBV.js";

// src/content/urls.ts
function urlProblem(url) {
  if (/["<>\s]/.test(url)) {
    return `"${url}" contains a space, a quote, < or >: percent-encode it (a space is %20)`;
  }
  if (!/^https?:\/\/[^/?#]/i.test(url) || !URL.canParse(url)) {
    return `"${url}" is not a full web address: write an absolute URL starting with https:// or http://`;
  }
  return void 0;
}

// src/content/cards.ts
var CARD_SPECS = {
  news: { required: ["title", "url"], optional: ["description", "picurl", "type"] },
  image: { required: ["media_id"], optional: ["url"] },
  miniprogram: {
    required: ["title", "appid", "pagepath", "thumb_media_id"],
    optional: ["thumb_url"]
  }
};
var URL_ATTRIBUTES = /* @__PURE__ */ new Set(["url", "picurl", "thumb_url"]);
var APPID = /^wx[0-9a-f]{16}$/;
function compileCard(node, raw, offset, report) {
  const curly = curlyQuotedAttribute(raw);
  if (curly) {
    report.at("card-syntax", offset + curly.offset, curly.message);
    return void 0;
  }
  const spec = CARD_SPECS[node.name];
  if (!spec) {
    const names = Object.keys(CARD_SPECS);
    const guess = closest(node.name, names);
    report.at(
      "card-unknown",
      offset,
      node.name === "ask" ? "`::ask` is not a card: write `:ask[\u95EE\u9898]` (one colon) inside a line of text" : guess ? `unknown card \`::${node.name}\`: did you mean \`::${guess}\`?` : `unknown card \`::${node.name}\`; the cards are ${names.map((n) => `\`::${n}\``).join(", ")}`
    );
    return void 0;
  }
  const before = report.diagnostics.length;
  if (node.children.length > 0) {
    report.at(
      "card-label",
      offset,
      `\`::${node.name}\` takes no [label]: put the text in an attribute, such as title="\u2026"`
    );
  }
  const attributes = node.attributes ?? {};
  const known = [...spec.required, ...spec.optional];
  const at = (name) => offset + attributeOffset(raw, name);
  for (const name of Object.keys(attributes)) {
    if (known.includes(name)) continue;
    const guess = closest(name, known);
    report.at(
      "card-attribute",
      at(name),
      guess ? `\`::${node.name}\` has no attribute \`${name}\`: did you mean \`${guess}\`?` : `\`::${node.name}\` has no attribute \`${name}\`; its attributes are ${known.join(", ")} (quote values that contain spaces)`
    );
  }
  const value = (name) => attributes[name] ?? "";
  for (const name of spec.required) {
    if (value(name).trim() === "") {
      report.at(
        "card-required",
        name in attributes ? at(name) : offset,
        `\`::${node.name}\` needs ${name}="\u2026"${name in attributes ? " (it is empty)" : ""}`
      );
    }
  }
  for (const name of known) {
    const v = value(name);
    if (!URL_ATTRIBUTES.has(name) || v === "") continue;
    const problem = urlProblem(v);
    if (problem) report.at("card-url", at(name), `${name}: ${problem}`);
  }
  if (node.name === "miniprogram" && value("appid") !== "" && !APPID.test(value("appid"))) {
    report.at(
      "card-appid",
      at("appid"),
      `appid "${value("appid")}" is not a mini program AppID: it is wx followed by 16 lower-case hex digits`
    );
  }
  const type = attributes.type ?? "h5";
  if (node.name === "news" && type !== "h5" && type !== "mp") {
    report.at(
      "news-type",
      at("type"),
      `type must be h5 (a web page) or mp (an official-account article); got "${type}"`
    );
  }
  if (report.diagnostics.length > before) return void 0;
  switch (node.name) {
    case "news":
      return {
        kind: "news",
        article: {
          title: value("title"),
          description: value("description"),
          url: value("url"),
          picurl: value("picurl"),
          type
        }
      };
    case "image":
      return { kind: "card", card: { image: { media_id: value("media_id"), url: value("url") } } };
    default:
      return {
        kind: "card",
        card: {
          miniprogrampage: {
            title: value("title"),
            appid: value("appid"),
            pagepath: value("pagepath"),
            thumb_media_id: value("thumb_media_id"),
            thumb_url: value("thumb_url")
          }
        }
      };
  }
}
function attributeOffset(raw, name) {
  const brace = raw.indexOf("{");
  if (brace === -1) return 0;
  const shortcut = name === "id" ? "#" : name === "class" ? "." : void 0;
  for (let i = brace; i < raw.length - 1; i++) {
    if (raw[i] !== "{" && !/\s/.test(raw[i])) continue;
    const at = i + 1;
    if (shortcut !== void 0 && raw[at] === shortcut) return at;
    if (raw.startsWith(name, at) && /[\s=}]/.test(raw[at + name.length] ?? "")) return at;
  }
  return 0;
}

// src/content/characters.ts
var MAX_CHARACTER_DIAGNOSTICS = 20;
function consequence(codePoint) {
  return codePoint === 13 ? "would not arrive as written: XML turns it into a line break" : "cannot be sent: XML cannot carry it, so the platform would reject the whole request";
}
function reportLiteralCharacters(text, report) {
  const found = xmlUnsafeCharacters(text);
  found.slice(0, MAX_CHARACTER_DIAGNOSTICS).forEach(({ index, codePoint }) => {
    report.at(
      "xml-char",
      index,
      `${describeCharacter(codePoint)} ${consequence(codePoint)}: delete it (most editors do not show it)`
    );
  });
  if (found.length > MAX_CHARACTER_DIAGNOSTICS) {
    report.at(
      "xml-char",
      found[MAX_CHARACTER_DIAGNOSTICS].index,
      `${found.length - MAX_CHARACTER_DIAGNOSTICS} more characters like these in this file (from here on): delete them; is this a text file?`
    );
  }
  return found.map((f) => f.index);
}
function reportFrontMatterValue(text, value, what, literalInFrontMatter, report) {
  const unsafe = xmlUnsafeCharacters(value.text);
  if (unsafe.length === 0) return;
  if (text[value.offset] === '"') {
    const escapes = unsafeEscapes(text, value.offset);
    for (const e of escapes) {
      report.at(
        "xml-char",
        e.offset,
        `${what} holds ${describeCharacter(e.codePoint)}, written as \`${e.source}\`, which ${consequence(e.codePoint)}: remove the escape`
      );
    }
    if (escapes.length > 0) return;
  }
  if (literalInFrontMatter) return;
  const first = unsafe[0].codePoint;
  report.at(
    "xml-char",
    value.offset,
    `${what} holds ${describeCharacter(first)}, which ${consequence(first)}: remove it`
  );
}
var SINGLE_ESCAPES = {
  "0": 0,
  a: 7,
  b: 8,
  v: 11,
  f: 12,
  r: 13,
  e: 27
};
function unsafeEscapes(text, start) {
  const escapes = [];
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
    if (single !== void 0) escapes.push({ offset: i, source: `\\${letter}`, codePoint: single });
    i++;
  }
  return escapes.filter((e, k) => {
    if (isSurrogate(e.codePoint)) {
      const pair = (a, b) => a !== void 0 && b !== void 0 && a.offset + a.source.length === b.offset && a.codePoint >= 55296 && a.codePoint <= 56319 && b.codePoint >= 56320 && b.codePoint <= 57343;
      return !pair(e, escapes[k + 1]) && !pair(escapes[k - 1], e);
    }
    return unsafeCodePoint(e.codePoint);
  });
}
function isSurrogate(codePoint) {
  return codePoint >= 55296 && codePoint <= 57343;
}
function unsafeCodePoint(codePoint) {
  return codePoint <= 65535 && xmlUnsafeCharacters(String.fromCharCode(codePoint)).length > 0;
}
var NUMERIC_REFERENCE = /&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/g;
function reportCharacterReferences(value, raw, offset, report) {
  if (xmlUnsafeCharacters(value).length === 0 || !raw.includes("&#")) return;
  for (const match of raw.matchAll(NUMERIC_REFERENCE)) {
    if (escapedAt(raw, match.index)) continue;
    const codePoint = Number.parseInt(match[1] ?? match[2], match[1] ? 16 : 10);
    if (!unsafeCodePoint(codePoint) || !value.includes(String.fromCharCode(codePoint))) continue;
    report.at(
      "xml-char",
      offset + match.index,
      `${describeCharacter(codePoint)}, written as \`${match[0]}\`, ${consequence(codePoint)}: remove it`
    );
  }
}
function escapedAt(raw, index) {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && raw[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}
function firstUnsafeCharacter(texts) {
  for (const text of texts) {
    const found = xmlUnsafeCharacters(text);
    if (found.length > 0) return found[0].codePoint;
  }
  return void 0;
}

// src/content/markup.ts
function markupInText(text) {
  if (!text.includes("<") && !text.includes("&")) return [];
  return [...text.matchAll(MARKUP)].map((m) => ({
    index: m.index,
    text: m[0],
    kind: m[0][0] === "<" ? "tag" : "reference"
  }));
}
var MARKUP = /<\/?[A-Za-z][A-Za-z0-9-]*|&(?:[A-Za-z][A-Za-z0-9]*;|#[0-9]+;?|#[xX][0-9A-Fa-f]+;?)/g;
function message(match) {
  return match.kind === "tag" ? `\`${match.text}\` would reach the chat as an HTML tag, not as text (the platform reads answers as markup, and faqops cannot send a literal tag safely): reword it, for example with a space after "<" or the full-width "\uFF1C"; write links as [text](https://\u2026)` : `\`${match.text}\` would reach the chat as an HTML character reference, not as text (the platform may show the character it names instead): reword it, for example with a space after "&"`;
}
function reportMarkup(value, raw, offset, report) {
  for (const match of markupInText(value)) {
    report.at("text-markup", offset + (sourceIndex(raw, value, match.index) ?? 0), message(match));
  }
}
function markupAcross(before, after) {
  if (before === "" || after === "") return [];
  const tail = before.slice(-64);
  if (!tail.includes("<") && !tail.includes("&")) return [];
  const own = new Set(markupInText(tail).map((m) => m.index));
  return markupInText(tail + after.slice(0, 64)).filter(
    (m) => m.index < tail.length && m.index + m.text.length > tail.length && !own.has(m.index)
  );
}
function reportMarkupAcross(before, after, offset, report) {
  for (const match of markupAcross(before, after)) {
    report.at("text-markup", offset, message(match));
  }
}
function sourceIndex(raw, value, index) {
  const verbatim = raw.indexOf(value);
  if (verbatim !== -1) return verbatim + index;
  let i = 0;
  let j = 0;
  while (i < raw.length && j <= index) {
    const step = sourceStep(raw, i, value, j);
    if (!step) {
      i++;
      continue;
    }
    if (j + step.units > index) return i;
    i += step.length;
    j += step.units;
  }
  return void 0;
}
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
var REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/y;
var AMPERSAND_REFERENCE = /^&(?:amp|AMP|#0*38|#[xX]0*26);$/;
function sourceStep(raw, i, value, j) {
  const c = value[j];
  if (c === void 0) return void 0;
  if (raw[i] === "\\" && raw[i + 1] === c && ASCII_PUNCTUATION.test(c)) {
    return { length: 2, units: 1 };
  }
  if (raw[i] === "&") {
    REFERENCE.lastIndex = i;
    const reference = REFERENCE.exec(raw)?.[0];
    if (reference && (c !== "&" || AMPERSAND_REFERENCE.test(reference))) {
      return { length: reference.length, units: value.codePointAt(j) > 65535 ? 2 : 1 };
    }
  }
  if (raw[i] === c || raw[i] === "\n" && c === " ") return { length: 1, units: 1 };
  return void 0;
}

// src/content/body.ts
var MAX_NEWS_ARTICLES = 8;
function compileBody(text, bodyStart, report) {
  const markdown = text.slice(bodyStart);
  const bounds = answerBounds(markdown);
  for (const p of bounds) report.at(p.ruleId, bodyStart + p.offset, p.message);
  if (bounds.length > 0) return { messages: [], asks: [] };
  const tree = parseMarkdown(markdown);
  const compiler = new BodyCompiler(text, bodyStart, report, tree);
  return { messages: compiler.messages(tree), asks: compiler.asks };
}
var ASK_ATTRIBUTES = ["q", "id"];
var TABLE_DELIMITER = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?\|?\s*$|^\s*\|?\s*:?-+:?\s*\|\s*$/;
var BodyCompiler = class {
  constructor(text, base, report, tree) {
    this.text = text;
    this.base = base;
    this.report = report;
    this.collectDefinitions(tree.children);
  }
  text;
  base;
  report;
  asks = [];
  definitions = /* @__PURE__ */ new Map();
  /** The top level: text blocks gather into text messages until a thematic break or a card. */
  messages(root) {
    const out = [];
    let blocks = [];
    let news;
    const flush = () => {
      const text = blocks.join("\n\n").trim();
      if (text !== "") out.push(text);
      blocks = [];
    };
    for (const node of root.children) {
      if (node.type === "leafDirective") {
        const compiled = compileCard(node, this.raw(node), this.offset(node), this.report);
        this.checkAttributes(node, ["title", "description"]);
        if (node.name === "news" && news) {
          news.count++;
          if (news.count === MAX_NEWS_ARTICLES + 1) {
            this.report.at(
              "news-too-many",
              this.offset(node),
              `one news message holds at most ${MAX_NEWS_ARTICLES} articles: put a \`---\` line before this one to start another message`
            );
          }
          if (compiled?.kind === "news") news.card.news.articles.push(compiled.article);
          continue;
        }
        flush();
        news = void 0;
        if (compiled?.kind === "news") {
          news = { card: { news: { articles: [compiled.article] } }, count: 1 };
          out.push(news.card);
        } else if (compiled?.kind === "card") {
          out.push(compiled.card);
        } else if (node.name === "news") {
          news = { card: { news: { articles: [] } }, count: 1 };
        }
        continue;
      }
      news = void 0;
      if (node.type === "thematicBreak") {
        flush();
        continue;
      }
      const text = this.block(node, 0);
      if (text !== "") blocks.push(text);
    }
    flush();
    return out;
  }
  /** One block's chat text; `depth` is the list nesting level, for indentation. */
  block(node, depth) {
    switch (node.type) {
      case "paragraph":
        this.checkParagraph(node);
        return this.inline(node.children, "text");
      case "heading":
        return this.inline(node.children, "text");
      case "blockquote":
        return this.blocks(node.children, depth);
      case "list":
        return this.list(node, depth).join("\n");
      case "code":
        return this.literal(node, node.value, "text");
      case "html":
        this.unsupported(
          node,
          "raw HTML is not sent to the chat: write plain text, and links as [text](https://\u2026)"
        );
        return "";
      case "leafDirective":
        this.report.at(
          "card-nested",
          this.offset(node),
          `a card must stand on its own line at the top level, not inside a list or a quote: move \`::${node.name}\` out`
        );
        return "";
      case "containerDirective":
        this.report.at(
          "container-directive",
          this.offset(node),
          `\`:::${node.name}\` blocks are not supported: write plain Markdown, and cards as one \`::name{\u2026}\` line`
        );
        return "";
      default:
        return "";
    }
  }
  /** Blocks of a container, separated by one blank line. */
  blocks(nodes, depth) {
    return nodes.map((n) => this.block(n, depth)).filter((t) => t !== "").join("\n\n");
  }
  /**
   * A list as lines: `• ` or `N. ` per item; nested lists, and an item's further lines, are
   * indented two spaces per level. Items never get blank lines between them.
   */
  list(list, depth) {
    const indent = "  ".repeat(depth);
    const lines = [];
    let number = list.start ?? 1;
    for (const item of list.children) {
      const marker = list.ordered ? `${number++}. ` : "\u2022 ";
      let first = true;
      for (const child of item.children) {
        if (child.type === "list") {
          if (first) lines.push(`${indent}${marker}`.trimEnd());
          first = false;
          lines.push(...this.list(child, depth + 1));
          continue;
        }
        if (child.type === "paragraph") this.checkItemIndent(child);
        const text = this.block(child, depth + 1);
        if (text === "") continue;
        for (const line of text.split("\n")) {
          if (first) lines.push(`${indent}${marker}${line}`);
          else lines.push(line === "" ? "" : `${indent}  ${line}`);
          first = false;
        }
      }
      if (first) lines.push(`${indent}${marker}`.trimEnd());
    }
    return lines;
  }
  /** A list item's line indented with U+3000 before a marker: meant as a nested item (typing.ts). */
  checkItemIndent(paragraph) {
    const problem = ideographicIndentedItem(this.raw(paragraph));
    if (problem) {
      this.report.at(
        "unsupported-markdown",
        this.offset(paragraph) + problem.offset,
        problem.message
      );
    }
  }
  /** Inline content as chat text: markers dropped, links and `:ask` as `<a href>`. */
  inline(nodes, context) {
    let out = "";
    let previousAsk;
    for (const node of nodes) {
      if (node.type === "text" && previousAsk) {
        const next = this.raw(node)[0];
        const curly = next === "{" ? curlyQuotedAttribute(this.raw(node)) : void 0;
        if (curly) {
          this.report.at("ask-syntax", this.offset(node) + curly.offset, curly.message);
        } else if (next === "{" || next === "[" && previousAsk === "bare") {
          this.report.at(
            "ask-syntax",
            this.offset(node),
            next === "{" ? 'cannot read the {\u2026} after this `:ask`: write attributes as {q="\u95EE\u9898" id="\u83DC\u5355 id"}, with straight double quotes' : "cannot read this `:ask` label: close the `[` on the same line, as in `:ask[\u95EE\u9898]`"
          );
        }
      }
      previousAsk = node.type === "textDirective" && node.name === "ask" ? this.raw(node) === ":ask" ? "bare" : "full" : void 0;
      const piece = this.phrasing(node, context);
      if (context !== "ask") reportMarkupAcross(out, piece, this.offset(node), this.report);
      out += piece;
    }
    return out;
  }
  phrasing(node, context) {
    switch (node.type) {
      case "text":
        this.checkText(node);
        return this.literal(node, node.value, context);
      case "emphasis":
      case "strong":
      case "delete":
        return this.inline(node.children, context);
      case "inlineCode":
        return this.literal(node, node.value, context);
      case "break":
        return "\n";
      case "link":
        return this.link(node, node.url, node.children, context, true);
      case "linkReference": {
        if (node.identifier.startsWith("^")) {
          this.unsupported(node, "footnotes are not supported: write the note in the text");
          return "";
        }
        const definition = this.definitions.get(node.identifier);
        return this.link(node, definition?.url ?? "", node.children, context, false);
      }
      case "image":
      case "imageReference":
        this.unsupported(
          node,
          'images cannot be inside text: put a card on its own line, `::image{media_id="\u2026"}`'
        );
        return "";
      case "html":
        this.unsupported(
          node,
          "raw HTML is not sent to the chat: write plain text, and links as [text](https://\u2026)"
        );
        return "";
      case "textDirective": {
        const raw = this.raw(node);
        return node.name === "ask" && raw !== ":ask" ? this.ask(node, context) : this.literal(node, raw, context);
      }
      default:
        return "";
    }
  }
  link(node, url, children, context, checkUrl) {
    if (context === "ask") {
      this.report.at("ask-text", this.offset(node), "an `:ask` label cannot contain a link");
      return this.inline(children, context);
    }
    const problem = checkUrl ? urlProblem(url) : void 0;
    if (problem) this.report.at("link-url", this.offset(node), `link ${problem}`);
    const label = this.inline(children, "link");
    return `<a href="${url}">${label.trim() === "" ? url : label}</a>`;
  }
  /** `:ask[label]{q="…" id="…"}` → a tappable recommended question. */
  ask(node, context) {
    const offset = this.offset(node);
    if (context !== "text") {
      this.report.at("ask-text", offset, "an `:ask` cannot be inside a link or another `:ask`");
      return "";
    }
    const curly = curlyQuotedAttribute(this.raw(node));
    if (curly) {
      this.report.at("ask-syntax", offset + curly.offset, curly.message);
      return "";
    }
    this.checkAttributes(node, []);
    const attributes = node.attributes ?? {};
    for (const name of Object.keys(attributes)) {
      if (ASK_ATTRIBUTES.includes(name)) continue;
      this.report.at(
        "ask-attribute",
        offset,
        `\`:ask\` has no attribute \`${name}\`: it takes q="\u95EE\u9898" and id="\u83DC\u5355 id" (quote values that contain spaces)`
      );
    }
    const label = this.inline(node.children, "ask").trim();
    const q = attributes.q ?? void 0;
    const id = attributes.id ?? void 0;
    const before = this.report.diagnostics.length;
    if (label === "") {
      this.report.at(
        "ask-text",
        offset,
        "`:ask` needs a label, the text the user taps: `:ask[\u4E0A\u6D77\u4ECA\u5929\u591A\u5C11\u5EA6]`"
      );
    }
    for (const [what, value] of [
      ["label", label],
      ["q", q],
      ["id", id]
    ]) {
      if (value === void 0 || what === "label" && value === "") continue;
      if (value.trim() === "") {
        this.report.at(
          "ask-text",
          offset,
          `the \`:ask\` ${what} is empty: remove it or fill it in`
        );
      } else if (/["<>&]/.test(value)) {
        this.report.at(
          "ask-text",
          offset,
          `the \`:ask\` ${what} may not contain ", <, > or &, which would break the link ("${value}")`
        );
      } else if (value.includes("\n")) {
        this.report.at("ask-text", offset, `the \`:ask\` ${what} must be on one line`);
      }
    }
    if (this.report.diagnostics.length > before) return "";
    const question = (q ?? label).trim();
    const menuId = (id ?? question).trim();
    this.asks.push({ text: question, offset });
    return `<a href="weixin://bizmsgmenu?msgmenucontent=${question}&msgmenuid=${menuId}">${label}</a>`;
  }
  /**
   * Text as it will be sent (`value`, from `node`): checked for markup the format did not write
   * (markup.ts; an `:ask` label has its own stricter rule) and, where Markdown decoded
   * character references, for characters XML cannot carry (characters.ts).
   */
  literal(node, value, context) {
    const raw = this.raw(node);
    if (node.type === "text") reportCharacterReferences(value, raw, this.offset(node), this.report);
    if (context !== "ask") reportMarkup(value, raw, this.offset(node), this.report);
    return value;
  }
  /** A directive's attribute values: characters XML cannot carry; markup in the `text` ones. */
  checkAttributes(node, text) {
    const raw = this.raw(node);
    const attributes = node.attributes ?? {};
    const values = Object.values(attributes).join("\n");
    reportCharacterReferences(values, raw, this.offset(node), this.report);
    for (const name of text) {
      const value = attributes[name];
      if (!value) continue;
      const at = new RegExp(`[{\\s]${name}=["']?`).exec(raw);
      const start = at ? at.index + at[0].length : 0;
      reportMarkup(value, raw.slice(start), this.offset(node) + start, this.report);
    }
  }
  /**
   * A `:ask` the directive syntax could not read (an unclosed `[`, say) is left as text by the
   * parser; it must not reach users as literal markup. A backslash (`\:ask`) keeps it as text.
   */
  checkText(node) {
    const match = /(^|[^\\]):ask[[{]/.exec(this.raw(node));
    if (match) {
      this.report.at(
        "ask-syntax",
        this.offset(node) + match.index + match[1].length,
        'cannot read this `:ask`: write `:ask[label]` or `:ask[label]{q="\u95EE\u9898"}`, with the brackets closed on the same line (write `\\:ask` for the literal text)'
      );
    }
    this.checkBrokenLinks(node);
  }
  /**
   * `[label](https://a.example/a b)` is not a link in Markdown (a space ends the address), so
   * the parser leaves it as text, which would reach users as literal brackets. The format calls
   * white space in a link's address a `link-url` error; `\]` keeps it as text on purpose.
   */
  checkBrokenLinks(node) {
    const raw = this.raw(node);
    for (const match of raw.matchAll(/(^|[^\\])\]\(([^()\n]*)\)/g)) {
      const url = match[2].trim();
      if (!/\s/.test(url) || !/^(?:[A-Za-z][\w+.-]*:|www\.)/.test(url)) continue;
      const close = match.index + match[1].length;
      const open = raw.lastIndexOf("[", close);
      this.report.at(
        "link-url",
        this.offset(node) + (open === -1 ? close : open),
        `link ${urlProblem(url)}`
      );
    }
  }
  /** Paragraphs that are really a broken card line, or a table, which plain Markdown misreads. */
  checkParagraph(node) {
    const raw = this.raw(node);
    const card = /^::([A-Za-z][\w-]*)([[{])?/.exec(raw);
    if (card && (card[2] || card[1] in CARD_SPECS)) {
      const curly = curlyQuotedAttribute(raw);
      if (curly) {
        this.report.at("card-syntax", this.offset(node) + curly.offset, curly.message);
      } else {
        this.report.at(
          "card-syntax",
          this.offset(node),
          `this line starts like a card but cannot be read as one: write \`::${card[1]}{name="value" \u2026}\` alone on one line, with straight double quotes around values that contain spaces`
        );
      }
    }
    const lines = raw.split("\n");
    if (lines.length >= 2 && lines[0].includes("|") && TABLE_DELIMITER.test(lines[1])) {
      this.unsupported(node, "tables are not supported in chat: write one line per row, or a list");
    }
  }
  collectDefinitions(nodes) {
    for (const node of nodes) {
      if (node.type === "definition") {
        if (node.identifier.startsWith("^")) {
          this.unsupported(node, "footnotes are not supported: write the note in the text");
        } else if (!this.definitions.has(node.identifier)) {
          this.definitions.set(node.identifier, node);
          const problem = urlProblem(node.url);
          if (problem) this.report.at("link-url", this.offset(node), `link ${problem}`);
        }
      } else if ("children" in node) {
        this.collectDefinitions(node.children);
      }
    }
  }
  unsupported(node, message2) {
    this.report.at("unsupported-markdown", this.offset(node), message2);
  }
  /** Offset of a node in the whole file. */
  offset(node) {
    return this.base + (node.position?.start.offset ?? 0);
  }
  /** A node's source text, exactly as written. */
  raw(node) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    return this.text.slice(this.base + start, this.base + end);
  }
};

// src/content/decode.ts
function decodeUtf8(bytes) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const position = badBytePosition(bytes);
    const gb18030 = gb18030Line(bytes, position.line);
    return { ok: false, ...position, ...gb18030 !== void 0 && { gb18030 } };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}
function badBytePosition(bytes) {
  const offset = firstBadByte(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.replace(/\r$/, "").length + 1 };
}
function firstBadByte(bytes) {
  const accepts = (n, stream) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (accepts(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  if (accepts(lo, false)) return lo;
  let start = lo - 1;
  while (start > 0 && (bytes[start] & 192) === 128) start--;
  return start;
}
var CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;
var SAMPLE_CHARACTERS = 30;
function gb18030Line(bytes, line) {
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  let text;
  try {
    text = new TextDecoder("gb18030", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return void 0;
  }
  const nonAscii = text.match(new RegExp("\\P{ASCII}", "gu"))?.length ?? 0;
  const chinese = text.match(CHINESE)?.length ?? 0;
  if (!/[\u4e00-\u9fff]{2}/.test(text) || chinese * 2 < nonAscii) return void 0;
  const characters = [...(text.split("\n")[line - 1] ?? "").replace(/\r$/, "").trim()];
  const sample = characters.slice(0, SAMPLE_CHARACTERS).join("");
  return characters.length > SAMPLE_CHARACTERS ? `${sample}\u2026` : sample;
}

// src/content/positions.ts
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      const at = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - starts[lo] + 1 };
    }
  };
}

// src/content/compile.ts
function compileFile(input) {
  const { source, path } = input;
  const decoded = decodeUtf8(input.bytes);
  if (!decoded.ok) {
    return {
      source,
      path,
      diagnostics: [
        diagnostic(
          "invalid-utf8",
          path,
          decoded,
          decoded.gb18030 === void 0 ? "the file is not valid UTF-8: save it as UTF-8 in your editor" : `the file is not valid UTF-8 but reads as GBK (GB18030), as Chinese editions of Windows save text (this line reads "${decoded.gb18030}"): save it as UTF-8; in VS Code, click the encoding in the status bar, "Reopen with Encoding" \u2192 "Simplified Chinese (GBK)", then "Save with Encoding" \u2192 "UTF-8"; in Notepad, File \u2192 Save As \u2192 Encoding: UTF-8`
        )
      ],
      keys: { questions: [], draft: false, asks: [] }
    };
  }
  const text = decoded.text;
  const lines = lineIndex(text);
  const report = new Reporter(path, lines);
  const literal = reportLiteralCharacters(text, report);
  const split = splitFrontMatter(text, report);
  const front = split && readFrontMatter(text, split, report);
  const skill = front?.readable ? resolveSkill(front, source, report) : void 0;
  if (split && front) {
    const literalInFrontMatter = literal.some((o) => o >= split.yamlStart && o < split.yamlEnd);
    const check = (value, what) => {
      if (value) reportFrontMatterValue(text, value, what, literalInFrontMatter, report);
    };
    check(front.title, "the title");
    check(front.skill, "the skill");
    for (const q of front.questions) check(q, `the similar question "${q.text}"`);
    checkFrontMatterLimits(front, report);
  }
  if (skill?.fromFolder) {
    const unsafe = firstUnsafeCharacter([skill.located.text]);
    if (unsafe !== void 0) {
      report.at(
        "xml-char",
        0,
        `the folder name used as the skill holds ${describeCharacter(unsafe)}, which XML cannot carry: rename the folder`
      );
    }
  }
  let messages = [];
  let asks = [];
  if (split) {
    const before = report.diagnostics.length;
    ({ messages, asks } = compileBody(text, split.bodyStart, report));
    if (messages.length === 0 && report.diagnostics.length === before) {
      report.at(
        "answer-empty",
        split.yamlEnd,
        "the entry has no answer: write it below the front matter's closing `---`"
      );
    }
  }
  const ref = (l) => ({ text: l.text, ...lines.position(l.offset) });
  const keys = {
    ...skill && { skill: { ...ref(skill.located), fromFolder: skill.fromFolder } },
    ...front?.title && { title: ref(front.title) },
    questions: (front?.questions ?? []).map(ref),
    ...front?.id && { id: ref(front.id) },
    draft: front?.draft ?? false,
    asks: asks.map(ref),
    ...front?.targets && { targets: front.targets.map(ref) }
  };
  if (split && messages.length > 0) checkAnswerSize(messages, split.bodyStart, report);
  if (front?.title && skill && !report.diagnostics.some((d) => d.ruleId === "xml-char")) {
    checkCompiledCharacters(skill.located.text, front, messages, report);
  }
  const result = { source, path, diagnostics: report.diagnostics, keys };
  if (report.hasErrors() || !front?.title || !skill) return result;
  const entry = compiledEntry({
    source,
    path,
    skill: skill.located.text,
    title: front.title.text,
    questions: front.questions.map((q) => q.text),
    ...front.id && { id: front.id.text },
    draft: front.draft,
    threshold: front.threshold,
    messages
  });
  return { ...result, entry };
}
function resolveSkill(front, source, report) {
  if (front.skill) return { located: front.skill, fromFolder: false };
  if (front.skillInvalid) return void 0;
  const slash = source.indexOf("/");
  if (slash === -1) {
    report.at(
      "skill-missing",
      0,
      "this entry is directly in the content folder, so it has no skill: move it into a skill folder or add `skill: <name>`"
    );
    return void 0;
  }
  const folder = cleanText(source.slice(0, slash));
  const length = characterCount(folder);
  if (length < 1 || length > LIMITS.skillCharacters) {
    report.at(
      "skill-length",
      0,
      `the folder name "${folder}" is used as the skill but is ${length} characters long (the platform allows 1 to ${LIMITS.skillCharacters}): rename the folder or add \`skill: <name>\``
    );
    return void 0;
  }
  return { located: { text: folder, offset: 0 }, fromFolder: true };
}
function checkFrontMatterLimits(front, report) {
  const over = (text, limit) => {
    const length = text.length > limit ? characterCount(text) : 0;
    return length > limit ? length : void 0;
  };
  const title = front.title;
  const titleLength = title && over(title.text, LIMITS.titleCharacters);
  if (title && titleLength) {
    report.at(
      "title-length",
      title.offset,
      `the title is ${titleLength} characters long; keep it to ${LIMITS.titleCharacters} or fewer: it is the question users ask, so put the explanation in the answer`
    );
  }
  front.questions.forEach((q, index) => {
    const length = over(q.text, LIMITS.questionCharacters);
    if (length) {
      report.at(
        "question-length",
        q.offset,
        `this similar question is ${length} characters long; keep it to ${LIMITS.questionCharacters} or fewer, as a user would ask it`
      );
    }
    if (index === LIMITS.questionCount) {
      report.at(
        "question-count",
        q.offset,
        `the entry has ${front.questions.length} similar questions, more than ${LIMITS.questionCount} (this is the first past that): keep the ones that differ most, or split the entry`
      );
    }
  });
}
function checkAnswerSize(messages, bodyStart, report) {
  let units = 0;
  messages.forEach((message2, index) => {
    if (typeof message2 !== "string") {
      units += JSON.stringify(message2).length;
      return;
    }
    units += message2.length;
    if (message2.length * 3 <= LIMITS.textMessageBytes) return;
    const bytes2 = Buffer.byteLength(message2, "utf8");
    if (bytes2 <= LIMITS.textMessageBytes) return;
    const which = messages.length === 1 ? "the answer" : `text message ${index + 1} of the answer`;
    report.at(
      "answer-size",
      bodyStart,
      `${which} is ${bytes2} bytes; a WeChat text message holds ${LIMITS.textMessageBytes} (about ${Math.floor(LIMITS.textMessageBytes / 3)} Chinese characters), so users may get it cut off or not at all: shorten it, or split it with a \`---\` line`
    );
  });
  if (units * 6 + 32 * messages.length <= LIMITS.answerBytes) return;
  const bytes = Buffer.byteLength(answerContent(messages), "utf8");
  if (bytes > LIMITS.answerBytes) {
    report.at(
      "answer-size",
      bodyStart,
      `the answer's content is ${bytes} bytes, more than ${LIMITS.answerBytes}: far more than a chat answer needs, and more than the platform may take; shorten it, or link to a page`
    );
  }
}
function checkCompiledCharacters(skill, front, messages, report) {
  const unsafe = firstUnsafeCharacter([
    skill,
    front.title?.text ?? "",
    ...front.questions.map((q) => q.text),
    ...messages.flatMap((m) => typeof m === "string" ? [m] : cardValues(m))
  ]);
  if (unsafe === void 0) return;
  report.at(
    "xml-char",
    0,
    `this entry holds ${describeCharacter(unsafe)}, which XML cannot carry, written in a way faqops cannot point at: find it and remove it`
  );
}
function cardValues(value) {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(cardValues);
  return [];
}

export {
  compileFile
};
