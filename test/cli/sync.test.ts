/**
 * `faqops plan` and `faqops apply` as users run them: the built CLI in a child process, real
 * files, the emulator over real HTTP, and real signals.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
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
  emulator = await startEmulator();
  dir = await mkdtemp(path.join(tmpdir(), "faqops-cli-sync-"));
});
afterEach(async () => {
  await emulator.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Writes `count` entries across a few skills; returns their titles. */
async function writeContent(
  count: number,
  answer = (i: number) => `第 ${i} 条答案，营业时间 9:00-17:00。`,
) {
  for (let i = 0; i < count; i++) {
    const skill = `技能${i % 5}`;
    await mkdir(path.join(dir, "content", skill), { recursive: true });
    await writeFile(
      path.join(dir, "content", skill, `q${i}.md`),
      `---\ntitle: 问题 ${i}\nquestions:\n  - 相似问题 ${i}\n---\n\n${answer(i)}\n`,
    );
  }
}

function start(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  return spawnCli(cli, args, { cwd: dir, env: { ...emulatorEnv(emulator), ...extraEnv } });
}

const run = (...args: string[]) => start(args).done;

function writeCounts(count: number): number[] {
  const writes = emulator.stats().writes;
  return Array.from(
    { length: count },
    (_, i) => writes[entryKey(`技能${i % 5}`, `问题 ${i}`)] ?? 0,
  );
}

describe("faqops plan and apply (built CLI)", () => {
  // About 15 s alone on 2 cores (2,000 entries written, published, planned, rewritten): the
  // time-out leaves room for a loaded machine.
  it("syncs a few thousand entries once, then sends nothing, then only the edit", async () => {
    await writeContent(2000);
    const first = await run("apply", "--rate", "1000", "--concurrency", "16");
    // A first sync says out loud that there is no lockfile, and nothing else.
    expect(first.stderr).toBe(
      "note: no lockfile (faqops.lock.json): every entry will be written; entries already on the bot with the same skill and title are overwritten in place.\n",
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Wrote 2000 of 2000 entries/);
    expect(emulator.stats().requests.total).toBe(2000);
    expect(writeCounts(2000).every((n) => n === 1)).toBe(true);

    // Written is not live: until a publish, plan says so and --exit-code reports it.
    const owed = await run("plan", "--exit-code");
    expect(owed.code).toBe(2);
    expect(owed.stdout).toMatch(/2000 written, not yet published/);
    expect(owed.stdout).not.toMatch(/No changes/);
    const publish = await run("apply", "--publish");
    expect(publish.code).toBe(0);
    expect(publish.stdout).toMatch(/Published: the live bot now answers with 2000 entries/);
    expect(emulator.stats().requests.byAction.setautoreply).toBe(2000);
    expect(emulator.published()).toHaveLength(2000);

    const plan = await run("plan", "--exit-code");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/No changes/);
    const second = await run("apply");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Nothing to do: .*\(0 requests sent\)/);
    // What faqops cannot know (the v1 API lists nothing), it says, with the way out.
    expect(second.stdout).toMatch(
      /if the bot was emptied or replaced since, `faqops apply --resend-all`/,
    );
    const requests = emulator.stats().requests.total;

    await writeFile(
      path.join(dir, "content/技能4/q1234.md"),
      "---\ntitle: 问题 1234\nquestions: [相似问题 1234]\n---\n\n改过的答案\n",
    );
    const planned = await run("plan", "--json", "--exit-code");
    expect(planned.code).toBe(2);
    const json = JSON.parse(planned.stdout);
    expect(json.summary).toMatchObject({ create: 0, update: 1, unchanged: 1999, writes: 1 });
    expect(json.changes[0]).toMatchObject({
      action: "update",
      title: "问题 1234",
      content: "改过的答案",
    });
    const third = await run("apply", "--rate", "1000");
    expect(third.code).toBe(0);
    expect(emulator.stats().requests.total).toBe(requests + 1);
  }, 90_000);

  it("resumes after a real SIGINT mid-sync: nothing lost, nothing confirmed sent twice", async () => {
    const count = 300;
    await writeContent(count);
    emulator.setFaults({ latencyMs: 20 });
    const { child, done } = start(["apply", "--rate", "1000", "--concurrency", "4"]);
    // Interrupt once a real part of the sync is through.
    while (Object.keys(emulator.stats().writes).length < 60)
      await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGINT");
    const interrupted = await done;
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(/SIGINT: stopping after the requests in flight/);
    expect(interrupted.stdout).toMatch(/Interrupted: \d+ written before the stop/);

    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    const confirmed = lock.entries.length;
    expect(confirmed).toBeGreaterThanOrEqual(60);
    expect(confirmed).toBeLessThan(count);
    // The lockfile is true: exactly what the platform holds, each written once.
    expect(emulator.entries()).toHaveLength(confirmed);
    expect(Object.values(emulator.stats().writes).every((n) => n === 1)).toBe(true);

    emulator.setFaults({});
    const resumed = await run("apply", "--rate", "1000");
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(
      new RegExp(`Wrote ${count - confirmed} of ${count - confirmed} entries`),
    );
    expect(writeCounts(count)).toEqual(Array(count).fill(1));
    expect((await readLockfile(path.join(dir, "faqops.lock.json"))).entries).toHaveLength(count);
  });

  it("sends no new request once interrupted, even those waiting for their turn at a low --rate", async () => {
    await writeContent(20);
    // At 2 a second, four writes wait their turn at once (--concurrency 4), ~0.5 s apart.
    const { child, done } = start(["apply", "--rate", "2", "--concurrency", "4"]);
    while (emulator.stats().requests.total < 2) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGINT");
    const atSignal = emulator.stats().requests.total;
    const interrupted = await done;
    expect(interrupted.code).toBe(130);
    // At most the one request that had left when the signal came: the waiting ones are not sent.
    expect(emulator.stats().requests.total).toBeLessThanOrEqual(atSignal + 1);
    expect(interrupted.stdout).toMatch(/Interrupted: \d+ written before the stop/);
    expect(interrupted.stdout).not.toMatch(/failed/i);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.entries.length).toBe(emulator.entries().length);
  });

  it("warns that a deleted entry written since the last publish goes live on the next publish", async () => {
    await writeContent(3);
    expect((await run("apply", "--rate", "1000")).code).toBe(0); // written, not published
    await rm(path.join(dir, "content/技能1/q1.md"));
    const plan = await run("plan");
    expect(plan.stdout).toContain(
      "1 entry on the bot but not in the content was written since the last publish: a publish makes it live as written, unless a prune removes it first.",
    );
    const zh = await start(["plan"], { FAQOPS_LANG: "zh-CN" }).done;
    expect(zh.stdout).toContain("发布会让它们按写入的样子上线，除非先用 prune 删除它们。");
    // A prune removes it: nothing to warn about.
    expect((await run("plan", "--prune", "--force")).stdout).not.toContain(
      "written since the last publish",
    );
    // What the warning says is what happens: the publish makes the deleted entry live.
    expect((await run("apply", "--publish", "--rate", "1000")).code).toBe(0);
    expect(emulator.published()?.map((e) => e.title)).toContain("问题 1");
    // Once live, it is ordinary drift.
    expect((await run("plan")).stdout).not.toContain("written since the last publish");
  });

  it("names the entries written but not published: what a publish makes live", async () => {
    await writeContent(12);
    expect((await run("apply", "--rate", "1000")).code).toBe(0); // written, not published
    const plan = await run("plan");
    const lines = plan.stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith("12 entries were written but not published"));
    expect(at, plan.stdout).toBeGreaterThan(-1);
    // Sorted by skill, then title; the first ten, then how many more.
    expect(lines.slice(at + 1, at + 12)).toEqual([
      "  技能0 / 问题 0",
      "  技能0 / 问题 10",
      "  技能0 / 问题 5",
      "  技能1 / 问题 1",
      "  技能1 / 问题 11",
      "  技能1 / 问题 6",
      "  技能2 / 问题 2",
      "  技能2 / 问题 7",
      "  技能3 / 问题 3",
      "  技能3 / 问题 8",
      "  … and 2 more (`faqops plan --json` lists every one)",
    ]);
    const zh = await start(["plan"], { FAQOPS_LANG: "zh-CN" }).done;
    expect(zh.stdout).toContain("  ……另有 2 个（`faqops plan --json` 会全部列出）");
    const json = JSON.parse((await run("plan", "--json")).stdout) as {
      unpublished: { skill: string; title: string; source: string }[];
    };
    expect(json.unpublished).toHaveLength(12);
    expect(json.unpublished[0]).toEqual({ skill: "技能0", title: "问题 0", source: "技能0/q0.md" });
    // Published: the bot answers with all twelve, and the plan names none.
    expect((await run("publish")).code).toBe(0);
    expect(emulator.published()).toHaveLength(12);
    const after = await run("plan", "--json");
    expect((JSON.parse(after.stdout) as { unpublished: unknown[] }).unpublished).toEqual([]);
  });

  it("a publish after two prunes takes both prunes' removals off the live bot, and says so", async () => {
    await writeContent(6);
    expect((await run("apply", "--publish", "--rate", "1000")).code).toBe(0);
    await rm(path.join(dir, "content/技能1/q1.md"));
    expect((await run("apply", "--prune", "--force", "--rate", "1000")).code).toBe(0);
    // The second prune also changes an answer: one entry written, two removed.
    await rm(path.join(dir, "content/技能2/q2.md"));
    await writeContent(1, () => "新的答案。");
    const second = await run("apply", "--prune", "--force", "--rate", "1000");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      "2 entries were removed by a prune not yet published: the live bot still answers as at the last publish;",
    );
    expect(emulator.published()?.map((e) => e.title)).toContain("问题 1");
    const json = JSON.parse((await run("plan", "--json")).stdout) as {
      prunedUnpublished: { title: string }[];
      unpublished: { title: string }[];
    };
    expect(json.prunedUnpublished.map((e) => e.title)).toEqual(["问题 1", "问题 2"]);
    expect(json.unpublished.map((e) => e.title)).toEqual(["问题 0"]);

    const publish = await run("publish");
    expect(publish.code, publish.stderr).toBe(0);
    expect(publish.stdout).toContain(
      "Published: the live bot now answers with 1 entry written since the last publish, and no longer with 2 entries removed by a prune.\n",
    );
    const live = emulator
      .published()
      ?.map((e) => e.title)
      .sort();
    expect(live).toEqual(["问题 0", "问题 3", "问题 4", "问题 5"]);
    expect(emulator.published()?.find((e) => e.title === "问题 0")?.content).toContain("新的答案");
  });

  it("an entry created and removed before any publish was never live: nothing to take off", async () => {
    await writeContent(4);
    expect((await run("apply", "--publish", "--rate", "1000")).code).toBe(0);
    await mkdir(path.join(dir, "content/新"), { recursive: true });
    const file = path.join(dir, "content/新/q9.md");
    await writeFile(file, "---\ntitle: 新问题\nquestions:\n  - 新的相似问题\n---\n\n新答案。\n");
    expect((await run("apply", "--rate", "1000")).code).toBe(0);
    await rm(file);
    const prune = await run("apply", "--prune", "--force", "--rate", "1000");
    expect(prune.code, prune.stderr).toBe(0);
    expect(prune.stdout).toContain("- 新问题 (deleted; removed)");
    expect(prune.stdout).not.toMatch(/the live bot answers with it until a publish/);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.pruned).toMatchObject({ removed: 1, kept: 4, unpublished: [] });
    // Kept entries were sent unchanged: nothing for a publish to change.
    expect(lock.entries.filter((e) => e.unpublished)).toEqual([]);
    expect((await run("plan", "--exit-code")).code).toBe(0);
    const before = emulator.published();
    const publish = await run("publish");
    expect(publish.stdout).toContain(
      "Published: nothing was written since the last publish; the live bot answers as before.",
    );
    expect(emulator.published()).toEqual(before);

    // Pruned and published in one run: removed from the live bot too, and said so.
    await rm(path.join(dir, "content/技能3/q3.md"));
    const both = await run("apply", "--prune", "--force", "--publish", "--rate", "1000");
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout).toContain("- 问题 3 (deleted; removed)");
    expect(both.stdout).toContain(
      "Published: the live bot no longer answers with 1 entry removed by a prune.",
    );
    expect(emulator.published()?.map((e) => e.title)).not.toContain("问题 3");
  });

  it("names what a prune not yet published removed: the live bot still answers with it", async () => {
    await writeContent(4);
    expect((await run("apply", "--publish", "--rate", "1000")).code).toBe(0);
    await rm(path.join(dir, "content/技能1/q1.md"));
    const prune = await run("apply", "--prune", "--force", "--rate", "1000");
    expect(prune.code, prune.stderr).toBe(0);
    // The bot no longer holds it; the live bot, not yet published, still answers with it.
    expect(prune.stdout).toContain(
      "- 问题 1 (deleted; removed from the bot, the live bot answers with it until a publish)",
    );
    expect(emulator.entries().map((e) => e.title)).not.toContain("问题 1");
    expect(emulator.published()?.map((e) => e.title)).toContain("问题 1");

    const plan = await run("plan", "--exit-code");
    expect(plan.code).toBe(2);
    const lines = plan.stdout.split("\n");
    const at = lines.findIndex((l) =>
      l.startsWith("1 entry was removed by a prune not yet published"),
    );
    expect(at, plan.stdout).toBeGreaterThan(-1);
    expect(lines[at]).toBe(
      "1 entry was removed by a prune not yet published: the live bot still answers as at the last publish; `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    );
    expect(lines[at + 1]).toBe("  技能1 / 问题 1");
    const zh = await start(["plan"], { FAQOPS_LANG: "zh-CN" }).done;
    expect(zh.stdout).toContain(
      "1 个条目已被尚未发布的修剪删除：线上机器人仍按上次发布时的内容回答；",
    );
    const json = JSON.parse((await run("plan", "--json")).stdout) as { prunedUnpublished: unknown };
    expect(json.prunedUnpublished).toEqual([
      { skill: "技能1", title: "问题 1", source: "技能1/q1.md" },
    ]);

    // Published: gone from the live bot, and from the plan; the lockfile forgets it. The
    // publish says so (the prune wrote the three it kept again).
    const publish = await run("publish");
    expect(publish.code).toBe(0);
    expect(publish.stdout).toContain(
      // The prune rewrote the 3 kept entries unchanged: the live bot answers with them as before.
      "Published: the live bot no longer answers with 1 entry removed by a prune.\n",
    );
    expect(emulator.published()?.map((e) => e.title)).not.toContain("问题 1");
    const after = await run("plan", "--exit-code");
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).not.toContain("removed by a prune");
    const lock = JSON.parse(await readFile(path.join(dir, "faqops.lock.json"), "utf8")) as {
      pruned: Record<string, unknown>;
    };
    expect(lock.pruned.unpublished).toBeUndefined();
    expect(lock.pruned.removed).toBe(1);
  });

  it("flushes the lockfile on SIGTERM too", async () => {
    await writeContent(120);
    emulator.setFaults({ latencyMs: 20 });
    const { child, done } = start(["apply", "--rate", "1000", "--concurrency", "2"]);
    while (Object.keys(emulator.stats().writes).length < 20)
      await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGTERM");
    expect((await done).code).toBe(130);
    const lock = await readLockfile(path.join(dir, "faqops.lock.json"));
    expect(lock.entries.length).toBe(emulator.entries().length);
    expect(lock.entries.length).toBeGreaterThanOrEqual(20);
  });

  it("refuses a corrupt lockfile and sends nothing", async () => {
    await writeContent(3);
    await writeFile(path.join(dir, "faqops.lock.json"), '{"version": 1, "entries": [');
    for (const command of ["plan", "apply"]) {
      const result = await run(command);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/the lockfile faqops\.lock\.json is not valid: it is not JSON/);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(emulator.stats().requests.total).toBe(0);
    expect(await readFile(path.join(dir, "faqops.lock.json"), "utf8")).toBe(
      '{"version": 1, "entries": [',
    );
  });

  it("stops early on a bad token, naming the problem without the token", async () => {
    await writeContent(50);
    const result = await start(["apply", "--rate", "1000"], {
      FAQOPS_TOKEN: "definitelyNotTheToken42",
    }).done;
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/1001|token/i);
    expect(result.stderr + result.stdout).not.toContain("definitelyNotTheToken42");
    expect(emulator.stats().requests.total).toBeLessThanOrEqual(4);
  });

  it("names every missing credential when a request must be sent, and needs none for a dry run", async () => {
    await writeContent(2);
    const missing = await start(["apply"], { FAQOPS_TOKEN: "", FAQOPS_MANAGER_ID: "" }).done;
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Missing credentials: FAQOPS_TOKEN, FAQOPS_MANAGER_ID/);
    const dry = await start(["apply", "--dry-run"], { FAQOPS_TOKEN: "", FAQOPS_APPID: "" }).done;
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /Dry run: would write 2 entries \(2 new, 0 changed, 0 renamed; 2 requests\)\. Nothing was sent\./,
    );
    expect(emulator.stats().requests.total).toBe(0);
  });

  it("refuses to plan or apply content with errors, showing the diagnostics", async () => {
    await writeContent(2);
    await writeFile(path.join(dir, "content/技能0/bad.md"), "---\ntitle: 12\n---\n\n答案\n");
    const result = await run("apply");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^content\/技能0\/bad\.md:2:8: error /m);
    expect(result.stderr).toMatch(/nothing was planned or sent/);
    expect(emulator.stats().requests.total).toBe(0);
  });
});
