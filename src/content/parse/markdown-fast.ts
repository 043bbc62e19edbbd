/**
 * A fast path for the Markdown that FAQ answers are written in: a hand-written scanner for a
 * small, common subset of CommonMark plus directives: on the benchmark's answers, 0.1 s for
 * 10,000 bodies where remark takes 2.3 s.
 *
 * The contract is strict: the result is either `undefined` ("not sure") or exactly the tree
 * remark-parse + remark-directive would build, positions included. Anything whose CommonMark
 * meaning depends on rules this scanner does not implement (`_`, raw HTML, tabs, indented
 * code, lazy continuation lines, setext headings, blank lines inside list items, images,
 * reference links, …) makes it give up, and the caller falls back to remark.
 * test/content/parse/markdown-fast.test.ts checks the contract against remark on real,
 * generated and fuzzed bodies.
 */
import { decodeNamedCharacterReference } from "decode-named-character-reference";
import type {
  BlockContent,
  Blockquote,
  Code,
  Heading,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  ThematicBreak,
} from "mdast";
import type { LeafDirective, TextDirective } from "mdast-util-directive";
import { decodeNumericCharacterReference } from "micromark-util-decode-numeric-character-reference";

/** A place in the document, as mdast positions hold it (unist's Point). */
type Point = NonNullable<Root["position"]>["start"];

/** Parses `text` like remark (CommonMark + directives) would, or returns undefined when unsure. */
export function parseMarkdownFast(text: string): Root | undefined {
  if (UNSURE_ANYWHERE.test(text)) return undefined;
  try {
    const lines = splitLines(text);
    const last = lines[lines.length - 1]!;
    return {
      type: "root",
      children: parseBlocks(lines),
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: last.line, column: last.column + last.text.length, offset: text.length },
      },
    };
  } catch (error) {
    if (error === NOT_SURE) return undefined;
    throw error;
  }
}

/**
 * Whatever anywhere in the text makes the fast path give up at once: tabs (micromark expands
 * them to virtual spaces), carriage returns and NUL (the decoder removes CR; remark rewrites
 * NUL). Backslash escapes and character references are read in text (`inline`), and declined
 * where remark reads them otherwise.
 */
const UNSURE_ANYWHERE = /[\t\r\0]/;

/** What may be a character reference (`&amp;`, `&#1;`; a bare `&` is literal): see `reference`. */
const MAYBE_REFERENCE = /&(?:#|[A-Za-z0-9]+;)/;

/** A blank line: empty, or nothing but spaces. */
const isBlank = (text: string): boolean => text === "" || /^ +$/.test(text);

/** Thrown to give up from deep inside the scanner; caught only by parseMarkdownFast. */
const NOT_SURE = new Error("not sure: leave this text to remark");

function notSure(): never {
  throw NOT_SURE;
}

// ---------------------------------------------------------------------------------------------
// Lines and positions

/**
 * One line as a block sees it: its text without the markers of the containers it is in (`> `,
 * a list item's indent), and where that text starts in the document.
 */
interface Line {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let line = 1;
  for (;;) {
    const end = text.indexOf("\n", start);
    if (end === -1) break;
    lines.push({ text: text.slice(start, end), line, column: 1, offset: start });
    start = end + 1;
    line++;
  }
  lines.push({ text: text.slice(start), line, column: 1, offset: start });
  return lines;
}

/** The part of a line from `width` characters in: a container's content. */
function dropPrefix(line: Line, width: number): Line {
  return {
    text: line.text.slice(width),
    line: line.line,
    column: line.column + width,
    offset: line.offset + width,
  };
}

function pointIn(line: Line, index: number): Point {
  return { line: line.line, column: line.column + index, offset: line.offset + index };
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** What a line starts, as far as the fast path knows; unsure shapes have already given up. */
type LineKind =
  | { readonly kind: "blank" | "paragraph" | "fence" | "heading" | "quote" | "break" | "leaf" }
  | { readonly kind: "item"; readonly marker: ListMarker };

/** A list item's marker: `-`, `*`, or a number and `.`; `width` includes the one space after. */
interface ListMarker {
  readonly bullet: string;
  readonly start: number | null;
  readonly width: number;
}

const BLANK: LineKind = { kind: "blank" };
const PARAGRAPH: LineKind = { kind: "paragraph" };
const FENCE: LineKind = { kind: "fence" };
const HEADING: LineKind = { kind: "heading" };
const QUOTE: LineKind = { kind: "quote" };
const BREAK: LineKind = { kind: "break" };
const LEAF: LineKind = { kind: "leaf" };

/** Three or more of one of `-*_`, spaces allowed between: a thematic break (or a setext underline). */
const THEMATIC = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
const BULLET_ITEM = /^[-*] [^ ]/;
const ORDERED_ITEM = /^(\d{1,9})\. [^ ]/;
/** List markers the fast path does not handle: `+`, `1)`, and items with no text on their line. */
const OTHER_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?: |$)/;

/** Classifies a line of a container's content; gives up on any shape it is not sure of. */
function lineKind(text: string): LineKind {
  if (isBlank(text)) return BLANK;
  const first = text.charCodeAt(0);
  // Indentation means indented code, a lazy or nested line, … depending on context.
  if (first === SPACE) notSure();
  switch (text[0]) {
    case "`":
      if (text.startsWith("```")) return FENCE;
      break;
    case "~":
      if (text.startsWith("~~~")) notSure();
      break;
    case "#":
      if (/^#{1,6} [^ ]/.test(text)) return HEADING;
      // `#` alone, `#######`: empty headings and the limits of the heading rule.
      if (/^#+(?: |$)/.test(text)) notSure();
      break;
    case ">":
      if (/^> [^ ]/.test(text)) return QUOTE;
      notSure();
      break;
    case "<":
      // An autolink may start a paragraph; anything else may be an HTML block.
      if (!/^<https?:\/\//.test(text)) notSure();
      break;
    case ":":
      if (text.startsWith("::")) return LEAF;
      break;
    case "=":
      if (/^=+ *$/.test(text)) notSure(); // a setext underline after a paragraph
      break;
    case "-":
    case "*":
    case "_":
      if (text === "---" || text === "***" || text === "___") return BREAK;
      // Other breaks (`- - -`, `****`) and setext underlines (`-`, `--`) are left to remark.
      if (THEMATIC.test(text) || /^-+ *$/.test(text)) notSure();
      if (BULLET_ITEM.test(text)) {
        return { kind: "item", marker: { bullet: text[0]!, start: null, width: 2 } };
      }
      break;
  }
  if (first >= DIGIT_0 && first <= DIGIT_9) {
    const ordered = ORDERED_ITEM.exec(text);
    if (ordered) {
      const marker = { bullet: ".", start: Number(ordered[1]), width: ordered[1]!.length + 2 };
      return { kind: "item", marker };
    }
  }
  if (OTHER_ITEM.test(text)) notSure();
  return PARAGRAPH;
}

/** The blocks of one container (the document, a quote, a list item). */
function parseBlocks(lines: readonly Line[]): RootContent[] {
  const blocks: RootContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const kind = lineKind(line.text);
    switch (kind.kind) {
      case "blank":
        i++;
        break;
      case "break":
        blocks.push(thematicBreak(line));
        i++;
        break;
      case "heading":
        blocks.push(heading(line));
        i++;
        break;
      case "leaf":
        blocks.push(leafDirective(line));
        i++;
        break;
      case "fence":
        i = fencedCode(lines, i, blocks);
        break;
      case "quote":
        i = blockquote(lines, i, blocks);
        break;
      case "item":
        i = list(lines, i, kind.marker, blocks);
        break;
      default:
        i = paragraph(lines, i, blocks);
    }
  }
  return blocks;
}

function thematicBreak(line: Line): ThematicBreak {
  return {
    type: "thematicBreak",
    position: { start: pointIn(line, 0), end: pointIn(line, line.text.length) },
  };
}

/**
 * `## text`: one space after the marks, no closing `#`s (which remark would strip), and no
 * spaces at the end (which the heading's position would include).
 */
function heading(line: Line): Heading {
  const depth = line.text.indexOf(" ") as Heading["depth"];
  if (line.text.endsWith("#") || line.text.endsWith(" ")) notSure();
  const content = dropPrefix(line, depth + 1);
  return {
    type: "heading",
    depth,
    children: parseInline([content]),
    position: { start: pointIn(line, 0), end: pointIn(line, line.text.length) },
  };
}

/** `::name{…}` alone on its line, no label, attributes in the strict subset; else unsure. */
function leafDirective(line: Line): LeafDirective {
  const text = line.text;
  // remark-directive reads escapes and references in labels and attribute values.
  if (text.includes("\\") || MAYBE_REFERENCE.test(text)) notSure();
  const nameEnd = directiveNameEnd(text, 2);
  if (nameEnd === -1) notSure();
  let end = nameEnd;
  let attributes: Record<string, string> = {};
  if (text[end] === "{") {
    const read = readAttributes(text, end);
    if (!read) notSure();
    ({ attributes, end } = read);
  }
  if (end !== text.length) notSure();
  return {
    type: "leafDirective",
    name: text.slice(2, nameEnd),
    attributes,
    children: [],
    position: { start: pointIn(line, 0), end: pointIn(line, text.length) },
  };
}

/** A ``` fence with an optional one-word language, closed by a bare fence at least as long. */
function fencedCode(lines: readonly Line[], at: number, out: RootContent[]): number {
  const open = lines[at]!;
  const fence = /^(`{3,})([^`\s\\]*)$/.exec(open.text);
  // An info string with spaces (meta), a backtick, an escape or a reference.
  if (!fence || MAYBE_REFERENCE.test(fence[2]!)) notSure();
  const size = fence[1]!.length;
  for (let j = at + 1; j < lines.length; j++) {
    const close = lines[j]!;
    if (close.text.length < size || !/^`+$/.test(close.text)) continue;
    const code: Code = {
      type: "code",
      lang: fence[2] === "" ? null : fence[2]!,
      meta: null,
      value: lines
        .slice(at + 1, j)
        .map((l) => l.text)
        .join("\n"),
      position: { start: pointIn(open, 0), end: pointIn(close, close.text.length) },
    };
    out.push(code);
    return j + 1;
  }
  // Unclosed: the code runs to the end of its container, which the fast path does not track.
  return notSure();
}

/** `> ` lines up to a blank line; an empty `>` or a lazy line after the quote is left to remark. */
function blockquote(lines: readonly Line[], at: number, out: RootContent[]): number {
  const content: Line[] = [];
  let j = at;
  for (; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (isBlank(text)) break;
    if (!/^> [^ ]/.test(text)) notSure();
    content.push(dropPrefix(lines[j]!, 2));
  }
  const children = parseBlocks(content) as BlockContent[];
  const node: Blockquote = {
    type: "blockquote",
    children,
    position: { start: pointIn(lines[at]!, 0), end: endOf(children) },
  };
  out.push(node);
  return j;
}

/**
 * A list: items of one marker type, each item's further lines indented at least to its text
 * (further indentation is the item's own content's to read: a nested list's items and their
 * lines, at any depth; anything else indented is declined there). Blank lines may separate
 * items (the list is then `spread`); blank lines inside an item and lazy lines are left to
 * remark.
 */
function list(lines: readonly Line[], at: number, first: ListMarker, out: RootContent[]): number {
  const items: ListItem[] = [];
  let spread = false;
  let i = at;
  let after = at;
  let marker = first;
  for (;;) {
    const content = [dropPrefix(lines[i]!, marker.width)];
    const indent = " ".repeat(marker.width);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (!text.startsWith(indent) || isBlank(text)) break;
      content.push(dropPrefix(lines[j]!, marker.width));
    }
    const children = parseBlocks(content) as BlockContent[];
    items.push({
      type: "listItem",
      spread: false,
      checked: null,
      children,
      position: { start: pointIn(lines[i]!, 0), end: endOf(children) },
    });
    after = j;
    let k = j;
    while (k < lines.length && isBlank(lines[k]!.text)) k++;
    if (k === lines.length) break;
    const next = lines[k]!.text;
    // Indented after a blank line: more of this item, which makes the item spread.
    if (next.charCodeAt(0) === SPACE) notSure();
    const kind = lineKind(next);
    if (kind.kind === "item" && sameListType(kind.marker, first)) {
      if (k > j) spread = true;
      i = k;
      marker = kind.marker;
      continue;
    }
    // Right after an item, anything but another item of this list is a lazy continuation line
    // or subtler. After a blank line, anything else (another kind of list too) ends the list.
    if (k === j) notSure();
    break;
  }
  const node: List = {
    type: "list",
    ordered: first.start !== null,
    start: first.start,
    spread,
    children: items,
    position: { start: pointIn(lines[at]!, 0), end: endOf(items) },
  };
  out.push(node);
  return after;
}

function sameListType(a: ListMarker, b: ListMarker): boolean {
  return a.bullet === b.bullet;
}

/**
 * Lines of text up to a blank line or a block that interrupts a paragraph. Lines that would
 * continue it in subtler ways (a setext underline, `2.` which cannot interrupt, indentation)
 * are left to remark.
 */
function paragraph(lines: readonly Line[], at: number, out: RootContent[]): number {
  const first = lines[at]!;
  // `[label]: url` would be a definition; an inline link `[label](url)` may start a paragraph.
  if (first.text.startsWith("[") && !/^\[[^\]]*\]\(/.test(first.text)) notSure();
  let j = at + 1;
  for (; j < lines.length; j++) {
    const kind = lineKind(lines[j]!.text);
    if (kind.kind === "paragraph") continue;
    if (kind.kind === "break") notSure();
    if (kind.kind === "item" && kind.marker.start !== null && kind.marker.start !== 1) notSure();
    break;
  }
  const content = lines.slice(at, j);
  const last = content[content.length - 1]!;
  const node: Paragraph = {
    type: "paragraph",
    children: parseInline(content),
    position: { start: pointIn(first, 0), end: pointIn(last, last.text.length) },
  };
  out.push(node);
  return j;
}

function endOf(nodes: readonly { position?: { end: Point } | undefined }[]): Point {
  return { ...nodes[nodes.length - 1]!.position!.end };
}

// ---------------------------------------------------------------------------------------------
// Inline content

/**
 * A run of inline text: the lines joined with `\n` (as remark's text values are), with a map
 * back to document positions.
 */
class Span {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(private readonly lines: readonly Line[]) {
    let start = 0;
    for (const line of lines) {
      this.starts.push(start);
      start += line.text.length + 1;
    }
    this.text = lines.length === 1 ? lines[0]!.text : lines.map((l) => l.text).join("\n");
  }

  point(index: number): Point {
    // The last line starting at or before `index` (binary search: paragraphs can be long).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return pointIn(this.lines[lo]!, index - this.starts[lo]!);
  }

  position(start: number, end: number): { start: Point; end: Point } {
    return { start: this.point(start), end: this.point(end) };
  }

  /**
   * Where text ending at `end` ends. Text that ends with its line ending ends where micromark
   * puts the point after it: column 1 of the next line, before that line's `> ` or indent.
   */
  textPosition(start: number, end: number): { start: Point; end: Point } {
    if (this.text.charCodeAt(end - 1) !== NEWLINE) return this.position(start, end);
    const next = this.point(end);
    const lineStart = { line: next.line, column: 1, offset: next.offset! - next.column + 1 };
    return { start: this.point(start), end: lineStart };
  }
}

/** Where the inline scanner is: links and directive labels are scopes of their own. */
type Scope = "text" | "link" | "label";

/**
 * What may start inline syntax: everything else is plain text. Two or more spaces at the end of
 * a line are a hard break.
 */
const SPECIAL = /[*`[\]!<:_\\&]| {2,}\n/g;

function parseInline(lines: readonly Line[]): PhrasingContent[] {
  const span = new Span(lines);
  // Spaces at the end of the last line are not part of the text (the block's position keeps them).
  return inline(span, 0, span.text.replace(/ +$/, "").length, "text");
}

/**
 * Inline content before emphasis is resolved: text ranges, finished nodes, and runs of `*`
 * (which shrink as emphasis uses them; what is left of them is text).
 */
type Token =
  | { readonly kind: "text"; readonly start: number; readonly end: number }
  /**
   * `\` and the ASCII punctuation it makes literal, or a character reference: text whose
   * value is `value`.
   */
  | {
      readonly kind: "decoded";
      readonly start: number;
      readonly end: number;
      readonly value: string;
    }
  | { readonly kind: "node"; readonly node: PhrasingContent }
  | Run;

interface Run {
  readonly kind: "run";
  start: number;
  end: number;
  readonly open: boolean;
  readonly close: boolean;
}

/** The phrasing content of `span.text[from, to)`. */
function inline(span: Span, from: number, to: number, scope: Scope): PhrasingContent[] {
  const s = span.text;
  const tokens: Token[] = [];
  let textStart = from;
  const push = (token: Token, at: number, next: number): void => {
    if (at > textStart) tokens.push({ kind: "text", start: textStart, end: at });
    tokens.push(token);
    textStart = next;
  };
  // One shared expression: nested calls (link labels) set lastIndex before each use.
  SPECIAL.lastIndex = from;
  for (;;) {
    const match = SPECIAL.exec(s);
    if (!match || match.index >= to) break;
    const at = match.index;
    let next = at + 1;
    switch (s[at]) {
      case "*": {
        while (next < to && s.charCodeAt(next) === STAR) next++;
        // `***` runs split between strong and emphasis; `*` in directive labels, which
        // micromark reads as a text of their own, with other neighbours.
        if (next - at > 2 || scope === "label") notSure();
        const { open, close } = flanking(s, at, next);
        // A run that can do neither is literal text.
        if (open || close) push({ kind: "run", start: at, end: next, open, close }, at, next);
        break;
      }
      case "`": {
        const end = s.indexOf("`", at + 1);
        if (s.charCodeAt(at + 1) === BACKTICK || end === -1 || end >= to) notSure();
        if (s.charCodeAt(end + 1) === BACKTICK) notSure();
        const value = s.slice(at + 1, end);
        // Stripped spaces, line endings turned to spaces, and autolinks or HTML that win
        // over code spans are left to remark.
        if (/^ | $|[\n<]/.test(value)) notSure();
        next = end + 1;
        const node = { type: "inlineCode", value, position: span.position(at, next) } as const;
        push({ kind: "node", node }, at, next);
        break;
      }
      case "[": {
        if (scope !== "text") notSure();
        const link = inlineLink(span, at, to);
        next = link.end;
        push({ kind: "node", node: link.node }, at, next);
        break;
      }
      case "<": {
        if (scope !== "text") notSure();
        const autolink = /^<(https?:\/\/[^\s<>`\\]+)>/.exec(s.slice(at, to));
        if (!autolink || MAYBE_REFERENCE.test(autolink[0])) notSure();
        const url = autolink[1]!;
        next = at + autolink[0].length;
        const node: Link = {
          type: "link",
          title: null,
          url,
          children: [{ type: "text", value: url, position: span.position(at + 1, next - 1) }],
          position: span.position(at, next),
        };
        push({ kind: "node", node }, at, next);
        break;
      }
      case ":": {
        // remark-directive: a `:` right after another `:` never starts a directive, unless
        // that one was escaped (`\::ask`), which is left to remark.
        if (at > 0 && s.charCodeAt(at - 1) === COLON) {
          if (at > 1 && s.charCodeAt(at - 2) === BACKSLASH) notSure();
          break;
        }
        const directive = textDirective(span, at, to);
        if (!directive) break; // the `:` is literal text
        next = directive.end;
        push({ kind: "node", node: directive.node }, at, next);
        break;
      }
      case "!":
        if (s[at + 1] === "[") notSure(); // an image
        break;
      case "\\": {
        const escaped = s.charCodeAt(at + 1);
        // At the end, a backslash is literal; before a line ending, it is a hard break.
        if (at + 1 >= to || escaped === NEWLINE) notSure();
        // Before anything but ASCII punctuation, it is literal text.
        if (!isAsciiPunctuation(escaped)) break;
        // Directive labels are read by remark-directive's own rules; and an escaped `*`
        // beside a run of `*` is left to remark's flanking rules.
        if (scope === "label") notSure();
        if (escaped === STAR && (s.charCodeAt(at - 1) === STAR || s.charCodeAt(at + 2) === STAR)) {
          notSure();
        }
        next = at + 2;
        push({ kind: "decoded", start: at, end: next, value: s[at + 1]! }, at, next);
        break;
      }
      case "&": {
        const found = reference(s, at, to);
        if (!found) break; // a literal `&`
        // Directive labels are read by remark-directive's own rules.
        if (scope === "label") notSure();
        next = found.end;
        push({ kind: "decoded", start: at, end: next, value: found.value }, at, next);
        break;
      }
      case " ": {
        // A hard break: from its spaces to the start of the next line, before any `> ` there.
        next = at + match[0].length;
        const after = span.point(next);
        const end = { line: after.line, column: 1, offset: after.offset! - after.column + 1 };
        const node: PhrasingContent = {
          type: "break",
          position: { start: span.point(at), end },
        };
        push({ kind: "node", node }, at, next);
        break;
      }
      default:
        // `]` with no `[` (a reference link's end, or literal), and `_` (intraword rules).
        notSure();
    }
    SPECIAL.lastIndex = next;
  }
  if (to > textStart) tokens.push({ kind: "text", start: textStart, end: to });
  return phrasing(span, resolveEmphasis(span, tokens));
}

/**
 * micromark's emphasis resolution (attention.js), for runs of one or two `*`: each run that can
 * close looks back for the nearest run that can open, and they become strong (both 2 long) or
 * emphasis, shrinking by what they used. Two cases are left to remark: the "rule of 3", and
 * unused runs between the pair (which CommonMark drops from the search in its own way). With
 * those excluded the opener is always the innermost run still open, so a stack finds it.
 */
function resolveEmphasis(span: Span, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  // Where in `out` the runs with something left are, innermost last; how many can open.
  const live: number[] = [];
  let liveOpeners = 0;
  for (const token of tokens) {
    if (token.kind !== "run") {
      out.push(token);
      continue;
    }
    while (token.close && token.end > token.start && live.length > 0) {
      const at = live[live.length - 1]!;
      const opener = out[at] as Run;
      if (!opener.open) {
        // micromark would look further back, past this unused run, for an opener.
        if (liveOpeners > 0) notSure();
        break;
      }
      const openSize = opener.end - opener.start;
      const closeSize = token.end - token.start;
      if ((opener.close || token.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) {
        notSure();
      }
      const use = openSize > 1 && closeSize > 1 ? 2 : 1;
      const node = {
        type: use === 2 ? "strong" : "emphasis",
        children: phrasing(span, out.splice(at + 1)),
        position: span.position(opener.end - use, token.start + use),
      } as PhrasingContent;
      opener.end -= use;
      token.start += use;
      if (opener.end === opener.start) {
        out.pop();
        live.pop();
        liveOpeners--;
      }
      out.push({ kind: "node", node });
    }
    if (token.end > token.start) {
      live.push(out.length);
      if (token.open) liveOpeners++;
    }
    out.push(token);
  }
  return out;
}

/**
 * Tokens → mdast: neighbouring text (unused `*` included) is one text node, as in remark. A
 * space at the end of a line is not part of a text's value, nor of where it starts.
 */
function phrasing(span: Span, tokens: readonly Token[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let textStart = -1;
  let textEnd = -1;
  // The escapes and references in the text being gathered: their value replaces their source.
  const decoded: Token[] = [];
  const flush = (): void => {
    while (span.text.charCodeAt(textStart) === SPACE && span.text[textStart + 1] === "\n") {
      textStart++;
    }
    if (textEnd > textStart) {
      out.push({
        type: "text",
        value: textValue(span.text, textStart, textEnd, decoded),
        position: span.textPosition(textStart, textEnd),
      });
    }
    textStart = textEnd = -1;
    decoded.length = 0;
  };
  for (const token of tokens) {
    if (token.kind === "node") {
      flush();
      out.push(token.node);
    } else if (token.end > token.start) {
      if (textStart === -1) textStart = token.start;
      textEnd = token.end;
      if (token.kind === "decoded") decoded.push(token);
    }
  }
  flush();
  return out;
}

/**
 * A text node's value: `s[start, end)` with each escape and reference (`decoded`, in order)
 * replaced by its value. Spaces before a line ending are dropped from the source around them,
 * not from what they stand for: `&#32;` at the end of a line is a space that stays.
 */
function textValue(s: string, start: number, end: number, decoded: readonly Token[]): string {
  let value = "";
  let from = start;
  for (const piece of decoded) {
    if (piece.kind !== "decoded") continue;
    value += s.slice(from, piece.start).replace(/ \n/g, "\n") + piece.value;
    from = piece.end;
  }
  return value + s.slice(from, end).replace(/ \n/g, "\n");
}

/**
 * The character reference at `s[at]` (an `&`), as micromark reads one: `&name;` for a name
 * HTML defines (1–31 letters and digits), `&#` and 1–7 digits, or `&#x` and 1–6 hex digits,
 * then `;`; decoded as mdast-util-from-markdown decodes it. Undefined when the `&` is literal.
 */
function reference(s: string, at: number, to: number): { value: string; end: number } | undefined {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(s);
  if (!match || REFERENCE.lastIndex > to) return undefined;
  const [, hex, decimal, name] = match;
  const value =
    hex !== undefined
      ? decodeNumericCharacterReference(hex, 16)
      : decimal !== undefined
        ? decodeNumericCharacterReference(decimal, 10)
        : decodeNamedCharacterReference(name!);
  return value === false ? undefined : { value, end: REFERENCE.lastIndex };
}

const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z0-9]{1,31}));/y;

/** `[label](url)`: a label without brackets or code, a destination without spaces or parens. */
function inlineLink(span: Span, at: number, to: number): { node: Link; end: number } {
  const s = span.text;
  const close = s.indexOf("]", at + 1);
  if (close === -1 || close >= to || s[close + 1] !== "(") notSure();
  const label = s.slice(at + 1, close);
  // An escape in the label may hide its end (`\\]`); remark reads escapes in the URL.
  if (/[[`<\n\\]/.test(label)) notSure();
  const destinationEnd = s.indexOf(")", close + 2);
  if (destinationEnd === -1 || destinationEnd >= to) notSure();
  const url = s.slice(close + 2, destinationEnd);
  if (url === "" || /[\s()<>`\\]/.test(url) || MAYBE_REFERENCE.test(url)) notSure();
  const end = destinationEnd + 1;
  return {
    node: {
      type: "link",
      title: null,
      url,
      children: inline(span, at + 1, close, "link"),
      position: span.position(at, end),
    },
    end,
  };
}

/**
 * `:name`, `:name[label]`, `:name[label]{attributes}` as remark-directive reads them; undefined
 * when the `:` is literal text (`10:30` is text "10" and a directive named "30", as remark has it).
 */
function textDirective(
  span: Span,
  at: number,
  to: number,
): { node: TextDirective; end: number } | undefined {
  const s = span.text;
  const nameEnd = directiveNameEnd(s, at + 1, to);
  if (nameEnd === -1 || s.charCodeAt(nameEnd) === COLON) return undefined;
  let end = nameEnd;
  let children: PhrasingContent[] = [];
  if (nameEnd < to && s[nameEnd] === "[") {
    const close = s.indexOf("]", nameEnd + 1);
    // Nested brackets, labels over lines and unclosed labels are left to remark.
    if (close === -1 || close >= to || close - nameEnd > 900) notSure();
    if (/[[\n]/.test(s.slice(nameEnd + 1, close))) notSure();
    children = inline(span, nameEnd + 1, close, "label");
    end = close + 1;
  }
  let attributes: Record<string, string> = {};
  if (end < to && s[end] === "{") {
    const read = readAttributes(s.slice(0, to), end);
    if (!read) notSure();
    ({ attributes, end } = read);
  }
  // remark-directive reads escapes and references in labels and attribute values.
  const source = s.slice(at, end);
  if (source.includes("\\") || MAYBE_REFERENCE.test(source)) notSure();
  return {
    node: {
      type: "textDirective",
      name: s.slice(at + 1, nameEnd),
      attributes,
      children,
      position: span.position(at, end),
    },
    end,
  };
}

// ---------------------------------------------------------------------------------------------
// Directive names and attributes

/**
 * Where a directive name starting at `from` ends, or -1 when there is none: micromark's name
 * rule is any run of characters that are neither white space nor punctuation (`-` and `_`
 * allowed after the first, but not last).
 */
function directiveNameEnd(s: string, from: number, to = s.length): number {
  let i = from;
  for (; i < to; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) notSure();
    if ((code === DASH || code === UNDERSCORE) && i > from) continue;
    if (isWhitespace(code) || isPunctuation(code)) break;
  }
  if (i === from) return -1;
  const last = s.charCodeAt(i - 1);
  return last === DASH || last === UNDERSCORE ? -1 : i;
}

/**
 * `{name="value" name=value …}` starting at the `{`: the strict subset of remark-directive's
 * attribute syntax. Undefined for anything else (`#id`/`.class` shortcuts, names without
 * values, repeated names, `&` which remark decodes, spaces around `=`, line endings).
 */
function readAttributes(
  s: string,
  at: number,
): { attributes: Record<string, string>; end: number } | undefined {
  const attributes: Record<string, string> = {};
  const pattern = /( *)(?:([A-Za-z][\w-]*)=(?:"([^"\n&]*)"|'([^'\n&]*)'|([^\s"'<=>`{}&]+))|(\}))/y;
  pattern.lastIndex = at + 1;
  let separated = true;
  for (;;) {
    const match = pattern.exec(s);
    if (!match) return undefined;
    if (match[6]) return { attributes, end: pattern.lastIndex };
    if (!separated && match[1] === "") return undefined;
    const name = match[2]!;
    if (Object.hasOwn(attributes, name)) return undefined;
    attributes[name] = match[3] ?? match[4] ?? match[5]!;
    const after = s[pattern.lastIndex];
    separated = after === " ";
    if (after !== " " && after !== "}") return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Characters, as micromark classifies them

const NEWLINE = 0x0a;
const SPACE = 0x20;
const STAR = 0x2a;
const DASH = 0x2d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const COLON = 0x3a;
const UNDERSCORE = 0x5f;
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;

// micromark tests one UTF-16 unit at a time with these same expressions.
const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

function isWhitespace(code: number): boolean {
  return UNICODE_WHITESPACE.test(String.fromCharCode(code));
}

/** CommonMark's ASCII punctuation: what a backslash makes literal. */
function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

function isPunctuation(code: number): boolean {
  return UNICODE_PUNCTUATION.test(String.fromCharCode(code));
}

/** micromark's character groups: 1 white space (or nothing), 2 punctuation, 0 anything else. */
function group(s: string, index: number): 0 | 1 | 2 {
  if (index < 0 || index >= s.length) return 1;
  const code = s.charCodeAt(index);
  // Astral characters would be classified by their halves; not worth being sure about.
  if (code >= 0xd800 && code <= 0xdfff) notSure();
  if (isWhitespace(code)) return 1;
  return isPunctuation(code) ? 2 : 0;
}

/** Whether the `*` run `s[start, end)` can open and can close emphasis (micromark attention). */
function flanking(s: string, start: number, end: number): { open: boolean; close: boolean } {
  const before = group(s, start - 1);
  const after = group(s, end);
  return {
    open: after === 0 || (after === 2 && before !== 0),
    close: before === 0 || (before === 2 && after !== 0),
  };
}
