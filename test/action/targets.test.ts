/**
 * The action with faqops.config.yaml's targets, run as the runner runs it against two emulators
 * with different credentials (a staging bot and a production bot) and a real bare repository:
 * a pull request plans every target; apply syncs one target and commits only its lockfile;
 * production is promoted from a release tag (a detached checkout), its lockfile committed onto
 * main's tip, planned from main's newest lockfile.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  branchLockfile,
  commitLockfileOnto,
  LOCKFILE_COMMIT_SUBJECT,
} from "../../src/action/git.js";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import {
  entryFile,
  type FakeGitHub,
  git,
  runAction,
  startFakeGitHub,
  writeFiles,
} from "./helpers.js";

let staging: Emulator;
let production: Emulator;
let root: string;
let remote: string;
let workspace: string;

/** Credentials of a bot of its own: another APPID, TOKEN, EncodingAESKey and administrator. */
function botCredentials(name: string) {
  return {
    appId: `wx${name}bot`,
    token: `${name}Token${randomBytes(4).toString("hex")}`,
    encodingAesKey: randomBytes(32).toString("base64").slice(0, 43),
    managerId: `${name}-admin`,
  };
}

/** faqops.config.yaml: staging takes everything; production publishes and skips internal/. */
function configText(): string {
  return [
    "# Two bots from one repository.",
    "targets:",
    "  staging:",
    `    endpoint: ${staging.url}`,
    "  production:",
    `    endpoint: ${production.url}`,
    "    publish: true",
    "    paths:",
    '      exclude: ["内部/**"]',
    "",
  ].join("\n");
}

beforeEach(async () => {
  staging = await startEmulator({ publishSteps: 1, credentials: botCredentials("staging") });
  production = await startEmulator({ publishSteps: 1, credentials: botCredentials("production") });
  root = await mkdtemp(path.join(tmpdir(), "faqops-action-targets-"));
  remote = path.join(root, "remote.git");
  await git(root, "init", "-q", "--bare", "-b", "main", remote);
  await git(remote, "config", "receive.denyNonFastForwards", "true");
  const seed = path.join(root, "seed");
  await git(root, "clone", "-q", remote, seed);
  await writeFiles(seed, {
    "faqops.config.yaml": configText(),
    "content/账户/注册.md": entryFile("如何注册？", "打开 App，点击注册。"),
    "content/账户/密码.md": entryFile("忘记密码怎么办？", "在登录页点击“忘记密码”。"),
    // Only staging's bot has it: front matter `targets`.
    "content/账户/新功能.md": `---\ntitle: 新功能怎么用？\ntargets: [staging]\n---\n\n还在测试。\n`,
    // Only staging's too: production's `paths` excludes the folder.
    "content/内部/值班.md": entryFile("今天谁值班？", "看值班表。"),
  });
  await git(seed, "checkout", "-q", "-b", "main");
  await git(seed, "add", ".");
  await git(seed, "commit", "-q", "-m", "Add the FAQ");
  await git(seed, "push", "-q", "origin", "main");
  workspace = path.join(root, "workspace");
  await git(root, "clone", "-q", "--branch", "main", remote, workspace);
});
afterEach(async () => {
  await staging.stop();
  await production.stop();
});

/** The variables a repository-secrets setup gives the job: each bot's under its prefix. */
function prefixedSecrets(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [prefix, bot] of [
    ["FAQOPS_STAGING_", staging],
    ["FAQOPS_PRODUCTION_", production],
  ] as const) {
    const c = bot.credentials;
    env[`${prefix}APPID`] = c.appId;
    env[`${prefix}TOKEN`] = c.token;
    env[`${prefix}ENCODING_AES_KEY`] = c.encodingAesKey;
    env[`${prefix}MANAGER_ID`] = c.managerId;
  }
  return env;
}

/** An environment's secrets, passed as the inputs the workflow of docs/targets.md passes. */
function environmentInputs(bot: Emulator): Record<string, string> {
  const c = bot.credentials;
  return {
    appid: c.appId,
    token: c.token,
    "encoding-aes-key": c.encodingAesKey,
    "manager-id": c.managerId,
  };
}

function applyOnPush(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  cwd = workspace,
) {
  return runAction({
    cwd,
    eventName: "push",
    event: {
      ref: "refs/heads/main",
      repository: { full_name: "owner/repo", default_branch: "main" },
    },
    inputs: { rate: "1000", ...inputs },
    env: { GITHUB_REF: "refs/heads/main", ...env },
  });
}

/** The remote's main, newest first: subject and parents of each commit. */
async function remoteLog(): Promise<{ subject: string; parents: string[] }[]> {
  const text = await git(remote, "log", "--format=%s%x09%P", "main");
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const [subject = "", parents = ""] = line.split("\t");
      return { subject, parents: parents.split(" ").filter(Boolean) };
    });
}

/** The files a commit of the remote changed. */
async function changedFiles(commit: string): Promise<string[]> {
  return (await git(remote, "show", "--name-only", "--format=", commit)).trim().split("\n");
}

const titles = (bot: Emulator) => bot.entries().map((e) => e.title);

describe("plan on a pull request with two targets", () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub();
  });
  afterEach(async () => {
    await github.stop();
  });

  const planOnPullRequest = (inputs: Record<string, string> = {}) =>
    runAction({
      cwd: workspace,
      eventName: "pull_request",
      event: {
        number: 7,
        pull_request: { number: 7 },
        repository: { full_name: "owner/repo", default_branch: "main" },
      },
      inputs,
      env: { GITHUB_API_URL: github.url },
    });

  it("plans every target under its own heading, in the summary and the comment", async () => {
    const run = await planOnPullRequest();
    expect(run.code, run.stdout).toBe(0);
    const productionAt = run.summary.indexOf(
      "#### Target `production` (`faqops.production.lock.json`, v1)",
    );
    const stagingAt = run.summary.indexOf("#### Target `staging` (`faqops.staging.lock.json`, v1)");
    expect(productionAt).toBeGreaterThan(0);
    expect(stagingAt).toBeGreaterThan(productionAt);
    const productionPart = run.summary.slice(productionAt, stagingAt);
    const stagingPart = run.summary.slice(stagingAt);
    expect(productionPart).toContain("**Plan:** 2 to create");
    expect(productionPart).not.toContain("新功能怎么用？");
    expect(productionPart).not.toContain("今天谁值班？");
    expect(stagingPart).toContain("**Plan:** 4 to create");
    expect(stagingPart).toContain("| 🆕 new | 新功能怎么用？ |");
    // A target's skills are a level below its heading.
    expect(stagingPart).toContain("##### 账户\n");
    // The comment is the same report.
    const body = github.comments[0]?.body ?? "";
    expect(body).toContain("#### Target `production`");
    expect(body).toContain("#### Target `staging`");
    // The counts are added up over the targets.
    expect(run.outputs).toMatchObject({ created: "6", unchanged: "0", changed: "true" });
    // One plan file with every target, a preview per target.
    const plan = JSON.parse(await readFile(run.outputs.plan ?? "", "utf8"));
    expect(plan.targets.map((t: { target: string }) => t.target)).toEqual([
      "production",
      "staging",
    ]);
    expect(plan.targets.map((t: { summary: { create: number } }) => t.summary.create)).toEqual([
      2, 4,
    ]);
    expect((await readdir(run.outputs.preview ?? "")).sort()).toEqual(["production", "staging"]);
    expect(
      await readFile(path.join(run.outputs.preview ?? "", "staging/index.html"), "utf8"),
    ).toContain("新功能怎么用？");
    // Neither bot was asked anything.
    expect(staging.stats().requests.total + production.stats().requests.total).toBe(0);
  });

  it("plans one target with the target input", async () => {
    const run = await planOnPullRequest({ target: "production", comment: "false" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain("#### Target `production`");
    expect(run.summary).not.toContain("#### Target `staging`");
    expect(run.outputs).toMatchObject({ created: "2" });
    const plan = JSON.parse(await readFile(run.outputs.plan ?? "", "utf8"));
    expect(plan).toMatchObject({ target: "production", summary: { create: 2 } });
  });

  it("still plans the other targets when one cannot be planned, and fails naming it", async () => {
    await writeFile(path.join(workspace, "faqops.production.lock.json"), "{ not json");
    const run = await planOnPullRequest({ comment: "false" });
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(
      /#### Target `production`[^\n]*\n\n❌ \*\*No plan for this target:\*\* the lockfile faqops\.production\.lock\.json/,
    );
    expect(run.summary).toContain("**Plan:** 4 to create");
    expect(run.outputs).toMatchObject({ created: "4" });
    expect(run.commands.at(-1)?.message).toMatch(/^Target production: the lockfile/);
  });

  it("annotates faqops.config.yaml's problems like content's, and plans nothing", async () => {
    await writeFile(
      path.join(workspace, "faqops.config.yaml"),
      `${configText()}    publsh: true\n`,
    );
    const run = await planOnPullRequest({ comment: "false" });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.name === "error" && c.properties.file);
    expect(error?.properties).toMatchObject({ file: "faqops.config.yaml", line: "10" });
    expect(error?.properties.title).toMatch(/^config-/);
    expect(run.summary).toContain("`faqops.config.yaml:10:");
    expect(run.outputs.plan).toBeUndefined();
  });

  it("in Chinese: each target's heading, and the failure of apply without a target", async () => {
    const run = await planOnPullRequest({ lang: "zh-CN", comment: "false" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain("#### 目标 `production`（`faqops.production.lock.json`，v1）");
    expect(run.summary).toContain("#### 目标 `staging`（`faqops.staging.lock.json`，v1）");
    const apply = await applyOnPush({ lang: "zh-CN" }, prefixedSecrets());
    expect(apply.code).toBe(1);
    expect(apply.commands.at(-1)?.message).toBe(
      "command: apply 需要 target 输入：faqops.config.yaml 定义了 2 个目标（production, staging），而一次同步只针对一个机器人。（提示：请为每个目标单独设一个作业，写上 `target: production`，并用该目标的环境提供它的 secrets（见 docs/targets.md）。）",
    );
  });

  it("refuses a target input that names no target, listing the targets", async () => {
    const run = await planOnPullRequest({ target: "prod", comment: "false" });
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)?.message).toBe(
      "The target input is prod, which is not a target of faqops.config.yaml; the targets are production, staging.",
    );
  });
});

describe("apply with targets", () => {
  it("syncs only the target asked for, with its own credentials, and commits only its lockfile", async () => {
    // Repository secrets under each target's prefix: the run reads staging's alone.
    const run = await applyOnPush({ target: "staging" }, prefixedSecrets());
    expect(run.code, run.stdout).toBe(0);
    expect(titles(staging).sort()).toEqual(
      ["今天谁值班？", "如何注册？", "忘记密码怎么办？", "新功能怎么用？"].sort(),
    );
    expect(production.stats().requests.total).toBe(0);
    expect(run.outputs).toMatchObject({ created: "4", failed: "0", changed: "true" });
    expect(run.summary).toContain("#### Target `staging` (`faqops.staging.lock.json`, v1)");
    // Both targets' secrets were masked; only staging's were used.
    const masks = run.commands.filter((c) => c.name === "add-mask").map((c) => c.message);
    expect(masks).toEqual(
      expect.arrayContaining([staging.credentials.token, production.credentials.token]),
    );

    const [last] = await remoteLog();
    expect(last?.subject).toBe(LOCKFILE_COMMIT_SUBJECT);
    expect(await changedFiles("main")).toEqual(["faqops.staging.lock.json"]);
    expect(await git(remote, "log", "-1", "--format=%b", "main")).toContain("Target: staging");
    const lock = JSON.parse(await git(remote, "show", "main:faqops.staging.lock.json"));
    expect(lock.entries).toHaveLength(4);
    await expect(git(remote, "show", "main:faqops.production.lock.json")).rejects.toThrow();
  });

  it("falls back to the unprefixed variables (an environment's secrets)", async () => {
    const c = production.credentials;
    const run = await applyOnPush(
      { target: "production" },
      {
        FAQOPS_APPID: c.appId,
        FAQOPS_TOKEN: c.token,
        FAQOPS_ENCODING_AES_KEY: c.encodingAesKey,
        FAQOPS_MANAGER_ID: c.managerId,
      },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(titles(production).sort()).toEqual(["如何注册？", "忘记密码怎么办？"].sort());
    // production's config publishes after every apply.
    expect(production.published()).toHaveLength(2);
    expect(await changedFiles("main")).toEqual(["faqops.production.lock.json"]);
  });

  it("fails without the target input when several targets are configured, sending nothing", async () => {
    const run = await applyOnPush(environmentInputs(staging), prefixedSecrets());
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)?.message).toBe(
      "command: apply needs the target input: faqops.config.yaml defines 2 targets (production, staging), and a sync is one bot's. (hint: give each target a job of its own, with `target: production` and that target's environment for its secrets (see docs/targets.md).)",
    );
    expect(staging.stats().requests.total + production.stats().requests.total).toBe(0);
    expect(await remoteLog()).toHaveLength(1);
  });

  it("names the target when its credentials are missing", async () => {
    const run = await applyOnPush({ target: "staging" }, { FAQOPS_PRODUCTION_TOKEN: "x" });
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)?.message).toMatch(
      /^Missing credentials for apply to target staging: `appid`, `token`, `encoding-aes-key`, `manager-id`\./,
    );
    expect(staging.stats().requests.total).toBe(0);
  });

  it("a failed sync of one target leaves the other's bot and lockfile as they were", async () => {
    expect((await applyOnPush({ target: "production" }, prefixedSecrets())).code).toBe(0);
    const productionLock = await git(remote, "show", "main:faqops.production.lock.json");
    await git(workspace, "pull", "-q", "--rebase", "origin", "main");
    staging.setFaults({ failNext: [{ errcode: 1007 }] });
    const failed = await applyOnPush({ target: "staging", concurrency: "1" }, prefixedSecrets());
    expect(failed.code).toBe(1);
    expect(failed.outputs).toMatchObject({ failed: "1" });
    expect(await changedFiles("main")).toEqual(["faqops.staging.lock.json"]);
    expect(await git(remote, "show", "main:faqops.production.lock.json")).toBe(productionLock);
    expect(production.stats().requests.byAction.setautoreply).toBe(2);
  });
});

describe("promoting a release to production from its tag", () => {
  /** A checkout of the tag as actions/checkout makes it: shallow, HEAD detached. */
  async function checkoutTag(tag: string): Promise<string> {
    const dir = await mkdtemp(path.join(root, `tag-${tag}-`));
    await git(root, "clone", "-q", "--depth", "1", "--branch", tag, `file://${remote}`, dir);
    return dir;
  }

  const applyOnTag = async (tag: string) =>
    runAction({
      cwd: await checkoutTag(tag),
      eventName: "push",
      event: {
        ref: `refs/tags/${tag}`,
        repository: { full_name: "owner/repo", default_branch: "main" },
      },
      // An environment's secrets, under the unprefixed names.
      inputs: { target: "production", rate: "1000", ...environmentInputs(production) },
      env: { GITHUB_REF: `refs/tags/${tag}` },
    });

  /** Tags main's tip and pushes the tag, as a release does. */
  async function tagMain(tag: string): Promise<void> {
    await git(workspace, "pull", "-q", "--rebase", "origin", "main");
    await git(workspace, "tag", tag);
    await git(workspace, "push", "-q", "origin", tag);
  }

  /** Changes an entry's answer on main (pushed), as a merged pull request does. */
  async function changeOnMain(answer: string): Promise<void> {
    await git(workspace, "pull", "-q", "--rebase", "origin", "main");
    await writeFiles(workspace, { "content/账户/注册.md": entryFile("如何注册？", answer) });
    await git(workspace, "commit", "-q", "-am", `Answer: ${answer}`);
    await git(workspace, "push", "-q", "origin", "main");
  }

  const answerOf = (bot: Emulator, title: string) =>
    bot.entries().find((e) => e.title === title)?.content;

  it("syncs the tag's content and commits production's lockfile onto main's tip, which moved", async () => {
    // staging synced on merge, the release tagged, then main moved on.
    expect((await applyOnPush({ target: "staging" }, prefixedSecrets())).code).toBe(0);
    await tagMain("v1");
    await changeOnMain("下一版的答案。");
    const tip = (await git(remote, "rev-parse", "main")).trim();

    const run = await applyOnTag("v1");
    expect(run.code, run.stdout).toBe(0);
    // The tag's content, not main's: the release is what was tried on staging.
    expect(answerOf(production, "如何注册？")).toBe("打开 App，点击注册。");
    expect(titles(production).sort()).toEqual(["如何注册？", "忘记密码怎么办？"].sort());
    expect(production.published()).toHaveLength(2);
    expect(staging.stats().requests.byAction.setautoreply).toBe(4); // the merge's sync only

    // One commit on main's tip, the lockfile alone; main keeps what it had.
    const log = await remoteLog();
    expect(log[0]?.subject).toBe(LOCKFILE_COMMIT_SUBJECT);
    expect(log[0]?.parents).toEqual([tip]);
    expect(await changedFiles("main")).toEqual(["faqops.production.lock.json"]);
    expect(await git(remote, "show", "main:content/账户/注册.md")).toContain("下一版的答案。");
    expect(
      JSON.parse(await git(remote, "show", "main:faqops.staging.lock.json")).entries,
    ).toHaveLength(4);
    expect(
      JSON.parse(await git(remote, "show", "main:faqops.production.lock.json")).entries,
    ).toHaveLength(2);
    expect(run.summary).toContain("Lockfile committed to `main`");
    // The tag is left where it was.
    expect((await git(remote, "rev-parse", "v1^{commit}")).trim()).not.toBe(log[0]?.parents[0]);
  });

  it("plans from main's newest lockfile, so a rollback to an older tag is sent", async () => {
    // v0 synced to production; v1 is main after that sync, so it carries its lockfile.
    await tagMain("v0");
    expect((await applyOnTag("v0")).code).toBe(0);
    await tagMain("v1");
    await changeOnMain("第二版。");
    await tagMain("v2");
    expect((await applyOnTag("v2")).code).toBe(0);
    expect(answerOf(production, "如何注册？")).toBe("第二版。");

    // v1's own lockfile says the bot holds v1's answer: only main's knows it holds v2's.
    const rollback = await applyOnTag("v1");
    expect(rollback.code, rollback.stdout).toBe(0);
    expect(rollback.outputs).toMatchObject({ updated: "1", unchanged: "1", changed: "true" });
    expect(answerOf(production, "如何注册？")).toBe("打开 App，点击注册。");
    const notice = rollback.commands.find(
      (c) => c.name === "notice" && c.message.startsWith("Planning from main's"),
    );
    expect(notice?.message).toMatch(
      /^Planning from main's faqops\.production\.lock\.json \([0-9a-f]{7}\), not the checked-out commit's/,
    );
    expect(await changedFiles("main")).toEqual(["faqops.production.lock.json"]);
    // And a second rollback run has nothing left to do.
    const again = await applyOnTag("v1");
    expect(again.outputs).toMatchObject({ updated: "0", changed: "false" });
  });
});

describe("the lockfile commit from a detached checkout (git.ts)", () => {
  let checkout: string;
  const file = "faqops.production.lock.json";

  beforeEach(async () => {
    await git(workspace, "tag", "v1");
    await git(workspace, "push", "-q", "origin", "v1");
    checkout = path.join(root, "detached");
    await git(root, "clone", "-q", "--depth", "1", "--branch", "v1", `file://${remote}`, checkout);
  });

  /** Pushes a commit to main from another clone. */
  async function pushToMain(files: Record<string, string>, message: string): Promise<string> {
    const other = await mkdtemp(path.join(root, "other-"));
    await git(root, "clone", "-q", "--branch", "main", remote, other);
    await writeFiles(other, files);
    await git(other, "add", ".");
    await git(other, "commit", "-q", "-m", message);
    await git(other, "push", "-q", "origin", "main");
    return (await git(other, "rev-parse", "HEAD")).trim();
  }

  it("makes the commit again on the new tip when main moves after the run read it", async () => {
    const base = await branchLockfile({ cwd: checkout, file, branch: "main" });
    expect(base).toMatchObject({ blob: undefined, replaced: false });
    const moved = await pushToMain({ "NOTES.md": "meanwhile\n" }, "Meanwhile");
    await writeFile(path.join(checkout, file), '{"version":3,"entries":[]}\n');
    const retries: string[] = [];
    const result = await commitLockfileOnto({
      cwd: checkout,
      file,
      branch: "main",
      base,
      retryDelayMs: 1,
      onRetry: (_attempt, reason) => retries.push(reason),
    });
    expect(result.status).toBe("pushed");
    expect(retries).toHaveLength(1);
    const log = await remoteLog();
    expect(log.map((c) => c.subject)).toEqual([
      LOCKFILE_COMMIT_SUBJECT,
      "Meanwhile",
      "Add the FAQ",
    ]);
    expect(log[0]?.parents).toEqual([moved]);
    expect(await changedFiles("main")).toEqual([file]);
    // Nothing else of the checkout's goes along: HEAD and the index are as they were.
    expect((await git(checkout, "rev-parse", "HEAD")).trim()).toBe(
      (await git(remote, "rev-parse", "v1^{commit}")).trim(),
    );
    expect(await git(checkout, "status", "--porcelain")).toBe(`?? ${file}\n`);
  });

  it("stops rather than drop another run's change of the same lockfile", async () => {
    const base = await branchLockfile({ cwd: checkout, file, branch: "main" });
    await pushToMain({ [file]: '{"version":3,"entries":[],"other":true}\n' }, "Another sync");
    await writeFile(path.join(checkout, file), '{"version":3,"entries":[]}\n');
    await expect(
      commitLockfileOnto({ cwd: checkout, file, branch: "main", base, retryDelayMs: 1 }),
    ).rejects.toThrow(
      "faqops.production.lock.json changed on origin/main while this run synced: the lockfile commit was not pushed",
    );
    expect((await remoteLog())[0]?.subject).toBe("Another sync");
  });

  it("takes the tip's lockfile into the working tree when it differs", async () => {
    const lock = '{"version":3,"entries":[]}\n';
    await pushToMain({ [file]: lock }, "A sync");
    const base = await branchLockfile({ cwd: checkout, file, branch: "main" });
    expect(base.replaced).toBe(true);
    expect(base.tip).toBe((await git(remote, "rev-parse", "main")).trim());
    expect(await readFile(path.join(checkout, file), "utf8")).toBe(lock);
    // Nothing changed since: no commit to make.
    const result = await commitLockfileOnto({ cwd: checkout, file, branch: "main", base });
    expect(result.status).toBe("unchanged");
  });
});
