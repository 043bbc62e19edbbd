/** How titles, questions and skills are compared ("alike") and cleaned for sending. */

/**
 * The comparison key: NFKC, case folded, trimmed. JavaScript has no full case folding;
 * upper-casing then lower-casing gets its useful part (`ß` → `SS` → `ss`, final `ς` → `σ`),
 * which plain `toLowerCase` misses. It may over-match in rare cases (Turkish dotless `ı`
 * folds to `i`), which only makes the duplicate checks stricter.
 */
export function alike(text: string): string {
  return text.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC").trim();
}

/**
 * How a `:ask` question finds the entry that answers it: alike text with final punctuation and
 * spaces aside, as the platform matches questions loosely (a missing final "？" still matches).
 * `check`'s ask-target warning and the preview's taps both use it, so they agree.
 */
export function askKey(text: string): string {
  return alike(text).replace(/[\p{P}\s]+$/u, "");
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
