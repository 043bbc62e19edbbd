/**
 * Symbolic links, seen as an attacker would plant them: a pull request can add a link
 * anywhere in the repository, pointing anywhere on the machine that runs faqops. These helpers
 * say where a path really is and how to name a link's target without printing more of the
 * machine than the repository already shows.
 */
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";

/** True when `file` is `folder` or somewhere under it (both absolute, both real or both not). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return (
    relative === "" ||
    (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/** The real path of `file` (links resolved), or `file` itself when it cannot be resolved. */
export function realPathOr(file: string): string {
  return realPathIfAny(file) ?? file;
}

/** The real path of `file` (links resolved), or undefined when it cannot be resolved. */
export function realPathIfAny(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** True when `file` is itself a symbolic link (false when it is not, or cannot be looked at). */
export function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * How to name where the link `link` points, for a message: its real path relative to the
 * working directory when it is inside it (`where`, when known), else the link's text as
 * written — which the repository already holds — never a resolved path elsewhere on the
 * machine (a home folder, a runner's work folder).
 */
export function linkTargetName(
  link: string,
  where?: { readonly real: string; readonly cwdReal: string },
): string {
  if (where && isInside(where.cwdReal, where.real)) {
    return path.relative(where.cwdReal, where.real).split(path.sep).join("/") || ".";
  }
  try {
    return readlinkSync(link);
  } catch {
    return "?";
  }
}
