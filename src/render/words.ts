/** Small wording helpers every renderer shares (counts in words: src/plural.ts). */

/** `0.253` → `25.3%`. */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * Who reads the words: the CLI's name its commands, flags and environment variables
 * (`faqops publish`, `--rate`), the action's its inputs (`publish: true`, the `rate` input).
 */
export type Audience = "cli" | "action";
