import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob,
  compileJobResult
} from "./chunk-HPI2LEIC.js";
import {
  compileFile
} from "./chunk-ZEJYAWPA.js";
import "./chunk-QVPJOK55.js";
import "./chunk-5OO3SFIE.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-5RPD32Q5.js";
import "./chunk-M7VVQ37B.js";
import "./chunk-WR2F3VBV.js";
import "./chunk-EKTGDBDT.js";
import "./chunk-NGHB4DDL.js";
import "./chunk-SJR6QM7P.js";
export {
  compileFile,
  compileJob,
  compileJobResult
};
