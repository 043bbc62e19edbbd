import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob,
  compileJobResult
} from "./chunk-LE7IU724.js";
import {
  compileFile
} from "./chunk-MW2SEZE6.js";
import "./chunk-MMJLOUP7.js";
import "./chunk-BBWA665H.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-ZHXO75XS.js";
import "./chunk-U4KXGS5A.js";
import "./chunk-JL7QSSX5.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-NGHB4DDL.js";
import "./chunk-SJR6QM7P.js";
export {
  compileFile,
  compileJob,
  compileJobResult
};
