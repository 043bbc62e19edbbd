/**
 * What plan says of the v2 API's decisions (render/plan.ts, render/diff.ts): disables, a replace
 * of the whole bot, entries switched on again, import tasks left in flight, thresholds, and a
 * disable that cannot be sent. The decisions themselves: test/sync/plan-v2.test.ts.
 */
import { describe, expect, it } from "vitest";
import { heldAnswers } from "../../src/content/answer-reader.js";
import { identityKey } from "../../src/platform/identity.js";
import { diffEntry, diffLines, PLAIN_STYLE } from "../../src/render/diff.js";
import { planJson, planSummary, renderPlanText } from "../../src/render/plan.js";
import type { Lockfile } from "../../src/sync/lockfile.js";
import { type Plan, planSync } from "../../src/sync/plan.js";
import { entry, lockOf, planAnswers, synced } from "../sync/helpers.js";

const text = (plan: Plan) => renderPlanText(plan, planAnswers(plan));

describe("plan's words for the v2 API", () => {
  const kept = entry({ title: "营业时间" });
  const gone = entry({ title: "旧问题" });

  it("a prune that disables drift, and one that replaces the bot (text and JSON)", () => {
    const lock = lockOf(synced(kept), synced(gone));
    const plan = planSync([kept], lock, { api: "v2", prune: true, pruneMax: 0.5 });
    expect(planSummary(plan)).toContain("1 to disable");
    expect(text(plan)).toMatch(/will be DISABLED \(disable: true\)/);
    expect(text(plan)).not.toMatch(/REPLACED/);
    const json = planJson(plan, planAnswers(plan)) as {
      api: string;
      changes: { action: string }[];
      prune: { mode: string };
    };
    expect(json.api).toBe("v2");
    expect(json.changes.map((c) => c.action)).toEqual(["disable"]);
    expect(json.prune.mode).toBe("disable");
    const replace = planSync([kept], lock, {
      api: "v2",
      prune: true,
      pruneMax: 0.5,
      replaceAll: true,
    });
    expect(text(replace)).toMatch(/REPLACED \(import mode 1\)/);
  });

  it("a disabled entry coming back is enabled", () => {
    const lock = lockOf(synced(kept), { ...synced(gone), status: "disabled", api: "v2" });
    const back = planSync([kept, gone], lock, { api: "v2" });
    expect(planSummary(back)).toContain("1 to enable");
    expect(text(back)).toMatch(/旧问题 {2}\(disabled on the bot: enable\)/);
  });

  it("import tasks an interrupted run left", () => {
    const lock: Lockfile = {
      ...lockOf(synced(kept)),
      tasks: [{ id: "t1", submitted: "2026-11-27T00:00:00.000Z", mode: 0, items: [] }],
    };
    expect(text(planSync([kept], lock, { api: "v2" }))).toMatch(
      /1 import task sent by an interrupted run is not yet settled/,
    );
  });

  it("a threshold: its change in the diff and the JSON, and one v1 never sent", () => {
    const withThreshold = entry({ title: "营业时间", threshold: 0.85 });
    const diff = diffEntry({ ...withThreshold, threshold: 0.6 }, withThreshold);
    expect(diffLines(diff, PLAIN_STYLE)).toContain("    threshold: [-0.6-] → {+0.85+}");
    const json = planJson(
      planSync([withThreshold], lockOf()),
      heldAnswers([withThreshold]),
      new Map(),
    ) as {
      changes: { threshold?: number; after: { threshold?: number } }[];
    };
    expect(json.changes[0]?.threshold).toBe(0.85);
    expect(json.changes[0]?.after.threshold).toBe(0.85);
    const v2 = planSync([withThreshold], lockOf(synced(withThreshold)), { api: "v2" });
    expect(text(v2)).toMatch(/written through v1, which cannot send its threshold/);
  });

  it("a replace that also removes disabled entries says so", () => {
    const off = entry({ title: "关掉的" });
    const lock = lockOf(synced(kept), synced(gone), {
      ...synced(off),
      status: "disabled",
      api: "v2",
    });
    const plan = planSync([kept], lock, { api: "v2", prune: true, replaceAll: true, pruneMax: 1 });
    expect(text(plan)).toMatch(/旧问题 {2}\(deleted; removed by this prune\)/);
    expect(text(plan)).toMatch(/It removes 2 entries/);
  });

  it("a disable whose last synced version is not in Git is shown as impossible, with the way out", () => {
    const lock = lockOf(synced(kept), synced(gone));
    const plan = planSync([kept], lock, { api: "v2", prune: true, pruneMax: 0.5 });
    const befores = new Map([
      [identityKey(gone), { found: false as const, why: "the file was never committed" }],
    ]);
    expect(renderPlanText(plan, planAnswers(plan), { befores })).toMatch(
      /旧问题 {2}\(deleted; cannot be disabled: its last synced version is not in Git \(the file was never committed\)[^)]*--prune --replace-all\)/,
    );
    expect(text(plan)).toMatch(/旧问题 {2}\(deleted; disabled by this prune\)/);
  });
});
