import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  READ_AHEAD,
  READ_AHEAD_BYTES,
  compileInTurn,
  compileJobResult,
  compileRead,
  readJob
} from "./chunk-6W6HDKRT.js";
import {
  compileFile
} from "./chunk-B24EMAKX.js";
import "./chunk-ESS6Y6MW.js";
import "./chunk-BBWA665H.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-ZHXO75XS.js";
import "./chunk-U4KXGS5A.js";
import "./chunk-6XUUHMU4.js";
import "./chunk-UXF3VMGE.js";
import "./chunk-NGHB4DDL.js";
import "./chunk-SJR6QM7P.js";
export {
  READ_AHEAD,
  READ_AHEAD_BYTES,
  compileFile,
  compileInTurn,
  compileJobResult,
  compileRead,
  readJob
};
