/**
 * The import file → a table of text cells: a CSV (in UTF-8 or GB18030) or an .xlsx workbook,
 * told apart by their bytes rather than by the file's name.
 */
import { lineBreaks, type Table } from "./cells.js";
import { parseCsv } from "./csv.js";
import { decodeCsv, startsWith } from "./decode.js";
import { ImportFileError } from "./errors.js";
import { readXlsx } from "./xlsx.js";

export type { Table, TableRow } from "./cells.js";

/** An .xlsx file is a zip archive; an .xls file (Excel 97–2003) a compound document. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads the import file's bytes into a table; `display` names it in messages. */
export async function readTable(bytes: Uint8Array, display: string): Promise<Table> {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, display);
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError(
      `${display} is an Excel 97–2003 workbook (.xls), which faqops does not read.`,
      {
        hint: "save it as .xlsx, or as CSV UTF-8",
      },
    );
  }
  const decoded = decodeCsv(bytes, display);
  const records = parseCsv(decoded.text, display);
  return {
    format: "csv",
    readAs: decoded.encoding,
    rows: records.map((cells, index) => ({ row: index + 1, cells: cells.map(lineBreaks) })),
    problems: [],
  };
}
