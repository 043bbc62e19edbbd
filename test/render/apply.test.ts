/**
 * What is said about an apply run (src/render/apply.ts): one description, laid out for the
 * terminal and for the action's Markdown, so the two cannot tell different stories.
 */
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/escape.js";
import { describeApply, renderApplyMarkdown, renderApplyText } from "../../src/render/apply.js";
import { applyResults } from "../i18n/outputs.js";

const cell = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, "<br>");
const markdown = (result: (typeof results)[number]) =>
  renderApplyMarkdown(result, { limit: 200, cell, sentence: cell }).join("\n");
const results = applyResults();

describe("describeApply", () => {
  it("tells the CLI and the action the same things, in their own words only for remedies", () => {
    for (const result of results) {
      const cli = describeApply(result, { audience: "cli" });
      const action = describeApply(result, { audience: "action" });
      expect(action.map((b) => b.kind)).toEqual(cli.map((b) => b.kind));
      const words = (blocks: typeof cli) =>
        JSON.stringify(blocks)
          .replaceAll("`faqops publish` (or `faqops apply --publish`)", "REMEDY")
          .replaceAll("`publish: true` or `command: publish`", "REMEDY")
          .replaceAll("`faqops apply --resend-all`", "RESEND")
          .replaceAll("the action's `resend-all: true`", "RESEND")
          .replaceAll("(sent again: --resend-all)", "(sent again: RESEND)")
          .replaceAll("(sent again: `resend-all: true`)", "(sent again: RESEND)")
          .replaceAll("; --api v2 does)", "; V2 does)")
          .replaceAll("; `api: v2` does)", "; V2 does)")
          .replaceAll("with --prune --replace-all", "with REPLACE")
          .replaceAll("with `prune: true` and `replace-all: true`", "with REPLACE")
          .replace(
            /: `faqops apply [^`]*` (does that|disables it) \(review `faqops plan [^`]*` first\)/g,
            ": ACTION",
          )
          .replace(
            /: the action's `prune: true` (does that|disables it) \(review a plan with `prune: true` first\)/g,
            ": ACTION",
          );
      expect(words(action)).toBe(words(cli));
      expect(JSON.stringify(action)).not.toMatch(/faqops (publish|apply|plan)/);
      // No flag of the CLI's: the action names its inputs.
      expect(JSON.stringify(action)).not.toMatch(/--[a-z]/);
    }
  });

  it("says the lockfile's fate only when told its name", () => {
    const [done] = results;
    expect(describeApply(done!, { audience: "action" }).at(-1)).not.toMatchObject({
      text: expect.stringMatching(/^Lockfile/),
    });
    expect(describeApply(done!, { audience: "cli", lockfile: "f.json" }).at(-1)).toEqual({
      kind: "sentence",
      tone: "neutral",
      text: "Lockfile f.json updated.",
    });
  });
});

describe("the two layouts", () => {
  it("put every sentence and every entry line of the terminal's in the Markdown", () => {
    for (const result of results) {
      const md = markdown(result);
      for (const block of describeApply(result, { audience: "action" })) {
        if (block.kind === "fatal") expect(md).toContain(`❌ ${cell(block.message)}`);
        else if (block.kind === "sentence")
          for (const line of block.text.split("\n")) expect(md).toContain(cell(line.trim()));
        else
          for (const item of block.items)
            expect(md).toContain(`| ${cell(item.skill)} | ${cell(item.text)} |`);
      }
    }
  });

  it("leave the fatal error to the CLI's error renderer, and show it in Markdown", () => {
    const fatal = results.find((r) => r.outcome === "fatal")!;
    const text = renderApplyText(fatal, { lockfile: "f.json" });
    expect(text).toMatch(/^Stopped before anything was written: a platform error \(see below\)/);
    expect(text).not.toContain(fatal.fatal!.message);
    expect(markdown(fatal)).toContain(`❌ ${cell(fatal.fatal!.message)}`);
  });
});
