/**
 * Chat text → Markdown that compiles back to exactly that text.
 *
 * The compiler (src/content/body.ts) reads an answer as Markdown, so text taken from the
 * console cannot be written into a file as it is: `*`, `_`, `` ` ``, `[` would become
 * emphasis, code and links, a line starting with `#`, `>`, `- ` or `1. ` a heading, a quote or
 * a list, leading spaces would be dropped, and three line breaks would become two. This module
 * escapes exactly what CommonMark (plus the directive syntax) would read, and nothing else, so
 * the file stays readable. Every file import writes is compiled again and compared with the
 * row (plan.ts): an escape missing here shows up as a row that is not imported, never as text
 * changed on the way.
 *
 * The format's own tags in the text — `<a href="https://…">label</a>` and the `:ask` link
 * `<a href="weixin://bizmsgmenu?…">label</a>`, which is what a console export (or
 * `faqops export`) holds for a link — are written back as `[label](https://…)` and
 * `:ask[label]{…}`. Any other markup stays text and is refused by the `text-markup` rule.
 */

/** A piece of an answer: plain text, a web link, or a recommended question (`:ask`). */
export type Segment =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "link"; readonly url: string; readonly label: string }
  | { readonly kind: "ask"; readonly label: string; readonly q: string; readonly id: string };

/**
 * The tags faqops itself writes into text messages (body.ts: `link` and `ask`), and nothing
 * looser: other spellings of a link are markup the format cannot write, left as text.
 */
const FORMAT_LINK = /<a href="([^"<>\s]*)">([^<>\n]*)<\/a>/g;
const ASK_PREFIX = "weixin://bizmsgmenu?msgmenucontent=";
const ASK_ID = "&msgmenuid=";

/** Splits chat text into plain text and the format's own links. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(FORMAT_LINK)) {
    const link = linkSegment(match[1]!, match[2]!);
    if (!link) continue;
    if (match.index > last) out.push({ kind: "text", text: text.slice(last, match.index) });
    out.push(link);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

function linkSegment(href: string, label: string): Segment | undefined {
  if (href.startsWith(ASK_PREFIX)) {
    const rest = href.slice(ASK_PREFIX.length);
    const at = rest.indexOf(ASK_ID);
    if (at === -1) return undefined;
    const q = rest.slice(0, at);
    const id = rest.slice(at + ASK_ID.length);
    // What an :ask's label, q and id may hold (body.ts); anything else stays text.
    if ([label, q, id].some((v) => v.trim() === "" || /["<>&\n]/.test(v))) return undefined;
    return { kind: "ask", label, q, id };
  }
  if (!/^https?:\/\/\S+$/i.test(href)) return undefined;
  return { kind: "link", url: href, label };
}

/**
 * The Markdown for one text message: `text` must be trimmed (a message is sent trimmed, and
 * entries.ts warns of a cell that was not) and hold no carriage return (cells.ts makes them
 * line breaks). The result has no final line break.
 *
 * Blank lines: one blank line in the text is a paragraph break in Markdown (blocks are joined
 * by one blank line); each further one is a line holding only `\` at the start of the next
 * paragraph, a hard line break. Spaces and tabs at the start or end of a line, which Markdown
 * drops, are written as the character references `&#32;` and `&#9;`.
 */
export function escapeMessage(text: string): string {
  const lines = splitLines(segments(text));
  const out: string[] = [];
  let empty = 0;
  for (const line of lines) {
    if (line.length === 0) {
      empty++;
      continue;
    }
    if (empty > 0) out.push("", ...Array<string>(empty - 1).fill("\\"));
    empty = 0;
    out.push(escapeLine(line));
  }
  return out.join("\n");
}

/** Segments split at line breaks (the format's links never hold one). */
function splitLines(pieces: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind !== "text") {
      lines.at(-1)!.push(piece);
      continue;
    }
    piece.text.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== "") lines.at(-1)!.push({ kind: "text", text: part });
    });
  }
  return lines;
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]/;
/** Characters that start inline syntax anywhere in a line, written with a backslash always. */
const ALWAYS = new Set(["*", "_", "`", "[", "]", "<"]);
/** `&` that would start a character reference (`&amp;`, `&#32;`). */
const REFERENCE_START = /&(?:#|[A-Za-z0-9]+;)/y;
/**
 * `:` that would start a text directive with a label or attributes (`:name[…]`, `:name{…}`):
 * micromark-extension-directive reads any name of characters that are neither punctuation nor
 * white space, `-` and `_` inside it. Without `[` or `{` a directive is sent as written.
 */
const DIRECTIVE_START = /:[^\p{P}\p{S}\s](?:[^\p{P}\p{S}\s]|[-_])*[[{]/uy;
/** A line the compiler would take for a table's delimiter row (body.ts's TABLE_DELIMITER). */
const TABLE_DELIMITER =
  /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?\|?\s*$|^\s*\|?\s*:?-+:?\s*\|\s*$/;

/** One line of a paragraph, escaped. */
function escapeLine(line: readonly Segment[]): string {
  // The line's text with each link as one letter: enough to tell what its start looks like.
  const plain = line.map((s) => (s.kind === "text" ? s.text : "L")).join("");
  const first = line[0]!;
  const startsWithSpace = first.kind === "text" && /^[ \t]/.test(first.text);
  const table = TABLE_DELIMITER.test(plain);
  return line
    .map((segment, index) => {
      if (segment.kind !== "text") return linkMarkdown(segment);
      return escapeText(segment.text, {
        lineStart: index === 0,
        lineEnd: index === line.length - 1,
        before: line[index - 1]?.kind,
        after: line[index + 1]?.kind,
        startEscape: index === 0 && !startsWithSpace ? lineStartEscape(plain) : undefined,
        table,
      });
    })
    .join("");
}

/**
 * Where a line's start must be escaped so that it stays paragraph text (the index of the
 * character to put a backslash before), or undefined. Block syntax that can start a line:
 * ATX headings, quotes, fences, lists, thematic breaks, setext underlines, `::` cards and
 * `:::` blocks. `*`, `_`, `` ` ``, `<` and `[` are escaped everywhere anyway.
 */
function lineStartEscape(plain: string): number | undefined {
  if (/^[#>]/.test(plain) || plain.startsWith("~~~") || plain.startsWith("::")) return 0;
  if (/^[-+](?:[ \t]|$)/.test(plain) || /^-[- \t]*$/.test(plain) || /^=+[ \t]*$/.test(plain)) {
    return 0;
  }
  const ordered = /^\d{1,9}(?=[.)](?:[ \t]|$))/.exec(plain);
  return ordered ? ordered[0].length : undefined;
}

/** Where a run of text is: what Markdown around it could make of its first and last characters. */
interface TextPlace {
  readonly lineStart: boolean;
  readonly lineEnd: boolean;
  /** The index of a character to escape as the line's start (lineStartEscape). */
  readonly startEscape?: number | undefined;
  /** The line looks like a table's delimiter row: its `|` are escaped. */
  readonly table: boolean;
  /** The link written just before the run, if any. */
  readonly before?: Segment["kind"] | undefined;
  /** The link written just after the run, if any: it starts with `[` or `:`. */
  readonly after?: Segment["kind"] | undefined;
}

/** A run of plain text within a line. */
function escapeText(text: string, where: TextPlace): string {
  const leading = where.lineStart ? (/^[ \t]*/.exec(text)?.[0].length ?? 0) : 0;
  // What the Markdown after the run starts with: lookahead below sees across the run's end.
  const following = where.after === "link" ? "[" : where.after === "ask" ? ":" : "";
  const ahead = text + following;
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const last = i === text.length - 1;
    // Spaces and tabs Markdown would strip: all of them at the line's start, the last one at
    // its end (the ones before it are then inside the line).
    if (i < leading || (where.lineEnd && last && (c === " " || c === "\t"))) {
      pieces.push(c === " " ? "&#32;" : "&#9;");
    } else if (i === where.startEscape || ALWAYS.has(c) || (c === "|" && where.table)) {
      pieces.push(`\\${c}`);
    } else if (c === "&" && startsAt(REFERENCE_START, text, i)) {
      pieces.push("\\&");
    } else if (c === ":" && (startsAt(DIRECTIVE_START, ahead, i) || (last && following === ":"))) {
      // `:` before a link's `[`: a directive's label; before `:ask`: it would stop that
      // being read as a directive (one may not follow a `:`).
      pieces.push("\\:");
    } else if (c === "!" && last && following === "[") {
      // `!` before a link: an image.
      pieces.push("\\!");
    } else if (c === "{" && i === 0 && where.before === "ask") {
      // `{` right after `:ask[…]`: read as its attributes.
      pieces.push("\\{");
    } else {
      pieces.push(c);
    }
  }
  // A backslash is literal unless punctuation follows it (then it escapes that character) or
  // it ends the line (a hard line break); at the end of this run a link follows (`[`, `:`).
  return pieces
    .map((piece, i) => {
      if (piece !== "\\") return piece;
      const next = pieces[i + 1];
      return next === undefined || ASCII_PUNCTUATION.test(next) ? "\\\\" : piece;
    })
    .join("");
}

/** Whether the sticky `pattern` matches `text` at `index`. */
function startsAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** A link or `:ask` as Markdown; its label is text, escaped like any other. */
function linkMarkdown(segment: Exclude<Segment, { kind: "text" }>): string {
  const label = escapeText(segment.label, { lineStart: false, lineEnd: false, table: false });
  if (segment.kind === "link") {
    // In a link's destination only these would be read: parentheses would end or nest it, a
    // backslash escape or a character reference would be decoded.
    const url = segment.url.replace(/[()\\]|&(?=#|[A-Za-z0-9]+;)/g, (c) => `\\${c}`);
    return `[${label}](${url})`;
  }
  // The compiler's defaults: q is the label (trimmed), id is q.
  const q = segment.q === segment.label.trim() ? "" : ` q="${segment.q}"`;
  const id = segment.id === segment.q ? "" : ` id="${segment.id}"`;
  return `:ask[${label}]${q || id ? `{${`${q}${id}`.trim()}}` : ""}`;
}
