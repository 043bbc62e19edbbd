import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileFile
} from "./chunk-B24EMAKX.js";
import {
  NO_BYTES,
  bytesHash
} from "./chunk-ESS6Y6MW.js";
import {
  readEntryFile,
  readRegularEntryFile
} from "./chunk-BBWA665H.js";

// src/content/compile-job.ts
function compileJobResult(job) {
  return compileRead(job, readJob(job));
}
function readJob(job) {
  return job.regular ? readRegularEntryFile(job.absolute, job.path, job.stamp) : readEntryFile(job.absolute, job.path);
}
function compileRead(job, read) {
  if ("problem" in read) {
    const keys = { questions: [], draft: false, asks: [] };
    const result2 = { source: job.source, path: job.path, diagnostics: [read.problem], keys };
    return { result: result2, bytes: NO_BYTES, size: 0 };
  }
  const result = compileFile({ source: job.source, path: job.path, bytes: read.bytes });
  return { result, bytes: bytesHash(read.bytes), size: read.bytes.length, stamp: read.stamp };
}
var READ_AHEAD = 64;
var READ_AHEAD_BYTES = 1024 * 1024;
function compileInTurn(jobs, onCompiled) {
  const batch = [];
  const reads = [];
  for (let from = 0; from < jobs.count; from += batch.length) {
    batch.length = 0;
    reads.length = 0;
    let bytes = 0;
    while (from + batch.length < jobs.count && batch.length < READ_AHEAD && bytes < READ_AHEAD_BYTES) {
      const job = jobs.at(from + batch.length);
      const read = readJob(job);
      batch.push(job);
      reads.push(read);
      if ("bytes" in read) bytes += read.bytes.length;
    }
    for (let k = 0; k < batch.length; k++) onCompiled(from + k, compileRead(batch[k], reads[k]));
  }
}

export {
  compileJobResult,
  readJob,
  compileRead,
  READ_AHEAD,
  READ_AHEAD_BYTES,
  compileInTurn
};
