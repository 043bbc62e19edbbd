/**
 * The floor the benchmark compares faqops with: list the entry files as the loader does
 * (globby), read every one and hash its bytes; no parsing. Run as its own small process, as
 * the CLI is, so the ratio includes the same start-up cost. Prints the file count.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { globby } from "globby";

const contentDir = path.resolve(process.argv[2] ?? "content");
const files = await globby("**/*.md", {
  cwd: contentDir,
  dot: false,
  onlyFiles: true,
  followSymbolicLinks: true,
  caseSensitiveMatch: true,
});
let count = 0;
for (const file of files) {
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (name.startsWith("_") || name.startsWith(".") || name.toLowerCase() === "readme.md") continue;
  createHash("sha256")
    .update(readFileSync(path.join(contentDir, file)))
    .digest("hex");
  count++;
}
process.stdout.write(`${count}\n`);
