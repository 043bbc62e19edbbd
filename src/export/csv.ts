/**
 * Rows → the template as CSV, for Excel and the console: UTF-8 with a byte-order mark (without
 * one, Excel on Chinese Windows reads UTF-8 as GBK and shows garbled text), CRLF between
 * records, RFC 4180 quoting.
 */

/** The CSV text of a header and rows, BOM first. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * A field, quoted when it holds a comma, a quote, a line break, or white space at either end
 * (which some readers trim from unquoted fields); a quote inside is doubled. Line breaks in a
 * cell are written as LF, as Excel writes them. Writing is the easy half of CSV: a library
 * would add nothing here (csv-parse reads it back in the tests).
 */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
