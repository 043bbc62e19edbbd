/**
 * Files faqops keeps its state in (the lockfile, its journal) are read only when they are
 * regular files: never through a symbolic link, which a pull request can plant pointing
 * anywhere on the machine.
 */
import type { Stats } from "node:fs";
import { lstat, readlink, stat } from "node:fs/promises";
import { type Remedy, StateFileError } from "../errors.js";

/**
 * Checks a file faqops keeps its state in (the lockfile, its journal) before reading it:
 * false when there is none; a StateFileError when it is a symbolic link (broken or not) or
 * not a regular file. `name` says what it is ("the lockfile faqops.lock.json"), `missing` what
 * a missing one would mean, `hint` or `remedy` what to do.
 */
export async function checkStateFile(
  file: string,
  {
    name,
    missing,
    hint,
    remedy,
  }: { name: string; missing: string; hint?: string; remedy?: Remedy },
): Promise<boolean> {
  let info: Stats;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw new StateFileError(`cannot read ${name}: ${(error as Error).message}`, { cause: error });
  }
  if (info.isSymbolicLink()) {
    // The link's text as written (the repository holds it), not a resolved path elsewhere.
    const target = await readlink(file).catch(() => "?");
    // stat, not a read: the target is never opened (it could be a FIFO, or /dev/zero).
    const exists = await stat(file).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== "ENOENT" && error.code !== "ELOOP",
    );
    throw new StateFileError(
      exists
        ? `${name} is a symbolic link (to ${target}): faqops reads and writes its state only in a regular file, never through a link, which could lead anywhere.`
        : `${name} is a symbolic link to ${target}, which does not exist. That is not ${missing}: faqops stops.`,
      { hint, remedy },
    );
  }
  if (!info.isFile()) {
    throw new StateFileError(
      `${name} is not a regular file: faqops keeps its state only in a regular file.`,
      { hint, remedy },
    );
  }
  return true;
}
