import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileFile
} from "./chunk-MW2SEZE6.js";
import {
  NO_BYTES,
  bytesHash,
  compiledLine
} from "./chunk-MMJLOUP7.js";
import {
  readEntryFile,
  readRegularEntryFile
} from "./chunk-BBWA665H.js";

// src/content/compile-job.ts
function compileJobResult(job) {
  const read = job.regular ? readRegularEntryFile(job.absolute, job.path, job.stamp) : readEntryFile(job.absolute, job.path);
  if ("problem" in read) {
    const keys = { questions: [], draft: false, asks: [] };
    const result2 = { source: job.source, path: job.path, diagnostics: [read.problem], keys };
    return { result: result2, bytes: NO_BYTES, size: 0 };
  }
  const result = compileFile({ source: job.source, path: job.path, bytes: read.bytes });
  return { result, bytes: bytesHash(read.bytes), size: read.bytes.length, stamp: read.stamp };
}
function compileJob(job) {
  const { result, bytes, stamp } = compileJobResult(job);
  return { line: compiledLine(result, bytes), stamp };
}

export {
  compileJobResult,
  compileJob
};
