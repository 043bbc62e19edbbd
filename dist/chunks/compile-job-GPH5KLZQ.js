import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob,
  compileJobResult
} from "./chunk-IWS6GLYA.js";
import {
  compileFile
} from "./chunk-IAXVUHV3.js";
import "./chunk-5TEAITZ3.js";
import "./chunk-G66U2JQF.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-ZHXO75XS.js";
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
