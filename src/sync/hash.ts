/** The platform identifies an entry by its skill and title; this is that identity as one key. */
export function identityKey(entry: { skill: string; title: string }): string {
  return `${entry.skill}\u0000${entry.title}`;
}
