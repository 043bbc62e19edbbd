import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileFile
} from "./chunk-K5SWZJLJ.js";
import {
  NO_BYTES,
  bytesHash,
  compiledLine
} from "./chunk-QQLLJB6Q.js";
import {
  readEntryFile,
  readRegularEntryFile
} from "./chunk-B5OTD2R3.js";

// src/content/compile-job.ts
function compileJobResult(job) {
  const read = job.regular ? readRegularEntryFile(job.absolute, job.path) : readEntryFile(job.absolute, job.path);
  if ("problem" in read) {
    const keys = { questions: [], draft: false, asks: [] };
    const result2 = { source: job.source, path: job.path, diagnostics: [read.problem], keys };
    return { result: result2, bytes: NO_BYTES };
  }
  const result = compileFile({ source: job.source, path: job.path, bytes: read.bytes });
  return { result, bytes: bytesHash(read.bytes) };
}
function compileJob(job) {
  const { result, bytes } = compileJobResult(job);
  return compiledLine(result, bytes);
}

export {
  compileJobResult,
  compileJob
};
