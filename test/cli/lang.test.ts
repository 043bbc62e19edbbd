/**
 * `--lang`, FAQOPS_LANG and the locale, run as users run the CLI (the built CLI in a child
 * process, a bare environment): diagnostics, counts, the plan, apply's summary and errors in
 * Chinese or English; colours kept in Chinese; machine formats always in English; help in
 * Chinese too.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { englishLeft } from "../i18n/helpers.js";
import { spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "faqops-lang-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The CLI in `cwd` with exactly PATH and `env`: no locale or colour leaks in from the shell. */
function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnCli(cli, args, { cwd, env: { PATH: process.env.PATH, ...env } }).done;
}

async function project(name: string, files: Record<string, string>): Promise<string> {
  const root = path.join(tmp, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  // A Git root, so the project's paths are the same whatever the temporary folder.
  await mkdir(path.join(root, ".git"), { recursive: true });
  return root;
}

/** An error (a full-width colon after a key) and a good entry. */
const broken = {
  "content/账户/开户.md": "---\ntitle：如何开户？\n---\n\n带身份证。\n",
  "content/账户/销户.md": "---\ntitle: 如何销户？\n---\n\n带银行卡。\n",
};

const goodContent = {
  "content/账户/开户.md": "---\ntitle: 如何开户？\nquestions: [怎么开户]\n---\n\n带身份证。\n",
  "content/账户/销户.md": "---\ntitle: 如何销户？\n---\n\n带银行卡。\n",
};

const ZH_DIAGNOSTIC =
  "content/账户/开户.md:2:6: error front-matter-yaml 键 `title` 后面用了全角冒号“：”";
const EN_DIAGNOSTIC = "content/账户/开户.md:2:6: error front-matter-yaml ";

/** Lines with English prose left (the diagnostic line's `error RULE` aside). */
function englishLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^(\S+:\d+:\d+: )(?:error|warning) \S+ /, "$1"))
    .filter((line) => englishLeft(line).length > 0);
}

describe("faqops in Chinese", () => {
  it("check: each diagnostic's message and the counts; rule ids and positions stay", async () => {
    const dir = await project("check", broken);
    const zh = await run(["check", "--lang", "zh-CN"], dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(ZH_DIAGNOSTIC);
    expect(zh.stdout).toContain("\n2 个条目，1 个错误，0 个警告\n");
    expect(englishLines(zh.stdout)).toEqual([]);

    const en = await run(["check"], dir);
    expect(en.stdout).toContain(EN_DIAGNOSTIC);
    expect(en.stdout).not.toMatch(/\p{Script=Han}{2,}[，。]/u);
    expect(en.stdout).toContain("\n2 entries, 1 error, 0 warnings\n");
  });

  it("colours stay on the pieces they marked (FORCE_COLOR=1)", async () => {
    const dir = await project("colour", broken);
    const zh = await run(["check", "--lang", "zh-CN"], dir, { FORCE_COLOR: "1" });
    expect(zh.stdout).toContain(
      "\x1b[31merror\x1b[39m \x1b[2mfront-matter-yaml\x1b[22m 键 `title`",
    );
    expect(zh.stdout).toContain("2 个条目，\x1b[31m1 个错误\x1b[39m，0 个警告");
  });

  it("plan and apply --emulator: the plan, the summary, the notes", async () => {
    const dir = await project("sync", goodContent);
    const plan = await run(["plan", "--lang", "zh-CN"], dir);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("  + 如何开户？  （新建）");
    expect(plan.stdout).toContain("      第 1 条消息（新增）：");
    expect(plan.stdout).toContain(
      "计划：新建 2 个，更新 0 个，重命名 0 个，0 个在机器人上但不在内容里，未变 0 个。",
    );
    expect(plan.stderr).toContain("注意：没有锁文件（faqops.lock.json）：所有条目都会写入");
    expect(englishLines(plan.stdout + plan.stderr)).toEqual([]);

    const apply = await run(["apply", "--emulator", "--publish", "--lang", "zh-CN"], dir);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(
      /\n已写入 2\/2 个条目（新建 2 个，改动 0 个，重命名 0 个），用时 [0-9.]+ 秒；未变 0 个。\n/,
    );
    expect(apply.stdout).toContain("\n发布：100%（完成）\n");
    expect(apply.stdout).toContain("  + 如何开户？（新建）");
    expect(apply.stdout).toContain("已发布：线上机器人现在会用上次发布以来写入的 2 个条目回答。");
    expect(apply.stdout).toContain("锁文件 .faqops-cache/emulator/faqops.lock.json 已更新。");
    expect(apply.stderr).toMatch(/模拟器：针对 http:\/\/127\.0\.0\.1:\d+ 演练 v1 API/);
    expect(englishLines(apply.stdout + apply.stderr)).toEqual([]);
  });

  it("an error's message and hint", async () => {
    const dir = await project("credentials", goodContent);
    const zh = await run(["apply", "--lang", "zh-CN"], dir);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(
      "faqops：缺少凭据：FAQOPS_APPID、FAQOPS_TOKEN、FAQOPS_ENCODING_AES_KEY、FAQOPS_MANAGER_ID。\n提示：请从机器人后台获取并设置",
    );
    const en = await run(["apply"], dir);
    expect(en.stderr).toContain("faqops: Missing credentials: FAQOPS_APPID");
    expect(en.stderr).toContain("\nhint: set them from the bot's console");
  });
});

describe("faqops import and export in Chinese", () => {
  it("the import's report and problems; the export's line", async () => {
    const dir = await project("import", {});
    const fixture = path.resolve(import.meta.dirname, "../fixtures/import/faq-utf8.csv");
    await writeFile(path.join(dir, "faq.csv"), await readFile(fixture));
    const zh = await run(["import", "faq.csv", "--dry-run", "--lang", "zh-CN"], dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/^已读取 faq\.csv（UTF-8）：\d+ 行，标题在第 1 行\n将创建 content\//);
    expect(zh.stdout).toMatch(
      /faq\.csv:6:3: error import-threshold 相似度阈值 "1\.5" 不是 0 到 1 之间的数字/,
    );
    expect(zh.stdout).toContain("（演练：没有写入任何文件）");
    expect(englishLines(zh.stdout)).toEqual([]);

    const exportDir = await project("export", goodContent);
    const exported = await run(["export", "--lang", "zh-CN"], exportDir);
    expect(exported.stderr).toBe("已导出（csv）：2 个条目\n");
  });
});

describe("choosing the language", () => {
  it("LANG=zh_CN.UTF-8 alone gives Chinese; FAQOPS_LANG overrides it; --lang overrides both", async () => {
    const dir = await project("choose", broken);
    const locale = await run(["check"], dir, { LANG: "zh_CN.UTF-8" });
    expect(locale.stdout).toContain(ZH_DIAGNOSTIC);
    const lcAll = await run(["check"], dir, { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" });
    expect(lcAll.stdout).toContain(ZH_DIAGNOSTIC);

    const variable = await run(["check"], dir, { LANG: "zh_CN.UTF-8", FAQOPS_LANG: "en" });
    expect(variable.stdout).toContain("2 entries, 1 error, 0 warnings");
    const variableZh = await run(["check"], dir, { LANG: "C", FAQOPS_LANG: "zh-CN" });
    expect(variableZh.stdout).toContain("2 个条目，1 个错误，0 个警告");

    const flag = await run(["check", "--lang", "en"], dir, {
      LANG: "zh_CN.UTF-8",
      FAQOPS_LANG: "zh-CN",
    });
    expect(flag.stdout).toContain("2 entries, 1 error, 0 warnings");
    // Before the command, as a global option, too.
    const before = await run(["--lang", "zh-CN", "check"], dir);
    expect(before.stdout).toContain("2 个条目，1 个错误，0 个警告");
  });

  it("a bad value stops the run, in English, naming where it came from", async () => {
    const dir = await project("bad", goodContent);
    const flag = await run(["check", "--lang", "fr"], dir, { LANG: "zh_CN.UTF-8" });
    expect(flag.code).toBe(1);
    expect(flag.stderr).toBe('faqops: --lang must be one of en, zh-CN; got "fr".\n');
    const variable = await run(["check"], dir, { FAQOPS_LANG: "klingon" });
    expect(variable.code).toBe(1);
    expect(variable.stderr).toBe('faqops: FAQOPS_LANG must be one of en, zh-CN; got "klingon".\n');
  });

  it("--help in Chinese from the locale, FAQOPS_LANG or --lang; English by default", async () => {
    const dir = await project("help", goodContent);
    const zhRoot = await run(["--help"], dir, { LANG: "zh_CN.UTF-8" });
    expect(zhRoot.code).toBe(0);
    expect(zhRoot.stdout).toMatch(/^用法： faqops \[options\] \[command\]\n/);
    expect(zhRoot.stdout).toContain("\n命令：\n");
    expect(zhRoot.stdout).toMatch(/\n {2}plan \[options\] +显示同步会改动什么（无需凭据）\n/);
    expect(zhRoot.stdout).toMatch(/--lang <lang> +消息和帮助的语言：en 或 zh-CN/);
    expect(zhRoot.stdout).toMatch(/-h, --help +显示命令的帮助/);

    const zhPlan = await run(["plan", "--help"], dir, { LANG: "zh_CN.UTF-8" });
    expect(zhPlan.code).toBe(0);
    expect(zhPlan.stdout).toMatch(/^用法： faqops plan \[options\]\n/);
    expect(zhPlan.stdout).toContain("\n选项：\n");
    expect(zhPlan.stdout).toMatch(/--brief +每个条目一行，而不是每个改动的差异/);
    expect(zhPlan.stdout).not.toMatch(/Usage:|Options:|display help/);

    for (const args of [
      ["--lang", "zh-CN", "plan", "--help"],
      ["plan", "--help", "--lang", "zh-CN"],
      ["plan", "--lang=zh-CN", "--help"],
    ]) {
      const flag = await run(args, dir);
      expect(flag.code, args.join(" ")).toBe(0);
      expect(flag.stdout, args.join(" ")).toContain("将内容与锁文件比较，显示 `apply` 会做什么");
    }
    const variable = await run(["--help"], dir, { FAQOPS_LANG: "zh-CN" });
    expect(variable.stdout).toMatch(/^用法：/);
    const flagRoot = await run(["--lang", "zh-CN", "--help"], dir);
    expect(flagRoot.stdout).toContain("用 Git 管理微信对话开放平台的 FAQ。");

    const en = await run(["plan", "--help"], dir);
    expect(en.stdout).toMatch(/^Usage: faqops plan \[options\]\n/);
    expect(en.stdout).toContain("one line per entry instead of each change's diff");
    expect(en.stdout).not.toMatch(/\p{Script=Han}/u);
    const enRoot = await run(["--help"], dir, { LANG: "C" });
    expect(enRoot.stdout).toMatch(/--lang <lang> +the language of messages: en or zh-CN/);
    const overridden = await run(["--help", "--lang", "en"], dir, { LANG: "zh_CN.UTF-8" });
    expect(overridden.stdout).toMatch(/^Usage: faqops/);
  });

  it("a bad --lang with --help: English help, not a failure", async () => {
    const dir = await project("help-bad", goodContent);
    const help = await run(["plan", "--help", "--lang", "fr"], dir, { LANG: "zh_CN.UTF-8" });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: faqops plan/);
  });
});

describe("machine output stays in English", () => {
  it("check --format json and sarif, plan --json, the saved plan and the lockfile", async () => {
    const dir = await project("machine", broken);
    const env = { LANG: "zh_CN.UTF-8" };
    const json = await run(["check", "--format", "json"], dir, env);
    const document = JSON.parse(json.stdout);
    expect(document.diagnostics[0].message).toMatch(/^use a half-width colon|full-width/);
    expect(json.stdout).not.toContain("键");
    const sarif = await run(["check", "--format", "sarif"], dir, env);
    expect(sarif.stdout).not.toContain("键");
    expect(JSON.parse(sarif.stdout).runs[0].results[0].ruleId).toBe("front-matter-yaml");

    // github annotations are for people: translated, as the text format is.
    const github = await run(["check", "--format", "github"], dir, env);
    expect(github.stdout).toMatch(
      /^::error title=faqops front-matter-yaml,file=content\/账户\/开户\.md,line=2,col=6::键 `title` 后面用了全角冒号/,
    );

    const ok = await project("machine-plan", goodContent);
    const plan = await run(["plan", "--json", "--out", "plan.json"], ok, env);
    expect(plan.code, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).changes.map((c: { action: string }) => c.action)).toEqual([
      "create",
      "create",
    ]);
    expect(plan.stderr).toContain(
      "计划已保存到 plan.json：`faqops apply plan.json` 会严格按它执行。",
    );
    const english = await run(["plan", "--json", "--out", "plan-en.json"], ok, { LANG: "C" });
    expect(plan.stdout).toBe(english.stdout);
    const saved = async (file: string) =>
      (await readFile(path.join(ok, file), "utf8")).replace(/"createdAt": "[^"]*"/, "");
    expect(await saved("plan.json")).toBe(await saved("plan-en.json"));

    // export's CSV is a file's bytes: an answer's line is content, however much it reads like
    // one of faqops' own.
    const sly = await project("machine-export", {
      "content/账户/开户.md":
        "---\ntitle: 如何开户？\n---\n\nstopped.\n\nNext steps:\n\n3 entries\n",
    });
    const csv = await run(["export"], sly, env);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain('"stopped.\n\nNext steps:\n\n3 entries"');
    expect(csv.stdout).toBe((await run(["export", "--lang", "en"], sly)).stdout);

    const apply = await run(["apply", "--emulator"], ok, env);
    expect(apply.code, apply.stderr).toBe(0);
    const lock = await readFile(path.join(ok, ".faqops-cache/emulator/faqops.lock.json"), "utf8");
    expect(JSON.parse(lock).entries).toHaveLength(2);
  });
});
