/** `faqops plan`: what a sync would change, for people or (with --json) for machines. */
import type { Command } from "commander";
import { resolveSyncOptions } from "../../options.js";
import { planHasChanges, planJson, renderPlanText } from "../../render/plan.js";
import { planSync } from "../../sync/plan.js";
import { loadCheckedInputs } from "../sync-inputs.js";
import type { CommandContext } from "./index.js";
import { addContentOption, addLockfileOptions, addPruneOptions } from "./shared-options.js";

/** Registers `faqops plan`. */
export function registerPlan(program: Command, { io, result }: CommandContext): void {
  const command = program
    .command("plan")
    .summary("show what a sync would change (needs no credentials)")
    .description(
      "Compare the content with the lockfile and show what `apply` would do: entries to create, update or rename, and entries no longer in the content. Sends nothing; needs no credentials.",
    )
    .option("--json", "print the plan as JSON")
    .option("--exit-code", "exit 0 when there are no changes, 2 when there are, 1 on error");
  addContentOption(command);
  addLockfileOptions(command);
  addPruneOptions(command);
  command.action(async (flags: Record<string, string | boolean | undefined>) => {
    const options = resolveSyncOptions({ cwd: io.cwd, ...flags });
    const { content, lock } = await loadCheckedInputs(io, options);
    const plan = planSync(content.entries, lock, options);
    io.stdout(flags.json ? `${JSON.stringify(planJson(plan), null, 2)}\n` : renderPlanText(plan));
    result.code = flags.exitCode && planHasChanges(plan) ? 2 : 0;
  });
}
