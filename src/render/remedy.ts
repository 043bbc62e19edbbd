/**
 * Remedies in words (errors.ts Remedy): the commands, flags and inputs that fix a failure the
 * core reports as data, in the words of who reads them (the CLI's flags, the action's inputs).
 * In English, as the other hints are; i18n/errors.ts translates them.
 */
import type { Remedy } from "../errors.js";
import type { SavedPlanOptions } from "../sync/saved-plan.js";
import type { Audience } from "./words.js";

/** The hint for `remedy`, for `audience`. */
export function remedyText(remedy: Remedy, audience: Audience): string {
  const action = audience === "action";
  switch (remedy.kind) {
    case "settle-v2-tasks":
      return action
        ? "run apply once with the action's `api: v2`: it asks the platform how the tasks ended, then syncs."
        : "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs.";
    case "lockfile-not-a-link":
      return `make it a regular file (restore it from Git, or copy the file the link points to in its place), or ${action ? "set the action's `lockfile` input to" : "pass --lockfile with"} that file's own path.`;
    // Saved plans are the CLI's alone (`plan --out`, `apply PLAN`): the action reads none.
    case "make-plan":
      return "make one with `faqops plan --out FILE`.";
    case "remake-plan":
      return `make a new plan (\`faqops plan${planFlags(remedy.options)} --out ${remedy.file}\`), review it, and apply that one.`;
  }
}

/** The flags that make a plan with `options` again (` --api v2 --prune …`, or ""). */
export function planFlags(options: SavedPlanOptions): string {
  const flags: string[] = [];
  if (options.target !== undefined) flags.push(`--target ${options.target}`);
  if (options.api !== "v1") flags.push(`--api ${options.api}`);
  if (options.prune) flags.push("--prune");
  if (options.prune && options.pruneMax !== 0.25) flags.push(`--prune-max ${options.pruneMax}`);
  if (options.force) flags.push("--force");
  if (options.replaceAll) flags.push("--replace-all");
  if (options.resendAll) flags.push("--resend-all");
  return flags.map((f) => ` ${f}`).join("");
}
