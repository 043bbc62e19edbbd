/**
 * `faqops import` on the fixtures (test/fixtures/import): the files it writes and what it
 * says, the same from each encoding; then against content already there: nothing written
 * over without --force, unchanged files left alone, ids kept, renamed files found.
 *
 * test/fixtures/import/expected/ holds the written tree (`content/`) and each fixture's
 * report (`<fixture>.txt`). Run with UPDATE=1 to rewrite them after a deliberate change, then
 * read the diff: they show what a user gets.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { renderImport } from "../../src/cli/commands/import.js";
import { loadContent } from "../../src/content/index.js";
import { resolveImportOptions, runImport } from "../../src/import/index.js";
import { resolveContentOptions } from "../../src/options/content.js";

const repo = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(repo, "test/fixtures/import");
const expected = path.join(fixtures, "expected");
const update = process.env.UPDATE === "1";
const UPDATE_COMMAND = "UPDATE=1 npx vitest run test/import/import.test.ts";
const tmp = mkdtempSync(path.join(tmpdir(), "faqops-import-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir`, by path relative to it. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(dir, child), "utf8");
    }
  };
  if (existsSync(dir)) walk("");
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A fresh project folder holding the fixture, and `files` under it. */
function project(name: string, fixture: string, files: Record<string, string> = {}): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(fixtures, fixture), path.join(dir, fixture));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function importIn(
  dir: string,
  file: string,
  flags: { force?: boolean; dryRun?: boolean } = {},
) {
  const options = resolveImportOptions({ cwd: dir, file, ...flags });
  const report = await runImport(options);
  return { report, text: renderImport(report, options.display) };
}

describe.each(["faq-utf8.csv", "faq-utf8-bom.csv", "faq-gbk.csv", "faq.xlsx"])(
  "import %s",
  (fixture) => {
    it("writes the expected files and reports every problem by row", async () => {
      const dir = project(`fixture-${fixture}`, fixture);
      const { report, text } = await importIn(dir, fixture);
      const reportFile = path.join(expected, `${fixture}.txt`);
      const written = tree(path.join(dir, "content"));
      if (update) {
        rmSync(path.join(expected, "content"), { recursive: true, force: true });
        for (const [file, content] of Object.entries(written)) {
          mkdirSync(path.dirname(path.join(expected, "content", file)), { recursive: true });
          writeFileSync(path.join(expected, "content", file), content);
        }
        writeFileSync(reportFile, text);
      }
      // Written only on request: a missing expectation fails instead of passing as empty.
      for (const file of [reportFile, path.join(expected, "content")]) {
        if (!existsSync(file)) {
          expect.fail(
            `${path.relative(repo, file)} is missing: create it with \`${UPDATE_COMMAND}\`, then read it before committing`,
          );
        }
      }
      expect(written).toEqual(tree(path.join(expected, "content")));
      expect(text).toBe(readFileSync(reportFile, "utf8"));
      expect(report.failedRows).toEqual([6, 7, 8, 9]);

      // What was written is content `check` accepts, and a second run changes nothing.
      const content = await loadContent(resolveContentOptions({ cwd: dir, cache: false }));
      expect(content.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(content.entries).toHaveLength(report.files.length);
      const again = await importIn(dir, fixture);
      expect(again.report.files.map((f) => f.action)).toEqual(report.files.map(() => "unchanged"));
    });
  },
);

describe("import into content that is already there", () => {
  const csv = (rows: string[]): string =>
    `技能名称,标准问题,标准问题的相似度阈值,补充用户问法,机器人回答\n${rows.join("\n")}\n`;

  it("writes nothing over a file without --force, and keeps the id with it", async () => {
    const dir = project("exists", "faq-utf8.csv", {
      "content/账户/开户.md":
        "---\ntitle: 如何开户？\nid: account/open\nthreshold: 0.8\n---\n\n旧的答案。\n",
      "new.csv": csv(["账户,如何开户？,,,新的答案。", "账户,销户,,,带身份证。"]),
    });
    const first = await importIn(dir, "new.csv");
    expect(first.text).toBe(
      [
        "read new.csv as UTF-8: 2 rows, header in row 1",
        "not replaced content/账户/开户.md (row 2)",
        "created content/账户/销户.md (row 3)",
        "new.csv:2:1: error import-exists content/账户/开户.md already holds this entry, with other text: nothing was written; run again with --force to replace it (the file's id is kept)",
        "1 file created, 0 replaced, 0 unchanged, 1 row not imported (row 2)",
        "",
      ].join("\n"),
    );
    expect(readFileSync(path.join(dir, "content/账户/开户.md"), "utf8")).toContain("旧的答案");

    const forced = await importIn(dir, "new.csv", { force: true });
    expect(forced.report.files.map((f) => `${f.action} ${f.path}`)).toEqual([
      "replaced content/账户/开户.md",
      "unchanged content/账户/销户.md",
    ]);
    expect(forced.report.problems).toEqual([]);
    // The id is kept; the threshold the file had goes back to the default written out, as
    // the v2 API may keep an old threshold when none is sent.
    expect(readFileSync(path.join(dir, "content/账户/开户.md"), "utf8")).toBe(
      "---\ntitle: 如何开户？\nid: account/open\nthreshold: 0.9\n---\n\n新的答案。\n",
    );
  });

  it("finds an entry wherever its file is, and never takes another entry's file name", async () => {
    const dir = project("moved", "faq-utf8.csv", {
      "content/账户/open-account.md": "---\ntitle: 如何开户？\n---\n\n旧的答案。\n",
      "content/账户/营业时间.md": "---\ntitle: 营业时间？\n---\n\n另一个条目。\n",
      "content/card/还款.md": "---\ntitle: 怎么还款\nskill: 信用卡\ndraft: true\n---\n\n旧的。\n",
      "new.csv": csv([
        "账户,如何开户？,,,新的答案。",
        "账户,营业时间,,,9:00-17:00",
        "信用卡,怎么还款,,,手机银行。",
        "信用卡,年费,,,免年费。",
      ]),
    });
    const { report } = await importIn(dir, "new.csv", { force: true });
    expect(report.files.map((f) => `${f.action} ${f.path}`)).toEqual([
      "replaced content/账户/open-account.md",
      "created content/账户/营业时间-2.md",
      "replaced content/card/还款.md",
      "created content/card/年费.md",
    ]);
    // Still a draft (the file said so and the table has no 是否禁用 column); the folder does
    // not name the skill, so the file does.
    expect(readFileSync(path.join(dir, "content/card/年费.md"), "utf8")).toBe(
      "---\ntitle: 年费\nskill: 信用卡\n---\n\n免年费。\n",
    );
    expect(readFileSync(path.join(dir, "content/card/还款.md"), "utf8")).toBe(
      "---\ntitle: 怎么还款\nskill: 信用卡\ndraft: true\n---\n\n手机银行。\n",
    );
  });

  it("writes nothing with --dry-run", async () => {
    const dir = project("dry", "faq-utf8.csv");
    const { report, text } = await importIn(dir, "faq-utf8.csv", { dryRun: true });
    expect(existsSync(path.join(dir, "content"))).toBe(false);
    expect(report.files.every((f) => f.action === "created")).toBe(true);
    expect(text).toContain("would create content/账户/如何开户.md (row 2)\n");
    expect(text).toMatch(/\(dry run: nothing written\)\n$/);
  });
});

describe("rows", () => {
  const run = async (name: string, csv: string) => {
    const dir = project(name, "faq-utf8.csv", { "t.csv": csv });
    const { report } = await importIn(dir, "t.csv");
    return {
      problems: report.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`),
      files: tree(path.join(dir, "content")),
    };
  };

  it("takes columns by position when there is no header, and by name in any order", async () => {
    const positional = await run("positional", "账户,开户,,怎么开户,带身份证。\n");
    const named = await run(
      "named",
      "The robot answered,Supplementary User Questions,Standard question,Name of Skill\n带身份证。,怎么开户,开户,账户\n",
    );
    expect(positional.files).toEqual({
      "账户/开户.md": "---\ntitle: 开户\nquestions:\n  - 怎么开户\n---\n\n带身份证。\n",
    });
    expect(named.files).toEqual(positional.files);
  });

  it("finds the header below a title line", async () => {
    const result = await run(
      "title-line",
      "问答导出 2024-05-01,,,,\n技能名称,标准问题,标准问题的相似度阈值,补充用户问法,机器人回答\n账户,开户,,,带身份证。\n",
    );
    expect(result.problems).toEqual([
      "1:1 import-header row 1 is above the header row (row 2): it is not imported",
    ]);
    expect(Object.keys(result.files)).toEqual(["账户/开户.md"]);
  });

  it("names columns it does not import, and reads 是否禁用 as draft", async () => {
    const result = await run(
      "columns",
      "技能名称,标准问题,标准问题的相似度阈值,补充用户问法(多个用##分隔),机器人回答(多个用##分隔),意图优先级,是否禁用,备注\n账户,开户,,,带身份证。,1,true,内部备注\n账户,销户,,,带卡。,1,false,\n",
    );
    expect(result.problems).toEqual([
      '2:6 import-column column F "意图优先级" (faqops has no intent priority) is not imported: its values (this is the first) are left out of every entry',
      '2:8 import-column column H "备注" is not imported: its values (this is the first) are left out of every entry',
    ]);
    expect(result.files["账户/开户.md"]).toBe("---\ntitle: 开户\ndraft: true\n---\n\n带身份证。\n");
    expect(result.files["账户/销户.md"]).toBe("---\ntitle: 销户\n---\n\n带卡。\n");
  });

  it("reports every problem of a row in one run", async () => {
    const result = await run("all-problems", "账户,坏行,85,a##A,<b>粗</b>##第二个\n");
    expect(result.problems).toEqual([
      '1:3 import-threshold the similarity threshold "85" is not a number from 0 to 1: did you mean 0.85?',
      '1:4 import-question-dropped the similar question "A" is left out: it is alike to "a", which the bot matches already',
      expect.stringMatching(/^1:5 import-answers the cell holds 2 answers/),
      expect.stringMatching(/^1:5 text-markup `<\/b` /),
      expect.stringMatching(/^1:5 text-markup `<b` /),
    ]);
    expect(result.files).toEqual({});
  });

  it("writes a rich answer (JSON) as cards", async () => {
    const news = JSON.stringify({
      multimsg: [
        "看看：",
        { news: { articles: [{ title: '说"好"', url: "https://a.example/w" }] } },
        { image: { media_id: "M1" } },
      ],
    });
    const result = await run("rich", `天气,一周天气,,,"${news.replaceAll('"', '""')}"\n`);
    expect(result.problems).toEqual([]);
    expect(result.files["天气/一周天气.md"]).toBe(
      '---\ntitle: 一周天气\n---\n\n看看：\n\n::news{title="说&quot;好&quot;" url="https://a.example/w"}\n\n::image{media_id="M1"}\n',
    );
    const broken = await run("rich-broken", '天气,坏的,,,"{""news"":{""articles"":[]}}"\n');
    expect(broken.problems).toEqual([
      '1:5 import-rich the answer looks like a rich answer (JSON) but cannot be written as cards: the answer: "news" has no "articles"',
    ]);
  });

  it("does not import a row with a cell it could not read", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("FAQ");
    sheet.addRow(["技能名称", "标准问题", "标准问题的相似度阈值", "补充用户问法", "机器人回答"]);
    sheet.addRow(["账户", "开户", "", new Date(Date.UTC(2024, 0, 2)), "带身份证。"]);
    sheet.addRow(["账户", "销户", "", "", "带卡。"]);
    const dir = project("unreadable", "faq-utf8.csv");
    await workbook.xlsx.writeFile(path.join(dir, "w.xlsx"));
    const { report } = await importIn(dir, "w.xlsx");
    expect(report.problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual([
      "2:4 import-cell",
    ]);
    expect(report.failedRows).toEqual([2]);
    expect(report.files.map((f) => f.path)).toEqual(["content/账户/销户.md"]);
  });

  it("warns of rows the bot could not tell apart, naming the other row", async () => {
    const result = await run(
      "conflict",
      "账户,开户,,办卡,带身份证。\n账户,办卡流程,,办卡,带卡。\n",
    );
    expect(result.problems).toEqual([
      expect.stringMatching(/^1:4 import-conflict .*row 2.*question-conflict/),
      expect.stringMatching(/^2:4 import-conflict .*row 1.*question-conflict/),
    ]);
    expect(Object.keys(result.files)).toHaveLength(2);
  });
});
