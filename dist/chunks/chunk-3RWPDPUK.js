import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/import/template.ts
var TEMPLATE_COLUMNS = [
  { column: "skill", chinese: "\u6280\u80FD\u540D\u79F0", english: "Name of Skill", aliases: ["\u6280\u80FD", "skill"] },
  {
    column: "title",
    chinese: "\u6807\u51C6\u95EE\u9898",
    english: "Standard question",
    aliases: ["\u6807\u51C6\u95EE\u6CD5", "title", "intent", "\u610F\u56FE"]
  },
  {
    column: "threshold",
    chinese: "\u6807\u51C6\u95EE\u9898\u7684\u76F8\u4F3C\u5EA6\u9608\u503C",
    english: "Similarity threshold of standard problem",
    aliases: ["\u76F8\u4F3C\u5EA6\u9608\u503C", "\u9608\u503C", "threshold", "similarity threshold"]
  },
  {
    column: "questions",
    chinese: "\u8865\u5145\u7528\u6237\u95EE\u6CD5\uFF08\u591A\u4E2A\u7528##\u5206\u9694\uFF09",
    english: "Supplementary User Questions",
    aliases: ["\u76F8\u4F3C\u95EE\u6CD5", "\u76F8\u4F3C\u95EE\u9898", "questions", "similar questions"]
  },
  {
    column: "answers",
    chinese: "\u673A\u5668\u4EBA\u56DE\u7B54\uFF08\u591A\u4E2A\u7528##\u5206\u9694\uFF09",
    english: "The robot answered",
    aliases: ["\u56DE\u7B54", "\u7B54\u6848", "answer", "answers", "robot answer"]
  },
  { column: "priority", chinese: "\u610F\u56FE\u4F18\u5148\u7EA7", aliases: ["priority", "intent priority"] },
  { column: "disabled", chinese: "\u662F\u5426\u7981\u7528", aliases: ["\u7981\u7528", "disabled", "disable"] }
];
var EXPORT_COLUMNS = [
  "skill",
  "title",
  "threshold",
  "questions",
  "answers"
];
var LIST_SEPARATOR = "##";
function headerKey(text) {
  return text.normalize("NFKC").replace(/\([^)]*\)/g, "").toLowerCase().replace(/\s+/g, "");
}
var BY_KEY = new Map(
  TEMPLATE_COLUMNS.flatMap(
    (spec) => [spec.chinese, spec.english ?? "", ...spec.aliases].filter((name) => name !== "").map((name) => [headerKey(name), spec.column])
  )
);
function columnOfHeader(text) {
  return BY_KEY.get(headerKey(text));
}
function columnHeader(column) {
  return TEMPLATE_COLUMNS.find((spec) => spec.column === column).chinese;
}

export {
  TEMPLATE_COLUMNS,
  EXPORT_COLUMNS,
  LIST_SEPARATOR,
  columnOfHeader,
  columnHeader
};
