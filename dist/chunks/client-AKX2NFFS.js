import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  createClient,
  readEnvelope
} from "./chunk-HXXIL6AL.js";
import "./chunk-6XUUHMU4.js";
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  SAME_FAILURE_LIMIT,
  UNAVAILABLE_CALLS_LIMIT,
  classifyRequestError,
  parseRetryAfter
} from "./chunk-VSXG54KW.js";
import "./chunk-GSDUINIL.js";
import "./chunk-UXF3VMGE.js";
import "./chunk-ZV64R6GO.js";
import "./chunk-PKRPB7JT.js";
import "./chunk-ZJPHJTQF.js";
import "./chunk-T6FUUJG6.js";
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
