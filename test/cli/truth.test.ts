/**
 * The platform's truth, as a user meets it: drift (renames, moves, drafts, deletions), publish
 * state, saved plans and hard kills, through the built CLI, real files and the emulator over
 * real HTTP. What the bot holds is read from the emulator, never from faqops' own output.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { type Emulator, entryKey, startEmulator } from "../../src/platform/emulator.js";
import { readLockfile } from "../../src/sync/lockfile.js";
import { emulatorEnv, spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
let emulator: Emulator;
let dir: string;

beforeEach(async () => {
  emulator = await startEmulator({ publishSteps: 1 });
  dir = await mkdtemp(path.join(tmpdir(), "faqops-cli-truth-"));
});
afterEach(async () => {
  await emulator.stop();
  await rm(dir, { recursive: true, force: true });
});

function start(args: string[]) {
  return spawnCli(cli, args, { cwd: dir, env: emulatorEnv(emulator) });
}

const run = (...args: string[]) => start(args).done;

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, "content", file)), { recursive: true });
  await writeFile(path.join(dir, "content", file), text);
}

const entryText = (title: string, answer: string, extra = "") =>
  `---\ntitle: ${title}\n${extra}questions:\n  - ${title}（相似）\n---\n\n${answer}\n`;

/** What the bot holds, as `skill / title` lines, sorted. */
function onBot(): string[] {
  return emulator
    .entries()
    .map((e) => `${e.skill} / ${e.title}`)
    .sort();
}

/** What the live (published) bot answers with, as `skill / title` lines, sorted. */
function live(): string[] {
  return (emulator.published() ?? []).map((e) => `${e.skill} / ${e.title}`).sort();
}

async function sampleContent(): Promise<void> {
  await put("账户/开户.md", entryText("如何开立银行账户？", "带上身份证到任意网点。"));
  await put("账户/挂失.md", entryText("银行卡丢了怎么办？", "请立即致电 95588 挂失。"));
  await put("账户/销户.md", entryText("怎么注销账户？", "携带身份证到开户网点办理。"));
  await put("转账/限额.md", entryText("转账限额是多少？", "单笔 5 万元。"));
  await put("转账/失败.md", entryText("转账失败怎么办？", "请检查收款人信息。"));
  await put("网点/营业时间.md", entryText("网点几点开门？", "工作日 9:00-17:00。"));
}

describe("drift: what the bot holds that the content no longer wants", () => {
  it("lists renames, moves, drafts and deletions until a prune removes them", async () => {
    await sampleContent();
    expect((await run("apply", "--publish")).code).toBe(0);
    expect((await run("plan", "--exit-code")).code).toBe(0);

    // A full-width question mark becomes a half-width one; a file moves to another skill's
    // folder; one entry becomes a draft; one file is deleted.
    await put("账户/开户.md", entryText("如何开立银行账户?", "带上身份证到任意网点。"));
    await mkdir(path.join(dir, "content/网点"), { recursive: true });
    await rename(path.join(dir, "content/转账/限额.md"), path.join(dir, "content/网点/限额.md"));
    await put(
      "账户/挂失.md",
      entryText("银行卡丢了怎么办？", "请立即致电 95588 挂失。", "draft: true\n"),
    );
    await rm(path.join(dir, "content/账户/销户.md"));

    const plan = await run("plan", "--exit-code");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain(
      '  - 如何开立银行账户？  (renamed to "如何开立银行账户?"; still on the bot, --prune removes it)',
    );
    expect(plan.stdout).toContain(
      '  - 转账限额是多少？  (moved to 网点 / "转账限额是多少？"; still on the bot, --prune removes it)',
    );
    expect(plan.stdout).toContain("  - 银行卡丢了怎么办？  (now a draft; still on the bot");
    expect(plan.stdout).toContain("  - 怎么注销账户？  (deleted; still on the bot");
    expect(plan.stdout).toMatch(/4 on the bot but not in the content/);
    expect(plan.stdout).toMatch(/faqops apply --prune/);

    const json = JSON.parse((await run("plan", "--json")).stdout);
    expect(json.summary).toMatchObject({ drift: 4, remove: 4, writes: 2, changes: true });
    expect(
      json.changes
        .filter((c: { action: string }) => c.action === "remove")
        .map((c: { title: string; reason: string }) => `${c.title}: ${c.reason}`)
        .sort(),
    ).toEqual([
      "如何开立银行账户？: renamed",
      "怎么注销账户？: deleted",
      "转账限额是多少？: moved",
      "银行卡丢了怎么办？: draft",
    ]);

    // apply writes what it can, then says what is still on the bot, and the remedy.
    const applied = await run("apply", "--publish");
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Wrote 2 of 2 entries \(1 new, 0 changed, 1 renamed\)/);
    expect(applied.stdout).toMatch(/4 entries are still on the bot but not in the content:/);
    expect(applied.stdout).toContain('- 如何开立银行账户？ (renamed to "如何开立银行账户?")');
    expect(applied.stdout).not.toMatch(/up to date/);
    // The truth on the bot: both spellings are live.
    expect(live()).toContain("账户 / 如何开立银行账户？");
    expect(live()).toContain("账户 / 如何开立银行账户?");

    const again = await run("apply");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^Nothing to write \(0 requests sent\)\. .*4 on the bot but not in the content/,
    );
    expect(again.stdout).not.toMatch(/up to date/);
    expect((await run("plan", "--exit-code")).code).toBe(2);

    // 4 of the 8 identities faqops knows is 50%: refused without --force, and nothing is sent.
    const requests = emulator.stats().requests.total;
    const refused = await run("apply", "--prune");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--prune refused: .*more than --prune-max 25%/);
    expect(emulator.stats().requests.total).toBe(requests);

    const pruned = await run("apply", "--prune", "--force", "--publish");
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/Pruned: replaced the bot's content with 4 entries, removing 4/);
    const wanted = [
      "网点 / 网点几点开门？",
      "网点 / 转账限额是多少？",
      "账户 / 如何开立银行账户?",
      "转账 / 转账失败怎么办？",
    ];
    expect(onBot()).toEqual(wanted);
    expect(live()).toEqual(wanted);
    const after = await run("plan", "--exit-code");
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/No changes: the platform is up to date/);
  });

  it("records drift at once, even when there is nothing to write", async () => {
    await sampleContent();
    expect((await run("apply")).code).toBe(0);
    // Delete one file; move another to a new file name without changing its title.
    await rm(path.join(dir, "content/账户/销户.md"));
    await rename(
      path.join(dir, "content/转账/失败.md"),
      path.join(dir, "content/转账/转账失败.md"),
    );
    const result = await run("apply");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Lockfile faqops\.lock\.json updated\./);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    const byTitle = new Map(lock.entries.map((e) => [e.title, e]));
    expect(byTitle.get("怎么注销账户？")?.status).toBe("removed");
    expect(byTitle.get("转账失败怎么办？")).toMatchObject({
      status: "synced",
      source: "转账/转账失败.md",
    });
  });
});

describe("publishing is state", () => {
  it("remembers a failed publish, and publishes on the next apply --publish with nothing to write", async () => {
    await sampleContent();
    emulator.setFaults({ publishFails: true });
    const failed = await run("apply", "--publish");
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/Wrote 6 of 6 entries/);
    expect(failed.stdout).toMatch(/Publish failed: publishing failed on the platform/);
    expect(failed.stdout).toMatch(/6 entries are written but not live/);
    expect(failed.stdout).toMatch(/Lockfile faqops\.lock\.json updated\./);
    expect(live()).toEqual([]);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    // A first sync: faqops cannot tell whether the live bot had them, so none is "new".
    expect(lock.entries.map((e) => e.unpublished)).toEqual(Array(6).fill(true));

    const plan = await run("plan", "--exit-code");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/6 written, not yet published/);
    expect(plan.stdout).toMatch(/the live bot still answers as at the last publish/);

    // Without --publish, apply writes nothing and says the entries are still not live.
    const quiet = await run("apply");
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/6 entries are written but not published/);
    expect(quiet.stdout).not.toMatch(/up to date/);

    emulator.setFaults({});
    const writes = emulator.stats().requests.byAction.setautoreply;
    const published = await run("apply", "--publish");
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/Published: the live bot now answers with 6 entries/);
    expect(emulator.stats().requests.byAction.setautoreply).toBe(writes); // nothing rewritten
    expect(live()).toHaveLength(6);
    expect((await run("plan", "--exit-code")).code).toBe(0);
    const cleared = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(cleared.entries.some((e) => e.unpublished)).toBe(false);
  });

  it("faqops publish clears the markers on success and keeps them on failure", async () => {
    await sampleContent();
    expect((await run("apply")).code).toBe(0);
    emulator.setFaults({ publishFails: true });
    const failed = await run("publish");
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/Publish failed: 6 written, not yet published/);
    expect(failed.stderr).toMatch(/publishing failed on the platform/);
    emulator.setFaults({});
    const done = await run("publish");
    expect(done.code).toBe(0);
    // What the customers now get, as apply --publish says it.
    expect(done.stdout).toContain(
      "Published: the live bot now answers with 6 entries written since the last publish.\nLockfile faqops.lock.json updated.\n",
    );
    expect(live()).toHaveLength(6);
    expect((await run("plan", "--exit-code")).code).toBe(0);
    const again = await run("publish");
    expect(again.stdout).toContain(
      "Published: nothing was written since the last publish; the live bot answers as before.\nLockfile faqops.lock.json unchanged.\n",
    );
  });
});

describe("when the lockfile cannot be trusted", () => {
  it("--resend-all rewrites every entry to an emptied bot; --quiet keeps only the counts", async () => {
    await sampleContent();
    expect((await run("apply", "--publish")).code).toBe(0);
    emulator.reset(); // the bot was emptied in its console: the lockfile cannot know
    const trusting = await run("plan", "--exit-code");
    expect(trusting.code).toBe(0);
    const preview = await run("plan", "--resend-all", "--exit-code");
    expect(preview.code).toBe(2);
    expect(preview.stdout).toContain("(unchanged; sent again: --resend-all)");
    const resent = await run("apply", "--resend-all", "--publish", "--quiet");
    expect(resent.code).toBe(0);
    expect(resent.stdout).toMatch(/^Wrote 6 of 6 entries \(0 new, 6 changed, 0 renamed\)/m);
    expect(resent.stdout).not.toMatch(/^ {2}~ /m); // --quiet: no list of entries
    expect(onBot()).toHaveLength(6);
    expect(live()).toHaveLength(6);
  });

  it("shows a prune in a dry run as what it would do, sending nothing", async () => {
    await sampleContent();
    expect((await run("apply")).code).toBe(0);
    await rm(path.join(dir, "content/账户/销户.md"));
    const requests = emulator.stats().requests.total;
    const dry = await run("apply", "--prune", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /^Dry run: would replace the bot's content with 5 entries, removing 1 entry \(1 request\)\. Nothing was sent\./,
    );
    expect(emulator.stats().requests.total).toBe(requests);
  });
});

describe("saved plans", () => {
  it("applies exactly the saved plan, and refuses a stale one without sending anything", async () => {
    await sampleContent();
    const saved = await run("plan", "--out", "reviewed.plan.json");
    expect(saved.code).toBe(0);
    expect(saved.stderr).toMatch(/Saved the plan to reviewed\.plan\.json/);
    const file = JSON.parse(await readFile(path.join(dir, "reviewed.plan.json"), "utf8"));
    expect(file.format).toBe("faqops-plan/1");
    expect(file.plan.summary).toMatchObject({ create: 6, writes: 6 });
    expect(file.plan.changes.map((c: { content: string }) => c.content)).toContain("单笔 5 万元。");

    // The content changes after the review: refused, naming the file; nothing sent.
    await put("转账/限额.md", entryText("转账限额是多少？", "单笔 10 万元。"));
    const stale = await run("apply", "reviewed.plan.json");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(
      /the content changed since the plan reviewed\.plan\.json was made: content\/转账\/限额\.md changed; nothing was sent\./,
    );
    expect(stale.stderr).toMatch(/make a new plan/);
    expect(emulator.stats().requests.total).toBe(0);

    // Flags that change the plan belong to `plan`, not to `apply FILE`.
    const flagged = await run("apply", "reviewed.plan.json", "--prune");
    expect(flagged.code).toBe(1);
    expect(flagged.stderr).toMatch(/a saved plan already decides --prune/);

    expect((await run("plan", "--out", "reviewed.plan.json")).code).toBe(0);
    const fresh = await run("apply", "reviewed.plan.json");
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/Wrote 6 of 6 entries/);
    expect(emulator.entries().find((e) => e.title === "转账限额是多少？")?.content).toBe(
      "单笔 10 万元。",
    );

    // The same plan again: the lockfile changed since (this apply), so it is refused.
    const replayed = await run("apply", "reviewed.plan.json");
    expect(replayed.code).toBe(1);
    expect(replayed.stderr).toMatch(/the lockfile faqops\.lock\.json changed since the plan/);
    expect(emulator.stats().requests.total).toBe(6);
  });

  it("refuses a file that is not a plan", async () => {
    await sampleContent();
    await writeFile(path.join(dir, "not-a-plan.json"), '{"hello": 1}\n');
    const result = await run("apply", "not-a-plan.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not-a-plan\.json is not a faqops plan file/);
    expect(emulator.stats().requests.total).toBe(0);
  });
});

describe("a hard kill", () => {
  it("re-sends nothing that was confirmed: the journal carries it to the next run", async () => {
    const count = 200;
    for (let i = 0; i < count; i++) {
      await put(`技能${i % 4}/q${i}.md`, entryText(`问题 ${i}`, `答案 ${i}`));
    }
    emulator.setFaults({ latencyMs: 15 });
    const { child, done } = start(["apply", "--rate", "1000", "--concurrency", "2"]);
    while (Object.keys(emulator.stats().writes).length < 50)
      await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    await done;
    // The kill came between two lockfile writes (every 2 s); the journal holds the rest.
    expect((await stat(path.join(dir, "faqops.lock.json.journal"))).size).toBeGreaterThan(0);
    const writtenBeforeKill = Object.keys(emulator.stats().writes).length;

    emulator.setFaults({});
    const plan = await run("plan", "--json");
    expect(plan.stderr).toMatch(/confirmations from a run stopped before saving them/);
    const planned = JSON.parse(plan.stdout).summary.writes as number;
    // Only requests in flight at the kill (at most --concurrency) may be planned again.
    expect(planned).toBeGreaterThanOrEqual(count - writtenBeforeKill);
    expect(planned).toBeLessThanOrEqual(count - writtenBeforeKill + 2);

    const resumed = await run("apply", "--rate", "1000");
    expect(resumed.code).toBe(0);
    const writes = emulator.stats().writes;
    const twice = Object.values(writes).filter((n) => n > 1).length;
    expect(twice).toBeLessThanOrEqual(2);
    expect(Object.keys(writes)).toHaveLength(count);
    expect(writes[entryKey("技能0", "问题 0")]).toBeGreaterThanOrEqual(1);
    // The journal was folded into the lockfile and removed.
    await expect(stat(path.join(dir, "faqops.lock.json.journal"))).rejects.toThrow(/ENOENT/);
    expect((await readLockfile(path.join(dir, "faqops.lock.json"))).entries).toHaveLength(count);
  });
});
