import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  INIT_PATHS,
  ignoresCache,
  planInit
} from "./chunk-YFRFDEJV.js";
import "./chunk-U3FJDB7I.js";
import "./chunk-VYMFXBL5.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-U4KXGS5A.js";
import "./chunk-SJR6QM7P.js";
export {
  INIT_PATHS,
  ignoresCache,
  planInit
};
