/**
 * The action on pull requests, run as the runner runs it: annotations, the job summary, the
 * outputs, masking, and the sticky comment upserted through a stand-in for the GitHub API.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/action/summary.js";
import { entryFile, type FakeGitHub, runAction, startFakeGitHub, writeFiles } from "./helpers.js";

let github: FakeGitHub;
let repo: string;

beforeEach(async () => {
  github = await startFakeGitHub({ perPage: 2 });
  repo = await mkdtemp(path.join(tmpdir(), "faqops-action-pr-"));
});
afterEach(async () => {
  await github.stop();
});

const pullRequestEvent = {
  action: "synchronize",
  number: 7,
  pull_request: { number: 7, head: { ref: "edit-faq", sha: "abc123" }, base: { ref: "main" } },
  repository: { full_name: "owner/repo" },
};

function planOnPullRequest(inputs: Record<string, string> = {}) {
  return runAction({
    cwd: repo,
    eventName: "pull_request",
    event: pullRequestEvent,
    inputs,
    env: { GITHUB_API_URL: github.url },
  });
}

const goodContent = {
  "content/账户/注册.md": entryFile(
    "如何注册？",
    "打开 App，点击[注册](https://example.com/signup)。\n\n需要手机号。",
    ["怎么注册"],
  ),
  "content/活动/优惠.md": entryFile(
    "最新优惠活动有哪些？",
    '本月活动如下：\n\n::news{title="周末五折" url="https://shop.example.com/a1" description="每周六、日"}',
  ),
};

describe("plan on a pull request", () => {
  it("shows the plan as tables, sets the outputs and writes the plan file", async () => {
    await writeFiles(repo, goodContent);
    const run = await planOnPullRequest({ comment: "false" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.commands.filter((c) => c.name === "error")).toEqual([]);

    expect(run.summary).toContain("### faqops plan");
    expect(run.summary).toContain("#### 账户\n\n| | Title | Answer |\n| --- | --- | --- |");
    // Text as text, links as links, cards as readable Markdown.
    expect(run.summary).toContain(
      "| 🆕 new | 如何注册？ | 打开 App，点击[注册](https://example.com/signup)。<br><br>需要手机号。 |",
    );
    expect(run.summary).toContain("📰 **[周末五折](https://shop.example.com/a1)** — 每周六、日");

    expect(run.outputs).toMatchObject({
      created: "2",
      updated: "0",
      unchanged: "0",
      removed: "0",
      failed: "0",
      changed: "true",
    });
    const plan = JSON.parse(await readFile(run.outputs.plan ?? "", "utf8"));
    expect(plan.summary).toMatchObject({ create: 2, changes: true });
    expect(plan.changes.map((c: { title: string }) => c.title).sort()).toEqual([
      "如何注册？",
      "最新优惠活动有哪些？",
    ]);
    // The preview of the changes, for a workflow to upload as an artifact.
    const preview = await readFile(run.outputs.preview ?? "", "utf8");
    expect(preview).toMatch(/^<!doctype html>/i);
    expect(preview).toContain("如何注册？");
    expect(github.requests).toEqual([]); // comment: false
  });

  it("masks the token and the EncodingAESKey before anything else, and never prints them", async () => {
    await writeFiles(repo, goodContent);
    const token = "platformTokenValue42";
    const key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    const run = await planOnPullRequest({ token, "encoding-aes-key": key, comment: "false" });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 2).sort()).toEqual([`::add-mask::${key}`, `::add-mask::${token}`]);
    const rest = lines.slice(3).join("\n") + run.stderr + run.summary;
    expect(rest).not.toContain(token);
    expect(rest).not.toContain(key);
  });

  it("annotates every diagnostic on its file, line and column, and fails on errors", async () => {
    await writeFiles(repo, {
      ...goodContent,
      "content/账户/坏.md": '---\ntitle: "  "\n---\n\n正文。\n',
    });
    const run = await planOnPullRequest();
    expect(run.code).toBe(1);
    const errors = run.commands.filter((c) => c.name === "error");
    expect(errors[0]).toEqual({
      name: "error",
      properties: { title: "title-required", file: "content/账户/坏.md", line: "2", col: "8" },
      message: expect.stringContaining("`title` is empty"),
    });
    expect(errors.at(-1)?.message).toMatch(/content has 1 error .*nothing was planned or sent/);
    expect(run.summary).toContain("❌ **1 error**");
    expect(run.summary).toContain("| ❌ error | `content/账户/坏.md:2:8` | `title-required` |");
    expect(run.outputs.plan).toBeUndefined();
    // Editors see the errors in the comment too.
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain("`content/账户/坏.md:2:8`");
  });

  it("annotates files relative to the workspace when run from a subfolder", async () => {
    await writeFiles(repo, { "faq/content/账户/坏.md": '---\ntitle: "  "\n---\n\n正文。\n' });
    const run = await runAction({
      cwd: path.join(repo, "faq"),
      eventName: "pull_request",
      event: pullRequestEvent,
      inputs: { comment: "false" },
      env: { GITHUB_WORKSPACE: repo },
    });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.name === "error")?.properties.file).toBe(
      "faq/content/账户/坏.md",
    );
  });

  it("upserts one sticky comment: created once, then updated in place", async () => {
    await writeFiles(repo, goodContent);
    // Comments by others, over more than one page, come first.
    github.comments.push(
      { id: 1, body: "LGTM" },
      { id: 2, body: "a question" },
      { id: 3, body: "another" },
    );
    const first = await planOnPullRequest();
    expect(first.code, first.stdout).toBe(0);
    expect(github.comments).toHaveLength(4);
    const ours = github.comments[3];
    expect(ours?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(ours?.body).toContain("| 🆕 new | 如何注册？ |");
    expect(ours?.body).toContain("https://github.com/owner/repo/actions/runs/4242");

    await writeFiles(repo, {
      "content/账户/注册.md": entryFile("如何注册？", "现在只需要邮箱。"),
    });
    // The comment must be found again on the second page to be updated, not duplicated.
    github.comments.push({ id: 4, body: "after the bot" });
    const second = await planOnPullRequest();
    expect(second.code).toBe(0);
    expect(github.comments).toHaveLength(5);
    expect(github.comments[3]?.body).toContain("现在只需要邮箱。");

    const writes = github.requests.filter((r) => r.method !== "GET");
    expect(writes.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /repos/owner/repo/issues/7/comments",
      `PATCH /repos/owner/repo/issues/comments/${ours?.id}`,
    ]);
    expect(github.requests.every((r) => r.authorization === "Bearer ghs_workflowtoken123")).toBe(
      true,
    );
    expect(github.requests.filter((r) => r.method === "GET").length).toBeGreaterThanOrEqual(4);
  });

  it("never edits someone else's comment, even one that carries the marker", async () => {
    await writeFiles(repo, goodContent);
    // Someone quotes the marker to have the action overwrite their comment.
    github.comments.push({
      id: 1,
      body: `${COMMENT_MARKER}\nplease click here`,
      user: { login: "mallory" },
    });
    const run = await planOnPullRequest();
    expect(run.code, run.stdout).toBe(0);
    expect(github.comments).toHaveLength(2);
    expect(github.comments[0]?.body).toBe(`${COMMENT_MARKER}\nplease click here`);
    expect(github.comments[1]?.user?.login).toBe("github-actions[bot]");
    expect(github.requests.filter((r) => r.method === "PATCH")).toEqual([]);
    // The next run updates its own comment, not mallory's.
    await planOnPullRequest();
    const patches = github.requests.filter((r) => r.method === "PATCH").map((r) => r.url);
    expect(patches).toEqual([`/repos/owner/repo/issues/comments/${github.comments[1]?.id}`]);
  });

  it("keeps a long plan's comment under GitHub's limit, pointing to the job summary", async () => {
    const answer = "这是一段很长的答案。".repeat(40);
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) {
      files[`content/技能${i % 4}/问题${String(i).padStart(3, "0")}.md`] = entryFile(
        `问题 ${i}？`,
        answer,
      );
    }
    await writeFiles(repo, files);
    const run = await planOnPullRequest();
    expect(run.code, run.stdout).toBe(0);
    const body = github.comments[0]?.body ?? "";
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain("too long for a comment and was cut here");
    expect(body).toContain("[the job summary](https://github.com/owner/repo/actions/runs/4242)");
    expect(run.summary).toContain("问题 199？");
    expect(run.outputs.created).toBe("200");
  });

  it("check annotates and reports without a plan", async () => {
    await writeFiles(repo, goodContent);
    const run = await planOnPullRequest({ command: "check" });
    expect(run.code).toBe(0);
    expect(run.summary).toContain("### faqops check");
    expect(run.summary).toContain("✅ 2 entry files checked.");
    expect(run.outputs.plan).toBeUndefined();
    expect(github.comments[0]?.body).toContain("faqops check");
  });
});

describe("bad inputs", () => {
  it.each([
    ["command", "deploy", 'command must be one of check, plan, apply, publish; got "deploy".'],
    ["concurrency", "0", 'concurrency must be a whole number from 1 to 64; got "0".'],
    ["comment", "maybe", 'comment must be true or false; got "maybe".'],
  ])("%s: %s fails naming the input and what is allowed", async (name, value, message) => {
    await writeFiles(repo, goodContent);
    const run = await planOnPullRequest({ [name]: value });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.name === "error").map((c) => c.message)).toEqual([message]);
    expect(github.requests).toEqual([]);
  });
});
