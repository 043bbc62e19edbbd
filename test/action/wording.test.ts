/**
 * The action speaks in its inputs, never in the CLI's flags, run as the runner runs the built
 * action: the plan's table says what `prune: true` would do with drift, an entry sent again
 * says `resend-all: true`, and a failure's hint names the input to check (`token`,
 * `insecure-http`), in English and in Chinese. The same runs from the CLI say `--prune`,
 * `--resend-all`, FAQOPS_TOKEN and `--insecure-http` (test/render, test/cli).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import { englishLeft } from "../i18n/helpers.js";
import { type ActionRun, entryFile, runAction, writeFiles } from "./helpers.js";

let emulator: Emulator;
let repo: string;

beforeEach(async () => {
  emulator = await startEmulator({ publishSteps: 1 });
  repo = await mkdtemp(path.join(tmpdir(), "faqops-action-wording-"));
});
afterEach(async () => {
  await emulator.stop();
  await rm(repo, { recursive: true, force: true });
});

const CONTENT = {
  "content/账户/注册.md": entryFile("如何注册？", "打开 App，点击注册。"),
  "content/账户/密码.md": entryFile("忘记密码怎么办？", "在登录页点击“忘记密码”。"),
};

/** apply on a push to main, against the emulator, the lockfile left uncommitted. */
function applyOnPush(inputs: Record<string, string> = {}) {
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
      rate: "1000",
      ...inputs,
    },
    env: { GITHUB_REF: "refs/heads/main" },
  });
}

/** plan on a pull request, without a comment. */
function planOnPullRequest(inputs: Record<string, string> = {}) {
  return runAction({
    cwd: repo,
    eventName: "pull_request",
    event: {
      action: "synchronize",
      number: 7,
      pull_request: { number: 7, head: { ref: "edit", sha: "abc123" }, base: { ref: "main" } },
      repository: { full_name: "owner/repo" },
    },
    inputs: { comment: "false", ...inputs },
  });
}

/** Every CLI flag the run shows its readers: in the summary, annotations, notices, failures. */
function flagsShown(run: ActionRun): string[] {
  const texts = [run.summary, ...run.commands.map((c) => c.message)];
  return texts.flatMap((text) => [...text.matchAll(/(?<![-\w])--[a-z][a-z-]*/g)].map((m) => m[0]));
}

/** The message the job failed with. */
const failureOf = (run: ActionRun) =>
  run.commands.findLast((c) => c.name === "error" && !c.properties.file)?.message ?? "";

describe("the action names its inputs, not the CLI's flags", () => {
  it("in the plan's table: what `prune: true` does with an entry no longer in the content", async () => {
    await writeFiles(repo, CONTENT);
    expect((await applyOnPush()).code).toBe(0);
    await rm(path.join(repo, "content/账户/密码.md"));

    const en = await planOnPullRequest();
    expect(en.code, en.stdout).toBe(0);
    // The table's row (the entry, written but not yet published, is also named above the table).
    const row = en.summary
      .split("\n")
      .find((l) => l.startsWith("|") && l.includes("忘记密码怎么办？"));
    expect(en.summary).toContain("<details><summary>Written since the last publish (2)</summary>");
    expect(row).toBe(
      "| ⚠️ on the bot, not in content | 忘记密码怎么办？ | _deleted; still on the bot, \\`prune: true\\` removes it_ |",
    );
    expect(flagsShown(en)).toEqual([]);

    const zh = await planOnPullRequest({ lang: "zh-CN" });
    expect(zh.summary).toContain("<details><summary>自上次发布以来写入的条目（2 个）</summary>");
    expect(
      zh.summary.split("\n").find((l) => l.startsWith("|") && l.includes("忘记密码怎么办？")),
    ).toBe(
      "| ⚠️ 在机器人上，不在内容里 | 忘记密码怎么办？ | _已从内容中删除；仍在机器人上，\\`prune: true\\` 会删除它_ |",
    );
    expect(flagsShown(zh)).toEqual([]);
  });

  it("in what apply did: an entry sent again by `resend-all: true`", async () => {
    await writeFiles(repo, CONTENT);
    expect((await applyOnPush()).code).toBe(0);

    const en = await applyOnPush({ "resend-all": "true" });
    expect(en.code, en.stdout).toBe(0);
    expect(en.summary).toContain("| 账户 | \\~ 如何注册？ (sent again: \\`resend-all: true\\`) |");
    expect(flagsShown(en)).toEqual([]);

    const zh = await applyOnPush({ "resend-all": "true", lang: "zh-CN" });
    expect(zh.summary).toContain("| 账户 | \\~ 如何注册？（重新发送：\\`resend-all: true\\`） |");
    expect(flagsShown(zh)).toEqual([]);
  });

  it("in a failure's hint: the `token` input the platform refused", async () => {
    await writeFiles(repo, CONTENT);
    const en = await applyOnPush({ token: "abcdef0123456789" });
    expect(en.code).toBe(1);
    expect(failureOf(en)).toContain(
      "(hint: check the action's `token` input against the bot's console (it may have been reset))",
    );
    expect(failureOf(en)).not.toContain("FAQOPS_TOKEN");
    expect(flagsShown(en)).toEqual([]);

    const zh = await applyOnPush({ token: "abcdef0123456789", lang: "zh-CN" });
    expect(failureOf(zh)).toContain(
      "（提示：请对照机器人后台检查 Action 的 `token` 输入（它可能已被重置））",
    );
    expect(englishLeft(failureOf(zh))).toEqual([]);
  });

  it("in a failure's hint: the annotations, not `faqops check`, for a config with errors", async () => {
    await writeFiles(repo, {
      ...CONTENT,
      "faqops.config.yaml": "targets:\n  staging: {}\n  Production: {}\n",
    });
    const run = await planOnPullRequest({ target: "production" });
    expect(run.code).toBe(1);
    expect(failureOf(run)).toContain(
      "(hint: fix them (the annotations show where), then run again.)",
    );
    expect(failureOf(run)).not.toContain("faqops check");
    expect(flagsShown(run)).toEqual([]);
  });

  it("in a failure's hint: the `insecure-http` input that allows plain http://", async () => {
    await writeFiles(repo, CONTENT);
    const en = await applyOnPush({ endpoint: "http://example.com" });
    expect(en.code).toBe(1);
    expect(failureOf(en)).toMatch(
      /^The endpoint http:\/\/example\.com \(from the endpoint input\)/,
    );
    expect(failureOf(en)).toContain(
      "to send it over the network anyway, set the action's `insecure-http` input to true, and only",
    );
    expect(flagsShown(en)).toEqual([]);
    expect(emulator.stats().requests.total).toBe(0);
  });

  it("in a failure: `replace-all: true` without `api: v2` or `prune: true`, and an unknown api", async () => {
    await writeFiles(repo, CONTENT);
    const onV1 = await applyOnPush({ "replace-all": "true", prune: "true" });
    expect(onV1.code).toBe(1);
    expect(failureOf(onV1)).toContain(
      "`replace-all: true` is for `api: v2`: on v1, `prune: true` always replaces the whole bot.",
    );
    expect(flagsShown(onV1)).toEqual([]);

    const alone = await applyOnPush({ "replace-all": "true", api: "v2" });
    expect(alone.code).toBe(1);
    expect(failureOf(alone)).toContain(
      "`replace-all: true` goes with `prune: true`: together they replace the whole bot (import mode 1).",
    );
    expect(flagsShown(alone)).toEqual([]);

    const zh = await applyOnPush({ "replace-all": "true", api: "v2", lang: "zh-CN" });
    expect(failureOf(zh)).toContain("`replace-all: true` 要和 `prune: true` 一起用");
    expect(englishLeft(failureOf(zh))).toEqual([]);

    const unknown = await applyOnPush({ api: "v3" });
    expect(unknown.code).toBe(1);
    expect(failureOf(unknown)).toContain(
      'api must be one of v1, v2; got "v3". (hint: set the action\'s `api` input to v1 or v2',
    );
    expect(flagsShown(unknown)).toEqual([]);
    expect(emulator.stats().requests.total).toBe(0);
  });
});
