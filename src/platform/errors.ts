/** The one error the platform client throws. Its message, stack and cause chain hold no secrets. */
import { FaqopsError, type Remedy } from "../errors.js";

/**
 * How a call failed:
 * - `fatal`: nothing else in the run can succeed, so the run stops: a platform code that says the
 *   credentials or the bot are wrong, or a systemic failure of the endpoint (nothing listening, DNS,
 *   TLS, a redirect, an HTTP status or an answer the platform never sends, or the same transient
 *   failure repeating across requests); see "Failure classes" in docs/platform.md;
 * - `rejected`: the platform answered this call with an error code (this entry only);
 * - `unavailable`: transient failures (time-outs, resets, 408, 429, 500, 502–504, and v2's codes
 *   for a busy platform) outlasted the retries of this call;
 * - `aborted`: the caller's signal aborted the call.
 */
export type PlatformErrorKind = "fatal" | "rejected" | "unavailable" | "aborted";

/** A failed platform call. The sync engine stops the whole run when `fatal` is true. */
export class PlatformError extends FaqopsError {
  override name = "PlatformError";
  /**
   * The API action: v1's setautoreply, batchimportskill, publish, publish_progress; v2's path,
   * such as /v2/token or /v2/bot/import/json.
   */
  readonly action: string;
  readonly kind: PlatformErrorKind;
  /** The platform's error code, when it answered with one. */
  readonly code: number | undefined;
  /** The HTTP status, when there was a response. */
  readonly httpStatus: number | undefined;
  /** How many requests were made before giving up. */
  readonly attempts: number;

  constructor(
    message: string,
    details: {
      action: string;
      kind: PlatformErrorKind;
      code?: number;
      httpStatus?: number;
      attempts?: number;
      hint?: string;
      remedy?: Remedy | undefined;
      cause?: unknown;
    },
  ) {
    super(message, { cause: details.cause, hint: details.hint, remedy: details.remedy });
    this.action = details.action;
    this.kind = details.kind;
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.attempts = details.attempts ?? 1;
  }

  /** True when the whole run must stop: no other call can succeed. */
  get fatal(): boolean {
    return this.kind === "fatal";
  }
}
