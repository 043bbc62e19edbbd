/**
 * The value parsers every input goes through, whichever command or shell reads it: a flag, an
 * environment variable or an action input. Blank means unset; a bad value names the input and
 * what is allowed.
 */
import { type Remedy, UsageError } from "../errors.js";

/** Raw values as they come from a flag, an environment variable or an action input. */
export type RawValue = string | boolean | undefined;

/** A string input; blank means unset; a boolean (a flag given without value) is a usage error. */
export function stringValue(name: string, value: RawValue): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) throw new UsageError(`--${name} needs a value.`);
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A whole number within [min, max]; blank means the default. */
export function integerValue(
  name: string,
  value: RawValue,
  fallback: number,
  range: { min: number; max: number },
): number {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new UsageError(
      `${name} must be a whole number from ${range.min} to ${range.max}; got "${text}".`,
    );
  }
  return n;
}

/** A positive number within (0, max]; blank means the default. */
export function numberValue(name: string, value: RawValue, fallback: number, max: number): number {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(n > 0 && n <= max)) {
    throw new UsageError(
      `${name} must be a number greater than 0 and at most ${max}; got "${text}".`,
    );
  }
  return n;
}

/** A share written as `25%` or `0.25`; blank means the default. */
export function shareValue(name: string, value: RawValue, fallback: number): number {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
  const n = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(n >= 0 && n <= 1)) {
    throw new UsageError(`${name} must be a share such as 25% or 0.25 (0 to 100%); got "${text}".`);
  }
  return n;
}

/** A boolean: true/false (also yes/no, 1/0, on/off, as action inputs often are); blank → default. */
export function booleanValue(name: string, value: RawValue, fallback: boolean): boolean {
  if (typeof value === "boolean") return value;
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const lower = text.toLowerCase();
  if (["true", "yes", "1", "on"].includes(lower)) return true;
  if (["false", "no", "0", "off"].includes(lower)) return false;
  throw new UsageError(`${name} must be true or false; got "${text}".`);
}

/** One of a fixed set of words; blank → default. `remedy`: where to set it, for the shells to word. */
export function choiceValue<T extends string>(
  name: string,
  value: RawValue,
  choices: readonly T[],
  fallback: T,
  remedy?: Remedy,
): T {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new UsageError(
    `${name} must be one of ${choices.join(", ")}; got "${text}".`,
    remedy && { remedy },
  );
}
