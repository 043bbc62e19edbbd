/** `faqops export`'s inputs, read and checked once into one frozen object. */

import path from "node:path";
import type { ContentTargets, TargetScope } from "../content/targets.js";
import { UsageError } from "../errors.js";
import { type ContentOptions, resolveContentOptions } from "../options/content.js";
import { displayPath } from "../options/paths.js";
import { choiceValue, type RawValue, stringValue } from "../options/values.js";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly content: ContentOptions;
  readonly format: ExportFormat;
  /** The file written, or undefined for standard output (CSV only). */
  readonly out: { readonly path: string; readonly display: string } | undefined;
  /** Only the entries this target takes (`--target`); undefined: every entry. */
  readonly target?: TargetScope | undefined;
}

/**
 * Resolves `faqops export [--format csv|xlsx] [--out FILE]`. Without `--format`, an `--out`
 * ending in `.xlsx` picks xlsx, anything else CSV. A workbook is never written to standard
 * output: it is binary, and a terminal would show it as noise.
 */
export function resolveExportOptions(raw: {
  cwd: string;
  root?: string | undefined;
  content?: RawValue;
  cache?: RawValue;
  workers?: RawValue;
  format?: RawValue;
  out?: RawValue;
  /** The project's targets (faqops.config.yaml): front matter `targets` is checked against them. */
  targets?: ContentTargets | undefined;
  /** Export only what this target takes (`--target`); undefined: every entry. */
  target?: TargetScope | undefined;
}): ExportOptions {
  const outText = stringValue("out", raw.out);
  const out = outText === undefined || outText === "-" ? undefined : path.resolve(raw.cwd, outText);
  const inferred: ExportFormat = out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
  const format = choiceValue("format", raw.format, EXPORT_FORMATS, inferred);
  if (format === "xlsx" && out === undefined) {
    throw new UsageError(
      "--format xlsx needs --out FILE: a workbook is not written to the terminal.",
      {
        hint: "faqops export --out faq.xlsx",
      },
    );
  }
  return Object.freeze({
    content: Object.freeze({ ...resolveContentOptions(raw), targets: raw.targets }),
    target: raw.target,
    format,
    out:
      out === undefined
        ? undefined
        : Object.freeze({ path: out, display: displayPath(raw.cwd, out) }),
  });
}
