/**
 * The applier end to end at the library level: real client, real emulator over HTTP on
 * 127.0.0.1, real lockfile on disk. (The CLI-level runs, with signals, are in test/cli.)
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { heldAnswers } from "../../src/content/answer-reader.js";
import type { EntryWithAnswer } from "../../src/content/types.js";
import { createClient } from "../../src/platform/client.js";
import { type Emulator, entryKey, startEmulator } from "../../src/platform/emulator.js";
import { type ApplyOptions, applyPlan } from "../../src/sync/apply.js";
import { readLockSnapshot } from "../../src/sync/index.js";
import { readLockfile } from "../../src/sync/lockfile.js";
import { type PlanOptions, planSync } from "../../src/sync/plan.js";
import { entry } from "./helpers.js";

let emulator: Emulator;
let dir: string;

// A fresh emulator per test: requests a test aborted may still be arriving after it ends.
beforeEach(async () => {
  emulator = await startEmulator({ publishSteps: 2 });
  dir = await mkdtemp(path.join(tmpdir(), "faqops-apply-"));
});
afterEach(async () => {
  await emulator.stop();
});

function options(overrides: Partial<ApplyOptions> = {}): ApplyOptions {
  return {
    answers: heldAnswers([]),
    lockfile: { path: path.join(dir, "faqops.lock.json"), display: "faqops.lock.json" },
    concurrency: 4,
    rate: 1000,
    dryRun: false,
    publish: false,
    connect: (hooks) =>
      createClient({
        endpoint: emulator.url,
        credentials: emulator.credentials,
        retry: { baseDelayMs: 1, maxDelayMs: 20 },
        ...hooks,
      }),
    publishOptions: { pollMs: 1 },
    ...overrides,
  };
}

/** Runs one apply the way the CLI does: read the lockfile and its journal, plan, apply the plan. */
async function sync(
  entries: readonly EntryWithAnswer[],
  overrides: Partial<ApplyOptions> & PlanOptions = {},
) {
  const o = options({ answers: heldAnswers(entries), ...overrides });
  const snapshot = await readLockSnapshot(o.lockfile);
  return applyPlan(planSync(entries, snapshot.lock, overrides), snapshot, o);
}

const sample = (n: number) =>
  Array.from({ length: n }, (_, i) => entry({ skill: `技能${i % 3}`, title: `问题 ${i}` }));

function writesOf(...entries: EntryWithAnswer[]): number[] {
  const writes = emulator.stats().writes;
  return entries.map((e) => writes[entryKey(e.skill, e.title)] ?? 0);
}

describe("applySync against the emulator", () => {
  it("writes every entry once, then sends nothing, then only the edited entry", async () => {
    const entries = sample(12);
    const first = await sync(entries);
    expect(first.outcome).toBe("done");
    expect(first.written).toBe(12);
    expect(emulator.stats().requests.total).toBe(12);
    expect(writesOf(...entries)).toEqual(Array(12).fill(1));
    expect(
      emulator
        .entries()
        .map((e) => e.title)
        .sort(),
    ).toEqual(entries.map((e) => e.title).sort());
    const lock = await readLockfile(options().lockfile.path);
    expect(lock.entries).toHaveLength(12);
    expect(lock.entries.every((e) => e.status === "synced")).toBe(true);

    const second = await sync(entries);
    expect(second.outcome).toBe("nothing-to-do");
    expect(emulator.stats().requests.total).toBe(12);

    const edited = entries.map((e, i) => (i === 5 ? entry({ ...e, content: "新答案" }) : e));
    const third = await sync(edited);
    expect(third.written).toBe(1);
    expect(emulator.stats().requests.total).toBe(13);
    expect(emulator.entries().find((e) => e.title === "问题 5")?.content).toBe("新答案");
  });

  it("writes a renamed entry under its new title and reports the old one as drift until a prune", async () => {
    const entries = sample(8);
    await sync(entries);
    const renamed = entries.map((e, i) => (i === 0 ? entry({ ...e, title: "新标题" }) : e));
    const result = await sync(renamed.slice(0, 7)); // and entry 7 deleted
    // The rename's old title and the deleted entry are both drift: on the bot, not in content.
    expect(result.plan.counts).toMatchObject({ rename: 1, remove: 2, unchanged: 6 });
    expect(
      result.drift.map((a) => `${a.previous.title}: ${a.reason} ${a.to?.title ?? ""}`),
    ).toEqual(["问题 0: renamed 新标题", "问题 7: deleted "]);
    expect(emulator.stats().requests.total).toBe(9);
    expect(emulator.entries()).toHaveLength(9); // 8 written first + the new title; nothing deleted
    const lock = await readLockfile(options().lockfile.path);
    const removed = lock.entries.filter((e) => e.status === "removed").map((e) => e.title);
    expect(removed.sort()).toEqual(["问题 0", "问题 7"]);

    // Over --prune-max (2 of 9 known = 22% is under 25%; lower the limit to see the refusal).
    await expect(sync(renamed.slice(0, 7), { prune: true, pruneMax: 0.1 })).rejects.toMatchObject({
      name: "PruneRefusedError",
      refusal: { reason: "over-limit", removes: 2, known: 9, share: 2 / 9, max: 0.1 },
    });
    expect(emulator.stats().requests.total).toBe(9);

    const pruned = await sync(renamed.slice(0, 7), { prune: true });
    expect(pruned.pruned).toBe(true);
    expect(emulator.stats().requests.byAction.batchimportskill).toBe(1);
    expect(
      emulator
        .entries()
        .map((e) => e.title)
        .sort(),
    ).toEqual(
      renamed
        .slice(0, 7)
        .map((e) => e.title)
        .sort(),
    );
    const after = await readLockfile(options().lockfile.path);
    expect(after.entries.map((e) => e.status)).toEqual(Array(7).fill("synced"));
    expect(after.pruned).toMatchObject({ removed: 2, kept: 7 });

    expect((await sync(renamed.slice(0, 7))).outcome).toBe("nothing-to-do");
  });

  it("survives 500s, 429s and dropped connections, writing every entry exactly once", async () => {
    // Seeded: three dropped connections in a row are systemic and stop the run (see the
    // client's SAME_FAILURE_LIMIT); with this seed the drops are at least 5 requests apart.
    await emulator.stop();
    emulator = await startEmulator({ publishSteps: 2, seed: 143 });
    const entries = sample(30);
    emulator.setFaults({
      failNext: [
        { status: 500 },
        { drop: true },
        { status: 429, retryAfter: 0 },
        { status: 503 },
        { drop: true },
      ],
      failRate: 0.15,
      dropRate: 0.1,
      retryAfter: 0,
    });
    const result = await sync(entries);
    expect(result.outcome).toBe("done");
    const stats = emulator.stats();
    expect(stats.faults.failed + stats.faults.dropped).toBeGreaterThanOrEqual(5);
    expect(writesOf(...entries)).toEqual(Array(30).fill(1));
    expect((await readLockfile(options().lockfile.path)).entries).toHaveLength(30);
  });

  it("tries every entry on partial failure, lists the failures, and records only what succeeded", async () => {
    const entries = sample(6);
    // Two entries are refused by the platform (a non-fatal code); the rest go through.
    emulator.setFaults({ failNext: [{ errcode: 1007, errmsg: "bad request" }, { errcode: 1008 }] });
    const result = await sync(entries, { concurrency: 1 });
    expect(result.outcome).toBe("partial");
    expect(result.failures).toHaveLength(2);
    expect(result.written).toBe(4);
    const lock = await readLockfile(options().lockfile.path);
    expect(lock.entries).toHaveLength(4);
    emulator.setFaults({});
    const retry = await sync(entries);
    expect(retry.written).toBe(2);
    expect(writesOf(...entries)).toEqual(Array(6).fill(1));
  });

  it("stops at once on a fatal error (a wrong token) and keeps the lockfile true", async () => {
    const entries = sample(20);
    const result = await sync(entries, {
      connect: (hooks) =>
        createClient({
          endpoint: emulator.url,
          credentials: { ...emulator.credentials, token: "wrongToken123" },
          ...hooks,
        }),
    });
    expect(result.outcome).toBe("fatal");
    expect(result.fatal?.message).toMatch(/token/i);
    expect(result.fatal?.message).not.toContain("wrongToken123");
    // Bounded by the concurrency: the requests in flight when the first answer came back.
    expect(emulator.stats().requests.total).toBeLessThanOrEqual(4);
    expect(emulator.entries()).toHaveLength(0);
    expect((await readLockfile(options().lockfile.path)).entries).toHaveLength(0);
  });

  it("sends nothing in a dry run, needs no client, and writes no lockfile", async () => {
    const result = await sync(sample(5), {
      dryRun: true,
      connect: () => {
        throw new Error("a dry run must not connect");
      },
    });
    expect(result.written).toBe(5);
    expect(emulator.stats().requests.total).toBe(0);
    await expect(readFile(options().lockfile.path)).rejects.toThrow(/ENOENT/);
  });

  it("publishes when asked and something was written, and not otherwise", async () => {
    const entries = sample(3);
    const result = await sync(entries, { publish: true });
    expect(result.publish).toEqual({ status: "done", entries: 3, disabled: 0, removed: 0 });
    expect(emulator.published()?.length).toBe(3);
    const again = await sync(entries, { publish: true });
    expect(again.publish.status).toBe("not-needed");
    expect(emulator.stats().publishes).toBe(1);
  });

  it("flushes the lockfile periodically while writing, so a crash loses little", async () => {
    const entries = sample(30);
    emulator.setFaults({ latencyMs: 20 });
    const lockPath = options().lockfile.path;
    const seen = new Set<number>();
    const running = sync(entries, { concurrency: 1, flushIntervalMs: 50 });
    let finished = false;
    void running.finally(() => {
      finished = true;
    });
    while (!finished) {
      const text = await readFile(lockPath, "utf8").catch(() => undefined);
      // Every read sees a whole lockfile (atomic writes), never a torn one.
      if (text !== undefined) seen.add((await readLockfile(lockPath)).entries.length);
      await new Promise((r) => setTimeout(r, 15));
    }
    expect((await running).written).toBe(30);
    const partial = [...seen].filter((n) => n > 0 && n < 30);
    expect(partial.length).toBeGreaterThan(0);
  });

  it("keeps to the request rate", async () => {
    const entries = sample(20);
    const started = Date.now();
    await sync(entries, { rate: 50, concurrency: 8 });
    // 20 requests evenly spaced at 50/s take at least 19 intervals of 20 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(19 * 20 - 5);
  });
});
