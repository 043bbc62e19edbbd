/**
 * The disk side of `faqops init`: reads what planInit needs to know, and carries out its plan.
 * Files are created exclusively (`wx`), so one that appears in between is kept, not replaced.
 */
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { scanContentFolder } from "../content/files.js";
import { FaqopsError } from "../errors.js";
import {
  INIT_PATHS,
  type InitPlan,
  type InitStep,
  type PathState,
  type RepoState,
} from "./plan.js";
import { REMARK_CONFIG_FILE, REMARK_CONFIG_NAMES } from "./templates.js";

/** The content folder init sets up, relative to the repository. */
const CONTENT_DIR = "content";

/** Reads the state of the repository at `dir` (an existing folder). */
export function readRepoState(dir: string): RepoState {
  const paths = new Map<string, PathState>();
  for (const rel of INIT_PATHS) paths.set(rel, pathState(path.join(dir, rel)));
  const content = path.join(dir, CONTENT_DIR);
  const contentHasEntries =
    pathState(content).kind !== "absent" && scanContentFolder(content, dir).sources.length > 0;
  return {
    paths,
    contentHasEntries,
    insideGit: insideGit(dir),
    otherRemarkConfig: otherRemarkConfig(dir),
  };
}

function pathState(file: string): PathState {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(file);
  } catch {
    return { kind: "absent" };
  }
  if (!stats.isFile()) return { kind: "other" };
  try {
    return { kind: "file", text: readFileSync(file, "utf8") };
  } catch {
    return { kind: "other" };
  }
}

/** A `.git` folder (or worktree file) here or in a parent folder. */
function insideGit(dir: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, ".git"))) return true;
    if (path.dirname(at) === at) return false;
  }
}

/** A remark configuration besides the one init writes: another `.remarkrc*`, or package.json's. */
function otherRemarkConfig(dir: string): string | undefined {
  for (const name of REMARK_CONFIG_NAMES) {
    if (name !== REMARK_CONFIG_FILE && existsSync(path.join(dir, name))) return name;
  }
  const pkg = pathState(path.join(dir, "package.json"));
  if (pkg.kind === "file") {
    try {
      const json = JSON.parse(pkg.text) as { remarkConfig?: unknown };
      if (json.remarkConfig !== undefined) return "package.json (remarkConfig)";
    } catch {
      // Not JSON: not a remark configuration either.
    }
  }
  return undefined;
}

/** Carries out the plan in `dir`; returns the steps as done (a file that appeared is kept). */
export async function applyInit(dir: string, plan: InitPlan): Promise<InitStep[]> {
  const done: InitStep[] = [];
  for (const step of plan.steps) {
    const file = path.join(dir, step.path);
    try {
      if (step.kind === "create") {
        await mkdir(path.dirname(file), { recursive: true });
        try {
          await writeFile(file, step.text, { flag: "wx" });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
          done.push({ kind: "keep", path: step.path });
          continue;
        }
      } else if (step.kind === "append") {
        await appendFile(file, step.text);
      }
    } catch (error) {
      throw new FaqopsError(`cannot write ${step.path}: ${(error as Error).message}`, {
        cause: error,
        hint: "files that were there are as they were; fix what is in the way and run faqops init again",
      });
    }
    done.push(step);
  }
  return done;
}
