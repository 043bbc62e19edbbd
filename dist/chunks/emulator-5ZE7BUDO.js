import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  DEFAULT_EMULATOR_CREDENTIALS,
  entryKey,
  openRequest,
  readCall,
  startEmulator
} from "./chunk-HPZU33HP.js";
import "./chunk-6NAZQBXE.js";
import "./chunk-NGHB4DDL.js";
import "./chunk-APRBEBD6.js";
import "./chunk-H6YKARHR.js";
import "./chunk-FXZK7BOM.js";
import "./chunk-RDHEXBIT.js";
import "./chunk-SJR6QM7P.js";
export {
  DEFAULT_EMULATOR_CREDENTIALS,
  entryKey,
  openRequest,
  readCall,
  startEmulator
};
