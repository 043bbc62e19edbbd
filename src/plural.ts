/**
 * Counts in words: the one pluralisation helper of every layer (renderers, shells, and the
 * messages the core words itself: diagnostics, credential and retry errors). A module of its
 * own, with no imports, so that content and platform use it without depending on render/.
 */

/** `1 entry`, `2 entries`: a count and its word. `many` defaults to `one` with an `s`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${pluralWord(count, one, many)}`;
}

/** The word alone, for a count said elsewhere or not at all: `credential`, `credentials`. */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
