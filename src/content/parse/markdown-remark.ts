/**
 * The reference Markdown parser (remark-parse + remark-directive: CommonMark plus directives),
 * created once per module, not per file; and the bounds an answer is checked against before
 * either parser sees it, as remark's time is not linear in its input.
 */
import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";

// Only `parse` is used (no transforms), so one frozen processor serves every file and thread.
const processor = unified().use(remarkParse).use(remarkDirective).freeze();

/**
 * Parses Markdown into mdast with positions (offsets into `text`). Never throws on input.
 * The reference the fast path (markdown-fast.ts) must match exactly.
 */
export function parseMarkdownWithRemark(text: string): Root {
  return processor.parse(text);
}

// ---------------------------------------------------------------------------------------------
// Bounds

/**
 * How much one answer may hold, checked before it is parsed. remark (micromark 4) is not
 * linear: measured alone on the 2-core machine of docs/benchmarks.md, 6,600 `[a]` take ~1 s,
 * 5,000 setext headings (`a` / `=`) 32 s, 25,000 `*a*` over 10 s, 5,000 levels of nested `*`
 * 30 s and 400 levels of nested list 4 s; and deep nesting overflowed the stack of the code
 * that walks the tree. Within these limits the slowest input `npm run fuzz` finds compiles in
 * about 0.5 s (1,000 list items nested 20 deep), and real answers are far inside them: a chat
 * message holds 2,048 bytes, lists and quotes nest two or three levels, and a paragraph has a
 * handful of `**bold**` words and links.
 */
export const ANSWER_LIMITS = {
  /** Characters (code points) of the body: far past `answer-size` (16 KiB of content). */
  characters: 20_000,
  /** Lines of the body: remark's cost for list items and setext headings grows with their square. */
  lines: 1_000,
  /** `*` and `_` not escaped with `\`: remark pairs emphasis marks up in quadratic time. */
  emphasisMarks: 1_000,
  /** `[` not escaped: each may start a link or a label, which remark looks back for (quadratic). */
  brackets: 1_000,
  /** Lists, quotes and `:::` blocks inside one another (markdown-it's CommonMark preset: 20). */
  depth: 20,
} as const;

/** A limit an answer passes, and where (an offset into the text that was checked). */
export interface BoundProblem {
  readonly ruleId: "answer-too-large" | "answer-too-deep";
  readonly offset: number;
  readonly message: string;
}

/**
 * Checks an answer's Markdown against ANSWER_LIMITS in one linear pass, without parsing it:
 * each limit passed is one problem, at the place where it is passed. The nesting is an upper
 * bound (see `nestingDepth`), so an answer within it is never nested deeper in remark's tree.
 */
export function answerBounds(text: string): BoundProblem[] {
  const problems: BoundProblem[] = [];
  const size = withinSizeLimits(text) ? undefined : measure(text);
  if (!size) {
    const deep = nestingDepth(text, ANSWER_LIMITS.depth);
    return deep === undefined ? problems : [tooDeep(deep)];
  }
  if (size.characters > ANSWER_LIMITS.characters) {
    problems.push({
      ruleId: "answer-too-large",
      offset: size.charactersPassedAt,
      message: `the answer is ${format(size.characters)} characters long, more than faqops reads (${format(ANSWER_LIMITS.characters)}; this is where it passes that): split it into several entries, or link to a page for the details`,
    });
  }
  if (size.lines > ANSWER_LIMITS.lines) {
    problems.push({
      ruleId: "answer-too-large",
      offset: size.linesPassedAt,
      message: `the answer has ${format(size.lines)} lines, more than faqops reads (${format(ANSWER_LIMITS.lines)}; this is the first line past that): split it into several entries, or link to a page for the details`,
    });
  }
  if (size.brackets > ANSWER_LIMITS.brackets) {
    problems.push({
      ruleId: "answer-too-large",
      offset: size.bracketsPassedAt,
      message: `the answer has ${format(size.brackets)} \`[\` (links, \`:ask\` questions, other brackets), more than faqops reads (${format(ANSWER_LIMITS.brackets)}; this is where it passes that), as so many make it slow to check: split it into several entries`,
    });
  }
  if (size.marks > ANSWER_LIMITS.emphasisMarks) {
    problems.push({
      ruleId: "answer-too-large",
      offset: size.marksPassedAt,
      message: `the answer has ${format(size.marks)} \`*\` and \`_\` marks, more than faqops reads (${format(ANSWER_LIMITS.emphasisMarks)}; this is where it passes that), as so many make it slow to check: remove the ones that are not emphasis, or write them as \`\\*\` and \`\\_\``,
    });
  }
  const deep = nestingDepth(text, ANSWER_LIMITS.depth);
  if (deep !== undefined) problems.push(tooDeep(deep));
  return problems;
}

function tooDeep(offset: number): BoundProblem {
  return {
    ruleId: "answer-too-deep",
    offset,
    message: `lists, quotes and \`:::\` blocks are nested more than ${ANSWER_LIMITS.depth} levels deep here: a chat shows two or three levels at most, so flatten them`,
  };
}

/**
 * Whether `text` is within the size limits for certain, counted without `measure`'s
 * character-by-character pass: each of its counts is at most what is counted here (a text
 * has no more characters than UTF-16 units, and an escape only takes a mark or a bracket out
 * of the count), so within these, `measure` finds no limit passed. Nearly every answer is.
 */
export function withinSizeLimits(text: string): boolean {
  // Each count is at most the text's length in UTF-16 units, so a text shorter than every
  // limit passes none (most answers: the benchmark's average a few hundred units).
  if (text.length < SHORTER_THAN_EVERY_LIMIT) return true;
  if (text.length > ANSWER_LIMITS.characters) return false;
  const stars = countUpTo(text, "*", ANSWER_LIMITS.emphasisMarks);
  return (
    stars >= 0 &&
    countUpTo(text, "_", ANSWER_LIMITS.emphasisMarks - stars) >= 0 &&
    countUpTo(text, "\n", ANSWER_LIMITS.lines - 1) >= 0 &&
    countUpTo(text, "[", ANSWER_LIMITS.brackets) >= 0
  );
}

const SHORTER_THAN_EVERY_LIMIT = Math.min(
  ANSWER_LIMITS.characters,
  ANSWER_LIMITS.lines,
  ANSWER_LIMITS.emphasisMarks,
  ANSWER_LIMITS.brackets,
);

/** How many times `text` holds `character`; -1 as soon as that is more than `most`. */
function countUpTo(text: string, character: string, most: number): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) {
    if (++count > most) return -1;
  }
  return count;
}

const format = (n: number): string => n.toLocaleString("en-US");

const NEWLINE = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const STAR = 0x2a;
const PLUS = 0x2b;
const DASH = 0x2d;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const COLON = 0x3a;
const GREATER = 0x3e;
const BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;
const PAREN_CLOSE = 0x29;

/** What ANSWER_LIMITS counts, with where each count passes its limit. */
interface Size {
  characters: number;
  charactersPassedAt: number;
  lines: number;
  linesPassedAt: number;
  marks: number;
  marksPassedAt: number;
  brackets: number;
  bracketsPassedAt: number;
}

/** Characters, lines, unescaped emphasis marks and brackets, in one pass. */
export function measure(text: string): Size {
  let characters = 0;
  let charactersPassedAt = 0;
  let lines = 1;
  let linesPassedAt = 0;
  let marks = 0;
  let marksPassedAt = 0;
  let brackets = 0;
  let bracketsPassedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate after a high one is the same character (code point).
    if (code < 0xdc00 || code > 0xdfff || i === 0 || !isHigh(text.charCodeAt(i - 1))) {
      if (++characters === ANSWER_LIMITS.characters + 1) charactersPassedAt = i;
    }
    if (code === NEWLINE) {
      // Only a line with something on it counts: a final line break ends the last line.
      if (i + 1 < text.length && ++lines === ANSWER_LIMITS.lines + 1) linesPassedAt = i + 1;
    } else if (code === BACKSLASH) {
      // `\*` is a literal star; the escaped character is still a character.
      if (i + 1 < text.length && text.charCodeAt(i + 1) !== NEWLINE) {
        i++;
        characters++;
        if (characters === ANSWER_LIMITS.characters + 1) charactersPassedAt = i;
      }
    } else if (code === STAR || code === UNDERSCORE) {
      if (++marks === ANSWER_LIMITS.emphasisMarks + 1) marksPassedAt = i;
    } else if (code === BRACKET) {
      if (++brackets === ANSWER_LIMITS.brackets + 1) bracketsPassedAt = i;
    }
  }
  if (text === "") lines = 0;
  return {
    characters,
    charactersPassedAt,
    lines,
    linesPassedAt,
    marks,
    marksPassedAt,
    brackets,
    bracketsPassedAt,
  };
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** A container a line may be inside: a quote, a list item, a `:::` block. */
interface Container {
  readonly kind: "quote" | "item" | "directive";
  /** For an item: the fewest columns its further lines are indented by; for `:::`, its colons. */
  readonly width: number;
  /** For an item: its marker, or the delimiter after its number (items of one list share it). */
  readonly marker?: number;
  /**
   * Kept open only because a line may have been a lazy continuation: it may have ended. It
   * still counts, and ends when a line does not continue it, but takes nothing from the lines
   * it continues, so it cannot take a `>` or indent from a real container after it.
   */
  ghost?: boolean;
}

/**
 * Where lists, quotes and `:::` blocks first nest more than `limit` deep, or undefined. A
 * loose version of CommonMark's container matching (each line continues the containers it
 * repeats the `>` of or is indented into, then may open new ones) that errs towards more
 * nesting, never less (test/content/fuzz-bounds.test.ts checks it against remark). Each rule
 * is loosened in the direction that keeps more open:
 *
 * - a container the line does not continue is passed over, not the end of matching: one this
 *   scan kept open wrongly must not take real ones with it;
 * - a list item needs its further lines indented by the marker and one column only (CommonMark
 *   may ask for up to 7 more), and takes only that much: what follows looks more indented;
 * - a quote continues at a `>` however far it is indented;
 * - markers open containers at any indent, even where CommonMark sees indented code, and
 *   fenced code is not recognised;
 * - unmatched containers stay open on any line that may be a lazy continuation of a paragraph
 *   (after a line with text, opening nothing, or only what cannot interrupt a paragraph);
 * - a `:::` block ends only at a line of as many colons at the line's start, when nothing is
 *   open in it; inside a quote or a list it never ends.
 *
 * Linear: a line's work is its length plus the open containers, never more than `limit + 1`.
 */
export function nestingDepth(text: string, limit: number): number | undefined {
  const open: Container[] = [];
  let previousBlank = true;
  // Reused from line to line (this runs on every answer): the cursor, which containers the
  // line continues, and what it opens.
  const line = new Cursor(text);
  const matched: boolean[] = [];
  const opened: Container[] = [];
  const openedAt: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (open.length === 0 && !mayOpenContainer(text, start, end)) {
      // Outside every container, a line that opens none changes nothing but this.
      previousBlank = isBlankRange(text, start, end);
      start = end + 1;
      continue;
    }
    line.moveTo(start, end);
    const blank = isBlankRange(text, start, end);
    const innermost = open[open.length - 1];
    if (innermost?.kind === "directive" && line.closingColons() >= innermost.width) {
      open.pop();
      previousBlank = false;
      start = end + 1;
      continue;
    }
    // Continue what the line is inside. The list a new item would continue: the first
    // container the line does not continue.
    matched.length = open.length;
    let first: Container | undefined;
    for (let i = 0; i < open.length; i++) {
      const container = open[i]!;
      matched[i] =
        container.kind === "directive" || (container.kind === "item" && blank)
          ? true
          : container.ghost
            ? line.peek(container)
            : container.kind === "item"
              ? line.takeIndent(container.width)
              : line.takeQuoteMarker();
      if (first === undefined && !matched[i] && !container.ghost) first = container;
    }
    // Open what the line starts. A start that cannot interrupt a paragraph (an ordered item
    // not numbered 1, an empty item, `:::` without a name) may be a lazy line's text instead.
    opened.length = 0;
    openedAt.length = 0;
    let weak = false;
    while (opened.length <= limit) {
      line.skipColumns(Number.POSITIVE_INFINITY);
      if (line.at >= end) break;
      const at = line.at;
      const code = text.charCodeAt(at);
      if (code === GREATER) {
        line.takeQuoteMarker();
        opened.push({ kind: "quote", width: 0 });
        openedAt.push(at);
      } else if (code === COLON && text.startsWith(":::", at)) {
        let colons = 3;
        while (text.charCodeAt(at + colons) === COLON) colons++;
        opened.push({ kind: "directive", width: colons });
        openedAt.push(at);
        if (opened.length === 1) weak = !isNameStart(text.charCodeAt(at + colons));
        break;
      } else {
        const marker = listMarkerWidth(text, at, end);
        if (marker === 0) break;
        line.takeMarker(marker);
        const type = isDigit(code) ? text.charCodeAt(at + marker - 1) : code;
        opened.push({ kind: "item", width: marker + 1, marker: type });
        openedAt.push(at);
        if (opened.length === 1 && !(first?.kind === "item" && first.marker === type)) {
          // Only the first item of a list is held to these (a sibling always interrupts).
          const empty = isBlankRange(text, at + marker, end);
          weak = empty || (isDigit(code) && !(marker === 2 && code === DIGIT_0 + 1));
        }
      }
    }
    // Unmatched containers end, unless the line may be a lazy continuation of a paragraph in
    // them. `:::` blocks end only at their closing line.
    const lazy = (opened.length === 0 || weak) && !blank && !previousBlank;
    if (lazy) {
      // A ghost gets one line with weak starts, not more: lines of items that cannot
      // interrupt (`1)` after `1.`) would otherwise pile up ghosts.
      if (opened.length > 0) {
        endUnmatched(open, matched, "ghosts");
      }
      for (let i = 0; i < open.length; i++) {
        if (!matched[i]) open[i]!.ghost = true;
      }
    } else if (matched.includes(false)) {
      endUnmatched(open, matched, "all");
    }
    for (let k = 0; k < opened.length; k++) {
      open.push(opened[k]!);
      if (open.length > limit) return openedAt[k];
    }
    previousBlank = blank;
    start = end + 1;
  }
  return undefined;
}

/**
 * Ends, in place, the containers of `open` the line did not continue (`matched`, by their
 * places before): all of them, or only the ghosts among them; never a `:::` block. The others
 * keep their order. In place: this runs on most lines of a list (each item ends the one
 * before), and a new array each time was most of what the scan allocated.
 */
function endUnmatched(
  open: Container[],
  matched: readonly boolean[],
  which: "all" | "ghosts",
): void {
  let kept = 0;
  for (let i = 0; i < open.length; i++) {
    const container = open[i]!;
    const ends = !matched[i] && container.kind !== "directive";
    if (!ends || (which === "ghosts" && !container.ghost)) open[kept++] = container;
  }
  open.length = kept;
}

/**
 * A place in one line, in columns as CommonMark counts them: a tab runs to the next multiple
 * of 4, and may be taken in part (`pending` is what is left of the one before `at`).
 */
class Cursor {
  at = 0;
  private column = 0;
  private pending = 0;
  private start = 0;
  private end = 0;

  constructor(private readonly text: string) {}

  /** To the start of the line `text[start, end)`. */
  moveTo(start: number, end: number): void {
    this.start = start;
    this.end = end;
    this.reset(start, 0, 0);
  }

  /** Takes up to `max` columns of spaces and tabs; returns how many it took. */
  skipColumns(max: number): number {
    const from = this.column;
    const limit = from + max;
    while (this.column < limit) {
      if (this.pending === 0) {
        const code = this.at < this.end ? this.text.charCodeAt(this.at) : -1;
        if (code === SPACE) this.pending = 1;
        else if (code === TAB) this.pending = 4 - (this.column % 4);
        else break;
        this.at++;
      }
      const take = Math.min(this.pending, limit - this.column);
      this.column += take;
      this.pending -= take;
    }
    return this.column - from;
  }

  /** Takes `width` columns of indentation if the line has them; else takes nothing. */
  takeIndent(width: number): boolean {
    const { at, column, pending } = this;
    if (this.skipColumns(width) >= width) return true;
    this.reset(at, column, pending);
    return false;
  }

  /** Takes blanks, a `>` and one column after it, if the `>` is there; else takes nothing. */
  takeQuoteMarker(): boolean {
    const { at, column, pending } = this;
    this.skipColumns(Number.POSITIVE_INFINITY);
    if (this.at < this.end && this.text.charCodeAt(this.at) === GREATER) {
      this.at++;
      this.column++;
      this.skipColumns(1);
      return true;
    }
    this.reset(at, column, pending);
    return false;
  }

  /** Whether the line continues `container`, taking nothing (for a ghost). */
  peek(container: Container): boolean {
    const { at, column, pending } = this;
    const continues =
      container.kind === "item" ? this.takeIndent(container.width) : this.takeQuoteMarker();
    this.reset(at, column, pending);
    return continues;
  }

  /** Goes back to a place taken before (without an object for it: this runs on every line). */
  private reset(at: number, column: number, pending: number): void {
    this.at = at;
    this.column = column;
    this.pending = pending;
  }

  /** Takes a list marker of `width` characters at `at`, and the one column after it. */
  takeMarker(width: number): void {
    this.at += width;
    this.column += width;
    this.skipColumns(1);
  }

  /** The colons of a closing `:::` line: 0–3 spaces from the line's start, 3+ colons, blanks. */
  closingColons(): number {
    let i = this.start;
    while (i < this.end && i - this.start < 3 && this.text.charCodeAt(i) === SPACE) i++;
    let colons = 0;
    while (i < this.end && this.text.charCodeAt(i) === COLON) {
      colons++;
      i++;
    }
    return colons >= 3 && isBlankRange(this.text, i, this.end) ? colons : 0;
  }
}

/**
 * Whether the line `text[start, end)` may open a container: its first character after spaces
 * and tabs is `>`, `:`, a list marker or a digit. A quick test that errs towards yes.
 */
function mayOpenContainer(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (i === end) return false;
  const code = text.charCodeAt(i);
  return (
    code === GREATER ||
    code === COLON ||
    code === DASH ||
    code === STAR ||
    code === PLUS ||
    isDigit(code)
  );
}

function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/**
 * The length of the list marker at `at` (`-`, `*`, `+`, or 1–9 digits and `.` or `)`)
 * followed by a space, a tab or the line's end; 0 when there is none, or when the rest of the
 * line is a thematic break (`- - -`, `* * *`), which wins over a list item.
 */
function listMarkerWidth(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  let width = 0;
  if (code === DASH || code === STAR || code === PLUS) {
    width = 1;
  } else {
    let i = at;
    while (i < end && i - at < 9 && isDigit(text.charCodeAt(i))) i++;
    const delimiter = text.charCodeAt(i);
    if (i > at && (delimiter === DOT || delimiter === PAREN_CLOSE)) width = i - at + 1;
  }
  if (width === 0) return 0;
  const after = at + width;
  if (after < end && text.charCodeAt(after) !== SPACE && text.charCodeAt(after) !== TAB) return 0;
  if ((code === DASH || code === STAR) && isThematicBreak(text, at, end, code)) return 0;
  return width;
}

const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_9;

/** Whether a directive name can start with this character (a letter, as remark-directive has it). */
const isNameStart = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f;

/** Whether `text[at, end)` is three or more of `mark`, with only spaces and tabs between. */
function isThematicBreak(text: string, at: number, end: number, mark: number): boolean {
  let count = 0;
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === mark) count++;
    else if (code !== SPACE && code !== TAB) return false;
  }
  return count >= 3;
}
