import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  DEFAULT_CONTENT_DIR
} from "./chunk-U4KXGS5A.js";
import {
  booleanValue,
  choiceValue,
  stringValue
} from "./chunk-ZJPHJTQF.js";

// src/options/content.ts
import path from "node:path";
var WORKER_MODES = ["auto", "on", "off"];
var PARALLEL_MIN_FILES = 2e4;
function resolveContentOptions(raw) {
  const root = raw.root ?? raw.cwd;
  const content = stringValue("content", raw.content);
  return Object.freeze({
    cwd: root,
    contentDir: content === void 0 ? path.resolve(root, DEFAULT_CONTENT_DIR) : path.resolve(raw.cwd, content),
    cache: booleanValue("cache", raw.cache, true),
    workers: choiceValue("workers", raw.workers, WORKER_MODES, "auto")
  });
}

export {
  PARALLEL_MIN_FILES,
  resolveContentOptions
};
