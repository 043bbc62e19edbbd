import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/content/index.js";

const repo = path.resolve(import.meta.dirname, "../..");
/** Entries' fixtures (test/content/compile.test.ts) and faqops.config.yaml's (test/config). */
const fixtures = [
  path.join(repo, "test/fixtures/compile"),
  path.join(repo, "test/fixtures/config"),
];

describe("rule ids", () => {
  it("are all documented in docs/content-format.md's table, with their severity", () => {
    const docs = readFileSync(path.join(repo, "docs/content-format.md"), "utf8");
    const documented = new Map(
      [...docs.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]),
    );
    expect(Object.fromEntries(documented)).toEqual(RULES);
  });

  it("each have a fixture whose expected diagnostics use them", () => {
    const used = new Set<string>();
    for (const folder of fixtures) {
      for (const name of readdirSync(folder)) {
        const expected = JSON.parse(readFileSync(path.join(folder, name, "expected.json"), "utf8"));
        for (const d of expected.diagnostics) used.add(d.ruleId);
      }
    }
    expect(Object.keys(RULES).filter((id) => !used.has(id))).toEqual([]);
  });
});
