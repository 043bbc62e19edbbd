import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { compileFile } from "../../src/content/compile.js";
import { FRONT_MATTER_SPEC } from "../../src/content/front-matter-spec.js";
import { FRONT_MATTER_KEYS } from "../../src/content/parse/index.js";
import { LIMITS, type RuleId } from "../../src/content/rules.js";
import { THRESHOLD_DECIMALS } from "../../src/content/threshold.js";
import { entrySchema, SCHEMA_FILE } from "../../src/init/schema.js";
import { AJV_OPTIONS } from "../../src/init/templates.js";
import { seededRandom } from "../../src/seeded-random.js";

/**
 * The JSON Schema against the compiler: for each front matter below, the schema accepts it
 * exactly when `faqops check` reports nothing, and both fault the same keys. The schema is
 * validated as remark-lint-frontmatter-schema validates it (Ajv, `allErrors`, not strict, the
 * YAML library's defaults) with the options `faqops init` writes into .remarkrc.json.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const ajv = new Ajv({ allErrors: true, strict: false, ...AJV_OPTIONS });
const validate = ajv.compile(entrySchema());

/** The rules the schema stands in for, each of which some case below must hit. */
const SCHEMA_RULES: readonly RuleId[] = [
  "front-matter-shape",
  "unknown-key",
  "key-type",
  "title-required",
  "title-multiline",
  "skill-length",
  "skill-multiline",
  "question-empty",
  "question-multiline",
  "question-duplicate",
  "id-format",
  "threshold-range",
  "threshold-precision",
  "title-length",
  "question-length",
  "question-count",
];

interface Verdict {
  readonly ok: boolean;
  /** The top-level keys faulted; `(root)` for the front matter as a whole. */
  readonly keys: string[];
  readonly detail: string[];
}

/** What `faqops check` says of an entry with this front matter and a plain answer. */
function compiler(yaml: string): Verdict & { rules: RuleId[] } {
  const text = `---\n${yaml}\n---\n\n答案。\n`;
  const { diagnostics } = compileFile({
    source: "技能/条目.md",
    path: "content/技能/条目.md",
    bytes: Buffer.from(text),
  });
  const lines = yaml.split("\n");
  const keyAt = (line: number, rule: RuleId): string => {
    // File line 1 is the opening `---`; the YAML starts on line 2.
    for (let i = line - 2; i >= 0; i--) {
      const key = /^([^\s#-][^:]*):/.exec(lines[i]!);
      if (key) return key[1]!;
    }
    return rule === "title-required" ? "title" : "(root)";
  };
  return {
    ok: diagnostics.length === 0,
    rules: diagnostics.map((d) => d.ruleId as RuleId),
    keys: unique(diagnostics.map((d) => keyAt(d.line, d.ruleId as RuleId))),
    detail: diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
  };
}

/** What the schema says of the same front matter, read as the editor plugin reads it. */
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
  if (error.keyword === "required") return String(error.params.missingProperty);
  if (error.keyword === "additionalProperties") return String(error.params.additionalProperty);
  return "(root)";
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

const cjk = (n: number): string => "问".repeat(n);
/** Characters outside the basic plane: one character each, two UTF-16 units. */
const emoji = (n: number): string => "😀".repeat(n);
const list = (items: readonly string[]): string => items.map((q) => `\n  - ${q}`).join("");
const numbered = (n: number): string[] => Array.from({ length: n }, (_, i) => `问题${i + 1}`);
const T = "title: 如何开户？";

/** [name, front matter YAML]: every key, with values of every type, at and past each limit. */
const CASES: readonly (readonly [string, string])[] = [
  // The front matter as a whole
  ["only a title", T],
  ["empty", ""],
  ["a list", "- 如何开户？"],
  ["a text", "如何开户"],
  ["unknown key", `${T}\nquestion: 怎么开户`],
  ["unknown key, other case", `${T}\nTitle: 怎么开户`],
  ["unknown key $schema", `${T}\n$schema: x.json`],
  ["unknown key tags", `${T}\ntags: [a]`],
  // title
  ["title missing", "questions:\n  - 怎么开户"],
  ["title empty", "title:"],
  ["title ~", "title: ~"],
  ["title empty quotes", 'title: ""'],
  ["title blank", 'title: "   "'],
  ["title with spaces around", 'title: "  如何开户？  "'],
  ["title two lines", 'title: "如何\\n开户"'],
  ["title a line and a break", 'title: "如何开户\\n"'],
  ["title block scalar, one line", "title: |\n  如何开户？\n"],
  ["title block scalar, two lines", "title: |\n  如何\n  开户\n"],
  ["title folded", "title: >\n  如何\n  开户\n"],
  ["title number", "title: 12"],
  ["title quoted number", 'title: "12"'],
  ["title true", "title: true"],
  ["title date-like", "title: 2024-01-01"],
  ["title list", "title:\n  - 如何开户"],
  ["title mapping", "title:\n  如何: 开户"],
  ["title at limit", `title: ${cjk(LIMITS.titleCharacters)}`],
  ["title past limit", `title: ${cjk(LIMITS.titleCharacters + 1)}`],
  ["title at limit, astral", `title: ${emoji(LIMITS.titleCharacters)}`],
  ["title past limit, astral", `title: ${emoji(LIMITS.titleCharacters + 1)}`],
  // skill
  ["skill", `${T}\nskill: 账户`],
  ["skill empty", `${T}\nskill:`],
  ["skill ~", `${T}\nskill: ~`],
  ["skill empty quotes", `${T}\nskill: ""`],
  ["skill blank", `${T}\nskill: "  "`],
  ["skill with spaces around", `${T}\nskill: " 账户 "`],
  ["skill two lines", `${T}\nskill: "账\\n户"`],
  ["skill number", `${T}\nskill: 12`],
  ["skill list", `${T}\nskill: [账户]`],
  ["skill at limit", `${T}\nskill: ${cjk(LIMITS.skillCharacters)}`],
  ["skill past limit", `${T}\nskill: ${cjk(LIMITS.skillCharacters + 1)}`],
  ["skill at limit, astral", `${T}\nskill: ${emoji(LIMITS.skillCharacters)}`],
  ["skill past limit, astral", `${T}\nskill: ${emoji(LIMITS.skillCharacters + 1)}`],
  // questions
  ["questions", `${T}\nquestions:${list(["怎么开户", "开户要什么"])}`],
  ["questions empty", `${T}\nquestions:`],
  ["questions ~", `${T}\nquestions: ~`],
  ["questions []", `${T}\nquestions: []`],
  ["questions flow", `${T}\nquestions: [怎么开户, 开户要什么]`],
  ["questions text", `${T}\nquestions: 怎么开户`],
  ["questions number", `${T}\nquestions: 12`],
  ["questions mapping", `${T}\nquestions:\n  a: b`],
  ["question empty", `${T}\nquestions:\n  - 怎么开户\n  -`],
  ["question ~", `${T}\nquestions:${list(["怎么开户", "~"])}`],
  ["question empty quotes", `${T}\nquestions:${list(["怎么开户", '""'])}`],
  ["question blank", `${T}\nquestions:${list(["怎么开户", '"  "'])}`],
  ["question with spaces around", `${T}\nquestions:${list(['"  怎么开户  "'])}`],
  ["question number", `${T}\nquestions:${list(["怎么开户", "12"])}`],
  ["question true", `${T}\nquestions:${list(["true"])}`],
  ["question list", `${T}\nquestions:\n  - - 怎么开户`],
  ["question mapping", `${T}\nquestions:\n  - 怎么: 开户`],
  ["question two lines", `${T}\nquestions:${list(['"怎么\\n开户"'])}`],
  ["questions the same", `${T}\nquestions:${list(["怎么开户", "怎么开户"])}`],
  ["questions at count", `${T}\nquestions:${list(numbered(LIMITS.questionCount))}`],
  ["questions past count", `${T}\nquestions:${list(numbered(LIMITS.questionCount + 1))}`],
  ["question at limit", `${T}\nquestions:${list([cjk(LIMITS.questionCharacters)])}`],
  ["question past limit", `${T}\nquestions:${list([cjk(LIMITS.questionCharacters + 1)])}`],
  [
    "question past limit, astral",
    `${T}\nquestions:${list([emoji(LIMITS.questionCharacters + 1)])}`,
  ],
  // id
  ["id", `${T}\nid: card/apply`],
  ["id, every kind of character", `${T}\nid: a_Z-9/x`],
  ["id empty", `${T}\nid:`],
  ["id ~", `${T}\nid: ~`],
  ["id empty quotes", `${T}\nid: ""`],
  ["id with a space", `${T}\nid: "card apply"`],
  ["id with a dot", `${T}\nid: card.apply`],
  ["id in Chinese", `${T}\nid: 开户`],
  ["id number", `${T}\nid: 12`],
  ["id quoted number", `${T}\nid: "12"`],
  ["id true", `${T}\nid: true`],
  ["id list", `${T}\nid: [a]`],
  // draft
  ["draft true", `${T}\ndraft: true`],
  ["draft false", `${T}\ndraft: false`],
  ["draft empty", `${T}\ndraft:`],
  ["draft quoted", `${T}\ndraft: "true"`],
  ["draft yes", `${T}\ndraft: yes`],
  ["draft 1", `${T}\ndraft: 1`],
  ["draft list", `${T}\ndraft: []`],
  // threshold
  ...[
    "0",
    "1",
    "0.85",
    "0.6",
    "0.7",
    "0.3",
    "0.0001",
    "0.9999",
    "0.1235",
    "0.7500",
    "1.0",
    "-0",
    "1e-4",
    "0x1",
    "-0.0001",
    "1.0001",
    "85",
    "100",
    "1.5",
    ".inf",
    "-.inf",
    ".nan",
    "0.12345",
    "0.00001",
    "0.123456789012",
    '"0.85"',
    "'1'",
    "高",
    "true",
    "[0.85]",
    "",
    "~",
  ].map((value) => [`threshold ${value || "empty"}`, `${T}\nthreshold: ${value}`] as const),
];

describe("the front matter schema against the compiler", () => {
  const hit = new Set<RuleId>();
  for (const [name, yaml] of CASES) {
    it(name, () => {
      const c = compiler(yaml);
      const s = schema(yaml);
      for (const rule of c.rules) hit.add(rule);
      expect({ accepted: s.ok, errors: s.detail }).toMatchObject({ accepted: c.ok });
      if (!c.ok && typeof s.data === "object" && s.data !== null && !Array.isArray(s.data)) {
        expect({ keys: s.keys, schema: s.detail }).toMatchObject({ keys: c.keys });
      }
    });
  }

  it("hits every rule the schema stands in for", () => {
    expect(SCHEMA_RULES.filter((rule) => !hit.has(rule))).toEqual([]);
  });

  it("agrees on random front matter built from the same pieces", () => {
    const random = seededRandom(20_240_601);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const values: Record<string, readonly string[]> = {
      title: ["如何开户？", "12", '"  "', `${cjk(LIMITS.titleCharacters + 1)}`, '"a\\nb"', "~"],
      skill: ["账户", "~", '""', cjk(LIMITS.skillCharacters + 1), "[a]"],
      questions: [
        list(["怎么开户", "开户要什么"]),
        list(["怎么开户", "怎么开户"]),
        list(["12"]),
        "x",
      ],
      id: ["card/apply", "a b", "12", "~"],
      draft: ["true", "false", '"no"', "~"],
      threshold: ["0.85", "0.7", "1.5", "0.12345", '"0.85"', "~"],
      question: ["x"],
    };
    for (let i = 0; i < 400; i++) {
      const lines = Object.entries(values)
        .filter(([key]) => random() < (key === "title" ? 0.9 : key === "question" ? 0.05 : 0.5))
        .sort(() => random() - 0.5)
        .map(([key, options]) => `${key}: ${pick(options)}`.replace(/: \n/, ":\n"));
      const yaml = lines.join("\n");
      const c = compiler(yaml);
      const s = schema(yaml);
      expect({ yaml, accepted: s.ok, schema: s.detail }).toMatchObject({ accepted: c.ok });
    }
  });

  /**
   * What only `faqops check` sees (docs/editors.md lists them): the schema is one file's
   * front matter, checked by a JSON Schema validator. Each is pinned so a change is noticed.
   */
  it.each([
    [
      "a question alike the title",
      `${T}\nquestions:${list(["如何开户?"])}`,
      "question-alike-title",
    ],
    [
      "questions that differ in case only",
      `${T}\nquestions:${list(["ABC", "abc"])}`,
      "question-duplicate",
    ],
    ["a control character", 'title: "如何\\x01开户"', "xml-char"],
    // Ajv's tolerance (AJV_OPTIONS): agreement holds up to 12 decimal places; this has 14.
    ["a threshold 1e-14 from 0.85", `${T}\nthreshold: 0.85000000000001`, "threshold-precision"],
  ])("the compiler alone refuses %s", (_name, yaml, rule) => {
    expect(compiler(yaml).rules).toEqual([rule]);
    expect(schema(yaml).ok).toBe(true);
  });

  it("counts the characters of a value as written, spaces around it included", () => {
    // faqops trims first, so this title is at the limit, not past it; the schema warns early.
    const yaml = `title: " ${cjk(LIMITS.titleCharacters)}"`;
    expect(compiler(yaml).ok).toBe(true);
    expect(schema(yaml).ok).toBe(false);
  });
});

describe("the schema itself", () => {
  it("is a valid draft-07 schema, clean even for Ajv's strict mode", () => {
    const strict = new Ajv({ strict: true, allowUnionTypes: true });
    expect(strict.validateSchema(entrySchema())).toBe(true);
    expect(() => strict.compile(entrySchema())).not.toThrow();
  });

  it("has every key of the compiler, in its order, and no other", () => {
    expect(Object.keys(FRONT_MATTER_SPEC)).toEqual([...FRONT_MATTER_KEYS]);
    const properties = entrySchema().properties as Record<string, { description: string }>;
    expect(Object.keys(properties)).toEqual([...FRONT_MATTER_KEYS]);
    expect(entrySchema()).toMatchObject({ additionalProperties: false, required: ["title"] });
    for (const key of FRONT_MATTER_KEYS) {
      // English, then Chinese.
      expect(properties[key]!.description).toMatch(/^[\x20-\x7e]+\n\n.*[\u4e00-\u9fff]/s);
    }
  });

  it("holds the compiler's limits", () => {
    const p = entrySchema().properties as Record<string, Record<string, unknown>>;
    expect(p.title).toMatchObject({ maxLength: LIMITS.titleCharacters });
    expect(p.skill).toMatchObject({ maxLength: LIMITS.skillCharacters });
    expect(p.questions).toMatchObject({
      maxItems: LIMITS.questionCount,
      items: { maxLength: LIMITS.questionCharacters },
    });
    expect(p.threshold).toMatchObject({ minimum: 0, maximum: 1, multipleOf: 0.0001 });
    expect(THRESHOLD_DECIMALS).toBe(4);
  });

  it(`is what ${SCHEMA_FILE} holds (run \`npm run schema\` after changing the rules)`, () => {
    const committed = JSON.parse(readFileSync(path.join(repo, SCHEMA_FILE), "utf8"));
    // Key order included: the file is read by people, and Biome formats it.
    expect(JSON.stringify(committed)).toBe(JSON.stringify(entrySchema()));
  });

  it("is shipped in the package", () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8"));
    expect(pkg.files).toContain(path.dirname(SCHEMA_FILE));
  });
});
