import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  INIT_PATHS,
  ignoresCache,
  planInit
} from "./chunk-EDQJLMBT.js";
import "./chunk-F7LXRSEH.js";
import "./chunk-VYMFXBL5.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-M7VVQ37B.js";
import "./chunk-SJR6QM7P.js";
export {
  INIT_PATHS,
  ignoresCache,
  planInit
};
