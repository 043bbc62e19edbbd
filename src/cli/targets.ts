/**
 * `--target`: which of faqops.config.yaml's targets a command runs for, in the CLI's words
 * (its flags and commands). The action's rules are the same, in its inputs' words
 * (action/inputs.ts selectActionTargets).
 */
import type { ProjectConfig } from "../config/load.js";
import { projectTargets, type Target } from "../config/targets.js";
import { ConfigError, UsageError } from "../errors.js";
import type { SyncOptions } from "../options/sync.js";
import { type RawValue, stringValue } from "../options/values.js";

/**
 * The targets a command runs for. `--target NAME` picks one; without it, every target for
 * `plan`, and for `apply` and `publish` the only one (several need `--target`: a sync is one
 * bot's, and guessing which could write to production).
 */
export function selectTargets(
  config: ProjectConfig | undefined,
  requested: RawValue,
  command: "plan" | "apply" | "publish" | "preview --changed",
): Target[] {
  const all = projectTargets(config);
  const named = all.filter((t) => t.name !== undefined).map((t) => t.name!);
  // Blank means unset; a flag without its value is refused as every flag's is.
  const name = stringValue("target", requested);
  if (name !== undefined) {
    if (named.length === 0 && !config?.incomplete) {
      throw new UsageError(
        config
          ? `--target ${name}: ${config.display} defines no targets.`
          : `--target ${name}: there is no faqops.config.yaml, which defines the targets.`,
        {
          hint: "add `targets:` to faqops.config.yaml in the repository root (see docs/targets.md), or leave --target out to sync the one bot.",
        },
      );
    }
    const found = all.find((t) => t.name === name);
    if (!found && config?.incomplete) {
      // The target may be the one a problem kept out: say so, not "no such target".
      throw new ConfigError(
        `--target ${name}: ${config.display} has errors, so its targets cannot all be read.`,
        { hint: "fix them (`faqops check` lists them), then run again." },
      );
    }
    if (!found) {
      throw new UsageError(
        `--target ${name}: no such target in ${config!.display}; the targets are ${named.join(", ")}.`,
      );
    }
    return [found];
  }
  if (command !== "plan" && all.length > 1) {
    throw new UsageError(
      `${command} needs --target: ${config!.display} defines ${all.length} targets (${named.join(", ")}), and a ${command === "apply" ? "sync" : command === "publish" ? "publish" : "preview of changes"} is one bot's.`,
      { hint: `run \`faqops ${command} --target ${named[0]}\`, one target at a time.` },
    );
  }
  return all;
}

/** Which bot a target's run talks to: its name, lockfile and API, for the log. */
export function targetLine(target: Target, options: SyncOptions): string {
  return `${target.name} (${options.lockfile.display}, ${options.api}${options.emulator ? ", emulator" : ""})`;
}
