/**
 * Checks faqops.config.yaml's text (load.ts reads the file): every problem a diagnostic at its
 * line and column, with a rule id and the fix; what is valid is kept.
 */
import path from "node:path";
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLMap,
} from "yaml";
import { diagnostic, type RuleId } from "../content/rules.js";
import { closest } from "../content/text-compare.js";
import { type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import type {
  ConfigResult,
  ConfiguredTarget,
  FilterSettings,
  ProjectConfig,
  TargetSettings,
} from "./load.js";
import {
  type ConfigKeySpec,
  environmentName,
  TARGET_KEY_SPEC,
  TARGET_NAME_PATTERN,
  TARGET_ONLY_KEYS,
  type TargetKey,
  TOP_KEY_SPEC,
} from "./spec.js";

/** Parses and checks a configuration file's text (pure). */
export function parseProjectConfig(
  text: string,
  file: { path: string; display: string },
): ConfigResult {
  const checker = new Checker(text, file.display);
  const config: ProjectConfig = {
    path: file.path,
    display: file.display,
    ...checker.read(),
  };
  return { config, diagnostics: sortDiagnostics(checker.diagnostics) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the checker reads: everything but where the file is. */
type ConfigBody = Omit<ProjectConfig, "path" | "display">;

/** One `key: value` of a mapping, its key read as written and its value's aliases resolved. */
interface Pair {
  readonly key: Node;
  readonly name: string;
  readonly value: Node | null;
}

/** Words YAML 1.1 read as true or false, and YAML 1.2 (this file's dialect) reads as text. */
const YAML11_BOOLEANS = /^(?:y|yes|n|no|on|off)$/i;

/** The settings' property names, by key as written. */
const PROPERTY: Record<TargetKey, keyof TargetSettings> = {
  api: "api",
  endpoint: "endpoint",
  lockfile: "lockfile",
  publish: "publish",
  prune: "prune",
  "prune-max": "pruneMax",
  rate: "rate",
  concurrency: "concurrency",
  "batch-size": "batchSize",
  skills: "skills",
  paths: "paths",
};

/** Walks the parsed file, collecting diagnostics and the values that pass. */
class Checker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines = new LineCounter();
  private doc: Document | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  read(): ConfigBody {
    // Keys given twice are found by `pairs`, which names them and keeps checking the rest.
    const doc = parseDocument(this.text, {
      schema: "core",
      version: "1.2",
      uniqueKeys: false,
      prettyErrors: false,
      lineCounter: this.lines,
    });
    this.doc = doc;
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      this.report(
        "config-yaml",
        problem.pos[0],
        `the file is not valid YAML (${problem.message.split("\n")[0]!.replace(/\.$/, "")}); write \`key: value\` lines, and quote text holding ": "`,
      );
      return { defaults: {}, targets: [], incomplete: true };
    }
    const root = doc.contents && this.resolve(doc.contents);
    if (!root || this.isEmpty(root)) return { defaults: {}, targets: [], incomplete: false };
    if (!isMap(root)) {
      this.report(
        "config-value",
        this.offset(root),
        "the file must be `key: value` lines (a YAML mapping), such as `targets:`",
      );
      return { defaults: {}, targets: [], incomplete: true };
    }
    const out: Mutable<ConfigBody> = { defaults: {}, targets: [], incomplete: false };
    const defaults: Mutable<TargetSettings> = {};
    const topKeys = [
      "content",
      "targets",
      ...Object.keys(TARGET_KEY_SPEC).filter((k) => !TARGET_ONLY_KEYS.includes(k as TargetKey)),
    ];
    for (const { key, name, value } of this.pairs(root)) {
      if (name === "content") {
        const content = this.value("content", TOP_KEY_SPEC.content, value);
        if (typeof content === "string") out.content = content;
      } else if (name === "targets") {
        const read = this.targets(key, value);
        out.targets = read.targets;
        out.incomplete = read.incomplete;
      } else if (isTargetKey(name) && !TARGET_ONLY_KEYS.includes(name)) {
        this.setting(defaults, name as TargetKey, value);
      } else if (isTargetKey(name)) {
        this.report(
          "config-key",
          this.offset(key),
          `\`${name}\` is set per target, not at the top level: each target needs its own; move it under \`targets: <name>:\``,
        );
      } else {
        this.unknownKey(name, key, topKeys, "at the top level");
      }
    }
    out.defaults = defaults;
    return out;
  }

  private targets(
    key: Node,
    value: Node | null,
  ): { targets: ConfiguredTarget[]; incomplete: boolean } {
    const none = { targets: [], incomplete: true };
    if (value === null || this.isEmpty(value) || (isMap(value) && value.items.length === 0)) {
      this.report(
        "config-value",
        // `targets:` with nothing after it: at the key, as its empty value has no place.
        this.offset(value === null || this.isEmpty(value) ? key : value),
        "`targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)",
      );
      return none;
    }
    if (!isMap(value)) {
      this.report(
        "config-value",
        this.offset(value),
        `\`targets\` must be a mapping of target names to their settings, such as \`staging: {}\`, but it is ${this.typeName(value)}`,
      );
      return none;
    }
    const targets: ConfiguredTarget[] = [];
    let written = 0;
    const prefixes = new Map<string, string>();
    const lockfiles = new Map<string, string>();
    for (const { key: nameNode, name, value: settingsNode } of this.pairs(value)) {
      written++;
      if (isScalar(nameNode) && nameNode.value === null && name !== "") {
        // `null:` or `~:` reads as no name at all (and as "" to JSON tools such as editors).
        this.report(
          "config-target-name",
          this.offset(nameNode),
          `\`${name}\` is YAML's empty value, not a name: quote it (\`"${name}": {}\`) or choose another name`,
        );
        continue;
      }
      if (!TARGET_NAME_PATTERN.test(name)) {
        this.report(
          "config-target-name",
          this.offset(nameNode),
          `"${name}" is not a valid target name: use lowercase letters, digits, \`-\` and \`_\`, starting with a letter, at most 40 (it becomes part of variable names such as FAQOPS_STAGING_TOKEN)`,
        );
        continue;
      }
      const prefix = environmentName(name);
      const clash = prefixes.get(prefix);
      if (clash !== undefined) {
        this.report(
          "config-target-name",
          this.offset(nameNode),
          `targets "${clash}" and "${name}" would both read FAQOPS_${prefix}_* credentials: rename one`,
        );
        continue;
      }
      prefixes.set(prefix, name);
      const settings = this.targetSettings(name, settingsNode);
      if (settings === undefined) continue;
      const lockfile = path.posix.normalize(settings.lockfile ?? `faqops.${name}.lock.json`);
      const sharing = lockfiles.get(lockfile);
      if (sharing !== undefined) {
        this.report(
          "config-value",
          this.offset(nameNode),
          `targets "${sharing}" and "${name}" would share the lockfile ${lockfile}, and each bot's state needs its own: give one another \`lockfile\``,
        );
        continue;
      }
      lockfiles.set(lockfile, name);
      targets.push({ name, settings });
    }
    return {
      targets: targets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      // A name given twice is not dropped (its first settings are kept), so it does not count.
      incomplete: targets.length < written,
    };
  }

  private targetSettings(name: string, value: Node | null): TargetSettings | undefined {
    if (value === null || this.isEmpty(value)) return {};
    if (!isMap(value)) {
      this.report(
        "config-value",
        this.offset(value),
        `target \`${name}\` must be a mapping of its settings (\`${name}: {}\` for none), but it is ${this.typeName(value)}`,
      );
      return undefined;
    }
    const settings: Mutable<TargetSettings> = {};
    for (const { key, name: keyName, value: setting } of this.pairs(value)) {
      if (isTargetKey(keyName)) {
        this.setting(settings, keyName, setting);
      } else {
        this.unknownKey(keyName, key, Object.keys(TARGET_KEY_SPEC), `in target \`${name}\``);
      }
    }
    return settings;
  }

  private setting(into: Mutable<TargetSettings>, name: TargetKey, value: Node | null) {
    const spec: ConfigKeySpec = TARGET_KEY_SPEC[name];
    const read = this.value(name, spec, value);
    if (read !== undefined) (into as Record<string, unknown>)[PROPERTY[name]] = read;
  }

  /** A key's value checked against its spec; undefined when empty (unset) or wrong. */
  private value(name: string, spec: ConfigKeySpec, value: Node | null): unknown {
    if (value === null || this.isEmpty(value)) return undefined;
    const at = this.offset(value);
    const scalar = isScalar(value) ? value.value : undefined;
    // A number or true/false in quotes is text: say how to write it.
    const unquote = (kind: "number" | "boolean") =>
      typeof scalar === "string" &&
      (kind === "number"
        ? scalar.trim() !== "" && Number.isFinite(Number(scalar))
        : /^(?:true|false)$/i.test(scalar.trim()))
        ? "write it without quotes"
        : undefined;
    const wrong = (expected: string, hint?: string): undefined => {
      this.report(
        "config-value",
        at,
        `\`${name}\` must be ${expected}, but it is ${this.typeName(value)}${hint ? `; ${hint}` : ""}`,
      );
      return undefined;
    };
    switch (spec.kind) {
      case "choice":
        if (typeof scalar === "string" && spec.choices.includes(scalar)) return scalar;
        return wrong(`one of ${spec.choices.join(", ")}`);
      case "text":
        if (typeof scalar === "string" && scalar.trim() !== "") {
          if (spec.format === "url" && !URL.canParse(scalar.trim())) {
            return wrong("a URL such as https://chatbot.weixin.qq.com");
          }
          return scalar.trim();
        }
        return wrong("text");
      case "boolean":
        if (typeof scalar === "boolean") return scalar;
        return wrong(
          "true or false",
          typeof scalar === "string" && YAML11_BOOLEANS.test(scalar.trim())
            ? `write \`${name}: true\` or \`${name}: false\` (YAML 1.2 reads \`${scalar.trim()}\` as text)`
            : unquote("boolean"),
        );
      case "integer":
        if (
          typeof scalar === "number" &&
          Number.isInteger(scalar) &&
          scalar >= spec.minimum &&
          scalar <= spec.maximum
        ) {
          return scalar;
        }
        return wrong(`a whole number from ${spec.minimum} to ${spec.maximum}`, unquote("number"));
      case "number":
        if (typeof scalar === "number" && scalar > 0 && scalar <= spec.maximum) return scalar;
        return wrong(`a number greater than 0 and at most ${spec.maximum}`, unquote("number"));
      case "share": {
        if (typeof scalar === "number" && scalar >= 0 && scalar <= 1) return scalar;
        const match = typeof scalar === "string" ? SHARE_PERCENT.exec(scalar.trim()) : null;
        if (match && Number(match[1]) <= 100) return Number(match[1]) / 100;
        return wrong("a share such as 25% or 0.25 (0 to 100%)", unquote("number"));
      }
      case "filter":
        return this.filter(name, spec.item.en, value);
    }
  }

  private filter(name: string, item: string, value: Node): FilterSettings | undefined {
    if (isSeq(value)) {
      const include = this.list(name, item, value, true);
      return include && { include };
    }
    if (!isMap(value)) {
      this.report(
        "config-value",
        this.offset(value),
        `\`${name}\` must be a list (only these) or \`include:\` and \`exclude:\` lists, but it is ${this.typeName(value)}`,
      );
      return undefined;
    }
    const out: Mutable<FilterSettings> = {};
    for (const { key, name: keyName, value: listNode } of this.pairs(value)) {
      if (keyName !== "include" && keyName !== "exclude") {
        this.unknownKey(keyName, key, ["include", "exclude"], `in \`${name}\``);
        continue;
      }
      if (listNode === null || !isSeq(listNode)) {
        const example = name === "paths" ? "internal/**" : "转账";
        this.report(
          "config-value",
          this.offset(listNode === null || this.isEmpty(listNode) ? key : listNode),
          `\`${name}.${keyName}\` must be a list, each item ${item}, such as \`${keyName}: [${example}]\``,
        );
        continue;
      }
      const list = this.list(`${name}.${keyName}`, item, listNode, keyName === "include");
      if (list) out[keyName] = list;
    }
    return out;
  }

  /** A list of names or globs; an empty list of what a target takes would take nothing. */
  private list(name: string, item: string, node: Node, takes: boolean): string[] | undefined {
    if (!isSeq(node)) return undefined;
    if (takes && node.items.length === 0) {
      this.report(
        "config-value",
        this.offset(node),
        `\`${name}\` is an empty list, so the target would take no entry: name what it takes, or remove the key (everything)`,
      );
      return undefined;
    }
    const out: string[] = [];
    let ok = true;
    node.items.forEach((element, index) => {
      // Reported where the item is written, an alias (`*name`) too.
      const el = this.resolve(element as Node);
      if (!isScalar(el) || typeof el.value !== "string" || el.value.trim() === "") {
        this.report(
          "config-value",
          this.offset(element as Node),
          `item ${index + 1} of \`${name}\` must be ${item}, but it is ${this.typeName(el)}`,
        );
        ok = false;
        return;
      }
      out.push(el.value.trim());
    });
    return ok ? out : undefined;
  }

  private unknownKey(name: string, key: Node, known: readonly string[], where: string): void {
    const guess = closest(name, known);
    this.report(
      "config-key",
      this.offset(key),
      guess
        ? `unknown key \`${name}\` ${where}: did you mean \`${guess}\`?`
        : `unknown key \`${name}\` ${where}; the keys are ${known.map((k) => `\`${k}\``).join(", ")}`,
    );
  }

  /**
   * The pairs of a mapping, in order, values resolved. A key given twice is reported at its
   * second place and skipped there, so the first value counts and the rest is still checked.
   */
  private *pairs(map: YAMLMap): Generator<Pair> {
    const seen = new Map<string, Node>();
    for (const pair of map.items) {
      const key = pair.key as Node | null;
      const name = this.keyName(key);
      // `null:` and `"null":` are two keys: the same text, not the same value.
      const identity = isScalar(key) && typeof key.value !== "string" ? `\u0000${name}` : name;
      const first = seen.get(identity);
      if (first !== undefined && key) {
        const line = this.lines.linePos(this.offset(first)).line;
        this.report(
          "config-yaml",
          this.offset(key),
          `\`${name}\` is given twice (first on line ${line}); keep one`,
        );
        continue;
      }
      if (key) seen.set(identity, key);
      const value = (pair.value as Node | null) ?? null;
      yield { key: key ?? map, name, value: value && this.resolve(value) };
    }
  }

  /** A key as written: text keys as read, others (`true`, `1`, `[a]`) as in the file. */
  private keyName(key: Node | null): string {
    if (key === null) return "";
    if (isScalar(key) && typeof key.value === "string") return key.value;
    const range = key.range;
    return range ? this.text.slice(range[0], range[1]) : "";
  }

  /** An alias's node (`*base` for what `&base` marks), or the node itself. */
  private resolve(node: Node): Node {
    return (
      (isAlias(node) && this.doc ? (node.resolve(this.doc) as Node | undefined) : node) ?? node
    );
  }

  /** `key:` with nothing after it, or `~`/`null`: unset. */
  private isEmpty(node: Node): boolean {
    return isScalar(node) && node.value === null;
  }

  private typeName(node: Node | null): string {
    if (node === null) return "empty";
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === "number") return `a number (${v})`;
      if (typeof v === "boolean") return `a true/false value (${v})`;
      if (v === null || (typeof v === "string" && v.trim() === "")) return "empty";
      // `!!binary` and `!!timestamp` are read even by YAML 1.2's core schema.
      if (v instanceof Uint8Array) return "binary data";
      if (v instanceof Date) return "a date";
      return `text ("${String(v)}")`;
    }
    if (isSeq(node)) return "a list";
    if (isMap(node)) return "a mapping";
    return "not a value";
  }

  private offset(node: Node): number {
    return node.range?.[0] ?? 0;
  }

  private report(ruleId: RuleId, offset: number, message: string): void {
    const { line, col } = this.lines.linePos(offset);
    this.diagnostics.push(diagnostic(ruleId, this.file, { line, column: col }, message));
  }
}

/** Whether a key is a target's (not an inherited property such as `toString`). */
function isTargetKey(name: string): name is TargetKey {
  return Object.hasOwn(TARGET_KEY_SPEC, name);
}

/** A share written as a percentage: `25%`, `12.5%`. */
const SHARE_PERCENT = /^(\d+(?:\.\d+)?)%$/;
