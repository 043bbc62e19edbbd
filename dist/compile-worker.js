import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJob
} from "./chunks/chunk-NAALL5NT.js";
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
