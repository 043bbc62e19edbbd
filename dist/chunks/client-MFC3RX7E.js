import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  TOKEN_TTL_MS,
  createV2Client
} from "./chunk-VSFXJ5QQ.js";
import "./chunk-OPDGSFQ5.js";
import "./chunk-GIOJLHXY.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-APRBEBD6.js";
import "./chunk-TLHQZ4SU.js";
import "./chunk-FXZK7BOM.js";
import "./chunk-RDHEXBIT.js";
import "./chunk-SJR6QM7P.js";
export {
  TOKEN_TTL_MS,
  createV2Client
};
