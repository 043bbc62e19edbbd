/**
 * Which files are entries: the format's file rules, in a module of their own so that the
 * benchmark's floor lists files exactly as the loader does without loading the compiler.
 */
import { globby } from "globby";
import { compareStrings } from "../diagnostics.js";

/**
 * Lists entry files, relative to the content directory, `/`-separated, sorted. Every `*.md`
 * file is an entry except names starting with `_` or `.`, and README.md (in any letter case).
 * Hidden folders (`.git`, `.obsidian`) are skipped as well, as Git tooling does.
 */
export async function findEntryFiles(contentDir: string): Promise<string[]> {
  const files = await globby("**/*.md", {
    cwd: contentDir,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: true,
    caseSensitiveMatch: true,
  });
  return files
    .filter((file) => {
      const name = file.slice(file.lastIndexOf("/") + 1);
      return !name.startsWith("_") && !name.startsWith(".") && name.toLowerCase() !== "readme.md";
    })
    .sort(compareStrings);
}
