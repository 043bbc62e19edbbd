import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  CONTENT_README,
  CONTENT_README_FILE,
  EXAMPLE,
  EXAMPLE_FILE,
  GITIGNORE_BLOCK,
  GITIGNORE_FILE,
  GITIGNORE_LINE,
  REMARK_CONFIG,
  REMARK_CONFIG_FILE,
  REMARK_EXTENSION,
  SCHEMA_COPY,
  VSCODE_EXTENSIONS_FILE,
  WORKFLOW,
  WORKFLOW_FILE,
  entrySchema,
  entrySchemaText,
  jsonText
} from "./chunk-U3FJDB7I.js";

// src/init/plan.ts
var INIT_PATHS = [
  CONTENT_README_FILE,
  EXAMPLE_FILE,
  WORKFLOW_FILE,
  SCHEMA_COPY,
  REMARK_CONFIG_FILE,
  VSCODE_EXTENSIONS_FILE,
  GITIGNORE_FILE
];
function planInit(state) {
  const at = (path) => state.paths.get(path) ?? { kind: "absent" };
  const steps = [];
  const createOrKeep = (path, text, note) => {
    const existing = at(path);
    if (existing.kind === "absent") {
      steps.push({ kind: "create", path, text });
    } else {
      const why = note?.(existing);
      steps.push(why ? { kind: "keep", path, note: why } : { kind: "keep", path });
    }
  };
  createOrKeep(CONTENT_README_FILE, CONTENT_README);
  if (state.contentHasEntries && at(EXAMPLE_FILE).kind === "absent") {
    steps.push({
      kind: "skip",
      path: EXAMPLE_FILE,
      note: "the content folder already has entries"
    });
  } else {
    createOrKeep(EXAMPLE_FILE, EXAMPLE);
  }
  createOrKeep(WORKFLOW_FILE, WORKFLOW);
  createOrKeep(
    SCHEMA_COPY,
    entrySchemaText(),
    (existing) => existing.kind === "file" && !sameJson(existing.text, entrySchema()) ? "it differs from this faqops's schema: delete it and run `faqops init` again to update it" : ""
  );
  if (state.otherRemarkConfig && at(REMARK_CONFIG_FILE).kind === "absent") {
    steps.push({
      kind: "skip",
      path: REMARK_CONFIG_FILE,
      note: `${state.otherRemarkConfig} configures remark: add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)`
    });
  } else {
    createOrKeep(
      REMARK_CONFIG_FILE,
      jsonText(REMARK_CONFIG),
      (existing) => existing.kind === "file" && !existing.text.includes("remark-lint-frontmatter-schema") ? "add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)" : ""
    );
  }
  createOrKeep(
    VSCODE_EXTENSIONS_FILE,
    jsonText({ recommendations: [REMARK_EXTENSION] }),
    (e) => e.kind === "file" && !e.text.includes(REMARK_EXTENSION) ? `add "${REMARK_EXTENSION}" to its recommendations` : ""
  );
  steps.push(gitignoreStep(at(GITIGNORE_FILE)));
  const warnings = state.insideGit ? [] : [
    "this folder is not in a Git repository: faqops plan reads what the bot holds from Git, and the workflow runs on GitHub; run `git init` here, then commit these files"
  ];
  return { steps, warnings };
}
function gitignoreStep(existing) {
  const path = GITIGNORE_FILE;
  if (existing.kind === "absent") return { kind: "create", path, text: GITIGNORE_BLOCK };
  if (existing.kind === "other") {
    return { kind: "keep", path, note: `not a regular file: add ${GITIGNORE_LINE} to it yourself` };
  }
  if (ignoresCache(existing.text)) return { kind: "keep", path };
  const text = existing.text;
  const separator = text === "" ? "" : text.endsWith("\n") ? "\n" : "\n\n";
  return {
    kind: "append",
    path,
    text: `${separator}${GITIGNORE_BLOCK}`,
    note: `added ${GITIGNORE_LINE}`
  };
}
function ignoresCache(gitignore) {
  const name = GITIGNORE_LINE.replace(/\/$/, "");
  const forms = /* @__PURE__ */ new Set([name, `${name}/`, `/${name}`, `/${name}/`, `${name}/*`, `/${name}/*`]);
  return gitignore.split(/\r?\n/).some((line) => forms.has(line.trim()));
}
function sameJson(text, value) {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}

export {
  INIT_PATHS,
  planInit,
  ignoresCache
};
