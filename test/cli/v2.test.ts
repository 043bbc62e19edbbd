/**
 * The v2 API end to end, as a user meets it: the built CLI with `--api v2`, real files, a real
 * Git repository, and the emulator over real HTTP. What the bot holds is read from the emulator,
 * never from faqops' own output.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createClient } from "../../src/platform/client.js";
import {
  type Emulator,
  type EmulatorOptions,
  entryKey,
  startEmulator,
} from "../../src/platform/emulator.js";
import { readLockfile } from "../../src/sync/lockfile.js";
import { type CliRun, emulatorEnv, spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
let emulator: Emulator;
let dir: string;

async function setUp(options: EmulatorOptions = {}): Promise<void> {
  emulator = await startEmulator({ publishSteps: 1, taskSteps: 0, ...options });
  dir = await mkdtemp(path.join(tmpdir(), "faqops-cli-v2-"));
  git("init", "-q", "-b", "main");
  git("config", "user.email", "faqops@example.com");
  git("config", "user.name", "faqops test");
}
afterEach(async () => {
  await emulator?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8" });
}

/** Commits everything, as the Action does after a sync (and a user after editing). */
function commit(message: string): void {
  git("add", "-A");
  git("commit", "-q", "--allow-empty", "-m", message);
}

/**
 * Runs the CLI. apply polls import tasks after 50 ms instead of 1 s (the emulator's tasks end at
 * once), unless `slow` keeps the real timing (a kill must land while a task is in flight).
 */
function start(args: string[], env: NodeJS.ProcessEnv = {}, slow = false) {
  if (args[0] === "apply" && !slow) args = [...args, "--task-poll-ms", "50"];
  return spawnCli(cli, args, {
    cwd: dir,
    env: { ...emulatorEnv(emulator), FAQOPS_API: "v2", ...env },
  });
}
const run = (...args: string[]) => start(args).done;

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, "content", file)), { recursive: true });
  await writeFile(path.join(dir, "content", file), text);
}

const entryText = (title: string, answer: string, extra = "") =>
  `---\ntitle: ${title}\n${extra}questions:\n  - ${title}（相似）\n---\n\n${answer}\n`;

/** What the bot holds, as `skill / title` lines (with `(disabled)`), sorted. */
function onBot(): string[] {
  return emulator
    .entries()
    .map((e) => `${e.skill} / ${e.title}${e.disabled ? " (disabled)" : ""}`)
    .sort();
}

/** What the live (published) bot answers with. */
function live(): string[] {
  return (emulator.published() ?? []).map((e) => `${e.skill} / ${e.title}`).sort();
}

function requests(action: string): number {
  return emulator.stats().requests.byAction[action] ?? 0;
}

/**
 * Four entries synced and published; one deleted; then `--prune --replace-all` one intent a
 * batch, killed while the first (mode 1) batch is in flight: the replace deletes everything but
 * 问题 0, and the other two batches are never sent.
 */
async function halfSentReplace(): Promise<void> {
  await setUp({ taskSteps: 3 });
  for (let i = 0; i < 4; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
  commit("content");
  expect((await run("apply", "--publish")).code).toBe(0);
  await rm(path.join(dir, "content/技能/问题3.md"));
  commit("delete");
  const fetches = requests("v2/async/fetch");
  const { child, done } = start(
    ["apply", "--prune", "--replace-all", "--force", "--batch-size", "1"],
    {},
    true,
  );
  while (requests("v2/async/fetch") <= fetches) await new Promise((r) => setTimeout(r, 20));
  child.kill("SIGKILL");
  await done;
  expect(requests("v2/bot/import/json")).toBe(2);
}

/** Nothing secret in what a run printed: the Token, nor any signature or access token. */
function expectNoSecrets(runs: readonly CliRun[]): void {
  for (const r of runs) {
    const text = r.stdout + r.stderr;
    expect(text).not.toContain(emulator.credentials.token);
    expect(text).not.toMatch(/\b[0-9a-f]{32}\b/);
  }
}

async function sampleContent(): Promise<void> {
  await put("账户/开户.md", entryText("如何开立银行账户？", "带上身份证到任意网点。"));
  await put("账户/挂失.md", entryText("银行卡丢了怎么办？", "请立即致电 95588 挂失。"));
  await put(
    "账户/销户.md",
    entryText("怎么注销账户？", "携带身份证到开户网点办理。", "threshold: 0.75\n"),
  );
  await put(
    "转账/限额.md",
    entryText("转账限额是多少？", "单笔 5 万元，详见[说明](https://example.com/limit)。"),
  );
  await put(
    "网点/营业时间.md",
    entryText(
      "网点几点开门？",
      '::news{title="营业网点" description="查询附近网点" url="https://example.com/branches" picurl="https://example.com/b.png"}',
    ),
  );
}

describe("faqops apply --api v2", () => {
  it("syncs in batches, renames in place, disables drift with --prune and enables it again", async () => {
    await setUp();
    await sampleContent();
    commit("content");
    const runs: CliRun[] = [];

    const plan = await run("plan", "--exit-code");
    runs.push(plan);
    expect(plan.code).toBe(2);
    // One notice per run for rich answers, which the v2 reference cannot confirm.
    expect(plan.stderr.match(/carries a rich answer/g)).toHaveLength(1);

    const first = await run("apply", "--batch-size", "2", "--publish");
    runs.push(first);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr.match(/to write carr(?:y|ies) a rich answer/g)).toHaveLength(1);
    expect(onBot()).toEqual(
      [
        "网点 / 网点几点开门？",
        "账户 / 如何开立银行账户？",
        "账户 / 怎么注销账户？",
        "账户 / 银行卡丢了怎么办？",
        "转账 / 转账限额是多少？",
      ].sort(),
    );
    expect(live()).toEqual(onBot());
    // Five entries at two a batch: three imports, one token, and no v1 call at all.
    expect(requests("v2/bot/import/json")).toBe(3);
    expect(requests("v2/token")).toBe(1);
    expect(requests("setautoreply")).toBe(0);
    const threshold = emulator.entries().find((e) => e.title === "怎么注销账户？");
    expect(threshold?.threshold).toBe("0.75");
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.entries.every((e) => e.api === "v2" && typeof e.intentId === "number")).toBe(true);
    expect(await readFile(path.join(dir, "faqops.lock.json"), "utf8")).toContain('"version": 3');
    expect((await run("plan", "--exit-code")).code).toBe(0);
    commit("sync");

    // A rename within a skill: renamed in place, no duplicate, same intent id.
    const before = emulator.entries().find((e) => e.title === "银行卡丢了怎么办？");
    await put("账户/挂失.md", entryText("银行卡丢失怎么办？", "请立即致电 95588 挂失。"));
    const renamePlan = await run("plan");
    expect(renamePlan.stdout).toMatch(
      /银行卡丢失怎么办？ {2}\(renamed from "银行卡丢了怎么办？", same file, renamed in place \(old_intent\)\)/,
    );
    expect(renamePlan.stdout).not.toMatch(/still on the bot/);
    const renamed = await run("apply", "--publish");
    runs.push(renamed);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(onBot()).toContain("账户 / 银行卡丢失怎么办？");
    expect(onBot()).not.toContain("账户 / 银行卡丢了怎么办？");
    expect(emulator.entries().find((e) => e.title === "银行卡丢失怎么办？")?.intentId).toBe(
      before?.intentId,
    );
    expect((await run("plan", "--exit-code")).code).toBe(0);
    commit("rename");

    // A deletion is drift until a prune disables it; the live bot stops answering with it.
    await rm(path.join(dir, "content/转账/限额.md"));
    commit("delete");
    const drift = await run("plan", "--exit-code");
    expect(drift.code).toBe(2);
    expect(drift.stdout).toMatch(
      /转账限额是多少？ {2}\(deleted; still on the bot, --prune disables it\)/,
    );
    expect(drift.stdout).toMatch(/--api v2 --prune/);
    const pruned = await run("apply", "--prune", "--prune-max", "50%", "--publish");
    runs.push(pruned);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toMatch(/转账限额是多少？ \(deleted; disabled, reversibly\)/);
    expect(onBot()).toContain("转账 / 转账限额是多少？ (disabled)");
    expect(live()).not.toContain("转账 / 转账限额是多少？");
    // The disable carried the entry's last synced questions and answer.
    const disabled = emulator.entries().find((e) => e.title === "转账限额是多少？");
    expect(disabled?.questions).toEqual(["转账限额是多少？（相似）"]);
    expect(disabled?.content).toContain("单笔 5 万元");
    const afterPrune = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(afterPrune.entries.find((e) => e.title === "转账限额是多少？")?.status).toBe("disabled");
    expect((await run("plan", "--exit-code")).code).toBe(0);
    commit("prune");

    // Bringing it back switches it on again.
    await put(
      "转账/限额.md",
      entryText("转账限额是多少？", "单笔 5 万元，详见[说明](https://example.com/limit)。"),
    );
    const back = await run("plan");
    expect(back.stdout).toMatch(/转账限额是多少？ {2}\(disabled on the bot: enable\)/);
    const enabled = await run("apply", "--publish");
    runs.push(enabled);
    expect(enabled.code, enabled.stderr).toBe(0);
    expect(onBot()).toContain("转账 / 转账限额是多少？");
    expect(live()).toContain("转账 / 转账限额是多少？");
    expect((await run("plan", "--exit-code")).code).toBe(0);
    expectNoSecrets(runs);
  });

  it("says a disable written but not published is still live, and that a publish takes it off", async () => {
    await setUp();
    await sampleContent();
    commit("content");
    expect((await run("apply", "--publish", "--rate", "1000")).code).toBe(0);
    await rm(path.join(dir, "content/账户/挂失.md"));
    commit("delete");
    const disable = await run("apply", "--prune", "--force", "--rate", "1000");
    expect(disable.code, disable.stderr).toBe(0);
    // The bot holds it disabled; the live bot still answers with it.
    expect(onBot()).toContain("账户 / 银行卡丢了怎么办？ (disabled)");
    expect(live()).toContain("账户 / 银行卡丢了怎么办？");

    const plan = await run("plan");
    expect(plan.stdout).toContain(
      "1 entry was written but not published: the live bot still answers as at the last publish;",
    );
    expect(plan.stdout).toContain(
      "  账户 / 银行卡丢了怎么办？ (disabled: a publish takes it off the live bot)",
    );
    const zh = await start(["plan"], { FAQOPS_LANG: "zh-CN" }).done;
    expect(zh.stdout).toContain(
      "  账户 / 银行卡丢了怎么办？（已停用：发布后线上机器人不再用它回答）",
    );
    const json = JSON.parse((await run("plan", "--json")).stdout) as {
      unpublished: { title: string; disabled?: boolean }[];
    };
    expect(json.unpublished).toEqual([
      { skill: "账户", title: "银行卡丢了怎么办？", source: "账户/挂失.md", disabled: true },
    ]);

    // apply --publish with nothing to write publishes what is owed, and says what it did.
    const publish = await run("apply", "--publish", "--rate", "1000");
    expect(publish.code, publish.stderr).toBe(0);
    expect(publish.stdout).toContain(
      "Published: the live bot no longer answers with 1 entry disabled since the last publish.",
    );
    expect(live()).not.toContain("账户 / 银行卡丢了怎么办？");
  });

  it("warns a v1 plan that writing an entry v2 gave a threshold resets it to the default", async () => {
    await setUp();
    await sampleContent();
    commit("content");
    expect((await run("apply", "--publish", "--rate", "1000")).code).toBe(0);
    const threshold = () => emulator.entries().find((e) => e.title === "怎么注销账户？")?.threshold;
    expect(threshold()).toBe("0.75");
    await put(
      "账户/销户.md",
      entryText("怎么注销账户？", "携带身份证和银行卡到开户网点办理。", "threshold: 0.75\n"),
    );
    commit("edit");
    const v1 = { FAQOPS_API: "v1" };
    const plan = await start(["plan", "--brief"], v1).done;
    expect(plan.stdout).toContain(
      "  ~ 怎么注销账户？  (changed; v1 cannot send its threshold (0.75): the bot goes back to the default)",
    );
    const zh = await start(["plan", "--brief"], { ...v1, FAQOPS_LANG: "zh-CN" }).done;
    expect(zh.stdout).toContain("v1 无法发送它的阈值（0.75）：机器人会改回默认阈值");
    // What the plan says is what happens: the v1 write leaves the entry at the default.
    const apply = await start(["apply", "--rate", "1000"], v1).done;
    expect(apply.code, apply.stderr).toBe(0);
    expect(threshold()).toBeUndefined();
  });

  it("does not disable an entry whose synced version is not in Git, and says how to take it off", async () => {
    await setUp();
    await sampleContent();
    commit("content");
    // The synced answer is never committed: the deletion leaves Git without it.
    await put("转账/限额.md", entryText("转账限额是多少？", "单笔 8 万元，未提交的版本。"));
    const synced = await run("apply", "--publish");
    expect(synced.code, synced.stderr).toBe(0);
    await rm(path.join(dir, "content/转账/限额.md"));
    commit("delete, never having committed the synced version");

    const plan = await run("plan", "--prune", "--prune-max", "50%");
    expect(plan.stdout).toMatch(
      /转账限额是多少？ {2}\(deleted; cannot be disabled: its last synced version is not in Git \(.+\), and a disable must carry its questions and answer; commit that version, or take it off with --prune --replace-all\)/,
    );
    // The prune's own list does not promise it: nothing else is to be disabled.
    expect(plan.stdout).toContain("--prune (v2): 0 entries (");
    expect(plan.stdout).toMatch(
      /^ {2}- 转账 \/ 转账限额是多少？ \(cannot be disabled: its last synced version is not in Git/m,
    );
    const zh = await start(["plan", "--prune", "--prune-max", "50%"], { FAQOPS_LANG: "zh-CN" })
      .done;
    expect(zh.stdout).toMatch(/^ {2}- 转账 \/ 转账限额是多少？（无法停用：/m);
    const imports = requests("v2/bot/import/json");
    const pruned = await run("apply", "--prune", "--prune-max", "50%", "--publish");
    expect(pruned.code).toBe(1);
    // Running again would fail the same way: it does not say the next run retries it.
    expect(pruned.stdout).toContain(
      "Not disabled: 1 entry (another run fails the same way until what each says is done):",
    );
    expect(pruned.stdout + pruned.stderr).toMatch(
      /转账限额是多少？.*cannot be disabled: its last synced version is not in Git/,
    );
    // Nothing was sent for it: the customer still gets its answer, and the lockfile says so
    // (`removed`: gone from the content, still on the platform; not `disabled`).
    expect(requests("v2/bot/import/json")).toBe(imports);
    expect(live()).toContain("转账 / 转账限额是多少？");
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.entries.find((e) => e.title === "转账限额是多少？")?.status).toBe("removed");
    expect((await run("plan", "--exit-code")).stdout).toMatch(
      /转账限额是多少？ {2}\(deleted; still on the bot/,
    );
    expectNoSecrets([synced, plan, pruned]);
  });

  it("refreshes an expired access token once and goes on", async () => {
    await setUp({ tokenTtlMs: 300 });
    for (let i = 0; i < 6; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    // Real timing: each task is polled after a second, long past the token's life.
    const applied = await start(["apply", "--batch-size", "2"], {}, true).done;
    expect(applied.code, applied.stderr).toBe(0);
    expect(onBot()).toHaveLength(6);
    // Each task is polled after a second, long past the token's 300 ms: every later call
    // meets an expired token, gets a new one and is retried.
    expect(requests("v2/token")).toBeGreaterThan(1);
    expectNoSecrets([applied]);
  });

  it("resumes after a hard kill with a task in flight: nothing lost, nothing sent twice", async () => {
    // Tasks report "running" for 3 polls (about 5 s), so the kill lands while one is in flight.
    await setUp({ taskSteps: 3 });
    for (let i = 0; i < 5; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    const { child, done } = start(["apply", "--batch-size", "2"], {}, true);
    while (requests("v2/async/fetch") < 1) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await done;
    expect(requests("v2/bot/import/json")).toBe(1);
    // The submitted task is in the journal, so the plan reports it.
    const plan = await run("plan", "--json");
    expect(JSON.parse(plan.stdout).summary.pendingTasks).toBe(1);
    expect((await stat(path.join(dir, "faqops.lock.json.journal"))).size).toBeGreaterThan(0);
    // The submitted task is not a confirmation, and a v1 apply refuses to run over it.
    expect(plan.stderr).not.toMatch(/confirmation/);
    const v1 = await start(["apply"], { FAQOPS_API: "v1" }).done;
    expect(v1.code).toBe(1);
    expect(v1.stderr).toMatch(/a v2 import task not yet settled[\s\S]*faqops apply --api v2/);
    expect(requests("setautoreply")).toBe(0);

    emulator.setFaults({});
    const resumed = await run("apply", "--batch-size", "2");
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/Settled first: 1 import task .*\(2 entries confirmed/);
    // Three imports in all: the first task's two entries were not sent again.
    expect(requests("v2/bot/import/json")).toBe(3);
    expect(Object.values(emulator.stats().writes).every((n) => n === 1)).toBe(true);
    expect(onBot()).toHaveLength(5);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.tasks).toBeUndefined();
    expect(lock.entries).toHaveLength(5);
  });

  it("a failed intent fails its entry alone; a rename whose old title is gone is written anew", async () => {
    await setUp();
    for (let i = 0; i < 4; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    await put("技能/敏感.md", entryText("敏感问题", "这个答案含有违禁词。"));
    commit("content");
    // The platform's safety check refuses one item of the batch; the other four go in.
    emulator.setFaults({ rejectTexts: ["违禁词"] });
    const partial = await run("apply");
    expect(partial.code).toBe(1);
    expect(partial.stdout).toMatch(
      /Failed: 1 entry[^\n]*\n {2}content\/技能\/敏感\.md \(技能 \/ 敏感问题\): the platform did not import this intent \(1 of 5 in its batch failed\)/,
    );
    expect(onBot()).toHaveLength(4);
    expect(requests("v2/bot/import/json")).toBe(1);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.entries.map((e) => e.title)).not.toContain("敏感问题");
    // The next run sends that entry alone.
    emulator.setFaults({});
    expect((await run("apply")).code).toBe(0);
    expect(onBot()).toHaveLength(5);
    expect(emulator.stats().writes).toMatchObject({ [entryKey("技能", "敏感问题")]: 1 });
    commit("sync");

    // Someone renamed an intent in the console: faqops' rename in place names an old title the
    // bot no longer has. That item fails, and is sent again as a plain write of the new title.
    const lockPath = path.join(dir, "faqops.lock.json");
    const text = await readFile(lockPath, "utf8");
    await writeFile(lockPath, text.replace('"title":"问题 0"', '"title":"问题 〇"'));
    await put("技能/问题0.md", entryText("问题零", "答案 0"));
    const plan = await run("plan");
    expect(plan.stdout).toMatch(/问题零 {2}\(renamed from "问题 〇"/);
    const applied = await run("apply", "--publish");
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(
      /问题零 \(renamed from "问题 〇": the bot has no intent by that title to rename, so it was written anew\)/,
    );
    expect(onBot()).toContain("技能 / 问题零");
    // The bot said it has no "问题 〇": faqops stops tracking it, so a prune cannot create it
    // just to disable it.
    const after = await run("plan", "--exit-code", "--prune", "--prune-max", "100%");
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).not.toContain("问题 〇");
  });

  it("publish settles a task an interrupted apply left before it publishes, and says what went live", async () => {
    await setUp({ taskSteps: 3 });
    for (let i = 0; i < 5; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    commit("content");
    const { child, done } = start(["apply", "--batch-size", "2"], {}, true);
    while (requests("v2/async/fetch") < 1) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await done;
    // v1 cannot ask how the task ended: its publish refuses, before any request.
    const v1 = await start(["publish"], { FAQOPS_API: "v1" }).done;
    expect(v1.code).toBe(1);
    expect(v1.stderr).toMatch(/a v2 import task not yet settled/);
    expect(requests("publish") + requests("v2/bot/publish")).toBe(0);

    const published = await run("publish", "--task-poll-ms", "50");
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain(
      "Settled first: 1 import task an interrupted run left in flight (2 entries confirmed by it).",
    );
    // The two entries the task imported went live, and the publish says so.
    expect(published.stdout).toContain(
      "Published: the live bot now answers with 2 entries written since the last publish.",
    );
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.tasks).toBeUndefined();
    expect(lock.entries.filter((e) => e.unpublished)).toEqual([]);

    // The next apply writes the other three only, and a publish then counts those three.
    const rest = await run("apply", "--batch-size", "2", "--publish");
    expect(rest.code, rest.stderr).toBe(0);
    expect(rest.stdout).toMatch(/Wrote 3 of 3 entries/);
    expect(rest.stdout).toContain(
      "Published: the live bot now answers with 3 entries written since the last publish.",
    );
    expect(live()).toHaveLength(5);
  });

  it("an interrupted --replace-all: the run that settles it records what it removed", async () => {
    // Tasks run for 3 polls, so the kill lands while the mode 1 import is in flight.
    await setUp({ taskSteps: 3 });
    for (let i = 0; i < 3; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    commit("content");
    expect((await run("apply", "--publish")).code).toBe(0);
    await rm(path.join(dir, "content/技能/问题2.md"));
    commit("delete");
    const fetches = requests("v2/async/fetch");
    const { child, done } = start(["apply", "--prune", "--replace-all", "--force"], {}, true);
    while (requests("v2/async/fetch") <= fetches) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await done;

    const settled = await run("apply");
    expect(settled.code, settled.stderr).toBe(0);
    expect(settled.stdout).toMatch(/Settled first: 1 import task/);
    expect(onBot()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.pruned).toMatchObject({
      removed: 1,
      kept: 2,
      unpublished: [{ skill: "技能", title: "问题 2", source: "技能/问题2.md" }],
    });
    const plan = await run("plan");
    expect(plan.stdout).toMatch(/removed by a prune/);
    expect(plan.stdout).not.toMatch(/still on the bot/);
    // The kept entries were sent unchanged: the live bot answers with them as before.
    const published = await run("publish");
    expect(published.stdout).toContain(
      "Published: the live bot no longer answers with 1 entry removed by a prune.",
    );
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);
  });

  it("a replace an interrupted run left half sent: the settling run writes back what it deleted", async () => {
    await halfSentReplace();

    const settled = await run("apply");
    expect(settled.code, settled.stderr).toBe(0);
    expect(settled.stdout).toContain(
      "Written again: 2 entries this plan found unchanged, which the replace settled first had deleted from the bot.",
    );
    // Not drift any more: the replace removed it.
    expect(settled.stdout).not.toMatch(/still on the bot/);
    expect(onBot()).toEqual(["技能 / 问题 0", "技能 / 问题 1", "技能 / 问题 2"]);
    const plan = await run("plan");
    expect(plan.stdout).toMatch(
      /^Plan: 0 to create, 0 to update, 0 to rename, 0 on the bot but not in the content, 3 unchanged\./m,
    );
    expect(plan.stdout).toContain("1 entry was removed by a prune not yet published");
    // Unchanged entries written again: the live bot answers with them as before.
    const published = await run("publish");
    expect(published.stdout).toContain(
      "Published: the live bot no longer answers with 1 entry removed by a prune.",
    );
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1", "技能 / 问题 2"]);
    expect((await run("plan", "--exit-code")).code).toBe(0);
  });

  it("publish refuses over a replace an interrupted run left half sent, and counts what it deleted", async () => {
    await halfSentReplace();

    const refused = await run("publish", "--task-poll-ms", "50");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /a replace of the whole bot \(import mode 1\) was cut short: the bot lacks 2 entries the content keeps/,
    );
    expect(refused.stderr).toMatch(/faqops apply --api v2/);
    // The task is settled: the lockfile knows the bot holds 问题 0 alone, that the live bot
    // still answers with the three entries the replace deleted, and which two the content keeps.
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.tasks).toBeUndefined();
    expect(lock.entries.map((e) => e.title)).toEqual(["问题 0"]);
    expect(lock.pruned?.unpublished?.map((e) => e.title)).toEqual(["问题 1", "问题 2", "问题 3"]);
    expect(lock.pruned?.missing?.map((e) => e.title)).toEqual(["问题 1", "问题 2"]);
    // Refused again, with no task left to settle; the plan says why, in Chinese too.
    const again = await run("publish");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/was cut short: the bot lacks 2 entries/);
    expect(requests("v2/bot/publish")).toBe(1); // the first sync's only
    expect(live()).toHaveLength(4);
    expect((await run("plan")).stdout).toContain(
      "A replace that was cut short deleted 2 entries the content keeps: the next apply writes them back, and a publish is refused until then.",
    );
    const zh = await start(["publish"], { FAQOPS_LANG: "zh-CN" }).done;
    expect(zh.stderr).toContain("一次替换机器人全部内容的导入（导入模式 1）没有完成");
    // An apply --publish that cannot write one of them back does not publish either.
    emulator.setFaults({ rejectTexts: ["答案 2"] });
    const partial = await run("apply", "--publish");
    expect(partial.code).toBe(1);
    expect(partial.stdout).toMatch(/Not published/);
    expect(requests("v2/bot/publish")).toBe(1);
    expect(live()).toHaveLength(4);
    emulator.setFaults({});

    const back = await run("apply", "--publish");
    expect(back.code, back.stderr).toBe(0);
    expect(onBot()).toEqual(["技能 / 问题 0", "技能 / 问题 1", "技能 / 问题 2"]);
    expect(back.stdout).toContain("no longer with 1 entry removed by a prune.");
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1", "技能 / 问题 2"]);
    const written = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(written.pruned?.missing).toBeUndefined();
    // A disabling prune now has nothing to switch off: the replace deleted 问题 3.
    const prune = await run("apply", "--prune", "--force");
    expect(prune.code, prune.stderr).toBe(0);
    expect(onBot()).toEqual(["技能 / 问题 0", "技能 / 问题 1", "技能 / 问题 2"]);
  });

  it("publish refuses when the killed run had settled the replace's first batch itself", async () => {
    await setUp({ taskSteps: 3 });
    for (let i = 0; i < 4; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    commit("content");
    expect((await run("apply", "--publish")).code).toBe(0);
    await rm(path.join(dir, "content/技能/问题3.md"));
    commit("delete");
    // Killed while the second batch (mode 0) is in flight: the replace itself was settled.
    // Once the second task is in the journal, not when the emulator has its request: killed in
    // between, the run would not know its task, which never ends then (the emulator ends a
    // task when it is fetched), and the bot would lack 2 entries, not 1.
    const journal = path.join(dir, "faqops.lock.json.journal");
    const submitted = async () =>
      (await readFile(journal, "utf8").catch(() => ""))
        .split("\n")
        .filter((line) => line.startsWith('{"task":')).length;
    const { child, done } = start(
      ["apply", "--prune", "--replace-all", "--force", "--batch-size", "1"],
      {},
      true,
    );
    while ((await submitted()) < 2) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await done;
    const refused = await run("publish", "--task-poll-ms", "50");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/was cut short: the bot lacks 1 entry the content keeps/);
    expect(live()).toHaveLength(4);
    const back = await run("apply", "--publish");
    expect(back.code, back.stderr).toBe(0);
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1", "技能 / 问题 2"]);
  });

  it("an entry v2 disabled and v1 wrote again is switched on by the next v2 write", async () => {
    await setUp();
    for (let i = 0; i < 3; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    commit("content");
    expect((await run("apply", "--publish")).code).toBe(0);
    const file = path.join(dir, "content/技能/问题2.md");
    const text = await readFile(file, "utf8");
    await rm(file);
    commit("delete");
    expect((await run("apply", "--prune", "--force", "--publish")).code).toBe(0);
    expect(onBot()).toContain("技能 / 问题 2 (disabled)");
    // Back in the content, changed, and written through v1, which may not switch it on.
    await writeFile(file, text.replace("答案 2", "新答案 2"));
    commit("back");
    const v1 = { FAQOPS_API: "v1" };
    const v1Plan = JSON.parse((await start(["plan", "--json"], v1).done).stdout) as {
      changes: { title: string; action: string }[];
    };
    expect(v1Plan.changes.find((a) => a.title === "问题 2")).toMatchObject({
      action: "update",
      writtenOverDisabled: true,
    });
    expect((await start(["apply", "--publish"], v1).done).code).toBe(0);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.entries.find((e) => e.title === "问题 2")).toMatchObject({
      status: "synced",
      mayBeDisabled: true,
    });
    // v1 has nothing more to send; v2 sends it switched on.
    expect((await start(["plan", "--exit-code"], v1).done).code).toBe(0);
    const v2Plan = JSON.parse((await run("plan", "--json")).stdout) as {
      changes: { title: string; action: string }[];
    };
    expect(v2Plan.changes.find((a) => a.title === "问题 2")?.action).toBe("enable");
    // Not said to be disabled: only that v1 may have left it so.
    expect((await run("plan")).stdout).toContain(
      "(v1 wrote it over a disabled entry, which may have left it disabled: enable)",
    );
    const imports = requests("v2/bot/import/json");
    const enabled = await run("apply", "--publish");
    expect(enabled.code, enabled.stderr).toBe(0);
    expect(enabled.stdout).toContain("问题 2 (switched on, in case v1 had left it disabled)");
    expect(requests("v2/bot/import/json")).toBe(imports + 1);
    const after = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(after.entries.find((e) => e.title === "问题 2")?.mayBeDisabled).toBeUndefined();
    expect((await run("plan", "--exit-code")).code).toBe(0);
  });

  it("a v1 replace deletes a disabled entry, and does not count it as live", async () => {
    await setUp();
    for (let i = 0; i < 3; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    commit("content");
    expect((await run("apply", "--publish")).code).toBe(0);
    await rm(path.join(dir, "content/技能/问题2.md"));
    commit("delete");
    expect((await run("apply", "--prune", "--force", "--publish")).code).toBe(0);
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);

    const replaced = await start(["apply", "--prune", "--force"], { FAQOPS_API: "v1" }).done;
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(/removing 1 entry/);
    expect(replaced.stdout).toContain("- 问题 2 (disabled; removed)");
    expect(onBot()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    // Deleted from the bot, but the live bot stopped answering with it at the last publish.
    expect(lock.pruned).toMatchObject({ removed: 1, kept: 2, unpublished: [] });
    const published = await start(["publish"], { FAQOPS_API: "v1" }).done;
    expect(published.stdout).toContain(
      "Published: nothing was written since the last publish; the live bot answers as before.",
    );
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);
  });

  it("publishes on its own, and --prune --replace-all replaces the whole bot (import mode 1)", async () => {
    await setUp();
    for (let i = 0; i < 3; i++) await put(`技能/问题${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    commit("content");
    expect((await run("apply")).code).toBe(0);
    expect(emulator.published()).toBeUndefined();
    const plan = await run("plan", "--exit-code");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/3 entries were written but not published/);
    const published = await run("publish");
    expect(published.code, published.stderr).toBe(0);
    expect(requests("v2/bot/publish")).toBe(1);
    expect(requests("v2/bot/effective_progress")).toBeGreaterThanOrEqual(1);
    expect(requests("publish")).toBe(0);
    expect(live()).toHaveLength(3);
    expect((await run("plan", "--exit-code")).code).toBe(0);
    commit("sync");

    // An entry written by hand in the console (here: through v1) is unknown to faqops; only a
    // replace removes it, and a deleted file goes with it.
    const console = createClient({ endpoint: emulator.url, credentials: emulator.credentials });
    await console.setAutoReply({
      skill: "手工",
      title: "控制台里加的",
      content: "答案",
      questions: [],
    });
    console.close();
    await rm(path.join(dir, "content/技能/问题2.md"));
    const disablePlan = await run("plan", "--prune", "--prune-max", "50%");
    expect(disablePlan.stdout).toMatch(/will be DISABLED/);
    const replacePlan = await run("plan", "--prune", "--replace-all", "--prune-max", "50%");
    expect(replacePlan.stdout).toMatch(/REPLACED \(import mode 1\)/);
    const replaced = await run(
      "apply",
      "--prune",
      "--replace-all",
      "--prune-max",
      "50%",
      "--publish",
    );
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(onBot()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);
    expect(live()).toEqual(["技能 / 问题 0", "技能 / 问题 1"]);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.pruned).toMatchObject({ removed: 1, kept: 2 });
    expect(lock.entries.map((e) => e.title)).toEqual(["问题 0", "问题 1"]);
    expect((await run("plan", "--exit-code")).code).toBe(0);
    // --replace-all is for v2, with --prune.
    const refused = await run("plan", "--replace-all");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--replace-all goes with --prune/);
    const onV1 = await run("plan", "--prune", "--replace-all", "--api", "v1");
    expect(onV1.code).toBe(1);
    expect(onV1.stderr).toContain(
      "faqops: --replace-all is for --api v2: on v1, --prune always replaces the whole bot.",
    );
    const unknown = await run("plan", "--api", "v3");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'faqops: api must be one of v1, v2; got "v3".\nhint: pass --api v1 or --api v2, or set FAQOPS_API to one of them (for a target: FAQOPS_<TARGET>_API, or its `api` in faqops.config.yaml).\n',
    );
  });
});
