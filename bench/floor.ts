/**
 * The floor the benchmark compares faqops with: list the entry files with the loader's own
 * findEntryFiles (the same folder walk; no compiler code is loaded), read every one and hash its
 * bytes (with the loader's own SHA-256 call). Run as its own process, as the CLI is, so the
 * ratio includes the same start-up cost. Prints the file count.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findEntryFiles } from "../src/content/files.js";
import { sha256Hex } from "../src/sha256.js";

const contentDir = path.resolve(process.argv[2] ?? "content");
const files = await findEntryFiles(contentDir);
for (const file of files) sha256Hex(readFileSync(path.join(contentDir, file)));
process.stdout.write(`${files.length}\n`);
