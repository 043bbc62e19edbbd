/** Small wording helpers every renderer shares. */

/**
 * `1 entry`, `2 entries`: counts that read right. The one pluralisation helper of every renderer
 * and shell; `many` defaults to `one` with an `s`.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `0.253` → `25.3%`. */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * Who reads the words: the CLI's name its commands, flags and environment variables
 * (`faqops publish`, `--rate`), the action's its inputs (`publish: true`, the `rate` input).
 */
export type Audience = "cli" | "action";
