/**
 * The project a command runs in: its root (the CLI finds it from the working directory,
 * src/cli/root.ts; the Action is given it), faqops.config.yaml if there is one, and the options
 * each command resolves from its flags or inputs and the config. Both shells read the config
 * here, once, so the content folder, the targets and their settings mean the same everywhere.
 */
import path from "node:path";
import type { ContentResult } from "../content/index.js";
import { entriesFor } from "../content/targets.js";
import type { Diagnostic } from "../diagnostics.js";
import { type ContentOptions, resolveContentOptions } from "../options/content.js";
import { resolveSyncOptions, type SyncOptions } from "../options/sync.js";
import type { RawValue } from "../options/values.js";
import { readLockSnapshot, type SyncInputs } from "../sync/index.js";
import { type ProjectConfig, readProjectConfig } from "./load.js";
import { contentTargets, type Target, targetSyncInputs } from "./targets.js";

/** Where a command runs: its working directory and its environment. */
interface Place {
  /** The working directory: paths given in flags are relative to it. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Where a command runs, and the project's configuration. */
export interface Project {
  /** The project root: the default content folder, lockfiles and the config are in it. */
  readonly root: string;
  /** faqops.config.yaml, what of it is valid; undefined when there is none. */
  readonly config: ProjectConfig | undefined;
  /** The config's problems, reported with the content's. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads the configuration of the project in `root`; messages name paths relative to `cwd`. */
export async function loadProject(root: string, cwd: string): Promise<Project> {
  const { config, diagnostics } = await readProjectConfig(root, cwd);
  return { root, config, diagnostics };
}

/** Content options: `--content`, else the config's `content`, else `content`; and the targets. */
export function projectContentOptions(
  project: Project,
  io: Pick<Place, "cwd">,
  flags: { content?: RawValue; cache?: RawValue; workers?: RawValue },
): ContentOptions {
  const options = resolveContentOptions({
    cwd: io.cwd,
    root: project.root,
    ...flags,
    content: flags.content ?? configContent(project),
  });
  return Object.freeze({ ...options, targets: contentTargets(project.config) });
}

/** Sync options of a run for `target`: flags over the target's settings over the top level's. */
export function projectSyncOptions(
  project: Project,
  target: Target,
  io: Place,
  flags: Record<string, RawValue>,
): SyncOptions {
  const options = resolveSyncOptions(
    targetSyncInputs(target, project.config, { cwd: io.cwd, root: project.root, ...flags }, io.env),
  );
  return Object.freeze({ ...options, targets: contentTargets(project.config) });
}

/**
 * What a plan for one target starts from: the entries the target takes (by its `skills`,
 * `paths` and the front matter's `targets`) and its lockfile with its journal folded in.
 * Another target's lockfile is never read.
 */
export async function loadTargetInputs(
  content: ContentResult,
  target: Pick<Target, "name" | "scope">,
  options: Pick<SyncOptions, "lockfile">,
): Promise<SyncInputs> {
  const snapshot = await readLockSnapshot(options.lockfile);
  // The one unnamed bot takes the top level's `skills` and `paths` too, as it takes its `rate`.
  const entries = entriesFor(content.entries, content.entryTargets, target.scope);
  const taken = new Set(entries);
  const notTaken = content.entries.filter((entry) => !taken.has(entry));
  return { content: { ...content, entries }, notTaken, ...snapshot };
}

/** The config's content folder, absolute (it is relative to the project root, not the cwd). */
function configContent(project: Project): string | undefined {
  const content = project.config?.content;
  return content === undefined ? undefined : path.resolve(project.root, content);
}
