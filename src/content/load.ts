/** The loader: finds entry files under the content directory, reads them, compiles them. */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { globby } from "globby";
import pLimit from "p-limit";
import { compareStrings, type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { UsageError } from "../errors.js";
import { type ContentOptions, displayPath } from "../options.js";
import { validateAcrossEntries } from "./across.js";
import { compileFile, type FileResult } from "./compile.js";
import type { CompiledEntry } from "./types.js";

/** Everything the content directory holds, compiled and checked. */
export interface ContentResult {
  /** Entries of files without errors (drafts included), sorted by `source`. */
  readonly entries: CompiledEntry[];
  /** Every diagnostic of every file, sorted by path, line and column. */
  readonly diagnostics: Diagnostic[];
  /** How many entry files were found. */
  readonly fileCount: number;
}

/** Open files at once: enough to keep the disk busy, far below any descriptor limit. */
const READ_CONCURRENCY = 32;

/**
 * Lists entry files, relative to the content directory, `/`-separated, sorted. Every `*.md`
 * file is an entry except names starting with `_` or `.`, and README.md (in any letter case).
 * Hidden folders (`.git`, `.obsidian`) are skipped as well, as Git tooling does.
 */
export async function findEntryFiles(contentDir: string): Promise<string[]> {
  const files = await globby("**/*.md", {
    cwd: contentDir,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: true,
    caseSensitiveMatch: true,
  });
  return files
    .filter((file) => {
      const name = file.slice(file.lastIndexOf("/") + 1);
      return !name.startsWith("_") && !name.startsWith(".") && name.toLowerCase() !== "readme.md";
    })
    .sort(compareStrings);
}

/** Loads, compiles and checks every entry under `options.contentDir`. */
export async function loadContent(options: ContentOptions): Promise<ContentResult> {
  const { cwd, contentDir } = options;
  const info = await stat(contentDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(
      `content directory ${displayPath(cwd, contentDir)} ${info ? "is not a directory" : "does not exist"}.`,
      { hint: "run faqops in your repository's root, or pass --content DIR" },
    );
  }
  const sources = await findEntryFiles(contentDir);
  const limit = pLimit(READ_CONCURRENCY);
  const results = await Promise.all(
    sources.map((source) =>
      limit(async (): Promise<FileResult> => {
        const absolute = path.join(contentDir, ...source.split("/"));
        const bytes = await readFile(absolute);
        return compileFile({ source, path: displayPath(cwd, absolute), bytes });
      }),
    ),
  );
  return assemble(results);
}

/** Joins per-file results and the cross-entry rules into one result (pure). */
export function assemble(results: readonly FileResult[]): ContentResult {
  const diagnostics = sortDiagnostics([
    ...results.flatMap((r) => r.diagnostics),
    ...validateAcrossEntries(results),
  ]);
  // A file with an error of any kind, cross-entry ones included, yields no entry.
  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const entries = results
    .flatMap((r) => (r.entry && !failed.has(r.path) ? [r.entry] : []))
    .sort((a, b) => compareStrings(a.source, b.source));
  return { entries, diagnostics, fileCount: results.length };
}
