import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-T6FUUJG6.js";

// src/options/values.ts
function stringValue(name, value) {
  if (value === void 0 || value === false) return void 0;
  if (value === true) throw new UsageError(`--${name} needs a value.`);
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : trimmed;
}
function integerValue(name, value, fallback, range) {
  const text = stringValue(name, value);
  if (text === void 0) return fallback;
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new UsageError(
      `${name} must be a whole number from ${range.min} to ${range.max}; got "${text}".`
    );
  }
  return n;
}
function numberValue(name, value, fallback, max) {
  const text = stringValue(name, value);
  if (text === void 0) return fallback;
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(n > 0 && n <= max)) {
    throw new UsageError(
      `${name} must be a number greater than 0 and at most ${max}; got "${text}".`
    );
  }
  return n;
}
function shareValue(name, value, fallback) {
  const text = stringValue(name, value);
  if (text === void 0) return fallback;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
  const n = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(n >= 0 && n <= 1)) {
    throw new UsageError(`${name} must be a share such as 25% or 0.25 (0 to 100%); got "${text}".`);
  }
  return n;
}
function booleanValue(name, value, fallback) {
  if (typeof value === "boolean") return value;
  const text = stringValue(name, value);
  if (text === void 0) return fallback;
  const lower = text.toLowerCase();
  if (["true", "yes", "1", "on"].includes(lower)) return true;
  if (["false", "no", "0", "off"].includes(lower)) return false;
  throw new UsageError(`${name} must be true or false; got "${text}".`);
}
function choiceValue(name, value, choices, fallback, remedy) {
  const text = stringValue(name, value);
  if (text === void 0) return fallback;
  if (choices.includes(text)) return text;
  throw new UsageError(
    `${name} must be one of ${choices.join(", ")}; got "${text}".`,
    remedy && { remedy }
  );
}

export {
  stringValue,
  integerValue,
  numberValue,
  shareValue,
  booleanValue,
  choiceValue
};
