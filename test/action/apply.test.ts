/**
 * The action on merge: apply against the emulator (real HTTP on 127.0.0.1), then the lockfile
 * commit pushed to a real bare repository — including a concurrent push that forces the
 * rebase path, on a remote that refuses any force-push.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BOT_EMAIL, BOT_NAME, LOCKFILE_COMMIT_SUBJECT } from "../../src/action/git.js";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import { entryFile, git, runAction, writeFiles } from "./helpers.js";

let emulator: Emulator;
let root: string;
let remote: string;
let workspace: string;

beforeEach(async () => {
  emulator = await startEmulator({ publishSteps: 1 });
  root = await mkdtemp(path.join(tmpdir(), "faqops-action-git-"));
  remote = path.join(root, "remote.git");
  await git(root, "init", "-q", "--bare", "-b", "main", remote);
  // A force-push would be refused: the tests prove the action never needs one.
  await git(remote, "config", "receive.denyNonFastForwards", "true");
  const seed = path.join(root, "seed");
  await git(root, "clone", "-q", remote, seed);
  await writeFiles(seed, {
    "content/账户/注册.md": entryFile("如何注册？", "打开 App，点击注册。"),
    "content/账户/密码.md": entryFile("忘记密码怎么办？", "在登录页点击“忘记密码”。"),
    "content/活动/优惠.md": entryFile(
      "最新优惠活动有哪些？",
      '::news{title="周末五折" url="https://shop.example.com/a1"}',
    ),
  });
  await git(seed, "checkout", "-q", "-b", "main");
  await git(seed, "add", ".");
  await git(seed, "commit", "-q", "-m", "Add the FAQ");
  await git(seed, "push", "-q", "origin", "main");
  workspace = path.join(root, "workspace");
  await git(root, "clone", "-q", "--branch", "main", remote, workspace);
});
afterEach(async () => {
  await emulator.stop();
});

function applyOnPush(inputs: Record<string, string> = {}) {
  const c = emulator.credentials;
  return runAction({
    cwd: workspace,
    eventName: "push",
    event: {
      ref: "refs/heads/main",
      after: "0".repeat(40),
      repository: { full_name: "owner/repo" },
    },
    inputs: {
      endpoint: emulator.url,
      appid: c.appId,
      token: c.token,
      "encoding-aes-key": c.encodingAesKey,
      "manager-id": c.managerId,
      rate: "1000",
      ...inputs,
    },
    env: { GITHUB_REF: "refs/heads/main" },
  });
}

/** The remote's main branch, newest first: subject, author and parents of each commit. */
async function remoteLog(): Promise<{ subject: string; author: string; parents: string[] }[]> {
  const text = await git(remote, "log", "--format=%s%x09%an <%ae>%x09%P", "main");
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const [subject = "", author = "", parents = ""] = line.split("\t");
      return { subject, author, parents: parents.split(" ").filter(Boolean) };
    });
}

describe("apply on push with api: v2", () => {
  it("imports in one batch, disables drift with prune, publishes, and commits the lockfile", async () => {
    const c = emulator.credentials;
    // v2 needs no EncodingAESKey: the input is left blank, as a workflow without it would.
    const v2 = (inputs: Record<string, string> = {}) =>
      applyOnPush({ api: "v2", "encoding-aes-key": "", publish: "true", ...inputs });
    const run = await v2();
    expect(run.code, run.stdout).toBe(0);
    expect(emulator.entries().map((e) => e.title)).toHaveLength(3);
    expect(emulator.published()).toHaveLength(3);
    expect(emulator.stats().requests.byAction).toMatchObject({
      "v2/token": 1,
      "v2/bot/import/json": 1,
      "v2/bot/publish": 1,
    });
    expect(emulator.stats().requests.byAction.setautoreply).toBeUndefined();
    expect(run.outputs).toMatchObject({ created: "3", failed: "0", unpublished: "0" });
    // The card entry is announced once as a rich answer v2 may not accept.
    expect(run.commands.filter((m) => /rich answer/.test(m.message))).toHaveLength(1);
    const pushed = JSON.parse(await git(remote, "show", "main:faqops.lock.json"));
    expect(pushed.version).toBe(3);
    expect(pushed.entries.every((e: { api?: string }) => e.api === "v2")).toBe(true);
    // Only the masking command itself (which the runner swallows) names the Token.
    const lines = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(lines.join("\n")).not.toContain(c.token);

    // An entry deleted from the content is disabled by a prune, and the live bot drops it.
    await git(workspace, "pull", "-q", "--rebase", "origin", "main");
    await git(workspace, "rm", "-q", "content/账户/密码.md");
    await git(workspace, "commit", "-q", "-m", "Remove an entry");
    const pruned = await v2({ prune: "true", "prune-max": "50%" });
    expect(pruned.code, pruned.stdout).toBe(0);
    expect(emulator.entries().find((e) => e.title === "忘记密码怎么办？")?.disabled).toBe(true);
    expect(emulator.published()?.map((e) => e.title)).not.toContain("忘记密码怎么办？");
    expect(pruned.outputs).toMatchObject({ drift: "0", unpublished: "0" });
    expect(pruned.summary).toContain("<details><summary>Disabled: 1</summary>");
    expect(pruned.summary).toContain(
      "| 账户 | - 忘记密码怎么办？ (deleted; disabled, reversibly) |",
    );
    const after = JSON.parse(await git(remote, "show", "main:faqops.lock.json"));
    expect(
      after.entries.find((e: { title: string }) => e.title === "忘记密码怎么办？")?.status,
    ).toBe("disabled");
  });
});

describe("apply on push", () => {
  it("syncs, then commits the lockfile to the branch as github-actions[bot]", async () => {
    const run = await applyOnPush();
    expect(run.code, run.stdout).toBe(0);
    expect(emulator.entries().map((e) => e.title)).toHaveLength(3);
    expect(run.outputs).toMatchObject({
      created: "3",
      updated: "0",
      failed: "0",
      changed: "true",
    });
    // The platform token and key were masked before anything else was printed.
    const masks = run.commands.filter((c) => c.name === "add-mask").map((c) => c.message);
    expect(masks).toEqual(
      expect.arrayContaining([emulator.credentials.token, emulator.credentials.encodingAesKey]),
    );

    const log = await remoteLog();
    expect(log.map((c) => c.subject)).toEqual([LOCKFILE_COMMIT_SUBJECT, "Add the FAQ"]);
    expect(log[0]?.author).toBe(`${BOT_NAME} <${BOT_EMAIL}>`);
    const body = await git(remote, "log", "-1", "--format=%b", "main");
    expect(body).toContain("Synced 3 entries");
    expect(body).toContain("Run: https://github.com/owner/repo/actions/runs/4242");
    // Only the lockfile is in the commit, and it is what the action wrote.
    expect((await git(remote, "show", "--name-only", "--format=", "main")).trim()).toBe(
      "faqops.lock.json",
    );
    const pushed = await git(remote, "show", "main:faqops.lock.json");
    expect(pushed).toBe(await readFile(path.join(workspace, "faqops.lock.json"), "utf8"));
    expect(JSON.parse(pushed).entries).toHaveLength(3);
    expect(run.summary).toContain("### faqops apply");
    expect(run.summary).toContain("Lockfile committed to `main`");

    // A second run has nothing to do and commits nothing.
    const again = await applyOnPush();
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ created: "0", unchanged: "3", changed: "false" });
    expect(await remoteLog()).toHaveLength(2);
  });

  it("rebases the lockfile commit on a concurrent push and retries, never forcing", async () => {
    // Someone pushes to main after the workflow's checkout and before its push.
    const other = path.join(root, "other");
    await git(root, "clone", "-q", "--branch", "main", remote, other);
    await writeFile(path.join(other, "NOTES.md"), "concurrent change\n");
    await git(other, "add", "NOTES.md");
    await git(other, "commit", "-q", "-m", "Concurrent change");
    await git(other, "push", "-q", "origin", "main");
    const concurrent = (await git(other, "rev-parse", "HEAD")).trim();

    const run = await applyOnPush();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("push attempt 1 rejected");
    const log = await remoteLog();
    expect(log.map((c) => c.subject)).toEqual([
      LOCKFILE_COMMIT_SUBJECT,
      "Concurrent change",
      "Add the FAQ",
    ]);
    // Linear: every commit has one parent (the root none), and the other push is kept.
    expect(log.map((c) => c.parents.length)).toEqual([1, 1, 0]);
    expect(log[0]?.parents).toEqual([concurrent]);
    expect(JSON.parse(await git(remote, "show", "main:faqops.lock.json")).entries).toHaveLength(3);
  });

  it("commits what succeeded when the sync partly fails, then fails the job", async () => {
    // The first request is refused with a non-fatal platform error: one entry fails.
    emulator.setFaults({ failNext: [{ errcode: 1007 }] });
    const run = await applyOnPush({ concurrency: "1" });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ created: "2", failed: "1", changed: "true" });
    expect(run.commands.at(-1)?.message).toMatch(/1 of 3 entries failed to sync/);
    const log = await remoteLog();
    expect(log[0]?.subject).toBe(LOCKFILE_COMMIT_SUBJECT);
    const lock = JSON.parse(await git(remote, "show", "main:faqops.lock.json"));
    expect(lock.entries).toHaveLength(2);
  });

  it("fails the job, saying so, when the push is refused", async () => {
    await writeFile(
      path.join(remote, "hooks", "pre-receive"),
      "#!/bin/sh\necho 'protected branch' >&2\nexit 1\n",
      { mode: 0o755 },
    );
    const run = await applyOnPush();
    expect(run.code).toBe(1);
    const failure = run.commands.at(-1);
    expect(failure?.name).toBe("error");
    expect(failure?.message).toMatch(/The lockfile commit failed: git push to origin main failed/);
    expect(failure?.message).toContain("protected branch");
    expect(emulator.entries()).toHaveLength(3); // the sync itself succeeded
    expect(await remoteLog()).toHaveLength(1);
  });

  it("fails naming every missing credential input, without sending anything", async () => {
    const run = await applyOnPush({ token: "", "encoding-aes-key": "" });
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)?.message).toContain(
      "Missing credentials for apply: `token`, `encoding-aes-key`.",
    );
    expect(emulator.stats().requests.total).toBe(0);
    expect(await remoteLog()).toHaveLength(1);
  });

  it("commits the lockfile, writes the summary and fails the job when the publish fails; the next run publishes", async () => {
    emulator.setFaults({ publishFails: true });
    const failed = await applyOnPush({ publish: "true" });
    expect(failed.code).toBe(1);
    expect(failed.commands.at(-1)?.message).toMatch(
      /The publish failed: publishing failed on the platform .*3 written entries are not live/,
    );
    expect(failed.outputs).toMatchObject({ created: "3", unpublished: "3", changed: "true" });
    expect(failed.summary).toContain(
      "❌ Publish failed: publishing failed on the platform at 0%.\n3 entries are written but not live; the lockfile keeps them marked unpublished, and `publish: true` or `command: publish` publishes what is written.",
    );
    expect(emulator.published()).toBeUndefined();
    // The lockfile commit records the writes, marked unpublished: the next run does not resend.
    const lock = JSON.parse(await git(remote, "show", "main:faqops.lock.json"));
    // A first sync: faqops cannot tell whether the live bot had them, so none is "new".
    expect(lock.entries.map((e: { unpublished?: unknown }) => e.unpublished)).toEqual([
      true,
      true,
      true,
    ]);
    expect(await git(remote, "log", "-1", "--format=%b", "main")).toContain(
      "the publish failed (entries marked unpublished)",
    );

    emulator.setFaults({});
    await git(workspace, "pull", "-q", "--rebase", "origin", "main");
    const writes = emulator.stats().requests.byAction.setautoreply;
    const retried = await applyOnPush({ publish: "true" });
    expect(retried.code, retried.stdout).toBe(0);
    expect(emulator.stats().requests.byAction.setautoreply).toBe(writes);
    expect(emulator.published()).toHaveLength(3);
    expect(retried.outputs).toMatchObject({ unpublished: "0", changed: "true" });
    const cleared = JSON.parse(await git(remote, "show", "main:faqops.lock.json"));
    expect(cleared.entries.some((e: { unpublished?: boolean }) => e.unpublished)).toBe(false);
  });

  it("publishes on its own with command: publish, and commits the cleared markers", async () => {
    expect((await applyOnPush()).code).toBe(0);
    await git(workspace, "pull", "-q", "--rebase", "origin", "main");
    const run = await applyOnPush({ command: "publish" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain("### faqops publish");
    expect(run.summary).toContain("Published: the live bot now answers with 3 entries");
    expect(emulator.published()).toHaveLength(3);
    const lock = JSON.parse(await git(remote, "show", "main:faqops.lock.json"));
    expect(lock.entries.some((e: { unpublished?: boolean }) => e.unpublished)).toBe(false);
  });

  it("warns about drift with an annotation and lists it in the summary", async () => {
    expect((await applyOnPush()).code).toBe(0);
    await git(workspace, "pull", "-q", "--rebase", "origin", "main");
    await git(workspace, "rm", "-q", "content/账户/密码.md");
    const run = await applyOnPush();
    expect(run.code, run.stdout).toBe(0);
    const warning = run.commands.find(
      (c) => c.name === "warning" && c.properties.title === "faqops: drift",
    );
    expect(warning?.message).toMatch(
      /1 entry is still on the bot but not in the content \(账户 \/ 忘记密码怎么办？ \(deleted\)\)/,
    );
    expect(warning?.message).toMatch(/prune: true/);
    expect(run.outputs).toMatchObject({ drift: "1" });
    expect(run.summary).toContain("⚠️ 1 entry is still on the bot but not in the content:");
    expect(run.summary).toContain("| 账户 | - 忘记密码怎么办？ (deleted) |");
    expect(run.summary).toContain(
      "To remove it: the v1 API removes entries only by replacing the whole bot: the action's `prune: true` does that (review a plan with `prune: true` first).",
    );
    // The unpublished writes are said once, by the apply's section, not again by the plan's.
    expect(run.summary.match(/written but not published/g)).toHaveLength(1);
    expect(emulator.entries()).toHaveLength(3); // still there: only a prune removes it
  });
});
