import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  createClient,
  readEnvelope
} from "./chunk-KKXLTHXN.js";
import "./chunk-WR2F3VBV.js";
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  SAME_FAILURE_LIMIT,
  UNAVAILABLE_CALLS_LIMIT,
  classifyRequestError,
  parseRetryAfter
} from "./chunk-O6LO46MW.js";
import "./chunk-CL22GLTZ.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-ZZTKM354.js";
import "./chunk-27UWOCXG.js";
import "./chunk-GDYRATHC.js";
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
