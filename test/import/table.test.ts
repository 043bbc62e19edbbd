/**
 * Reading the import file: the same rows from UTF-8, UTF-8 with a BOM, GBK (as Excel on
 * Chinese Windows saves it) and .xlsx, the encoding named; files that cannot be read refused
 * with a reason; cells of a workbook that are not text reported at their place.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "../../src/import/errors.js";
import { readTable } from "../../src/import/table.js";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/import");
const fixture = (name: string): Buffer => readFileSync(path.join(fixtures, name));

describe("readTable", () => {
  it("reads the four fixtures to the same rows, and names how each was read", async () => {
    const tables = await Promise.all(
      ["faq-utf8.csv", "faq-utf8-bom.csv", "faq-gbk.csv", "faq.xlsx"].map((name) =>
        readTable(fixture(name), name),
      ),
    );
    expect(tables.map((t) => t.readAs)).toEqual([
      "UTF-8",
      "UTF-8 with BOM",
      "GB18030 (GBK)",
      '.xlsx, sheet "FAQ"',
    ]);
    // Empty trailing cells are not kept the same way by every format.
    const cells = (t: (typeof tables)[number]) =>
      t.rows.map((r) => {
        const filled = [...r.cells];
        while (filled.at(-1) === "") filled.pop();
        return { row: r.row, cells: filled };
      });
    const [utf8, ...others] = tables.map(cells);
    for (const other of others) expect(other).toEqual(utf8);
    expect(tables[0]!.rows[1]!.cells[4]).toBe(
      "请携带身份证到任意网点办理。\n\n需要：\n1. 身份证\n2. 手机号",
    );
    // The workbook's second sheet holds a row: its rows are named as not imported.
    expect(tables[3]!.problems.map((p) => `${p.ruleId} ${p.message}`)).toEqual([
      'import-sheet only the first sheet, "FAQ", is imported; "Notes" holds rows that are not: move them to the first sheet, or import each sheet saved as its own file',
    ]);
  });

  it("keeps line breaks inside cells as LF, whatever the file's line endings", async () => {
    const csv = 'a,"x\r\ny\rz"\r\nb,c\n';
    const table = await readTable(Buffer.from(csv), "t.csv");
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["a", "x\ny\nz"],
      ["b", "c"],
    ]);
  });

  it("refuses what it cannot read, saying what to do", async () => {
    const refused = async (bytes: Uint8Array) => {
      const error = await readTable(bytes, "f.csv").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportFileError);
      const { message, hint } = error as ImportFileError;
      return { message, hint };
    };
    expect(await refused(Buffer.from("\ufeffa,b", "utf16le"))).toMatchObject({
      message: "f.csv is UTF-16 text, which faqops does not read.",
    });
    expect(await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatchObject({
      message: expect.stringContaining("(.xls)"),
    });
    expect(await refused(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toMatchObject({
      message: "f.csv starts with a UTF-8 byte-order mark but is not valid UTF-8.",
    });
    expect(await refused(Buffer.from([0x61, 0x2c, 0x81, 0x0a]))).toMatchObject({
      message: "f.csv is neither UTF-8 nor GB18030 (GBK) text.",
    });
    expect(await refused(Buffer.from('a,b\nc,"d\ne\n'))).toMatchObject({
      message: expect.stringMatching(/^f\.csv, line \d+: cannot read the CSV: Quote Not Closed/),
    });
    expect(await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      message: "f.csv cannot be read as an .xlsx workbook.",
    });
  });

  it("reads a quote inside a cell that is not quoted as a character, as Excel does", async () => {
    const table = await readTable(Buffer.from('a,他说"你好"\n'), "t.csv");
    expect(table.rows[0]!.cells).toEqual(["a", '他说"你好"']);
  });

  it("reads a workbook's cells as text, and reports those that are not", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.addRow([
      "text",
      0.85,
      true,
      { richText: [{ text: "rich " }, { text: "text", font: { bold: true } }] },
      { formula: "1+1", result: 2 },
      { text: "官网", hyperlink: "https://a.example" },
      new Date(Date.UTC(2024, 2, 1)),
      { error: "#N/A" },
      { formula: "A1" },
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readTable(bytes, "w.xlsx");
    expect(table.rows[0]!.cells).toEqual([
      "text",
      "0.85",
      "true",
      "rich text",
      "2",
      "官网",
      "",
      "",
      "",
    ]);
    expect(table.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.ruleId}`)).toEqual([
      "1:6 warning import-link",
      "1:7 error import-cell",
      "1:8 error import-cell",
      "1:9 error import-cell",
    ]);
  });
});
