/**
 * The similarity threshold (`threshold:` in front matter): how close a user's question must be
 * to an entry's title or similar questions for the bot to answer with it. Only the v2 import
 * API carries it, as a number written as a JSON string (`"threshold": "0.85"`); v1's
 * setautoreply has no such field. The console's batch template reads an empty threshold as 0.9.
 */

/** The platform's threshold when none is sent (the console template: "empty means 0.9"). */
export const DEFAULT_THRESHOLD = 0.9;

/**
 * Decimal places a threshold may have. The platform documents no precision; a difference in
 * the fifth decimal of a similarity score is nothing an editor could test, and the limit keeps
 * every accepted value exact in its shortest decimal form (no `0.30000000000000004`).
 */
export const THRESHOLD_DECIMALS = 4;

const SCALE = 10 ** THRESHOLD_DECIMALS;

/** `value` rounded to THRESHOLD_DECIMALS places (exact: a quotient of integers rounds once). */
export function roundThreshold(value: number): number {
  return Math.round(value * SCALE) / SCALE;
}

/**
 * The wire form of a threshold: the shortest decimal (`0.85`, `1`, `0`, `0.0001`), never
 * exponent notation; undefined when the entry sets none (send nothing: the platform default).
 * Compiled entries hold at most THRESHOLD_DECIMALS places, so toFixed loses nothing; it is used
 * rather than String() because String() switches to exponents below 1e-6.
 */
export function thresholdText(entry: {
  readonly threshold?: number | undefined;
}): string | undefined {
  const { threshold } = entry;
  if (threshold === undefined) return undefined;
  return threshold.toFixed(THRESHOLD_DECIMALS).replace(/0+$/, "").replace(/\.$/, "");
}
