/**
 * The sync pipeline's disk-reading wrappers around the pure stages: load the content and the
 * lockfile; the planner (plan.ts) and the applier (apply.ts) do the rest.
 */
import { type ContentResult, loadContent } from "../content/index.js";
import type { SyncOptions } from "../options.js";
import { type Lockfile, readLockfile } from "./lockfile.js";

export interface SyncInputs {
  readonly content: ContentResult;
  readonly lock: Lockfile;
}

/** Loads the content and the lockfile, in parallel. */
export async function loadSyncInputs(options: SyncOptions): Promise<SyncInputs> {
  const [content, lock] = await Promise.all([
    loadContent(options),
    readLockfile(options.lockfile.path, options.lockfile.display),
  ]);
  return { content, lock };
}
