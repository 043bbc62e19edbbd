/**
 * Front matter: split from the body, parsed as YAML 1.2 (core schema), and checked key by key
 * against the format's table, with a position for every key and value.
 *
 * Why not gray-matter: it returns only strings (the YAML text and the body, with a newline
 * trimmed), never where they start, and it accepts things the format does not (`---yaml`
 * language tags, a missing closing line, `---` closing lines with text after them). Diagnostics
 * need exact offsets into the whole file, so the split is done here in a few lines instead.
 */
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type YAMLMap,
} from "yaml";
import { LIMITS, type Reporter } from "../rules.js";
import { alike, characterCount, cleanText, closest } from "../text-compare.js";
import {
  DEFAULT_THRESHOLD,
  roundThreshold,
  THRESHOLD_DECIMALS,
  thresholdText,
} from "../threshold.js";
import { fullWidthYaml, indentedKey } from "../typing.js";
import { FAST_PATHS } from "./fast-paths.js";
import {
  frontMatterTooDeep,
  frontMatterTooLarge,
  parseFrontMatterFast,
} from "./front-matter-fast.js";
import { FRONT_MATTER_KEYS, ID_PATTERN, TARGET_NAME_PATTERN } from "./front-matter-keys.js";

/** Where the front matter and the body are in the file's text. */
export interface FrontMatterSplit {
  /** Offset of the YAML text (the line after the opening `---`). */
  readonly yamlStart: number;
  /** Offset just past the YAML text (the start of the closing `---` line). */
  readonly yamlEnd: number;
  /** Offset of the body (the line after the closing `---`, or the end of the file). */
  readonly bodyStart: number;
}

const DELIMITER = /^---[ \t]*$/;

/** Finds the front matter; reports and returns undefined when it is missing or unclosed. */
export function splitFrontMatter(text: string, report: Reporter): FrontMatterSplit | undefined {
  const firstEnd = lineEnd(text, 0);
  if (!DELIMITER.test(text.slice(0, firstEnd))) {
    // Anchored at the start: with the `m` flag, this was tried at every line (quadratic).
    const late = /^(?:[ \t]*\n)+---[ \t]*(?:\n|$)/.test(text);
    report.at(
      "front-matter-missing",
      0,
      late
        ? "remove the blank lines before the opening `---`: front matter must start on line 1"
        : "the file must start with front matter: a `---` line, `title: <the question>`, and a closing `---` line",
    );
    return undefined;
  }
  const yamlStart = Math.min(firstEnd + 1, text.length);
  for (let start = yamlStart; start < text.length; ) {
    const end = lineEnd(text, start);
    if (DELIMITER.test(text.slice(start, end))) {
      return { yamlStart, yamlEnd: start, bodyStart: Math.min(end + 1, text.length) };
    }
    start = end + 1;
  }
  report.at(
    "front-matter-unclosed",
    0,
    "the front matter opened on line 1 is never closed: add a `---` line after its last key",
  );
  return undefined;
}

function lineEnd(text: string, start: number): number {
  const i = text.indexOf("\n", start);
  return i === -1 ? text.length : i;
}

/** A value from the front matter and where it was written. */
export interface Located {
  readonly text: string;
  /** Offset into the file's text. */
  readonly offset: number;
}

/** The front matter's values that passed their checks; absent when missing or wrong. */
export interface FrontMatter {
  title?: Located;
  /** From front matter; the folder default is applied by the compiler. */
  skill?: Located;
  /** True when `skill` was given but is wrong: then there is no folder default either. */
  skillInvalid: boolean;
  questions: Located[];
  id?: Located;
  draft: boolean;
  /** From 0 to 1, at most THRESHOLD_DECIMALS places; undefined when not set (or wrong). */
  threshold?: number;
  /**
   * The targets (faqops.config.yaml) the entry is limited to; undefined when not set: then
   * every target takes it. Names are checked against the config by the loader, which has it.
   */
  targets?: Located[];
  /** False when the YAML could not be read at all (no key-level checks were made). */
  readable: boolean;
}

/** Text that reads as a number (a quoted `"0.85"`): the threshold's hint drops the quotes. */
const NUMERIC_TEXT = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/** The longest skill name the platform accepts (its batch template's limit). */
export const SKILL_MAX_LENGTH = LIMITS.skillCharacters;

/**
 * Parses and checks the front matter's YAML; every problem is reported, nothing thrown.
 * Simple front matter takes the fast path (front-matter-fast.ts), which reads it exactly as
 * the YAML library would, unless FAQOPS_FAST_PATHS=0 (fast-paths.ts); `fast: false` always
 * uses the library (for tests that compare).
 */
export function readFrontMatter(
  text: string,
  split: FrontMatterSplit,
  report: Reporter,
  { fast = FAST_PATHS }: { fast?: boolean } = {},
): FrontMatter {
  const result: FrontMatter = { questions: [], draft: false, skillInvalid: false, readable: false };
  const base = split.yamlStart;
  const yaml = text.slice(base, split.yamlEnd);
  // Past FRONT_MATTER_LIMITS the YAML is not parsed (front-matter-fast.ts says why).
  const large = frontMatterTooLarge(yaml);
  if (large) {
    report.at(large.ruleId, base + large.offset, large.message);
    return result;
  }
  const simple = fast ? parseFrontMatterFast(yaml) : undefined;
  if (simple) {
    result.readable = true;
    checkKeys(simple, new Values(undefined, text, base, report), text, base, report, result);
    return result;
  }
  const deep = frontMatterTooDeep(yaml);
  if (deep) {
    report.at(deep.ruleId, base + deep.offset, deep.message);
    return result;
  }
  const doc = parseDocument(yaml, {
    schema: "core",
    version: "1.2",
    uniqueKeys: true,
    prettyErrors: false,
  });
  // Should frontMatterTooDeep ever miss some nesting: the library's stack ran out, at a place
  // that depends on the stack (a worker's, a deeper caller's), so it is reported at the start.
  if (doc.errors.some((e) => e.code === "RESOURCE_EXHAUSTION")) {
    report.at("front-matter-too-deep", base, "the front matter is nested too deeply to read");
    return result;
  }
  // The first YAML error is the one to fix; later ones are usually its echoes.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const offset = base + problem.pos[0];
    if (problem.code === "DUPLICATE_KEY") {
      const name = /^[^:\n]*/.exec(text.slice(offset))![0].trim();
      report.at("key-duplicate", offset, `\`${name}\` is given twice; keep one`);
    } else {
      // A full-width colon or space typed by an input method: name it, not YAML's echo of it.
      const typed = fullWidthYaml(yaml, problem.pos[0]);
      report.at(
        "front-matter-yaml",
        typed ? base + typed.offset : offset,
        typed?.message ??
          `the front matter is not valid YAML (${problem.message.replace(/\.$/, "")}); text containing ": " or starting with a special character must be quoted`,
      );
    }
    return result;
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    result.readable = true;
    report.at("title-required", 0, "the front matter is empty: add `title: <the question>`");
    return result;
  }
  if (!isMap(contents)) {
    // `title：如何开户` is one plain scalar to YAML: the full-width colon is the mistake.
    const typed = fullWidthYaml(yaml);
    if (typed) report.at("front-matter-yaml", base + typed.offset, typed.message);
    else {
      report.at(
        "front-matter-shape",
        base + (contents.range?.[0] ?? 0),
        "the front matter must be `key: value` lines (a YAML mapping), such as `title: 如何开户？`",
      );
    }
    return result;
  }
  result.readable = true;
  checkKeys(contents, new Values(doc, text, base, report), text, base, report, result);
  return result;
}

/** Checks each key of the front matter's mapping and fills in `result`. */
function checkKeys(
  contents: YAMLMap,
  values: Values,
  text: string,
  base: number,
  report: Reporter,
  result: FrontMatter,
): void {
  const seen = new Map<string, { key: Node; value: Node | null }>();
  for (const pair of contents.items) {
    const key = pair.key as Node;
    const keyOffset = base + (key.range?.[0] ?? 0);
    const name =
      isScalar(key) && typeof key.value === "string"
        ? key.value
        : text.slice(keyOffset, base + (key.range?.[1] ?? 0));
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(name)) {
      const guess = closest(name, FRONT_MATTER_KEYS);
      report.at(
        "unknown-key",
        keyOffset,
        indentedKey(name, FRONT_MATTER_KEYS) ??
          (guess
            ? `unknown key \`${name}\`: did you mean \`${guess}\`?`
            : `unknown key \`${name}\`; the keys are ${FRONT_MATTER_KEYS.map((k) => `\`${k}\``).join(", ")}`),
      );
      continue;
    }
    seen.set(name, { key, value: (pair.value as Node | null) ?? null });
  }

  const title = seen.get("title");
  if (!title) {
    report.at("title-required", 0, "add `title: <the question>` to the front matter");
  } else {
    result.title = values.title(title.key, title.value);
  }
  const skill = seen.get("skill");
  if (skill) {
    const located = values.skill(skill.key, skill.value);
    if (located === null) result.skillInvalid = true;
    else if (located) result.skill = located;
  }
  const questions = seen.get("questions");
  if (questions) result.questions = values.questions(questions.key, questions.value, result.title);
  const id = seen.get("id");
  if (id) {
    const located = values.id(id.key, id.value);
    if (located) result.id = located;
  }
  const draft = seen.get("draft");
  if (draft) result.draft = values.draft(draft.key, draft.value);
  const threshold = seen.get("threshold");
  if (threshold) {
    const value = values.threshold(threshold.key, threshold.value);
    if (value !== undefined) result.threshold = value;
  }
  const targets = seen.get("targets");
  if (targets) {
    const names = values.targets(targets.key, targets.value);
    if (names) result.targets = names;
  }
}

/** The value of one key, type checked. `null` values mean "not set" for optional keys. */
class Values {
  constructor(
    /** Undefined for the fast path's mappings, which have no aliases to resolve. */
    private readonly doc: Document | undefined,
    private readonly text: string,
    private readonly base: number,
    private readonly report: Reporter,
  ) {}

  title(key: Node, value: Node | null): Located | undefined {
    const s = this.string("title", key, value);
    if (s === undefined) return undefined;
    if (s === null || s.text.trim() === "") {
      this.report.at(
        "title-required",
        s?.offset ?? this.offset(key),
        "`title` is empty: write the standard question after `title:`",
      );
      return undefined;
    }
    const text = cleanText(s.text);
    if (text.includes("\n")) {
      this.report.at("title-multiline", s.offset, "`title` must be one line");
      return undefined;
    }
    return { text, offset: s.offset };
  }

  /** The skill; null when given but wrong, undefined when not set. */
  skill(key: Node, value: Node | null): Located | null | undefined {
    const s = this.string("skill", key, value);
    if (s === undefined) return null;
    if (s === null) return undefined;
    const text = cleanText(s.text);
    if (text.includes("\n")) {
      this.report.at("skill-multiline", s.offset, "`skill` must be one line");
      return null;
    }
    const length = characterCount(text);
    if (length < 1 || length > SKILL_MAX_LENGTH) {
      this.report.at(
        "skill-length",
        s.offset,
        length < 1
          ? "`skill` is empty: write a skill name, or remove the key to use the folder's name"
          : `\`skill\` is ${length} characters long; the platform allows at most ${SKILL_MAX_LENGTH}`,
      );
      return null;
    }
    return { text, offset: s.offset };
  }

  questions(key: Node, value: Node | null, title: Located | undefined): Located[] {
    if (value === null || this.isNull(value)) return [];
    const node = this.resolve(value);
    if (!isSeq(node)) {
      this.report.at(
        "key-type",
        this.offset(value, key),
        `\`questions\` must be a list, but it is ${this.typeName(node)}: write each question on its own line as \`  - 问题\``,
      );
      return [];
    }
    const out: Located[] = [];
    const seenAlike = new Map<string, number>();
    const titleAlike = title ? alike(title.text) : undefined;
    node.items.forEach((item, index) => {
      const itemNode = item as Node;
      const offset = this.offset(itemNode, value);
      const resolved = this.resolve(itemNode);
      if (this.isNull(resolved)) {
        this.report.at("question-empty", offset, `question ${index + 1} is empty; remove it`);
        return;
      }
      if (!isScalar(resolved) || typeof resolved.value !== "string") {
        this.report.at(
          "key-type",
          offset,
          `question ${index + 1} is ${this.typeName(resolved)}, not text: quote it (\`- ${JSON.stringify(this.source(itemNode).trim())}\`)`,
        );
        return;
      }
      const text = cleanText(resolved.value);
      if (text === "") {
        this.report.at("question-empty", offset, `question ${index + 1} is empty; remove it`);
        return;
      }
      if (text.includes("\n")) {
        this.report.at("question-multiline", offset, `question ${index + 1} must be one line`);
        return;
      }
      const key = alike(text);
      const earlier = seenAlike.get(key);
      if (earlier !== undefined) {
        this.report.at(
          "question-duplicate",
          offset,
          `question ${index + 1} is the same as question ${earlier + 1}; remove one`,
        );
        return;
      }
      seenAlike.set(key, index);
      if (key === titleAlike) {
        this.report.at(
          "question-alike-title",
          offset,
          `question ${index + 1} is the same as the title; remove it (the title is already asked)`,
        );
        return;
      }
      out.push({ text, offset });
    });
    return out;
  }

  id(key: Node, value: Node | null): Located | undefined {
    const s = this.string("id", key, value);
    if (!s) return undefined;
    if (!ID_PATTERN.test(s.text)) {
      this.report.at(
        "id-format",
        s.offset,
        `\`id\` may hold only letters, digits, \`-\`, \`_\` and \`/\` (such as \`card/apply\`); got "${s.text}"`,
      );
      return undefined;
    }
    return s;
  }

  draft(key: Node, value: Node | null): boolean {
    if (value === null || this.isNull(value)) return false;
    const node = this.resolve(value);
    if (isScalar(node) && typeof node.value === "boolean") return node.value;
    this.report.at(
      "key-type",
      this.offset(value, key),
      `\`draft\` must be true or false, but it is ${this.typeName(node)}: write \`draft: true\` or \`draft: false\` without quotes`,
    );
    return false;
  }

  /**
   * The similarity threshold: a YAML number from 0 to 1 with at most THRESHOLD_DECIMALS
   * places. Undefined when empty (not set) or wrong. Text is not read as a number, quoted or
   * not (`"0.85"`): the format never coerces, and one spelling keeps the files alike.
   */
  threshold(key: Node, value: Node | null): number | undefined {
    if (value === null || this.isNull(value)) return undefined;
    const node = this.resolve(value);
    const offset = this.offset(value, key);
    if (!isScalar(node) || typeof node.value !== "number") {
      const text = isScalar(node) && typeof node.value === "string" ? node.value.trim() : "";
      const quoted = NUMERIC_TEXT.test(text) ? Number(text) : Number.NaN;
      const hint =
        quoted >= 0 && quoted <= 1
          ? `write it without quotes: \`threshold: ${text}\``
          : `write a number such as \`threshold: 0.85\` (leave the key out for the platform's default, ${DEFAULT_THRESHOLD})`;
      this.report.at(
        "key-type",
        offset,
        `\`threshold\` must be a number from 0 to 1, but it is ${this.typeName(node)}; ${hint}`,
      );
      return undefined;
    }
    const number = node.value;
    const written = this.source(node).trim();
    if (!(number >= 0 && number <= 1)) {
      // 10 to 100 reads as a percentage (`85`); 1.5 or 3 are not worth a guess.
      const percent = number >= 10 && number <= 100 ? number / 100 : undefined;
      const hint =
        percent !== undefined && roundThreshold(percent) === percent
          ? `write it as a fraction: \`threshold: ${thresholdText({ threshold: percent })}\``
          : `write a number such as \`threshold: 0.85\``;
      this.report.at(
        "threshold-range",
        offset,
        `\`threshold\` is ${written}${Number.isNaN(number) ? " (not a number)" : ""}; it must be from 0 to 1 (a similarity; the platform's default is ${DEFAULT_THRESHOLD}): ${hint}`,
      );
      return undefined;
    }
    const rounded = roundThreshold(number);
    if (rounded !== number) {
      this.report.at(
        "threshold-precision",
        offset,
        `\`threshold\` is ${written}, with more than ${THRESHOLD_DECIMALS} decimal places: round it, such as \`threshold: ${thresholdText({ threshold: rounded })}\``,
      );
      return undefined;
    }
    // `-0` is a YAML number too; it is 0 (and JSON, so the cache, cannot tell them apart).
    return number === 0 ? 0 : number;
  }

  /**
   * The target names: a list of names (`[staging]`, or one `- name` a line). Undefined when
   * empty (not set: every target) or wrong; `targets: []` is an error, as an entry for no
   * target is what `draft: true` says.
   */
  targets(key: Node, value: Node | null): Located[] | undefined {
    if (value === null || this.isNull(value)) return undefined;
    const node = this.resolve(value);
    const offset = this.offset(value, key);
    if (!isSeq(node)) {
      const hint =
        isScalar(node) && typeof node.value === "string"
          ? `write it as a list: \`targets: [${node.value.trim()}]\``
          : "write a list of target names, such as `targets: [staging]`";
      this.report.at(
        "key-type",
        offset,
        `\`targets\` must be a list of target names, but it is ${this.typeName(node)}; ${hint}`,
      );
      return undefined;
    }
    if (node.items.length === 0) {
      this.report.at(
        "targets-empty",
        offset,
        "`targets` is an empty list, so no target would take the entry: name its targets, remove the key (every target), or write `draft: true` to keep it off every bot",
      );
      return undefined;
    }
    const out: Located[] = [];
    let ok = true;
    node.items.forEach((item, index) => {
      const itemNode = item as Node;
      const itemOffset = this.offset(itemNode, value);
      const resolved = this.resolve(itemNode);
      if (!isScalar(resolved) || typeof resolved.value !== "string") {
        this.report.at(
          "key-type",
          itemOffset,
          `target ${index + 1} is ${this.typeName(resolved)}, not a target name: write names such as \`staging\``,
        );
        ok = false;
        return;
      }
      const text = resolved.value.trim();
      if (!TARGET_NAME_PATTERN.test(text)) {
        this.report.at(
          "target-unknown",
          itemOffset,
          `"${text}" is not a target name: names are lowercase letters, digits, \`-\` and \`_\`, starting with a letter, as in faqops.config.yaml`,
        );
        ok = false;
        return;
      }
      if (!out.some((o) => o.text === text)) out.push({ text, offset: itemOffset });
    });
    return ok ? out : undefined;
  }

  /**
   * A text value. Returns null when the value is empty (`key:` or `~`), undefined after
   * reporting a value of another type, never coercing it.
   */
  private string(name: string, key: Node, value: Node | null): Located | null | undefined {
    if (value === null || this.isNull(value)) return null;
    const node = this.resolve(value);
    const offset = this.offset(value, key);
    if (isScalar(node) && typeof node.value === "string") return { text: node.value, offset };
    const hint = isScalar(node)
      ? `quote it if you mean the text: \`${name}: ${JSON.stringify(this.source(value).trim())}\``
      : "write it as one line of text";
    this.report.at(
      "key-type",
      offset,
      `\`${name}\` must be text, but it is ${this.typeName(node)}; ${hint}`,
    );
    return undefined;
  }

  private resolve(node: Node): Node | undefined {
    return isAlias(node) && this.doc ? node.resolve(this.doc) : node;
  }

  private isNull(node: Node | undefined): boolean {
    const resolved = node && this.resolve(node);
    return resolved === undefined || (isScalar(resolved) && resolved.value === null);
  }

  private typeName(node: Node | undefined): string {
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === "number" || typeof v === "bigint") return `a number (${this.source(node)})`;
      if (typeof v === "boolean") return `a true/false value (${this.source(node)})`;
      if (v === null) return "empty";
      // `!!binary` and `!!timestamp` are read even by YAML 1.2's core schema.
      if (v instanceof Uint8Array) return `binary data (${this.source(node)})`;
      if (v instanceof Date) return `a date (${this.source(node)})`;
      return `text ("${String(v)}")`;
    }
    if (isSeq(node)) return "a list";
    if (isMap(node)) return "a mapping";
    return "not a value";
  }

  private source(node: Node): string {
    const range = node.range;
    return range ? this.text.slice(this.base + range[0], this.base + range[1]) : "";
  }

  /** Where a value was written; an empty value points at its key instead. */
  private offset(node: Node, fallback?: Node): number {
    const range = node.range;
    if (range && range[1] > range[0]) return this.base + range[0];
    const other = fallback?.range;
    return this.base + (other?.[0] ?? range?.[0] ?? 0);
  }
}

export { FRONT_MATTER_KEYS, ID_PATTERN, TARGET_NAME_PATTERN };
