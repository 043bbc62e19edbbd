import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * `faqops check` and `faqops compile`, run as the user runs them: the bundled CLI in a child
 * process — the bundle test/global-setup.ts built from the current source.
 */
const cli = path.join(inject("distDir"), "cli.js");
const repo = path.resolve(import.meta.dirname, "../..");
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
      env: { ...process.env, FAQOPS_DEBUG: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

const good = {
  "content/账户/开户.md":
    "---\ntitle: 如何开户？\nquestions:\n  - 怎么开户\n---\n\n带身份证到网点，9:00-17:00。\n",
  "content/信用卡/还款.md":
    '---\ntitle: 怎么还款？\n---\n\n手机银行还款。\n\n::image{media_id="M1"}\n',
  "content/README.md": "# 说明\n",
};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "faqops-cli-"));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("faqops check", () => {
  it("passes good content with a one-line summary and exit 0", async () => {
    const dir = path.join(tmp, "good");
    await writeTree(dir, good);
    const result = await run(["check"], dir);
    expect(result).toEqual({ code: 0, stdout: "2 entries, 0 errors, 0 warnings\n", stderr: "" });
  });

  it("reports every problem as path:line:col, errors before warnings, and exits 1", async () => {
    const dir = path.join(tmp, "broken");
    await writeTree(dir, {
      ...good,
      "content/账户/坏.md": "---\ntitle: 12\nquestion: x\n---\n\n见 [帮助](/help)。:ask[不存在]\n",
    });
    const result = await run(["check", "--content", "content"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      'content/账户/坏.md:2:8: error key-type `title` must be text, but it is a number (12); quote it if you mean the text: `title: "12"`',
      "content/账户/坏.md:3:1: error unknown-key unknown key `question`: did you mean `questions`?",
      'content/账户/坏.md:6:3: error link-url link "/help" is not a full web address: write an absolute URL starting with https:// or http://',
      'content/账户/坏.md:6:15: warning ask-target no synced entry (drafts are not synced) has the title or question "不存在", so tapping this `:ask` gets no answer: add it as a question to the entry it means, or set q="…" to one',
      "3 entries, 3 errors, 1 warning",
      "",
    ]);
  });

  it("passes on the repository's sample content", async () => {
    const result = await run(["check"], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ entries, 0 errors, 0 warnings\n$/);
  });
});

describe("faqops compile", () => {
  it("--json prints entries sorted by source, with the exact content", async () => {
    const dir = path.join(tmp, "good");
    const result = await run(["compile", "--json"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const entries = JSON.parse(result.stdout);
    expect(entries.map((e: { source: string }) => e.source)).toEqual([
      "信用卡/还款.md",
      "账户/开户.md",
    ]);
    expect(entries[1]).toMatchObject({
      source: "账户/开户.md",
      path: "content/账户/开户.md",
      skill: "账户",
      title: "如何开户？",
      questions: ["怎么开户"],
      draft: false,
      content: "带身份证到网点，9:00-17:00。",
    });
    expect(entries[0].content).toBe(
      '{"multimsg":["手机银行还款。",{"image":{"media_id":"M1","url":""}}]}',
    );
  });

  it("without --json prints a readable listing", async () => {
    const result = await run(["compile"], path.join(tmp, "good"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("账户/开户.md\n  skill: 账户\n  title: 如何开户？\n");
  });

  it("prints nothing on stdout and the diagnostics on stderr when there is an error", async () => {
    const result = await run(["compile", "--json"], path.join(tmp, "broken"));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("content/账户/坏.md:2:8: error key-type ");
    expect(result.stderr).toContain("3 entries, 3 errors, 1 warning\n");
  });

  it("compiles a CRLF file with a BOM to the same payload as LF", async () => {
    const dir = path.join(tmp, "crlf");
    const lf = good["content/账户/开户.md"];
    await writeTree(dir, {
      "content/a/x.md": lf,
      "content/b/x.md": `\ufeff${lf.replaceAll("\n", "\r\n")}`,
    });
    const [a, b] = JSON.parse((await run(["compile", "--json"], dir)).stdout);
    expect(b.content).toBe(a.content);
    expect(b.questions).toEqual(a.questions);
  });
});

describe("usage mistakes", () => {
  it("an unknown flag is an error with a hint and no stack trace", async () => {
    const result = await run(["check", "--contnet", "x"], repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("unknown option '--contnet'");
    expect(result.stderr).toContain("--help");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown command suggests the right one", async () => {
    const result = await run(["chek"], repo);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Did you mean check?");
  });

  it("a missing content directory is a usage error, not a crash", async () => {
    const result = await run(["check", "--content", "nowhere"], tmp);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "faqops: content directory nowhere does not exist.\nhint: run faqops in your repository's root, or pass --content DIR\n",
    );
  });

  it.each(["check", "compile"])("%s --help describes the command and its flags", async (name) => {
    const result = await run([name, "--help"], repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: faqops ${name} [options]`);
    expect(result.stdout).toContain("--content <dir>");
  });
});

describe("the CLI's end", () => {
  it("writes all its output through a pipe, then exits with the command's code", async () => {
    const dir = path.join(tmp, "many");
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`content/账户/问题${i}.md`] =
        `---\ntitle: 问题${i}？\n---\n\n答案，或:ask[没有这个问题${i}]。\n`;
    }
    await writeTree(dir, files);
    const json = await run(["check", "--format", "json"], dir);
    expect(json.code).toBe(0);
    // 300 warnings: the last byte of a large output is there.
    expect((JSON.parse(json.stdout) as { diagnostics: unknown[] }).diagnostics).toHaveLength(300);
    expect(json.stdout.endsWith("\n")).toBe(true);
  });

  it("ends quietly, with its own exit code, when the reader goes away (`| head -c 100`)", async () => {
    const dir = path.join(tmp, "many");
    const child = spawn(process.execPath, [cli, "check", "--format", "json"], {
      cwd: dir,
      env: { ...process.env, FAQOPS_DEBUG: "" },
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
