import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  INIT_PATHS,
  ignoresCache,
  planInit
} from "./chunk-N7LEPR6F.js";
import "./chunk-TXHY3SJN.js";
import "./chunk-PLXWRN7C.js";
import "./chunk-OZGDS7CX.js";
import "./chunk-RMWQDC6D.js";
import "./chunk-SJR6QM7P.js";
export {
  INIT_PATHS,
  ignoresCache,
  planInit
};
