/** How titles, questions and skills are compared ("alike") and cleaned for sending. */

/**
 * The comparison key: NFKC, case folded, trimmed. JavaScript has no full case folding;
 * upper-casing then lower-casing gets its useful part (`ß` → `SS` → `ss`, final `ς` → `σ`),
 * which plain `toLowerCase` misses. It may over-match in rare cases (Turkish dotless `ı`
 * folds to `i`), which only makes the duplicate checks stricter.
 */
export function alike(text: string): string {
  return alikeCommon(text) ?? alikeFull(text);
}

/** `alike` as it is defined; alikeCommon gives the same for the text it takes. */
export function alikeFull(text: string): string {
  return text.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC").trim();
}

/**
 * `alike` without the normalizer, for text made only of ASCII, CJK unified ideographs
 * (U+4E00–U+9FFF), full-width ASCII (U+FF01–U+FF5E) and the ideographic space (U+3000) —
 * nearly every title and question a Chinese FAQ has; undefined for any other text.
 *
 * Why: two NFKC passes are most of what the rules across entries spend on a title (the
 * normalizer copies the text each time), and the front matter's checks call it on every
 * question. For these characters NFKC is one character at a time, with nothing to compose:
 * ASCII and the ideographs are their own normal form and have no case but ASCII's; a
 * full-width form is its ASCII character (0xFEE0 lower), and the ideographic space a space.
 * test/content/text-compare.test.ts compares the two on every such character and on random
 * text.
 */
export function alikeCommon(text: string): string | undefined {
  let folds = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) folds = true;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      folds = true;
    } else if (c === 0x3000) {
      folds = true;
    } else if (c < 0x4e00 || c > 0x9fff) {
      return undefined;
    }
  }
  if (!folds) return text.trim();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out +=
      c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? " " : text[i];
  }
  return out.toLowerCase().trim();
}

/**
 * How a `:ask` question finds the entry that answers it: alike text with final punctuation and
 * spaces aside, as the platform matches questions loosely (a missing final "？" still matches).
 * `check`'s ask-target warning and the preview's taps both use it, so they agree.
 */
export function askKey(text: string): string {
  return askKeyOfAlike(alike(text));
}

/** askKey of a text whose alike form (`alike(text)`) is known already. */
export function askKeyOfAlike(alikeText: string): string {
  return withoutFinalPunctuation(alikeText);
}

const PUNCTUATION_OR_SPACE = /^[\p{P}\s]$/u;

/**
 * `text` without its final run of punctuation and spaces: what `/[\p{P}\s]+$/u` removes,
 * looked at from the end (the pattern, tried at every position from the start, was a fifth of
 * the `ask-target` rule's time).
 */
function withoutFinalPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width =
      low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800
        ? 2
        : 1;
    if (!PUNCTUATION_OR_SPACE.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** What is sent for compared text: trimmed, NFC, otherwise as written. */
export function cleanText(text: string): string {
  return text.normalize("NFC").trim();
}

/** Length in characters (code points), as a person counts, not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The closest candidate to a misspelt word, or undefined when none is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Two edits for words of four letters or more ("question" → "questions", "titel" → "title"),
  // one for shorter ones, so a word never "means" an unrelated key.
  return bestDistance <= (lower.length >= 4 ? 2 : 1) ? best : undefined;
}

/**
 * Optimal-string-alignment distance: Levenshtein plus adjacent transpositions. A dozen lines
 * for a handful of short key names is simpler than a dependency.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
