/**
 * The action's `lang` input, run as the runner runs the built action: with `lang: zh-CN` the
 * annotations, notices, the failure, the job summary and the pull-request comment are in
 * Chinese, with rule ids, Markdown, and what comes from the content kept as they are; by
 * default all of it is in English; a bad value fails, naming the input.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import { englishLeft } from "../i18n/helpers.js";
import { entryFile, type FakeGitHub, runAction, startFakeGitHub, writeFiles } from "./helpers.js";

let github: FakeGitHub;
let emulator: Emulator;
let repo: string;

beforeEach(async () => {
  github = await startFakeGitHub();
  emulator = await startEmulator({ publishSteps: 1 });
  repo = await mkdtemp(path.join(tmpdir(), "faqops-action-lang-"));
});
afterEach(async () => {
  await github.stop();
  await emulator.stop();
});

const pullRequest = {
  action: "synchronize",
  number: 7,
  pull_request: { number: 7, head: { ref: "edit-faq", sha: "abc123" }, base: { ref: "main" } },
  repository: { full_name: "owner/repo" },
};

function onPullRequest(inputs: Record<string, string>) {
  return runAction({
    cwd: repo,
    eventName: "pull_request",
    event: pullRequest,
    inputs,
    env: { GITHUB_API_URL: github.url },
  });
}

function applyOnPush(inputs: Record<string, string>) {
  const c = emulator.credentials;
  return runAction({
    cwd: repo,
    eventName: "push",
    event: { ref: "refs/heads/main", repository: { full_name: "owner/repo" } },
    inputs: {
      endpoint: emulator.url,
      appid: c.appId,
      token: c.token,
      "encoding-aes-key": c.encodingAesKey,
      "manager-id": c.managerId,
      "commit-lockfile": "false",
      publish: "true",
      rate: "1000",
      ...inputs,
    },
    env: { GITHUB_REF: "refs/heads/main" },
  });
}

const badContent = {
  "content/账户/注册.md": "---\ntitle：如何注册？\n---\n\n打开 App。\n",
  "content/账户/密码.md": entryFile("忘记密码怎么办？", "在登录页点击“忘记密码”。"),
};

const goodContent = {
  "content/账户/注册.md": entryFile("如何注册？", "打开 App，点击[注册](https://example.com/a)。", [
    "怎么注册",
  ]),
  "content/活动/优惠.md": entryFile(
    "最新优惠活动有哪些？",
    '本月活动：\n\n::news{title="周末五折" url="https://shop.example.com/a1"}',
  ),
};

/** Lines of the summary or the comment with English prose left, the hidden marker aside. */
function englishLines(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((line) => !line.startsWith("<!--") && englishLeft(line).length > 0);
}

describe("the action in Chinese (lang: zh-CN)", () => {
  it("annotates, fails, summarises and comments in Chinese; rule ids stay", async () => {
    await writeFiles(repo, badContent);
    const run = await onPullRequest({ lang: "zh-CN" });
    expect(run.code).toBe(1);

    const error = run.commands.find((c) => c.name === "error" && c.properties.file);
    expect(error?.properties).toMatchObject({
      file: "content/账户/注册.md",
      line: "2",
      title: "front-matter-yaml",
    });
    expect(error?.message).toMatch(/^键 `title` 后面用了全角冒号/);
    const failure = run.commands.find((c) => c.name === "error" && !c.properties.file);
    expect(failure?.message).toBe("内容有 1 个错误（见标注）：没有生成计划，也没有发送任何内容。");

    expect(run.summary).toContain("### faqops plan");
    expect(run.summary).toContain(
      "❌ 2 个条目文件中有 **1 个错误** 和 0 个警告。没有生成计划，也没有发送任何内容。",
    );
    expect(run.summary).toContain("| | 位置 | 规则 | 问题 |");
    expect(run.summary).toContain(
      "| ❌ 错误 | `content/账户/注册.md:2:6` | `front-matter-yaml` | 键 `title` 后面用了全角冒号",
    );
    expect(englishLines(run.summary)).toEqual([]);

    const comment = github.comments[0]?.body ?? "";
    expect(comment).toContain("| ❌ 错误 |");
    expect(comment).toContain("faqops 会在这个拉取请求每次推送后更新本评论。完整详情：[作业摘要](");
    expect(englishLines(comment)).toEqual([]);
  });

  it("a plan's tables: faqops' words in Chinese, the entries' titles and answers as they are", async () => {
    await writeFiles(repo, goodContent);
    const en = await onPullRequest({ comment: "false" });
    const zh = await onPullRequest({ lang: "zh-CN", comment: "false" });
    expect(zh.code, zh.stdout).toBe(0);
    expect(zh.summary).toContain("**计划：**新建 2 个，更新 0 个，重命名 0 个");
    expect(zh.summary).toContain("#### 账户\n\n| | 标题 | 答案 |\n| --- | --- | --- |");
    // The same row, only its label translated: the title and answer cells are byte for byte.
    const row = (summary: string) => summary.split("\n").find((l) => l.includes("如何注册？ |"));
    expect(row(en.summary)).toMatch(/^\| 🆕 new \| /);
    expect(row(zh.summary)).toBe(row(en.summary)?.replace("🆕 new", "🆕 新建"));
    expect(zh.summary).toContain("<details><summary>🆕 新建 如何注册？</summary>");
    expect(zh.summary).toContain("<b>第 1 条消息</b>（新增）：");
    expect(englishLines(zh.summary)).toEqual([]);
    // Outputs and the plan file are for machines: the same in both languages.
    expect(zh.outputs.created).toBe(en.outputs.created);
  });

  it("apply: notices, the summary and the lockfile note in Chinese", async () => {
    await writeFiles(repo, goodContent);
    const run = await applyOnPush({ lang: "zh-CN", api: "v2", "encoding-aes-key": "" });
    expect(run.code, run.stdout).toBe(0);
    const notices = run.commands.filter((c) => c.name === "notice").map((c) => c.message);
    expect(notices).toContain(
      "没有锁文件（faqops.lock.json）：所有条目都会写入；机器人上技能和标题相同的条目会被原地覆盖。",
    );
    expect(notices.some((n) => n.includes("平台的 v2 文档没有说明导入接口接受富答案"))).toBe(true);
    expect(run.summary).toMatch(
      /✅ 已写入 2\/2 个条目（新建 2 个，改动 0 个，重命名 0 个），用时 [0-9.]+ 秒；未变 0 个。/,
    );
    expect(run.summary).toContain("| 账户 | + 如何注册？（新建） |");
    expect(run.summary).toContain("已发布：线上机器人现在会用上次发布以来写入的 2 个条目回答。");
    expect(run.summary).toContain(
      "锁文件 `faqops.lock.json` 已更新（没有提交：`commit-lockfile` 为 false）。",
    );
    expect(run.summary).toContain("<details><summary>已写入：2</summary>");
    expect(englishLines(run.summary)).toEqual([]);
    expect(run.stdout).toContain("正在写入 2 个条目……");
  });

  it("a failure's message and hint in Chinese", async () => {
    await writeFiles(repo, goodContent);
    const run = await applyOnPush({ lang: "zh-CN", appid: "", token: "" });
    expect(run.code).toBe(1);
    const failure = run.commands.find((c) => c.name === "error")?.message ?? "";
    expect(failure).toMatch(
      /^apply 缺少凭据：`appid`, `token`。（提示：请从仓库的 secrets 传入它们/,
    );
    expect(englishLeft(failure)).toEqual([]);
  });
});

describe("the action in English", () => {
  it("is the default, whatever the runner's locale", async () => {
    await writeFiles(repo, badContent);
    const run = await runAction({
      cwd: repo,
      eventName: "pull_request",
      event: pullRequest,
      inputs: { comment: "false" },
      env: { LANG: "zh_CN.UTF-8", FAQOPS_LANG: "zh-CN" },
    });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.name === "error" && c.properties.file);
    expect(error?.message).toMatch(/^use a half-width colon|full-width colon/);
    expect(run.summary).toContain("| | Where | Rule | Problem |");
    expect(run.summary).toContain("❌ **1 error** and 0 warnings in 2 entry files.");
  });

  it("with lang: en, and fails on any other value, naming the input", async () => {
    await writeFiles(repo, goodContent);
    const en = await onPullRequest({ lang: "en", comment: "false" });
    expect(en.code).toBe(0);
    expect(en.summary).toContain("| | Title | Answer |");
    const bad = await onPullRequest({ lang: "fr", comment: "false" });
    expect(bad.code).toBe(1);
    expect(bad.commands.find((c) => c.name === "error")?.message).toBe(
      'lang must be one of en, zh-CN; got "fr".',
    );
  });
});
