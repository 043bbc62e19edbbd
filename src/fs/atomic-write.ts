/** Atomic file replacement: write a temporary file beside the target, flush it, rename it over. */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * A fresh name for a temporary file beside `file`: in its own folder, so that renaming it over
 * `file` is atomic (same file system), and unique to this process and call.
 */
export function temporaryPathBeside(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
}

/**
 * Replaces `file` with `text` so that a reader (or a crash, or a signal) sees either the old
 * file or the new one, never half of one.
 *
 * Written here rather than taken from write-file-atomic: that package installs signal-exit
 * handlers, which would interfere with apply's own SIGINT/SIGTERM handling (flush, then exit).
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = temporaryPathBeside(file);
  const handle = await open(tmp, "w", 0o644);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
