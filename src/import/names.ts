/**
 * File and folder names for imported entries: readable (the title's own words), the same for
 * the same title on every run, safe on Windows, macOS and Linux and in a shell, and never the
 * name of another file.
 */
import { alike } from "../content/text-compare.js";

/**
 * Characters kept from the title or skill, in code points: long enough to tell entries apart
 * at a glance, short enough that a path stays far below 255 bytes (50 four-byte characters
 * and a suffix) and readable in a terminal.
 */
export const MAX_NAME_CHARACTERS = 50;

/** Names Windows reserves (with any extension), and names the content format skips. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d|readme)$/i;

/**
 * A name from text: letters, marks and digits of any script, and `-`, `_`, `.`; every other
 * run of characters (spaces, punctuation, symbols, emoji) becomes one `-`. Ends lose `-`, `_`
 * and `.`, so the name never starts like a file the format ignores (`_`, `.`) or ends like
 * one Windows cannot write (`.`). `如何开户？` → `如何开户`; `What's new?` → `What-s-new`;
 * nothing usable → `entry`.
 */
export function safeName(text: string): string {
  const name = text
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, "-")
    .replace(/-{2,}/g, "-");
  const short = [...name].slice(0, MAX_NAME_CHARACTERS).join("");
  const trimmed = short.replace(/^[-_.]+|[-_.]+$/g, "");
  if (trimmed === "") return "entry";
  return RESERVED.test(trimmed) ? `${trimmed}-entry` : trimmed;
}

/**
 * The paths taken in the content folder, compared as a case-insensitive, normalising file
 * system (macOS, Windows) would: `A.md` and `a.md`, or a name in NFC and in NFD, are one file
 * there, so they are one name here too.
 */
export class TakenNames {
  private readonly keys = new Set<string>();

  constructor(paths: Iterable<string>) {
    for (const p of paths) this.keys.add(pathKey(p));
  }

  has(path: string): boolean {
    return this.keys.has(pathKey(path));
  }

  add(path: string): void {
    this.keys.add(pathKey(path));
  }

  /** Gives a path back (its row was not imported), for a later row to take. */
  release(path: string): void {
    this.keys.delete(pathKey(path));
  }

  /**
   * A free path `${folder}/${stem}${suffix}` (or without the folder when it is ""): the stem
   * itself, else `stem-2`, `stem-3`… in the order names are asked for, so the same rows give
   * the same names. The path is taken.
   */
  allocate(folder: string, stem: string, suffix = ""): string {
    const join = (name: string): string => (folder === "" ? name : `${folder}/${name}`);
    let candidate = join(`${stem}${suffix}`);
    for (let n = 2; this.has(candidate); n++) candidate = join(`${stem}-${n}${suffix}`);
    this.add(candidate);
    return candidate;
  }
}

function pathKey(path: string): string {
  return alike(path);
}
