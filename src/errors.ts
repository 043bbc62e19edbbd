/**
 * The program's own failures and the remote's, as small typed errors sharing one base.
 *
 * Content problems are never thrown: they are diagnostics (see diagnostics.ts). Exit codes are
 * decided in one place, exit.ts, and failures are worded in one, render/error.ts, so the CLI and
 * the action agree. An error whose words name the shells' flags (PruneRefusedError, a Remedy)
 * carries data instead, and render/error.ts words it.
 */
import type { PlatformVariables } from "./platform/variables.js";
import type { PruneRefusal } from "./sync/plan.js";
import type { SavedPlanOptions } from "./sync/saved-plan.js";

/**
 * What to do about a failure, as data, where doing it means a command, a flag, an action input
 * or an environment variable: the core names the remedy and render/remedy.ts words it for who
 * reads it, so that no command line is spelt in src/sync, src/platform, src/content or
 * src/config. `variables`, where a remedy names the run's settings, are the variables the run
 * read them from (the CLI's words name them; the action's, its inputs); the platform's
 * transport fills them in.
 */
export type Remedy =
  /** Settle import tasks a v2 run left in flight: run apply through v2 once. */
  | { readonly kind: "settle-v2-tasks" }
  /** A replace an interrupted run left was cut short: an apply writes back what it deleted. */
  | { readonly kind: "finish-replace" }
  /** The lockfile is a link: make it a regular file, or name the file itself. */
  | { readonly kind: "lockfile-not-a-link" }
  /** A file given as a saved plan is not one: make one. */
  | { readonly kind: "make-plan" }
  /** A saved plan no longer holds: make it again with the same options. */
  | { readonly kind: "remake-plan"; readonly options: SavedPlanOptions; readonly file: string }
  /** A publish `failed` on the platform, or `timed-out` waiting: see the console, publish again. */
  | { readonly kind: "publish-again"; readonly when: "failed" | "timed-out" }
  /**
   * Check the endpoint setting, and what `check` says of how the request failed. `example` is
   * the API's own base URL, as the hint suggests it.
   */
  | {
      readonly kind: "check-endpoint";
      readonly check: EndpointCheck;
      readonly example: string;
      readonly variables?: PlatformVariables | undefined;
    }
  /** The platform is busy or failing: try later, or send fewer requests a second. */
  | { readonly kind: "lower-rate"; readonly when: "too-frequent" | "failing" | "down" }
  /** A plain http:// endpoint on another host was refused: https, or ask for it explicitly. */
  | { readonly kind: "allow-insecure-http" }
  /** The platform refused the credentials: check them, as `check` says which and where. */
  | {
      readonly kind: "check-credentials";
      readonly check: CredentialCheck;
      readonly variables?: PlatformVariables | undefined;
    }
  /** The platform could not read a request: check the content; if it passes, report it. */
  | { readonly kind: "check-content-then-report" }
  /**
   * The content folder cannot be read: it is `missing` (not there, or not a folder), or a
   * `link` leading out of the working directory. Name the right folder.
   */
  | { readonly kind: "content-folder"; readonly problem: "missing" | "link" }
  /** The API asked for is not one faqops speaks: name v1 or v2 where it is set. */
  | { readonly kind: "choose-api" };

/** Which credentials a refusal says to check, and against what (codes.ts, v2/codes.ts). */
export type CredentialCheck =
  /** v1: the APPID and the EncodingAESKey, against the bot's console. */
  | "appid-and-key"
  /** v1: the same, then the content (XML cannot carry some characters). */
  | "appid-and-key-then-content"
  /** v1: the TOKEN, which may have been reset. */
  | "token"
  /** v1: the administrator's id. */
  | "manager-id"
  /** v2: the open API switched on, and the APPID, Token and administrator shown with it. */
  | "v2-permission"
  /** v2: the clock, then the Token (a refused signature). */
  | "v2-signature"
  /** v2: the clock, the Token, the APPID and the administrator (a refused token call). */
  | "v2-token-call"
  /** v2: a credential given blank. */
  | "v2-set";

/** How a request to the endpoint failed, for the check a remedy suggests (transport.ts). */
export type EndpointCheck =
  /** Something answers, but not with the platform's envelope. */
  | "not-the-api"
  /** A redirect (never followed). */
  | "redirect"
  /** A 4xx: a URL with a path, or another service. */
  | "base-url"
  /** A 5xx, or a status the platform never sends. */
  | "proxy"
  /** No answer, request after request. */
  | "time-out"
  /** Connections closed before an answer, request after request. */
  | "reset"
  /** DNS cannot answer for now, request after request. */
  | "dns-for-now"
  /** Nothing listening. */
  | "refused"
  /** No such host. */
  | "host-name"
  /** A TLS or certificate problem. */
  | "tls"
  /** No route to the host. */
  | "no-route"
  /** Something answers, but not in HTTP. */
  | "not-http"
  /** Any other failure of the request. */
  | "unknown";

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

/** Options asked for together that do not go together (options/sync.ts). */
export type OptionConflict =
  /** `replace-all` on the v1 API, where a prune always replaces the whole bot. */
  | "replace-all-on-v1"
  /** `replace-all` without `prune`: it says how a prune removes. */
  | "replace-all-without-prune";

/**
 * Options that do not go together. Its message is a plain fallback: the shells word it in
 * their flags or inputs (render/error.ts optionConflictText).
 */
export class OptionConflictError extends UsageError {
  override name = "OptionConflictError";
  readonly conflict: OptionConflict;
  constructor(conflict: OptionConflict) {
    super(`options that do not go together (${conflict})`);
    this.conflict = conflict;
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
