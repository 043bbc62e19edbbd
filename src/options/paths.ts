/**
 * Where faqops keeps things, and how paths are shown: the default content folder and lockfile,
 * the cache and rehearsal folders (never in Git), and paths as messages name them.
 */
import path from "node:path";

export const DEFAULT_CONTENT_DIR = "content";
export const DEFAULT_LOCKFILE = "faqops.lock.json";

/** Where faqops keeps what it can rebuild (compile cache, rehearsal state): never in Git. */
export const CACHE_DIR = ".faqops-cache";

/**
 * Where `--emulator` keeps its rehearsal state: outside Git, and never the real lockfile, so a
 * rehearsal cannot make faqops believe the real platform holds what only the emulator does.
 */
export const EMULATOR_DIR = `${CACHE_DIR}/emulator`;

/**
 * Where `--emulator` keeps the rehearsal bot of a target, absolute: each target's rehearsal bot
 * is its own, as its real bot is; the one unnamed bot's is EMULATOR_DIR itself.
 */
export function emulatorDirFor(root: string, target: string | undefined): string {
  return path.resolve(root, target === undefined ? EMULATOR_DIR : `${EMULATOR_DIR}/${target}`);
}

/** A target's lockfile unless faqops.config.yaml names another: `faqops.<name>.lock.json`. */
export function defaultLockfile(target: string | undefined): string {
  return target === undefined ? DEFAULT_LOCKFILE : `faqops.${target}.lock.json`;
}

/** A path relative to the working directory, `/`-separated, for messages and diagnostics. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute) || ".";
  return rel.split(path.sep).join("/");
}
