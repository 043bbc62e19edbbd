/**
 * `faqops import` and `faqops export` in Chinese: every problem message, error and hint their
 * code writes has an entry (read from the source); the reports the import fixtures produce
 * (test/fixtures/import/expected) translate line by line with no English sentence left; the
 * report's own lines in every form (dry run, rows not imported, no header).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderImport } from "../../src/cli/commands/import.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { IMPORT_DIAGNOSTICS } from "../../src/i18n/import.js";
import { localizeText, translateLine } from "../../src/i18n/index.js";
import type { ImportReport } from "../../src/import/index.js";
import { IMPORT_RULES } from "../../src/import/rules.js";
import { allEntries, englishLeft, normalizedTemplates } from "./helpers.js";
import { collectMessages, REPO } from "./source-messages.js";

const files = (dir: string) =>
  readdirSync(path.join(REPO, dir))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `${dir}/${f}`)
    .sort();

describe("the import and export catalogue", () => {
  const known = () =>
    new Set([
      ...normalizedTemplates(allEntries()),
      ...normalizedTemplates(Object.values(IMPORT_DIAGNOSTICS).flat()),
    ]);

  it("has an entry for every problem message, error and hint of src/import and src/export", () => {
    const xlsx = "src/import/xlsx.ts";
    const passes = [
      collectMessages(
        files("src/import").filter((f) => f !== xlsx),
        {
          calls: { report: 2, importDiagnostic: 4 },
          errors: true,
          properties: ["hint"],
          returnsOf: [],
        },
      ),
      // xlsx.ts: `at(message)` and cellText's `problem(message)`.
      collectMessages([xlsx], {
        calls: { at: 0, problem: 0, importDiagnostic: 4 },
        errors: true,
        properties: ["hint"],
        returnsOf: [],
      }),
      // export/rows.ts: `problem(ruleId, message)`.
      collectMessages(files("src/export"), {
        calls: { problem: 1 },
        errors: true,
        properties: ["hint"],
        returnsOf: [],
      }),
    ];
    const entries = known();
    const missing = passes
      .flatMap((p) => p.templates)
      .filter((t) => !entries.has(t.template))
      .map((t) => `${t.where}: ${t.template}`);
    expect(missing).toEqual([]);
  });

  it("covers every import rule", () => {
    expect(Object.keys(IMPORT_RULES).filter((id) => !(id in IMPORT_DIAGNOSTICS))).toEqual([]);
  });
});

/** Each line of `text` translated whole, with no English sentence left in its prose. */
function expectChinese(text: string): string {
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const translated = translateLine(line);
    expect(translated?.complete, line).toBe(true);
    // A problem's place, severity and rule id stay as they are.
    const prose = translated!.text.replace(/^\S+ (?:error|warning) \S+ /, "");
    expect(englishLeft(prose), line).toEqual([]);
  }
  return localizeText(text, "zh-CN");
}

describe("the import's report", () => {
  const expected = path.join(REPO, "test/fixtures/import/expected");

  it("every fixture's report, problems included, as the CLI prints it", () => {
    const reports = readdirSync(expected).filter((f) => f.endsWith(".txt"));
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      const zh = expectChinese(readFileSync(path.join(expected, report), "utf8"));
      // Place, severity and rule id stay; titles and values too.
      expect(zh).toMatch(/:6:3: error import-threshold 相似度阈值 "1\.5" 不是 0 到 1 之间的数字/);
      expect(zh).toContain("error text-markup `</b` ");
      expect(zh).toContain("（第 2 行）");
    }
  });

  it("its own lines in every form", () => {
    const problem = (ruleId: string, message: string): Diagnostic => ({
      file: "faq.csv",
      line: 3,
      column: 2,
      severity: "error",
      ruleId,
      message,
    });
    const base: ImportReport = {
      readAs: "GB18030 (GBK)",
      header: undefined,
      rowCount: 14,
      files: [
        { row: 2, path: "content/账户/开户.md", action: "created" },
        { row: 3, path: "content/账户/销户.md", action: "replaced" },
        { row: 4, path: "content/账户/挂失.md", action: "unchanged" },
        { row: 5, path: "content/账户/转账.md", action: "exists" },
      ],
      problems: [
        problem(
          "import-column",
          "column F without a header is not imported: its values (this is the first) are left out of every entry",
        ),
        problem(
          "import-column",
          'column G "优先级" (faqops has no intent priority) is not imported: its values (this is the first) are left out of every entry',
        ),
        problem(
          "import-answers",
          "the cell holds 3 answers (separated by ##), of which the console sends one at random; faqops sends one answer, the first, and keeps the other 2 as a comment in the file's front matter: choose one, or merge them",
        ),
        problem(
          "import-threshold",
          'the similarity threshold "85" is not a number from 0 to 1: did you mean 0.85?',
        ),
        problem(
          "import-roundtrip",
          "faqops cannot write this row so that it compiles back unchanged (the similar questions, answer would differ): this is a bug in faqops; please report it with the row",
        ),
        problem(
          "import-conflict",
          '"怎么开户" is also asked by row 7 in the same skill, so the bot cannot tell the entries apart; reword or remove one (`check` reports this as `question-conflict`)',
        ),
        problem(
          "export-rich",
          "the answer has 2 messages, which the console's template cannot hold (its answers are text): it is written as the JSON the platform receives, which `faqops import` reads back, but the console would show as text",
        ),
        problem(
          "export-separator",
          'the similar question "a##b" and the answer hold "##", which the console\'s template reads as the separator of several questions or answers: this entry is left out of the export; reword it (for example with "# #" or "＃＃")',
        ),
      ],
      failedRows: [3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
      dryRun: false,
    };
    const reports: ImportReport[] = [
      base,
      { ...base, dryRun: true, header: 2, failedRows: [4] },
      { ...base, readAs: '.xlsx, sheet "FAQ"', failedRows: [4, 9] },
      { ...base, readAs: "UTF-8 with BOM", rowCount: 1, failedRows: [] },
    ];
    for (const report of reports) expectChinese(renderImport(report, "faq.csv"));
    const zh = localizeText(renderImport(base, "faq.csv"), "zh-CN");
    expect(zh).toContain("已读取 faq.csv（GB18030（GBK））：14 行，没有标题行：按模板的列顺序读取");
    expect(zh).toContain("未替换 content/账户/转账.md（第 5 行）");
    expect(zh).toContain("第 3, 5, 6, 7, 8, 9, 10, 11, 12, 13 行，另外还有 2 行");
    expect(zh).toContain(
      '同一技能里的 第 7 行 也有 "怎么开户" 这个问法，机器人无法区分这些条目：请改写或删除其中一个（`check` 会把它报告为 `question-conflict`）',
    );
  });
});

describe("the export's report", () => {
  it("its lines", () => {
    for (const line of [
      "3 entries, 1 error, 0 warnings: nothing exported",
      "exported (csv): 12 entries",
      "wrote faq.xlsx (xlsx): 1 entry; 2 drafts not exported, 1 entry left out (see above)",
      "wrote faq.csv (csv): 3 entries; 1 draft not exported",
    ]) {
      expectChinese(line);
    }
    expect(localizeText("exported (csv): 12 entries", "zh-CN")).toBe("已导出（csv）：12 个条目");
  });
});
