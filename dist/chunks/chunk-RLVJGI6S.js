import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  COMPILER_VERSION,
  CacheWriter,
  NO_BYTES,
  answerMatches,
  answerOf,
  bytesHash,
  cacheFiles,
  compiledParts,
  linkedCachePath,
  parseHead,
  parseKeys,
  readAnswer,
  readCompileCache,
  readKeys,
  shareKeyStrings,
  splitLine
} from "./chunk-44HTI3W7.js";
import {
  isInside,
  linkTargetName,
  readEntryFile,
  readRegularEntryFile,
  realPathIfAny,
  realPathOr,
  scanContentFolder
} from "./chunk-CDTIBZ7I.js";
import {
  alike,
  askKey,
  closest
} from "./chunk-5RPD32Q5.js";
import {
  compareStrings,
  diagnostic,
  displayPath,
  sortDiagnostics
} from "./chunk-M7VVQ37B.js";
import {
  VERSION
} from "./chunk-EKTGDBDT.js";
import {
  temporaryPathBeside
} from "./chunk-NGHB4DDL.js";
import {
  FaqopsError,
  InternalError,
  UsageError
} from "./chunk-GDYRATHC.js";

// src/content/load.ts
import { stat } from "node:fs/promises";
import path3 from "node:path";

// src/content/across-cache.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
var ACROSS_FILE = "across.json";
var FORMAT = "faqops-across/1";
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
    value = JSON.parse(readFileSync(path.join(dir, ACROSS_FILE), "utf8"));
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
    try {
      writeSync(fd, JSON.stringify({ format: FORMAT, key, diagnostics }));
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
  loaded ??= await import("./compile-job-4D5UVOOR.js");
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
  constructor(contentDir, records) {
    this.contentDir = contentDir;
    this.#records = records;
  }
  contentDir;
  #slots = /* @__PURE__ */ new Map();
  #bytes = [];
  /** Answer spans in the records file; -1: none (not written there). */
  #starts = [];
  #ends = [];
  #held = [];
  #records;
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
  /** The records file could not be put in place: answers are compiled again when read. */
  lostCache() {
    this.#records = void 0;
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
      throw new ContentChangedError(
        `the compile cache changed while faqops was running (another faqops run in this folder?), so the answer of ${entry.path} could not be read back.`,
        { hint: "run the command again" }
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

// src/content/parallel.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
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
  const batches = [];
  for (let i = 0; i < jobs.length; i += BATCH_SIZE) {
    batches.push({ id: i, files: jobs.slice(i, i + BATCH_SIZE) });
  }
  let next = 0;
  const early = /* @__PURE__ */ new Map();
  let delivered = 0;
  const deliver = (id, lines) => {
    early.set(id, lines);
    for (let ready = early.get(delivered); ready; ready = early.get(delivered)) {
      early.delete(delivered);
      for (const [k, line] of ready.entries()) onLine(delivered + k, line);
      delivered += ready.length;
    }
  };
  const workers = Array.from(
    { length: Math.min(threads, batches.length) },
    () => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } })
  );
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          const feed = () => {
            const batch = batches[next++];
            if (batch) worker.postMessage(batch);
            else resolve();
          };
          worker.on("message", (reply) => {
            if ("error" in reply) {
              reject(new Error(reply.error));
              return;
            }
            try {
              deliver(reply.id, reply.lines);
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

// src/content/across.ts
function validateAcrossEntries(results) {
  const files = [...results].sort((a, b) => compareStrings(a.path, b.path));
  return [
    ...duplicateEntries(files),
    ...questionConflicts(files),
    ...duplicateIds(files),
    ...skillSpellings(files),
    ...askTargets(files)
  ];
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
function skillKey(file) {
  return file.keys.skill && alike(file.keys.skill.text);
}
function duplicateEntries(files) {
  const out = [];
  const groups = groupBy(
    files,
    (f) => f.keys.skill && f.keys.title ? `${skillKey(f)}\0${alike(f.keys.title.text)}` : void 0
  );
  for (const group of groups) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.path);
      out.push(
        diagnostic(
          "entry-duplicate",
          file.path,
          file.keys.title,
          `${listPaths(others)} ${others.length === 1 ? "has" : "have"} the same skill and title; change one of the titles (or merge the entries)`
        )
      );
    }
  }
  return out;
}
function questionConflicts(files) {
  const out = [];
  for (const skillFiles of groupBy(files, skillKey)) {
    const asked = [];
    for (const file of skillFiles) {
      if (file.keys.title) asked.push({ file, ref: file.keys.title, kind: "title" });
      for (const ref of file.keys.questions) asked.push({ file, ref, kind: "question" });
    }
    for (const group of groupBy(asked, (a) => alike(a.ref.text))) {
      for (const a of group) {
        const others = group.filter(
          (o) => o.file !== a.file && (a.kind === "question" || o.kind === "question")
        );
        if (others.length === 0) continue;
        const where = listPaths([...new Set(others.map((o) => `${o.file.path} (its ${o.kind})`))]);
        out.push(
          diagnostic(
            "question-conflict",
            a.file.path,
            a.ref,
            `"${a.ref.text}" is also asked by ${where} in the same skill, so the bot cannot tell the entries apart; reword or remove one`
          )
        );
      }
    }
  }
  return out;
}
function duplicateIds(files) {
  const out = [];
  for (const group of groupBy(files, (f) => f.keys.id?.text)) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.path);
      out.push(
        diagnostic(
          "id-duplicate",
          file.path,
          file.keys.id,
          `id "${file.keys.id.text}" is also used by ${listPaths(others)}; ids must be unique`
        )
      );
    }
  }
  return out;
}
function skillSpellings(files) {
  const out = [];
  for (const group of groupBy(files, skillKey)) {
    const counts = /* @__PURE__ */ new Map();
    for (const f of group)
      counts.set(f.keys.skill.text, (counts.get(f.keys.skill.text) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [usual] = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0];
    for (const f of group) {
      const skill = f.keys.skill;
      if (skill.text === usual) continue;
      out.push(
        diagnostic(
          "skill-spelling",
          f.path,
          skill,
          `skill "${skill.text}"${skill.fromFolder ? " (the folder's name)" : ""} is written "${usual}" in ${counts.get(usual)} other ${counts.get(usual) === 1 ? "entry" : "entries"}; the platform would make two skills: write it the same way`
        )
      );
    }
  }
  return out;
}
function askTargets(files) {
  const loose = askKey;
  const known = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.keys.draft) continue;
    if (f.keys.title) known.add(loose(f.keys.title.text));
    for (const q of f.keys.questions) known.add(loose(q.text));
  }
  const out = [];
  for (const f of files) {
    for (const ask of f.keys.asks) {
      if (known.has(loose(ask.text))) continue;
      out.push(
        diagnostic(
          "ask-target",
          f.path,
          ask,
          `no synced entry (drafts are not synced) has the title or question "${ask.text}", so tapping this \`:ask\` gets no answer: add it as a question to the entry it means, or set q="\u2026" to one`
        )
      );
    }
  }
  return out;
}

// src/content/targets.ts
function fileSelector(file) {
  return {
    source: file.source,
    skill: file.keys.skill?.text,
    targets: file.keys.targets?.map((t) => t.text)
  };
}
function entrySelector(entry, entryTargets) {
  return {
    source: entry.source,
    skill: entry.skill,
    targets: Object.hasOwn(entryTargets, entry.source) ? entryTargets[entry.source] : void 0
  };
}
function checkTargetNames(results, targets) {
  const names = targets?.scopes.map((s) => s.name) ?? [];
  if (targets?.complete === false) return [];
  const out = [];
  for (const file of results) {
    for (const ref of file.keys.targets ?? []) {
      if (names.includes(ref.text)) continue;
      const listed = names.map((n) => `\`${n}\``).join(", ");
      const guess = names.length === 0 ? void 0 : meant(ref.text, names);
      const message = names.length === 0 ? `\`targets\` names "${ref.text}", but no faqops.config.yaml defines targets: remove the key (the content then goes to the one bot), or define the targets in faqops.config.yaml (see docs/targets.md)` : guess ? `"${ref.text}" is not a target in ${targets.configFile}: did you mean \`${guess}\`? The targets are ${listed}` : `"${ref.text}" is not a target in ${targets.configFile}; the targets are ${listed}`;
      out.push(diagnostic("target-unknown", file.path, ref, message));
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
function acrossTargets(results, targets) {
  const scopes = targets?.scopes ?? [];
  if (scopes.length === 0) return validateAcrossEntries(results);
  const found = /* @__PURE__ */ new Map();
  for (const scope of scopes) {
    const taken = results.filter((file) => scope.takes(fileSelector(file)));
    for (const d of validateAcrossEntries(taken)) {
      const key = `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}\0${d.message}`;
      const seen = found.get(key);
      if (seen) seen.targets.push(scope.name);
      else found.set(key, { diagnostic: d, targets: [scope.name] });
    }
  }
  return [...found.values()].map(
    ({ diagnostic: d, targets: where }) => where.length === scopes.length ? d : { ...d, message: `${d.message}${targetSuffix(where)}` }
  );
}
function targetSuffix(names) {
  const sorted = [...names].sort(compareStrings);
  return ` (in target${sorted.length === 1 ? "" : "s"} ${sorted.join(", ")})`;
}
var TARGET_SUFFIX = / \(in targets? ([a-z][a-z0-9_-]*(?:, [a-z][a-z0-9_-]*)*)\)$/;
function entriesFor(entries, entryTargets, scope) {
  return entries.filter((e) => scope.takes(entrySelector(e, entryTargets)));
}

// src/content/load.ts
var PARALLEL_MIN_FILES = 2e4;
async function loadContent(options) {
  const { cwd, contentDir } = options;
  const info = await stat(contentDir).catch(() => void 0);
  if (!info?.isDirectory()) {
    throw new UsageError(
      `content directory ${displayPath(cwd, contentDir)} ${info ? "is not a directory" : "does not exist"}.`,
      { hint: "run faqops in your repository's root, or pass --content DIR" }
    );
  }
  refuseContentOutside(cwd, contentDir);
  const scan = scanContentFolder(contentDir, cwd);
  const sources = scan.sources;
  const cacheLink = linkedCachePath(cwd, [ACROSS_FILE]);
  const fileDiagnostics = cacheLink ? [...scan.diagnostics, cacheDiagnostic(cwd, cacheLink)] : scan.diagnostics;
  const useCache = options.cache && cacheLink === void 0;
  const files = cacheFiles(cwd);
  const cached = useCache ? readCompileCache(files) : /* @__PURE__ */ new Map();
  const answers = new LoadedAnswers(contentDir, useCache ? files.records : void 0);
  const loaded2 = new Array(sources.length);
  const hits = [];
  const misses = [];
  const folder = displayPath(cwd, contentDir);
  const prefix = folder === "." ? "" : `${folder}/`;
  const shortcut = folder === "." || !isInside(contentDir, cwd);
  sources.forEach((source, index) => {
    const absolute = path3.join(contentDir, source);
    const file = shortcut ? `${prefix}${source}` : displayPath(cwd, absolute);
    const regular = !scan.irregular.has(source);
    const known = cached.get(source);
    if (known && known.record.path === file) {
      const read = regular ? readRegularEntryFile(absolute, file) : readEntryFile(absolute, file);
      if ("bytes" in read && bytesHash(read.bytes) === known.record.hash) {
        hits.push({ index, cached: known });
        return;
      }
    }
    misses.push({ index, job: { source, path: file, absolute, regular } });
  });
  const writer = useCache && (misses.length > 0 || hits.length !== cached.size) ? CacheWriter.open(files) : void 0;
  const spans = writer ? writer.copy(hits.map((hit) => hit.cached)) : hits.map((hit) => hit.cached);
  cached.clear();
  hits.forEach((hit, k) => {
    const { record } = hit.cached;
    loaded2[hit.index] = { record, keys: void 0, span: spans[k] };
    if (record.entry) answers.cached(record.source, record.hash, spans[k]);
  });
  const strings = /* @__PURE__ */ new Map();
  if (misses.length > 0) {
    const compiler = await loadCompiler();
    await compileJobs(compiler, misses, options.workers, (k, compiled) => {
      const { index, job } = misses[k];
      const file = useCache ? fromCompiled(compiled, job.source, strings, (parts) => writer?.append(parts)) : fromCompiled(compiled, job.source, strings);
      loaded2[index] = file;
      const { record } = file;
      if (record.entry && useCache) answers.cached(job.source, record.hash, file.span);
      else if (record.entry) answers.held(job.source, file.messages ?? []);
      file.messages = void 0;
    });
  }
  misses.length = 0;
  const committed = writer ? writer.commit() : true;
  if (!committed) {
    answers.lostCache();
    await loadCompiler();
  }
  const across = await acrossDiagnostics(loaded2, options.targets, {
    contentDir,
    cacheDir: useCache ? files.dir : void 0,
    records: useCache && committed ? files.records : void 0,
    strings
  });
  return {
    ...assemble(
      loaded2.map((file) => file.record),
      fileDiagnostics,
      across
    ),
    answers
  };
}
function fromCompiled(compiled, source, strings, append) {
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
async function acrossDiagnostics(loaded2, targets, cache) {
  const key = cache.cacheDir === void 0 ? void 0 : acrossKey(
    loaded2.map((file) => file.record),
    targetsInput(loaded2, targets)
  );
  const remembered = key === void 0 ? void 0 : readAcross(cache.cacheDir, key);
  if (remembered) return remembered;
  const unread = loaded2.flatMap((file, index) => file.keys ? [] : [index]);
  if (unread.length > 0) {
    const read = cache.records ? readKeys(
      cache.records,
      unread.map((index) => loaded2[index].span),
      cache.strings
    ) : [];
    for (const [k, index] of unread.entries()) {
      loaded2[index].keys = read[k] ?? await keysAgain(loaded2[index], cache);
    }
  }
  const results = loaded2.map(({ record, keys }) => ({
    source: record.source,
    path: record.path,
    diagnostics: record.diagnostics,
    keys
  }));
  const diagnostics = [...checkTargetNames(results, targets), ...acrossTargets(results, targets)];
  if (key !== void 0) writeAcross(cache.cacheDir, key, diagnostics);
  return diagnostics;
}
function targetsInput(loaded2, targets) {
  if (targets === void 0) return null;
  return {
    configFile: targets.configFile,
    complete: targets.complete ?? null,
    scopes: targets.scopes.map((scope) => ({
      name: scope.name,
      takes: loaded2.flatMap(
        ({ record }, index) => scope.takes({ source: record.source, ...record.selector }) ? [index] : []
      )
    }))
  };
}
async function keysAgain(file, where) {
  const compiler = await loadCompiler();
  const { source, path: shown, hash } = file.record;
  const absolute = path3.join(where.contentDir, source);
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
    { hint: "replace the link with the folder, or pass --content with the folder's own path" }
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
async function compileJobs(compiler, misses, mode, onCompiled) {
  const script = mode === "off" ? void 0 : workerScript();
  if (mode === "on" && script === void 0 && import.meta.url.endsWith(".js")) {
    throw new InternalError("--workers on: the worker script compile-worker.js was not found");
  }
  const threads = workerCount();
  const parallel = script !== void 0 && (mode === "on" || misses.length >= PARALLEL_MIN_FILES && threads > 1);
  if (parallel) {
    const jobs = misses.map((m) => m.job);
    return compileInWorkers(jobs, script, threads, (index, line) => onCompiled(index, { line }));
  }
  misses.forEach(({ job }, index) => {
    onCompiled(index, compiler.compileJobResult(job));
  });
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
  validateAcrossEntries,
  TARGET_SUFFIX,
  entriesFor,
  loadCompiler,
  loadContent
};
