import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  TOKEN_TTL_MS,
  createV2Client
} from "./chunk-SMOZ4BXS.js";
import "./chunk-SA5NDJYB.js";
import "./chunk-YZVCKXJS.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-APRBEBD6.js";
import "./chunk-RUPTJ3UC.js";
import "./chunk-OTLM6Z6S.js";
import "./chunk-XLPIXEGG.js";
import "./chunk-SJR6QM7P.js";
export {
  TOKEN_TTL_MS,
  createV2Client
};
