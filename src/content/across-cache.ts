/**
 * The rules across entries, remembered: their diagnostics are kept in
 * `.faqops-cache/across.json` under a digest of everything validateAcrossEntries reads, so a
 * run whose inputs are those of the last one takes the result instead of computing it again
 * (at 10k entries the rules normalise and compare some 60k titles, questions and `:ask`
 * targets: a third of a warm run).
 *
 * The digest covers every input: each file's display path and keys (through the keys hash the
 * compile cache keeps: a SHA-256 of their JSON, positions included), in the order given, any
 * other argument of the rules (`extra`, as JSON), and the versions of faqops and the compiler.
 * Like the compile cache it is a cache, not state: a missing or malformed file is ignored, and
 * `--no-cache` neither reads nor writes it. The file is the JSON on one line, then its seal
 * (seal.ts): one changed in place is ignored too.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { temporaryPathBeside } from "../fs/atomic-write.js";
import { VERSION } from "../version.js";
import { COMPILER_VERSION } from "./compiler-version.js";
import { sealLine, unsealed, writeAll } from "./seal.js";

export const ACROSS_FILE = "across.json";

/** Bump when the rules across entries can say something else of the same input (3: `target-none`; 4: its message when no front matter `targets` is set). */
const FORMAT = "faqops-across/4";

/** How much of the file is written at a time, in UTF-16 units. */
const PIECE = 1 << 16;

/** What the digest takes of each file. */
export interface AcrossInput {
  readonly path: string;
  /** keysHash() of the file's keys. */
  readonly keysHash: string;
}

/**
 * The digest of the rules' inputs: `files` in order, and `extra`, the rules' other arguments
 * (JSON-serialisable; null when there are none).
 */
export function acrossKey(files: readonly AcrossInput[], extra: unknown = null): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([FORMAT, VERSION, COMPILER_VERSION, extra]));
  for (const file of files) hash.update(`\n${file.path}\u0000${file.keysHash}`);
  return hash.digest("hex");
}

/** The diagnostics remembered for `key` in `dir`, or undefined. */
export function readAcross(dir: string, key: string): Diagnostic[] | undefined {
  let value: unknown;
  try {
    const body = unsealed(readFileSync(path.join(dir, ACROSS_FILE)));
    if (body === undefined) return undefined;
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { format, key: stored, diagnostics } = value as Record<string, unknown>;
  if (format !== FORMAT || stored !== key || !Array.isArray(diagnostics)) return undefined;
  return diagnostics.every(isDiagnostic) ? diagnostics : undefined;
}

/** Remembers `diagnostics` for `key` in `dir`; a failure to write is not an error. */
export function writeAcross(dir: string, key: string, diagnostics: readonly Diagnostic[]): void {
  const file = path.join(dir, ACROSS_FILE);
  const tmp = temporaryPathBeside(file);
  try {
    const fd = openSync(tmp, "w", 0o644);
    const seal = createHash("sha256");
    const write = (text: string) => {
      const bytes = Buffer.from(text);
      seal.update(bytes);
      writeAll(fd, bytes);
    };
    try {
      // The JSON of {format, key, diagnostics}, written a piece at a time: made as one string
      // (~6 MB of UTF-8 at 100k entries, twice that as a string of Chinese text, and its
      // bytes again to write it) it was the highest point of a cold run's memory.
      let piece = JSON.stringify({ format: FORMAT, key, diagnostics: [] }).slice(0, -2);
      diagnostics.forEach((d, i) => {
        piece += `${i === 0 ? "" : ","}${JSON.stringify(d)}`;
        if (piece.length >= PIECE) {
          write(piece);
          piece = "";
        }
      });
      write(`${piece}]}\n`);
      writeAll(fd, Buffer.from(sealLine(seal.digest("hex"))));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder itself cannot be written (or is not one): nothing was left behind.
    }
  }
}

function isDiagnostic(value: unknown): value is Diagnostic {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.file === "string" &&
    Number.isSafeInteger(d.line) &&
    Number.isSafeInteger(d.column) &&
    (d.severity === "error" || d.severity === "warning") &&
    typeof d.ruleId === "string" &&
    typeof d.message === "string"
  );
}
