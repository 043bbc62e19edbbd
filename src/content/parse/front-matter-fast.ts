/**
 * A fast path for the YAML front matter entries are usually written in: `key: value` lines and
 * `questions:` followed by `- item` lines. The YAML library's full parser costs about a third
 * of compiling a typical entry; this scanner costs a small fraction of that.
 *
 * The contract: either `undefined` ("not sure") or the mapping `parseDocument` would build
 * with no errors or warnings, for everything front-matter.ts reads from it: the node kinds,
 * keys and values (with the core schema's types), and each node's `range` start and end.
 * Comments, anchors, tags, block scalars, flow collections, escapes, multi-line values,
 * empty values, null, and numbers other than short plain decimals (`0.85`, `1`: what
 * `threshold:` takes) are left to the library. test/content/parse/front-matter-fast.test.ts
 * checks the contract against it.
 */
import { type CST, Pair, Parser, Scalar, YAMLMap, YAMLSeq } from "yaml";

/** Reads simple front matter YAML like the YAML library would, or returns undefined. */
export function parseFrontMatterFast(yaml: string): YAMLMap | undefined {
  if (UNSURE_ANYWHERE.test(yaml)) return undefined;
  const map = new YAMLMap();
  const seen = new Set<string>();
  let start = 0;
  while (start < yaml.length) {
    const end = lineEnd(yaml, start);
    const line = yaml.slice(start, end);
    if (line === "") {
      start = end + 1;
      continue;
    }
    const key = KEY_LINE.exec(line);
    if (!key || seen.has(key[1]!) || NOT_A_STRING_KEY.test(key[1]!)) return undefined;
    seen.add(key[1]!);
    const keyNode = scalar(key[1]!, start, start + key[1]!.length);
    if (key[2] !== undefined) {
      const value = readScalar(key[2], start + key[0].length - key[2].length);
      if (!value) return undefined;
      map.items.push(new Pair(keyNode, value));
      start = end + 1;
      continue;
    }
    // `key:` alone: the fast path takes it only as the start of a list of items.
    const list = readList(yaml, end + 1);
    if (!list) return undefined;
    map.items.push(new Pair(keyNode, list.node));
    start = list.end;
  }
  // No keys at all: the library reads an empty document, not an empty mapping.
  return map.items.length > 0 ? map : undefined;
}

/**
 * Characters YAML does not allow as they are (controls, a BOM inside the text, non-characters)
 * or that YAML 1.1 read as line breaks: the library reports or treats them in its own way.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const UNSURE_ANYWHERE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** `key: value` or `key:` at the start of a line; the key a plain word. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;

/** Words the core schema reads as null or a boolean: as keys, the fast path leaves them alone. */
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

function lineEnd(text: string, start: number): number {
  const i = text.indexOf("\n", start);
  return i === -1 ? text.length : i;
}

function scalar(value: string | boolean | number, start: number, end: number): Scalar {
  const node = new Scalar(value);
  node.range = [start, end, end];
  return node;
}

/**
 * `- item` lines (at one indent, none or more spaces) starting at `start`; where they end.
 * A YAML sequence's range starts at its first `-` and ends after its last line.
 */
function readList(yaml: string, start: number): { node: YAMLSeq; end: number } | undefined {
  const seq = new YAMLSeq();
  let indent = -1;
  let at = start;
  let first = -1;
  while (at < yaml.length) {
    const end = lineEnd(yaml, at);
    const item = /^( *)- (.*)$/.exec(yaml.slice(at, end));
    if (!item) break;
    if (indent === -1) indent = item[1]!.length;
    if (item[1]!.length !== indent) return undefined;
    if (first === -1) first = at + indent;
    const value = readScalar(item[2]!, at + indent + 2);
    if (!value || typeof value.value !== "string") return undefined;
    seq.items.push(value);
    at = Math.min(end + 1, yaml.length);
  }
  if (first === -1) return undefined;
  // What follows must be the next key or a blank line: anything else is more YAML than this.
  if (at < yaml.length && !/^(?:[A-Za-z_]|\n)/.test(yaml.slice(at, at + 1))) return undefined;
  seq.range = [first, at, at];
  return { node: seq, end: at };
}

/**
 * One value on its line, starting at `offset`: a plain scalar that the core schema reads as
 * text (or `true`/`false`, or a short decimal number), or a quoted one without escapes.
 * Undefined for anything else.
 */
function readScalar(text: string, offset: number): Scalar | undefined {
  if (text === "" || text !== text.trim()) return undefined;
  const first = text[0]!;
  if (first === '"' || first === "'") {
    // Quoted, with no escapes (`\` in double quotes, `''` in single) and nothing after it.
    const close = text.indexOf(first, 1);
    if (close !== text.length - 1 || (first === '"' && text.includes("\\"))) return undefined;
    return scalar(text.slice(1, -1), offset, offset + text.length);
  }
  if (INDICATOR.test(first) || /: |:$| #|\t/.test(text)) return undefined;
  if (text === "true" || text === "false")
    return scalar(text === "true", offset, offset + text.length);
  if (DECIMAL.test(text)) return scalar(Number(text), offset, offset + text.length);
  if (NOT_TEXT.test(text)) return undefined;
  return scalar(text, offset, offset + text.length);
}

/** Characters that give a value's first character a meaning of its own in YAML. */
const INDICATOR = /[-?:,[\]{}#&*!|>'"%@`\s]/;

/**
 * Plain decimals the core schema reads as numbers and the fast path takes: no sign, exponent
 * or trailing `.`, and few enough digits (12 significant at most) that Number() gives exactly
 * the library's parseInt/parseFloat value.
 */
const DECIMAL = /^[0-9]{1,6}(?:\.[0-9]{1,6})?$/;

/** Plain values the core schema reads as something other than text: null, booleans, numbers. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|True|TRUE|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

// ---------------------------------------------------------------------------------------------
// Bounds

/**
 * How much front matter may hold, checked before the YAML library sees it. The library
 * composes nested collections recursively: a few thousand levels (`[[[…`, or keys indented one
 * space more each line) overflow the stack, which it reports at whatever place the stack ran
 * out (not the same in a worker thread or a deeper call), and near that limit V8 can abort the
 * whole process compiling a regular expression ("RegExpCompiler Allocation failed"). Its time
 * is near-linear but not small: 32,000 characters of the worst shapes found (an error for each
 * character, such as `]]]…`) take about half a second. The format needs two levels
 * (`questions:` and its items) and a few kilobytes.
 */
export const FRONT_MATTER_LIMITS = {
  /** Characters (code points): 200 similar questions of 128 characters still fit. */
  characters: 32_000,
  /** Mappings, lists and `[…]`/`{…}` inside one another. */
  depth: 20,
} as const;

/** A limit the front matter passes, and where (an offset into the YAML text). */
export interface FrontMatterBoundProblem {
  readonly ruleId: "front-matter-too-large" | "front-matter-too-deep";
  readonly offset: number;
  readonly message: string;
}

/**
 * The front matter's size against FRONT_MATTER_LIMITS: checked first, before anything reads
 * the YAML (the fast path included, so that it changes no result).
 */
export function frontMatterTooLarge(yaml: string): FrontMatterBoundProblem | undefined {
  let characters = 0;
  let passedAt = 0;
  for (let i = 0; i < yaml.length; i++) {
    const code = yaml.charCodeAt(i);
    // A low surrogate after a high one is part of the same character.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(yaml.charCodeAt(i - 1))) {
      continue;
    }
    if (++characters === FRONT_MATTER_LIMITS.characters + 1) passedAt = i;
  }
  if (characters <= FRONT_MATTER_LIMITS.characters) return undefined;
  return {
    ruleId: "front-matter-too-large",
    offset: passedAt,
    message: `the front matter is ${format(characters)} characters long, more than faqops reads (${format(FRONT_MATTER_LIMITS.characters)}; this is where it passes that): keep the title and the similar questions users really ask, and move text into the answer`,
  };
}

/**
 * The front matter's nesting against FRONT_MATTER_LIMITS: checked before the YAML library
 * composes it. What the fast path reads is two levels deep at most, so it need not wait for it.
 */
export function frontMatterTooDeep(yaml: string): FrontMatterBoundProblem | undefined {
  const deep = yamlNesting(yaml, FRONT_MATTER_LIMITS.depth);
  if (deep === undefined) return undefined;
  return {
    ruleId: "front-matter-too-deep",
    offset: deep,
    message: `the front matter is nested more than ${FRONT_MATTER_LIMITS.depth} levels deep here: it needs \`key: value\` lines and one list (\`questions:\` with \`- 问题\` items); quote text that starts with \`[\` or \`{\`, or holds \`: \``,
  };
}

const format = (n: number): string => n.toLocaleString("en-US");

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Where mappings, lists and flow collections first nest more than `limit` deep, or undefined:
 * exactly as deep as the library will compose them, since its composer follows the tree its
 * parser builds (error recovery included: `a: b: c: …` on one line nests a mapping per `: `).
 * The parser keeps its own stack (it does not recurse), and so does this walk; the composer
 * recurses, and is never handed a tree deeper than the limit.
 */
export function yamlNesting(yaml: string, limit: number): number | undefined {
  const pending: { token: CST.Token | null | undefined; depth: number }[] = [];
  // Pushed in reverse and popped, so tokens are visited in document order.
  const push = (tokens: readonly (CST.Token | null | undefined)[], depth: number): void => {
    for (let i = tokens.length - 1; i >= 0; i--) pending.push({ token: tokens[i], depth });
  };
  push([...new Parser().parse(yaml)], 0);
  while (pending.length > 0) {
    const { token, depth } = pending.pop()!;
    if (!token) continue;
    if (token.type === "document") {
      push([token.value], depth);
    } else if (
      token.type === "block-map" ||
      token.type === "block-seq" ||
      token.type === "flow-collection"
    ) {
      if (depth + 1 > limit) return token.offset;
      // In a flow sequence, an item written as a pair (`[a: b]`) is a mapping of its own.
      const sequence = token.type === "flow-collection" && token.start.source === "[";
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i]!;
        const pair =
          sequence &&
          (item.sep !== undefined ||
            item.start.some((t) => t.type === "explicit-key-ind" || t.type === "map-value-ind"));
        if (pair && depth + 2 > limit) return token.offset;
        push([item.key, item.value], pair ? depth + 2 : depth + 1);
      }
    }
  }
  return undefined;
}
