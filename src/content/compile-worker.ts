/**
 * A compile worker thread (bundled as dist/compile-worker.js): receives batches of files,
 * reads and compiles each, and posts back each result as its cache line, keyed by the hash of
 * the bytes it read — the bytes actually compiled, should the file change while faqops runs.
 */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { bytesHash, compiledLine } from "./cache.js";
import { compileFile } from "./compile.js";
import type { CompileBatch, CompileReply } from "./parallel.js";

const port = parentPort;
if (!port) throw new Error("compile-worker.js runs as a worker thread only");
port.on("message", (batch: CompileBatch) => {
  let reply: CompileReply;
  try {
    reply = {
      id: batch.id,
      lines: batch.files.map((file) => {
        const bytes = readFileSync(file.absolute);
        return compiledLine(compileFile({ ...file, bytes }), bytesHash(bytes));
      }),
    };
  } catch (error) {
    reply = { id: batch.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
