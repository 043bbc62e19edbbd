import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  createClient,
  readEnvelope
} from "./chunk-GYVUNZGP.js";
import "./chunk-JL7QSSX5.js";
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  SAME_FAILURE_LIMIT,
  UNAVAILABLE_CALLS_LIMIT,
  classifyRequestError,
  parseRetryAfter
} from "./chunk-YGQ6LFLF.js";
import "./chunk-B6KUTF22.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-H6YKARHR.js";
import "./chunk-FXZK7BOM.js";
import "./chunk-RDHEXBIT.js";
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
