/** An .xlsx workbook → a table of text cells, with exceljs. */
import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { Diagnostic } from "../diagnostics.js";
import { lineBreaks, type Table, type TableRow } from "./cells.js";
import { ImportFileError } from "./errors.js";
import { importDiagnostic } from "./rules.js";

/**
 * Reads the workbook's first worksheet. Other sheets that hold anything are named in a
 * warning, as their rows are not imported. exceljs is loaded only here, when an .xlsx is read:
 * it is most of the bundle, and every other command starts without it.
 */
export async function readXlsx(bytes: Uint8Array, display: string): Promise<Table> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer of its own @types/node version.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new ImportFileError(`${display} cannot be read as an .xlsx workbook.`, {
      cause,
      hint: "open it in Excel and save it again as .xlsx, or as CSV UTF-8",
    });
  }
  const [sheet, ...others] = workbook.worksheets;
  if (!sheet) throw new ImportFileError(`${display} has no worksheet.`);
  const problems: Diagnostic[] = [];
  const ignored = others.filter((s) => s.actualRowCount > 0).map((s) => `"${s.name}"`);
  if (ignored.length > 0) {
    problems.push(
      importDiagnostic(
        "import-sheet",
        display,
        1,
        1,
        `only the first sheet, "${sheet.name}", is imported; ${ignored.join(", ")} ${ignored.length === 1 ? "holds" : "hold"} rows that are not: move them to the first sheet, or import each sheet saved as its own file`,
      ),
    );
  }
  return {
    format: "xlsx",
    readAs: `.xlsx, sheet "${sheet.name}"`,
    rows: sheetRows(sheet, display, problems),
    problems,
  };
}

function sheetRows(sheet: Worksheet, display: string, problems: Diagnostic[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const at = (message: string, severity: "error" | "warning" = "error") =>
        problems.push(
          importDiagnostic(
            severity === "error" ? "import-cell" : "import-link",
            display,
            r,
            c,
            message,
          ),
        );
      cells.push(lineBreaks(cellText(row.getCell(c).value, at)));
    }
    rows.push({ row: r, cells });
  }
  return rows;
}

/**
 * A cell's value as text: text as it is, numbers in their shortest form (a threshold of 0.85
 * is the number 0.85 in Excel), rich text joined, a formula's saved result. A date, an error
 * value or a formula without a saved result is a problem: the text it stands for is not known.
 */
function cellText(
  value: CellValue,
  problem: (message: string, severity?: "error" | "warning") => void,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) {
    problem(
      "the cell holds a date, not text (Excel turns text such as 3-1 into a date): format the column as text and type the cell again",
    );
    return "";
  }
  if ("error" in value) {
    problem(`the cell holds the error value ${value.error}, not text`);
    return "";
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    const text = cellText(value.text as CellValue, problem);
    if (value.hyperlink && value.hyperlink !== text) {
      problem(
        `the cell's link to ${value.hyperlink} is not imported, only its text: write the link into the text`,
        "warning",
      );
    }
    return text;
  }
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined) {
      problem(
        "the cell holds a formula whose value was not saved: open the file in Excel and save it again",
      );
      return "";
    }
    return cellText(value.result as CellValue, problem);
  }
  return "";
}
