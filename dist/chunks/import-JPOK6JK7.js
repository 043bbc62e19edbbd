import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  entryText
} from "./chunk-VYMFXBL5.js";
import {
  TEMPLATE_COLUMNS,
  columnHeader,
  columnOfHeader
} from "./chunk-3RWPDPUK.js";
import "./chunk-SA7S6FS6.js";
import {
  loadContent,
  validateAcrossEntries
} from "./chunk-Q3VFALZA.js";
import {
  compileFile
} from "./chunk-B24EMAKX.js";
import {
  answerContent
} from "./chunk-ESS6Y6MW.js";
import "./chunk-BBWA665H.js";
import {
  DEFAULT_THRESHOLD,
  THRESHOLD_DECIMALS
} from "./chunk-YY5BEC45.js";
import {
  resolveContentOptions
} from "./chunk-2EK2HI3H.js";
import "./chunk-GV2JCIIM.js";
import {
  alike,
  characterCount,
  cleanText
} from "./chunk-ZHXO75XS.js";
import {
  LIMITS,
  RULES,
  compareStrings,
  displayPath,
  oneLine,
  sortDiagnostics
} from "./chunk-U4KXGS5A.js";
import "./chunk-6XUUHMU4.js";
import "./chunk-UXF3VMGE.js";
import {
  writeFileAtomic
} from "./chunk-NGHB4DDL.js";
import "./chunk-PKRPB7JT.js";
import {
  booleanValue,
  stringValue
} from "./chunk-ZJPHJTQF.js";
import {
  FaqopsError,
  UsageError
} from "./chunk-T6FUUJG6.js";
import "./chunk-SJR6QM7P.js";

// src/import/index.ts
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/import/errors.ts
var ImportFileError = class extends FaqopsError {
  name = "ImportFileError";
};

// src/import/rules.ts
var IMPORT_RULES = {
  // The file
  "import-sheet": "warning",
  "import-header": "warning",
  "import-column": "warning",
  // Cells
  "import-cell": "error",
  "import-link": "warning",
  "import-skill": "error",
  "import-title": "error",
  "import-threshold": "error",
  "import-disabled": "error",
  "import-answer-empty": "error",
  "import-answers": "warning",
  "import-answer-trimmed": "warning",
  "import-question-dropped": "warning",
  "import-rich": "error",
  // Rows against each other and against the content folder
  "import-duplicate": "error",
  "import-conflict": "warning",
  "import-exists": "error",
  // The written file does not compile back to the row (a gap in escape.ts: a bug)
  "import-roundtrip": "error"
};
function importDiagnostic(ruleId, display, row, column, message) {
  const severity = ruleId in IMPORT_RULES ? IMPORT_RULES[ruleId] : RULES[ruleId];
  return { file: display, line: row, column, severity, ruleId, message: oneLine(message) };
}
function columnLetter(column) {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + (n - 1) % 26) + out;
  }
  return out;
}

// src/import/columns.ts
var HEADER_SEARCH_ROWS = 10;
var REQUIRED = ["skill", "title", "answers"];
function templateRows(table, display) {
  const problems = [...table.problems];
  const filled = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const names = (r) => r.cells.map((c) => columnOfHeader(c));
  const isHeaderRow = (r) => names(r).filter((c) => c !== void 0).length >= 2;
  const headerIndex = filled.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderRow);
  const isHeader = headerIndex !== -1;
  const first = isHeader ? filled[headerIndex] : filled[0];
  const named = first ? names(first) : [];
  for (const above of filled.slice(0, Math.max(headerIndex, 0))) {
    problems.push(
      importDiagnostic(
        "import-header",
        display,
        above.row,
        1,
        `row ${above.row} is above the header row (row ${first?.row}): it is not imported`
      )
    );
  }
  const byColumn = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  if (first && isHeader) {
    named.forEach((column, index) => {
      const header = first.cells[index].trim();
      if (column === void 0) {
        if (header !== "") skipped.set(index + 1, `"${header}"`);
        return;
      }
      const earlier = byColumn.get(column);
      if (earlier !== void 0) {
        throw new ImportFileError(
          `${display}: the header row (row ${first.row}) names the column "${columnHeader(column)}" twice, in columns ${columnLetter(earlier)} and ${columnLetter(index + 1)}.`,
          { hint: "rename or delete one of them" }
        );
      }
      byColumn.set(column, index + 1);
    });
    const missing = REQUIRED.filter((c) => !byColumn.has(c));
    if (missing.length > 0) {
      throw new ImportFileError(
        `${display}: the header row (row ${first.row}) has no column ${missing.map((c) => `"${columnHeader(c)}"`).join(", ")}.`,
        {
          hint: `name the columns as the console's template does: ${TEMPLATE_COLUMNS.slice(0, 5).map((s) => s.chinese).join(", ")} (or their English names)`
        }
      );
    }
  } else {
    TEMPLATE_COLUMNS.forEach((spec, index) => {
      byColumn.set(spec.column, index + 1);
    });
  }
  const priority = byColumn.get("priority");
  if (priority !== void 0) {
    byColumn.delete("priority");
    skipped.set(priority, `"${columnHeader("priority")}" (faqops has no intent priority)`);
  }
  const data = isHeader ? filled.slice(headerIndex + 1) : filled;
  const warned = /* @__PURE__ */ new Set();
  const rows = data.map((tableRow) => {
    const cells = {};
    for (const [column, number] of byColumn) {
      const text = tableRow.cells[number - 1];
      if (text !== void 0) cells[column] = { text, column: number };
    }
    tableRow.cells.forEach((text, index) => {
      const number = index + 1;
      if (text.trim() === "" || warned.has(number)) return;
      const known = [...byColumn.values()].includes(number);
      if (known) return;
      warned.add(number);
      const what = skipped.get(number) ?? (isHeader ? "without a header" : `past the template's ${TEMPLATE_COLUMNS.length} columns`);
      problems.push(
        importDiagnostic(
          "import-column",
          display,
          tableRow.row,
          number,
          `column ${columnLetter(number)} ${what} is not imported: its values (this is the first) are left out of every entry`
        )
      );
    });
    return { row: tableRow.row, cells };
  });
  return { header: isHeader ? first?.row : void 0, rows, problems };
}

// src/import/plan.ts
import { isDeepStrictEqual } from "node:util";

// src/import/escape.ts
var FORMAT_LINK = /<a href="([^"<>\s]*)">([^<>\n]*)<\/a>/g;
var ASK_PREFIX = "weixin://bizmsgmenu?msgmenucontent=";
var ASK_ID = "&msgmenuid=";
function segments(text) {
  const out = [];
  let last = 0;
  for (const match of text.matchAll(FORMAT_LINK)) {
    const link = linkSegment(match[1], match[2]);
    if (!link) continue;
    if (match.index > last) out.push({ kind: "text", text: text.slice(last, match.index) });
    out.push(link);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}
function linkSegment(href, label) {
  if (href.startsWith(ASK_PREFIX)) {
    const rest = href.slice(ASK_PREFIX.length);
    const at = rest.indexOf(ASK_ID);
    if (at === -1) return void 0;
    const q = rest.slice(0, at);
    const id = rest.slice(at + ASK_ID.length);
    if ([label, q, id].some((v) => v.trim() === "" || /["<>&\n]/.test(v))) return void 0;
    return { kind: "ask", label, q, id };
  }
  if (!/^https?:\/\/\S+$/i.test(href)) return void 0;
  return { kind: "link", url: href, label };
}
function escapeMessage(text) {
  const lines = splitLines(segments(text));
  const out = [];
  let empty = 0;
  for (const line of lines) {
    if (line.length === 0) {
      empty++;
      continue;
    }
    if (empty > 0) out.push("", ...Array(empty - 1).fill("\\"));
    empty = 0;
    out.push(escapeLine(line));
  }
  return out.join("\n");
}
function splitLines(pieces) {
  const lines = [[]];
  for (const piece of pieces) {
    if (piece.kind !== "text") {
      lines.at(-1).push(piece);
      continue;
    }
    piece.text.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== "") lines.at(-1).push({ kind: "text", text: part });
    });
  }
  return lines;
}
var ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]/;
var ALWAYS = /* @__PURE__ */ new Set(["*", "_", "`", "[", "]", "<"]);
var REFERENCE_START = /&(?:#|[A-Za-z0-9]+;)/y;
var DIRECTIVE_START = /:[^\p{P}\p{S}\s](?:[^\p{P}\p{S}\s]|[-_])*[[{]/uy;
var TABLE_DELIMITER = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?\|?\s*$|^\s*\|?\s*:?-+:?\s*\|\s*$/;
function escapeLine(line) {
  const plain = line.map((s) => s.kind === "text" ? s.text : "L").join("");
  const first = line[0];
  const startsWithSpace = first.kind === "text" && /^[ \t]/.test(first.text);
  const table = TABLE_DELIMITER.test(plain);
  return line.map((segment, index) => {
    if (segment.kind !== "text") return linkMarkdown(segment);
    return escapeText(segment.text, {
      lineStart: index === 0,
      lineEnd: index === line.length - 1,
      before: line[index - 1]?.kind,
      after: line[index + 1]?.kind,
      startEscape: index === 0 && !startsWithSpace ? lineStartEscape(plain) : void 0,
      table
    });
  }).join("");
}
function lineStartEscape(plain) {
  if (/^[#>]/.test(plain) || plain.startsWith("~~~") || plain.startsWith("::")) return 0;
  if (/^[-+](?:[ \t]|$)/.test(plain) || /^-[- \t]*$/.test(plain) || /^=+[ \t]*$/.test(plain)) {
    return 0;
  }
  const ordered = /^\d{1,9}(?=[.)](?:[ \t]|$))/.exec(plain);
  return ordered ? ordered[0].length : void 0;
}
function escapeText(text, where) {
  const leading = where.lineStart ? /^[ \t]*/.exec(text)?.[0].length ?? 0 : 0;
  const following = where.after === "link" ? "[" : where.after === "ask" ? ":" : "";
  const ahead = text + following;
  const pieces = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const last = i === text.length - 1;
    if (i < leading || where.lineEnd && last && (c === " " || c === "	")) {
      pieces.push(c === " " ? "&#32;" : "&#9;");
    } else if (i === where.startEscape || ALWAYS.has(c) || c === "|" && where.table) {
      pieces.push(`\\${c}`);
    } else if (c === "&" && startsAt(REFERENCE_START, text, i)) {
      pieces.push("\\&");
    } else if (c === ":" && (startsAt(DIRECTIVE_START, ahead, i) || last && following === ":")) {
      pieces.push("\\:");
    } else if (c === "!" && last && following === "[") {
      pieces.push("\\!");
    } else if (c === "{" && i === 0 && where.before === "ask") {
      pieces.push("\\{");
    } else {
      pieces.push(c);
    }
  }
  return pieces.map((piece, i) => {
    if (piece !== "\\") return piece;
    const next = pieces[i + 1];
    return next === void 0 || ASCII_PUNCTUATION.test(next) ? "\\\\" : piece;
  }).join("");
}
function startsAt(pattern, text, index) {
  pattern.lastIndex = index;
  return pattern.test(text);
}
function linkMarkdown(segment) {
  const label = escapeText(segment.label, { lineStart: false, lineEnd: false, table: false });
  if (segment.kind === "link") {
    const url = segment.url.replace(/[()\\]|&(?=#|[A-Za-z0-9]+;)/g, (c) => `\\${c}`);
    return `[${label}](${url})`;
  }
  const q = segment.q === segment.label.trim() ? "" : ` q="${segment.q}"`;
  const id = segment.id === segment.q ? "" : ` id="${segment.id}"`;
  return `:ask[${label}]${q || id ? `{${`${q}${id}`.trim()}}` : ""}`;
}

// src/import/cards.ts
var CARDS = {
  news: { json: "news", required: ["title", "url"], optional: ["description", "picurl", "type"] },
  image: { json: "image", required: ["media_id"], optional: ["url"] },
  miniprogram: {
    json: "miniprogrampage",
    required: ["title", "appid", "pagepath", "thumb_media_id"],
    optional: ["thumb_url"]
  }
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function richAnswer(text) {
  if (!text.startsWith("{") || !text.endsWith("}")) return void 0;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isObject(value)) return void 0;
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || !["news", "image", "miniprogrampage", "multimsg"].includes(key)) {
    return void 0;
  }
  try {
    const messages = key === "multimsg" ? multimsg(value.multimsg) : [card(value, "the answer")];
    return { ok: true, markdown: messagesMarkdown(messages), content: answerContent(messages) };
  } catch (error) {
    if (error instanceof RichProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
var RichProblem = class extends Error {
};
function multimsg(items) {
  if (!Array.isArray(items) || items.length === 0) {
    throw new RichProblem('"multimsg" is not a list of messages');
  }
  return items.map((item, index) => {
    if (typeof item === "string") {
      const text = item.replace(/\r\n?/g, "\n");
      if (text.trim() === "" || text.trim() !== text) {
        throw new RichProblem(
          `message ${index + 1} of "multimsg" ${text.trim() === "" ? "is empty" : "starts or ends with white space"}, which a text message cannot: faqops sends text messages trimmed`
        );
      }
      return text;
    }
    if (isObject(item)) return card(item, `message ${index + 1}`);
    throw new RichProblem(`message ${index + 1} of "multimsg" is neither text nor a card`);
  });
}
function card(value, what) {
  const keys = Object.keys(value);
  if (keys.length !== 1) throw new RichProblem(`${what} is not one card`);
  const key = keys[0];
  const body = value[key];
  if (key === "news") {
    const articles = isObject(body) ? body.articles : void 0;
    if (!Array.isArray(articles) || articles.length === 0) {
      throw new RichProblem(`${what}: "news" has no "articles"`);
    }
    return {
      news: {
        articles: articles.map((a, i) => {
          const v = fields(a, "news", `${what}, article ${i + 1}`);
          const type = v.type || "h5";
          if (type !== "h5" && type !== "mp") {
            throw new RichProblem(`${what}: the news type "${type}" is not h5 or mp`);
          }
          return {
            title: v.title ?? "",
            description: v.description ?? "",
            url: v.url ?? "",
            picurl: v.picurl ?? "",
            type
          };
        })
      }
    };
  }
  if (key === "image") {
    const v = fields(body, "image", what);
    return { image: { media_id: v.media_id ?? "", url: v.url ?? "" } };
  }
  if (key === "miniprogrampage") {
    const v = fields(body, "miniprogram", what);
    return {
      miniprogrampage: {
        title: v.title ?? "",
        appid: v.appid ?? "",
        pagepath: v.pagepath ?? "",
        thumb_media_id: v.thumb_media_id ?? "",
        thumb_url: v.thumb_url ?? ""
      }
    };
  }
  throw new RichProblem(
    `${what}: "${key}" is not a card faqops knows (news, image, miniprogrampage)`
  );
}
function fields(value, directive2, what) {
  if (!isObject(value)) throw new RichProblem(`${what} is not an object`);
  const spec = CARDS[directive2];
  const known = [...spec.required, ...spec.optional];
  const out = {};
  for (const [name, v] of Object.entries(value)) {
    if (!known.includes(name)) {
      throw new RichProblem(`${what}: "${spec.json}" has no field "${name}" in the format`);
    }
    if (typeof v !== "string") throw new RichProblem(`${what}: "${name}" is not text`);
    out[name] = v;
  }
  return out;
}
function messagesMarkdown(messages) {
  let out = "";
  let previous;
  for (const message of messages) {
    const kind = typeof message === "string" ? "text" : "news" in message ? "news" : "card";
    if (previous !== void 0) {
      out += kind === previous && kind !== "card" ? "\n\n---\n\n" : "\n\n";
    }
    out += typeof message === "string" ? escapeMessage(message) : cardMarkdown(message);
    previous = kind;
  }
  return out;
}
function cardMarkdown(card2) {
  if ("news" in card2) {
    return card2.news.articles.map((a) => directive("news", { ...a, type: a.type === "h5" ? "" : a.type })).join("\n");
  }
  if ("image" in card2) return directive("image", card2.image);
  return directive("miniprogram", card2.miniprogrampage);
}
function directive(name, values) {
  const spec = CARDS[name];
  const attributes = [
    ...spec.required.map((key) => [key, values[key] ?? ""]),
    ...spec.optional.map((key) => [key, values[key] ?? ""]).filter(([, v]) => v !== "")
  ];
  return `::${name}{${attributes.map(([key, v]) => `${key}="${attributeValue(v)}"`).join(" ")}}`;
}
function attributeValue(value) {
  return value.replace(/&(?=#|[A-Za-z0-9]+;)/g, "&amp;").replaceAll('"', "&quot;").replaceAll("\n", "&#10;");
}

// src/import/entries.ts
var SEPARATOR = /\s*##\s*/;
var TRUE_WORDS = ["true", "1", "yes", "y", "\u662F", "\u7981\u7528"];
var FALSE_WORDS = ["false", "0", "no", "n", "\u5426", "\u542F\u7528", ""];
function rowEntry(row, display, problems) {
  let errors = 0;
  const report = (ruleId, cell, message) => {
    const column = typeof cell === "string" ? row.cells[cell]?.column ?? 1 : cell.column;
    const problem = importDiagnostic(ruleId, display, row.row, column, message);
    if (problem.severity === "error") errors++;
    problems.push(problem);
  };
  const text = (column) => row.cells[column]?.text ?? "";
  const skill = cleanText(text("skill"));
  const skillLength = characterCount(skill);
  if (skill === "") {
    report("import-skill", "skill", "the skill is empty: every entry belongs to a skill");
  } else if (skill.includes("\n")) {
    report("import-skill", "skill", "the skill has several lines: make it one line");
  } else if (skillLength > LIMITS.skillCharacters) {
    report(
      "import-skill",
      "skill",
      `the skill is ${skillLength} characters long; the console allows ${LIMITS.skillCharacters}`
    );
  }
  const badSkill = errors > 0;
  const title = cleanText(text("title"));
  if (title === "") {
    report("import-title", "title", "the standard question (the title) is empty");
  }
  const threshold = readThreshold(row.cells.threshold, report);
  const disabled = readDisabled(row.cells.disabled, report);
  const questions = readQuestions(title, row.cells.questions, report);
  const answerCell = row.cells.answers;
  const answers = splitList(text("answers"));
  if (answers.length === 0) {
    report("import-answer-empty", "answers", "the answer is empty: an entry needs an answer");
  } else if (answerCell && (/^\s/.test(answerCell.text) || answers.length === 1 && /\s$/.test(answerCell.text))) {
    report(
      "import-answer-trimmed",
      answerCell,
      "the answer starts or ends with white space, which is not kept: faqops sends every text message trimmed"
    );
  }
  if (answers.length > 1 && answerCell) {
    report(
      "import-answers",
      answerCell,
      `the cell holds ${answers.length} answers (separated by ##), of which the console sends one at random; faqops sends one answer, the first, and keeps the ${answers.length === 2 ? "other one" : `other ${answers.length - 1}`} as a comment in the file's front matter: choose one, or merge them`
    );
  }
  if (badSkill || title === "" || answers.length === 0) return void 0;
  const columns = Object.fromEntries(
    Object.entries(row.cells).map(([column, cell]) => [column, cell.column])
  );
  return {
    row: row.row,
    columns,
    skill,
    title,
    questions,
    threshold,
    disabled,
    answer: answers[0],
    otherAnswers: answers.slice(1),
    valid: errors === 0
  };
}
function splitList(text) {
  return text.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== "");
}
function readThreshold(cell, report) {
  const text = cell?.text.trim() ?? "";
  if (!cell || text === "") return void 0;
  const match = /^(?:\d+(?:\.(\d*))?|\.(\d+))$/.exec(text);
  const value = match ? Number(text) : Number.NaN;
  if (!match || !(value >= 0 && value <= 1)) {
    const hint = match && value >= 10 && value <= 100 ? `: did you mean ${value / 100}?` : "";
    report(
      "import-threshold",
      cell,
      `the similarity threshold "${text}" is not a number from 0 to 1${hint}`
    );
    return void 0;
  }
  const places = (match[1] ?? match[2] ?? "").replace(/0+$/, "").length;
  if (places > THRESHOLD_DECIMALS) {
    report(
      "import-threshold",
      cell,
      `the similarity threshold ${text} has more than ${THRESHOLD_DECIMALS} decimal places, which faqops does not keep: round it`
    );
    return void 0;
  }
  return value === DEFAULT_THRESHOLD ? void 0 : value;
}
function readDisabled(cell, report) {
  if (!cell) return void 0;
  const word = cell.text.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return word === "" ? void 0 : false;
  report("import-disabled", cell, `"${cell.text.trim()}" is not true or false`);
  return void 0;
}
function readQuestions(title, cell, report) {
  if (!cell) return [];
  const seen = /* @__PURE__ */ new Map([[alike(title), "the title"]]);
  const out = [];
  for (const part of splitList(cell.text)) {
    const question = cleanText(part);
    const key = alike(question);
    const same = seen.get(key);
    if (same !== void 0) {
      report(
        "import-question-dropped",
        cell,
        `the similar question "${question}" is left out: it is alike to ${same}, which the bot matches already`
      );
      continue;
    }
    seen.set(key, `"${question}"`);
    out.push(question);
  }
  return out;
}

// src/import/entry-file.ts
var KEY_COLUMNS = {
  title: "title",
  questions: "questions",
  skill: "skill",
  id: "title",
  draft: "disabled",
  threshold: "threshold",
  targets: "title"
};
function entryFile(keys, body) {
  const text = entryText(
    {
      title: keys.title,
      questions: keys.questions.length > 0 ? keys.questions : void 0,
      skill: keys.skill,
      id: keys.id,
      draft: keys.draft || void 0,
      threshold: keys.threshold,
      targets: keys.targets
    },
    body,
    { after: otherAnswersComment(keys.otherAnswers) }
  );
  return { text, lineColumns: lineColumns(text) };
}
function lineColumns(text) {
  const lines = text.split("\n").slice(0, -1);
  const close = lines.indexOf("---", 1);
  let current = "title";
  return lines.map((line, index) => {
    if (index === 0 || index === close) return "title";
    if (index > close || line.startsWith("#")) return "answers";
    const key = /^([a-z]+):/.exec(line)?.[1];
    if (key !== void 0) current = KEY_COLUMNS[key];
    return current;
  });
}
function otherAnswersComment(answers) {
  if (answers.length === 0) return [];
  const lines = [
    ` ${answers.length + 1} answers were imported for this entry: the console sends one of them at`,
    " random, faqops sends one, the answer below. The others, as they were imported:"
  ];
  answers.forEach((answer, index) => {
    lines.push(` answer ${index + 2}:`);
    for (const line of answer.split("\n")) lines.push(line === "" ? "" : `   ${line}`);
  });
  return lines;
}

// src/import/names.ts
var MAX_NAME_CHARACTERS = 50;
var RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d|readme)$/i;
function safeName(text) {
  const name = text.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, "-").replace(/-{2,}/g, "-");
  const short = [...name].slice(0, MAX_NAME_CHARACTERS).join("");
  const trimmed = short.replace(/^[-_.]+|[-_.]+$/g, "");
  if (trimmed === "") return "entry";
  return RESERVED.test(trimmed) ? `${trimmed}-entry` : trimmed;
}
var TakenNames = class {
  keys = /* @__PURE__ */ new Set();
  constructor(paths) {
    for (const p of paths) this.keys.add(pathKey(p));
  }
  has(path3) {
    return this.keys.has(pathKey(path3));
  }
  add(path3) {
    this.keys.add(pathKey(path3));
  }
  /** Gives a path back (its row was not imported), for a later row to take. */
  release(path3) {
    this.keys.delete(pathKey(path3));
  }
  /**
   * A free path `${folder}/${stem}${suffix}` (or without the folder when it is ""): the stem
   * itself, else `stem-2`, `stem-3`… in the order names are asked for, so the same rows give
   * the same names. The path is taken.
   */
  allocate(folder, stem, suffix = "") {
    const join = (name) => folder === "" ? name : `${folder}/${name}`;
    let candidate = join(`${stem}${suffix}`);
    for (let n = 2; this.has(candidate); n++) candidate = join(`${stem}-${n}${suffix}`);
    this.add(candidate);
    return candidate;
  }
};
function pathKey(path3) {
  return alike(path3);
}

// src/import/plan.ts
function planImport(input) {
  const { display, existing } = input;
  const problems = [...input.table.problems];
  const entries = input.table.rows.flatMap((row) => rowEntry(row, display, problems) ?? []);
  const unreadable = new Set(
    input.table.problems.filter((p) => p.severity === "error").map((p) => p.line)
  );
  const byKey = /* @__PURE__ */ new Map();
  for (const e of [...existing.entries].sort((a, b) => compareStrings(a.source, b.source))) {
    if (!byKey.has(entryKey(e))) byKey.set(entryKey(e), e);
  }
  const names = new TakenNames(existing.paths);
  const folders = new SkillFolders(existing.entries);
  const seen = /* @__PURE__ */ new Map();
  const files = [];
  const results = [];
  for (const entry of entries) {
    const key = entryKey(entry);
    const earlier = seen.get(key);
    if (earlier !== void 0) {
      problems.push(
        importDiagnostic(
          "import-duplicate",
          display,
          entry.row,
          entry.columns.title ?? 1,
          `row ${earlier} has the same skill and standard question; the platform keeps one entry per skill and question: merge the rows or change one question`
        )
      );
      continue;
    }
    seen.set(key, entry.row);
    const match = byKey.get(key);
    const source = match?.source ?? names.allocate(folders.folderFor(entry.skill), safeName(entry.title), ".md");
    const planned = planFile(entry, source, match, input);
    problems.push(...planned.problems);
    if (planned.file && planned.result && entry.valid && !unreadable.has(entry.row)) {
      files.push(planned.file);
      results.push({ entry, result: planned.result });
    } else if (!match) {
      names.release(source);
    }
  }
  problems.push(...conflicts(results, input));
  const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.line));
  return {
    files,
    problems: sortDiagnostics(problems),
    rowCount: input.table.rows.length,
    failedRows: [...failed].sort((a, b) => a - b)
  };
}
function entryKey(e) {
  return `${alike(e.skill)}\0${alike(e.title)}`;
}
var SkillFolders = class {
  bySkill = /* @__PURE__ */ new Map();
  claimed = /* @__PURE__ */ new Map();
  constructor(entries) {
    const sorted = [...entries].sort((a, b) => compareStrings(a.source, b.source));
    for (const e of sorted) {
      const slash = e.source.indexOf("/");
      const skill = alike(e.skill);
      if (slash === -1 || this.bySkill.has(skill)) continue;
      this.bySkill.set(skill, e.source.slice(0, slash));
    }
  }
  folderFor(skill) {
    const key = alike(skill);
    const known = this.bySkill.get(key);
    if (known !== void 0) return known;
    const stem = safeName(skill);
    let folder = stem;
    for (let n = 2; ; n++) {
      const owner = this.claimed.get(alike(folder));
      if (owner === void 0 || owner === key) break;
      folder = `${stem}-${n}`;
    }
    this.claimed.set(alike(folder), key);
    this.bySkill.set(key, folder);
    return folder;
  }
};
function planFile(entry, source, match, input) {
  const { display } = input;
  const problems = [];
  const at = (column) => entry.columns[column] ?? 1;
  const rich = richAnswer(entry.answer);
  if (rich && !rich.ok) {
    problems.push(
      importDiagnostic(
        "import-rich",
        display,
        entry.row,
        at("answers"),
        `the answer looks like a rich answer (JSON) but cannot be written as cards: ${rich.problem}`
      )
    );
    return { problems };
  }
  const body = rich ? rich.markdown : escapeMessage(entry.answer);
  const content = rich ? rich.content : entry.answer;
  const slash = source.indexOf("/");
  const folderSkill = slash === -1 ? void 0 : cleanText(source.slice(0, slash));
  const draft = entry.disabled ?? match?.draft ?? false;
  const threshold = entry.threshold ?? (match?.threshold !== void 0 ? DEFAULT_THRESHOLD : void 0);
  const file = entryFile(
    {
      title: entry.title,
      questions: entry.questions,
      skill: folderSkill === entry.skill ? void 0 : entry.skill,
      id: match?.id,
      targets: match?.targets,
      draft,
      threshold,
      otherAnswers: entry.otherAnswers
    },
    body
  );
  const path3 = `${input.contentPath === "." ? "" : `${input.contentPath}/`}${source}`;
  const result = compileFile({ source, path: path3, bytes: Buffer.from(file.text, "utf8") });
  for (const d of result.diagnostics) {
    const column = file.lineColumns[d.line - 1] ?? "answers";
    problems.push({ ...d, file: display, line: entry.row, column: at(column) });
  }
  const compiled = result.entry;
  if (!compiled) return { problems };
  const differs = [
    compiled.skill !== entry.skill && "skill",
    compiled.title !== entry.title && "title",
    !isDeepStrictEqual(compiled.questions, entry.questions) && "similar questions",
    compiled.threshold !== threshold && "threshold",
    compiled.draft !== draft && "draft",
    compiled.content !== content && "answer"
  ].filter((d) => d !== false);
  if (differs.length > 0) {
    problems.push(
      importDiagnostic(
        "import-roundtrip",
        display,
        entry.row,
        at(differs.includes("answer") ? "answers" : "title"),
        `faqops cannot write this row so that it compiles back unchanged (the ${differs.join(", ")} would differ): this is a bug in faqops; please report it with the row`
      )
    );
    return { problems };
  }
  return {
    file: { row: entry.row, source, path: path3, text: file.text, replaces: match !== void 0 },
    result,
    problems
  };
}
function conflicts(results, input) {
  const byPath = new Map(results.map((r) => [r.result.path, r]));
  return validateAcrossEntries(results.map((r) => r.result)).filter((d) => d.ruleId !== "ask-target").map((d) => {
    const own = byPath.get(d.file);
    const isQuestion = own?.result.keys.questions.some((q) => q.line === d.line) ?? false;
    const column = own?.entry.columns[isQuestion ? "questions" : "title"] ?? 1;
    let message = d.message;
    for (const [path3, other] of byPath) {
      message = message.replaceAll(path3, `row ${other.entry.row}`);
    }
    return importDiagnostic(
      "import-conflict",
      input.display,
      own?.entry.row ?? 1,
      column,
      `${message} (\`check\` reports this as \`${d.ruleId}\`)`
    );
  });
}

// src/import/cells.ts
function lineBreaks(text) {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/import/csv.ts
function parseCsv(text, display) {
  try {
    return parse(text, {
      bom: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // Every line ending, whichever the first record has: csv-parse otherwise takes the
      // first one it meets as the only one.
      record_delimiter: ["\r\n", "\n", "\r"]
    });
  } catch (cause) {
    const where = cause instanceof CsvError && cause.lines ? `, line ${cause.lines}` : "";
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ImportFileError(`${display}${where}: cannot read the CSV: ${reason}`, {
      cause,
      hint: 'a cell that starts with a quote must end with one; write a quote inside it as two ("")'
    });
  }
}

// src/import/decode.ts
var utf8 = (bytes) => {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return void 0;
  }
};
function decodeCsv(bytes, display) {
  if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
    throw new ImportFileError(`${display} is UTF-16 text, which faqops does not read.`, {
      hint: 'in Excel, save it as "CSV UTF-8 (Comma delimited)" (or as .xlsx)'
    });
  }
  const bom = startsWith(bytes, [239, 187, 191]);
  const text = utf8(bom ? bytes.subarray(3) : bytes);
  if (text !== void 0) return { text, encoding: bom ? "UTF-8 with BOM" : "UTF-8" };
  if (bom) {
    throw new ImportFileError(
      `${display} starts with a UTF-8 byte-order mark but is not valid UTF-8.`,
      { hint: 'save it again as "CSV UTF-8", or as .xlsx' }
    );
  }
  let decoder;
  try {
    decoder = new TextDecoder("gb18030", { fatal: true });
  } catch (cause) {
    throw new ImportFileError(
      `${display} is not UTF-8, and this Node.js cannot decode GB18030 (GBK): it was built without full ICU.`,
      { cause, hint: 'save the file as "CSV UTF-8", or use an official Node.js build' }
    );
  }
  try {
    return { text: decoder.decode(bytes), encoding: "GB18030 (GBK)" };
  } catch (cause) {
    throw new ImportFileError(`${display} is neither UTF-8 nor GB18030 (GBK) text.`, {
      cause,
      hint: 'save it as "CSV UTF-8 (Comma delimited)", or as .xlsx'
    });
  }
}
function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}

// src/import/xlsx.ts
async function readXlsx(bytes, display) {
  const { default: ExcelJS } = await import("./excel-7QIWJLHO.js");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes));
  } catch (cause) {
    throw new ImportFileError(`${display} cannot be read as an .xlsx workbook.`, {
      cause,
      hint: "open it in Excel and save it again as .xlsx, or as CSV UTF-8"
    });
  }
  const [sheet, ...others] = workbook.worksheets;
  if (!sheet) throw new ImportFileError(`${display} has no worksheet.`);
  const problems = [];
  const ignored = others.filter((s) => s.actualRowCount > 0).map((s) => `"${s.name}"`);
  if (ignored.length > 0) {
    problems.push(
      importDiagnostic(
        "import-sheet",
        display,
        1,
        1,
        `only the first sheet, "${sheet.name}", is imported; ${ignored.join(", ")} ${ignored.length === 1 ? "holds" : "hold"} rows that are not: move them to the first sheet, or import each sheet saved as its own file`
      )
    );
  }
  return {
    format: "xlsx",
    readAs: `.xlsx, sheet "${sheet.name}"`,
    rows: sheetRows(sheet, display, problems),
    problems
  };
}
function sheetRows(sheet, display, problems) {
  const rows = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const at = (message, severity = "error") => problems.push(
        importDiagnostic(
          severity === "error" ? "import-cell" : "import-link",
          display,
          r,
          c,
          message
        )
      );
      cells.push(lineBreaks(cellText(row.getCell(c).value, at)));
    }
    rows.push({ row: r, cells });
  }
  return rows;
}
function cellText(value, problem) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) {
    problem(
      "the cell holds a date, not text (Excel turns text such as 3-1 into a date): format the column as text and type the cell again"
    );
    return "";
  }
  if ("error" in value) {
    problem(`the cell holds the error value ${value.error}, not text`);
    return "";
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    const text = cellText(value.text, problem);
    if (value.hyperlink && value.hyperlink !== text) {
      problem(
        `the cell's link to ${value.hyperlink} is not imported, only its text: write the link into the text`,
        "warning"
      );
    }
    return text;
  }
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === void 0) {
      problem(
        "the cell holds a formula whose value was not saved: open the file in Excel and save it again"
      );
      return "";
    }
    return cellText(value.result, problem);
  }
  return "";
}

// src/import/table.ts
var ZIP = [80, 75, 3, 4];
var OLE = [208, 207, 17, 224];
async function readTable(bytes, display) {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, display);
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError(
      `${display} is an Excel 97\u20132003 workbook (.xls), which faqops does not read.`,
      {
        hint: "save it as .xlsx, or as CSV UTF-8"
      }
    );
  }
  const decoded = decodeCsv(bytes, display);
  const records = parseCsv(decoded.text, display);
  return {
    format: "csv",
    readAs: decoded.encoding,
    rows: records.map((cells, index) => ({ row: index + 1, cells: cells.map(lineBreaks) })),
    problems: []
  };
}

// src/import/options.ts
import path from "node:path";
function resolveImportOptions(raw) {
  const file = stringValue("file", raw.file);
  if (file === void 0) {
    throw new UsageError("import needs the file to read: faqops import FILE (.csv or .xlsx).");
  }
  const absolute = path.resolve(raw.cwd, file);
  return Object.freeze({
    cwd: raw.cwd,
    content: Object.freeze({
      ...resolveContentOptions({ cwd: raw.cwd, root: raw.root, content: raw.content }),
      targets: raw.targets
    }),
    file: absolute,
    display: displayPath(raw.cwd, absolute),
    force: booleanValue("force", raw.force, false),
    dryRun: booleanValue("dry-run", raw.dryRun, false)
  });
}

// src/import/index.ts
async function runImport(options) {
  const bytes = await readFile(options.file).catch((cause) => {
    throw new UsageError(
      `cannot read ${options.display}: ${cause.code === "ENOENT" ? "no such file" : cause.message}`,
      { cause }
    );
  });
  const table = await readTable(bytes, options.display);
  const rows = templateRows(table, options.display);
  const { contentDir } = options.content;
  const plan = planImport({
    display: options.display,
    contentPath: displayPath(options.cwd, contentDir),
    table: rows,
    existing: await readExisting(options)
  });
  const problems = [...plan.problems];
  const failed = new Set(plan.failedRows);
  const files = [];
  for (const file of plan.files) {
    const absolute = path2.join(contentDir, ...file.source.split("/"));
    const current = await readFile(absolute, "utf8").catch(() => void 0);
    let action = file.replaces || current !== void 0 ? "replaced" : "created";
    if (current === file.text) {
      action = "unchanged";
    } else if (current !== void 0 && !options.force) {
      action = "exists";
    } else if (!options.dryRun) {
      action = await write(absolute, file.text, action);
    }
    if (action === "exists") {
      failed.add(file.row);
      problems.push(
        importDiagnostic(
          "import-exists",
          options.display,
          file.row,
          1,
          `${file.path} already holds this entry, with other text: nothing was written; run again with --force to replace it (the file's id is kept)`
        )
      );
    }
    files.push({ row: file.row, path: file.path, action });
  }
  return {
    readAs: table.readAs,
    header: rows.header,
    rowCount: plan.rowCount,
    files,
    problems: sortDiagnostics(problems),
    failedRows: [...failed].sort((a, b) => a - b),
    dryRun: options.dryRun
  };
}
async function write(absolute, text, action) {
  await mkdir(path2.dirname(absolute), { recursive: true });
  if (action === "replaced") {
    await writeFileAtomic(absolute, text);
    return action;
  }
  try {
    await writeFile(absolute, text, { flag: "wx" });
    return action;
  } catch (error) {
    if (error.code === "EEXIST") return "exists";
    throw error;
  }
}
async function readExisting(options) {
  const { contentDir } = options.content;
  const info = await stat(contentDir).catch(() => void 0);
  if (!info) return { entries: [], paths: [] };
  const content = await loadContent(options.content);
  const entries = content.entries.map((e) => ({
    source: e.source,
    skill: e.skill,
    title: e.title,
    id: e.id,
    draft: e.draft,
    threshold: e.threshold,
    targets: content.entryTargets[e.source]
  }));
  const paths = [];
  for (const top of await list(contentDir)) {
    paths.push(top.name);
    if (!top.isDirectory()) continue;
    for (const inner of await list(path2.join(contentDir, top.name))) {
      paths.push(`${top.name}/${inner.name}`);
    }
  }
  return { entries, paths };
}
async function list(folder) {
  return readdir(folder, { withFileTypes: true }).catch(() => []);
}
export {
  resolveImportOptions,
  runImport
};
