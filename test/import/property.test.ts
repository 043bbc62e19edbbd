/**
 * The import's promise, as a property: for generated rows, `import` then the real compiler
 * (loadContent, as `check` and `plan` run it) gives back the same skill, title, similar
 * questions, threshold and answer text; a row the format cannot carry is refused with the rule
 * that says why, and nothing is written for it. Rows go through a CSV file written with
 * export's writer, so quoting is part of the round trip.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/index.js";
import { csvText } from "../../src/export/csv.js";
import { resolveImportOptions, runImport } from "../../src/import/index.js";
import { columnHeader, EXPORT_COLUMNS } from "../../src/import/template.js";
import { resolveContentOptions } from "../../src/options/content.js";
import { type GeneratedRow, generateRows } from "./generate.js";

const tmp = mkdtempSync(path.join(tmpdir(), "faqops-import-property-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function importRows(name: string, rows: readonly GeneratedRow[]) {
  const dir = path.join(tmp, name);
  const header = EXPORT_COLUMNS.map(columnHeader);
  const csv = csvText(
    header,
    rows.map((r) => r.cells),
  );
  // An empty content folder: what import finds in a new repository.
  mkdirSync(path.join(dir, "content"), { recursive: true });
  writeFileSync(path.join(dir, "rows.csv"), csv);
  const report = await runImport(resolveImportOptions({ cwd: dir, file: "rows.csv" }));
  const content = await loadContent(
    resolveContentOptions({ cwd: dir, cache: false, workers: "off" }),
  );
  return { report, content };
}

/** Rows are numbered from 2: row 1 is the header. */
const rowNumber = (index: number): number => index + 2;

describe.each([20_261_127, 7, 424_242])("import of generated rows (seed %i)", (seed) => {
  it("compiles back to the same skill, title, questions, threshold and answer", async () => {
    const rows = generateRows(seed, 150);
    const { report, content } = await importRows(`ok-${seed}`, rows);
    const errors = report.problems.filter((p) => p.severity === "error");
    expect(errors).toEqual([]);
    expect(report.files).toHaveLength(rows.length);
    expect(content.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const bySource = new Map(content.entries.map((e) => [e.source, e]));
    rows.forEach((row, index) => {
      const file = report.files.find((f) => f.row === rowNumber(index));
      const entry = file && bySource.get(file.path.replace(/^content\//, ""));
      expect(entry, `row ${rowNumber(index)}`).toBeDefined();
      expect(
        {
          skill: entry!.skill,
          title: entry!.title,
          questions: entry!.questions,
          threshold: entry!.threshold,
          answer: content.answers.read(entry!).content,
        },
        `row ${rowNumber(index)}: ${JSON.stringify(row.cells)}`,
      ).toEqual({
        skill: row.skill,
        title: row.title,
        questions: row.questions,
        threshold: row.threshold,
        answer: row.answer,
      });
    });
  });

  it("refuses, with the reason, every row holding text the format cannot carry", async () => {
    const rows = generateRows(seed, 40, { unsendable: true });
    const { report, content } = await importRows(`bad-${seed}`, rows);
    expect(report.files).toEqual([]);
    expect(content.entries).toEqual([]);
    rows.forEach((_, index) => {
      const reasons = report.problems
        .filter((p) => p.line === rowNumber(index) && p.severity === "error")
        .map((p) => p.ruleId);
      expect(reasons.length, `row ${rowNumber(index)}`).toBeGreaterThan(0);
      for (const rule of reasons) expect(["text-markup", "xml-char"]).toContain(rule);
    });
  });
});
