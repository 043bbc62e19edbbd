/**
 * Where a faqops project starts, found from wherever the CLI runs: `faqops check` in
 * `content/账户/` works as it does at the top. Only the disk is read (no `git` process), and
 * only the folders above the working directory.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LOCKFILE } from "../options/paths.js";

/** A configuration file faqops will read; today its presence alone marks a project's root. */
export const CONFIG_FILE = "faqops.config.yaml";

/** The folders the CLI resolves paths from. */
export interface ProjectRoot {
  /**
   * The project root: the nearest folder, from the working directory up, that holds the
   * lockfile or the config file; else the Git root; else the working directory. The default
   * `content` folder, the lockfile and `.faqops-cache/` are there.
   */
  readonly dir: string;
  /**
   * The repository root, which code scanning and workflow annotations name files from: the
   * Git root holding `dir`, else `dir` itself.
   */
  readonly repository: string;
}

/**
 * Finds the project root from `cwd` (absolute). The walk stops at the first folder holding
 * the lockfile or the config file, or at the Git root (a folder with `.git`, a folder in a
 * clone or a file in a worktree or submodule): a lockfile above the repository is never
 * anyone's.
 */
export function findProjectRoot(cwd: string): ProjectRoot {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, DEFAULT_LOCKFILE)) || existsSync(path.join(dir, CONFIG_FILE))) {
      return { dir, repository: repositoryRoot(dir) };
    }
    if (existsSync(path.join(dir, ".git"))) return { dir, repository: dir };
    if (path.dirname(dir) === dir) break;
  }
  const dir = path.resolve(cwd);
  return { dir, repository: dir };
}

/** The repository root of a folder: the nearest folder from `dir` up holding `.git`, else `dir`. */
export function repositoryRoot(dir: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, ".git"))) return at;
    if (path.dirname(at) === at) return path.resolve(dir);
  }
}
