import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob,
  compileJobResult
} from "./chunk-4LFFVLE7.js";
import {
  compileFile
} from "./chunk-7A475BWC.js";
import "./chunk-OZGDS7CX.js";
import "./chunk-3SGCQQWU.js";
import "./chunk-U5ZJ4MBR.js";
import "./chunk-RMWQDC6D.js";
import "./chunk-WR2F3VBV.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-NGHB4DDL.js";
import "./chunk-SJR6QM7P.js";
export {
  compileFile,
  compileJob,
  compileJobResult
};
