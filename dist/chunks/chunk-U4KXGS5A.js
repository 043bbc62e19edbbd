import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/options/paths.ts
import path from "node:path";
var DEFAULT_CONTENT_DIR = "content";
var DEFAULT_LOCKFILE = "faqops.lock.json";
var CACHE_DIR = ".faqops-cache";
var EMULATOR_DIR = `${CACHE_DIR}/emulator`;
function emulatorDirFor(root, target) {
  return path.resolve(root, target === void 0 ? EMULATOR_DIR : `${EMULATOR_DIR}/${target}`);
}
function defaultLockfile(target) {
  return target === void 0 ? DEFAULT_LOCKFILE : `faqops.${target}.lock.json`;
}
function displayPath(cwd, absolute) {
  const rel = path.relative(cwd, absolute) || ".";
  return rel.split(path.sep).join("/");
}

// src/diagnostics.ts
function sortDiagnostics(list) {
  return [...list].sort(
    (a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message)
  );
}
function formatDiagnostic(d) {
  return `${oneLine(d.file)}:${d.line}:${d.column}: ${d.severity} ${d.ruleId} ${oneLine(d.message)}`;
}
function oneLine(text) {
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, escapeCharacter) : text;
}
var UNPRINTABLE = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
);
var UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "g");
function escapeCharacter(c) {
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "	") return "\\t";
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function countDiagnostics(list) {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/content/rules.ts
var RULES = {
  // Files
  "invalid-utf8": "error",
  "file-unreadable": "error",
  "file-ignored": "warning",
  "file-symlink-outside": "warning",
  "file-symlink-folder": "warning",
  "cache-symlink": "warning",
  // Front matter
  "front-matter-missing": "error",
  "front-matter-unclosed": "error",
  "front-matter-yaml": "error",
  "front-matter-shape": "error",
  "key-duplicate": "error",
  "unknown-key": "error",
  "key-type": "error",
  "title-required": "error",
  "title-multiline": "error",
  "skill-missing": "error",
  "skill-length": "error",
  "skill-multiline": "error",
  "question-empty": "error",
  "question-multiline": "error",
  "question-duplicate": "error",
  "question-alike-title": "error",
  "id-format": "error",
  "threshold-range": "error",
  "threshold-precision": "error",
  "targets-empty": "error",
  "target-unknown": "error",
  "target-none": "warning",
  "title-length": "warning",
  "question-length": "warning",
  "question-count": "warning",
  // Any value
  "xml-char": "error",
  // Body
  "answer-empty": "error",
  "link-url": "error",
  "ask-text": "error",
  "ask-attribute": "error",
  "ask-syntax": "error",
  "unsupported-markdown": "error",
  "card-unknown": "error",
  "card-attribute": "error",
  "card-required": "error",
  "card-url": "error",
  "card-appid": "error",
  "card-label": "error",
  "card-nested": "error",
  "card-syntax": "error",
  "news-type": "error",
  "news-too-many": "error",
  "container-directive": "error",
  "text-markup": "error",
  "answer-size": "warning",
  // Bounds on the work of reading a file (ANSWER_LIMITS, FRONT_MATTER_LIMITS)
  "front-matter-too-large": "error",
  "front-matter-too-deep": "error",
  "answer-too-large": "error",
  "answer-too-deep": "error",
  // Across entries
  "entry-duplicate": "error",
  "question-conflict": "error",
  "id-duplicate": "error",
  "skill-spelling": "warning",
  "ask-target": "warning",
  // faqops.config.yaml (src/config)
  "config-yaml": "error",
  "config-key": "error",
  "config-value": "error",
  "config-target-name": "error"
};
var LIMITS = {
  /** Error (`skill-length`): the console's batch template allows 30 characters. */
  skillCharacters: 30,
  /** Warning (`title-length`): the platform documents no limit; a question, not a paragraph. */
  titleCharacters: 128,
  /** Warning (`question-length`): as for the title. */
  questionCharacters: 128,
  /** Warning (`question-count`): the platform documents no limit; past this, not a list of ways to ask. */
  questionCount: 200,
  /** Warning (`answer-size`): a WeChat text message holds 2,048 bytes (errcode 45002 past it). */
  textMessageBytes: 2048,
  /** Warning (`answer-size`): the whole `content`, eight full text messages; none documented. */
  answerBytes: 16384
};
function diagnostic(ruleId, file, position, message) {
  return {
    file,
    line: position.line,
    column: position.column,
    severity: RULES[ruleId],
    ruleId,
    message: oneLine(message)
  };
}
var Reporter = class {
  constructor(file, lines) {
    this.file = file;
    this.lines = lines;
  }
  file;
  lines;
  diagnostics = [];
  /** Reports a problem at an offset into the (decoded, LF-normalised) file text. */
  at(ruleId, offset, message) {
    this.diagnostics.push(diagnostic(ruleId, this.file, this.lines.position(offset), message));
  }
  /** True when an error (not a warning) was reported. */
  hasErrors() {
    return this.diagnostics.some((d) => d.severity === "error");
  }
};

// src/content/parse/front-matter-keys.ts
var FRONT_MATTER_KEYS = [
  "title",
  "skill",
  "questions",
  "id",
  "draft",
  "threshold",
  "targets"
];
var TARGET_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;
var ID_PATTERN = /^[A-Za-z0-9_/-]+$/;

export {
  DEFAULT_CONTENT_DIR,
  DEFAULT_LOCKFILE,
  CACHE_DIR,
  EMULATOR_DIR,
  emulatorDirFor,
  defaultLockfile,
  displayPath,
  sortDiagnostics,
  formatDiagnostic,
  oneLine,
  countDiagnostics,
  compareStrings,
  RULES,
  LIMITS,
  diagnostic,
  Reporter,
  FRONT_MATTER_KEYS,
  TARGET_NAME_PATTERN,
  ID_PATTERN
};
