/**
 * The `text-markup` rule: text that would reach the chat as markup the format did not write.
 *
 * The platform reads an answer's text as markup: that is how `<a href="…">` links and `:ask`
 * questions work. The format writes exactly those two tags itself; anything else that spells a
 * tag or a character reference — written escaped in Markdown (`\<a href=…\>`, `&lt;a …&gt;`,
 * `&amp;lt;`), in code (`` `<a href="x">` ``), or as prose the Markdown parser left alone
 * (`a<b`) — would be read by the platform as markup too. It would bypass the format's rules
 * (absolute http(s) links only, no raw HTML), or show as something other than what was
 * written. Whether the platform shows `&lt;` as `<` or as `&lt;` is not documented, so there is
 * no escaped form faqops could send that is sure to show literally: such text is an error the
 * editor rewords. markupInText is the one place that decides what counts; everyday `<`, `>` and
 * `&` ("3 < 5", "A&B", "a -> b", "<姓名>") do not.
 */
import type { Reporter } from "./rules.js";

/** A place where text spells markup. */
export interface MarkupMatch {
  readonly index: number;
  /** What was matched: `<a`, `</script`, `&lt;`, `&#60`. */
  readonly text: string;
  readonly kind: "tag" | "reference";
}

/**
 * The policy: where `text` spells the start of an HTML start or end tag (`<` or `</` directly
 * followed by a Latin letter, as an HTML tokenizer reads it — the rest of the tag need not be
 * there, since a later `>`, a link's included, would close it), or a character reference
 * (`&name;`, or `&#60;`/`&#x3c;` with or without the `;`). `<` before anything else (a space,
 * a digit, `-`, `=`, `!`, a CJK character) and `&` not followed by a reference are text.
 */
export function markupInText(text: string): MarkupMatch[] {
  const matches: MarkupMatch[] = [];
  if (!text.includes("<") && !text.includes("&")) return matches;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m !== null; m = MARKUP.exec(text)) {
    matches.push({ index: m.index, text: m[0], kind: m[0][0] === "<" ? "tag" : "reference" });
  }
  return matches;
}

const MARKUP =
  /<\/?[A-Za-z][A-Za-z0-9-]*|&(?:[A-Za-z][A-Za-z0-9]*;|#[0-9]+;?|#[xX][0-9A-Fa-f]+;?)/g;

/** The diagnostic's message for a match. */
function message(match: MarkupMatch): string {
  return match.kind === "tag"
    ? `\`${match.text}\` would reach the chat as an HTML tag, not as text (the platform reads answers as markup, and faqops cannot send a literal tag safely): reword it, for example with a space after "<" or the full-width "＜"; write links as [text](https://…)`
    : `\`${match.text}\` would reach the chat as an HTML character reference, not as text (the platform may show the character it names instead): reword it, for example with a space after "&"`;
}

/**
 * Reports the markup in a piece of answer text (`value`, decoded from its source `raw`,
 * which starts at `offset` in the file), each at the place in the source it comes from where
 * that can be found, else at the piece's start.
 */
export function reportMarkup(value: string, raw: string, offset: number, report: Reporter): void {
  for (const match of markupInText(value)) {
    report.at("text-markup", offset + (sourceIndex(raw, value, match.index) ?? 0), message(match));
  }
}

/**
 * Markup spelt across two pieces of inline text that are joined (`\<` then `*b*`): the
 * matches that start in `before` and end in `after`, which neither piece has on its own.
 * Only `after`'s start and `before`'s end matter; the format's own tags (`<a href="…">`,
 * `</a>`) never end in `<` or hold a reference, so they cannot take part in one.
 */
export function markupAcross(before: string, after: string): MarkupMatch[] {
  if (before === "" || after === "" || !mayContinueMarkup(before)) return [];
  const tail = before.slice(-64);
  if (!tail.includes("<") && !tail.includes("&")) return [];
  const own = new Set(markupInText(tail).map((m) => m.index));
  return markupInText(tail + after.slice(0, 64)).filter(
    (m) => m.index < tail.length && m.index + m.text.length > tail.length && !own.has(m.index),
  );
}

/**
 * Whether markup could run on past the end of `text`: a match that starts before a join and
 * ends after it holds the last character before the join, and every character of a match but
 * its closing `;` is `<`, `/`, `&`, `#`, `-`, a Latin letter or a digit. Most text ends in
 * something else (a CJK character, punctuation, `</a>`'s `>`), so the joins need no more.
 */
export function mayContinueMarkup(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x3c || // <
    code === 0x2f || // /
    code === 0x26 || // &
    code === 0x23 || // #
    code === 0x2d // -
  );
}

/** Reports markupAcross's matches at `offset`, the start of the later piece. */
export function reportMarkupAcross(
  before: string,
  after: string,
  offset: number,
  report: Reporter,
): void {
  for (const match of markupAcross(before, after)) {
    report.at("text-markup", offset, message(match));
  }
}

/**
 * Where in `raw` (a node's Markdown source) the character `value[index]` was written: the
 * start of the escape (`\<`), character reference (`&lt;`) or character it was decoded from.
 * Markdown drops some source characters (indentation, a quote's `>`, a code fence) and turns
 * others into one (a code span's line ending into a space); they are skipped or matched as
 * such. Undefined when the two cannot be lined up.
 */
export function sourceIndex(raw: string, value: string, index: number): number | undefined {
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
  return undefined;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/y;
const AMPERSAND_REFERENCE = /^&(?:amp|AMP|#0*38|#[xX]0*26);$/;

/** How much source (`length`) gives how much of the value (`units`) at this point, if it does. */
function sourceStep(
  raw: string,
  i: number,
  value: string,
  j: number,
): { length: number; units: number } | undefined {
  const c = value[j];
  if (c === undefined) return undefined;
  if (raw[i] === "\\" && raw[i + 1] === c && ASCII_PUNCTUATION.test(c)) {
    return { length: 2, units: 1 };
  }
  if (raw[i] === "&") {
    REFERENCE.lastIndex = i;
    const reference = REFERENCE.exec(raw)?.[0];
    if (reference && (c !== "&" || AMPERSAND_REFERENCE.test(reference))) {
      return { length: reference.length, units: value.codePointAt(j)! > 0xffff ? 2 : 1 };
    }
  }
  if (raw[i] === c || (raw[i] === "\n" && c === " ")) return { length: 1, units: 1 };
  return undefined;
}
