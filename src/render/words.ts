/** Small wording helpers every renderer shares. */

/** `1 entry`, `2 entries`: counts that read right. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
