import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileFile
} from "./chunk-7ZHDZT72.js";
import {
  NO_BYTES,
  bytesHash
} from "./chunk-MMJLOUP7.js";
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
function compileInTurn(jobs, onCompiled) {
  const batch = [];
  const reads = [];
  for (let from = 0; from < jobs.count; from += READ_AHEAD) {
    const to = Math.min(jobs.count, from + READ_AHEAD);
    batch.length = 0;
    reads.length = 0;
    for (let k = from; k < to; k++) {
      const job = jobs.at(k);
      batch.push(job);
      reads.push(readJob(job));
    }
    for (let k = from; k < to; k++) {
      onCompiled(k, compileRead(batch[k - from], reads[k - from]));
    }
  }
}

export {
  compileJobResult,
  readJob,
  compileRead,
  READ_AHEAD,
  compileInTurn
};
