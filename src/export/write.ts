/** Writing the export file: whole or not at all. */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { temporaryPathBeside } from "../fs/atomic-write.js";

/**
 * Writes `bytes` to `file` through a temporary file beside it, renamed over it, so an export
 * interrupted half-way never leaves half a spreadsheet where the last good one was.
 * (writeFileAtomic in src/fs writes text; a workbook is binary.)
 */
export async function writeExportFile(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = temporaryPathBeside(file);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
