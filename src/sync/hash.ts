/**
 * The entry hash: a fingerprint of everything `setautoreply` sends for an entry except the
 * managerid and the encryption's randomness: skill, title, content and the similar questions,
 * in order.
 *
 * It is SHA-256 over a JSON array, so it depends only on the sent strings: not on the file's
 * path, its line endings, its Markdown spelling (`*a*` vs `_a_`), Node's version or the machine.
 * The leading tag names the scheme, so a future change of what is hashed cannot be confused
 * with this one.
 */
import { createHash } from "node:crypto";
import type { AutoReply } from "../platform/types.js";

const SCHEME = "faqops-entry/1";

/** The hex SHA-256 of what setautoreply sends for the entry (managerid excluded). */
export function entryHash(entry: AutoReply): string {
  const canonical = JSON.stringify([
    SCHEME,
    entry.skill,
    entry.title,
    entry.content,
    entry.questions,
  ]);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** The platform identifies an entry by its skill and title; this is that identity as one key. */
export function identityKey(entry: { skill: string; title: string }): string {
  return `${entry.skill}\u0000${entry.title}`;
}
