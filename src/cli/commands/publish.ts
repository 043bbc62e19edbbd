/** `faqops publish`: make written content live, wait for it, and record it in the lockfile. */
import { type Command, Option } from "commander";
import { loadProject, projectSyncOptions } from "../../config/project.js";
import { EXIT_CODES } from "../../exit.js";
import { integerValue } from "../../options/values.js";
import { publishedSentence, settledFirstSentence } from "../../render/apply.js";
import { unpublishedPhrase } from "../../render/plan.js";
import { publishLockfile } from "../../sync/apply.js";
import { readLockSnapshot } from "../../sync/index.js";
import { openTarget } from "../connect.js";
import { findProjectRoot } from "../root.js";
import { selectTargets, targetLine } from "../targets.js";
import { taskPollOption } from "./apply.js";
import type { CommandContext } from "./index.js";
import {
  addApiOption,
  addLockfileOptions,
  addPlatformOptions,
  addTargetOption,
} from "./shared-options.js";

/** Registers `faqops publish`. */
export function registerPublish(program: Command, { io, result }: CommandContext): void {
  const command = program
    .command("publish")
    .summary("make written content live")
    .description(
      "Call publish, then poll its progress (v1 publish_progress, v2 effective_progress) until the publish is done (exit 0) or failed (exit 1). On success the lockfile's entries written but not yet published are marked live; on failure they stay marked, and `plan` keeps reporting them.",
    )
    .option("--timeout <seconds>", "give up waiting after this long (default: 600)")
    .addOption(new Option("--task-poll-ms <ms>", "first v2 task poll after").hideHelp());
  addLockfileOptions(command);
  addApiOption(command);
  addPlatformOptions(command, { throughput: false });
  addTargetOption(command, "the target (bot) to publish; required when several are configured");
  command.action(async (flags: Record<string, string | boolean | undefined>) => {
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const [target] = selectTargets(project.config, flags.target, "publish");
    const options = projectSyncOptions(project, target!, io, {
      emulator: flags.emulator,
      lockfile: flags.lockfile,
      api: flags.api,
    });
    if (target!.name !== undefined) io.stderr(`target: ${targetLine(target!, options)}\n`);
    const timeoutS = integerValue("timeout", flags.timeout, 600, { min: 1, max: 86_400 });
    const snapshot = await readLockSnapshot(options.lockfile);
    const platform = await openTarget(io, options, flags);
    try {
      const run = await publishLockfile(snapshot, {
        lockfile: options.lockfile,
        connect: platform.connectPublisher,
        publishOptions: { timeoutMs: timeoutS * 1000 },
        taskPoll: taskPollOption(flags.taskPollMs),
        onEvent: (event) => {
          if (event.type !== "publish") return;
          const p = event.progress;
          io.stdout(`publish: ${p.progress}%${p.status === 1 ? " (done)" : ""}\n`);
        },
      });
      if (run.resumed && run.resumed.tasks > 0) io.stdout(`${settledFirstSentence(run.resumed)}\n`);
      const lockfile = `Lockfile ${options.lockfile.display} ${run.lockfileChanged ? "updated" : "unchanged"}.`;
      if (run.publish.status === "failed") {
        io.stdout(
          `Publish failed: ${unpublishedPhrase(run.unpublished)} (still marked in the lockfile). ${lockfile}\n`,
        );
        throw run.publish.error;
      }
      // What the customers now get: the same words as apply --publish.
      io.stdout(`${publishedSentence(run.publish)}\n${lockfile}\n`);
      result.code = EXIT_CODES.success;
    } finally {
      await platform.close();
    }
  });
}
