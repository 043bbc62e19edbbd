import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../src/content/compile.js";
import { FRONT_MATTER_KEYS } from "../../src/content/parse/index.js";
import { ignoresCache, planInit, type RepoState } from "../../src/init/plan.js";
import { SCHEMA_COPY } from "../../src/init/schema.js";
import {
  CONTENT_README,
  EXAMPLE,
  EXAMPLE_FILE,
  GITIGNORE_BLOCK,
  REMARK_CONFIG,
  WORKFLOW,
} from "../../src/init/templates.js";

/** What `faqops init` writes, against what the README and docs/editors.md show. */
const repo = path.resolve(import.meta.dirname, "../..");
const readme = readFileSync(path.join(repo, "README.md"), "utf8");
const editors = readFileSync(path.join(repo, "docs/editors.md"), "utf8");

/** The fenced blocks of a Markdown text with this info string, their indentation removed. */
function blocks(markdown: string, info: string): string[] {
  const out: string[] = [];
  const fence = new RegExp(`^( *)\`\`\`${info}\\n([\\s\\S]*?)^\\1\`\`\`$`, "gm");
  for (const match of markdown.matchAll(fence)) {
    const indent = match[1]!.length;
    out.push(
      match[2]!
        .split("\n")
        .map((line) => line.slice(indent))
        .join("\n"),
    );
  }
  return out;
}

describe("the workflow init writes", () => {
  it("is the README's, character for character", () => {
    const section = readme.slice(readme.indexOf("## Use it in your repository"));
    expect(blocks(section, "yaml")[0]).toBe(WORKFLOW);
  });
});

describe("the example entry", () => {
  it("compiles without a diagnostic, as a draft", () => {
    const result = compileFile({
      source: EXAMPLE_FILE.replace("content/", ""),
      path: EXAMPLE_FILE,
      bytes: Buffer.from(EXAMPLE),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.entry).toMatchObject({ draft: true, skill: "示例" });
  });
});

describe("the editors' README", () => {
  it("has a row for every key", () => {
    for (const key of FRONT_MATTER_KEYS) expect(CONTENT_README).toContain(`| \`${key}\` |`);
  });

  it("has examples that compile", () => {
    const examples = blocks(CONTENT_README, "markdown");
    expect(examples).toHaveLength(3);
    for (const markdown of examples) {
      const text = markdown.startsWith("---") ? markdown : `---\ntitle: 示例\n---\n\n${markdown}`;
      const result = compileFile({ source: "技能/a.md", path: "a.md", bytes: Buffer.from(text) });
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      expect(errors, markdown).toEqual([]);
    }
  });
});

describe("docs/editors.md", () => {
  it("shows the remark configuration init writes", () => {
    expect(blocks(editors, "json").map((b) => JSON.parse(b))).toContainEqual(REMARK_CONFIG);
  });

  it("gives Front Matter CMS a field for every key, with the compiler's limits", () => {
    const config = blocks(editors, "json")
      .map((b) => JSON.parse(b))
      .find((c) => c["frontMatter.taxonomy.contentTypes"]);
    const [type] = config["frontMatter.taxonomy.contentTypes"];
    // Only a content type named "default" keeps Front Matter CMS from writing `fmContentType`.
    expect(type.name).toBe("default");
    const fields = type.fields as { name: string; type: string; required?: boolean }[];
    expect(fields.map((f) => f.name)).toEqual([...FRONT_MATTER_KEYS]);
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(["title"]);
    expect(Object.fromEntries(fields.map((f) => [f.name, f.type]))).toEqual({
      title: "string",
      skill: "string",
      questions: "list",
      id: "string",
      draft: "boolean",
      threshold: "number",
      targets: "list",
    });
    expect(fields.find((f) => f.name === "threshold")).toMatchObject({
      numberOptions: { isDecimal: true, min: 0, max: 1 },
    });
  });

  it("points the schema at the path init copies it to", () => {
    expect(editors).toContain(SCHEMA_COPY);
  });
});

describe("planInit", () => {
  const state = (paths: Record<string, string | null>, more: Partial<RepoState> = {}) => ({
    paths: new Map(
      Object.entries(paths).map(([p, text]) => [
        p,
        text === null ? { kind: "other" as const } : { kind: "file" as const, text },
      ]),
    ),
    contentHasEntries: false,
    insideGit: true,
    otherRemarkConfig: undefined,
    ...more,
  });

  it("appends to a .gitignore after a blank line, whatever its last line", () => {
    const append = (text: string) =>
      planInit(state({ ".gitignore": text })).steps.find((s) => s.path === ".gitignore");
    expect(append("")).toMatchObject({ kind: "append", text: GITIGNORE_BLOCK });
    expect(append("a\n")).toMatchObject({ kind: "append", text: `\n${GITIGNORE_BLOCK}` });
    expect(append("a")).toMatchObject({ kind: "append", text: `\n\n${GITIGNORE_BLOCK}` });
  });

  it("never writes through what is not a regular file", () => {
    const { steps } = planInit(state({ ".gitignore": null, ".remarkrc.json": null }));
    expect(steps.find((s) => s.path === ".gitignore")).toMatchObject({ kind: "keep" });
    expect(steps.find((s) => s.path === ".remarkrc.json")).toMatchObject({ kind: "keep" });
  });

  it("knows the lines that ignore the cache", () => {
    for (const line of [
      ".faqops-cache",
      ".faqops-cache/",
      "/.faqops-cache/",
      " .faqops-cache/* ",
    ]) {
      expect(ignoresCache(`node_modules\n${line}\n`), line).toBe(true);
    }
    for (const line of ["# .faqops-cache/", ".faqops-cache-old/", "!.faqops-cache/", "cache/"]) {
      expect(ignoresCache(`${line}\n`), line).toBe(false);
    }
  });

  it("warns outside Git", () => {
    expect(planInit(state({}, { insideGit: false })).warnings).toHaveLength(1);
    expect(planInit(state({})).warnings).toEqual([]);
  });
});
