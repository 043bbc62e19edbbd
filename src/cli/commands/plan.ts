/** `faqops plan`: what a sync would change, for people or (with --json) for machines. */

import path from "node:path";
import type { Command } from "commander";
import { loadProject, projectContentOptions, projectSyncOptions } from "../../config/project.js";
import type { Target } from "../../config/targets.js";
import { UsageError } from "../../errors.js";
import { exitCodeForPlan } from "../../exit.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import { displayPath } from "../../options/paths.js";
import type { SyncOptions } from "../../options/sync.js";
import { choiceValue, stringValue } from "../../options/values.js";
import { diffStyleFor } from "../../render/diff.js";
import { apiNotes, planJson, renderPlanText } from "../../render/plan.js";
import { type Before, loadBefore } from "../../sync/before.js";
import { type Plan, planHasChanges, planSync } from "../../sync/plan.js";
import { planInputs, savedPlanOptions, savedPlanText } from "../../sync/saved-plan.js";
import { colorsFor } from "../io.js";
import { DIAGNOSTIC_FORMATS } from "../report.js";
import { findProjectRoot } from "../root.js";
import { loadCheckedContent, targetInputs } from "../sync-inputs.js";
import { selectTargets, targetLine } from "../targets.js";
import type { CommandContext } from "./index.js";
import {
  addApiOption,
  addContentOption,
  addFormatOption,
  addLockfileOptions,
  addPruneOptions,
  addTargetOption,
} from "./shared-options.js";

/** Registers `faqops plan`. */
export function registerPlan(program: Command, { io, result }: CommandContext): void {
  const command = program
    .command("plan")
    .summary("show what a sync would change (needs no credentials)")
    .description(
      "Compare the content with the lockfile and show what `apply` would do: entries to create, update or rename, entries on the bot that the content no longer has (drift), and writes not yet published. Sends nothing; needs no credentials.",
    )
    .option("--json", "print the plan as JSON (each change with `before` and `after`)")
    .option("--brief", "one line per entry instead of each change's diff")
    .option(
      "--exit-code",
      "exit 0 when the bot matches the content, 2 when anything is pending (writes, drift, an unpublished write), 1 on error",
    )
    .option(
      "--out <file>",
      "also save the plan to this file; `faqops apply FILE` then applies exactly it, or refuses if the content or lockfile changed",
    );
  addContentOption(command);
  addLockfileOptions(command);
  addApiOption(command);
  addPruneOptions(command);
  addTargetOption(
    command,
    "plan only this target (default: every target, each under its own heading)",
  );
  addFormatOption(command, " (on stderr; the plan itself is text, or JSON with --json)");
  command.action(async (flags: Record<string, string | boolean | undefined>) => {
    const { format: formatFlag, target: targetFlag, ...rest } = flags;
    const format = choiceValue("format", formatFlag, DIAGNOSTIC_FORMATS, "text");
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const targets = selectTargets(project.config, targetFlag, "plan");
    const several = targets.length > 1;
    const out = stringValue("out", flags.out);
    if (several && (out !== undefined || stringValue("lockfile", flags.lockfile) !== undefined)) {
      throw new UsageError(
        `${out !== undefined ? "--out" : "--lockfile"} is one target's: ${project.config!.display} defines ${targets.length} targets (${targets.map((t) => t.name).join(", ")}).`,
        { hint: `add --target, such as \`faqops plan --target ${targets[0]!.name} …\`.` },
      );
    }
    const content = await loadCheckedContent(
      io,
      project,
      projectContentOptions(project, io, rest),
      format,
    );
    const colors = colorsFor(io, "stdout");
    const results: { target: Target; plan: Plan; befores: ReadonlyMap<string, Before> }[] = [];
    for (const [index, target] of targets.entries()) {
      const options = projectSyncOptions(project, target, io, rest);
      // Several targets: each plan under its own heading, notes included.
      if (several && !flags.json) {
        io.stdout(`${index > 0 ? "\n" : ""}${colors.bold(targetHeading(target, options))}\n`);
      } else if (target.name !== undefined) {
        // One named target: which bot, as apply says it (stderr keeps stdout the plan alone).
        io.stderr(`target: ${targetLine(target, options)}\n`);
      }
      const inputs = await targetInputs(io, project, content, target, options);
      const plan = planSync(inputs.content.entries, inputs.lock, options, inputs.notTaken);
      const { answers } = inputs.content;
      for (const note of apiNotes(plan, answers, "cli")) io.stderr(`note: ${note}\n`);
      // What the platform holds for each change, from Git: needed for the diffs, not for --brief.
      const befores =
        flags.brief && !flags.json && plan.prune?.mode !== "disable"
          ? new Map<string, Before>()
          : await loadBefore(plan, {
              cwd: io.cwd,
              contentDir: options.contentDir,
              lockfilePath: options.lockfile.path,
            });
      results.push({ target, plan, befores });
      if (!flags.json) {
        io.stdout(
          renderPlanText(plan, answers, {
            details: flags.brief ? undefined : { befores, style: diffStyleFor(io.isTty, io.env) },
            befores,
            colors,
          }),
        );
      }
      if (out !== undefined) {
        const file = path.resolve(io.cwd, out);
        await writeFileAtomic(
          file,
          savedPlanText(
            planJson(plan, answers),
            savedPlanOptions(options, target.name),
            planInputs(inputs.content.entries, inputs.lock),
          ),
        );
        io.stderr(
          `Saved the plan to ${displayPath(io.cwd, file)}: \`faqops apply ${displayPath(io.cwd, file)}\` applies exactly it.\n`,
        );
      }
    }
    if (flags.json) {
      const json = (r: (typeof results)[number]) => ({
        ...(r.target.name !== undefined && { target: r.target.name }),
        ...(planJson(r.plan, content.answers, r.befores) as object),
      });
      const value = several ? { targets: results.map(json) } : json(results[0]!);
      io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    }
    result.code = exitCodeForPlan({
      exitCode: Boolean(flags.exitCode),
      changes: results.some((r) => planHasChanges(r.plan)),
    });
  });
}

/** The heading of one target's plan: its name, lockfile and API. */
export function targetHeading(target: Target, options: SyncOptions): string {
  return `Target ${target.name} (${options.lockfile.display}, ${options.api}):`;
}
