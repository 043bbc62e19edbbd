import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileJobResult
} from "./chunks/chunk-6W6HDKRT.js";
import "./chunks/chunk-B24EMAKX.js";
import {
  compiledLine
} from "./chunks/chunk-ESS6Y6MW.js";
import "./chunks/chunk-BBWA665H.js";
import "./chunks/chunk-YY5BEC45.js";
import "./chunks/chunk-GV2JCIIM.js";
import "./chunks/chunk-ZHXO75XS.js";
import "./chunks/chunk-U4KXGS5A.js";
import "./chunks/chunk-6XUUHMU4.js";
import "./chunks/chunk-UXF3VMGE.js";
import "./chunks/chunk-NGHB4DDL.js";
import "./chunks/chunk-SJR6QM7P.js";

// src/content/compile-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("compile-worker.js runs as a worker thread only");
port.on("message", (batch) => {
  let reply;
  try {
    const lines = [];
    const stamps = new Float64Array(4 * batch.files.length).fill(Number.NaN);
    batch.files.forEach((job, k) => {
      const { result, bytes, stamp } = compileJobResult(job);
      lines.push(compiledLine(result, bytes));
      if (stamp) stamps.set(stamp, 4 * k);
    });
    reply = { id: batch.id, lines, stamps };
  } catch (error) {
    reply = { id: batch.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
