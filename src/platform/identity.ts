/**
 * An entry's identity on the platform, as one key. Not the entry hash (content/entry-hash.ts),
 * which says whether an entry changed: the identity says which entry it is.
 */

/** The platform identifies an entry by its skill and title; this is that identity as one key. */
export function identityKey(entry: { skill: string; title: string }): string {
  return `${entry.skill}\u0000${entry.title}`;
}
