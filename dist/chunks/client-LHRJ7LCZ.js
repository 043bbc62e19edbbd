import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  TOKEN_TTL_MS,
  createV2Client
} from "./chunk-YKDJEO6B.js";
import "./chunk-O6LO46MW.js";
import "./chunk-CL22GLTZ.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-APRBEBD6.js";
import "./chunk-ZZTKM354.js";
import "./chunk-27UWOCXG.js";
import "./chunk-GDYRATHC.js";
import "./chunk-SJR6QM7P.js";
export {
  TOKEN_TTL_MS,
  createV2Client
};
