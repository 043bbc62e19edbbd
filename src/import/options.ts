/** `faqops import`'s inputs, read and checked once into one frozen object. */

import path from "node:path";
import type { ContentTargets } from "../content/targets.js";
import { UsageError } from "../errors.js";
import { type ContentOptions, resolveContentOptions } from "../options/content.js";
import { displayPath } from "../options/paths.js";
import { booleanValue, type RawValue, stringValue } from "../options/values.js";

export interface ImportOptions {
  /** The working directory: the file and the paths printed are relative to it. */
  readonly cwd: string;
  /** The content folder written into (and read, to match and name files). */
  readonly content: ContentOptions;
  /** Absolute path of the CSV or .xlsx file. */
  readonly file: string;
  /** The file as messages name it: relative to the working directory. */
  readonly display: string;
  /** Write over files that hold an entry with the same skill and title. */
  readonly force: boolean;
  /** Report what would be written, write nothing. */
  readonly dryRun: boolean;
}

/** Resolves `faqops import FILE [--content DIR] [--force] [--dry-run]`. */
export function resolveImportOptions(raw: {
  cwd: string;
  /** The project root the default content folder is in (src/cli/root.ts); default `cwd`. */
  root?: string | undefined;
  file?: RawValue;
  content?: RawValue;
  force?: RawValue;
  dryRun?: RawValue;
  /** The project's targets (faqops.config.yaml), so entries limited to some are read as such. */
  targets?: ContentTargets | undefined;
}): ImportOptions {
  const file = stringValue("file", raw.file);
  if (file === undefined) {
    throw new UsageError("import needs the file to read: faqops import FILE (.csv or .xlsx).");
  }
  const absolute = path.resolve(raw.cwd, file);
  return Object.freeze({
    cwd: raw.cwd,
    content: Object.freeze({
      ...resolveContentOptions({ cwd: raw.cwd, root: raw.root, content: raw.content }),
      targets: raw.targets,
    }),
    file: absolute,
    display: displayPath(raw.cwd, absolute),
    force: booleanValue("force", raw.force, false),
    dryRun: booleanValue("dry-run", raw.dryRun, false),
  });
}
