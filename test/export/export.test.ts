/**
 * `faqops export`: compiled entries → the console's template, and back. The rows' shape and
 * what cannot be written (`##`, cards, drafts); the CSV's bytes; and the round trip the issue
 * asks for: `import` of an `export` gives back the same entries, from CSV and from .xlsx, for
 * generated text answers and for cards.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { type CompiledEntry, type ContentResult, loadContent } from "../../src/content/index.js";
import { csvField, csvText } from "../../src/export/csv.js";
import {
  type ExportFormat,
  exportRows,
  resolveExportOptions,
  runExport,
  writeExportFile,
} from "../../src/export/index.js";
import { xlsxBytes } from "../../src/export/xlsx.js";
import { resolveImportOptions, runImport } from "../../src/import/index.js";
import { readTable } from "../../src/import/table.js";
import { columnHeader, EXPORT_COLUMNS } from "../../src/import/template.js";
import { resolveContentOptions } from "../../src/options/content.js";
import { generateRows } from "../import/generate.js";

const tmp = mkdtempSync(path.join(tmpdir(), "faqops-export-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = EXPORT_COLUMNS.map(columnHeader);

function project(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(path.join(dir, "content"), { recursive: true });
  return dir;
}

const load = async (dir: string) =>
  loadContent(resolveContentOptions({ cwd: dir, cache: false, workers: "off" }));

/** What an entry is on the platform, whatever its file is called. */
const sent = (content: ContentResult) => (e: CompiledEntry) => ({
  skill: e.skill,
  title: e.title,
  questions: e.questions,
  threshold: e.threshold,
  content: content.answers.read(e).content,
});
const byKey = (content: ContentResult, entries = content.entries) =>
  entries
    .map(sent(content))
    .sort((a, b) => (`${a.skill}\0${a.title}` < `${b.skill}\0${b.title}` ? -1 : 1));

async function exportTo(dir: string, format: ExportFormat, out: string) {
  const result = await runExport(resolveExportOptions({ cwd: dir, format, out }));
  if (!result.ok) throw new Error("the content has errors");
  await writeExportFile(path.join(dir, out), result.bytes);
  return result;
}

const CONTENT = {
  "content/天气/北京.md":
    '---\ntitle: 北京今天多少度？\nquestions:\n  - 北京气温\nthreshold: 0.8\n---\n\n北京今天晴。\n详情见[中国天气网](https://www.weather.com.cn/)，或问 :ask[上海今天多少度]\n\n::news{title="一周 &quot;天气&quot;" description="a&#10;b" url="https://example.com/week?a=1&b=2" type="mp"}\n::news{title="二" url="https://example.com/2"}\n\n---\n\n::image{media_id="M1"}\n\n::miniprogram{title="还款" appid="wx3f5c8a1b2d4e6f70" pagepath="pages/repay/index" thumb_media_id="T1"}\n',
  "content/天气/上海.md": "---\ntitle: 上海今天多少度\n---\n\n第一条\n\n---\n\n第二条\n",
  "content/账户/开户.md":
    "---\ntitle: 如何开户？\nquestions:\n  - 怎么开户\n  - 开户材料\n---\n\n请携带*身份证*：\n\n1. 填表\n2. 审核\n",
  "content/账户/分隔.md": "---\ntitle: 分隔符\nquestions:\n  - a##b\n---\n\n答案\n",
  "content/账户/答案分隔.md": "---\ntitle: 答案里有分隔符\n---\n\nC## 语言\n",
  "content/账户/草稿.md": "---\ntitle: 草稿\ndraft: true\n---\n\n还没写完\n",
};

describe("exportRows", () => {
  it("writes one row per entry, sorted, and says what the template cannot hold", async () => {
    const dir = project("rows", CONTENT);
    const content = await load(dir);
    const { rows, problems, drafts } = exportRows(content.entries, content.answers);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["天气", "上海今天多少度", "", ""],
      ["天气", "北京今天多少度？", "0.8", "北京气温"],
      ["账户", "如何开户？", "", "怎么开户##开户材料"],
    ]);
    expect(rows[2]![4]).toBe("请携带身份证：\n\n1. 填表\n2. 审核");
    expect(drafts).toBe(1);
    expect(problems.map((p) => `${p.file} ${p.severity} ${p.ruleId}`)).toEqual([
      "content/天气/上海.md warning export-rich",
      "content/天气/北京.md warning export-rich",
      "content/账户/分隔.md error export-separator",
      "content/账户/答案分隔.md error export-separator",
    ]);
    expect(problems[2]!.message).toContain('the similar question "a##b" holds "##"');
  });
});

describe("csvText", () => {
  it("is UTF-8 with a BOM and CRLF, quoted where a cell needs it, and reads back the same", async () => {
    const rows = [
      ["a", 'say "hi"', "x,y", "line 1\nline 2", " padded "],
      ["", "", "", "", ""],
    ];
    const text = csvText(["h1", "h2", "h3", "h4", "h5"], rows);
    expect(text).toBe(
      '\uFEFFh1,h2,h3,h4,h5\r\na,"say ""hi""","x,y","line 1\nline 2"," padded "\r\n,,,,\r\n',
    );
    const table = await readTable(Buffer.from(text, "utf8"), "t.csv");
    expect(table.readAs).toBe("UTF-8 with BOM");
    expect(table.rows.slice(1).map((r) => r.cells)).toEqual(rows);
    expect(csvField("plain")).toBe("plain");
  });
});

describe("xlsxBytes", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the same bytes for the same content, whenever it runs", async () => {
    const rows = [
      ["售前", "营业时间", "0.7", "几点开门\n营业到几点", "9:00-18:00"],
      ["售后", "退货", "", "", "七天无理由"],
    ];
    // Only Date is faked: the zip's entries carry a date of their own, read from the clock.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-02T03:04:05Z"));
    const first = Buffer.from(await xlsxBytes(HEADER, rows));
    vi.setSystemTime(new Date("2027-06-07T08:09:10Z"));
    const second = Buffer.from(await xlsxBytes(HEADER, rows));
    expect(second.equals(first)).toBe(true);
    const table = await readTable(second, "t.xlsx");
    expect(table.rows.slice(1).map((r) => r.cells)).toEqual(rows);
  });
});

describe.each(["csv", "xlsx"] as const)("import of an export (%s)", (format) => {
  it("gives back the same entries, cards included", async () => {
    const dir = project(`cards-${format}`, CONTENT);
    const result = await exportTo(dir, format, `faq.${format}`);
    expect(result.entries).toBe(3);
    const target = project(`cards-${format}-back`, {});
    const imported = await runImport(
      resolveImportOptions({ cwd: target, file: path.join(dir, `faq.${format}`) }),
    );
    expect(imported.problems).toEqual([]);
    const source = await load(dir);
    const before = source.entries.filter(
      (e) =>
        !e.draft &&
        !e.questions.some((q) => q.includes("##")) &&
        !source.answers.read(e).content.includes("##"),
    );
    expect(byKey(await load(target))).toEqual(byKey(source, before));
  });

  it.each([3, 20_261_128])(
    "gives back the same entries for generated rows (seed %i)",
    async (seed) => {
      const dir = project(`generated-${format}-${seed}`, {});
      const rows = generateRows(seed, 80);
      writeFileSync(
        path.join(dir, "rows.csv"),
        csvText(
          HEADER,
          rows.map((r) => r.cells),
        ),
      );
      const first = await runImport(resolveImportOptions({ cwd: dir, file: "rows.csv" }));
      expect(first.failedRows).toEqual([]);
      const content = await load(dir);
      expect(content.entries).toHaveLength(rows.length);

      await exportTo(dir, format, `faq.${format}`);
      const target = project(`generated-${format}-${seed}-back`, {});
      const back = await runImport(
        resolveImportOptions({ cwd: target, file: path.join(dir, `faq.${format}`) }),
      );
      expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(byKey(await load(target))).toEqual(byKey(content));
    },
  );
});

describe("resolveExportOptions", () => {
  it("takes the format from --out, and never writes a workbook to the terminal", () => {
    expect(resolveExportOptions({ cwd: tmp, out: "a.XLSX" }).format).toBe("xlsx");
    expect(resolveExportOptions({ cwd: tmp, out: "a.csv" }).format).toBe("csv");
    expect(resolveExportOptions({ cwd: tmp }).out).toBeUndefined();
    expect(() => resolveExportOptions({ cwd: tmp, format: "xlsx" })).toThrow(/needs --out FILE/);
    expect(() => resolveExportOptions({ cwd: tmp, format: "xls" })).toThrow(
      /format must be one of csv, xlsx/,
    );
  });
});
