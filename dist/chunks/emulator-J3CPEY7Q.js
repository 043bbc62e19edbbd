import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  DEFAULT_EMULATOR_CREDENTIALS,
  entryKey,
  openRequest,
  readCall,
  startEmulator
} from "./chunk-HCPUOFJM.js";
import "./chunk-6NAZQBXE.js";
import "./chunk-NGHB4DDL.js";
import "./chunk-APRBEBD6.js";
import "./chunk-RUPTJ3UC.js";
import "./chunk-OTLM6Z6S.js";
import "./chunk-XLPIXEGG.js";
import "./chunk-SJR6QM7P.js";
export {
  DEFAULT_EMULATOR_CREDENTIALS,
  entryKey,
  openRequest,
  readCall,
  startEmulator
};
