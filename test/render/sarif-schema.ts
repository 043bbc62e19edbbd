/** The OASIS SARIF 2.1.0 schema (draft-04, with its formats), for the tests of SARIF output. */
import { readFileSync } from "node:fs";
import path from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { expect } from "vitest";

const repo = path.resolve(import.meta.dirname, "../..");

/** Validates a SARIF log against the OASIS 2.1.0 schema (draft-04) with its formats. */
export function expectValidSarif(log: unknown): void {
  const validate = sarifValidator();
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

// Both packages are CommonJS with a `default` export; NodeNext types the import as the module.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
type Validator = ReturnType<InstanceType<typeof Ajv>["compile"]>;

let compiled: Validator | undefined;

export function sarifValidator(): Validator {
  if (compiled) return compiled;
  const schema = JSON.parse(
    readFileSync(path.join(repo, "test/fixtures/sarif/sarif-schema-2.1.0.json"), "utf8"),
  );
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  compiled = ajv.compile(schema);
  return compiled;
}
