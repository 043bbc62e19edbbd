/**
 * Reads faqops.config.yaml: the content folder, and the targets (bots) the repository syncs,
 * each with its settings. Checked like content: every problem is a diagnostic at its line and
 * column with a rule id and the fix, all reported in one run; what is valid is kept, so the
 * content is still checked against the targets that are.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
import { diagnostic, type RuleId } from "../content/rules.js";
import { closest } from "../content/text-compare.js";
import { type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { ConfigError } from "../errors.js";
import { type Api, displayPath } from "../options.js";
import {
  type ConfigKeySpec,
  TARGET_KEY_SPEC,
  TARGET_NAME_PATTERN,
  TARGET_ONLY_KEYS,
  type TargetKey,
  TOP_KEY_SPEC,
} from "./spec.js";

/** The configuration file's name, in the repository root. */
export const CONFIG_FILE = "faqops.config.yaml";

/** Which entries a target takes, by skill or by path; absent lists take everything. */
export interface FilterSettings {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/** A target's settings as written (or the top level's defaults); absent keys are unset. */
export interface TargetSettings {
  readonly api?: Api;
  readonly endpoint?: string;
  readonly lockfile?: string;
  readonly publish?: boolean;
  readonly prune?: boolean;
  readonly pruneMax?: number;
  readonly rate?: number;
  readonly concurrency?: number;
  readonly batchSize?: number;
  readonly skills?: FilterSettings;
  readonly paths?: FilterSettings;
}

/** A target as configured. */
export interface ConfiguredTarget {
  readonly name: string;
  /** Its own settings, without the top level's defaults (targets.ts merges them). */
  readonly settings: TargetSettings;
}

/** faqops.config.yaml, read and checked. */
export interface ProjectConfig {
  /** Absolute path of the file. */
  readonly path: string;
  /** The file as messages name it (relative to the working directory). */
  readonly display: string;
  /** The content folder, relative to the file's folder (the project root). */
  readonly content?: string;
  /** Settings every target starts from. */
  readonly defaults: TargetSettings;
  /** The targets, sorted by name; empty when the file has no `targets` (one unnamed bot). */
  readonly targets: readonly ConfiguredTarget[];
}

/** A configuration file and its problems; `config` holds what is valid. */
export interface ConfigResult {
  /** Undefined when there is no configuration file. */
  readonly config: ProjectConfig | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads `root`/faqops.config.yaml, if there is one; paths in messages are relative to `cwd`. */
export async function readProjectConfig(root: string, cwd: string): Promise<ConfigResult> {
  const file = path.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { config: undefined, diagnostics: [] };
    }
    throw new ConfigError(`cannot read ${displayPath(cwd, file)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseProjectConfig(text, { path: file, display: displayPath(cwd, file) });
}

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

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  read(): Omit<ProjectConfig, "path" | "display"> {
    const empty = { defaults: {}, targets: [] };
    const doc = parseDocument(this.text, {
      schema: "core",
      version: "1.2",
      uniqueKeys: true,
      prettyErrors: false,
      lineCounter: this.lines,
    });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      const message =
        problem.code === "DUPLICATE_KEY"
          ? "a key is given twice; keep one"
          : `the file is not valid YAML (${problem.message.split("\n")[0]!.replace(/\.$/, "")}); write \`key: value\` lines, and quote text holding ": "`;
      this.report("config-yaml", problem.pos[0], message);
      return empty;
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) return empty;
    if (!isMap(root)) {
      this.report(
        "config-value",
        root.range?.[0] ?? 0,
        "the file must be `key: value` lines (a YAML mapping), such as `targets:`",
      );
      return empty;
    }
    const out: Mutable<Omit<ProjectConfig, "path" | "display">> = { defaults: {}, targets: [] };
    const defaults: Mutable<TargetSettings> = {};
    const topKeys = [
      "content",
      "targets",
      ...Object.keys(TARGET_KEY_SPEC).filter((k) => !TARGET_ONLY_KEYS.includes(k as TargetKey)),
    ];
    for (const pair of root.items) {
      const key = pair.key as Node;
      const name = this.keyName(key);
      const value = (pair.value as Node | null) ?? null;
      if (name === "content") {
        const content = this.value("content", TOP_KEY_SPEC.content, value);
        if (typeof content === "string") out.content = content;
      } else if (name === "targets") {
        out.targets = this.targets(key, value);
      } else if (name in TARGET_KEY_SPEC && !TARGET_ONLY_KEYS.includes(name as TargetKey)) {
        this.setting(defaults, name as TargetKey, value);
      } else if (TARGET_ONLY_KEYS.includes(name as TargetKey)) {
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

  private targets(key: Node, value: Node | null): ConfiguredTarget[] {
    if (value === null || (isScalar(value) && value.value === null) || !isMap(value)) {
      this.report(
        "config-value",
        this.offset(value ?? key),
        value === null || (isScalar(value) && value.value === null)
          ? "`targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)"
          : `\`targets\` must be a mapping of target names to their settings, such as \`staging: {}\`, but it is ${this.typeName(value)}`,
      );
      return [];
    }
    if (value.items.length === 0) {
      this.report(
        "config-value",
        this.offset(value),
        "`targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)",
      );
      return [];
    }
    const targets: ConfiguredTarget[] = [];
    const prefixes = new Map<string, string>();
    const lockfiles = new Map<string, string>();
    for (const pair of (value as YAMLMap).items) {
      const nameNode = pair.key as Node;
      const name = this.keyName(nameNode);
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
      const settings = this.targetSettings(name, (pair.value as Node | null) ?? null);
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
    return targets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private targetSettings(name: string, value: Node | null): TargetSettings | undefined {
    if (value === null || (isScalar(value) && value.value === null)) return {};
    if (!isMap(value)) {
      this.report(
        "config-value",
        this.offset(value),
        `target \`${name}\` must be a mapping of its settings (\`${name}: {}\` for none), but it is ${this.typeName(value)}`,
      );
      return undefined;
    }
    const settings: Mutable<TargetSettings> = {};
    for (const pair of value.items) {
      const key = pair.key as Node;
      const keyName = this.keyName(key);
      if (keyName in TARGET_KEY_SPEC) {
        this.setting(settings, keyName as TargetKey, (pair.value as Node | null) ?? null);
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
    if (value === null || (isScalar(value) && value.value === null)) return undefined;
    const at = this.offset(value);
    const scalar = isScalar(value) ? value.value : undefined;
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
          if (name === "endpoint" && !URL.canParse(scalar.trim())) {
            return wrong("a URL such as https://chatbot.weixin.qq.com");
          }
          return scalar.trim();
        }
        return wrong("text");
      case "boolean":
        if (typeof scalar === "boolean") return scalar;
        return wrong("true or false", "write it without quotes");
      case "integer":
        if (
          typeof scalar === "number" &&
          Number.isInteger(scalar) &&
          scalar >= spec.minimum &&
          scalar <= spec.maximum
        ) {
          return scalar;
        }
        return wrong(`a whole number from ${spec.minimum} to ${spec.maximum}`);
      case "number":
        if (typeof scalar === "number" && scalar > 0 && scalar <= spec.maximum) return scalar;
        return wrong(`a number greater than 0 and at most ${spec.maximum}`);
      case "share": {
        if (typeof scalar === "number" && scalar >= 0 && scalar <= 1) return scalar;
        const match = typeof scalar === "string" ? /^(\d+(?:\.\d+)?)%$/.exec(scalar.trim()) : null;
        if (match && Number(match[1]) <= 100) return Number(match[1]) / 100;
        return wrong("a share such as 25% or 0.25 (0 to 100%)");
      }
      case "filter":
        return this.filter(name, spec.item.en, value);
    }
  }

  private filter(name: string, item: string, value: Node): FilterSettings | undefined {
    if (isSeq(value)) {
      const include = this.list(name, item, value);
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
    for (const pair of value.items) {
      const key = pair.key as Node;
      const keyName = this.keyName(key);
      const listNode = (pair.value as Node | null) ?? null;
      if (keyName !== "include" && keyName !== "exclude") {
        this.unknownKey(keyName, key, ["include", "exclude"], `in \`${name}\``);
        continue;
      }
      if (listNode === null || !isSeq(listNode)) {
        this.report(
          "config-value",
          this.offset(listNode ?? key),
          `\`${name}.${keyName}\` must be a list of ${item}s, such as \`${keyName}: [${name === "paths" ? "internal/**" : "转账"}]\``,
        );
        continue;
      }
      const list = this.list(`${name}.${keyName}`, item, listNode);
      if (list) out[keyName] = list;
    }
    return out;
  }

  private list(name: string, item: string, node: Node): string[] | undefined {
    if (!isSeq(node)) return undefined;
    const out: string[] = [];
    let ok = true;
    node.items.forEach((element, index) => {
      const el = element as Node;
      if (!isScalar(el) || typeof el.value !== "string" || el.value.trim() === "") {
        this.report(
          "config-value",
          this.offset(el),
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

  private keyName(key: Node): string {
    if (isScalar(key)) return String(key.value);
    const range = key.range;
    return range ? this.text.slice(range[0], range[1]) : "";
  }

  private typeName(node: Node | null): string {
    if (node === null) return "empty";
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === "number") return `a number (${v})`;
      if (typeof v === "boolean") return `a true/false value (${v})`;
      if (v === null) return "empty";
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

/** A target's name as environment variables spell it: upper case, `-` as `_`. */
export function environmentName(name: string): string {
  return name.toUpperCase().replace(/-/g, "_");
}
