/**
 * The table's columns → the template's: a header row recognised by its Chinese or English
 * names (in any order), or, without one, the columns taken by position in the template's
 * order. Cells of columns faqops does not import are named in a warning, never dropped
 * silently.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Table, TableRow } from "./cells.js";
import { ImportFileError } from "./errors.js";
import { columnLetter, importDiagnostic } from "./rules.js";
import { columnHeader, columnOfHeader, TEMPLATE_COLUMNS, type TemplateColumn } from "./template.js";

/** A cell of a template column: its text and its column number (from 1). */
export interface Cell {
  readonly text: string;
  readonly column: number;
}

/** A data row by template column; a column the table lacks has no cell. */
export interface TemplateRow {
  readonly row: number;
  readonly cells: Partial<Record<TemplateColumn, Cell>>;
}

/** The table read as the template. */
export interface TemplateRows {
  /** The header's row number, or undefined when columns are taken by position. */
  readonly header: number | undefined;
  /** Data rows that hold anything, in order. */
  readonly rows: readonly TemplateRow[];
  readonly problems: readonly Diagnostic[];
}

/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 10;

/** Columns without which no row can become an entry. */
const REQUIRED: readonly TemplateColumn[] = ["skill", "title", "answers"];

/**
 * Reads the table's rows as template rows. The header is the first row (of the first ten
 * that hold anything) with at least two cells that are names of template columns: one match
 * could be a title that happens to read "标准问题", two cannot both be.
 */
export function templateRows(table: Table, display: string): TemplateRows {
  const problems: Diagnostic[] = [...table.problems];
  const filled = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const names = (r: TableRow): (TemplateColumn | undefined)[] =>
    r.cells.map((c) => columnOfHeader(c));
  const isHeaderRow = (r: TableRow): boolean => names(r).filter((c) => c !== undefined).length >= 2;
  // A title line above the header ("问答导出 2024-05-01") is not a header, nor data.
  const headerIndex = filled.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderRow);
  const isHeader = headerIndex !== -1;
  const first = isHeader ? filled[headerIndex] : filled[0];
  const named = first ? names(first) : [];
  for (const above of filled.slice(0, Math.max(headerIndex, 0))) {
    problems.push(
      importDiagnostic(
        "import-header",
        display,
        above.row,
        1,
        `row ${above.row} is above the header row (row ${first?.row}): it is not imported`,
      ),
    );
  }
  const byColumn = new Map<TemplateColumn, number>();
  /** Table columns (from 1) whose values are not imported, with what they are called. */
  const skipped = new Map<number, string>();
  if (first && isHeader) {
    named.forEach((column, index) => {
      const header = first.cells[index]!.trim();
      if (column === undefined) {
        if (header !== "") skipped.set(index + 1, `"${header}"`);
        return;
      }
      const earlier = byColumn.get(column);
      if (earlier !== undefined) {
        throw new ImportFileError(
          `${display}: the header row (row ${first.row}) names the column "${columnHeader(column)}" twice, in columns ${columnLetter(earlier)} and ${columnLetter(index + 1)}.`,
          { hint: "rename or delete one of them" },
        );
      }
      byColumn.set(column, index + 1);
    });
    const missing = REQUIRED.filter((c) => !byColumn.has(c));
    if (missing.length > 0) {
      throw new ImportFileError(
        `${display}: the header row (row ${first.row}) has no column ${missing.map((c) => `"${columnHeader(c)}"`).join(", ")}.`,
        {
          hint: `name the columns as the console's template does: ${TEMPLATE_COLUMNS.slice(0, 5)
            .map((s) => s.chinese)
            .join(", ")} (or their English names)`,
        },
      );
    }
  } else {
    TEMPLATE_COLUMNS.forEach((spec, index) => {
      byColumn.set(spec.column, index + 1);
    });
  }
  const priority = byColumn.get("priority");
  if (priority !== undefined) {
    byColumn.delete("priority");
    skipped.set(priority, `"${columnHeader("priority")}" (faqops has no intent priority)`);
  }

  const data = isHeader ? filled.slice(headerIndex + 1) : filled;
  const warned = new Set<number>();
  const rows = data.map((tableRow): TemplateRow => {
    const cells: Partial<Record<TemplateColumn, Cell>> = {};
    for (const [column, number] of byColumn) {
      const text = tableRow.cells[number - 1];
      if (text !== undefined) cells[column] = { text, column: number };
    }
    tableRow.cells.forEach((text, index) => {
      const number = index + 1;
      if (text.trim() === "" || warned.has(number)) return;
      const known = [...byColumn.values()].includes(number);
      if (known) return;
      warned.add(number);
      const what =
        skipped.get(number) ??
        (isHeader ? "without a header" : `past the template's ${TEMPLATE_COLUMNS.length} columns`);
      problems.push(
        importDiagnostic(
          "import-column",
          display,
          tableRow.row,
          number,
          `column ${columnLetter(number)} ${what} is not imported: its values (this is the first) are left out of every entry`,
        ),
      );
    });
    return { row: tableRow.row, cells };
  });
  return { header: isHeader ? first?.row : undefined, rows, problems };
}
