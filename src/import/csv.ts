/** CSV text → rows of cells, with csv-parse (RFC 4180 quoting, any of LF, CRLF, CR). */
import { CsvError, parse } from "csv-parse/sync";
import { ImportFileError } from "./errors.js";

/**
 * Parses CSV text into rows of cells, one array per record: the record's number is its row
 * number as a spreadsheet shows it (a quoted cell may span several lines of the file). Empty
 * lines are kept as rows of one empty cell, so numbers stay in step with Excel's.
 *
 * `relax_quotes`: a `"` inside a cell that is not quoted is read as a character, as Excel
 * reads it (`他说"你好"`). `relax_column_count`: rows may have any number of cells.
 */
export function parseCsv(text: string, display: string): string[][] {
  try {
    return parse(text, {
      bom: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // Every line ending, whichever the first record has: csv-parse otherwise takes the
      // first one it meets as the only one.
      record_delimiter: ["\r\n", "\n", "\r"],
    });
  } catch (cause) {
    const where = cause instanceof CsvError && cause.lines ? `, line ${cause.lines}` : "";
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ImportFileError(`${display}${where}: cannot read the CSV: ${reason}`, {
      cause,
      hint: 'a cell that starts with a quote must end with one; write a quote inside it as two ("")',
    });
  }
}
