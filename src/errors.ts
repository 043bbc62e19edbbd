/**
 * The program's own failures and the remote's, as small typed errors sharing one base.
 *
 * Content problems are never thrown: they are diagnostics (see diagnostics.ts). Exit codes are
 * decided in one place, exit.ts, and failures are worded in one, render/error.ts, so the CLI and
 * the action agree. An error whose words name the shells' flags (PruneRefusedError, a Remedy)
 * carries data instead, and render/error.ts words it.
 */
import type { PruneRefusal } from "./sync/plan.js";
import type { SavedPlanOptions } from "./sync/saved-plan.js";

/**
 * What to do about a failure, as data, where doing it means a command or a flag: the core
 * names the remedy and render/remedy.ts words it, so that no command line is spelt in src/sync.
 */
export type Remedy =
  /** Settle import tasks a v2 run left in flight: run apply through v2 once. */
  | { readonly kind: "settle-v2-tasks" }
  /** The lockfile is a link: make it a regular file, or name the file itself. */
  | { readonly kind: "lockfile-not-a-link" }
  /** A file given as a saved plan is not one: make one. */
  | { readonly kind: "make-plan" }
  /** A saved plan no longer holds: make it again with the same options. */
  | { readonly kind: "remake-plan"; readonly options: SavedPlanOptions; readonly file: string };

/** Base of every error faqops throws on purpose; its message is safe to show (no secrets). */
export class FaqopsError extends Error {
  override name = "FaqopsError";
  /** A hint printed after the message: what the user can do about it. */
  readonly hint: string | undefined;
  /** What to do, as data (render/remedy.ts words it); then `hint` is unset. */
  readonly remedy: Remedy | undefined;
  constructor(message: string, options: { cause?: unknown; hint?: string; remedy?: Remedy } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
    this.remedy = options.remedy;
  }
}

/** A wrong command line, flag, option value or action input. */
export class UsageError extends FaqopsError {
  override name = "UsageError";
}

/**
 * A prune the plan refused (sync/plan.ts planPrune), asked to run anyway: a usage mistake. Its
 * message is a plain fallback; the shells word the refusal (render/prune.ts pruneRefusedText).
 */
export class PruneRefusedError extends UsageError {
  override name = "PruneRefusedError";
  readonly refusal: PruneRefusal;
  constructor(refusal: PruneRefusal) {
    super(`the prune was refused (${refusal.reason})`);
    this.refusal = refusal;
  }
}

/** Required configuration (credentials, endpoint) is missing or malformed. */
export class ConfigError extends FaqopsError {
  override name = "ConfigError";
}

/** A file faqops owns (the lockfile, an emulator state file) cannot be read or written. */
export class StateFileError extends FaqopsError {
  override name = "StateFileError";
}

/** The content has errors; the diagnostics were already reported. */
export class ContentError extends FaqopsError {
  override name = "ContentError";
}

/** A bug: something that should never happen; reported as one (exit.ts isBug). */
export class InternalError extends FaqopsError {
  override name = "InternalError";
}
