import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  TOKEN_TTL_MS,
  createV2Client
} from "./chunk-ZBRKENU7.js";
import "./chunk-3HJ7SMYK.js";
import "./chunk-VSXG54KW.js";
import "./chunk-GSDUINIL.js";
import "./chunk-UXF3VMGE.js";
import "./chunk-APRBEBD6.js";
import "./chunk-ZV64R6GO.js";
import "./chunk-PKRPB7JT.js";
import "./chunk-ZJPHJTQF.js";
import "./chunk-T6FUUJG6.js";
import "./chunk-SJR6QM7P.js";
export {
  TOKEN_TTL_MS,
  createV2Client
};
