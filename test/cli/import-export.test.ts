/**
 * `faqops import` and `faqops export` as users run them: the bundled CLI (built by
 * test/global-setup.ts from the current source) in a child process. This also shows that
 * exceljs, loaded only when a workbook is read or written, works from the bundle.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";

const cli = path.join(inject("distDir"), "cli.js");
const fixtures = path.resolve(import.meta.dirname, "../fixtures/import");
const tmp = mkdtempSync(path.join(tmpdir(), "faqops-import-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, FAQOPS_DEBUG: "", NO_COLOR: "1" },
      encoding: "utf8",
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A folder with a `.git` marker, so the CLI takes it as the project root. */
function project(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, ".git"), { recursive: true });
  return dir;
}

describe("faqops import and export", () => {
  it("imports a workbook, exits 1 for the rows it could not import, and exports it back", async () => {
    const dir = project("xlsx");
    cpSync(path.join(fixtures, "faq.xlsx"), path.join(dir, "faq.xlsx"));
    const imported = await run(["import", "faq.xlsx"], dir);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toBe(
      readFileSync(path.join(fixtures, "expected/faq.xlsx.txt"), "utf8"),
    );

    const check = await run(["check"], dir);
    expect(check.code).toBe(0);

    const exported = await run(["export", "--out", "back.xlsx"], dir);
    expect(exported).toMatchObject({ code: 0, stdout: "" });
    expect(exported.stderr).toMatch(/^wrote back\.xlsx \(xlsx\): 6 entries\n$/m);

    const again = project("xlsx-again");
    const reimported = await run(["import", path.join(dir, "back.xlsx")], again);
    expect(reimported.code).toBe(0);
    expect(reimported.stdout).toMatch(
      /6 files created, 0 replaced, 0 unchanged, every row imported\n$/,
    );
  });

  it("exports CSV to standard output, and refuses content with errors", async () => {
    const dir = project("csv");
    mkdirSync(path.join(dir, "content/账户"), { recursive: true });
    writeFileSync(
      path.join(dir, "content/账户/开户.md"),
      "---\ntitle: 开户\n---\n\n带身份证，到网点。\n",
    );
    const exported = await run(["export"], dir);
    expect(exported).toEqual({
      code: 0,
      stdout:
        "\uFEFF技能名称,标准问题,标准问题的相似度阈值,补充用户问法（多个用##分隔）,机器人回答（多个用##分隔）\r\n账户,开户,,,带身份证，到网点。\r\n",
      stderr: "exported (csv): 1 entry\n",
    });

    writeFileSync(path.join(dir, "content/账户/坏.md"), "---\ntitle: 12\n---\n\n答案\n");
    const refused = await run(["export", "--out", "faq.csv"], dir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(
      /key-type[^\n]*\n2 entries, 1 error, 0 warnings: nothing exported\n$/,
    );
  });

  it("names a file it cannot read, with a hint", async () => {
    const dir = project("bad");
    writeFileSync(path.join(dir, "bad.csv"), Buffer.from("\ufeffa,b", "utf16le"));
    const result = await run(["import", "bad.csv"], dir);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'faqops: bad.csv is UTF-16 text, which faqops does not read.\nhint: in Excel, save it as "CSV UTF-8 (Comma delimited)" (or as .xlsx)\n',
    });
  });
});
