/** `faqops apply`: write what changed to the platform, keeping the lockfile true as it goes. */
import path from "node:path";
import { type Command, Option } from "commander";
import { loadProject, type Project, projectSyncOptions } from "../../config/project.js";
import type { Target } from "../../config/targets.js";
import { UsageError } from "../../errors.js";
import { EXIT_CODES, exitCodeForApply } from "../../exit.js";
import { displayPath } from "../../options/paths.js";
import type { SyncOptions } from "../../options/sync.js";
import { integerValue } from "../../options/values.js";
import { renderApplyText } from "../../render/apply.js";
import { apiNotes, planJson } from "../../render/plan.js";
import { applyPlan } from "../../sync/apply.js";
import { loadBefore } from "../../sync/before.js";
import type { SyncInputs } from "../../sync/index.js";
import { type Plan, planSync } from "../../sync/plan.js";
import {
  checkSavedPlan,
  planInputs,
  readSavedPlan,
  type SavedPlan,
} from "../../sync/saved-plan.js";
import { openTarget } from "../connect.js";
import type { Io } from "../io.js";
import { createProgress } from "../progress.js";
import { findProjectRoot } from "../root.js";
import { loadCheckedContent, targetInputs } from "../sync-inputs.js";
import { selectTargets, targetLine } from "../targets.js";
import { DEFAULT_EMULATOR_PORT } from "./emulate.js";
import type { CommandContext } from "./index.js";
import {
  addApiOption,
  addBatchOption,
  addContentOption,
  addLockfileOptions,
  addPlatformOptions,
  addPruneOptions,
  addTargetOption,
} from "./shared-options.js";

/** Registers `faqops apply`. */
export function registerApply(program: Command, { io, result }: CommandContext): void {
  const command = program
    .command("apply")
    .summary("write what changed to the platform")
    .argument("[plan-file]", "a plan saved by `faqops plan --out FILE`: apply exactly it")
    .description(
      "Write created, updated and renamed entries to the platform (v1: setautoreply, one request an entry; v2: batched imports), only what changed since the lockfile, and record every confirmed write. With a saved plan, apply exactly that plan, or refuse (sending nothing) when the content or the lockfile changed since it was made. Credentials come from FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY (v1 only) and FAQOPS_MANAGER_ID (not needed with --dry-run or --emulator); for a target, FAQOPS_<NAME>_APPID and so on first (docs/targets.md).",
    )
    .option("--dry-run", "do everything but send requests (no credentials needed)")
    .option(
      "--publish",
      "publish after writing (also entries written earlier and not yet published), and wait until it is done",
    )
    .option("--quiet", "print only the counts, not the entries written, failed or left over");
  addContentOption(command);
  addLockfileOptions(command);
  addApiOption(command);
  addBatchOption(command);
  addPlatformOptions(command, { throughput: true });
  addPruneOptions(command);
  // v2: how soon an import task is first polled (default 1 s: the reference's example task took
  // 1 s). Hidden: for tests and rehearsals against the emulator, whose tasks end at once.
  command.addOption(new Option("--task-poll-ms <ms>", "first v2 task poll after").hideHelp());
  addTargetOption(command, "the target (bot) to sync; required when several are configured");
  command.action(
    async (planFile: string | undefined, flags: Record<string, string | boolean | undefined>) => {
      const { target: targetFlag, ...rest } = flags;
      const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
      const saved =
        planFile === undefined ? undefined : await readPlanFile(planFile, flags, io.cwd);
      const target = planTarget(project, targetFlag, saved);
      const options = projectSyncOptions(project, target, io, rest);
      const content = await loadCheckedContent(io, project, options);
      const inputs = await targetInputs(io, project, content, target, options);
      const plan =
        saved === undefined
          ? planSync(inputs.content.entries, inputs.lock, options, inputs.notTaken)
          : checkedPlan(saved, inputs, options, io.cwd);
      const { answers } = inputs.content;
      for (const note of apiNotes(plan, answers, "cli")) io.stderr(`note: ${note}\n`);
      if (target.name !== undefined) io.stderr(`target: ${targetLine(target, options)}\n`);
      // A v2 disable carries the entry as last synced: its questions and answer, from Git.
      const befores =
        plan.prune?.mode === "disable" && plan.prune.removes.length > 0 && !options.dryRun
          ? await loadBefore(plan, {
              cwd: io.cwd,
              contentDir: options.contentDir,
              lockfilePath: options.lockfile.path,
            })
          : undefined;
      const progress = createProgress(io, { rate: options.rate });
      const platform = await openTarget(io, options, flags, progress.onRetry);
      const stop = trapSignals(io);
      try {
        const outcome = await applyPlan(plan, inputs, {
          ...options,
          answers,
          connect: platform.connect,
          connectV2: platform.connectV2,
          taskPoll: taskPollOption(flags.taskPollMs),
          befores,
          signal: stop.signal,
          onEvent: progress.onEvent,
        });
        progress.end();
        io.stdout(
          renderApplyText(outcome, {
            lockfile: options.lockfile.display,
            quiet: flags.quiet === true,
          }),
        );
        result.code = exitCodeForApply(outcome.outcome);
        if (options.emulator) io.stderr(emulatorHint(io.cwd, options.emulatorDir));
        if (outcome.fatal) throw outcome.fatal;
      } finally {
        stop.release();
        await platform.close();
      }
    },
  );
}

/** A saved plan file, read; flags that would change a plan are refused beside one. */
async function readPlanFile(
  file: string,
  flags: Record<string, string | boolean | undefined>,
  cwd: string,
): Promise<{ saved: SavedPlan; name: string }> {
  const planFlags = ["prune", "pruneMax", "force", "resendAll", "replaceAll"].filter(
    (name) => flags[name] !== undefined,
  );
  if (planFlags.length > 0) {
    throw new UsageError(
      `a saved plan already decides ${planFlags.map((f) => `--${kebab(f)}`).join(", ")}; make the plan with ${planFlags.length === 1 ? "it" : "them"} instead (\`faqops plan --out FILE …\`).`,
    );
  }
  const absolute = path.resolve(cwd, file);
  const name = displayPath(cwd, absolute);
  return { saved: await readSavedPlan(absolute, name), name };
}

/**
 * The target of the run: `--target`, else the saved plan's, else the only one. A saved plan made
 * for one target is never applied to another.
 */
function planTarget(
  project: Project,
  flag: string | boolean | undefined,
  plan: { saved: SavedPlan; name: string } | undefined,
): Target {
  const planned = plan?.saved.options.target;
  const [target] = selectTargets(project.config, flag ?? planned, "apply");
  if (plan && planned !== target!.name) {
    throw new UsageError(
      planned === undefined
        ? `the plan ${plan.name} was made without a target, and this run is for target ${target!.name}; make a new plan with --target ${target!.name}.`
        : `the plan ${plan.name} was made for target ${planned}, not ${target!.name ?? "the unnamed bot"}; apply it with --target ${planned}, or make a new plan.`,
    );
  }
  return target!;
}

/** The plan in a saved file, checked against the current content and lockfile (saved-plan.ts). */
function checkedPlan(
  { saved, name }: { saved: SavedPlan; name: string },
  inputs: SyncInputs,
  options: SyncOptions,
  cwd: string,
): Plan {
  if (saved.options.api !== options.api) {
    throw new UsageError(
      `the plan ${name} was made for the ${saved.options.api} API, and this run uses ${options.api} (--api / FAQOPS_API); apply it with --api ${saved.options.api}, or make a new plan.`,
    );
  }
  const plan = planSync(inputs.content.entries, inputs.lock, saved.options, inputs.notTaken);
  checkSavedPlan(
    saved,
    {
      json: () => planJson(plan, inputs.content.answers),
      inputs: planInputs(inputs.content.entries, inputs.lock),
    },
    {
      content: displayPath(cwd, options.contentDir),
      lockfile: options.lockfile.display,
      file: name,
    },
  );
  return plan;
}

/**
 * Where a rehearsal's result can be seen: the emulator this run started is gone, but its state
 * file is kept, and `faqops emulate` serves it, with a page listing the bot's entries.
 */
function emulatorHint(cwd: string, emulatorDir: string): string {
  const state = displayPath(cwd, path.join(emulatorDir, "platform.json"));
  return `emulator: the rehearsal bot is kept in ${state}; to look at it, run \`faqops emulate --state ${state}\` and open http://127.0.0.1:${DEFAULT_EMULATOR_PORT}/\n`;
}

/** `--task-poll-ms`: the first poll after that many ms, the next ones growing from there. */
export function taskPollOption(value: string | boolean | undefined) {
  if (value === undefined) return undefined;
  const firstPollMs = integerValue("task-poll-ms", value, 1000, { min: 1, max: 60_000 });
  return { firstPollMs, maxPollMs: Math.max(firstPollMs, 5_000) };
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * SIGINT/SIGTERM stop apply gracefully: no new writes, the ones in flight finish, the lockfile
 * is flushed. A second signal exits at once (the lockfile was already flushed on the first).
 */
function trapSignals(io: Io): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      io.stderr(`\n${name} again: quitting now.\n`);
      process.exit(EXIT_CODES.interrupted);
    }
    io.stderr(
      `\n${name}: stopping after the requests in flight; saving the lockfile… (again to quit now)\n`,
    );
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
