/**
 * The floor the benchmark compares faqops with: list the entry files with the loader's own
 * findEntryFiles (the same folder walk; no compiler code is loaded), read every one and hash its bytes. Run
 * as its own process, as the CLI is, so the ratio includes the same start-up cost. Prints the
 * file count.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { findEntryFiles } from "../src/content/files.js";

const contentDir = path.resolve(process.argv[2] ?? "content");
const files = await findEntryFiles(contentDir);
for (const file of files) {
  createHash("sha256")
    .update(readFileSync(path.join(contentDir, file)))
    .digest("hex");
}
process.stdout.write(`${files.length}\n`);
