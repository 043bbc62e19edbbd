import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseProjectConfig } from "../../src/config/parse.js";
import { CONFIG_SCHEMA_FILE, configSchema } from "../../src/config/schema.js";
import { TARGET_KEY_SPEC, TARGET_ONLY_KEYS, TOP_KEY_SPEC } from "../../src/config/spec.js";
import type { RuleId } from "../../src/content/rules.js";
import { seededRandom } from "../../src/seeded-random.js";

/**
 * The JSON Schema of faqops.config.yaml against its loader: for each file below, the schema
 * accepts it exactly when `faqops check` reports nothing about it, and both fault the same
 * top-level keys. The YAML is read as the YAML language server reads it (the yaml library,
 * YAML 1.2), and validated with Ajv (all errors, not strict).
 */
const repo = path.resolve(import.meta.dirname, "../..");
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(configSchema());

interface Verdict {
  readonly ok: boolean;
  /** The top-level keys faulted; `(root)` for the file as a whole. */
  readonly keys: string[];
  readonly detail: string[];
}

/** What `faqops check` says of a faqops.config.yaml holding `yaml`. */
function loader(yaml: string): Verdict & { rules: RuleId[] } {
  const { diagnostics } = parseProjectConfig(yaml, {
    path: "/r/faqops.config.yaml",
    display: "faqops.config.yaml",
  });
  const lines = yaml.split("\n");
  /** The top-level key a line belongs to: the nearest unindented `key:` at or above it. */
  const keyAt = (line: number): string => {
    for (let i = line - 1; i >= 0; i--) {
      const key = /^([^\s#-][^:]*):/.exec(lines[i]!);
      if (key) return key[1]!;
    }
    return "(root)";
  };
  return {
    ok: diagnostics.length === 0,
    rules: diagnostics.map((d) => d.ruleId as RuleId),
    keys: unique(diagnostics.map((d) => keyAt(d.line))),
    detail: diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
  };
}

/** What the schema says of the same file. */
function schema(yaml: string): Verdict & { data: unknown } {
  const doc = parseDocument(yaml);
  expect(doc.errors, `the case must be valid YAML: ${yaml}`).toEqual([]);
  const data = doc.toJS();
  const ok = validate(data);
  const errors = validate.errors ?? [];
  return {
    ok,
    data,
    keys: unique(errors.map(errorKey)),
    detail: errors.map((e) => `${e.instancePath || "/"} ${e.message}`),
  };
}

function errorKey(error: ErrorObject): string {
  if (error.instancePath !== "") return error.instancePath.split("/")[1]!;
  if (error.keyword === "additionalProperties") return String(error.params.additionalProperty);
  return "(root)";
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** A target `a` holding `setting`, and the same at the top level (`lockfile` aside). */
const both = (name: string, key: string, value: string): [string, string][] => [
  [`${name} (target)`, `targets:\n  a:\n    ${key}: ${value}`],
  ...(key === "lockfile" ? [] : [[`${name} (top level)`, `${key}: ${value}`] as [string, string]]),
];

/** [name, YAML]: every key, with values of every type, at and past each limit. */
const CASES: readonly (readonly [string, string])[] = [
  // The file as a whole
  ["empty", ""],
  ["a comment", "# nothing yet"],
  ["the minimal form", "targets:\n  staging: {}\n  production:\n    publish: true"],
  ["a list", "- targets"],
  ["a text", "targets"],
  ["a number", "3"],
  ["unknown key", "colour: red"],
  ["unknown key, other case", "Content: faq"],
  ["unknown key $schema", "$schema: x.json"],
  ["lockfile at the top level", "lockfile: faqops.lock.json"],
  // content
  ["content", "content: 常见问题"],
  ["content nested", "content: docs/faq/zh"],
  ["content empty", "content:"],
  ["content ~", "content: ~"],
  ["content empty quotes", 'content: ""'],
  ["content blank", 'content: "  "'],
  ["content number", "content: 12"],
  ["content list", "content: [a]"],
  // targets
  ["targets empty", "targets:"],
  ["targets ~", "targets: ~"],
  ["targets {}", "targets: {}"],
  ["targets list", "targets: [staging]"],
  ["targets text", "targets: staging"],
  ["a target empty", "targets:\n  staging:"],
  ["a target ~", "targets:\n  staging: ~"],
  ["a target true", "targets:\n  staging: true"],
  ["a target list", "targets:\n  staging: [a]"],
  ["a target text", "targets:\n  staging: prod"],
  ["an unknown key in a target", "targets:\n  staging:\n    token: abc"],
  ["a misspelt key in a target", "targets:\n  staging:\n    pubish: true"],
  ...[
    "staging",
    "a",
    "prod-cn",
    "eu_west_1",
    "x".repeat(40),
    "x".repeat(41),
    "Staging",
    "1st",
    "-a",
    "_a",
    "prod.cn",
    "生产",
    '"a b"',
    "true",
    "null",
    "~",
    '"null"',
    "1",
  ].map((name) => [`target name ${name.slice(0, 12)}`, `targets:\n  ${name}: {}`] as const),
  ["three targets", "targets:\n  a: {}\n  b: ~\n  c:\n    rate: 2"],
  // Each setting, in a target and at the top level
  ...["v1", "v2", "v3", "V1", "1", "~", "", "[v1]"].flatMap((v) => both(`api ${v}`, "api", v)),
  ...[
    "https://chatbot.weixin.qq.com",
    "http://127.0.0.1:8080/base",
    '" https://a.example "',
    "not a url",
    "chatbot.weixin.qq.com",
    "8080",
    '""',
    "~",
    "[https://a.example]",
  ].flatMap((v) => both(`endpoint ${v}`, "endpoint", v)),
  ...["faqops.x.lock.json", "state/x.json", '""', "~", "3", "[a]"].flatMap((v) =>
    both(`lockfile ${v}`, "lockfile", v),
  ),
  ...["true", "false", "yes", "no", "on", "Off", '"true"', "1", "0", "~", "[]"].flatMap((v) => [
    ...both(`publish ${v}`, "publish", v),
    ...both(`prune ${v}`, "prune", v),
  ]),
  ...[
    "25%",
    '"25%"',
    "0%",
    "100%",
    "100.0%",
    "12.5%",
    "050%",
    "100.5%",
    "101%",
    "150%",
    "-5%",
    "25 %",
    '"%"',
    "0",
    "1",
    "0.25",
    "1.0",
    "1.5",
    "25",
    "-0.1",
    '"0.25"',
    "~",
    "[25%]",
  ].flatMap((v) => both(`prune-max ${v}`, "prune-max", v)),
  ...["5", "0.5", "1000", "1000.5", "0", "-1", ".inf", '"5"', "fast", "~", "1e3", "1e4"].flatMap(
    (v) => both(`rate ${v}`, "rate", v),
  ),
  ...["1", "4", "64", "64.0", "0", "65", "2.5", '"4"', "~", "true"].flatMap((v) =>
    both(`concurrency ${v}`, "concurrency", v),
  ),
  ...["1", "100", "1000", "0", "1001", "10.5", '"100"', "~"].flatMap((v) =>
    both(`batch-size ${v}`, "batch-size", v),
  ),
  ...[
    "[转账, 开户]",
    "[内部_测试]",
    "[]",
    "转账",
    "~",
    "3",
    "[转账, 3]",
    '[转账, ""]',
    "[[a]]",
    "{include: [转账]}",
    "{exclude: [内部]}",
    "{include: [转账], exclude: [内部]}",
    "{include: []}",
    "{exclude: []}",
    "{include: 转账}",
    "{include: ~}",
    "{exclude: [3]}",
    "{only: [a]}",
    "{}",
  ].flatMap((v) => [...both(`skills ${v}`, "skills", v), ...both(`paths ${v}`, "paths", v)]),
  [
    "paths globs",
    "targets:\n  a:\n    paths:\n      include: ['**']\n      exclude: [内部/**, '*.md']",
  ],
];

describe("the config schema against the loader", () => {
  const hit = new Set<RuleId>();
  for (const [name, yaml] of CASES) {
    it(name, () => {
      const l = loader(yaml);
      const s = schema(yaml);
      for (const rule of l.rules) hit.add(rule);
      expect({ accepted: s.ok, errors: s.detail }).toMatchObject({ accepted: l.ok });
      if (!l.ok && typeof s.data === "object" && s.data !== null && !Array.isArray(s.data)) {
        expect({ keys: s.keys, schema: s.detail }).toMatchObject({ keys: l.keys });
      }
    });
  }

  it("hits every rule the schema stands in for", () => {
    const rules: RuleId[] = ["config-key", "config-value", "config-target-name"];
    expect(rules.filter((rule) => !hit.has(rule))).toEqual([]);
  });

  it("agrees on random files built from the same pieces", () => {
    const random = seededRandom(20_261_128);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const values: Record<string, readonly string[]> = {
      api: ["v1", "v2", "v3", "~"],
      endpoint: ["https://a.example", "nope", "~"],
      publish: ["true", "yes", '"false"', "~"],
      prune: ["false", "1"],
      "prune-max": ["25%", "0.3", "150%", '"0.25"'],
      rate: ["10", "0", "1000.5"],
      concurrency: ["4", "2.5", "65"],
      "batch-size": ["100", "0"],
      skills: ["[转账]", "[]", "{exclude: [内部]}", "转账"],
      paths: ["['内部/**']", "{include: []}", "{exclude: [a/**]}"],
      lockfile: ["state/x.json", '""'],
      colour: ["red"],
    };
    const settings = (indent: string) =>
      Object.entries(values)
        .filter(([key]) => random() < (key === "colour" ? 0.05 : 0.3))
        .map(([key, options]) => `${indent}${key}: ${pick(options)}`);
    for (let i = 0; i < 300; i++) {
      const names = ["staging", "production", "eu-west", "Prod"].filter(() => random() < 0.5);
      const lines = [
        ...settings(""),
        ...(random() < 0.3 ? ["content: 常见问题"] : []),
        ...(names.length > 0 || random() < 0.2 ? ["targets:"] : []),
        ...names.flatMap((name) => {
          const own = settings("    ");
          return own.length === 0 ? [`  ${name}: {}`] : [`  ${name}:`, ...own];
        }),
      ];
      const yaml = lines.join("\n");
      const l = loader(yaml);
      const s = schema(yaml);
      expect({ yaml, accepted: s.ok, schema: s.detail }).toMatchObject({ accepted: l.ok });
    }
  });

  /**
   * What only `faqops check` sees (docs/editors.md lists them): a JSON Schema checks each
   * value, not how values relate. Each is pinned so a change is noticed.
   */
  it.each([
    [
      "two targets sharing a lockfile",
      "targets:\n  a:\n    lockfile: shared.json\n  b:\n    lockfile: ./shared.json",
      "config-value",
    ],
    [
      "a target's lockfile that is another's default",
      "targets:\n  staging: {}\n  production:\n    lockfile: faqops.staging.lock.json",
      "config-value",
    ],
    [
      "names that read the same variables",
      "targets:\n  eu-west: {}\n  eu_west: {}",
      "config-target-name",
    ],
    ["a URL the parser refuses", "endpoint: https://", "config-value"],
    ["a URL with a bad port", "endpoint: https://a.example:99999", "config-value"],
  ])("the loader alone refuses %s", (_name, yaml, rule) => {
    expect(loader(yaml).rules).toEqual([rule]);
    expect(schema(yaml).ok).toBe(true);
  });
});

describe("the schema itself", () => {
  it("is a valid draft-07 schema, clean even for Ajv's strict mode", () => {
    const strict = new Ajv({ strict: true, allowUnionTypes: true });
    expect(strict.validateSchema(configSchema())).toBe(true);
    expect(() => strict.compile(configSchema())).not.toThrow();
  });

  it("has every key of the loader, in its order, each described in English and Chinese", () => {
    type Described = { description: string };
    const top = (configSchema() as { properties: Record<string, Described> }).properties;
    const perTarget = (
      top.targets as unknown as { additionalProperties: { properties: Record<string, Described> } }
    ).additionalProperties.properties;
    expect(Object.keys(perTarget)).toEqual(Object.keys(TARGET_KEY_SPEC));
    expect(Object.keys(top)).toEqual([
      ...Object.keys(TOP_KEY_SPEC),
      "targets",
      ...Object.keys(TARGET_KEY_SPEC).filter((k) => !(TARGET_ONLY_KEYS as string[]).includes(k)),
    ]);
    for (const property of [...Object.values(top), ...Object.values(perTarget)]) {
      expect(property.description).toMatch(/^[\x20-\x7e]+\n\n.*[\u4e00-\u9fff]/s);
    }
    expect(configSchema()).toMatchObject({ additionalProperties: false });
  });

  it(`is what ${CONFIG_SCHEMA_FILE} holds (run \`npm run schema\` after changing spec.ts)`, () => {
    const committed = JSON.parse(readFileSync(path.join(repo, CONFIG_SCHEMA_FILE), "utf8"));
    // Key order included: the file is read by people, and Biome formats it.
    expect(JSON.stringify(committed)).toBe(JSON.stringify(configSchema()));
  });

  it("is shipped in the package, beside the entries' schema", () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8"));
    expect(pkg.files).toContain(path.dirname(CONFIG_SCHEMA_FILE));
  });
});
