/**
 * The JSON Schema of an entry's front matter, built from FRONT_MATTER_SPEC. The package ships it
 * as schema/faqops-entry.schema.json (`npm run schema` writes it; a test fails when it is
 * stale) and `faqops init` copies it into a repository for editors (docs/editors.md).
 *
 * Draft-07, because that is what the validators editors use (Ajv's default, in
 * remark-lint-frontmatter-schema and Front Matter CMS) read without extra setup. Descriptions
 * hold English, then Chinese, in the standard `description`, which every tool shows.
 */
import { type Bilingual, frontMatterSpecs, type KeySpec } from "../content/front-matter-spec.js";

/** Where the schema is in the package, and where `faqops init` copies it in a repository. */
export const SCHEMA_FILE = "schema/faqops-entry.schema.json";
export const SCHEMA_COPY = ".faqops/faqops-entry.schema.json";

/**
 * Text on one line once trimmed, and not blank: what the compiler accepts for `title`, `skill`
 * and each question (it trims, then refuses a line break or nothing). Leading whitespace, a
 * character, the rest of its line, and then at most a line break followed by whitespace: each
 * part can only end one way, so a long value never makes the match backtrack much.
 */
export const ONE_LINE_PATTERN = String.raw`^\s*\S[^\n]*(?:\n\s*)?$`;

/** A JSON Schema object (only what this file writes). */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The front matter's schema: every key, its type and its limits. */
export function entrySchema(): JsonSchema {
  const specs = frontMatterSpecs();
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $comment:
      "Generated from src/content/front-matter-spec.ts by `npm run schema`; do not edit. faqops check is the last word: it also compares questions across entries.",
    title: "faqops FAQ entry front matter",
    description: bilingual({
      en: "The YAML front matter of one FAQ entry (a Markdown file in content/): the standard question, similar questions and options. An empty value (key: or ~) counts as not set.",
      zh: "一条 FAQ（content/ 中的一个 Markdown 文件）开头的 YAML 属性：标准问题、相似问题和选项。空值（key: 或 ~）等于没写。",
    }),
    type: "object",
    required: specs.filter(([, spec]) => spec.kind === "line" && spec.required).map(([k]) => k),
    additionalProperties: false,
    properties: Object.fromEntries(specs.map(([key, spec]) => [key, keySchema(spec)])),
  };
}

function keySchema(spec: KeySpec): JsonSchema {
  const text = {
    title: `${spec.label.en} / ${spec.label.zh}`,
    description: bilingual(spec.description),
  };
  switch (spec.kind) {
    case "line":
      return {
        ...text,
        type: spec.required ? "string" : ["string", "null"],
        ...line(spec.maxCharacters),
      };
    case "lines":
      return {
        ...text,
        type: ["array", "null"],
        maxItems: spec.maxItems,
        // Equal questions; the compiler also refuses ones that differ only in width or case.
        uniqueItems: true,
        items: { type: "string", ...line(spec.maxCharacters) },
      };
    case "pattern":
      return { ...text, type: ["string", "null"], pattern: spec.pattern.source };
    case "names":
      return {
        ...text,
        type: ["array", "null"],
        minItems: 1,
        items: { type: "string", pattern: spec.pattern.source },
      };
    case "boolean":
      return { ...text, type: ["boolean", "null"] };
    case "number":
      return {
        ...text,
        type: ["number", "null"],
        minimum: spec.minimum,
        maximum: spec.maximum,
        // Exact in decimal, not in binary: validators need a tolerance (docs/editors.md).
        multipleOf: 1 / 10 ** spec.decimals,
      };
  }
}

/** One line of 1 to `max` characters (JSON Schema counts code points, as faqops does). */
function line(max: number): JsonSchema {
  return { minLength: 1, maxLength: max, pattern: ONE_LINE_PATTERN };
}

function bilingual(text: Bilingual): string {
  return `${text.en}\n\n${text.zh}`;
}

/** The schema as its file holds it. */
export function entrySchemaText(): string {
  return `${JSON.stringify(entrySchema(), null, 2)}\n`;
}
