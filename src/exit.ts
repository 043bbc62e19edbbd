/**
 * Exit codes, decided here for both shells (the CLI's process exit code, the Action's verdict),
 * and what counts as a bug. Pure: no output; src/render/error.ts words the failure.
 *
 * - 0: everything asked for was done (drift and unpublished entries are reported, not failures);
 * - 1: any failure: a usage or configuration mistake, content errors, a platform failure;
 * - 2: `plan --exit-code` found changes (not a failure: the plan was made);
 * - 130: a run stopped by SIGINT/SIGTERM (128 + SIGINT's 2, the shells' convention).
 */
import { FaqopsError, InternalError } from "./errors.js";
import type { ApplyOutcome } from "./sync/apply.js";

export const EXIT_CODES = Object.freeze({
  success: 0,
  failure: 1,
  changes: 2,
  interrupted: 130,
});

/**
 * The exit code for an error that reached a shell: every failure exits 1, bugs included, except
 * commander's end of `--help` and `--version`, an error whose `exitCode` is 0 (a success).
 */
export function exitCodeFor(error: unknown): number {
  const { code, exitCode } = (error instanceof Error ? error : {}) as {
    code?: unknown;
    exitCode?: unknown;
  };
  if (typeof code === "string" && code.startsWith("commander.") && exitCode === 0) {
    return EXIT_CODES.success;
  }
  return EXIT_CODES.failure;
}

/** An apply run's exit code by its outcome: 0 when done or nothing to do, 130 when interrupted. */
export function exitCodeForApply(outcome: ApplyOutcome): number {
  switch (outcome) {
    case "nothing-to-do":
    case "done":
      return EXIT_CODES.success;
    case "interrupted":
      return EXIT_CODES.interrupted;
    case "partial":
    case "fatal":
      return EXIT_CODES.failure;
  }
}

/**
 * The exit code of a command whose failure is what it found, not what was thrown (content errors
 * check found; rows export or import could not take): 1 when it found any.
 */
export function exitCodeForProblems(failures: number): number {
  return failures > 0 ? EXIT_CODES.failure : EXIT_CODES.success;
}

/** A plan's exit code: 2 when `--exit-code` asked to tell changes apart and there are some. */
export function exitCodeForPlan(options: { exitCode: boolean; changes: boolean }): number {
  return options.exitCode && options.changes ? EXIT_CODES.changes : EXIT_CODES.success;
}

/**
 * True for a failure that is a bug in faqops: an InternalError, or anything faqops did not throw
 * on purpose. A bug is reported as one, its message kept as thrown, with its stack on request.
 */
export function isBug(error: unknown): boolean {
  return !(error instanceof FaqopsError) || error instanceof InternalError;
}
