import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  DEFAULT_EMULATOR_CREDENTIALS
} from "./chunk-SPRSK6QT.js";
import {
  identityKey
} from "./chunk-EEC5CMMK.js";
import {
  writeFileAtomic
} from "./chunk-NGHB4DDL.js";
import {
  md5Hex
} from "./chunk-APRBEBD6.js";
import {
  DecryptError,
  checkToken,
  createCryptor
} from "./chunk-ZV64R6GO.js";
import "./chunk-PKRPB7JT.js";
import "./chunk-ZJPHJTQF.js";
import {
  StateFileError
} from "./chunk-T6FUUJG6.js";
import "./chunk-SJR6QM7P.js";

// src/platform/emulator/index.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/platform/emulator/v2-import.ts
var FIRST_IDS = Object.freeze({
  nextSkillId: 1001,
  nextIntentId: 500001
});
function applyImport(entries, ids, mode, items, rejectTexts = []) {
  if (mode === 1) entries.clear();
  const skillIds = /* @__PURE__ */ new Map();
  for (const e of entries.values()) {
    if (e.skillId !== void 0 && !skillIds.has(e.skill)) skillIds.set(e.skill, e.skillId);
  }
  const skillIdOf = (skill) => {
    let id = skillIds.get(skill);
    if (id === void 0) {
      id = ids.nextSkillId++;
      skillIds.set(skill, id);
    }
    return id;
  };
  const succeeded = [];
  const failed = [];
  const written = [];
  let replaced = 0;
  const unsafe = (item) => rejectTexts.find(
    (t) => [item.intent, ...item.questions, ...item.answers].some((text2) => text2.includes(t))
  );
  for (const item of items) {
    const key = identityKey({ skill: item.skill, title: item.intent });
    const refused = unsafe(item);
    if (refused !== void 0) {
      failed.push({
        skill: item.skill,
        intent: item.intent,
        msg: `content failed the safety check (110003): "${refused}"`
      });
      continue;
    }
    let previous = entries.get(key);
    if (item.oldIntent !== void 0 && item.oldIntent !== item.intent) {
      const oldKey = identityKey({ skill: item.skill, title: item.oldIntent });
      const renamed = entries.get(oldKey);
      if (!renamed) {
        failed.push({
          skill: item.skill,
          intent: item.intent,
          msg: `old_intent "${item.oldIntent}" does not exist in skill "${item.skill}"`
        });
        continue;
      }
      if (previous) {
        failed.push({
          skill: item.skill,
          intent: item.intent,
          msg: `cannot rename "${item.oldIntent}": intent "${item.intent}" already exists in skill "${item.skill}"`
        });
        continue;
      }
      entries.delete(oldKey);
      previous = renamed;
    } else if (item.oldIntent !== void 0 && !previous) {
      failed.push({
        skill: item.skill,
        intent: item.intent,
        msg: `old_intent "${item.oldIntent}" does not exist in skill "${item.skill}"`
      });
      continue;
    }
    if (previous) replaced++;
    const entry = entryOf(item, skillIdOf(item.skill), previous?.intentId ?? ids.nextIntentId++);
    entries.set(key, entry);
    written.push(entry);
    succeeded.push({
      skill: entry.skill,
      skillId: entry.skillId,
      intent: entry.title,
      intentId: entry.intentId
    });
  }
  return { succeeded, failed, replaced, written };
}
function entryOf(item, skillId, intentId) {
  return {
    skill: item.skill,
    title: item.intent,
    // faqops sends one answer; v1's single `content` holds it, `answers` keeps several.
    content: item.answers[0],
    questions: [...item.questions],
    ...item.answers.length > 1 ? { answers: [...item.answers] } : {},
    ...item.threshold !== void 0 ? { threshold: item.threshold } : {},
    ...item.disable ? { disabled: true } : {},
    skillId,
    intentId
  };
}

// src/platform/emulator/v2-tasks.ts
var MAX_TASKS = 1e3;
function fetchTask(task, taskSteps, now) {
  const fetches = task.fetches + 1;
  if (task.fetches < taskSteps) {
    return {
      task: { ...task, fetches },
      report: {
        ...base(task),
        end: 0,
        progress: Math.round(task.fetches * 100 / taskSteps),
        state: 1,
        total_count: task.total
      }
    };
  }
  const end = task.end === 0 ? Math.max(task.start, now) : task.end;
  const everyItemFailed = task.total > 0 && task.succeeded.length === 0;
  return {
    task: { ...task, fetches, end },
    report: {
      ...base(task),
      end,
      fail_count: task.failed.length,
      fail_skill_info: nullIfEmpty(failedSkills(task.failed)),
      msg: everyItemFailed ? `every item failed (${task.failed.length})` : "",
      progress: 100,
      replace_count: task.replaced,
      state: everyItemFailed ? 3 : 2,
      success_count: task.succeeded.length,
      success_skill_info: nullIfEmpty(importedSkills(task.succeeded)),
      total_count: task.total
    }
  };
}
function base(task) {
  return {
    end: 0,
    fail_count: 0,
    fail_skill_info: null,
    import_export_time: null,
    msg: "",
    progress: 0,
    replace_count: 0,
    start: task.start,
    state: 1,
    success_count: 0,
    success_skill_info: null,
    success_upload_count: 0,
    total_count: 0,
    url: ""
  };
}
var nullIfEmpty = (list) => list.length === 0 ? null : list;
function importedSkills(intents) {
  const skills = /* @__PURE__ */ new Map();
  for (const i of intents) {
    let skill = skills.get(i.skill);
    if (!skill) {
      skill = { id: i.skillId, name: i.skill, intents: [] };
      skills.set(i.skill, skill);
    }
    skill.intents.push({ id: i.intentId, name: i.intent });
  }
  return [...skills.values()];
}
function failedSkills(items) {
  const skills = /* @__PURE__ */ new Map();
  for (const i of items) {
    let skill = skills.get(i.skill);
    if (!skill) {
      skill = { name: i.skill, intents: [] };
      skills.set(i.skill, skill);
    }
    skill.intents.push({ name: i.intent, msg: i.msg });
  }
  return [...skills.values()];
}

// src/platform/emulator/bot.ts
var ok = (extra = {}) => ({ errcode: 0, msg: "Success", ...extra });
var ok2 = (data, msg = "success") => ({ code: 0, data, msg });
var refuse2 = (code, msg, data = null) => ({
  code,
  data,
  msg
});
function sortEntries(entries) {
  return [...entries].sort(
    (a, b) => a.skill === b.skill ? compare(a.title, b.title) : compare(a.skill, b.skill)
  );
}
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function createBot(options) {
  const { publishSteps } = options;
  const taskSteps = options.taskSteps ?? 1;
  const entries = new Map(
    (options.state?.entries ?? []).map((e) => [identityKey(e), e])
  );
  let published = options.state?.published ? [...options.state.published] : void 0;
  let publishing;
  let ids = { ...FIRST_IDS, ...pickIds(options.state?.v2) };
  const tasks = new Map((options.state?.v2?.tasks ?? []).map((t) => [t.id, t]));
  const write = (written) => {
    for (const entry of written) {
      const key = identityKey(entry);
      const previous = entries.get(key);
      entries.set(
        key,
        previous?.intentId === void 0 ? entry : { ...entry, skillId: previous.skillId, intentId: previous.intentId }
      );
    }
  };
  const startPublish = (fails) => {
    publishing = {
      snapshot: sortEntries(entries.values()).filter((e) => !e.disabled),
      polls: 0,
      progress: 0,
      fails
    };
  };
  function poll() {
    if (!publishing) return { progress: { progress: 100, status: 1 }, changed: false };
    const count = publishing.polls++;
    if (count < publishSteps) {
      publishing.progress = Math.round(count * 100 / publishSteps);
      return { progress: { progress: publishing.progress, status: 0 }, changed: false };
    }
    const { snapshot, fails, progress } = publishing;
    publishing = void 0;
    if (fails) return { progress: { progress, status: 2 }, changed: false };
    published = snapshot;
    return { progress: { progress: 100, status: 1 }, changed: true };
  }
  return {
    perform(call, performOptions = {}) {
      switch (call.action) {
        case "setautoreply":
          write([call.entry]);
          return { answer: ok(), changed: true, written: [call.entry] };
        case "batchimportskill":
          if (call.mode === 1) entries.clear();
          write(call.entries);
          return { answer: { code: 0, msg: "success" }, changed: true, written: call.entries };
        case "publish":
          startPublish(Boolean(performOptions.publishFails));
          return {
            answer: { code: 0, errcode: 0, msg: "publishing" },
            changed: false,
            written: []
          };
        case "publish_progress": {
          const { progress, changed } = poll();
          return {
            answer: { code: 0, errcode: 0, msg: "ok", data: progress },
            changed,
            written: []
          };
        }
        case "v2/import": {
          const outcome = applyImport(
            entries,
            ids,
            call.mode,
            call.items,
            performOptions.rejectTexts
          );
          tasks.set(call.taskId, {
            id: call.taskId,
            start: call.now,
            end: 0,
            fetches: 0,
            total: call.items.length,
            replaced: outcome.replaced,
            succeeded: outcome.succeeded,
            failed: outcome.failed
          });
          for (const id of tasks.keys()) {
            if (tasks.size <= MAX_TASKS) break;
            tasks.delete(id);
          }
          return {
            answer: ok2({ task_id: call.taskId }, ""),
            changed: true,
            written: outcome.written
          };
        }
        case "v2/fetch": {
          const task = tasks.get(call.taskId);
          if (!task)
            return { answer: refuse2(110002, "task not found"), changed: false, written: [] };
          const fetched = fetchTask(task, taskSteps, call.now);
          tasks.set(task.id, fetched.task);
          return { answer: ok2(fetched.report), changed: true, written: [] };
        }
        case "v2/publish":
          if (publishing) {
            return {
              answer: refuse2(210205, "the bot is already publishing"),
              changed: false,
              written: []
            };
          }
          startPublish(Boolean(performOptions.publishFails));
          return { answer: ok2({ task_id: call.taskId }), changed: false, written: [] };
        case "v2/progress": {
          if (call.env === "debug") {
            return {
              answer: ok2({ end_time: "", progress: 100, status: 1 }),
              changed: false,
              written: []
            };
          }
          const { progress, changed } = poll();
          const status = progress.status === 0 ? 3 : progress.status;
          return {
            answer: ok2({ end_time: "", progress: progress.progress, status }),
            changed,
            written: []
          };
        }
      }
    },
    entries: () => sortEntries(entries.values()),
    published: () => published ? [...published] : void 0,
    state() {
      const state = { entries: sortEntries(entries.values()), published };
      const used = tasks.size > 0 || ids.nextSkillId !== FIRST_IDS.nextSkillId || ids.nextIntentId !== FIRST_IDS.nextIntentId;
      return used ? { ...state, v2: { ...ids, tasks: [...tasks.values()] } } : state;
    },
    reset() {
      entries.clear();
      published = void 0;
      publishing = void 0;
      ids = { ...FIRST_IDS };
      tasks.clear();
    }
  };
}
function pickIds(v2) {
  return v2 ? { nextSkillId: v2.nextSkillId, nextIntentId: v2.nextIntentId } : {};
}

// src/seeded-random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/platform/emulator/faults.ts
function createFaults(options) {
  const random = seededRandom(options.seed);
  let faults = {};
  let schedule = [];
  let admitted = [];
  let counts = { failed: 0, dropped: 0, rateLimited: 0 };
  const set = (next) => {
    faults = { ...next };
    schedule = [...next.failNext ?? []];
  };
  set(options.faults ?? {});
  const status = (code, retryAfter) => ({
    code,
    retryAfter: retryAfter ?? (code === 429 || code === 503 ? faults.retryAfter ?? 1 : void 0)
  });
  function step(now) {
    const next = schedule.shift();
    if (next) {
      if ("drop" in next) {
        counts.dropped++;
        return { drop: true };
      }
      if ("status" in next) {
        counts.failed++;
        return { status: status(next.status, next.retryAfter) };
      }
      if ("errcode" in next) {
        return {
          errcode: {
            errcode: next.errcode,
            errmsg: next.errmsg ?? "error injected by the emulator"
          }
        };
      }
      return { latencyMs: next.latencyMs };
    }
    if (faults.rateLimit !== void 0) {
      admitted = admitted.filter((t) => now - t < 1e3);
      if (admitted.length >= faults.rateLimit) {
        counts.rateLimited++;
        return { status: status(429, faults.retryAfter ?? 1) };
      }
      admitted.push(now);
    }
    if (faults.dropRate && random() < faults.dropRate) {
      counts.dropped++;
      return { drop: true };
    }
    if (faults.failRate && random() < faults.failRate) {
      counts.failed++;
      return { status: status(faults.failStatus ?? 500) };
    }
    return {};
  }
  return {
    set,
    pick(now) {
      const picked = step(now);
      return { ...picked, latencyMs: (picked.latencyMs ?? 0) + (faults.latencyMs ?? 0) };
    },
    publishFails: () => Boolean(faults.publishFails),
    rejectTexts: () => faults.rejectTexts ?? [],
    counts: () => ({ ...counts }),
    reset() {
      set({});
      admitted = [];
      counts = { failed: 0, dropped: 0, rateLimited: 0 };
    }
  };
}

// src/platform/emulator/server.ts
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

// src/platform/emulator/http.ts
var MAX_BODY_BYTES = 16 * 1024 * 1024;
function rawPath(target) {
  const path = target.startsWith("/") ? target : new URL(target, "http://emulator").pathname;
  return path.split(/[?#]/, 1)[0];
}
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return void 0;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function send(res, status, body, type, headers = {}) {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    ...headers
  });
  res.end(body);
}
function sendJson(res, status, value, headers) {
  send(
    res,
    status,
    `${JSON.stringify(value, null, 2)}
`,
    "application/json; charset=utf-8",
    headers
  );
}

// src/platform/emulator/page.ts
var escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function renderPage(entries, published) {
  const fingerprint = (e) => JSON.stringify([e.skill, e.title, e.content, e.questions, e.answers, e.threshold]);
  const live = new Set((published ?? []).map(fingerprint));
  const rows = entries.map((e) => {
    const cells = [
      e.skill,
      e.title,
      e.questions.join("\n"),
      e.content,
      // A disabled entry is never published: say why it is not live.
      live.has(fingerprint(e)) ? "yes" : e.disabled ? "no (disabled)" : "no"
    ];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`;
  }).join("\n");
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>faqops emulator</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;white-space:pre-wrap}</style>
</head><body>
<h1>faqops emulator</h1>
<p>${entries.length} entries; ${published ? `${published.length} published` : "never published"}. JSON: <a href="/entries">/entries</a>, <a href="/stats">/stats</a>.</p>
<table><thead><tr><th>skill</th><th>title</th><th>similar questions</th><th>answer</th><th>published</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}

// src/platform/emulator/xml.ts
var XmlSyntaxError = class extends Error {
  name = "XmlSyntaxError";
};
var ILLEGAL = new RegExp("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|\\p{Cs}", "u");
var NAME_START = ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
var NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
var NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, "uy");
var SPACE = /[ \t\n\r]*/y;
var MARKUP = /[<&]/g;
var DECLARATION = /<\?xml[ \t\n\r][^?]*\?>/y;
var PREDEFINED = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'"
};
function isXmlChar(code) {
  return code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
}
function readXml(source) {
  const illegal = ILLEGAL.exec(source);
  if (illegal) {
    const code = illegal[0].codePointAt(0);
    throw new XmlSyntaxError(
      `character U+${code.toString(16).toUpperCase().padStart(4, "0")} at offset ${illegal.index} is not allowed in XML`
    );
  }
  const text2 = source.replace(/\r\n?/g, "\n");
  let at = 0;
  const fail = (what) => {
    throw new XmlSyntaxError(`${what} at offset ${at}`);
  };
  const startsWith = (token) => text2.startsWith(token, at);
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text2);
    at = SPACE.lastIndex;
  };
  const readName = () => {
    NAME.lastIndex = at;
    const match = NAME.exec(text2);
    if (!match) return fail("expected a name");
    at = NAME.lastIndex;
    return match[0];
  };
  const until = (end, what) => {
    const close = text2.indexOf(end, at);
    if (close < 0) return fail(`unclosed ${what}`);
    const body = text2.slice(at, close);
    at = close + end.length;
    return body;
  };
  const readMisc = () => {
    if (startsWith("<!--")) {
      at += 4;
      const body = until("-->", "comment");
      if (body.includes("--") || body.endsWith("-")) fail('"--" inside a comment');
      return true;
    }
    if (startsWith("<?")) fail("a processing instruction (not part of the format)");
    if (startsWith("<!DOCTYPE")) fail("a DOCTYPE (not part of the format)");
    return false;
  };
  const readReference = () => {
    const body = until(";", "reference");
    if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body];
    const numeric = /^#(?:([0-9]+)|x([0-9A-Fa-f]+))$/.exec(body);
    if (!numeric) return fail(`undefined entity "&${body.slice(0, 20)};"`);
    const code = numeric[1] !== void 0 ? Number(numeric[1]) : Number.parseInt(numeric[2], 16);
    if (!isXmlChar(code)) {
      return fail(`a reference to U+${code.toString(16).toUpperCase()}, not allowed in XML,`);
    }
    return String.fromCodePoint(code);
  };
  const readAttributeValue = () => {
    const quote = text2[at];
    if (quote !== '"' && quote !== "'") return fail("expected a quoted attribute value");
    at++;
    let value = "";
    for (; ; ) {
      const c = text2[at];
      if (c === void 0) return fail("unclosed attribute value");
      at++;
      if (c === quote) return value;
      if (c === "<") fail('"<" inside an attribute value');
      value += c === "&" ? readReference() : c;
    }
  };
  const readElement = () => {
    at++;
    const name = readName();
    const attributes = [];
    for (; ; ) {
      const before = at;
      skipSpace();
      if (startsWith("/>")) {
        at += 2;
        return { name, attributes, children: [], text: "" };
      }
      if (startsWith(">")) {
        at++;
        break;
      }
      if (at === before) fail(`expected ">" or an attribute in <${name}>`);
      const attribute = readName();
      if (attributes.includes(attribute)) fail(`attribute ${attribute} twice in <${name}>`);
      skipSpace();
      if (!startsWith("=")) fail(`expected "=" after attribute ${attribute}`);
      at++;
      skipSpace();
      readAttributeValue();
      attributes.push(attribute);
    }
    const children = [];
    let content = "";
    for (; ; ) {
      if (at >= text2.length) return fail(`unclosed <${name}>`);
      if (startsWith("</")) {
        at += 2;
        const end = readName();
        if (end !== name) fail(`</${end}> closes <${name}>`);
        skipSpace();
        if (!startsWith(">")) fail(`expected ">" to end </${end}>`);
        at++;
        return { name, attributes, children, text: content };
      }
      if (startsWith("<![CDATA[")) {
        at += 9;
        content += until("]]>", "CDATA section");
      } else if (startsWith("<")) {
        if (!readMisc()) children.push(readElement());
      } else if (startsWith("&")) {
        at++;
        content += readReference();
      } else {
        MARKUP.lastIndex = at;
        const next = MARKUP.exec(text2)?.index ?? text2.length;
        const run = text2.slice(at, next);
        const terminator = run.indexOf("]]>");
        if (terminator >= 0) {
          at += terminator;
          fail('"]]>" outside a CDATA section');
        }
        content += run;
        at = next;
      }
    }
  };
  DECLARATION.lastIndex = 0;
  if (DECLARATION.exec(text2)) at = DECLARATION.lastIndex;
  skipSpace();
  while (readMisc()) skipSpace();
  if (!startsWith("<")) fail("expected the root element");
  const root = readElement();
  skipSpace();
  while (readMisc()) skipSpace();
  if (at < text2.length) fail("content after the root element");
  return root;
}

// src/platform/emulator/request.ts
var ACTIONS = ["setautoreply", "batchimportskill", "publish", "publish_progress"];
var one = (name) => ({ name, required: true, repeated: false });
var MANAGERID = one("managerid");
var QUESTIONS = { name: "question", required: false, repeated: true };
var FIELDS = {
  setautoreply: [MANAGERID, one("skillname"), one("title"), one("content"), QUESTIONS],
  batchimportskill: [
    MANAGERID,
    one("mode"),
    {
      name: "skill",
      required: false,
      repeated: true,
      fields: [
        one("skillname"),
        one("title"),
        QUESTIONS,
        { name: "answer", required: true, repeated: true }
      ]
    }
  ],
  publish: [MANAGERID],
  publish_progress: [MANAGERID]
};
var refuse = (errcode, errmsg) => ({
  refusal: { errcode, errmsg }
});
function openRequest(body, credentials) {
  let encrypted;
  try {
    encrypted = JSON.parse(body)?.encrypt;
  } catch {
    encrypted = void 0;
  }
  if (typeof encrypted !== "string") {
    return refuse(1019, 'request body must be {"encrypt": "..."}');
  }
  let plaintext;
  try {
    plaintext = createCryptor(credentials).decrypt(encrypted);
  } catch (error) {
    if (error instanceof DecryptError && error.reason === "appid") {
      return refuse(1009, "appid check failed");
    }
    if (error instanceof DecryptError && error.reason === "encoding") {
      return refuse(1019, "decrypted request is not UTF-8");
    }
    return refuse(1013, `decrypt failed: ${error.message}`);
  }
  let root;
  try {
    root = readXml(plaintext);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return refuse(1019, `decrypted request is not well-formed XML: ${error.message}`);
  }
  if (root.name !== "xml") {
    return refuse(1019, `decrypted request's root is <${root.name}>, not <xml>`);
  }
  return { root };
}
function readCall(action, root, managerId) {
  const read = readFields(root, FIELDS[action], action);
  if (typeof read === "string") return refuse(1007, read);
  const mode = text(read, "mode");
  if (action === "batchimportskill" && mode !== "0" && mode !== "1") {
    return refuse(1007, "mode must be 0 or 1");
  }
  if (text(read, "managerid") !== managerId) return refuse(1015, "managerid is not valid");
  switch (action) {
    case "setautoreply":
      return { call: { action, entry: entryOf2(read, text(read, "content")) } };
    case "batchimportskill": {
      const entries = (read.get("skill") ?? []).map((skill) => {
        const fields = skill;
        return entryOf2(fields, text(fields, "answer"));
      });
      return { call: { action, mode: mode === "1" ? 1 : 0, entries } };
    }
    default:
      return { call: { action } };
  }
}
function text(fields, name) {
  return fields.get(name)?.[0] ?? "";
}
function entryOf2(fields, content) {
  return {
    skill: text(fields, "skillname"),
    title: text(fields, "title"),
    content,
    questions: fields.get("question") ?? []
  };
}
function readFields(element, fields, where) {
  const order = `${where}'s fields are, in order: ${fields.map((f) => f.repeated ? `${f.name}\u2026` : f.name).join(", ")}`;
  if (element.attributes.length > 0) {
    return `<${element.name}> has attributes (${element.attributes.join(", ")}); ${order}`;
  }
  if (!/^[ \t\n\r]*$/.test(element.text)) {
    return `text outside the fields in <${element.name}>; ${order}`;
  }
  let last = -1;
  for (const child of element.children) {
    const index = fields.findIndex((f) => f.name === child.name);
    if (index < 0) return `unknown element <${child.name}> in <${element.name}>; ${order}`;
    if (index < last) {
      return `<${child.name}> is out of order: it comes after <${fields[last].name}>; ${order}`;
    }
    if (index === last && !fields[index].repeated) {
      return `<${child.name}> appears more than once; ${order}`;
    }
    last = index;
  }
  const read = /* @__PURE__ */ new Map();
  for (const field of fields) {
    const present = element.children.filter((c) => c.name === field.name);
    if (field.required && present.length === 0) return `${field.name} cannot be empty`;
    const values = [];
    for (const child of present) {
      if (field.fields) {
        const inner = readFields(child, field.fields, `<${field.name}>`);
        if (typeof inner === "string") return inner;
        values.push(inner);
        continue;
      }
      if (child.attributes.length > 0) {
        return `<${child.name}> has attributes (${child.attributes.join(", ")}); fields are text only`;
      }
      if (child.children.length > 0) {
        return `<${child.name}> holds <${child.children[0].name}>; fields are text only`;
      }
      if (field.required && child.text === "") return `${field.name} cannot be empty`;
      values.push(child.text);
    }
    read.set(field.name, values);
  }
  return read;
}

// src/platform/emulator/v2-request.ts
var V2_ACTIONS = [
  "v2/token",
  "v2/bot/import/json",
  "v2/async/fetch",
  "v2/bot/publish",
  "v2/bot/effective_progress"
];
var ACTION_SET = new Set(V2_ACTIONS);
function v2ActionOf(path) {
  const action = path.slice(1);
  return ACTION_SET.has(action) ? action : void 0;
}
var DEFAULT_MAX_IMPORT_ITEMS = 100;
var MAX_SKILL_LENGTH = 30;
var MAX_SKEW_SECONDS = 300;
var VISIBLE_ASCII = /^[\x21-\x7e]{1,64}$/;
var FORMATS = [
  ["request_id", VISIBLE_ASCII, "1 to 64 visible ASCII characters, such as a UUID"],
  ["timestamp", /^(?:0|[1-9][0-9]{0,18})$/, "unix seconds in decimal"],
  ["nonce", VISIBLE_ASCII, "1 to 64 visible ASCII characters (10 to 32 recommended)"],
  ["sign", /^[0-9a-f]{32}$/, "32 lower-case hex characters"]
];
var paramError = (msg) => ({ answer: refuse2(110002, msg), why: msg });
var tokenRefused = (why) => ({
  answer: refuse2(110001, "Internal Server Error", { err_detail: 210202 }),
  why
});
function echoedRequestId(headers) {
  const values = headers.request_id;
  return values?.length === 1 ? values[0] : "";
}
function readV2Headers(action, headers) {
  const single = (name) => {
    const values = headers[name];
    if (values === void 0 || values.length === 0) return void 0;
    if (values.length > 1) return paramError(`header ${name} is sent more than once`);
    return values[0];
  };
  const read = {};
  for (const name of ["x-appid", "x-openai-token", "content-type"]) {
    const value = single(name);
    if (typeof value === "object") return { refusal: value };
    read[name] = value;
  }
  for (const [name, format, expected] of FORMATS) {
    const value = single(name);
    if (typeof value === "object") return { refusal: value };
    if (value === void 0) return { refusal: paramError(`header ${name} is missing`) };
    if (!format.test(value)) return { refusal: paramError(`header ${name} must be ${expected}`) };
    read[name] = value;
  }
  const isToken2 = action === "v2/token";
  const wrong = isToken2 ? "x-openai-token" : "x-appid";
  if (read[wrong] !== void 0) {
    return {
      refusal: paramError(
        isToken2 ? "X-OPENAI-TOKEN is not sent to /v2/token (X-APPID and X-OPENAI-TOKEN are exclusive)" : "X-APPID is sent to /v2/token only (X-APPID and X-OPENAI-TOKEN are exclusive)"
      )
    };
  }
  return {
    headers: {
      requestId: read.request_id,
      timestamp: read.timestamp,
      nonce: read.nonce,
      sign: read.sign,
      credential: read[isToken2 ? "x-appid" : "x-openai-token"] ?? "",
      contentType: read["content-type"]
    }
  };
}
function signatureProblem(headers, body, token, now) {
  const skew = Math.abs(Math.floor(now / 1e3) - Number(headers.timestamp));
  if (skew > MAX_SKEW_SECONDS) {
    return `timestamp is ${skew} s from the emulator's clock (at most ${MAX_SKEW_SECONDS})`;
  }
  const expected = md5Hex(token + headers.timestamp + headers.nonce + md5Hex(body));
  return expected === headers.sign ? void 0 : "the signature does not match the body";
}
function checkTokenCall(headers, body, credentials, now) {
  if (headers.credential !== credentials.appId) {
    return tokenRefused(
      headers.credential === "" ? "X-APPID is missing" : "X-APPID is not the APPID"
    );
  }
  const problem = signatureProblem(headers, body, credentials.token, now);
  return problem === void 0 ? void 0 : tokenRefused(problem);
}
function checkAccount(account, managerId) {
  return account === managerId ? void 0 : tokenRefused("account is not the administrator");
}
function checkSignature(headers, body, token, now) {
  const problem = signatureProblem(headers, body, token, now);
  return problem === void 0 ? void 0 : { badSign: true, why: problem };
}
function readV2Call(action, headers, body, limits = {}) {
  let value;
  if (body.length === 0 && action === "v2/bot/publish") {
    value = {};
  } else {
    const json = readJson(body, headers.contentType);
    if ("refusal" in json) return json;
    value = json.value;
  }
  const problem = (msg) => ({ refusal: paramError(msg) });
  switch (action) {
    case "v2/token": {
      const fields = objectWith(value, { account: "string" }, ["account"], "the body");
      if (typeof fields === "string") return problem(fields);
      return { call: { action, account: fields.account } };
    }
    case "v2/bot/import/json": {
      const read = readImport(value, limits.maxImportItems ?? DEFAULT_MAX_IMPORT_ITEMS);
      return typeof read === "string" ? problem(read) : { call: { action, ...read } };
    }
    case "v2/async/fetch": {
      const fields = objectWith(value, { task_id: "string" }, ["task_id"], "the body");
      if (typeof fields === "string") return problem(fields);
      if (fields.task_id === "") return problem("task_id is empty");
      return { call: { action, taskId: fields.task_id } };
    }
    case "v2/bot/publish": {
      const fields = objectWith(value, {}, [], "publish's body");
      return typeof fields === "string" ? problem(fields) : { call: { action } };
    }
    case "v2/bot/effective_progress": {
      const fields = objectWith(value, { env: "string" }, ["env"], "the body");
      if (typeof fields === "string") return problem(fields);
      const env = fields.env;
      if (env !== "online" && env !== "debug") return problem('env must be "online" or "debug"');
      return { call: { action, env } };
    }
  }
}
function readJson(body, contentType) {
  if (!/^application\/json[ \t]*(?:;[ \t]*charset="?utf-8"?[ \t]*)?$/i.test(contentType ?? "")) {
    return { refusal: paramError("content-type must be application/json") };
  }
  const parseError = (msg) => ({
    refusal: { answer: refuse2(210106, `JSON parse failed: ${msg}`), why: msg }
  });
  let text2;
  try {
    text2 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return parseError("the body is not UTF-8");
  }
  try {
    return { value: JSON.parse(text2) };
  } catch (error) {
    return parseError(error.message);
  }
}
var typeOf = (value) => value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
function objectWith(value, fields, required, where) {
  if (typeOf(value) !== "object") return `${where} must be a JSON object, not ${typeOf(value)}`;
  const object = value;
  const known = Object.keys(fields);
  for (const key of Object.keys(object)) {
    if (!Object.hasOwn(fields, key)) {
      return `${where} has an unknown key "${key}" (${known.length > 0 ? `it takes ${known.join(", ")}` : "it takes none"})`;
    }
    const type = typeOf(object[key]);
    if (type !== fields[key]) {
      return `${where}'s ${key} must be ${fields[key] === "array" ? "an" : "a"} ${fields[key]}, not ${type}`;
    }
  }
  for (const key of required) if (!(key in object)) return `${where} has no ${key}`;
  return object;
}
var ITEM_FIELDS = {
  skill: "string",
  intent: "string",
  old_intent: "string",
  threshold: "string",
  disable: "boolean",
  questions: "array",
  answers: "array"
};
var ITEM_REQUIRED = ["skill", "intent", "answers"];
var THRESHOLD = /^(?:0(?:\.[0-9]+)?|1(?:\.0+)?)$/;
var isBlank = (s) => s.trim() === "";
function readImport(value, maxItems) {
  const body = objectWith(value, { mode: "number", data: "array" }, ["mode", "data"], "the body");
  if (typeof body === "string") return body;
  const mode = body.mode;
  if (mode !== 0 && mode !== 1) return "mode must be 0 or 1";
  const data = body.data;
  if (data.length > maxItems) {
    return `data has ${data.length} items; at most ${maxItems} per call`;
  }
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  const renamed = /* @__PURE__ */ new Set();
  for (const [index, raw] of data.entries()) {
    const where = `data[${index}]`;
    const item = objectWith(raw, ITEM_FIELDS, ITEM_REQUIRED, where);
    if (typeof item === "string") return item;
    const { skill, intent, old_intent: oldIntent, threshold } = item;
    if (isBlank(skill)) return `${where}.skill is empty`;
    if ([...skill].length > MAX_SKILL_LENGTH) {
      return `${where}.skill is longer than ${MAX_SKILL_LENGTH} characters`;
    }
    if (isBlank(intent)) return `${where}.intent is empty`;
    if (oldIntent !== void 0) {
      if (mode === 1) return `${where}.old_intent cannot be sent with mode 1`;
      if (isBlank(oldIntent)) return `${where}.old_intent is empty`;
    }
    if (threshold !== void 0 && !THRESHOLD.test(threshold)) {
      return `${where}.threshold must be a string holding a number from 0 to 1, such as "0.9"`;
    }
    const questions = strings(item.questions ?? [], `${where}.questions`);
    if (typeof questions === "string") return questions;
    const answers = strings(item.answers, `${where}.answers`);
    if (typeof answers === "string") return answers;
    if (answers.length === 0) return `${where}.answers is empty: an intent needs an answer`;
    const key = JSON.stringify([skill, intent]);
    if (seen.has(key)) return `${where}: intent "${intent}" of skill "${skill}" appears twice`;
    seen.add(key);
    if (oldIntent !== void 0) {
      const from = JSON.stringify([skill, oldIntent]);
      if (renamed.has(from)) {
        return `${where}: old_intent "${oldIntent}" of skill "${skill}" is renamed twice`;
      }
      renamed.add(from);
    }
    items.push({
      skill,
      intent,
      ...oldIntent !== void 0 ? { oldIntent } : {},
      ...threshold !== void 0 ? { threshold } : {},
      disable: item.disable === true,
      questions,
      answers
    });
  }
  return { mode, items };
}
function strings(list, where) {
  for (const [index, value] of list.entries()) {
    if (typeof value !== "string")
      return `${where}[${index}] must be a string, not ${typeOf(value)}`;
    if (isBlank(value)) return `${where}[${index}] is empty`;
  }
  return list;
}

// src/platform/emulator/v2.ts
function createV2Handler(parts) {
  const { credentials, bot, tokens, faults, store, counters, log, now, newTaskId } = parts;
  const limits = { maxImportItems: parts.maxImportItems };
  async function perform(action, headers, body) {
    const at = now();
    const read = readV2Headers(action, headers);
    if ("refusal" in read) return read.refusal;
    const h = read.headers;
    if (action === "v2/token") {
      const refused = checkTokenCall(h, body, credentials, at);
      if (refused) return refused;
    } else {
      if (!tokens.valid(h.credential, at)) {
        return {
          // The reference's answer for a call without permission ([fetch]), and its safe
          // default for an expired token.
          answer: refuse2(210202, "\u6743\u9650\u4E0D\u8DB3"),
          why: h.credential === "" ? "X-OPENAI-TOKEN is missing" : "unknown or expired token"
        };
      }
      const refused = checkSignature(h, body, credentials.token, at);
      if (refused) return refused;
    }
    const called = readV2Call(action, h, body, limits);
    if ("refusal" in called) return called.refusal;
    const { call } = called;
    const seconds = Math.floor(at / 1e3);
    let botCall;
    switch (call.action) {
      case "v2/token": {
        const refused = checkAccount(call.account, credentials.managerId);
        if (refused) return refused;
        const token = tokens.issue(at);
        await store.save();
        return { answer: ok2({ access_token: token }) };
      }
      case "v2/bot/import/json":
        botCall = {
          action: "v2/import",
          mode: call.mode,
          items: call.items,
          taskId: newTaskId(),
          now: seconds
        };
        break;
      case "v2/async/fetch":
        botCall = { action: "v2/fetch", taskId: call.taskId, now: seconds };
        break;
      case "v2/bot/publish":
        botCall = { action: "v2/publish", taskId: newTaskId() };
        break;
      case "v2/bot/effective_progress":
        botCall = { action: "v2/progress", env: call.env };
        break;
    }
    const outcome = bot.perform(botCall, {
      publishFails: faults.publishFails(),
      rejectTexts: faults.rejectTexts()
    });
    counters.wrote(outcome.written);
    if (call.action === "v2/bot/publish" && outcome.answer.code === 0) counters.published();
    if (outcome.changed) await store.save();
    return { answer: outcome.answer };
  }
  return async (req, res, action, admitted) => {
    const requestId = echoedRequestId(req.headersDistinct);
    const outcome = admitted.errcode ? {
      answer: refuse2(admitted.errcode.errcode, admitted.errcode.errmsg),
      why: "fault"
    } : await perform(action, req.headersDistinct, admitted.body);
    if ("badSign" in outcome) {
      counters.rejected();
      log(`${action}: HTTP 400 invalid sign request (${outcome.why})`);
      return send(res, 400, "invalid sign request", "text/plain; charset=utf-8");
    }
    const code = Number(outcome.answer.code);
    if (code !== 0) counters.rejected();
    const why = outcome.why ?? String(outcome.answer.msg);
    log(`${action}: ${code === 0 ? "ok" : `code ${code} (${why})`}`);
    sendJson(res, 200, { ...outcome.answer, request_id: requestId });
  };
}

// src/platform/emulator/server.ts
function createCounters(key) {
  const empty = () => ({
    total: 0,
    byAction: {},
    writes: /* @__PURE__ */ new Map(),
    rejected: 0,
    publishes: 0
  });
  let counts = empty();
  return {
    request(action) {
      counts.total++;
      counts.byAction[action] = (counts.byAction[action] ?? 0) + 1;
    },
    wrote(entries) {
      for (const entry of entries) {
        const k = key(entry);
        counts.writes.set(k, (counts.writes.get(k) ?? 0) + 1);
      }
    },
    rejected() {
      counts.rejected++;
    },
    published() {
      counts.publishes++;
    },
    stats: (faults) => ({
      requests: { total: counts.total, byAction: { ...counts.byAction } },
      writes: Object.fromEntries(counts.writes),
      rejected: counts.rejected,
      faults: { ...faults },
      publishes: counts.publishes
    }),
    reset() {
      counts = empty();
    }
  };
}
function createEmulatorServer(parts) {
  const { credentials, bot, faults, store, counters, log, stopping } = parts;
  const actions = new Set(ACTIONS);
  const handleV2 = createV2Handler(parts);
  async function admit(req, res, action) {
    counters.request(action);
    const body = await readBody(req);
    if (body === void 0) {
      sendJson(res, 413, { error: "request body too large" });
      return void 0;
    }
    const fault = faults.pick(parts.now());
    if (fault.latencyMs > 0) {
      await sleep(fault.latencyMs, void 0, { signal: stopping }).catch(() => {
      });
      if (res.destroyed || req.socket.destroyed) {
        log(`${action}: client left during latency`);
        return void 0;
      }
    }
    if (fault.drop) {
      log(`${action}: connection dropped (fault)`);
      req.socket.destroy();
      return void 0;
    }
    if (fault.status) {
      const { code, retryAfter } = fault.status;
      log(`${action}: HTTP ${code} (fault)`);
      sendJson(
        res,
        code,
        { error: "fault injected by the emulator" },
        retryAfter === void 0 ? {} : { "retry-after": String(retryAfter) }
      );
      return void 0;
    }
    return { body, errcode: fault.errcode };
  }
  async function handleCall(req, res, action, token) {
    const admitted = await admit(req, res, action);
    if (!admitted) return;
    const body = admitted.body.toString("utf8");
    let answer;
    if (admitted.errcode) {
      answer = admitted.errcode;
    } else if (token !== credentials.token) {
      answer = { errcode: 1001, errmsg: "TOKEN is not valid" };
    } else {
      answer = await perform(action, body);
    }
    const errcode = Number(answer.errcode ?? answer.code ?? 0);
    if (errcode !== 0) counters.rejected();
    log(`${action}: ${errcode === 0 ? "ok" : `errcode ${errcode} (${answer.errmsg})`}`);
    sendJson(res, 200, answer);
  }
  async function perform(action, body) {
    const opened = openRequest(body, credentials);
    if ("refusal" in opened) return opened.refusal;
    const read = readCall(action, opened.root, credentials.managerId);
    if ("refusal" in read) return read.refusal;
    const outcome = bot.perform(read.call, { publishFails: faults.publishFails() });
    counters.wrote(outcome.written);
    if (read.call.action === "publish") counters.published();
    if (outcome.changed) await store.save();
    return outcome.answer;
  }
  async function handleV2Call(req, res, action) {
    const admitted = await admit(req, res, action);
    if (admitted) await handleV2(req, res, action, admitted);
  }
  async function handle(req, res) {
    const path = rawPath(req.url ?? "/");
    const call = /^\/openapi\/([^/]+)\/([^/]*)$/.exec(path);
    if (call) {
      const action = call[1];
      if (!actions.has(action)) return sendJson(res, 404, { error: `no such action: ${action}` });
      if (req.method !== "POST") {
        return sendJson(res, 405, { error: "use POST" }, { allow: "POST" });
      }
      return handleCall(req, res, action, call[2]);
    }
    if (path.startsWith("/v2/")) {
      const action = v2ActionOf(path);
      if (!action) return sendJson(res, 404, { error: `no such v2 call: ${path}` });
      if (req.method !== "POST") {
        return sendJson(res, 405, { error: "use POST" }, { allow: "POST" });
      }
      return handleV2Call(req, res, action);
    }
    if (req.method !== "GET") return sendJson(res, 405, { error: "use GET" }, { allow: "GET" });
    if (path === "/entries") {
      return sendJson(res, 200, { entries: bot.entries(), published: bot.published() ?? null });
    }
    if (path === "/stats") return sendJson(res, 200, counters.stats(faults.counts()));
    if (path === "/") {
      return send(res, 200, renderPage(bot.entries(), bot.published()), "text/html; charset=utf-8");
    }
    return sendJson(res, 404, { error: "not found" });
  }
  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      log(`internal error: ${error.message}`);
      if (!res.headersSent) sendJson(res, 500, { error: error.message });
      else res.destroy();
    });
  });
}

// src/platform/emulator/storage.ts
import { readFile } from "node:fs/promises";
var STATE_VERSION = 1;
var DAMAGED_HINT = "fix or delete it; the emulator then starts with an empty bot.";
var isString = (v) => typeof v === "string";
var isStrings = (v) => Array.isArray(v) && v.every(isString);
var isId = (v) => Number.isSafeInteger(v) && v > 0;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isEntry(value) {
  if (!isObject(value)) return false;
  const e = value;
  return isString(e.skill) && isString(e.title) && isString(e.content) && isStrings(e.questions) && (e.threshold === void 0 || isString(e.threshold)) && (e.disabled === void 0 || e.disabled === true) && (e.skillId === void 0 || isId(e.skillId)) && (e.intentId === void 0 || isId(e.intentId)) && (e.answers === void 0 || isStrings(e.answers));
}
function isTask(value) {
  if (!isObject(value)) return false;
  const t = value;
  const count = (v) => Number.isSafeInteger(v) && v >= 0;
  return isString(t.id) && count(t.start) && count(t.end) && count(t.fetches) && count(t.total) && count(t.replaced) && Array.isArray(t.succeeded) && t.succeeded.every(
    (i) => isObject(i) && isString(i.skill) && isId(i.skillId) && isString(i.intent) && isId(i.intentId)
  ) && Array.isArray(t.failed) && t.failed.every((i) => isObject(i) && isString(i.skill) && isString(i.intent) && isString(i.msg));
}
var isToken = (value) => isObject(value) && isString(value.token) && Number.isSafeInteger(value.expiresAt);
function readV2(value) {
  if (value === void 0) return void 0;
  if (!isObject(value) || !isId(value.nextSkillId) || !isId(value.nextIntentId) || !Array.isArray(value.tasks) || !value.tasks.every(isTask) || !Array.isArray(value.tokens) || !value.tokens.every(isToken)) {
    return null;
  }
  const { nextSkillId, nextIntentId, tasks, tokens } = value;
  return { bot: { nextSkillId, nextIntentId, tasks }, tokens };
}
async function loadState(file) {
  let raw;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") {
      return { bot: { entries: [], published: void 0 }, tokens: [] };
    }
    throw new StateFileError(`Cannot read the emulator state file ${file}.`, { cause: error });
  }
  let json;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new StateFileError(`The emulator state file ${file} is not valid JSON.`, {
      cause: error,
      hint: DAMAGED_HINT
    });
  }
  const state = json;
  const published = state?.published;
  const v2 = readV2(state?.v2);
  if (typeof state !== "object" || state === null || state.version !== STATE_VERSION || !Array.isArray(state.entries) || !state.entries.every(isEntry) || !(published === null || Array.isArray(published) && published.every(isEntry)) || v2 === null) {
    throw new StateFileError(
      `The emulator state file ${file} is not a version ${STATE_VERSION} state (entries, published, v2).`,
      { hint: DAMAGED_HINT }
    );
  }
  const bot = {
    entries: state.entries,
    published: published ?? void 0
  };
  return {
    bot: v2?.bot ? { ...bot, v2: v2.bot } : bot,
    tokens: v2?.tokens ?? []
  };
}
function render(state) {
  const { entries, published, v2 } = state.bot;
  const hasV2 = v2 !== void 0 || state.tokens.length > 0;
  const file = {
    version: STATE_VERSION,
    entries,
    published: published ?? null,
    ...hasV2 ? {
      v2: {
        nextSkillId: v2?.nextSkillId ?? FIRST_IDS.nextSkillId,
        nextIntentId: v2?.nextIntentId ?? FIRST_IDS.nextIntentId,
        tasks: v2?.tasks ?? [],
        tokens: state.tokens
      }
    } : {}
  };
  return `${JSON.stringify(file, null, 2)}
`;
}
function createStore(file, state) {
  let saving = Promise.resolve();
  let queued;
  return {
    save() {
      if (!file) return Promise.resolve();
      if (queued) return queued;
      const next = saving.then(async () => {
        queued = void 0;
        const text2 = render(state());
        try {
          await writeFileAtomic(file, text2);
        } catch (error) {
          throw new StateFileError(`Cannot write the emulator state file ${file}.`, {
            cause: error
          });
        }
      });
      queued = next;
      saving = next.catch(() => {
      });
      return next;
    },
    settled: () => saving
  };
}

// src/platform/emulator/v2-tokens.ts
import { randomBytes } from "node:crypto";
var DEFAULT_TOKEN_TTL_MS = 2 * 60 * 60 * 1e3;
function createTokenStore(options) {
  const { ttlMs, mint = mintAccessToken } = options;
  const tokens = new Map((options.tokens ?? []).map((t) => [t.token, t.expiresAt]));
  return {
    issue(now) {
      for (const [token2, expiresAt] of tokens) if (expiresAt <= now) tokens.delete(token2);
      const token = mint();
      tokens.set(token, now + ttlMs);
      return token;
    },
    valid(token, now) {
      const expiresAt = tokens.get(token);
      return expiresAt !== void 0 && now < expiresAt;
    },
    state: () => [...tokens].map(([token, expiresAt]) => ({ token, expiresAt })),
    reset() {
      tokens.clear();
    }
  };
}
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function mintAccessToken() {
  const alnum = (n) => [...randomBytes(n)].map((b) => ALNUM[b % ALNUM.length]).join("");
  return `${alnum(16)}+${alnum(1)}-${alnum(12)}@${randomBytes(10).toString("hex")}`;
}

// src/platform/emulator/index.ts
function entryKey(skill, title) {
  return identityKey({ skill, title });
}
async function startEmulator(options = {}) {
  const credentials = Object.freeze({
    ...DEFAULT_EMULATOR_CREDENTIALS,
    ...options.credentials
  });
  checkToken(credentials.token);
  createCryptor(credentials);
  const maxImportItems = options.maxImportItems ?? DEFAULT_MAX_IMPORT_ITEMS;
  if (!Number.isSafeInteger(maxImportItems) || maxImportItems < 1) {
    throw new RangeError(
      `maxImportItems must be a whole number of at least 1, not ${maxImportItems}`
    );
  }
  const saved = options.statePath ? await loadState(options.statePath) : void 0;
  const bot = createBot({
    publishSteps: options.publishSteps ?? 3,
    taskSteps: options.taskSteps ?? 1,
    state: saved?.bot
  });
  const tokens = createTokenStore({
    ttlMs: options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
    tokens: saved?.tokens
  });
  const faults = createFaults({ seed: options.seed ?? Date.now(), faults: options.faults });
  const store = createStore(options.statePath, () => ({
    bot: bot.state(),
    tokens: tokens.state()
  }));
  const counters = createCounters(identityKey);
  const stopping = new AbortController();
  const server = createEmulatorServer({
    credentials,
    bot,
    faults,
    store,
    counters,
    tokens,
    log: options.log ?? (() => {
    }),
    stopping: stopping.signal,
    now: options.now ?? Date.now,
    newTaskId: () => randomBytes2(16).toString("hex"),
    maxImportItems
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const bound = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  const host = address.family === "IPv6" ? `[${bound}]` : bound;
  return {
    url: `http://${host}:${address.port}`,
    credentials,
    entries: () => bot.entries(),
    published: () => bot.published(),
    stats: () => counters.stats(faults.counts()),
    setFaults: (next) => faults.set(next),
    async reset() {
      bot.reset();
      tokens.reset();
      faults.reset();
      counters.reset();
      await store.save();
    },
    async stop() {
      stopping.abort();
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.settled();
    }
  };
}
export {
  DEFAULT_EMULATOR_CREDENTIALS,
  entryKey,
  openRequest,
  readCall,
  startEmulator
};
