/** Atomic file replacement: write a temporary file beside the target, flush it, rename it over. */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Replaces `file` with `text` so that a reader (or a crash, or a signal) sees either the old
 * file or the new one, never half of one. The rename is atomic on the same file system, which
 * is why the temporary file sits in the target's own folder.
 *
 * Written here rather than taken from write-file-atomic: that package installs signal-exit
 * handlers, which would interfere with apply's own SIGINT/SIGTERM handling (flush, then exit).
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
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
