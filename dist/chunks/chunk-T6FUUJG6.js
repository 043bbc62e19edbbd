import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/errors.ts
var FaqopsError = class extends Error {
  name = "FaqopsError";
  /** A hint printed after the message: what the user can do about it. */
  hint;
  /** What to do, as data (render/remedy.ts words it); then `hint` is unset. */
  remedy;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.hint = options.hint;
    this.remedy = options.remedy;
  }
};
var UsageError = class extends FaqopsError {
  name = "UsageError";
};
var PruneRefusedError = class extends UsageError {
  name = "PruneRefusedError";
  refusal;
  constructor(refusal) {
    super(`the prune was refused (${refusal.reason})`);
    this.refusal = refusal;
  }
};
var OptionConflictError = class extends UsageError {
  name = "OptionConflictError";
  conflict;
  constructor(conflict) {
    super(`options that do not go together (${conflict})`);
    this.conflict = conflict;
  }
};
var ConfigError = class extends FaqopsError {
  name = "ConfigError";
};
var StateFileError = class extends FaqopsError {
  name = "StateFileError";
};
var ContentError = class extends FaqopsError {
  name = "ContentError";
};
var InternalError = class extends FaqopsError {
  name = "InternalError";
};

export {
  FaqopsError,
  UsageError,
  PruneRefusedError,
  OptionConflictError,
  ConfigError,
  StateFileError,
  ContentError,
  InternalError
};
