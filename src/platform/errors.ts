/** The one error the platform client throws. Its message, stack and cause chain hold no secrets. */
import { FaqopsError } from "../errors.js";

/**
 * How a call failed:
 * - `fatal`: nothing else in the run can succeed (credentials, review, endpoint): stop the run;
 * - `rejected`: the platform answered with an error code for this call;
 * - `unavailable`: transient failures (time-outs, resets, 429, 5xx) outlasted the retries;
 * - `protocol`: the answer was not what the platform sends (not JSON, no code, unexpected HTTP);
 * - `aborted`: the caller's signal aborted the call.
 */
export type PlatformErrorKind = "fatal" | "rejected" | "unavailable" | "protocol" | "aborted";

/** A failed platform call. The sync engine stops the whole run when `fatal` is true. */
export class PlatformError extends FaqopsError {
  override name = "PlatformError";
  /** The API action: setautoreply, batchimportskill, publish, publish_progress. */
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
      cause?: unknown;
    },
  ) {
    super(message, { cause: details.cause, hint: details.hint });
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
