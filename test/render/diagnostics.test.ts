/**
 * The diagnostics renderers against their references: @actions/core's escaping and its output
 * byte for byte (github), the OASIS SARIF 2.1.0 schema (sarif), docs/content-format.md's rule
 * table (each rule's help). The formats as the CLI prints them: test/cli/formats.test.ts.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { describe, expect, it, vi } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import {
  diagnosticsGithub,
  escapeData,
  escapeProperty,
} from "../../src/render/diagnostics-github.js";
import { RULE_HELP } from "../../src/render/diagnostics-rules.js";
import { diagnosticsSarif, fileUri, plainText } from "../../src/render/diagnostics-sarif.js";
import { VERSION } from "../../src/version.js";
import { expectValidSarif, sarifValidator } from "./sarif-schema.js";

const repo = path.resolve(import.meta.dirname, "../..");

describe("the renderers against their references", () => {
  const tricky: Diagnostic = {
    file: "content/a,b/c:d 100%.md",
    line: 3,
    column: 4,
    severity: "error",
    ruleId: "key-type",
    message: "50% off: a, b\r\nnext line",
  };

  it("github: byte for byte what @actions/core prints for the same annotation", () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      core.error(tricky.message, {
        title: `faqops ${tricky.ruleId}`,
        file: tricky.file,
        startLine: tricky.line,
        startColumn: tricky.column,
      });
      core.warning(tricky.message, {
        title: `faqops ${tricky.ruleId}`,
        file: tricky.file,
        startLine: tricky.line,
        startColumn: tricky.column,
      });
    } finally {
      spy.mockRestore();
    }
    expect(diagnosticsGithub([tricky, { ...tricky, severity: "warning" }])).toBe(
      written.join("").replaceAll("\r\n", "\n"),
    );
  });

  it("github: escapes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("100% a:b,c\r\nd")).toBe("100%25 a:b,c%0D%0Ad");
    expect(escapeProperty("100% a:b,c\r\nd")).toBe("100%25 a%3Ab%2Cc%0D%0Ad");
  });

  it("sarif: a log of every kind of path and message validates", () => {
    const log = diagnosticsSarif(
      [
        tricky,
        { ...tricky, severity: "warning", ruleId: "ask-target", file: "../outside/x.md" },
        { ...tricky, ruleId: "some-future-rule" },
      ],
      { version: VERSION },
    );
    expectValidSarif(log);
    // A rule the driver does not list has no ruleIndex (it would point at the wrong rule).
    expect(log.runs[0].results[2]).not.toHaveProperty("ruleIndex");
  });

  it("sarif: the validator refuses what is not SARIF 2.1.0 (so the tests above can fail)", () => {
    const log = (uri: string, level: string) => ({
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "faqops" } },
          results: [
            {
              level,
              message: { text: "m" },
              locations: [{ physicalLocation: { artifactLocation: { uri } } }],
            },
          ],
        },
      ],
    });
    const validate = sarifValidator();
    expect(validate(log("content/a.md", "error"))).toBe(true);
    expect(validate(log("content/账户.md", "error"))).toBe(false); // not a URI: not encoded
    expect(validate(log("content/a b.md", "error"))).toBe(false);
    expect(validate(log("content/a.md", "fatal"))).toBe(false);
    expect(validate({ version: "2.1.0" })).toBe(false);
  });

  it("sarif: paths become URI references segment by segment", () => {
    expect(fileUri("content/账户/a b#c?.md")).toBe("content/%E8%B4%A6%E6%88%B7/a%20b%23c%3F.md");
    expect(fileUri("../x/./y.md")).toBe("../x/./y.md");
  });

  it("sarif: each rule's help is docs/content-format.md's row for it", async () => {
    const docs = await readFile(path.join(repo, "docs/content-format.md"), "utf8");
    const rows = [
      ...docs.matchAll(/^\| `([a-z0-9-]+)` \| (?:error|warning) \| (.*) \| (.*) \|$/gm),
    ];
    expect(Object.fromEntries(rows.map((m) => [m[1], { meaning: m[2], fix: m[3] }]))).toEqual(
      RULE_HELP,
    );
  });

  it("sarif: Markdown in the help becomes plain text", () => {
    expect(plainText("a `b` c")).toBe("a b c");
    expect(plainText("(`\\<a …\\>`, `` `<b>` ``, `a<b`)")).toBe("(\\<a …\\>, `<b>`, a<b)");
    expect(plainText("see \\<a\\> and `x`")).toBe("see <a> and x");
  });
});
