import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  TARGET_KEY_SPEC,
  TARGET_ONLY_KEYS,
  TOP_KEY_SPEC,
  environmentName
} from "./chunk-ABEDISZ2.js";
import "./chunk-2EK2HI3H.js";
import {
  require_dist
} from "./chunk-GV2JCIIM.js";
import {
  closest
} from "./chunk-ZHXO75XS.js";
import {
  TARGET_NAME_PATTERN,
  diagnostic,
  sortDiagnostics
} from "./chunk-U4KXGS5A.js";
import "./chunk-ZJPHJTQF.js";
import "./chunk-T6FUUJG6.js";
import {
  __toESM
} from "./chunk-SJR6QM7P.js";

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
function parseProjectConfig(text, file) {
  const checker = new Checker(text, file.display);
  const config = {
    path: file.path,
    display: file.display,
    ...checker.read()
  };
  return { config, diagnostics: sortDiagnostics(checker.diagnostics) };
}
var YAML11_BOOLEANS = /^(?:y|yes|n|no|on|off)$/i;
var PROPERTY = {
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
  paths: "paths"
};
var Checker = class {
  constructor(text, file) {
    this.text = text;
    this.file = file;
  }
  text;
  file;
  diagnostics = [];
  lines = new import_yaml.LineCounter();
  doc;
  read() {
    const doc = (0, import_yaml.parseDocument)(this.text, {
      schema: "core",
      version: "1.2",
      uniqueKeys: false,
      prettyErrors: false,
      lineCounter: this.lines
    });
    this.doc = doc;
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      this.report(
        "config-yaml",
        problem.pos[0],
        `the file is not valid YAML (${problem.message.split("\n")[0].replace(/\.$/, "")}); write \`key: value\` lines, and quote text holding ": "`
      );
      return { defaults: {}, targets: [], incomplete: true };
    }
    const root = doc.contents && this.resolve(doc.contents);
    if (!root || this.isEmpty(root)) return { defaults: {}, targets: [], incomplete: false };
    if (!(0, import_yaml.isMap)(root)) {
      this.report(
        "config-value",
        this.offset(root),
        "the file must be `key: value` lines (a YAML mapping), such as `targets:`"
      );
      return { defaults: {}, targets: [], incomplete: true };
    }
    const out = { defaults: {}, targets: [], incomplete: false };
    const defaults = {};
    const topKeys = [
      "content",
      "targets",
      ...Object.keys(TARGET_KEY_SPEC).filter((k) => !TARGET_ONLY_KEYS.includes(k))
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
        this.setting(defaults, name, value);
      } else if (isTargetKey(name)) {
        this.report(
          "config-key",
          this.offset(key),
          `\`${name}\` is set per target, not at the top level: each target needs its own; move it under \`targets: <name>:\``
        );
      } else {
        this.unknownKey(name, key, topKeys, "at the top level");
      }
    }
    out.defaults = defaults;
    return out;
  }
  targets(key, value) {
    const none = { targets: [], incomplete: true };
    if (value === null || this.isEmpty(value) || (0, import_yaml.isMap)(value) && value.items.length === 0) {
      this.report(
        "config-value",
        // `targets:` with nothing after it: at the key, as its empty value has no place.
        this.offset(value === null || this.isEmpty(value) ? key : value),
        "`targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)"
      );
      return none;
    }
    if (!(0, import_yaml.isMap)(value)) {
      this.report(
        "config-value",
        this.offset(value),
        `\`targets\` must be a mapping of target names to their settings, such as \`staging: {}\`, but it is ${this.typeName(value)}`
      );
      return none;
    }
    const targets = [];
    let written = 0;
    const prefixes = /* @__PURE__ */ new Map();
    const lockfiles = /* @__PURE__ */ new Map();
    for (const { key: nameNode, name, value: settingsNode } of this.pairs(value)) {
      written++;
      if ((0, import_yaml.isScalar)(nameNode) && nameNode.value === null && name !== "") {
        this.report(
          "config-target-name",
          this.offset(nameNode),
          `\`${name}\` is YAML's empty value, not a name: quote it (\`"${name}": {}\`) or choose another name`
        );
        continue;
      }
      if (!TARGET_NAME_PATTERN.test(name)) {
        this.report(
          "config-target-name",
          this.offset(nameNode),
          `"${name}" is not a valid target name: use lowercase letters, digits, \`-\` and \`_\`, starting with a letter, at most 40 (it becomes part of variable names such as FAQOPS_STAGING_TOKEN)`
        );
        continue;
      }
      const prefix = environmentName(name);
      const clash = prefixes.get(prefix);
      if (clash !== void 0) {
        this.report(
          "config-target-name",
          this.offset(nameNode),
          `targets "${clash}" and "${name}" would both read FAQOPS_${prefix}_* credentials: rename one`
        );
        continue;
      }
      prefixes.set(prefix, name);
      const settings = this.targetSettings(name, settingsNode);
      if (settings === void 0) continue;
      const lockfile = path.posix.normalize(settings.lockfile ?? `faqops.${name}.lock.json`);
      const sharing = lockfiles.get(lockfile);
      if (sharing !== void 0) {
        this.report(
          "config-value",
          this.offset(nameNode),
          `targets "${sharing}" and "${name}" would share the lockfile ${lockfile}, and each bot's state needs its own: give one another \`lockfile\``
        );
        continue;
      }
      lockfiles.set(lockfile, name);
      targets.push({ name, settings });
    }
    return {
      targets: targets.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      // A name given twice is not dropped (its first settings are kept), so it does not count.
      incomplete: targets.length < written
    };
  }
  targetSettings(name, value) {
    if (value === null || this.isEmpty(value)) return {};
    if (!(0, import_yaml.isMap)(value)) {
      this.report(
        "config-value",
        this.offset(value),
        `target \`${name}\` must be a mapping of its settings (\`${name}: {}\` for none), but it is ${this.typeName(value)}`
      );
      return void 0;
    }
    const settings = {};
    for (const { key, name: keyName, value: setting } of this.pairs(value)) {
      if (isTargetKey(keyName)) {
        this.setting(settings, keyName, setting);
      } else {
        this.unknownKey(keyName, key, Object.keys(TARGET_KEY_SPEC), `in target \`${name}\``);
      }
    }
    return settings;
  }
  setting(into, name, value) {
    const spec = TARGET_KEY_SPEC[name];
    const read = this.value(name, spec, value);
    if (read !== void 0) into[PROPERTY[name]] = read;
  }
  /** A key's value checked against its spec; undefined when empty (unset) or wrong. */
  value(name, spec, value) {
    if (value === null || this.isEmpty(value)) return void 0;
    const at = this.offset(value);
    const scalar = (0, import_yaml.isScalar)(value) ? value.value : void 0;
    const unquote = (kind) => typeof scalar === "string" && (kind === "number" ? scalar.trim() !== "" && Number.isFinite(Number(scalar)) : /^(?:true|false)$/i.test(scalar.trim())) ? "write it without quotes" : void 0;
    const wrong = (expected, hint) => {
      this.report(
        "config-value",
        at,
        `\`${name}\` must be ${expected}, but it is ${this.typeName(value)}${hint ? `; ${hint}` : ""}`
      );
      return void 0;
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
          typeof scalar === "string" && YAML11_BOOLEANS.test(scalar.trim()) ? `write \`${name}: true\` or \`${name}: false\` (YAML 1.2 reads \`${scalar.trim()}\` as text)` : unquote("boolean")
        );
      case "integer":
        if (typeof scalar === "number" && Number.isInteger(scalar) && scalar >= spec.minimum && scalar <= spec.maximum) {
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
  filter(name, item, value) {
    if ((0, import_yaml.isSeq)(value)) {
      const include = this.list(name, item, value, true);
      return include && { include };
    }
    if (!(0, import_yaml.isMap)(value)) {
      this.report(
        "config-value",
        this.offset(value),
        `\`${name}\` must be a list (only these) or \`include:\` and \`exclude:\` lists, but it is ${this.typeName(value)}`
      );
      return void 0;
    }
    const out = {};
    for (const { key, name: keyName, value: listNode } of this.pairs(value)) {
      if (keyName !== "include" && keyName !== "exclude") {
        this.unknownKey(keyName, key, ["include", "exclude"], `in \`${name}\``);
        continue;
      }
      if (listNode === null || !(0, import_yaml.isSeq)(listNode)) {
        const example = name === "paths" ? "internal/**" : "\u8F6C\u8D26";
        this.report(
          "config-value",
          this.offset(listNode === null || this.isEmpty(listNode) ? key : listNode),
          `\`${name}.${keyName}\` must be a list, each item ${item}, such as \`${keyName}: [${example}]\``
        );
        continue;
      }
      const list = this.list(`${name}.${keyName}`, item, listNode, keyName === "include");
      if (list) out[keyName] = list;
    }
    return out;
  }
  /** A list of names or globs; an empty list of what a target takes would take nothing. */
  list(name, item, node, takes) {
    if (!(0, import_yaml.isSeq)(node)) return void 0;
    if (takes && node.items.length === 0) {
      this.report(
        "config-value",
        this.offset(node),
        `\`${name}\` is an empty list, so the target would take no entry: name what it takes, or remove the key (everything)`
      );
      return void 0;
    }
    const out = [];
    let ok = true;
    node.items.forEach((element, index) => {
      const el = this.resolve(element);
      if (!(0, import_yaml.isScalar)(el) || typeof el.value !== "string" || el.value.trim() === "") {
        this.report(
          "config-value",
          this.offset(element),
          `item ${index + 1} of \`${name}\` must be ${item}, but it is ${this.typeName(el)}`
        );
        ok = false;
        return;
      }
      out.push(el.value.trim());
    });
    return ok ? out : void 0;
  }
  unknownKey(name, key, known, where) {
    const guess = closest(name, known);
    this.report(
      "config-key",
      this.offset(key),
      guess ? `unknown key \`${name}\` ${where}: did you mean \`${guess}\`?` : `unknown key \`${name}\` ${where}; the keys are ${known.map((k) => `\`${k}\``).join(", ")}`
    );
  }
  /**
   * The pairs of a mapping, in order, values resolved. A key given twice is reported at its
   * second place and skipped there, so the first value counts and the rest is still checked.
   */
  *pairs(map) {
    const seen = /* @__PURE__ */ new Map();
    for (const pair of map.items) {
      const key = pair.key;
      const name = this.keyName(key);
      const identity = (0, import_yaml.isScalar)(key) && typeof key.value !== "string" ? `\0${name}` : name;
      const first = seen.get(identity);
      if (first !== void 0 && key) {
        const line = this.lines.linePos(this.offset(first)).line;
        this.report(
          "config-yaml",
          this.offset(key),
          `\`${name}\` is given twice (first on line ${line}); keep one`
        );
        continue;
      }
      if (key) seen.set(identity, key);
      const value = pair.value ?? null;
      yield { key: key ?? map, name, value: value && this.resolve(value) };
    }
  }
  /** A key as written: text keys as read, others (`true`, `1`, `[a]`) as in the file. */
  keyName(key) {
    if (key === null) return "";
    if ((0, import_yaml.isScalar)(key) && typeof key.value === "string") return key.value;
    const range = key.range;
    return range ? this.text.slice(range[0], range[1]) : "";
  }
  /** An alias's node (`*base` for what `&base` marks), or the node itself. */
  resolve(node) {
    return ((0, import_yaml.isAlias)(node) && this.doc ? node.resolve(this.doc) : node) ?? node;
  }
  /** `key:` with nothing after it, or `~`/`null`: unset. */
  isEmpty(node) {
    return (0, import_yaml.isScalar)(node) && node.value === null;
  }
  typeName(node) {
    if (node === null) return "empty";
    if ((0, import_yaml.isScalar)(node)) {
      const v = node.value;
      if (typeof v === "number") return `a number (${v})`;
      if (typeof v === "boolean") return `a true/false value (${v})`;
      if (v === null || typeof v === "string" && v.trim() === "") return "empty";
      if (v instanceof Uint8Array) return "binary data";
      if (v instanceof Date) return "a date";
      return `text ("${String(v)}")`;
    }
    if ((0, import_yaml.isSeq)(node)) return "a list";
    if ((0, import_yaml.isMap)(node)) return "a mapping";
    return "not a value";
  }
  offset(node) {
    return node.range?.[0] ?? 0;
  }
  report(ruleId, offset, message) {
    const { line, col } = this.lines.linePos(offset);
    this.diagnostics.push(diagnostic(ruleId, this.file, { line, column: col }, message));
  }
};
function isTargetKey(name) {
  return Object.hasOwn(TARGET_KEY_SPEC, name);
}
var SHARE_PERCENT = /^(\d+(?:\.\d+)?)%$/;
export {
  parseProjectConfig
};
