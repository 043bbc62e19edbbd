/**
 * A compile worker thread (bundled as dist/compile-worker.js): receives batches of files,
 * reads and compiles each in turn (one file at a time: see READ_AHEAD in compile-job.ts), and
 * posts back each result as its cache line, keyed by the hash of the bytes it read — the bytes
 * actually compiled, should the file change while faqops runs.
 */
import { parentPort } from "node:worker_threads";
import { compiledLine } from "./cache.js";
import { compileJobResult } from "./compile-job.js";
import type { CompileBatch, CompileReply } from "./parallel.js";

const port = parentPort;
if (!port) throw new Error("compile-worker.js runs as a worker thread only");
port.on("message", (batch: CompileBatch) => {
  let reply: CompileReply;
  try {
    const lines: string[] = [];
    // Four numbers a file (its ReadStamp), NaN for a file without one: one typed array
    // posted rather than an array for each file.
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
