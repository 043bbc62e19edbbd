/** `faqops plan`: what a sync would change, for people or (with --json) for machines. */

import path from "node:path";
import type { Command } from "commander";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import {
  API_VARIABLE,
  choiceValue,
  displayPath,
  resolveSyncOptions,
  stringValue,
} from "../../options.js";
import { diffStyleFor } from "../../render/diff.js";
import { apiNotes, planJson, renderPlanText } from "../../render/plan.js";
import { loadBefore } from "../../sync/before.js";
import { planHasChanges, planSync } from "../../sync/plan.js";
import { planInputs, savedPlanOptions, savedPlanText } from "../../sync/saved-plan.js";
import { colorsFor } from "../io.js";
import { DIAGNOSTIC_FORMATS } from "../report.js";
import { findProjectRoot } from "../root.js";
import { loadCheckedInputs } from "../sync-inputs.js";
import type { CommandContext } from "./index.js";
import {
  addApiOption,
  addContentOption,
  addFormatOption,
  addLockfileOptions,
  addPruneOptions,
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
  addFormatOption(command, " (on stderr; the plan itself is text, or JSON with --json)");
  command.action(async (flags: Record<string, string | boolean | undefined>) => {
    const { format: formatFlag, ...rest } = flags;
    const format = choiceValue("format", formatFlag, DIAGNOSTIC_FORMATS, "text");
    const options = resolveSyncOptions({
      cwd: io.cwd,
      root: findProjectRoot(io.cwd).dir,
      ...rest,
      api: flags.api ?? io.env[API_VARIABLE],
    });
    const out = stringValue("out", flags.out);
    const inputs = await loadCheckedInputs(io, options, format);
    const plan = planSync(inputs.content.entries, inputs.lock, options);
    for (const note of apiNotes(plan)) io.stderr(`note: ${note}\n`);
    // What the platform holds for each change, from Git: needed for the diffs, not for --brief.
    const befores =
      flags.brief && !flags.json && plan.prune?.mode !== "disable"
        ? new Map()
        : await loadBefore(plan, {
            cwd: io.cwd,
            contentDir: options.contentDir,
            lockfilePath: options.lockfile.path,
          });
    io.stdout(
      flags.json
        ? `${JSON.stringify(planJson(plan, befores), null, 2)}\n`
        : renderPlanText(plan, {
            details: flags.brief ? undefined : { befores, style: diffStyleFor(io.isTty, io.env) },
            befores,
            colors: colorsFor(io, "stdout"),
          }),
    );
    if (out !== undefined) {
      const file = path.resolve(io.cwd, out);
      await writeFileAtomic(
        file,
        savedPlanText(
          plan,
          savedPlanOptions(options),
          planInputs(inputs.content.entries, inputs.lock),
        ),
      );
      io.stderr(
        `Saved the plan to ${displayPath(io.cwd, file)}: \`faqops apply ${displayPath(io.cwd, file)}\` applies exactly it.\n`,
      );
    }
    result.code = flags.exitCode && planHasChanges(plan) ? 2 : 0;
  });
}
