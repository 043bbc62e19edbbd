/**
 * `--format text|json|sarif|github`: the diagnostics of `check` (stdout) and `plan` (stderr) in
 * each format, run as users run them (the built CLI in a child process), SARIF validated against
 * the OASIS 2.1.0 schema. The renderers' details against their references:
 * test/render/diagnostics.test.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RULES } from "../../src/content/index.js";
import { VERSION } from "../../src/version.js";
import { expectValidSarif } from "../render/sarif-schema.js";
import { spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "faqops-formats-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The CLI in `cwd` with a bare environment: no colour settings leak in from the shell. */
function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnCli(cli, args, { cwd, env: { PATH: process.env.PATH, ...env } }).done;
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

/**
 * A project with an error, a warning, and a file whose name needs escaping everywhere: a `%`, a
 * `,` and a `:` (annotation properties), and a space and Chinese (URIs).
 */
const broken = {
  "content/账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证。:ask[不存在]\n",
  "content/转账/100%, a:b 限额.md": "---\ntitle: 12\n---\n\n限额。\n",
};

async function project(name: string, files: Record<string, string> = broken): Promise<string> {
  const dir = path.join(tmp, name);
  await writeTree(dir, files);
  return dir;
}

const ERROR_MESSAGE =
  '`title` must be text, but it is a number (12); quote it if you mean the text: `title: "12"`';
const WARNING_MESSAGE =
  'no synced entry (drafts are not synced) has the title or question "不存在", so tapping this `:ask` gets no answer: add it as a question to the entry it means, or set q="…" to one';

describe("faqops check --format", () => {
  it("text (the default): path:line:col lines, errors first, then the counts", async () => {
    const dir = await project("text");
    const result = await run(["check"], dir);
    const explicit = await run(["check", "--format", "text"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `content/转账/100%, a:b 限额.md:2:8: error key-type ${ERROR_MESSAGE}`,
        `content/账户/开户.md:5:6: warning ask-target ${WARNING_MESSAGE}`,
        "2 entries, 1 error, 1 warning",
        "",
      ].join("\n"),
    );
    expect(explicit.stdout).toBe(result.stdout);
  });

  it("json: the documented document, and nothing else on stdout", async () => {
    const dir = await project("json");
    const result = await run(["check", "--format", "json"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      files: 2,
      errors: 1,
      warnings: 1,
      diagnostics: [
        {
          path: "content/转账/100%, a:b 限额.md",
          line: 2,
          column: 8,
          severity: "error",
          rule: "key-type",
          message: ERROR_MESSAGE,
        },
        {
          path: "content/账户/开户.md",
          line: 5,
          column: 6,
          severity: "warning",
          rule: "ask-target",
          message: WARNING_MESSAGE,
        },
      ],
    });
  });

  it("json: clean content is an empty list, exit 0", async () => {
    const dir = await project("json-clean", {
      "content/账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证。\n",
    });
    const result = await run(["check", "--format", "json"], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      files: 1,
      errors: 0,
      warnings: 0,
      diagnostics: [],
    });
  });

  it("sarif: a SARIF 2.1.0 log the OASIS schema accepts, paths from the repository root", async () => {
    const dir = await project("sarif");
    const result = await run(["check", "--format", "sarif"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const log = JSON.parse(result.stdout);
    expectValidSarif(log);
    const run0 = log.runs[0];
    expect(run0.tool.driver).toMatchObject({ name: "faqops", version: VERSION });
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(RULES));
    expect(run0.results).toEqual([
      {
        ruleId: "key-type",
        ruleIndex: Object.keys(RULES).indexOf("key-type"),
        level: "error",
        message: { text: ERROR_MESSAGE },
        locations: [
          {
            physicalLocation: {
              artifactLocation: {
                uri: "content/%E8%BD%AC%E8%B4%A6/100%25%2C%20a%3Ab%20%E9%99%90%E9%A2%9D.md",
                uriBaseId: "%SRCROOT%",
              },
              region: { startLine: 2, startColumn: 8 },
            },
          },
        ],
      },
      expect.objectContaining({
        ruleId: "ask-target",
        level: "warning",
        locations: [
          {
            physicalLocation: {
              artifactLocation: {
                uri: "content/%E8%B4%A6%E6%88%B7/%E5%BC%80%E6%88%B7.md",
                uriBaseId: "%SRCROOT%",
              },
              region: { startLine: 5, startColumn: 6 },
            },
          },
        ],
      }),
    ]);
    // A URI reference that decodes back to the path, as code scanning reads it.
    expect(
      decodeURIComponent(run0.results[0].locations[0].physicalLocation.artifactLocation.uri),
    ).toBe("content/转账/100%, a:b 限额.md");
  });

  it("sarif: clean content is a valid log with no results", async () => {
    const dir = await project("sarif-clean", {
      "content/账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证。\n",
    });
    const result = await run(["check", "--format", "sarif"], dir);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout);
    expectValidSarif(log);
    expect(log.runs[0].results).toEqual([]);
  });

  it("sarif and github name files from the Git root when the project is a subfolder of it", async () => {
    const dir = await project("monorepo/faq");
    await writeFile(path.join(dir, "faqops.lock.json"), "");
    execFileSync("git", ["init", "-q"], { cwd: path.join(tmp, "monorepo") });
    const cwd = path.join(dir, "content", "账户");
    const sarif = JSON.parse((await run(["check", "--format", "sarif"], cwd)).stdout);
    expect(
      sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          decodeURIComponent(r.locations[0]?.physicalLocation.artifactLocation.uri ?? ""),
      ),
    ).toEqual(["faq/content/转账/100%, a:b 限额.md", "faq/content/账户/开户.md"]);
    const github = await run(["check", "--format", "github"], cwd);
    expect(github.stdout).toContain("file=faq/content/账户/开户.md,");
    // The text and json formats stay relative to the working directory.
    const json = JSON.parse((await run(["check", "--format", "json"], cwd)).stdout);
    expect(json.diagnostics.map((d: { path: string }) => d.path)).toEqual([
      "../转账/100%, a:b 限额.md",
      "开户.md",
    ]);
  });

  it("github: one workflow command a problem, escaped, then the counts", async () => {
    const dir = await project("github");
    const result = await run(["check", "--format", "github"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `::error title=faqops key-type,file=content/转账/100%25%2C a%3Ab 限额.md,line=2,col=8::${ERROR_MESSAGE}`,
        `::warning title=faqops ask-target,file=content/账户/开户.md,line=5,col=6::${WARNING_MESSAGE}`,
        "2 entries, 1 error, 1 warning",
        "",
      ].join("\n"),
    );
  });

  it("refuses an unknown format, naming the ones there are", async () => {
    const dir = await project("bad-format");
    const result = await run(["check", "--format", "xml"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'faqops: format must be one of text, json, sarif, github; got "xml".\n',
    );
  });
});

describe("faqops plan --format", () => {
  const warned = {
    "content/账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证。:ask[不存在]\n",
  };

  it("prints the diagnostics on stderr in the format; stdout keeps the plan", async () => {
    const dir = await project("plan-github", warned);
    const result = await run(["plan", "--brief", "--format", "github"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Plan: 1 to create");
    expect(result.stderr.split("\n")[0]).toBe(
      `::warning title=faqops ask-target,file=content/账户/开户.md,line=5,col=6::${WARNING_MESSAGE}`,
    );
  });

  it("json on stderr leaves --json's plan on stdout untouched", async () => {
    const dir = await project("plan-json", warned);
    const result = await run(["plan", "--json", "--format", "json"], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ create: 1 });
    // The document comes first on stderr; notes (here: no lockfile yet) follow it.
    const document = result.stderr.slice(0, result.stderr.indexOf("\n}\n") + 3);
    expect(JSON.parse(document)).toMatchObject({
      version: 1,
      files: 1,
      warnings: 1,
      diagnostics: [{ path: "content/账户/开户.md", rule: "ask-target" }],
    });
    expect(result.stderr.slice(document.length)).toMatch(/^note: no lockfile/);
  });

  it("sarif on stderr is a valid log; content with errors still stops the plan", async () => {
    const dir = await project("plan-sarif");
    const result = await run(["plan", "--format", "sarif"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const document = result.stderr.slice(0, result.stderr.indexOf("\n}\n") + 3);
    expectValidSarif(JSON.parse(document));
    expect(result.stderr).toContain(
      "faqops: the content has 1 error; nothing was planned or sent.",
    );
  });
});
