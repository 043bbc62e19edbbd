import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  createClient,
  readEnvelope
} from "./chunk-Z5EII5LO.js";
import "./chunk-WR2F3VBV.js";
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  SAME_FAILURE_LIMIT,
  UNAVAILABLE_CALLS_LIMIT,
  classifyRequestError,
  parseRetryAfter
} from "./chunk-SA5NDJYB.js";
import "./chunk-YZVCKXJS.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-RUPTJ3UC.js";
import "./chunk-OTLM6Z6S.js";
import "./chunk-XLPIXEGG.js";
import "./chunk-SJR6QM7P.js";
export {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  SAME_FAILURE_LIMIT,
  UNAVAILABLE_CALLS_LIMIT,
  classifyRequestError,
  createClient,
  parseRetryAfter,
  readEnvelope
};
