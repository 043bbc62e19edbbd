import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  TOKEN_TTL_MS,
  createV2Client
} from "./chunk-M3O3Y3ZZ.js";
import "./chunk-3HJ7SMYK.js";
import "./chunk-YGQ6LFLF.js";
import "./chunk-B6KUTF22.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-APRBEBD6.js";
import "./chunk-H6YKARHR.js";
import "./chunk-FXZK7BOM.js";
import "./chunk-RDHEXBIT.js";
import "./chunk-SJR6QM7P.js";
export {
  TOKEN_TTL_MS,
  createV2Client
};
