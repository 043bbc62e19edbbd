import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob
} from "./chunks/chunk-YHDL5TL4.js";
import "./chunks/chunk-K5SWZJLJ.js";
import "./chunks/chunk-QQLLJB6Q.js";
import "./chunks/chunk-B5OTD2R3.js";
import "./chunks/chunk-YY5BEC45.js";
import "./chunks/chunk-GV2JCIIM.js";
import "./chunks/chunk-U3NQPUHG.js";
import "./chunks/chunk-VJEXMYJC.js";
import "./chunks/chunk-JL7QSSX5.js";
import "./chunks/chunk-EKTGDBDT.js";
import "./chunks/chunk-NGHB4DDL.js";
import "./chunks/chunk-SJR6QM7P.js";

// src/content/compile-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("compile-worker.js runs as a worker thread only");
port.on("message", (batch) => {
  let reply;
  try {
    reply = {
      id: batch.id,
      lines: batch.files.map(compileJob)
    };
  } catch (error) {
    reply = { id: batch.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
