/** Rows → the template as an .xlsx workbook (one sheet), with exceljs. */
import type { Workbook } from "exceljs";
import { EXPORT_COLUMNS } from "../import/template.js";

/** Column widths in characters, by template column: the answer gets room to wrap. */
const WIDTHS = [14, 30, 12, 40, 60];
const THRESHOLD = EXPORT_COLUMNS.indexOf("threshold");

/**
 * The workbook's bytes. Every cell is text but the threshold, a number as Excel users expect
 * (import reads either); answers wrap, so line breaks show. The creation date is fixed, so
 * exporting the same content twice gives the same sheet.
 */
export async function xlsxBytes(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = "faqops";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet("FAQ");
  sheet.columns = header.map((name, i) => ({ header: name, width: WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values = row.map((cell, i) => (i === THRESHOLD && cell !== "" ? Number(cell) : cell));
    const added = sheet.addRow(values);
    added.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
