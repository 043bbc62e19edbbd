/**
 * What `faqops init` does in a repository, decided from what is already there: data in, data
 * out, no disk. A file that exists is never changed, with one exception made on purpose: a
 * missing `.faqops-cache/` line is appended to `.gitignore`.
 */
import { entrySchema, entrySchemaText, SCHEMA_COPY } from "./schema.js";
import {
  CONTENT_README,
  CONTENT_README_FILE,
  EXAMPLE,
  EXAMPLE_FILE,
  GITIGNORE_BLOCK,
  GITIGNORE_FILE,
  GITIGNORE_LINE,
  jsonText,
  REMARK_CONFIG,
  REMARK_CONFIG_FILE,
  REMARK_EXTENSION,
  VSCODE_EXTENSIONS_FILE,
  WORKFLOW,
  WORKFLOW_FILE,
} from "./templates.js";

/** What is at a path: nothing, a regular file and its text, or something else. */
export type PathState =
  | { readonly kind: "absent" }
  | { readonly kind: "file"; readonly text: string }
  /** A folder, a symbolic link, a device: left alone, never written through. */
  | { readonly kind: "other" };

/** What init needs to know about the repository. */
export interface RepoState {
  /** The state of each path init may write (INIT_PATHS), relative, `/`-separated. */
  readonly paths: ReadonlyMap<string, PathState>;
  /** The content folder already holds entries: then no example is added. */
  readonly contentHasEntries: boolean;
  /** The folder is inside a Git work tree. */
  readonly insideGit: boolean;
  /** A remark configuration other than REMARK_CONFIG_FILE already there (its name). */
  readonly otherRemarkConfig: string | undefined;
}

/** One thing init does, or decides not to do. */
export type InitStep =
  | { readonly kind: "create"; readonly path: string; readonly text: string }
  | {
      readonly kind: "append";
      readonly path: string;
      readonly text: string;
      readonly note: string;
    }
  /** The path exists: left as it is (`note`: what to do by hand, if anything). */
  | { readonly kind: "keep"; readonly path: string; readonly note?: string }
  /** Not written, though absent, for the reason given. */
  | { readonly kind: "skip"; readonly path: string; readonly note: string };

export interface InitPlan {
  readonly steps: readonly InitStep[];
  readonly warnings: readonly string[];
}

/** Every path init may write, in the order it reports them. */
export const INIT_PATHS = [
  CONTENT_README_FILE,
  EXAMPLE_FILE,
  WORKFLOW_FILE,
  SCHEMA_COPY,
  REMARK_CONFIG_FILE,
  VSCODE_EXTENSIONS_FILE,
  GITIGNORE_FILE,
] as const;

/** Decides, for each path, whether to create it, append to it or keep it as it is. */
export function planInit(state: RepoState): InitPlan {
  const at = (path: string): PathState => state.paths.get(path) ?? { kind: "absent" };
  const steps: InitStep[] = [];
  const createOrKeep = (path: string, text: string, note?: (existing: PathState) => string) => {
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
      note: "the content folder already has entries",
    });
  } else {
    createOrKeep(EXAMPLE_FILE, EXAMPLE);
  }
  createOrKeep(WORKFLOW_FILE, WORKFLOW);
  createOrKeep(SCHEMA_COPY, entrySchemaText(), (existing) =>
    existing.kind === "file" && !sameJson(existing.text, entrySchema())
      ? "it differs from this faqops's schema: delete it and run `faqops init` again to update it"
      : "",
  );
  if (state.otherRemarkConfig && at(REMARK_CONFIG_FILE).kind === "absent") {
    steps.push({
      kind: "skip",
      path: REMARK_CONFIG_FILE,
      note: `${state.otherRemarkConfig} configures remark: add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)`,
    });
  } else {
    createOrKeep(REMARK_CONFIG_FILE, jsonText(REMARK_CONFIG), (existing) =>
      existing.kind === "file" && !existing.text.includes("remark-lint-frontmatter-schema")
        ? "add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)"
        : "",
    );
  }
  createOrKeep(VSCODE_EXTENSIONS_FILE, jsonText({ recommendations: [REMARK_EXTENSION] }), (e) =>
    e.kind === "file" && !e.text.includes(REMARK_EXTENSION)
      ? `add "${REMARK_EXTENSION}" to its recommendations`
      : "",
  );
  steps.push(gitignoreStep(at(GITIGNORE_FILE)));

  const warnings = state.insideGit
    ? []
    : [
        "this folder is not in a Git repository: faqops plan reads what the bot holds from Git, and the workflow runs on GitHub; run `git init` here, then commit these files",
      ];
  return { steps, warnings };
}

/** `.gitignore`: created, or the cache's line appended once, or left alone. */
function gitignoreStep(existing: PathState): InitStep {
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
    note: `added ${GITIGNORE_LINE}`,
  };
}

/** Whether a .gitignore already has a line that ignores the cache folder at the top. */
export function ignoresCache(gitignore: string): boolean {
  const name = GITIGNORE_LINE.replace(/\/$/, "");
  const forms = new Set([name, `${name}/`, `/${name}`, `/${name}/`, `${name}/*`, `/${name}/*`]);
  return gitignore.split(/\r?\n/).some((line) => forms.has(line.trim()));
}

/** Whether a file's text is the same JSON as `value` (formatting aside); false when unreadable. */
function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}
