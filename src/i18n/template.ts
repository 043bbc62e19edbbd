/**
 * The translation engine: a catalogue entry pairs an English template with its Chinese one, and
 * an English text is translated by finding the entry whose template it fits.
 *
 * faqops builds its messages in English where the problem is found, with the values
 * (a title, a path, a count) spliced in. Rather than rewrite every one of those places, each
 * message's shape is written once more here, as a template with named holes:
 *
 *   en: "question {{index:n}} is empty; remove it"
 *   zh: "第 {{index}} 个相似问法是空的：请删除它"
 *
 * A hole's kind says what it can hold: a primitive (`n`, a number; `text`, anything, the
 * default; see PRIMITIVES) whose value is kept as written, or a fragment catalogue (kinds.ts),
 * itself entries, whose value is translated in turn. Values (titles, keys, paths, rule ids)
 * therefore reach the Chinese text unchanged. The Chinese template may use a hole's value any
 * number of times, or not at all (an English plural's "entry"/"entries").
 *
 * The English templates are also what test/i18n reads back from the source: each `${…}` in a
 * message literal is a hole there, so every message written in the code must have an entry here
 * with its holes at the same places.
 */

/** One translatable shape: its English template and its Chinese one. */
export interface Entry {
  readonly en: string;
  readonly zh: string;
  /**
   * A last resort that keeps someone else's English (a library's message): it matches, but the
   * translation counts as incomplete.
   */
  readonly partial?: true;
}

/**
 * A kind of hole matched by a pattern (a RegExp source with no captures): its value is kept as
 * written, or passed through `zh` (a list's "a, b and c" becomes "a、b 和 c").
 */
export interface Primitive {
  readonly pattern: string;
  readonly zh?: (value: string) => string;
}

/** What a kind name stands for: a primitive, or a fragment catalogue translated in turn. */
export type Kind = Primitive | readonly Entry[];

/** The primitives every catalogue can use. */
export const PRIMITIVES: Readonly<Record<string, Primitive>> = {
  /** Anything, as little as possible (the default). */
  text: { pattern: "[^]*?" },
  /** A number as faqops prints it: `3`, `32,001`, `0.85`, `-1`. */
  n: { pattern: "-?[0-9][0-9,]*(?:\\.[0-9]+)?" },
  /** One word of code: a key, a flag, a card or attribute name (no spaces). */
  word: { pattern: "[^\\s]*?" },
};

/** Where kind names are looked up: the primitives, then what kinds.ts, errors.ts, text.ts add. */
let registry: Readonly<Record<string, Kind>> = PRIMITIVES;

/** Every kind known so far, primitives included (for tests that read the catalogues whole). */
export function registeredKinds(): Readonly<Record<string, Kind>> {
  return registry;
}

/** Adds fragment catalogues (kinds.ts, errors.ts) to the ones already known. */
export function registerKinds(kinds: Readonly<Record<string, Kind>>): void {
  registry = { ...registry, ...kinds };
}

/** The hole syntax: `{{name}}` or `{{name:kind}}`. */
const HOLE = /\{\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z0-9-]+))?\}\}/g;

interface Hole {
  readonly name: string;
  readonly kind: string;
}

interface Compiled {
  readonly regex: RegExp;
  readonly holes: readonly Hole[];
}

const compiled = new Map<string, Compiled>();
const patterns = new Map<string, string>();

function kindOf(name: string): Kind {
  const kind = registry[name];
  if (!kind) throw new Error(`i18n: unknown kind "${name}"`);
  return kind;
}

/** The RegExp source of a kind: its pattern, or the alternatives of its entries (no captures). */
function kindPattern(name: string): string {
  const known = patterns.get(name);
  if (known !== undefined) return known;
  const kind = kindOf(name);
  // Set before recursing, so a kind that names itself does not loop (it matches nothing there).
  patterns.set(name, "(?!)");
  const pattern = isPrimitive(kind)
    ? kind.pattern
    : `(?:${kind.map((entry) => templateSource(entry.en, false)).join("|")})`;
  patterns.set(name, pattern);
  return pattern;
}

function isPrimitive(kind: Kind): kind is Primitive {
  return !Array.isArray(kind);
}

/** A template as a RegExp source: literal text escaped, holes as their kinds' patterns. */
function templateSource(template: string, capture: boolean, holes: Hole[] = []): string {
  let source = "";
  let last = 0;
  for (const match of template.matchAll(HOLE)) {
    source += escapeRegExp(template.slice(last, match.index));
    const hole = { name: match[1]!, kind: match[2] ?? "text" };
    holes.push(hole);
    const pattern = kindPattern(hole.kind);
    source += capture ? `(${pattern})` : `(?:${pattern})`;
    last = match.index + match[0].length;
  }
  return source + escapeRegExp(template.slice(last));
}

function compile(template: string): Compiled {
  const known = compiled.get(template);
  if (known) return known;
  const holes: Hole[] = [];
  const regex = new RegExp(`^${templateSource(template, true, holes)}$`);
  const result = { regex, holes };
  compiled.set(template, result);
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A translation, and whether every part of the text had an entry. */
export interface Translation {
  readonly text: string;
  /** False when a hole's fragment matched no entry of its kind (its English was kept). */
  readonly complete: boolean;
}

/**
 * Translates `text` with the first entry of `entries` whose English template it fits, or
 * returns undefined when none does.
 */
export function translate(entries: readonly Entry[], text: string): Translation | undefined {
  for (const entry of entries) {
    const { regex, holes } = compile(entry.en);
    const match = regex.exec(text);
    if (!match) continue;
    let complete = entry.partial !== true;
    const values = new Map<string, string>();
    holes.forEach((hole, i) => {
      const value = match[i + 1] ?? "";
      const kind = kindOf(hole.kind);
      if (isPrimitive(kind)) {
        values.set(hole.name, kind.zh ? kind.zh(value) : value);
        return;
      }
      const inner = translate(kind, value);
      if (!inner?.complete) complete = false;
      values.set(hole.name, inner?.text ?? value);
    });
    const zh = entry.zh.replace(HOLE, (_, name: string) => values.get(name) ?? "");
    return { text: zh, complete };
  }
  return undefined;
}

/** The names of a template's holes, in order (for tests that check the Chinese side). */
export function holeNames(template: string): string[] {
  return [...template.matchAll(HOLE)].map((m) => m[1]!);
}

/** A template with every hole written `{{}}`: the form test/i18n compares with the source. */
export function normalizeTemplate(template: string): string {
  return template.replace(HOLE, "{{}}");
}
