import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compileFile
} from "./chunk-7A475BWC.js";
import {
  NO_BYTES,
  bytesHash,
  compiledLine
} from "./chunk-3SGCQQWU.js";
import {
  readEntryFile,
  readRegularEntryFile
} from "./chunk-U5ZJ4MBR.js";

// src/content/compile-job.ts
function compileJobResult(job) {
  const read = job.regular ? readRegularEntryFile(job.absolute, job.path) : readEntryFile(job.absolute, job.path);
  if ("problem" in read) {
    const keys = { questions: [], draft: false, asks: [] };
    const result2 = { source: job.source, path: job.path, diagnostics: [read.problem], keys };
    return { result: result2, bytes: NO_BYTES, line: compiledLine(result2, NO_BYTES) };
  }
  const result = compileFile({ source: job.source, path: job.path, bytes: read.bytes });
  const bytes = bytesHash(read.bytes);
  return { result, bytes, line: compiledLine(result, bytes) };
}
function compileJob(job) {
  return compileJobResult(job).line;
}

export {
  compileJobResult,
  compileJob
};
