import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { entrySchemaText, SCHEMA_COPY } from "../../src/init/schema.js";
import {
  CONTENT_README,
  EXAMPLE,
  EXAMPLE_FILE,
  GITIGNORE_BLOCK,
  jsonText,
  REMARK_CONFIG,
  WORKFLOW,
} from "../../src/init/templates.js";

/**
 * `faqops init`, run as a user runs it: the bundled CLI in a child process, in real folders —
 * an empty repository, one that already has files, and a folder outside Git.
 */
const cli = path.join(inject("distDir"), "cli.js");
let tmp: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function gitRepo(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  execFileSync("git", ["init", "-q"], { cwd: dir });
  return dir;
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

/** Every file under `root` and its text, but Git's and faqops's cache. */
async function tree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep);
    if (file[0] === ".git" || file[0] === ".faqops-cache") continue;
    out[file.join("/")] = await readFile(path.join(root, ...file), "utf8");
  }
  return out;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "faqops-init-"));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("faqops init in an empty repository", () => {
  let dir: string;
  let first: Run;

  beforeAll(async () => {
    dir = await gitRepo("empty");
    first = await run(["init"], dir);
  });

  it("creates every file, lists each, and prints the next steps", async () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(await tree(dir)).toEqual({
      "content/README.md": CONTENT_README,
      [EXAMPLE_FILE]: EXAMPLE,
      ".github/workflows/faq.yml": WORKFLOW,
      [SCHEMA_COPY]: entrySchemaText(),
      ".remarkrc.json": jsonText(REMARK_CONFIG),
      ".vscode/extensions.json": `{\n  "recommendations": [\n    "unifiedjs.vscode-remark"\n  ]\n}\n`,
      ".gitignore": GITIGNORE_BLOCK,
    });
    expect(first.stdout).toContain(
      [
        "  created  content/README.md",
        "  created  content/示例/营业时间.md",
        "  created  .github/workflows/faq.yml",
        "  created  .faqops/faqops-entry.schema.json",
        "  created  .remarkrc.json",
        "  created  .vscode/extensions.json",
        "  created  .gitignore",
        "",
        "Next steps:",
        "1. In .github/workflows/faq.yml, replace faqops/faqops@v1 with where you get faqops from",
      ].join("\n"),
    );
    for (const secret of [
      "FAQOPS_APPID",
      "FAQOPS_TOKEN",
      "FAQOPS_ENCODING_AES_KEY",
      "FAQOPS_MANAGER_ID",
    ]) {
      expect(first.stdout).toMatch(new RegExp(`^ {5}${secret} +\\S`, "m"));
    }
    expect(first.stdout).toContain("npx faqops check");
    expect(first.stdout).toContain("npx faqops plan");
    expect(first.stdout).toContain(
      "git add content .github .faqops .remarkrc.json .vscode .gitignore",
    );
  });

  it("writes an example that faqops check passes, and that is a draft", async () => {
    const check = await run(["check"], dir);
    expect(check).toEqual({ code: 0, stdout: "1 entry, 0 errors, 0 warnings\n", stderr: "" });
    const compiled = JSON.parse((await run(["compile", "--json"], dir)).stdout);
    expect(compiled).toMatchObject([{ skill: "示例", title: "营业时间是几点？", draft: true }]);
  });

  it("changes nothing when run again", async () => {
    const before = await tree(dir);
    const again = await run(["init"], dir);
    expect(again.code).toBe(0);
    expect(await tree(dir)).toEqual(before);
    const listed = again.stdout.split("\n").filter((l) => l.startsWith("  kept"));
    expect(listed).toHaveLength(7);
    expect(listed[0]).toBe("  kept  content/README.md (exists, left as is)");
    expect(again.stdout).not.toContain("created");
    expect(again.stdout).not.toContain("replace faqops/faqops@v1");
  });
});

describe("faqops init in a repository that already has files", () => {
  const existing = {
    "content/账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证到网点。\n",
    ".github/workflows/faq.yml": "name: Our own FAQ workflow\n",
    ".gitignore": "node_modules/\n*.log", // no final line break
    ".remarkrc.yaml": "plugins:\n  - remark-frontmatter\n",
    ".vscode/extensions.json": '{ "recommendations": ["dbaeumer.vscode-eslint"] }\n',
    [SCHEMA_COPY]: '{ "an": "older schema" }\n',
  };
  let dir: string;
  let result: Run;

  beforeAll(async () => {
    dir = await gitRepo("existing");
    await writeTree(dir, existing);
    result = await run(["init"], dir);
  });

  it("keeps every file, adds what is missing, and says why for each", async () => {
    expect(result.code).toBe(0);
    const files = await tree(dir);
    expect(files).toMatchObject({ ...existing, ".gitignore": expect.any(String) });
    expect(Object.keys(files).sort()).toEqual(
      [...Object.keys(existing), "content/README.md"].sort(),
    );
    expect(result.stdout.split("\n").slice(1, 8)).toEqual([
      "  created  content/README.md",
      "  skipped  content/示例/营业时间.md (the content folder already has entries)",
      "  kept     .github/workflows/faq.yml (exists, left as is)",
      "  kept     .faqops/faqops-entry.schema.json (exists, left as is; it differs from this faqops's schema: delete it and run `faqops init` again to update it)",
      "  skipped  .remarkrc.json (.remarkrc.yaml configures remark: add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md))",
      '  kept     .vscode/extensions.json (exists, left as is; add "unifiedjs.vscode-remark" to its recommendations)',
      "  updated  .gitignore (added .faqops-cache/)",
    ]);
  });

  it("appends the .gitignore line once, after what was there", async () => {
    const expected = `node_modules/\n*.log\n\n${GITIGNORE_BLOCK}`;
    expect(await readFile(path.join(dir, ".gitignore"), "utf8")).toBe(expected);
    const again = await run(["init"], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("  kept     .gitignore (exists, left as is)\n");
    expect(await readFile(path.join(dir, ".gitignore"), "utf8")).toBe(expected);
  });

  it("takes any line that already ignores the cache", async () => {
    const other = await gitRepo("ignored");
    await writeTree(other, { ".gitignore": "/.faqops-cache\n" });
    const init = await run(["init"], other);
    expect(init.stdout).toContain("  kept     .gitignore (exists, left as is)\n");
    expect(await readFile(path.join(other, ".gitignore"), "utf8")).toBe("/.faqops-cache\n");
  });

  it("adds the example to a content folder without entries", async () => {
    const other = await gitRepo("no-entries");
    await writeTree(other, { "content/README.md": "# 我们的说明\n", "content/_模板.md": "x" });
    const init = await run(["init"], other);
    expect(init.stdout).toContain("  kept     content/README.md (exists, left as is)\n");
    expect(init.stdout).toContain(`  created  ${EXAMPLE_FILE}\n`);
    expect(await readFile(path.join(other, "content/README.md"), "utf8")).toBe("# 我们的说明\n");
  });
});

describe("faqops init elsewhere", () => {
  it("works outside Git, with a warning", async () => {
    const dir = path.join(tmp, "no-git");
    await mkdir(dir);
    // The test needs a folder no parent of which is a Git work tree.
    const gitAbove = (d: string): boolean =>
      existsSync(path.join(d, ".git")) || (path.dirname(d) !== d && gitAbove(path.dirname(d)));
    expect(
      gitAbove(dir),
      `${dir} is inside a Git work tree: set TMPDIR to a folder outside one`,
    ).toBe(false);
    const init = await run(["init"], dir);
    expect(init.code).toBe(0);
    expect(init.stderr).toMatch(
      /^faqops: warning: this folder is not in a Git repository: .*git init/,
    );
    expect(existsSync(path.join(dir, EXAMPLE_FILE))).toBe(true);
  });

  it("sets up the folder --dir names", async () => {
    const dir = await gitRepo("elsewhere");
    const init = await run(["init", "--dir", "elsewhere"], tmp);
    expect(init.code).toBe(0);
    expect(init.stdout.split("\n")[0]).toBe(`faqops init in ${dir}:`);
    expect(existsSync(path.join(dir, ".github/workflows/faq.yml"))).toBe(true);
  });

  it("refuses a --dir that is not a folder", async () => {
    const init = await run(["init", "--dir", "missing"], tmp);
    expect(init.code).toBe(1);
    expect(init.stderr).toContain("is not a folder");
    expect(existsSync(path.join(tmp, "missing"))).toBe(false);
  });
});
