/** Atomic file replacement: write a temporary file beside the target, flush it, rename it over. */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Replaces `file` with `text` (a string, or chunks written in order so a large file need not
 * be one string) so that a reader (or a crash, or a signal) sees either the old
 * file or the new one, never half of one. The rename is atomic on the same file system, which
 * is why the temporary file sits in the target's own folder.
 *
 * Written here rather than taken from write-file-atomic: that package installs signal-exit
 * handlers, which would interfere with apply's own SIGINT/SIGTERM handling (flush, then exit).
 */
export async function writeFileAtomic(
  file: string,
  text: string | Iterable<string>,
): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const handle = await open(tmp, "w", 0o644);
  try {
    if (typeof text === "string") await handle.writeFile(text, "utf8");
    else {
      // Chunks are joined into writes of about 1 MiB: one write a line would be 100k calls.
      let pending: string[] = [];
      let size = 0;
      for (const chunk of text) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= 1 << 20) {
          await handle.write(pending.join(""), null, "utf8");
          pending = [];
          size = 0;
        }
      }
      if (pending.length > 0) await handle.write(pending.join(""), null, "utf8");
    }
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
