import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readProjectConfig } from "../../src/config/load.js";

/**
 * Fixture-driven tests of faqops.config.yaml's loader, as test/fixtures/compile is for entries.
 * Each folder in test/fixtures/config is one case: its `faqops.config.yaml` is read as the
 * CLI reads it (the folder as the project root and working directory), and `expected.json`
 * holds what was kept and the diagnostics. Run with UPDATE=1 to rewrite the expectations after
 * a deliberate change, then read the diff: they are the specification. test/content/rules.test.ts
 * counts the rules these produce; test/i18n translates their messages.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(repo, "test/fixtures/config");
const update = process.env.UPDATE === "1";
const UPDATE_COMMAND = "UPDATE=1 npx vitest run test/config/fixtures.test.ts";

/** A case's result, without the absolute path (the fixture's folder differs per checkout). */
async function configCase(dir: string) {
  const { config, diagnostics } = await readProjectConfig(dir, dir);
  const { path: _absolute, ...kept } = config!;
  return { config: kept, diagnostics };
}

describe("config fixtures", () => {
  for (const name of readdirSync(fixtures).sort()) {
    const dir = path.join(fixtures, name);
    it(name, async () => {
      const expectedFile = path.join(dir, "expected.json");
      const json = `${JSON.stringify(await configCase(dir), null, 2)}\n`;
      if (update) writeFileSync(expectedFile, json);
      if (!existsSync(expectedFile)) {
        expect.fail(
          `${path.relative(repo, expectedFile)} is missing: create it with \`${UPDATE_COMMAND}\`, then read it before committing`,
        );
      }
      expect(json).toBe(readFileSync(expectedFile, "utf8"));
      // The name says what the case is: valid ones have no problem, the others do.
      const { diagnostics } = JSON.parse(json) as { diagnostics: unknown[] };
      expect(diagnostics.length === 0, name).toBe(name.startsWith("valid-"));
    });
  }
});
