import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  COMPILER_VERSION,
  CacheWriter,
  NO_BYTES,
  SharedStrings,
  answerMatches,
  answerOf,
  bytesHash,
  cacheFiles,
  compiledParts,
  compiledRecord,
  linkedCachePath,
  parseHead,
  parseKeys,
  readAnswer,
  readCompileCache,
  readKeys,
  sealLine,
  shareKeyStrings,
  splitLine,
  unsealed,
  writeAll
} from "./chunk-ESS6Y6MW.js";
import {
  isInside,
  linkTargetName,
  readEntryFile,
  readRegularEntryFile,
  realPathIfAny,
  realPathOr,
  scanContentFolder
} from "./chunk-BBWA665H.js";
import {
  PARALLEL_MIN_FILES
} from "./chunk-2EK2HI3H.js";
import {
  alike,
  askKeyOfAlike,
  closest
} from "./chunk-ZHXO75XS.js";
import {
  compareStrings,
  diagnostic,
  displayPath,
  sortDiagnostics
} from "./chunk-U4KXGS5A.js";
import {
  VERSION
} from "./chunk-UXF3VMGE.js";
import {
  temporaryPathBeside
} from "./chunk-NGHB4DDL.js";
import {
  pluralWord
} from "./chunk-PKRPB7JT.js";
import {
  FaqopsError,
  InternalError,
  UsageError
} from "./chunk-T6FUUJG6.js";

// src/heap.ts
import { setFlagsFromString } from "node:v8";
var HEAP_GROWING_PERCENT = 5;
var SEMI_SPACE_GROWTH_FACTOR = 1;
var DEFAULT_SEMI_SPACE_GROWTH_FACTOR = 2;
var PACED_FROM_FILES = PARALLEL_MIN_FILES;
var paced = false;
var growthFactor = SEMI_SPACE_GROWTH_FACTOR;
function paceGarbageCollection() {
  paced = true;
  setFlags();
}
function keepGarbageCollectionPacing() {
  if (paced) setFlags();
}
function paceWorkerHeaps(youngMb) {
  if (paced) setFlagsFromString(`--min-semi-space-size=${Math.max(1, Math.floor(youngMb / 2))}`);
}
function withYoungGenerationGrowth(compile) {
  if (!paced) return compile();
  setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_SEMI_SPACE_GROWTH_FACTOR}`);
  try {
    return compile();
  } finally {
    setFlagsFromString(`--semi-space-growth-factor=${growthFactor}`);
  }
}
function paceForFiles(files) {
  if (!paced) return;
  growthFactor = files < PACED_FROM_FILES ? DEFAULT_SEMI_SPACE_GROWTH_FACTOR : SEMI_SPACE_GROWTH_FACTOR;
  setFlagsFromString(`--semi-space-growth-factor=${growthFactor}`);
}
function setFlags() {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(`--semi-space-growth-factor=${growthFactor}`);
}

// src/content/load.ts
import { stat } from "node:fs/promises";
import path4 from "node:path";

// src/content/across-cache.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
var ACROSS_FILE = "across.json";
var FORMAT = "faqops-across/4";
var PIECE = 1 << 16;
function acrossKey(files, extra = null) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([FORMAT, VERSION, COMPILER_VERSION, extra]));
  for (const file of files) hash.update(`
${file.path}\0${file.keysHash}`);
  return hash.digest("hex");
}
function readAcross(dir, key) {
  let value;
  try {
    const body = unsealed(readFileSync(path.join(dir, ACROSS_FILE)));
    if (body === void 0) return void 0;
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const { format, key: stored, diagnostics } = value;
  if (format !== FORMAT || stored !== key || !Array.isArray(diagnostics)) return void 0;
  return diagnostics.every(isDiagnostic) ? diagnostics : void 0;
}
function writeAcross(dir, key, diagnostics) {
  const file = path.join(dir, ACROSS_FILE);
  const tmp = temporaryPathBeside(file);
  try {
    const fd = openSync(tmp, "w", 420);
    const seal = createHash("sha256");
    const write = (text) => {
      const bytes = Buffer.from(text);
      seal.update(bytes);
      writeAll(fd, bytes);
    };
    try {
      let piece = JSON.stringify({ format: FORMAT, key, diagnostics: [] }).slice(0, -2);
      diagnostics.forEach((d, i) => {
        piece += `${i === 0 ? "" : ","}${JSON.stringify(d)}`;
        if (piece.length >= PIECE) {
          write(piece);
          piece = "";
        }
      });
      write(`${piece}]}
`);
      writeAll(fd, Buffer.from(sealLine(seal.digest("hex"))));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
    }
  }
}
function isDiagnostic(value) {
  if (typeof value !== "object" || value === null) return false;
  const d = value;
  return typeof d.file === "string" && Number.isSafeInteger(d.line) && Number.isSafeInteger(d.column) && (d.severity === "error" || d.severity === "warning") && typeof d.ruleId === "string" && typeof d.message === "string";
}

// src/content/answer-reader.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

// src/content/compiler.ts
var loaded;
async function loadCompiler() {
  loaded ??= await import("./compile-job-LSZAJ7UB.js");
  return loaded;
}
function compilerIfLoaded() {
  return loaded;
}

// src/content/answer-reader.ts
var ContentChangedError = class extends FaqopsError {
  name = "ContentChangedError";
};
var LoadedAnswers = class {
  constructor(contentDir) {
    this.contentDir = contentDir;
  }
  contentDir;
  #slots = /* @__PURE__ */ new Map();
  #bytes = [];
  /** Answer spans in the records file; -1: none (not written there). */
  #starts = [];
  #ends = [];
  #held = [];
  /** The records file the spans point into; until readFrom, none: answers are compiled again. */
  #records;
  /** The spans given to `cached` point into `records`, held open by the loader's run. */
  readFrom(records) {
    this.#records = records;
  }
  /** The answer of `source` is at `span` of the records file; its bytes hashed to `bytes`. */
  cached(source, bytes, span) {
    const slot = this.#slot(source);
    this.#bytes[slot] = bytes;
    this.#starts[slot] = span ? span.answerStart : -1;
    this.#ends[slot] = span ? span.answerEnd : -1;
  }
  /** The answer of `source` is held (with `--no-cache` there is no line to read it from). */
  held(source, messages) {
    this.#held[this.#slot(source)] = messages;
  }
  read(entry) {
    const slot = this.#slots.get(entry.source);
    if (slot === void 0) throw unknown(entry);
    const held = this.#held[slot];
    if (held) {
      const answer = answerOf(held);
      if (!answerMatches(entry, answer)) throw unknown(entry);
      return answer;
    }
    const start = this.#starts[slot];
    if (this.#records !== void 0 && start >= 0) {
      const span = { keysStart: 0, answerStart: start, answerEnd: this.#ends[slot] };
      const messages = readAnswer(this.#records, span);
      const answer = messages && answerOf(messages);
      if (answer && answerMatches(entry, answer)) return answer;
    }
    return this.#compileAgain(entry, this.#bytes[slot]);
  }
  #slot(source) {
    let slot = this.#slots.get(source);
    if (slot === void 0) {
      slot = this.#slots.size;
      this.#slots.set(source, slot);
    }
    return slot;
  }
  #compileAgain(entry, bytesWere) {
    const changed = () => new ContentChangedError(`${entry.path} changed while faqops was running.`, {
      hint: "run the command again"
    });
    const compiler = compilerIfLoaded();
    if (!compiler) {
      const removed = this.#records?.removeIfStillThere() === true;
      throw new ContentChangedError(
        `the compile cache's copy of the answer of ${entry.path} is damaged (it no longer matches the entry), so it could not be read back.`,
        {
          hint: removed ? "run the command again: faqops removed the damaged cache and compiles the content anew" : "delete .faqops-cache and run the command again"
        }
      );
    }
    let bytes;
    try {
      bytes = readFileSync2(path2.join(this.contentDir, ...entry.source.split("/")));
    } catch {
      throw changed();
    }
    if (bytesHash(bytes) !== bytesWere) throw changed();
    const again = compiler.compileFile({ source: entry.source, path: entry.path, bytes }).entry;
    if (!again || again.hash !== entry.hash) {
      throw new InternalError(`${entry.path} compiled to another answer from the same bytes.`);
    }
    return { messages: again.messages, content: again.content };
  }
};
function unknown(entry) {
  return new InternalError(`no answer was loaded for ${entry.path} (hash ${entry.hash}).`);
}

// src/content/key-table.ts
var KeyKind = {
  skill: 0,
  title: 1,
  question: 2,
  id: 3,
  ask: 4,
  target: 5
};
var FOLDER_SKILL = 6;
var INITIAL_KEYS = 1024;
var KeyTable = class _KeyTable {
  size;
  #paths;
  /** Per file: the index of its first key, and how many it has; -1 when not set yet. */
  #firsts;
  #counts;
  #drafts;
  /** Per key. */
  #texts = [];
  #kinds = new Uint8Array(INITIAL_KEYS);
  /** Per key, two slots: its line, then its column. */
  #positions = new Int32Array(2 * INITIAL_KEYS);
  constructor(size) {
    this.size = size;
    this.#paths = new Array(size);
    this.#firsts = new Int32Array(size).fill(-1);
    this.#counts = new Int32Array(size);
    this.#drafts = new Uint8Array(size);
  }
  /** A table of the keys of `results`, in their order. */
  static of(results) {
    const table = new _KeyTable(results.length);
    results.forEach((result, file) => {
      table.set(file, result.path, result.keys);
    });
    return table;
  }
  /** Sets the keys of file `file`, shown as `path` in diagnostics. */
  set(file, path5, keys) {
    const first = this.#texts.length;
    if (keys.skill) this.#add(keys.skill.fromFolder ? FOLDER_SKILL : KeyKind.skill, keys.skill);
    if (keys.title) this.#add(KeyKind.title, keys.title);
    for (const question of keys.questions) this.#add(KeyKind.question, question);
    if (keys.id) this.#add(KeyKind.id, keys.id);
    for (const ask of keys.asks) this.#add(KeyKind.ask, ask);
    for (const target of keys.targets ?? []) this.#add(KeyKind.target, target);
    this.#paths[file] = path5;
    this.#firsts[file] = first;
    this.#counts[file] = this.#texts.length - first;
    this.#drafts[file] = keys.draft ? 1 : 0;
  }
  /** True when file `file`'s keys were set. */
  has(file) {
    return this.#firsts[file] >= 0;
  }
  /** The file's path, as diagnostics show it. */
  path(file) {
    return this.#paths[file];
  }
  /** True when the file is a draft. */
  draft(file) {
    return this.#drafts[file] === 1;
  }
  /** The file's keys of `kind`, in order (a skill, title and id are one at most). */
  keys(file, kind) {
    const out = [];
    const first = this.#firsts[file];
    const end = first + this.#counts[file];
    for (let key = first; key < end; key++) {
      if (this.#kindOf(key) === kind) out.push(key);
    }
    return out;
  }
  /** The file's one key of `kind` (skill, title or id), or undefined when it has none. */
  one(file, kind) {
    const first = this.#firsts[file];
    const end = first + this.#counts[file];
    for (let key = first; key < end; key++) {
      if (this.#kindOf(key) === kind) return key;
    }
    return void 0;
  }
  text(key) {
    return this.#texts[key];
  }
  /** How many keys the table holds, of every file: keys are numbered from 0 to this. */
  get keyCount() {
    return this.#texts.length;
  }
  /** Where the key was written (a skill from the folder's name: 1:1). */
  position(key) {
    return { line: this.#positions[2 * key], column: this.#positions[2 * key + 1] };
  }
  /** True for a skill that is the folder's name, not front matter's. */
  fromFolder(key) {
    return this.#kinds[key] === FOLDER_SKILL;
  }
  #kindOf(key) {
    const kind = this.#kinds[key];
    return kind === FOLDER_SKILL ? KeyKind.skill : kind;
  }
  #add(kind, ref) {
    const key = this.#texts.length;
    if (key === this.#kinds.length) this.#grow();
    this.#texts.push(ref.text);
    this.#kinds[key] = kind;
    this.#positions[2 * key] = ref.line;
    this.#positions[2 * key + 1] = ref.column;
  }
  #grow() {
    const kinds = new Uint8Array(2 * this.#kinds.length);
    kinds.set(this.#kinds);
    this.#kinds = kinds;
    const positions = new Int32Array(2 * this.#positions.length);
    positions.set(this.#positions);
    this.#positions = positions;
  }
};

// src/content/parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var BATCH_SIZE = 64;
var WORKER_YOUNG_MB = 8;
function workerScript() {
  for (const relative of ["./compile-worker.js", "../compile-worker.js"]) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function workerCount() {
  return Math.max(1, availableParallelism());
}
async function compileInWorkers(jobs, script, threads, onLine) {
  const batchCount = Math.ceil(jobs.count / BATCH_SIZE);
  let next = 0;
  const batch = () => {
    if (next >= batchCount) return void 0;
    const id = next++ * BATCH_SIZE;
    const files = [];
    for (let k = id; k < Math.min(jobs.count, id + BATCH_SIZE); k++) files.push(jobs.at(k));
    return { id, files };
  };
  const early = /* @__PURE__ */ new Map();
  let delivered = 0;
  const deliver = (id, reply) => {
    early.set(id, reply);
    for (let ready = early.get(delivered); ready; ready = early.get(delivered)) {
      early.delete(delivered);
      const { lines, stamps } = ready;
      lines.forEach((line, k) => {
        const at = 4 * k;
        const stamp = Number.isNaN(stamps[at]) ? void 0 : [stamps[at], stamps[at + 1], stamps[at + 2], stamps[at + 3]];
        onLine(delivered + k, { line, stamp });
      });
      delivered += lines.length;
    }
  };
  const { Worker } = await import("node:worker_threads");
  paceWorkerHeaps(WORKER_YOUNG_MB);
  const workers = Array.from({ length: Math.min(threads, batchCount) }, () => {
    const worker = new Worker(script, {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB }
    });
    worker.once("online", keepGarbageCollectionPacing);
    return worker;
  });
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          const feed = () => {
            const files = batch();
            if (files) worker.postMessage(files);
            else resolve();
          };
          worker.on("message", (reply) => {
            if ("error" in reply) {
              reject(new Error(reply.error));
              return;
            }
            try {
              deliver(reply.id, reply);
            } catch (error) {
              reject(error);
              return;
            }
            feed();
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            reject(new Error(`a compile worker exited early (code ${code})`));
          });
          feed();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

// src/content/stamps.ts
import {
  closeSync as closeSync2,
  openSync as openSync2,
  readFileSync as readFileSync3,
  renameSync as renameSync2,
  rmSync as rmSync2,
  statSync,
  writeSync
} from "node:fs";
import path3 from "node:path";
var STAMPS_FILE = "stamps.json";
var FORMAT2 = "faqops-stamps/2";
var TRUST_AFTER_MS = 3e3;
var FIELDS = 4;
var HASH_DIGITS = 16;
var FileStamps = class _FileStamps {
  #dir;
  #cutoff;
  /**
   * The last run's stamps: source, hash, size, modification time, change time and inode, six
   * by six, in its files' order. A run whose files are the last run's goes through them in
   * step (`#at`); the map by source is made only when they differ.
   */
  #stored;
  #at = 0;
  #bySource;
  /** This run's stamps, FIELDS numbers a file (numbers, not Stats objects: 100k of those are 80 MB). */
  #stamps;
  /** This run's hashes, for the files whose stamp is recorded. */
  #hashes;
  #recorded = 0;
  /** How many of this run's are the last run's unchanged. */
  #same = 0;
  constructor(dir, cutoff, count, stored) {
    this.#dir = dir;
    this.#cutoff = cutoff;
    this.#stored = stored;
    this.#stamps = new Float64Array(count * FIELDS);
    this.#hashes = new Array(count);
  }
  /**
   * The stamps in `dir` (none when there is no readable file), for a run over `count` files
   * that started at `now`.
   */
  static read(dir, now, count) {
    const stored = readStamps(path3.join(dir, STAMPS_FILE));
    return new _FileStamps(dir, now - TRUST_AFTER_MS, count, stored);
  }
  /**
   * Takes the stamp of file `index`; false when it is not a regular file, cannot be stat'ed,
   * or was written too recently to be trusted (TRUST_AFTER_MS).
   */
  take(index, absolute) {
    let info;
    try {
      info = statSync(absolute, { throwIfNoEntry: false });
    } catch {
      return false;
    }
    if (!info?.isFile()) return false;
    return this.takeFromRead(index, [info.size, info.mtimeMs, info.ctimeMs, info.ino]);
  }
  /**
   * Takes the stamp of file `index` from what `fstat` said of the open file just before its
   * bytes were read (readRegularEntryFile): the same as `take` before the read, for a file
   * whose last stamp is not needed to decide whether to read it. False when it was written
   * too recently to be trusted.
   */
  takeFromRead(index, stamp) {
    const [size, mtimeMs, ctimeMs, ino] = stamp;
    if (!(mtimeMs < this.#cutoff && ctimeMs < this.#cutoff)) return false;
    const at = index * FIELDS;
    this.#stamps[at] = size;
    this.#stamps[at + 1] = mtimeMs;
    this.#stamps[at + 2] = ctimeMs;
    this.#stamps[at + 3] = ino;
    return true;
  }
  /**
   * Whether file `index`, `source`, has the stamp taken (take) that the last run recorded with
   * bytes hash `hash`.
   */
  unchanged(index, source, hash) {
    const stored = this.#find(source);
    if (stored === void 0) return false;
    const at = index * FIELDS;
    const s = this.#stored;
    return s[stored + 1] === hash.slice(0, HASH_DIGITS) && s[stored + 2] === this.#stamps[at] && s[stored + 3] === this.#stamps[at + 1] && s[stored + 4] === this.#stamps[at + 2] && s[stored + 5] === this.#stamps[at + 3];
  }
  /**
   * Records that file `index`, whose stamp was taken, has bytes of hash `hash`; `unchanged`:
   * as the last run recorded it.
   */
  record(index, hash, unchanged) {
    if (unchanged) this.#same++;
    this.#hashes[index] = hash.slice(0, HASH_DIGITS);
    this.#recorded++;
  }
  /**
   * Writes this run's stamps (`sources`: the run's files, in its order) when they differ from
   * the last run's — a run that found every file as it was writes nothing — and lets go of
   * them. A failure to write is not an error.
   */
  save(sources) {
    const stored = this.#stored.length / 6;
    const same = this.#recorded === this.#same && this.#recorded === stored;
    const files = [];
    if (!same) {
      sources.forEach((source, index) => {
        const hash = this.#hashes[index];
        if (hash === void 0) return;
        const at = index * FIELDS;
        files.push(source, hash, ...this.#stamps.subarray(at, at + FIELDS));
      });
    }
    this.#stored = [];
    this.#bySource = void 0;
    this.#stamps = new Float64Array(0);
    this.#hashes = [];
    if (same) return;
    const file = path3.join(this.#dir, STAMPS_FILE);
    const tmp = temporaryPathBeside(file);
    try {
      const fd = openSync2(tmp, "w", 420);
      try {
        writeSync(fd, JSON.stringify({ format: FORMAT2, files }));
      } finally {
        closeSync2(fd);
      }
      renameSync2(tmp, file);
    } catch {
      try {
        rmSync2(tmp, { force: true });
      } catch {
      }
    }
  }
  /** Where `source` is in the stored stamps. */
  #find(source) {
    const stored = this.#stored;
    if (!this.#bySource) {
      if (stored[this.#at] === source) {
        const at = this.#at;
        this.#at += 6;
        return at;
      }
      this.#bySource = /* @__PURE__ */ new Map();
      for (let at = 0; at < stored.length; at += 6) this.#bySource.set(stored[at], at);
    }
    return this.#bySource.get(source);
  }
};
function readStamps(file) {
  let value;
  try {
    value = JSON.parse(readFileSync3(file, "utf8"));
  } catch {
    return [];
  }
  if (typeof value !== "object" || value === null) return [];
  const { format, files } = value;
  if (format !== FORMAT2 || !Array.isArray(files) || files.length % 6 !== 0) return [];
  for (let at = 0; at < files.length; at += 6) {
    if (typeof files[at] !== "string" || typeof files[at + 1] !== "string") return [];
    for (let k = 2; k < 6; k++) if (typeof files[at + k] !== "number") return [];
  }
  return files;
}

// src/content/across.ts
function validateAcrossEntries(results) {
  return acrossEntries(KeyTable.of(results));
}
function acrossEntries(table, only) {
  const files = only ? [...only] : Array.from({ length: table.size }, (_, file) => file);
  files.sort((a, b) => compareStrings(table.path(a), table.path(b)));
  const rules = { table, files, skillAlike: remembered(alike), alikeOf: alikeByKey(table) };
  return [
    ...duplicateEntries(rules),
    ...questionConflicts(rules),
    ...duplicateIds(rules),
    ...skillSpellings(rules),
    ...askTargets(rules)
  ];
}
function alikeByKey(table) {
  const known = new Array(table.keyCount);
  return (key) => {
    let result = known[key];
    if (result === void 0) {
      result = alike(table.text(key));
      known[key] = result;
    }
    return result;
  };
}
function remembered(key) {
  const known = /* @__PURE__ */ new Map();
  return (text) => {
    let result = known.get(text);
    if (result === void 0) {
      result = key(text);
      known.set(text, result);
    }
    return result;
  };
}
function listPaths(paths) {
  return paths.length <= 1 ? paths[0] ?? "" : `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)}`;
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    if (k === void 0) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
function skillKey({ table, skillAlike }, file) {
  const skill = table.one(file, KeyKind.skill);
  return skill === void 0 ? void 0 : skillAlike(table.text(skill));
}
function duplicateEntries(rules) {
  const { table, files, alikeOf } = rules;
  const out = [];
  const groups = groupBy(files, (f) => {
    const title = table.one(f, KeyKind.title);
    const skill = skillKey(rules, f);
    return skill !== void 0 && title !== void 0 ? `${skill}\0${alikeOf(title)}` : void 0;
  });
  for (const group of groups) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => table.path(f));
      out.push(
        diagnostic(
          "entry-duplicate",
          table.path(file),
          table.position(table.one(file, KeyKind.title)),
          `${listPaths(others)} ${others.length === 1 ? "has" : "have"} the same skill and title; change one of the titles (or merge the entries)`
        )
      );
    }
  }
  return out;
}
function questionConflicts(rules) {
  const { table, files, alikeOf } = rules;
  const out = [];
  for (const skillFiles of groupBy(files, (f) => skillKey(rules, f))) {
    const asked = [];
    for (const file of skillFiles) {
      const title = table.one(file, KeyKind.title);
      if (title !== void 0) asked.push({ file, key: title, kind: "title" });
      for (const key of table.keys(file, KeyKind.question)) {
        asked.push({ file, key, kind: "question" });
      }
    }
    for (const group of groupBy(asked, (a) => alikeOf(a.key))) {
      for (const a of group) {
        const others = group.filter(
          (o) => o.file !== a.file && (a.kind === "question" || o.kind === "question")
        );
        if (others.length === 0) continue;
        const where = listPaths([
          ...new Set(others.map((o) => `${table.path(o.file)} (its ${o.kind})`))
        ]);
        out.push(
          diagnostic(
            "question-conflict",
            table.path(a.file),
            table.position(a.key),
            `"${table.text(a.key)}" is also asked by ${where} in the same skill, so the bot cannot tell the entries apart; reword or remove one`
          )
        );
      }
    }
  }
  return out;
}
function duplicateIds({ table, files }) {
  const out = [];
  const idOf = (file) => table.one(file, KeyKind.id);
  const idText = (file) => {
    const id = idOf(file);
    return id === void 0 ? void 0 : table.text(id);
  };
  for (const group of groupBy(files, idText)) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => table.path(f));
      out.push(
        diagnostic(
          "id-duplicate",
          table.path(file),
          table.position(idOf(file)),
          `id "${idText(file)}" is also used by ${listPaths(others)}; ids must be unique`
        )
      );
    }
  }
  return out;
}
function skillSpellings(rules) {
  const { table, files } = rules;
  const out = [];
  for (const group of groupBy(files, (f) => skillKey(rules, f))) {
    const skills = group.map((f) => table.one(f, KeyKind.skill));
    const counts = /* @__PURE__ */ new Map();
    for (const skill of skills) {
      const text = table.text(skill);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    if (counts.size < 2) continue;
    const [usual] = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0];
    group.forEach((f, i) => {
      const skill = skills[i];
      const text = table.text(skill);
      if (text === usual) return;
      out.push(
        diagnostic(
          "skill-spelling",
          table.path(f),
          table.position(skill),
          `skill "${text}"${table.fromFolder(skill) ? " (the folder's name)" : ""} is written "${usual}" in ${counts.get(usual)} other ${pluralWord(counts.get(usual), "entry", "entries")}; the platform would make two skills: write it the same way`
        )
      );
    });
  }
  return out;
}
function askTargets({ table, files, alikeOf }) {
  const loose = (key) => askKeyOfAlike(alikeOf(key));
  const known = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (table.draft(f)) continue;
    const title = table.one(f, KeyKind.title);
    if (title !== void 0) known.add(loose(title));
    for (const q of table.keys(f, KeyKind.question)) known.add(loose(q));
  }
  const out = [];
  for (const f of files) {
    for (const ask of table.keys(f, KeyKind.ask)) {
      const text = table.text(ask);
      if (known.has(loose(ask))) continue;
      out.push(
        diagnostic(
          "ask-target",
          table.path(f),
          table.position(ask),
          `no synced entry (drafts are not synced) has the title or question "${text}", so tapping this \`:ask\` gets no answer: add it as a question to the entry it means, or set q="\u2026" to one`
        )
      );
    }
  }
  return out;
}

// src/content/targets.ts
function entrySelector(entry, entryTargets) {
  return {
    source: entry.source,
    skill: entry.skill,
    targets: Object.hasOwn(entryTargets, entry.source) ? entryTargets[entry.source] : void 0
  };
}
function targetNameDiagnostics(table, targets) {
  const names = targets?.scopes.map((s) => s.name) ?? [];
  if (targets?.complete === false) return [];
  const out = [];
  for (let file = 0; file < table.size; file++) {
    for (const key of table.keys(file, KeyKind.target)) {
      const text = table.text(key);
      if (names.includes(text)) continue;
      const listed = names.map((n) => `\`${n}\``).join(", ");
      const guess = names.length === 0 ? void 0 : meant(text, names);
      const message = names.length === 0 ? `\`targets\` names "${text}", but no faqops.config.yaml defines targets: remove the key (the content then goes to the one bot), or define the targets in faqops.config.yaml (see docs/targets.md)` : guess ? `"${text}" is not a target in ${targets.configFile}: did you mean \`${guess}\`? The targets are ${listed}` : `"${text}" is not a target in ${targets.configFile}; the targets are ${listed}`;
      out.push(diagnostic("target-unknown", table.path(file), table.position(key), message));
    }
  }
  return out;
}
function meant(name, names) {
  const near = closest(name, names);
  if (near) return near;
  const lower = name.toLowerCase();
  const begun = lower.length >= 3 ? names.filter((n) => n.startsWith(lower)) : [];
  return begun.length === 1 ? begun[0] : void 0;
}
function acrossTargets(table, selector, targets) {
  const scopes = targets?.scopes ?? [];
  if (scopes.length === 0) return acrossEntries(table);
  const found = /* @__PURE__ */ new Map();
  const takenBySome = new Uint8Array(table.size);
  for (const scope of scopes) {
    const taken = [];
    for (let file = 0; file < table.size; file++) {
      if (!scope.takes(selector(file))) continue;
      taken.push(file);
      takenBySome[file] = 1;
    }
    for (const d of acrossEntries(table, taken)) {
      const key = `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}\0${d.message}`;
      const seen = found.get(key);
      if (seen) seen.targets.push(scope.name);
      else found.set(key, { diagnostic: d, targets: [scope.name] });
    }
  }
  const across = [...found.values()].map(
    ({ diagnostic: d, targets: where }) => where.length === scopes.length ? d : { ...d, message: `${d.message}${targetSuffix(where)}` }
  );
  const names = new Set(scopes.map((scope) => scope.name));
  return targets?.complete === false ? across : [...across, ...takenByNone(table, takenBySome, names)];
}
function takenByNone(table, takenBySome, names) {
  const out = [];
  for (let file = 0; file < table.size; file++) {
    if (takenBySome[file] === 1 || !table.has(file) || table.draft(file)) continue;
    const title = table.one(file, KeyKind.title);
    if (title === void 0) continue;
    const named = table.keys(file, KeyKind.target);
    if (named.some((key) => !names.has(table.text(key)))) continue;
    out.push(
      diagnostic(
        "target-none",
        table.path(file),
        table.position(named[0] ?? title),
        named.length > 0 ? "no target takes this entry (its front matter `targets`, and the targets' `skills` and `paths` in faqops.config.yaml, leave it out), so no bot answers it: name a target that takes it, change a target's `skills` or `paths`, or write `draft: true` if that is intended" : "no target takes this entry (the targets' `skills` and `paths` in faqops.config.yaml leave it out), so no bot answers it: change a target's `skills` or `paths` so that one takes it, or write `draft: true` if that is intended"
      )
    );
  }
  return out;
}
function targetSuffix(names) {
  const sorted = [...names].sort(compareStrings);
  return ` (in ${pluralWord(sorted.length, "target")} ${sorted.join(", ")})`;
}
var TARGET_SUFFIX = / \(in targets? ([a-z][a-z0-9_-]*(?:, [a-z][a-z0-9_-]*)*)\)$/;
function entriesFor(entries, entryTargets, scope) {
  return entries.filter((e) => scope.takes(entrySelector(e, entryTargets)));
}

// src/content/load.ts
async function loadContent(options) {
  const { cwd, contentDir } = options;
  const info = await stat(contentDir).catch(() => void 0);
  if (!info?.isDirectory()) {
    const shown2 = displayPath(cwd, contentDir);
    throw new UsageError(
      info ? `content directory ${shown2} is not a directory.` : `content directory ${shown2} does not exist.`,
      { remedy: { kind: "content-folder", problem: "missing" } }
    );
  }
  refuseContentOutside(cwd, contentDir);
  const scan = scanContentFolder(contentDir, cwd);
  const sources = scan.sources;
  paceForFiles(sources.length);
  const cacheLink = linkedCachePath(cwd, [ACROSS_FILE, STAMPS_FILE]);
  const fileDiagnostics = cacheLink ? [...scan.diagnostics, cacheDiagnostic(cwd, cacheLink)] : scan.diagnostics;
  const useCache = options.cache && cacheLink === void 0;
  const files = cacheFiles(cwd);
  const cache = useCache ? readCompileCache(files) : void 0;
  const cached = cache?.records ?? /* @__PURE__ */ new Map();
  const stamps = useCache ? FileStamps.read(files.dir, options.now ?? Date.now(), sources.length) : void 0;
  const answers = new LoadedAnswers(contentDir);
  const loaded2 = new LoadedFiles(sources.length);
  const keys = new KeyTable(sources.length);
  const hits = [];
  const misses = [];
  const stampTaken = new Uint8Array(sources.length);
  const folder = displayPath(cwd, contentDir);
  const prefix = folder === "." ? "" : `${folder}/`;
  const shortcut = folder === "." || !isInside(contentDir, cwd);
  const base = contentDir.endsWith(path4.sep) ? contentDir : `${contentDir}${path4.sep}`;
  const under = (source) => path4.sep === "/" ? `${base}${source}` : `${base}${source.replaceAll("/", path4.sep)}`;
  const shown = (source, absolute) => shortcut ? `${prefix}${source}` : displayPath(cwd, absolute);
  const jobAt = (index) => {
    const source = sources[index];
    const absolute = under(source);
    const regular = !scan.irregular.has(source);
    const stamp = stampTaken[index] === Stamp.fromRead;
    return { source, path: shown(source, absolute), absolute, regular, stamp };
  };
  sources.forEach((source, index) => {
    const absolute = under(source);
    const file = shown(source, absolute);
    const regular = !scan.irregular.has(source);
    const known = cached.get(source);
    if (!known || known.record.path !== file) {
      misses.push(index);
      if (regular && stamps) stampTaken[index] = Stamp.fromRead;
      return;
    }
    const stamped = regular && stamps?.take(index, absolute) === true;
    const { hash } = known.record;
    if (stamped && stamps.unchanged(index, source, hash)) {
      stamps.record(index, hash, true);
      hits.push({ index, cached: known });
      return;
    }
    const read = regular ? readRegularEntryFile(absolute, file) : readEntryFile(absolute, file);
    if ("bytes" in read && bytesHash(read.bytes) === hash) {
      if (stamped) stamps.record(index, hash, false);
      hits.push({ index, cached: known });
      return;
    }
    misses.push(index);
    if (stamped) stampTaken[index] = Stamp.taken;
  });
  const writer = useCache && (misses.length > 0 || hits.length !== cached.size) ? CacheWriter.open(files) : void 0;
  const spans = writer ? writer.copy(
    hits.map((hit) => hit.cached),
    cache
  ) : hits.map((hit) => hit.cached);
  cached.clear();
  hits.forEach((hit, k) => {
    const { record } = hit.cached;
    loaded2.set(hit.index, record, spans[k]);
    if (record.entry) answers.cached(record.source, record.hash, spans[k]);
  });
  const strings = new SharedStrings();
  let keptBytes = 0;
  const keepBudget = options.keepCompiledBytes ?? KEEP_COMPILED_BYTES;
  if (misses.length > 0) {
    const compiler = await loadCompiler();
    const jobs = { count: misses.length, at: (k) => jobAt(misses[k]) };
    await compileJobs(compiler, jobs, options.workers, (k, compiled) => {
      const index = misses[k];
      const source = sources[index];
      if ("result" in compiled) keptBytes += compiled.size;
      const keep = "result" in compiled && keptBytes <= keepBudget;
      const {
        record,
        keys: fileKeys,
        span,
        messages
      } = useCache ? fromCompiled(compiled, source, strings, keep, (parts) => writer?.append(parts)) : fromCompiled(compiled, source, strings, keep);
      loaded2.set(index, record, span);
      const taken = stampTaken[index] === Stamp.taken || stampTaken[index] === Stamp.fromRead && compiled.stamp !== void 0 && stamps.takeFromRead(index, compiled.stamp);
      if (taken && record.hash !== NO_BYTES) stamps.record(index, record.hash, false);
      keys.set(index, record.path, fileKeys);
      if (record.entry && useCache) answers.cached(source, record.hash, span);
      else if (record.entry) answers.held(source, messages ?? []);
    });
  }
  const recordsFile = writer ? writer.commit() : cache?.file;
  if (writer) cache?.file?.close();
  cache?.index?.close();
  stamps?.save(sources);
  if (recordsFile) answers.readFrom(recordsFile);
  if (writer && !recordsFile) await loadCompiler();
  const across = await acrossDiagnostics(loaded2, keys, options.targets, {
    contentDir,
    cacheDir: useCache ? files.dir : void 0,
    records: recordsFile,
    strings
  });
  return {
    ...assemble(loaded2.records, fileDiagnostics, across),
    answers
  };
}
var LoadedFiles = class {
  records;
  /** Per file, two slots: where its keys' line starts, and where its answer's line starts. */
  #keys;
  constructor(size) {
    this.records = new Array(size);
    this.#keys = new Float64Array(2 * size).fill(-1);
  }
  /** File `index`'s record, and where its keys went in the records file (undefined: not written). */
  set(index, record, span) {
    this.records[index] = record;
    if (span === void 0) return;
    this.#keys[2 * index] = span.keysStart;
    this.#keys[2 * index + 1] = span.answerStart;
  }
  /** Where file `index`'s keys are in the records file; undefined when they were not written. */
  keysSpan(index) {
    const keysStart = this.#keys[2 * index];
    return keysStart < 0 ? void 0 : { keysStart, answerStart: this.#keys[2 * index + 1] };
  }
};
var KEEP_COMPILED_BYTES = 32 * 1024 * 1024;
function fromCompiled(compiled, source, strings, keep, append) {
  if ("result" in compiled && keep) {
    const { result, bytes } = compiled;
    const parts2 = compiledParts(result, bytes);
    const record2 = compiledRecord(result, bytes, parts2.keysHash, strings);
    const span2 = bytes === NO_BYTES ? void 0 : append?.(parts2);
    const messages2 = result.entry && !append ? result.entry.messages : void 0;
    return { record: record2, keys: result.keys, span: span2, messages: messages2 };
  }
  const parts = "result" in compiled ? compiledParts(compiled.result, compiled.bytes) : splitLine(compiled.line);
  const record = parseHead(JSON.parse(parts.head), strings, 0, source);
  const keys = parseKeys(parts.keys, strings);
  if (!record || !keys)
    throw new InternalError("a compiled file gave a line the cache cannot read");
  shareKeyStrings(record, keys);
  const span = record.hash === NO_BYTES ? void 0 : append?.(parts);
  const messages = record.entry && !append ? JSON.parse(parts.answer) : void 0;
  return { record, keys, span, messages };
}
async function acrossDiagnostics(loaded2, keys, targets, cache) {
  const key = cache.cacheDir === void 0 ? void 0 : acrossKey(loaded2.records, targetsInput(loaded2.records, targets));
  const remembered2 = key === void 0 ? void 0 : readAcross(cache.cacheDir, key);
  if (remembered2) return remembered2;
  const { records } = loaded2;
  const unread = records.flatMap((_, index) => keys.has(index) ? [] : [index]);
  if (unread.length > 0 && cache.records) {
    readKeys(
      cache.records,
      unread.map((index) => loaded2.keysSpan(index)),
      unread.map((index) => records[index].keysHash),
      cache.strings,
      (k, read) => keys.set(unread[k], records[unread[k]].path, read)
    );
  }
  for (const index of unread) {
    const record = records[index];
    if (!keys.has(index)) keys.set(index, record.path, await keysAgain(record, cache));
  }
  const selector = (index) => {
    const record = records[index];
    return { source: record.source, ...record.selector };
  };
  const diagnostics = [
    ...targetNameDiagnostics(keys, targets),
    ...acrossTargets(keys, selector, targets)
  ];
  if (key !== void 0) writeAcross(cache.cacheDir, key, diagnostics);
  return diagnostics;
}
function targetsInput(records, targets) {
  if (targets === void 0) return null;
  return {
    configFile: targets.configFile,
    complete: targets.complete ?? null,
    scopes: targets.scopes.map((scope) => ({
      name: scope.name,
      takes: records.flatMap(
        (record, index) => scope.takes({ source: record.source, ...record.selector }) ? [index] : []
      )
    }))
  };
}
async function keysAgain(record, where) {
  const compiler = await loadCompiler();
  const { source, path: shown, hash } = record;
  const absolute = path4.join(where.contentDir, source);
  const again = compiler.compileJobResult({ source, path: shown, absolute });
  if (again.bytes !== hash) {
    throw new ContentChangedError(`${shown} changed while faqops was running.`, {
      hint: "run the command again"
    });
  }
  return again.result.keys;
}
function refuseContentOutside(cwd, contentDir) {
  if (!isInside(cwd, contentDir)) return;
  const cwdReal = realPathOr(cwd);
  const real = realPathOr(contentDir);
  if (isInside(cwdReal, real)) return;
  throw new UsageError(
    `content directory ${displayPath(cwd, contentDir)} leads outside the working directory through a symbolic link; faqops reads content only inside the repository it runs in.`,
    { remedy: { kind: "content-folder", problem: "link" } }
  );
}
function cacheDiagnostic(cwd, link) {
  const real = realPathIfAny(link);
  const target = linkTargetName(
    link,
    real === void 0 ? void 0 : { real, cwdReal: realPathOr(cwd) }
  );
  return diagnostic(
    "cache-symlink",
    displayPath(cwd, link),
    { line: 1, column: 1 },
    `this is a symbolic link (to \`${target}\`): faqops neither reads nor writes its compile cache through a link, which could lead outside the repository, so this run compiled every file; delete the link (faqops makes the folder again)`
  );
}
var Stamp = { none: 0, taken: 1, fromRead: 2 };
async function compileJobs(compiler, jobs, mode, onCompiled) {
  const script = mode === "off" ? void 0 : workerScript();
  if (mode === "on" && script === void 0 && import.meta.url.endsWith(".js")) {
    throw new InternalError(
      "compiling in workers was asked for (workers: on), but the worker script compile-worker.js was not found"
    );
  }
  const threads = workerCount();
  const parallel = script !== void 0 && (mode === "on" || jobs.count >= PARALLEL_MIN_FILES && threads > 1);
  if (parallel) {
    return compileInWorkers(jobs, script, threads, onCompiled);
  }
  withYoungGenerationGrowth(() => compiler.compileInTurn(jobs, onCompiled));
}
function assemble(results, fileDiagnostics = [], across = []) {
  const diagnostics = sortDiagnostics([
    ...results.flatMap((r) => r.diagnostics),
    ...fileDiagnostics,
    ...across
  ]);
  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const entries = results.flatMap((r) => r.entry && !failed.has(r.path) ? [r.entry] : []).sort((a, b) => compareStrings(a.source, b.source));
  const bySource = new Map(results.map((r) => [r.source, r]));
  const entryTargets = {};
  for (const e of entries) {
    const targets = bySource.get(e.source)?.selector?.targets;
    if (targets) entryTargets[e.source] = targets;
  }
  return { entries, diagnostics, fileCount: results.length, entryTargets };
}

export {
  paceGarbageCollection,
  validateAcrossEntries,
  TARGET_SUFFIX,
  entriesFor,
  loadCompiler,
  loadContent
};
