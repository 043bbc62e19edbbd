import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob,
  compileJobResult
} from "./chunk-YHDL5TL4.js";
import {
  compileFile
} from "./chunk-K5SWZJLJ.js";
import "./chunk-QQLLJB6Q.js";
import "./chunk-B5OTD2R3.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-U3NQPUHG.js";
import "./chunk-VJEXMYJC.js";
import "./chunk-JL7QSSX5.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-NGHB4DDL.js";
import "./chunk-SJR6QM7P.js";
export {
  compileFile,
  compileJob,
  compileJobResult
};
