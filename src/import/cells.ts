/** The table an import file is read into, whatever its format. */
import type { Diagnostic } from "../diagnostics.js";

/** One row of the table: its number as a spreadsheet shows it (from 1), and its cells. */
export interface TableRow {
  readonly row: number;
  /** Cell text by column (index 0 is column A); line breaks are `\n`. */
  readonly cells: readonly string[];
}

/** What the import file holds. */
export interface Table {
  readonly format: "csv" | "xlsx";
  /** How it was read, for the first line of output: `UTF-8 with BOM`, `sheet "FAQ"`. */
  readonly readAs: string;
  readonly rows: readonly TableRow[];
  /** Problems with single cells or the file (an error value in a cell, ignored sheets). */
  readonly problems: readonly Diagnostic[];
}

/**
 * CRLF and lone CR in a cell become LF. The platform receives text as XML, which turns every
 * CR into a line break anyway (docs/content-format.md, "Characters that cannot be sent"), and
 * Excel writes a line break inside a cell as LF.
 */
export function lineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
