import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob,
  compileJobResult
} from "./chunk-QQNDXDL4.js";
import {
  compileFile
} from "./chunk-DET3TYV6.js";
import "./chunk-OEIWY54Q.js";
import "./chunk-CDTIBZ7I.js";
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
