/**
 * `faqops export`'s shell: loads the content as `check` does, turns it into the console's
 * template (exportRows, pure), and encodes it as CSV or .xlsx.
 */
import { type ContentResult, loadContent } from "../content/load.js";
import { entriesFor } from "../content/targets.js";
import { countDiagnostics, type Diagnostic } from "../diagnostics.js";
import { columnHeader, EXPORT_COLUMNS } from "../import/template.js";
import { csvText } from "./csv.js";
import type { ExportOptions } from "./options.js";
import { exportRows } from "./rows.js";
import { xlsxBytes } from "./xlsx.js";

export { type ExportFormat, type ExportOptions, resolveExportOptions } from "./options.js";
export { exportRows } from "./rows.js";
export { writeExportFile } from "./write.js";

/** An export: the bytes to write, or the content's errors that stopped it. */
export type ExportResult =
  | {
      readonly ok: false;
      /** The content's diagnostics: it has errors, so nothing is exported. */
      readonly content: ContentResult;
    }
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** Entries written. */
      readonly entries: number;
      readonly drafts: number;
      /** The content's warnings, and the export's own problems. */
      readonly problems: readonly Diagnostic[];
    };

/** The content as the template in `options.format`; nothing when the content has errors. */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  const content = await loadContent(options.content);
  if (countDiagnostics(content.diagnostics).errors > 0) return { ok: false, content };
  const entries = options.target
    ? entriesFor(content.entries, content.entryTargets, options.target)
    : content.entries;
  const { rows, problems, drafts } = exportRows(entries, content.answers);
  const header = EXPORT_COLUMNS.map(columnHeader);
  const bytes =
    options.format === "xlsx"
      ? await xlsxBytes(header, rows)
      : Buffer.from(csvText(header, rows), "utf8");
  return {
    ok: true,
    bytes,
    entries: rows.length,
    drafts,
    problems: [...content.diagnostics, ...problems],
  };
}
