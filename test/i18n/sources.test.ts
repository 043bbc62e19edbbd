/**
 * What the shells write themselves, read from their source: every line the CLI's commands write
 * with `io.stdout`/`io.stderr`, and every sentence the action passes to its translator, has a
 * catalogue entry, so a line added without its Chinese fails here. (What the renderers print is
 * rendered and checked in output.test.ts and markdown.test.ts.)
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allEntries, normalizedTemplates } from "./helpers.js";
import { collectMessages, REPO } from "./source-messages.js";

/** The CLI's files. */
function cliFiles(): string[] {
  return readdirSync(path.join(REPO, "src/cli"), { recursive: true })
    .map((f) => `src/cli/${String(f).split(path.sep).join("/")}`)
    .filter((f) => f.endsWith(".ts"))
    .sort();
}

/**
 * Each line of each template, without the newlines around it or a redraw's `\r` and erase code;
 * lines of holes only dropped.
 */
function lines(templates: readonly { where: string; template: string }[]): string[] {
  return templates.flatMap(({ where, template }) =>
    template
      .split("\n")
      .map((line) => line.replace(REDRAW, ""))
      .filter((line) => line.replace(/\{\{\}\}/g, "").trim() !== "")
      .map((line) => `${where}: ${line}`),
  );
}

/** A progress bar's redraw: a carriage return and the erase-line code. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what it finds.
const REDRAW = /^\r\u001b\[2K/;

const known = () => normalizedTemplates(allEntries());

describe("the shells' own lines", () => {
  it("every line the CLI writes itself has an entry", () => {
    const { templates, dynamic } = collectMessages(cliFiles(), {
      calls: { "io.stdout": 0, "io.stderr": 0 },
      errors: false,
      properties: [],
      returnsOf: ["emulatorHint"],
    });
    const entries = known();
    const missing = lines(templates).filter((l) => !entries.has(l.replace(/^[^:]+:\d+: /, "")));
    expect(missing).toEqual([]);
    // Written by a renderer (each rendered and checked in output.test.ts), commander's own
    // output (main.ts `s`: help, in English), or diagnostics (formatReport, renderDiagnostics).
    const callee = (expression: string) => expression.split("(")[0]!.trim();
    expect(
      dynamic.map((d) => `${d.where.replace(/:\d+$/, "")}: ${callee(d.expression)}`).sort(),
    ).toEqual(
      [
        "src/cli/commands/apply.ts: emulatorHint",
        "src/cli/commands/apply.ts: renderApplyText",
        "src/cli/commands/check.ts: formatReport",
        "src/cli/commands/compile.ts: formatReport",
        "src/cli/commands/compile.ts: result.entries.map",
        "src/cli/commands/emulate.ts: describeStart",
        // export's CSV (stdout, a file's bytes: never translated) and problems; import's
        // report (both checked in import.test.ts).
        "src/cli/commands/export.ts: Buffer.from",
        "src/cli/commands/export.ts: renderDiagnostics",
        "src/cli/commands/export.ts: renderDiagnostics",
        "src/cli/commands/import.ts: renderImport",
        "src/cli/commands/plan.ts: renderPlanText",
        "src/cli/commands/preview.ts: formatReport",
        "src/cli/main.ts: s",
        "src/cli/main.ts: s",
        "src/cli/sync-inputs.ts: formatReport",
      ].sort(),
    );
  });

  it("every sentence the action translates has an entry", () => {
    const { templates } = collectMessages(["src/action/main.ts"], {
      calls: { "t.text": 0, "t.markdown": 0 },
      errors: false,
      properties: [],
      returnsOf: ["commitLockfile", "driftList"],
    });
    const entries = known();
    const missing = lines(templates)
      .filter((l) => !entries.has(l.replace(/^[^:]+:\d+: /, "")))
      // driftList's pieces are read by the drift-list kind, and `Run: url` is a commit's body;
      // `✅ {{}}` is render/apply.ts publishedSentence's, each checked in markdown.test.ts.
      .filter(
        (l) =>
          !/: (?:\{\{\}\} \/ \{\{\}\} \(\{\{\}\}\)|\{\{\}\}, and \{\{\}\} more|\{\{\}\}, |✅ \{\{\}\})$/.test(
            l,
          ),
      );
    expect(missing).toEqual([]);
  });
});
