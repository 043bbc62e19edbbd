/**
 * `--format sarif`: diagnostics as a SARIF 2.1.0 log, the format GitHub code scanning uploads
 * (`github/codeql-action/upload-sarif`). One run, every content rule described (from
 * RULE_HELP), one result per diagnostic. A test validates the output against the OASIS schema
 * (test/fixtures/sarif/). Pure.
 */
import { RULES, type RuleId } from "../content/rules.js";
import type { Diagnostic } from "../diagnostics.js";
import { RULE_HELP } from "./diagnostics-rules.js";

/** What the log says about the tool. */
export interface SarifTool {
  readonly version: string;
}

/** The SARIF 2.1.0 log (only the parts faqops writes). */
export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: readonly [SarifRun];
}

interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly version: string;
      readonly semanticVersion: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly columnKind: "utf16CodeUnits";
  readonly results: readonly SarifResult[];
}

interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly help: { readonly text: string; readonly markdown: string };
  readonly defaultConfiguration: { readonly level: SarifLevel };
}

type SarifLevel = "error" | "warning";

interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex?: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly [
    {
      readonly physicalLocation: {
        readonly artifactLocation: { readonly uri: string; readonly uriBaseId: "%SRCROOT%" };
        readonly region: { readonly startLine: number; readonly startColumn: number };
      };
    },
  ];
}

/** The published location of the SARIF 2.1.0 schema, as GitHub's documentation names it. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/**
 * The log for `diagnostics`, whose paths are relative to the repository root (`%SRCROOT%`:
 * code scanning resolves it to the checkout). Results keep the order given.
 */
export function diagnosticsSarif(diagnostics: readonly Diagnostic[], tool: SarifTool): SarifLog {
  const ids = Object.keys(RULES) as RuleId[];
  const index = new Map<string, number>(ids.map((id, i) => [id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "faqops",
            version: tool.version,
            semanticVersion: tool.version,
            rules: ids.map(sarifRule),
          },
        },
        // faqops counts columns as editors do: UTF-16 code units (docs/content-format.md).
        columnKind: "utf16CodeUnits",
        results: diagnostics.map((d) => {
          const ruleIndex = index.get(d.ruleId);
          return {
            ruleId: d.ruleId,
            ...(ruleIndex === undefined ? {} : { ruleIndex }),
            level: d.severity,
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(d.file), uriBaseId: "%SRCROOT%" },
                  region: { startLine: d.line, startColumn: d.column },
                },
              },
            ],
          };
        }),
      },
    ],
  };
}

function sarifRule(id: RuleId): SarifRule {
  const help = RULE_HELP[id];
  return {
    id,
    shortDescription: { text: plainText(help.meaning) },
    help: {
      text: `${plainText(help.meaning)}. Fix: ${plainText(help.fix)}.`,
      markdown: `${help.meaning}.\n\n**Fix:** ${help.fix}.`,
    },
    defaultConfiguration: { level: RULES[id] },
  };
}

/**
 * A table cell's Markdown as plain text: code spans (`` `a` ``, ``` `` `<b>` `` ```) unwrapped,
 * and outside them backslash escapes (`\<`) undone.
 */
export function plainText(markdown: string): string {
  const unescaped = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
  let out = "";
  let last = 0;
  for (const m of markdown.matchAll(CODE_SPAN)) {
    const code = m[2] ?? "";
    out += unescaped(markdown.slice(last, m.index));
    out +=
      code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "" ? code.slice(1, -1) : code;
    last = m.index + m[0].length;
  }
  return out + unescaped(markdown.slice(last));
}

/** A code span: a run of backticks, the code, the same run (CommonMark). */
const CODE_SPAN = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

/**
 * A relative path as a URI reference: each segment percent-encoded (SARIF wants URIs, and a
 * path such as `content/账户/开户.md` or one with a space or `#` is not one as it is).
 */
export function fileUri(file: string): string {
  return file
    .split("/")
    .map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment)))
    .join("/");
}
