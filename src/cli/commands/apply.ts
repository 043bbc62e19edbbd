/** `faqops apply`: write what changed to the platform, keeping the lockfile true as it goes. */
import type { Command } from "commander";
import { resolveSyncOptions, type SyncOptions } from "../../options.js";
import { planSummary, removeReason } from "../../render/plan.js";
import { type ApplyResult, applySync } from "../../sync/apply.js";
import type { Io } from "../io.js";
import { openTarget } from "../platform.js";
import { createProgress } from "../progress.js";
import { plural } from "../report.js";
import { loadCheckedInputs } from "../sync-inputs.js";
import type { CommandContext } from "./index.js";
import {
  addContentOption,
  addLockfileOptions,
  addPlatformOptions,
  addPruneOptions,
} from "./shared-options.js";

/** The conventional exit code of a run stopped by SIGINT. */
const EXIT_INTERRUPTED = 130;

/** Registers `faqops apply`. */
export function registerApply(program: Command, { io, result }: CommandContext): void {
  const command = program
    .command("apply")
    .summary("write what changed to the platform")
    .description(
      "Write created, updated and renamed entries to the platform with setautoreply, only what changed since the lockfile, and update the lockfile after every confirmed write. Credentials come from FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY and FAQOPS_MANAGER_ID (not needed with --dry-run or --emulator).",
    )
    .option("--dry-run", "do everything but send requests (no credentials needed)")
    .option("--publish", "publish after writing, and wait until the publish is done");
  addContentOption(command);
  addLockfileOptions(command);
  addPlatformOptions(command);
  addPruneOptions(command);
  command.action(async (flags: Record<string, string | boolean | undefined>) => {
    const options = resolveSyncOptions({ cwd: io.cwd, ...flags });
    const { content, lock } = await loadCheckedInputs(io, options);
    const progress = createProgress(io);
    const target = await openTarget(io, options, flags, progress.onRetry);
    const stop = trapSignals(io);
    try {
      const outcome = await applySync(content.entries, lock, {
        ...options,
        connect: target.connect,
        signal: stop.signal,
        onEvent: progress.onEvent,
      });
      progress.end();
      io.stdout(renderApplySummary(outcome, options));
      result.code = exitCode(outcome);
      if (outcome.fatal) throw outcome.fatal;
    } finally {
      stop.release();
      await target.close();
    }
  });
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
      process.exit(EXIT_INTERRUPTED);
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

function exitCode(outcome: ApplyResult): number {
  switch (outcome.outcome) {
    case "nothing-to-do":
    case "done":
      return 0;
    case "interrupted":
      return EXIT_INTERRUPTED;
    default:
      return 1;
  }
}

/** The closing summary of an apply run. */
export function renderApplySummary(outcome: ApplyResult, options: SyncOptions): string {
  const { plan } = outcome;
  const lines: string[] = [];
  const seconds = (outcome.elapsedMs / 1000).toFixed(1);
  const dry = outcome.dryRun ? "Dry run: would send " : "";
  if (outcome.outcome === "nothing-to-do") {
    lines.push(
      `Nothing to do: the platform is up to date with the content (0 requests sent). ${planSummary(plan)}`,
    );
  } else if (outcome.pruned) {
    lines.push(
      `${dry || "Pruned: "}replaced the bot's content with ${plural(outcome.written, "entry", "entries")}, removing ${plural(plan.stillOnPlatform.length, "entry", "entries")} (${outcome.dryRun ? "1 request" : `1 request, ${seconds} s`}).`,
    );
  } else if (outcome.dryRun) {
    lines.push(`${dry}${plural(plan.writes, "request", "requests")}. ${planSummary(plan)}`);
  } else {
    const c = plan.counts;
    lines.push(
      `Wrote ${outcome.written} of ${plural(plan.writes, "entry", "entries")} (${c.create} new, ${c.update} changed, ${c.rename} renamed) in ${seconds} s; ${c.unchanged} unchanged.`,
    );
  }
  const still = plan.actions.filter((a) => a.kind === "remove");
  if (!outcome.pruned && still.length > 0) {
    lines.push(
      `${plural(plan.stillOnPlatform.length, "entry is", "entries are")} still on the platform but not in the content (--prune removes them):`,
    );
    for (const a of still)
      lines.push(`  - ${a.previous.skill} / ${a.previous.title} (${removeReason(a)})`);
    const renamed = plan.stillOnPlatform.length - still.length;
    if (renamed > 0)
      lines.push(`  and ${plural(renamed, "old title", "old titles")} of renamed entries`);
  }
  if (outcome.failures.length > 0) {
    lines.push(
      `Failed: ${plural(outcome.failures.length, "entry", "entries")} (the next run retries them):`,
    );
    for (const f of outcome.failures)
      lines.push(`  ${f.entry.path} (${f.entry.skill} / ${f.entry.title}): ${f.message}`);
  }
  if (outcome.outcome === "interrupted") {
    lines.push(
      `Interrupted: ${outcome.written} written before the stop; run apply again to send the rest.`,
    );
  }
  if (outcome.outcome === "fatal") {
    lines.push(
      `Stopped: a fatal platform error; ${outcome.written} written before it (see below).`,
    );
  }
  if (outcome.published) lines.push("Published: the changes are live.");
  if (!outcome.dryRun) {
    lines.push(
      outcome.lockfileChanged
        ? `Lockfile ${options.lockfile.display} updated.`
        : `Lockfile ${options.lockfile.display} unchanged.`,
    );
  }
  return `${lines.join("\n")}\n`;
}
