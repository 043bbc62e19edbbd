/**
 * The JSON Schema of faqops.config.yaml, built from the key table the loader checks against
 * (spec.ts). The package ships it as schema/faqops-config.schema.json beside the entries'
 * (`npm run schema` writes both; a test fails when one is stale), for editors: the YAML
 * language server validates and completes the file with it (docs/editors.md).
 *
 * Draft-07, as the entries' schema, which the YAML language server reads too. It checks each
 * value as the loader does; what spans keys (two targets sharing a lockfile, names such as
 * `eu-west` and `eu_west` that read the same variables, a key given twice) only `faqops check`
 * sees. test/config/schema.test.ts checks that both accept the same files, case by case.
 */
import type { Bilingual } from "../content/front-matter-spec.js";
import type { JsonSchema } from "../init/schema.js";
import {
  type ConfigKeySpec,
  TARGET_KEY_SPEC,
  TARGET_NAME_PATTERN,
  TARGET_ONLY_KEYS,
  TARGETS_DESCRIPTION,
  type TargetKey,
  TOP_KEY_SPEC,
} from "./spec.js";

/** Where the schema is in the package. */
export const CONFIG_SCHEMA_FILE = "schema/faqops-config.schema.json";

/** Text the loader takes: a string with something besides whitespace (it trims). */
const NOT_BLANK = String.raw`\S`;

/**
 * A URL as far as a pattern can tell: a scheme, then something. The loader asks the URL parser,
 * which also refuses `https://` alone; `faqops check` is the last word.
 */
const URL_PATTERN = String.raw`^\s*[A-Za-z][A-Za-z0-9+.-]*:\S`;

/**
 * A share as a percentage, 0% to 100%: what the loader reads with its `%` (any number of
 * digits, then at most 100), spaces around it allowed, as the loader trims.
 */
const PERCENT_PATTERN = String.raw`^\s*0*(?:100(?:\.0+)?|[0-9]{1,2}(?:\.[0-9]+)?)%\s*$`;

/** faqops.config.yaml's schema: the top level's keys, and each target's. */
export function configSchema(): JsonSchema {
  const targetKeys = Object.keys(TARGET_KEY_SPEC) as TargetKey[];
  const defaults = targetKeys.filter((key) => !TARGET_ONLY_KEYS.includes(key));
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $comment:
      "Generated from src/config/spec.ts by `npm run schema`; do not edit. faqops check is the last word: it also refuses two targets sharing a lockfile, and names that read the same variables.",
    title: "faqops configuration (faqops.config.yaml)",
    description: bilingual({
      en: "The repository's faqops settings: the content folder, and the targets (bots) it syncs, each with its own settings. Keys at the top level are every target's defaults. An empty value (key: or ~) counts as not set. See docs/targets.md.",
      zh: "仓库的 faqops 设置：内容文件夹，以及要同步的目标（机器人），各有自己的设置。顶层的键是所有目标的默认值。空值（key: 或 ~）等于没写。见 docs/targets.md。",
    }),
    type: ["object", "null"],
    additionalProperties: false,
    properties: {
      content: keySchema(TOP_KEY_SPEC.content),
      targets: {
        description: bilingual(TARGETS_DESCRIPTION),
        type: "object",
        minProperties: 1,
        propertyNames: { pattern: TARGET_NAME_PATTERN.source },
        additionalProperties: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: Object.fromEntries(
            targetKeys.map((key) => [key, keySchema(TARGET_KEY_SPEC[key])]),
          ),
        },
      },
      ...Object.fromEntries(defaults.map((key) => [key, keySchema(TARGET_KEY_SPEC[key])])),
    },
  };
}

function keySchema(spec: ConfigKeySpec): JsonSchema {
  const description = bilingual(spec.description);
  switch (spec.kind) {
    case "choice":
      return { description, enum: [...spec.choices, null] };
    case "text":
      return {
        description,
        type: ["string", "null"],
        pattern: spec.format === "url" ? URL_PATTERN : NOT_BLANK,
      };
    case "boolean":
      return { description, type: ["boolean", "null"] };
    case "integer":
      return {
        description,
        type: ["integer", "null"],
        minimum: spec.minimum,
        maximum: spec.maximum,
      };
    case "number":
      return { description, type: ["number", "null"], exclusiveMinimum: 0, maximum: spec.maximum };
    case "share":
      return {
        description,
        anyOf: [
          { type: "number", minimum: 0, maximum: 1 },
          { type: "string", pattern: PERCENT_PATTERN },
          { type: "null" },
        ],
      };
    case "filter": {
      // `include` takes only what it names, so an empty one would take nothing.
      const items = {
        description: bilingual(spec.item),
        type: "string",
        pattern: NOT_BLANK,
      };
      return {
        description,
        anyOf: [
          { type: "array", minItems: 1, items },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              include: { type: "array", minItems: 1, items },
              exclude: { type: "array", items },
            },
          },
          { type: "null" },
        ],
      };
    }
  }
}

function bilingual(text: Bilingual): string {
  return `${text.en}\n\n${text.zh}`;
}

/** The schema as its file holds it. */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}
