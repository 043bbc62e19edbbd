import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  isSymbolicLink
} from "./chunk-BBWA665H.js";
import {
  DEFAULT_THRESHOLD,
  thresholdText
} from "./chunk-YY5BEC45.js";
import {
  CACHE_DIR
} from "./chunk-U4KXGS5A.js";
import {
  VERSION
} from "./chunk-UXF3VMGE.js";
import {
  temporaryPathBeside
} from "./chunk-NGHB4DDL.js";

// src/content/cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import path from "node:path";

// src/sha256.ts
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
function sha256Hex(data) {
  return oneShot ? oneShot("sha256", data, "hex") : crypto.createHash("sha256").update(data).digest("hex");
}

// src/content/compiler-version.ts
var COMPILER_VERSION = 5;

// src/content/parse/fast-paths.ts
var FAST_PATHS_VARIABLE = "FAQOPS_FAST_PATHS";
function fastPathsOn(value) {
  const text = value?.trim().toLowerCase() ?? "";
  return text === "" || ["1", "true", "yes", "on"].includes(text);
}
var FAST_PATHS = fastPathsOn(process.env[FAST_PATHS_VARIABLE]);

// src/content/seal.ts
import { writeSync } from "node:fs";
function sealLine(hex) {
  return `{"sha256":"${hex}"}
`;
}
var SEAL_LENGTH = sealLine("0".repeat(64)).length;
function unsealed(bytes) {
  const end = bytes.length - SEAL_LENGTH;
  if (end < 0) return void 0;
  const body = bytes.subarray(0, end);
  return bytes.toString("latin1", end) === sealLine(sha256Hex(body)) ? body : void 0;
}
function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

// src/content/cache.ts
var CACHE_FILE = "compile.ndjson";
var INDEX_FILE = "compile-index.ndjson";
var FORMAT = {
  faqops: "compile-cache",
  format: 4,
  compiler: COMPILER_VERSION,
  version: VERSION,
  parsers: FAST_PATHS ? "fast" : "reference"
};
var CHUNK = 1 << 20;
var NEWLINE = 10;
var OFFSET_WIDTH = 13;
var OFFSETS_LENGTH = 1 + 3 * (OFFSET_WIDTH + 1);
function bytesHash(bytes) {
  return sha256Hex(bytes);
}
function keysHash(keysJson) {
  return sha256Hex(keysJson).slice(0, 32);
}
function cacheFiles(cwd) {
  const dir = path.join(cwd, CACHE_DIR);
  return { dir, index: path.join(dir, INDEX_FILE), records: path.join(dir, CACHE_FILE) };
}
function linkedCachePath(cwd, others = []) {
  const { dir, index, records } = cacheFiles(cwd);
  return [dir, records, index, ...others.map((name) => path.join(dir, name))].find(isSymbolicLink);
}
var NO_BYTES = "";
function compiledLine(result, hash2) {
  const { head, keys, answer } = compiledParts(result, hash2);
  return `${head}	${keys}	${answer}`;
}
function compiledParts(result, hash2) {
  const { source, diagnostics, keys, entry } = result;
  const keysJson = JSON.stringify(keys);
  const stored = entry ? [
    entry.skill,
    entry.title,
    entry.questions,
    entry.id ?? null,
    entry.draft,
    entry.threshold ?? null,
    entry.hash
  ] : 0;
  const hashOfKeys = keysHash(keysJson);
  const skill = keys.skill?.text ?? null;
  const targets = keys.targets?.map((t) => t.text) ?? null;
  const head = JSON.stringify([
    source,
    hash2,
    result.path,
    hashOfKeys,
    diagnostics.length > 0 ? diagnostics : 0,
    stored,
    skill === null && targets === null ? 0 : [skill, targets]
  ]);
  const answer = entry ? messagesJson(entry) : "";
  return { head, keys: keysJson, answer, keysHash: hashOfKeys };
}
var MULTIMSG = '{"multimsg":';
function messagesJson(answer) {
  const { messages, content } = answer;
  if (messages.length === 1 && typeof messages[0] !== "string") return `[${content}]`;
  if (messages.length > 1 && content.startsWith(MULTIMSG))
    return content.slice(MULTIMSG.length, -1);
  return JSON.stringify(messages);
}
function splitLine(line) {
  const first = line.indexOf("	");
  const second = line.indexOf("	", first + 1);
  return {
    head: line.slice(0, first),
    keys: line.slice(first + 1, second),
    answer: line.slice(second + 1)
  };
}
var SharedStrings = class {
  #strings = /* @__PURE__ */ new Map();
  #selectors = /* @__PURE__ */ new Map();
  /** `text`, or the equal string already held. */
  intern(text) {
    const known = this.#strings.get(text);
    if (known !== void 0) return known;
    this.#strings.set(text, text);
    return text;
  }
  /** The selector of a file with skill `skill` and no `targets`. */
  skillSelector(skill) {
    const known = this.#selectors.get(skill);
    if (known !== void 0) return known;
    const selector = Object.freeze({ skill: this.intern(skill), targets: void 0 });
    this.#selectors.set(skill, selector);
    return selector;
  }
};
function parseHead(head, strings, at = 0, known) {
  if (head.length !== at + 7) return void 0;
  const source = known !== void 0 && head[at] === known ? known : head[at];
  const hash2 = head[at + 1];
  const file = head[at + 2];
  const keys = head[at + 3];
  const diagnostics = head[at + 4];
  const stored = head[at + 5];
  const selected = head[at + 6];
  const selector = selected === 0 ? NO_SELECTOR : selectorOf(selected, strings);
  if (typeof source !== "string" || typeof hash2 !== "string" || typeof file !== "string" || typeof keys !== "string" || diagnostics !== 0 && !Array.isArray(diagnostics) || !selector) {
    return void 0;
  }
  const entry = stored === 0 ? void 0 : storedEntry(source, file, stored, strings);
  if (stored !== 0 && !entry) return void 0;
  return {
    source,
    hash: hash2,
    path: file,
    keysHash: keys,
    diagnostics: diagnostics === 0 ? NO_DIAGNOSTICS : diagnostics,
    entry,
    selector
  };
}
var NO_DIAGNOSTICS = Object.freeze([]);
var NO_SELECTOR = Object.freeze({ skill: void 0, targets: void 0 });
function selectorOf(value, strings) {
  if (!Array.isArray(value) || value.length !== 2) return void 0;
  const [skill, targets] = value;
  if (skill !== null && typeof skill !== "string") return void 0;
  if (targets !== null && !(Array.isArray(targets) && targets.every((t) => typeof t === "string")))
    return void 0;
  return selectorFor(skill, targets, strings);
}
function selectorFor(skill, targets, strings) {
  if (skill === null && targets === null) return NO_SELECTOR;
  if (targets === null && skill !== null) return strings.skillSelector(skill);
  return {
    skill: skill === null ? void 0 : strings.intern(skill),
    targets: targets ?? void 0
  };
}
function storedEntry(source, file, stored, strings) {
  if (!Array.isArray(stored) || stored.length !== 7) return void 0;
  const [skill, title, questions, id, draft, threshold, hash2] = stored;
  if (typeof skill !== "string" || typeof title !== "string" || !Array.isArray(questions) || !questions.every((q) => typeof q === "string") || id !== null && typeof id !== "string" || typeof draft !== "boolean" || threshold !== null && typeof threshold !== "number" || typeof hash2 !== "string") {
    return void 0;
  }
  return plainEntry(source, file, strings.intern(skill), {
    title,
    questions,
    id,
    draft,
    threshold,
    hash: hash2
  });
}
function plainEntry(source, path2, skill, entry) {
  const { title, questions, id, draft, hash: hash2 } = entry;
  const threshold = entry.threshold ?? void 0;
  return id === null || id === void 0 ? { source, path: path2, skill, title, questions, draft, threshold, hash: hash2 } : { source, path: path2, skill, title, questions, id, draft, threshold, hash: hash2 };
}
function compiledRecord(result, bytes, keysHash2, strings) {
  const { source, path: path2, keys, entry } = result;
  const skill = keys.skill?.text ?? null;
  const targets = keys.targets?.map((t) => t.text) ?? null;
  return {
    source,
    hash: bytes,
    path: path2,
    keysHash: keysHash2,
    diagnostics: result.diagnostics.length === 0 ? NO_DIAGNOSTICS : result.diagnostics,
    entry: entry && plainEntry(source, path2, strings.intern(entry.skill), entry),
    selector: selectorFor(skill, targets, strings)
  };
}
function shareKeyStrings(record, keys) {
  const entry = record.entry;
  if (!entry) return;
  if (keys.title?.text === entry.title) entry.title = keys.title.text;
  entry.questions.forEach((q, i) => {
    const ref = keys.questions[i];
    if (ref?.text === q) entry.questions[i] = ref.text;
  });
}
function parseKeys(json, strings) {
  try {
    const keys = JSON.parse(json);
    if (typeof keys !== "object" || keys === null || !Array.isArray(keys.questions) || !Array.isArray(keys.asks)) {
      return void 0;
    }
    if (keys.skill) keys.skill.text = strings.intern(keys.skill.text);
    return keys;
  } catch {
    return void 0;
  }
}
function readAnswer(file, span) {
  const text = file.read(span.answerStart, span.answerEnd);
  if (text === void 0) return void 0;
  try {
    const messages = JSON.parse(text);
    return Array.isArray(messages) ? messages : void 0;
  } catch {
    return void 0;
  }
}
function readKeys(file, spans, hashes, strings, take) {
  const fd = file.fd;
  if (fd === void 0) return;
  try {
    const order = spans.map((_, i) => i).filter((i) => spans[i] !== void 0).sort((a, b) => spans[a].keysStart - spans[b].keysStart);
    let buffer = Buffer.alloc(0);
    let base = 0;
    for (const i of order) {
      const { keysStart, answerStart } = spans[i];
      const end = answerStart - 1;
      if (keysStart < base || end > base + buffer.length) {
        base = keysStart;
        buffer = Buffer.allocUnsafe(Math.max(CHUNK, end - keysStart));
        buffer = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, keysStart));
      }
      if (end > base + buffer.length) continue;
      const json = buffer.toString("utf8", keysStart - base, end - base);
      if (keysHash(json) !== hashes[i]) continue;
      const keys = parseKeys(json, strings);
      if (keys) take(i, keys);
    }
  } catch {
  }
}
var OpenCacheFile = class _OpenCacheFile {
  constructor(path2, fd, id) {
    this.path = path2;
    this.id = id;
    this.#fd = fd;
    _OpenCacheFile.#closer.register(this, fd, this);
  }
  path;
  id;
  static #closer = new FinalizationRegistry((fd) => {
    try {
      closeSync(fd);
    } catch {
    }
  });
  #fd;
  /** `file` opened for reading, if it is the records file of id `id` (its header's). */
  static open(file, id) {
    let fd;
    try {
      fd = openSync(file, "r");
    } catch {
      return void 0;
    }
    return _OpenCacheFile.adopt(file, fd, id);
  }
  /** An open descriptor of `file`, held; undefined (and closed) unless its header says `id`. */
  static adopt(file, fd, id) {
    const found = headerId(firstLine(fd) ?? "");
    if (found === void 0 || id !== void 0 && found !== id) {
      try {
        closeSync(fd);
      } catch {
      }
      return void 0;
    }
    return new _OpenCacheFile(file, fd, found);
  }
  /** Its size in bytes, or undefined. */
  get size() {
    if (this.#fd === void 0) return void 0;
    try {
      return fstatSync(this.#fd).size;
    } catch {
      return void 0;
    }
  }
  /** The descriptor, for reads of many ranges (readKeys, CacheWriter.copy). */
  get fd() {
    return this.#fd;
  }
  /** The text of bytes [start, end), or undefined when they cannot be read. */
  read(start, end) {
    if (this.#fd === void 0) return void 0;
    const bytes = readBytes(this.#fd, start, end);
    return bytes?.toString("utf8");
  }
  /**
   * Removes the file at its path if that is still this file: one found damaged is not left for
   * the next run, and another run's newer one is not removed. True when it is no longer there.
   */
  removeIfStillThere() {
    if (this.#fd === void 0) return false;
    try {
      const held = fstatSync(this.#fd);
      const there = statSync(this.path);
      if (held.ino !== there.ino || held.dev !== there.dev) return true;
      rmSync(this.path, { force: true });
      return true;
    } catch (error) {
      return error.code === "ENOENT";
    }
  }
  close() {
    if (this.#fd === void 0) return;
    _OpenCacheFile.#closer.unregister(this);
    try {
      closeSync(this.#fd);
    } catch {
    }
    this.#fd = void 0;
  }
};
function firstLine(fd) {
  const bytes = Buffer.allocUnsafe(1024);
  try {
    const text = bytes.toString("utf8", 0, readSync(fd, bytes, 0, bytes.length, 0));
    const end = text.indexOf("\n");
    return end === -1 ? void 0 : text.slice(0, end);
  } catch {
    return void 0;
  }
}
function header(id) {
  return JSON.stringify({ ...FORMAT, records: id });
}
function headerId(line) {
  try {
    const value = JSON.parse(line);
    if (typeof value !== "object" || value === null || typeof value.records !== "string" || Object.entries(FORMAT).some(([k, v]) => value[k] !== v)) {
      return void 0;
    }
    return value.records;
  } catch {
    return void 0;
  }
}
function readCompileCache(files) {
  const none = { records: /* @__PURE__ */ new Map(), file: void 0, index: void 0 };
  const file = OpenCacheFile.open(files.records);
  const recordsId = file?.id;
  const recordsSize = file?.size;
  const index = recordsId === void 0 ? void 0 : OpenCacheFile.open(files.index, recordsId);
  const records = index?.fd === void 0 || recordsSize === void 0 ? void 0 : readIndex(index.fd, index.id, recordsSize);
  if (!records) {
    file?.close();
    index?.close();
    return none;
  }
  return { records, file, index };
}
function readIndex(fd, recordsId, recordsSize) {
  const records = /* @__PURE__ */ new Map();
  const strings = new SharedStrings();
  const digest = createHash2("sha256");
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let rest = Buffer.alloc(0);
    let base = 0;
    let first = true;
    const hashed = fstatSync(fd).size - SEAL_LENGTH;
    if (hashed <= 0) return void 0;
    let position = 0;
    for (; ; ) {
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (position < hashed) digest.update(chunk.subarray(0, Math.min(read, hashed - position)));
      position += read;
      const bytes = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, read)]) : chunk;
      const length = rest.length > 0 ? bytes.length : read;
      let start = 0;
      let end2 = bytes.indexOf(NEWLINE, start);
      const last = length === 0 ? -1 : bytes.lastIndexOf(NEWLINE, length - 1);
      const lines = last === -1 ? "" : bytes.toString("utf8", 0, last);
      let from = 0;
      while (end2 !== -1 && end2 < length) {
        const to = lines.indexOf("\n", from);
        const text = lines.slice(from, to === -1 ? lines.length : to);
        from = to + 1;
        if (first) {
          if (headerId(text) !== recordsId) return void 0;
          first = false;
        } else if (base + start < hashed) {
          const cached = indexLine(text, strings, base + start, base + end2);
          if (cached && cached.answerEnd < recordsSize) records.set(cached.record.source, cached);
        }
        start = end2 + 1;
        end2 = bytes.indexOf(NEWLINE, start);
      }
      rest = Buffer.from(bytes.subarray(start, length));
      base += start;
      if (read === 0) break;
    }
    const end = readBytes(fd, hashed, hashed + SEAL_LENGTH);
    if (position !== hashed + SEAL_LENGTH || end?.toString("latin1") !== sealLine(digest.digest("hex")))
      return void 0;
  } catch {
    return void 0;
  }
  return records;
}
function indexLine(text, strings, start, end) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!Array.isArray(value) || value.length !== 10) return void 0;
  const [keysStart, answerStart, answerEnd] = value;
  if (!Number.isSafeInteger(keysStart) || !Number.isSafeInteger(answerStart) || !Number.isSafeInteger(answerEnd) || keysStart >= answerStart || answerStart > answerEnd) {
    return void 0;
  }
  const record = parseHead(value, strings, 3);
  if (!record) return void 0;
  return {
    record,
    keysStart,
    answerStart,
    answerEnd,
    lineStart: start,
    lineEnd: end
  };
}
function offsets(span) {
  const pad = (n) => String(n).padStart(OFFSET_WIDTH, " ");
  return `[${pad(span.keysStart)},${pad(span.answerStart)},${pad(span.answerEnd)},`;
}
var CacheWriter = class _CacheWriter {
  constructor(files, records, index) {
    this.files = files;
    this.records = records;
    this.index = index;
    records.add(`${header(this.id)}
`);
    index.add(`${header(this.id)}
`);
  }
  files;
  /** The id both headers carry, pairing the two files. */
  id = randomBytes(8).toString("hex");
  records;
  index;
  /** A writer for the cache files, or undefined when their folder cannot be written. */
  static open(files) {
    try {
      mkdirSync(files.dir, { recursive: true });
    } catch {
      return void 0;
    }
    removeLeftovers(files.dir);
    const records = Output.open(files.records, { readable: true });
    const index = records && Output.open(files.index, { digest: true });
    if (!records || !index) {
      records?.fail();
      return void 0;
    }
    return new _CacheWriter(files, records, index);
  }
  /**
   * Appends a compiled file (its compiledLine parts); where its keys and answer went, unless
   * writing failed.
   */
  append(parts) {
    const keysStart = this.records.position;
    if (!this.records.addLine(parts.keys)) return void 0;
    const answerStart = this.records.position;
    if (!this.records.addLine(parts.answer)) return void 0;
    const span = { keysStart, answerStart, answerEnd: this.records.position - 1 };
    if (!this.index.add(offsets(span)) || !this.index.addLine(parts.head.slice(1))) {
      this.records.fail();
      return void 0;
    }
    return span;
  }
  /**
   * Copies files' records and index lines from the old cache (as readCompileCache read it)
   * into this one, and returns each one's new span in the order given. Adjacent records are
   * copied as one run.
   */
  copy(cached, from) {
    const moved = new Array(cached.length);
    if (cached.length === 0 || this.records.failed) return moved;
    const records = from.file?.fd;
    const index = from.index?.fd;
    if (records === void 0 || index === void 0) {
      this.fail();
      return moved;
    }
    {
      const order = cached.map((_, i2) => i2).sort((a, b) => cached[a].keysStart - cached[b].keysStart);
      let i = 0;
      while (i < order.length && !this.records.failed) {
        const first = cached[order[i]];
        let last = first;
        let j = i + 1;
        while (j < order.length && cached[order[j]].keysStart === last.answerEnd + 1 && cached[order[j]].lineStart === last.lineEnd + 1) {
          last = cached[order[j]];
          j++;
        }
        const shift = this.records.position - first.keysStart;
        if (!this.records.copyRange(records, first.keysStart, last.answerEnd + 1)) break;
        const lines = readBytes(index, first.lineStart, last.lineEnd + 1);
        if (!lines) {
          this.fail();
          break;
        }
        for (let k = i; k < j; k++) {
          const old = cached[order[k]];
          const now = {
            keysStart: old.keysStart + shift,
            answerStart: old.answerStart + shift,
            answerEnd: old.answerEnd + shift
          };
          const from2 = old.lineStart - first.lineStart;
          const to = old.lineEnd - first.lineStart;
          this.index.add(offsets(now));
          this.index.add(lines.subarray(from2 + OFFSETS_LENGTH, to + 1));
          moved[order[k]] = now;
        }
        i = j;
      }
    }
    return this.records.failed || this.index.failed ? new Array(cached.length) : moved;
  }
  /**
   * Writes everything out and puts the new files in place; the new records file, held open for
   * the run's reads (OpenCacheFile), or undefined when that failed. Not
   * fsynced: a cache cut short by a crash loses lines that no longer parse, and an answer
   * read back is checked against its entry hash before it is used (answer-reader.ts).
   */
  commit() {
    const records = this.records.finishOpen();
    const failed = () => {
      if (records !== void 0) closeSync(records);
      this.fail();
      return void 0;
    };
    if (records === void 0 || !this.index.sealWithDigest() || !this.index.finish()) {
      return failed();
    }
    try {
      renameSync(this.records.tmp, this.files.records);
      renameSync(this.index.tmp, this.files.index);
    } catch {
      return failed();
    }
    try {
      writeFileSync(path.join(this.files.dir, ".gitignore"), "*\n", { flag: "wx" });
    } catch {
    }
    return OpenCacheFile.adopt(this.files.records, records, this.id);
  }
  fail() {
    this.records.fail();
    this.index.fail();
  }
};
function removeLeftovers(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = /^\.(?:compile\.ndjson|compile-index\.ndjson|stamps\.json|across\.json)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(
      name
    );
    if (!match || isRunning(Number(match[1]))) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
    } catch {
    }
  }
}
function isRunning(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function readBytes(fd, from, to) {
  const bytes = Buffer.allocUnsafe(to - from);
  let read = 0;
  while (read < bytes.length) {
    const n = readSync(fd, bytes, read, bytes.length - read, from + read);
    if (n === 0) return void 0;
    read += n;
  }
  return bytes;
}
var Output = class _Output {
  constructor(tmp, fd) {
    this.tmp = tmp;
    this.fd = fd;
  }
  tmp;
  fd;
  /** Bytes added so far. */
  position = 0;
  /** What is not written yet: `chunk[0, used)`. */
  chunk = Buffer.allocUnsafe(CHUNK);
  used = 0;
  /** The running SHA-256 of what was written, for a file sealed with it (the index). */
  digest;
  static open(file, options = {}) {
    const tmp = temporaryPathBeside(file);
    try {
      const output = new _Output(tmp, openSync(tmp, options.readable ? "w+" : "w", 420));
      if (options.digest) output.digest = createHash2("sha256");
      return output;
    } catch {
      return void 0;
    }
  }
  /** Writes the seal: the SHA-256 of every byte written so far (seal.ts). */
  sealWithDigest() {
    if (!this.digest || !this.flush()) return false;
    const hex = this.digest.digest("hex");
    this.digest = void 0;
    return this.add(sealLine(hex));
  }
  get failed() {
    return this.fd === void 0;
  }
  add(bytes) {
    if (this.fd === void 0) return false;
    if (typeof bytes !== "string") return this.addBytes(bytes);
    if (bytes.length * 3 > CHUNK - this.used) {
      if (!this.flush()) return false;
      if (bytes.length * 3 > CHUNK) return this.addBytes(Buffer.from(bytes));
    }
    const written = this.chunk.write(bytes, this.used, "utf8");
    this.used += written;
    this.position += written;
    return true;
  }
  /**
   * `text` and a line break: written one after the other, not joined first (a copy of every
   * compiled file's answer, ~60 MB at 10k files).
   */
  addLine(text) {
    if (!this.add(text)) return false;
    if (this.used === CHUNK && !this.flush()) return false;
    this.chunk[this.used++] = NEWLINE;
    this.position++;
    return true;
  }
  addBytes(bytes) {
    if (bytes.length >= CHUNK / 2) {
      if (!this.flush() || !this.write(bytes)) return false;
    } else {
      if (bytes.length > CHUNK - this.used && !this.flush()) return false;
      bytes.copy(this.chunk, this.used);
      this.used += bytes.length;
    }
    this.position += bytes.length;
    return true;
  }
  copyRange(source, from, to) {
    for (let at = from; at < to; ) {
      const bytes = Buffer.allocUnsafe(Math.min(CHUNK, to - at));
      const read = readSync(source, bytes, 0, bytes.length, at);
      if (read === 0) {
        this.fail();
        return false;
      }
      if (!this.add(bytes.subarray(0, read))) return false;
      at += read;
    }
    return true;
  }
  /** Flushes and closes; false when that failed. */
  finish() {
    if (this.fd === void 0 || !this.flush()) return false;
    try {
      closeSync(this.fd);
      this.fd = void 0;
      return true;
    } catch {
      this.fail();
      return false;
    }
  }
  /** Flushes and hands over the descriptor, still open (opened `readable`); undefined on failure. */
  finishOpen() {
    if (this.fd === void 0 || !this.flush()) return void 0;
    const fd = this.fd;
    this.fd = void 0;
    return fd;
  }
  fail() {
    if (this.fd !== void 0) {
      try {
        closeSync(this.fd);
      } catch {
      }
      this.fd = void 0;
    }
    try {
      rmSync(this.tmp, { force: true });
    } catch {
    }
  }
  flush() {
    if (this.used === 0) return this.fd !== void 0;
    const ok = this.write(this.chunk.subarray(0, this.used));
    this.used = 0;
    return ok;
  }
  write(bytes) {
    if (this.fd === void 0) return false;
    try {
      this.digest?.update(bytes);
      writeAll(this.fd, bytes);
      return true;
    } catch {
      this.fail();
      return false;
    }
  }
};

// src/content/entry-hash.ts
var SCHEME = "faqops-entry/1";
function entryHash(entry) {
  const fields = [SCHEME, entry.skill, entry.title, entry.content, entry.questions];
  if (entry.threshold !== void 0 && entry.threshold !== DEFAULT_THRESHOLD) {
    fields.push(thresholdText(entry));
  }
  return sha256Hex(JSON.stringify(fields));
}

// src/content/answer-content.ts
function answerContent(messages) {
  if (messages.length === 1) {
    const only = messages[0];
    return typeof only === "string" ? only : JSON.stringify(only);
  }
  return JSON.stringify({ multimsg: messages });
}
function answerOf(messages) {
  return { messages, content: answerContent(messages) };
}
function answerMatches(entry, answer) {
  const { skill, title, questions, threshold } = entry;
  return entryHash({ skill, title, questions, threshold, content: answer.content }) === entry.hash;
}
function compiledEntry(fields, content = answerContent(fields.messages)) {
  const { source, path: path2, skill, title, questions, id, draft, threshold, messages } = fields;
  const hash2 = entryHash({ skill, title, questions, threshold, content });
  return id === void 0 ? { source, path: path2, skill, title, questions, draft, threshold, hash: hash2, messages, content } : { source, path: path2, skill, title, questions, id, draft, threshold, hash: hash2, messages, content };
}

export {
  COMPILER_VERSION,
  sealLine,
  unsealed,
  writeAll,
  answerContent,
  answerOf,
  answerMatches,
  compiledEntry,
  FAST_PATHS,
  bytesHash,
  cacheFiles,
  linkedCachePath,
  NO_BYTES,
  compiledLine,
  compiledParts,
  splitLine,
  SharedStrings,
  parseHead,
  compiledRecord,
  shareKeyStrings,
  parseKeys,
  readAnswer,
  readKeys,
  readCompileCache,
  CacheWriter
};
