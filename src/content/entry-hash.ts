/**
 * The entry hash: a fingerprint of everything `setautoreply` sends for an entry except the
 * managerid and the encryption's randomness: skill, title, content and the similar questions,
 * in order.
 *
 * It is SHA-256 over a JSON array, so it depends only on the sent strings: not on the file's
 * path, its line endings, its Markdown spelling (`*a*` vs `_a_`), Node's version or the machine.
 * The leading tag names the scheme, so a future change of what is hashed cannot be confused
 * with this one.
 *
 * It lives with the compiler because the compiler computes it, once per compile, and the cache
 * keeps it: the planner compares hashes and never needs an unchanged entry's answer.
 */
import { createHash } from "node:crypto";

const SCHEME = "faqops-entry/1";

/** What the hash covers: the fields setautoreply sends (managerid excluded). */
export interface HashedFields {
  readonly skill: string;
  readonly title: string;
  readonly content: string;
  readonly questions: readonly string[];
}

/** The hex SHA-256 of what setautoreply sends for the entry (managerid excluded). */
export function entryHash(entry: HashedFields): string {
  const canonical = JSON.stringify([
    SCHEME,
    entry.skill,
    entry.title,
    entry.content,
    entry.questions,
  ]);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
