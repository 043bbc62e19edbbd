/** Flags several commands share, declared once so their names and help never drift apart. */
import type { Command } from "commander";
import { PARALLEL_MIN_FILES } from "../../options/content.js";
import { CACHE_DIR, DEFAULT_LOCKFILE, EMULATOR_DIR } from "../../options/paths.js";
import {
  API_VARIABLE,
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  DEFAULT_RATE,
} from "../../options/sync.js";
import { DIAGNOSTIC_FORMATS } from "../report.js";

/** `--content DIR`, `--no-cache` and `--workers MODE`. */
export function addContentOption(command: Command): Command {
  return command
    .option(
      "--content <dir>",
      "the content directory, relative to the working directory (default: content, in the project root)",
    )
    .option("--no-cache", `compile every file afresh, without reading or writing ${CACHE_DIR}/`)
    .option(
      "--workers <mode>",
      `compile in worker threads: auto (when ${grouped(PARALLEL_MIN_FILES)} files or more need compiling), on, or off (one thread, less memory)`,
    );
}

/** `--lockfile FILE` and `--emulator`, which also picks the rehearsal lockfile. */
export function addLockfileOptions(command: Command): Command {
  return command
    .option(
      "--lockfile <file>",
      `the state lockfile, relative to the working directory (default: ${DEFAULT_LOCKFILE}, or faqops.<target>.lock.json for a target, in the project root)`,
    )
    .option(
      "--emulator",
      `rehearse against a local emulator started for this run, with state in ${EMULATOR_DIR}/ (no credentials needed)`,
    );
}

/** `--prune`, `--prune-max`, `--force`, `--resend-all`: the options that change the plan. */
export function addPruneOptions(command: Command): Command {
  return command
    .option(
      "--prune",
      "take entries no longer in the content off the bot: v1 replaces the bot's whole content; v2 disables them (reversible)",
    )
    .option(
      "--prune-max <share>",
      "refuse a prune that removes more than this share of the bot (default: 25%)",
    )
    .option("--force", "allow a prune above --prune-max")
    .option(
      "--replace-all",
      "with --api v2 --prune: replace the whole bot (import mode 1) instead of disabling what the content no longer has",
    )
    .option(
      "--resend-all",
      "write every entry again, whatever the lockfile says (a new or emptied bot, or a lockfile you cannot trust)",
    );
}

/**
 * `--endpoint`, `--insecure-http`, `--verbose`, and for a command that sends many requests
 * (`apply`; not `publish`, which sends one and polls) `--concurrency` and `--rate`.
 */
export function addPlatformOptions(
  command: Command,
  { throughput }: { throughput: boolean },
): Command {
  command
    .option(
      "--endpoint <url>",
      "the platform's base URL (default: $FAQOPS_ENDPOINT, else https://chatbot.weixin.qq.com)",
    )
    .option(
      "--insecure-http",
      "allow an http:// endpoint on another host than this machine: the TOKEN, part of every request URL, then crosses the network in clear text",
    );
  if (throughput) {
    command
      .option("--concurrency <n>", `requests in flight at once (default: ${DEFAULT_CONCURRENCY})`)
      .option("--rate <n>", `requests per second at most (default: ${DEFAULT_RATE})`);
  }
  return command.option("--verbose", "print every retry");
}

/** `--api`: which of the platform's open APIs to plan for and talk to. */
export function addApiOption(command: Command): Command {
  return command.option(
    "--api <v1|v2>",
    `the platform's open API: v1 (setautoreply, one request an entry) or v2 (batched import, renames in place, reversible removal) (default: $${API_VARIABLE}, else v1)`,
  );
}

/** `--batch-size`: v2 intents per import call. */
export function addBatchOption(command: Command): Command {
  return command.option(
    "--batch-size <n>",
    `with --api v2: intents per import call, 1 to 1000 (default: ${DEFAULT_BATCH_SIZE})`,
  );
}

/** `--format`: how diagnostics are printed (docs/output-formats.md). */
export function addFormatOption(command: Command, where: string): Command {
  return command.option(
    "--format <format>",
    `print diagnostics${where} as ${DIAGNOSTIC_FORMATS.join(", ")} (default: text): json for scripts, sarif for GitHub code scanning, github for workflow annotations`,
  );
}

/** `--target NAME`: which of faqops.config.yaml's targets (bots) the command is for. */
export function addTargetOption(command: Command, what: string): Command {
  return command.option("--target <name>", `${what}; targets are defined in faqops.config.yaml`);
}

/**
 * `20000` as `20,000`, without Intl: this runs at every start-up to declare the flags, and
 * `toLocaleString` there loaded ICU's number data on every run (+5 MB of RSS, ~10 ms).
 */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}
