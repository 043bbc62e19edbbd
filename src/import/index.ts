/**
 * `faqops import`'s shell around the pure planner (plan.ts): reads the file and what the
 * content folder holds, plans, then writes — never over a file without `--force`.
 */
import type { Dirent } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadContent } from "../content/index.js";
import { type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { UsageError } from "../errors.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { displayPath } from "../options/paths.js";
import { templateRows } from "./columns.js";
import type { ImportOptions } from "./options.js";
import { type ExistingContent, planImport } from "./plan.js";
import { importDiagnostic } from "./rules.js";
import { readTable } from "./table.js";

export { type ImportOptions, resolveImportOptions } from "./options.js";

/** What happened to one planned file. */
export type FileAction = "created" | "replaced" | "unchanged" | "exists";

/** The outcome of an import, for the command to print. */
export interface ImportReport {
  /** How the file was read: `UTF-8 with BOM`, `GB18030 (GBK)`, `.xlsx, sheet "FAQ"`. */
  readonly readAs: string;
  /** The header's row, or undefined when the columns were taken by position. */
  readonly header: number | undefined;
  readonly rowCount: number;
  /** Each planned file, in row order; `exists` ones were not written. */
  readonly files: readonly { row: number; path: string; action: FileAction }[];
  /** Every problem, sorted by row and column; `import-exists` included. */
  readonly problems: readonly Diagnostic[];
  /** Rows not imported: an error in the row, or a file in the way. */
  readonly failedRows: readonly number[];
  readonly dryRun: boolean;
}

/** Imports the file into the content folder (or, with `dryRun`, says what it would do). */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const bytes = await readFile(options.file).catch((cause: NodeJS.ErrnoException) => {
    throw new UsageError(
      `cannot read ${options.display}: ${cause.code === "ENOENT" ? "no such file" : cause.message}`,
      { cause },
    );
  });
  const table = await readTable(bytes, options.display);
  const rows = templateRows(table, options.display);
  const { contentDir } = options.content;
  const plan = planImport({
    display: options.display,
    contentPath: displayPath(options.cwd, contentDir),
    table: rows,
    existing: await readExisting(options),
  });

  const problems = [...plan.problems];
  const failed = new Set(plan.failedRows);
  const files: { row: number; path: string; action: FileAction }[] = [];
  for (const file of plan.files) {
    const absolute = path.join(contentDir, ...file.source.split("/"));
    const current = await readFile(absolute, "utf8").catch(() => undefined);
    let action: FileAction = file.replaces || current !== undefined ? "replaced" : "created";
    if (current === file.text) {
      action = "unchanged";
    } else if (current !== undefined && !options.force) {
      action = "exists";
    } else if (!options.dryRun) {
      action = await write(absolute, file.text, action);
    }
    if (action === "exists") {
      failed.add(file.row);
      problems.push(
        importDiagnostic(
          "import-exists",
          options.display,
          file.row,
          1,
          `${file.path} already holds this entry, with other text: nothing was written; run again with --force to replace it (the file's id is kept)`,
        ),
      );
    }
    files.push({ row: file.row, path: file.path, action });
  }
  return {
    readAs: table.readAs,
    header: rows.header,
    rowCount: plan.rowCount,
    files,
    problems: sortDiagnostics(problems),
    failedRows: [...failed].sort((a, b) => a - b),
    dryRun: options.dryRun,
  };
}

/**
 * Writes a file: a new one only if nothing appeared at its path since it was planned (`wx`),
 * a replacement atomically.
 */
async function write(absolute: string, text: string, action: FileAction): Promise<FileAction> {
  await mkdir(path.dirname(absolute), { recursive: true });
  if (action === "replaced") {
    await writeFileAtomic(absolute, text);
    return action;
  }
  try {
    await writeFile(absolute, text, { flag: "wx" });
    return action;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return "exists";
    throw error;
  }
}

/**
 * The entries the content folder holds (loaded as `check` loads them: an entry with errors is
 * not matched), and the names in it and in its first-level folders. A folder that does not
 * exist yet holds nothing: import makes it.
 */
async function readExisting(options: ImportOptions): Promise<ExistingContent> {
  const { contentDir } = options.content;
  const info = await stat(contentDir).catch(() => undefined);
  if (!info) return { entries: [], paths: [] };
  const content = await loadContent(options.content);
  const entries = content.entries.map((e) => ({
    source: e.source,
    skill: e.skill,
    title: e.title,
    id: e.id,
    draft: e.draft,
    threshold: e.threshold,
    targets: content.entryTargets[e.source],
  }));
  const paths: string[] = [];
  for (const top of await list(contentDir)) {
    paths.push(top.name);
    if (!top.isDirectory()) continue;
    for (const inner of await list(path.join(contentDir, top.name))) {
      paths.push(`${top.name}/${inner.name}`);
    }
  }
  return { entries, paths };
}

async function list(folder: string): Promise<Dirent[]> {
  return readdir(folder, { withFileTypes: true }).catch(() => []);
}
