import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  FaqopsError
} from "./chunk-T6FUUJG6.js";

// src/platform/errors.ts
var PlatformError = class extends FaqopsError {
  name = "PlatformError";
  /**
   * The API action: v1's setautoreply, batchimportskill, publish, publish_progress; v2's path,
   * such as /v2/token or /v2/bot/import/json.
   */
  action;
  kind;
  /** The platform's error code, when it answered with one. */
  code;
  /** The HTTP status, when there was a response. */
  httpStatus;
  /** How many requests were made before giving up. */
  attempts;
  constructor(message, details) {
    super(message, { cause: details.cause, hint: details.hint, remedy: details.remedy });
    this.action = details.action;
    this.kind = details.kind;
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.attempts = details.attempts ?? 1;
  }
  /** True when the whole run must stop: no other call can succeed. */
  get fatal() {
    return this.kind === "fatal";
  }
};

export {
  PlatformError
};
