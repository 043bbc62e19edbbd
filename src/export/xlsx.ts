/** Rows → the template as an .xlsx workbook (one sheet), with exceljs. */
import type { Workbook } from "exceljs";
import { EXPORT_COLUMNS } from "../import/template.js";

/** Column widths in characters, by template column: the answer gets room to wrap. */
const WIDTHS = [14, 30, 12, 40, 60];
const THRESHOLD = EXPORT_COLUMNS.indexOf("threshold");

/**
 * The workbook's bytes. Every cell is text but the threshold, a number as Excel users expect
 * (import reads either); answers wrap, so line breaks show. The creation date is fixed, and so
 * is every zip entry's date (exceljs's zip library stamps each with the current time), so
 * exporting the same content twice gives the same bytes.
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
  return pinZipDates(new Uint8Array(buffer as ArrayBuffer));
}

/** 1980-01-01 00:00:00, the earliest date a zip entry can carry (MS-DOS date and time). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * `zip` with every entry's modification date and time set to DOS_DATE and DOS_TIME, in its
 * central directory and in its local headers, in place. The zip is exceljs's (JSZip's): no
 * archive comment, no zip64, entries carrying only MS-DOS dates (no extended timestamp field).
 * Anything else is left as it is, and then the dates too.
 */
function pinZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) return zip;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const pins: number[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return zip;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > end || view.getUint32(local, true) !== LOCAL_HEADER) return zip;
    pins.push(at + 12, local + 10);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  // Checked whole first: a zip not as expected is left untouched.
  for (const pin of pins) {
    view.setUint16(pin, DOS_TIME, true);
    view.setUint16(pin + 2, DOS_DATE, true);
  }
  return zip;
}
