/**
 * The front matter's target names against the configured ones: an unknown name is an error at
 * the name, with the target it most likely means when one stands out.
 */
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/content/compile.js";
import { type ContentTargets, checkTargetNames } from "../../src/content/targets.js";

function targetsNamed(...names: string[]): ContentTargets {
  return {
    configFile: "faqops.config.yaml",
    scopes: names.map((name) => ({ name, takes: () => true })),
  };
}

function fileNaming(...names: string[]): FileResult {
  return {
    source: "账户/a.md",
    path: "content/账户/a.md",
    diagnostics: [],
    keys: {
      questions: [],
      draft: false,
      asks: [],
      targets: names.map((text, i) => ({ text, line: 3, column: 10 + i * 10 })),
    },
  };
}

/** The message of the one diagnostic for `name`, or undefined when the name is known. */
function messageFor(name: string, targets: ContentTargets): string | undefined {
  const found = checkTargetNames([fileNaming(name)], targets);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.message;
}

describe("checkTargetNames", () => {
  const three = targetsNamed("eu-east", "eu-west", "production", "staging");

  it("accepts configured names", () => {
    expect(messageFor("staging", three)).toBeUndefined();
  });

  it("suggests the target a typo away, or the only one a short name begins", () => {
    expect(messageFor("stagng", three)).toBe(
      '"stagng" is not a target in faqops.config.yaml: did you mean `staging`? The targets are `eu-east`, `eu-west`, `production`, `staging`',
    );
    expect(messageFor("prod", three)).toContain("did you mean `production`?");
    expect(messageFor("Prod", three)).toContain("did you mean `production`?");
  });

  it("suggests nothing when no target stands out", () => {
    // Two targets begin with "eu"; "qa" is near none; "pr" is too short to be a beginning.
    for (const name of ["eu", "qa", "pr", "预发布"]) {
      const message = messageFor(name, three);
      expect(message, name).toBe(
        `"${name}" is not a target in faqops.config.yaml; the targets are \`eu-east\`, \`eu-west\`, \`production\`, \`staging\``,
      );
    }
  });

  it("reports every unknown name at its place, and nothing when the config is incomplete", () => {
    const found = checkTargetNames([fileNaming("prod", "staging", "qa")], three);
    expect(found.map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ["target-unknown", 3, 10],
      ["target-unknown", 3, 30],
    ]);
    expect(checkTargetNames([fileNaming("qa")], { ...three, complete: false })).toEqual([]);
  });
});
