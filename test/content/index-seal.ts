/**
 * Edits a compile cache's index the way the tests that prove a record is reused need to: the
 * edit kept under a trailer that matches it (the SHA-256 of every byte before it, cache.ts),
 * as a run would have written it. Without the new trailer the run ignores the whole index.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

/** The index `file` with `edit` applied to its lines, sealed again. */
export function rewriteSealedIndex(file: string, edit: (lines: string) => string): void {
  const text = readFileSync(file, "utf8");
  const body = edit(text.slice(0, text.lastIndexOf("\n", text.length - 2) + 1));
  const hex = createHash("sha256").update(body).digest("hex");
  writeFileSync(file, `${body}{"sha256":"${hex}"}\n`);
}
