/**
 * The entry hash: a fingerprint of everything sent for an entry except the managerid and the
 * encryption's randomness: skill, title, content and the similar questions, in order, and the
 * similarity threshold when it is not the platform's default.
 *
 * It is SHA-256 over a JSON array, so it depends only on the sent strings: not on the file's
 * path, its line endings, its Markdown spelling (`*a*` vs `_a_`), Node's version or the machine.
 * The leading tag names the scheme, so a future change of what is hashed cannot be confused
 * with this one.
 *
 * The threshold came later: it is appended as a sixth element (its wire string) only when set to
 * something other than the default, so an entry without one — or with `threshold: 0.9`, which
 * the platform treats alike — keeps exactly the hash it had before, and upgrading faqops
 * resends nothing. A five- and a six-element array cannot serialise alike, so the tag stays.
 *
 * It lives with the compiler because the compiler computes it, once per compile, and the cache
 * keeps it: the planner compares hashes and never needs an unchanged entry's answer.
 */
import { sha256Hex } from "../sha256.js";
import { DEFAULT_THRESHOLD, thresholdText } from "./threshold.js";

const SCHEME = "faqops-entry/1";

/** What the hash covers: the fields sent for an entry (managerid excluded). */
export interface HashedFields {
  readonly skill: string;
  readonly title: string;
  readonly content: string;
  readonly questions: readonly string[];
  /** Undefined (not set) and DEFAULT_THRESHOLD hash alike. */
  readonly threshold?: number | undefined;
}

/** The hex SHA-256 of what is sent for the entry (managerid excluded). */
export function entryHash(entry: HashedFields): string {
  const fields: unknown[] = [SCHEME, entry.skill, entry.title, entry.content, entry.questions];
  if (entry.threshold !== undefined && entry.threshold !== DEFAULT_THRESHOLD) {
    fields.push(thresholdText(entry));
  }
  return sha256Hex(JSON.stringify(fields));
}
