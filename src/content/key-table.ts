/**
 * The keys of many files (what the rules across entries compare: skill, title, similar
 * questions, id, `:ask` questions, `targets`), held in a few flat arrays instead of an object
 * per key.
 *
 * Why: at 100k entries there are some 1.3 million keys, and as objects (`{text, line,
 * column}` in arrays in an object per file) they took ~88 MB of a cold check's 177 MB live
 * heap — Node 20 has no pointer compression, so an object costs 24 bytes and 8 more a field.
 * Here a key is a slot: its text (for a title or similar question, the very string the file's
 * entry holds: cache.ts, shareKeyStrings), its kind, its line and its column. A position
 * object is made only for a key a diagnostic is reported at.
 */
import type { EntryKeys, FileResult } from "./compile.js";

/** What a key is; a file's keys are kept in EntryKeys's order, so each kind is one run. */
export const KeyKind = {
  skill: 0,
  title: 1,
  question: 2,
  id: 3,
  ask: 4,
  target: 5,
} as const;
export type KeyKind = (typeof KeyKind)[keyof typeof KeyKind];

/** Stored instead of KeyKind.skill for a skill taken from the folder's name. */
const FOLDER_SKILL = 6;

/** Keys the arrays start with room for; they double when full. */
const INITIAL_KEYS = 1024;

/** The keys of `size` files, by index: each file's are set once, in any order. */
export class KeyTable {
  readonly size: number;
  readonly #paths: string[];
  /** Per file: the index of its first key, and how many it has; -1 when not set yet. */
  readonly #firsts: Int32Array;
  readonly #counts: Int32Array;
  readonly #drafts: Uint8Array;
  /** Per key. */
  readonly #texts: string[] = [];
  #kinds = new Uint8Array(INITIAL_KEYS);
  /** Per key, two slots: its line, then its column. */
  #positions = new Int32Array(2 * INITIAL_KEYS);

  constructor(size: number) {
    this.size = size;
    this.#paths = new Array<string>(size);
    this.#firsts = new Int32Array(size).fill(-1);
    this.#counts = new Int32Array(size);
    this.#drafts = new Uint8Array(size);
  }

  /** A table of the keys of `results`, in their order. */
  static of(results: readonly Pick<FileResult, "path" | "keys">[]): KeyTable {
    const table = new KeyTable(results.length);
    results.forEach((result, file) => {
      table.set(file, result.path, result.keys);
    });
    return table;
  }

  /** Sets the keys of file `file`, shown as `path` in diagnostics. */
  set(file: number, path: string, keys: EntryKeys): void {
    const first = this.#texts.length;
    if (keys.skill) this.#add(keys.skill.fromFolder ? FOLDER_SKILL : KeyKind.skill, keys.skill);
    if (keys.title) this.#add(KeyKind.title, keys.title);
    for (const question of keys.questions) this.#add(KeyKind.question, question);
    if (keys.id) this.#add(KeyKind.id, keys.id);
    for (const ask of keys.asks) this.#add(KeyKind.ask, ask);
    for (const target of keys.targets ?? []) this.#add(KeyKind.target, target);
    this.#paths[file] = path;
    this.#firsts[file] = first;
    this.#counts[file] = this.#texts.length - first;
    this.#drafts[file] = keys.draft ? 1 : 0;
  }

  /** True when file `file`'s keys were set. */
  has(file: number): boolean {
    return this.#firsts[file]! >= 0;
  }

  /** The file's path, as diagnostics show it. */
  path(file: number): string {
    return this.#paths[file]!;
  }

  /** True when the file is a draft. */
  draft(file: number): boolean {
    return this.#drafts[file] === 1;
  }

  /** The file's keys of `kind`, in order (a skill, title and id are one at most). */
  keys(file: number, kind: KeyKind): number[] {
    const out: number[] = [];
    const first = this.#firsts[file]!;
    const end = first + this.#counts[file]!;
    for (let key = first; key < end; key++) {
      if (this.#kindOf(key) === kind) out.push(key);
    }
    return out;
  }

  /** The file's one key of `kind` (skill, title or id), or undefined when it has none. */
  one(file: number, kind: KeyKind): number | undefined {
    const first = this.#firsts[file]!;
    const end = first + this.#counts[file]!;
    for (let key = first; key < end; key++) {
      if (this.#kindOf(key) === kind) return key;
    }
    return undefined;
  }

  text(key: number): string {
    return this.#texts[key]!;
  }

  /** How many keys the table holds, of every file: keys are numbered from 0 to this. */
  get keyCount(): number {
    return this.#texts.length;
  }

  /** Where the key was written (a skill from the folder's name: 1:1). */
  position(key: number): { line: number; column: number } {
    return { line: this.#positions[2 * key]!, column: this.#positions[2 * key + 1]! };
  }

  /** True for a skill that is the folder's name, not front matter's. */
  fromFolder(key: number): boolean {
    return this.#kinds[key] === FOLDER_SKILL;
  }

  #kindOf(key: number): KeyKind {
    const kind = this.#kinds[key]!;
    return kind === FOLDER_SKILL ? KeyKind.skill : (kind as KeyKind);
  }

  #add(kind: number, ref: { text: string; line: number; column: number }): void {
    const key = this.#texts.length;
    if (key === this.#kinds.length) this.#grow();
    this.#texts.push(ref.text);
    this.#kinds[key] = kind;
    this.#positions[2 * key] = ref.line;
    this.#positions[2 * key + 1] = ref.column;
  }

  #grow(): void {
    const kinds = new Uint8Array(2 * this.#kinds.length);
    kinds.set(this.#kinds);
    this.#kinds = kinds;
    const positions = new Int32Array(2 * this.#positions.length);
    positions.set(this.#positions);
    this.#positions = positions;
  }
}
