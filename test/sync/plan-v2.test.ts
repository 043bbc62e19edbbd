import { describe, expect, it } from "vitest";
import type { Lockfile } from "../../src/sync/lockfile.js";
import { actionEffect, type Plan, planHasChanges, planSync } from "../../src/sync/plan.js";
import { entry, lockOf, synced } from "./helpers.js";

/** Each action as what it does on the bot (the word plan prints for it), with its identity. */
function words(plan: Plan): string[] {
  return plan.actions.map((a) => {
    const who = a.kind === "remove" ? a.previous : a.entry;
    const extra =
      a.kind === "rename" && a.oldIntent !== undefined ? ` (old_intent ${a.oldIntent})` : "";
    return `${actionEffect(a, plan)} ${who.skill}/${who.title}${extra}`;
  });
}

describe("planSync for the v2 API", () => {
  const kept = entry({ title: "营业时间" });
  const old = entry({ title: "几点开门", source: "账户/营业时间.md" });
  const renamed = entry({ title: "营业时间？", source: "账户/营业时间.md" });

  it("renames in place within a skill (old_intent), leaving no drift; v1 leaves the old title as drift", () => {
    const lock = lockOf(synced(old));
    const v2 = planSync([renamed], lock, { api: "v2" });
    expect(words(v2)).toEqual(["rename 账户/营业时间？ (old_intent 几点开门)"]);
    expect(v2.stillOnPlatform).toEqual([]);
    const v1 = planSync([renamed], lock, { api: "v1" });
    expect(words(v1)).toEqual(["remove 账户/几点开门", "rename 账户/营业时间？"]);
    expect(v1.stillOnPlatform.map((e) => e.title)).toEqual(["几点开门"]);
  });

  it("a move to another skill is a write there and drift here, on v2 too (old_intent stays within a skill)", () => {
    const moved = entry({ title: "几点开门", skill: "售前", source: "账户/营业时间.md" });
    const plan = planSync([moved], lockOf(synced(old)), { api: "v2" });
    expect(words(plan)).toEqual(["rename 售前/几点开门", "remove 账户/几点开门"]);
    expect(plan.actions.find((a) => a.kind === "remove")).toMatchObject({ reason: "moved" });
  });

  it("a prune disables drift (guarded by --prune-max), and --replace-all replaces the bot", () => {
    const gone = entry({ title: "旧问题" });
    const lock = lockOf(synced(kept), synced(gone));
    const refused = planSync([kept], lock, { api: "v2", prune: true, pruneMax: 0.25 });
    expect(refused.prune).toMatchObject({ mode: "disable", share: 0.5 });
    expect(refused.prune?.refusal).toEqual({
      reason: "over-limit",
      mode: "disable",
      removes: 1,
      known: 2,
      share: 0.5,
      max: 0.25,
    });
    // A refused prune disables nothing: the drift keeps its own word.
    expect(words(refused)).toEqual(["remove 账户/旧问题", "unchanged 账户/营业时间"]);
    const plan = planSync([kept], lock, { api: "v2", prune: true, pruneMax: 0.5 });
    expect(words(plan)).toEqual(["disable 账户/旧问题", "unchanged 账户/营业时间"]);
    const replace = planSync([kept], lock, {
      api: "v2",
      prune: true,
      pruneMax: 0.5,
      replaceAll: true,
    });
    expect(replace.prune?.mode).toBe("replace");
    // v1's prune is always a replace.
    expect(planSync([kept], lock, { prune: true, pruneMax: 0.5 }).prune?.mode).toBe("replace");
  });

  it("a disabled entry is not drift; coming back it is enabled, even with the same answer", () => {
    const gone = entry({ title: "旧问题" });
    const lock = lockOf(synced(kept), { ...synced(gone), status: "disabled", api: "v2" });
    const quiet = planSync([kept], lock, { api: "v2" });
    expect(words(quiet)).toEqual(["unchanged 账户/营业时间"]);
    expect(planHasChanges(quiet)).toBe(false);
    // Disabled entries do not count towards the share a prune may remove.
    const back = planSync([kept, gone], lock, { api: "v2" });
    expect(words(back)).toHaveLength(2);
    expect(words(back)).toEqual(
      expect.arrayContaining(["unchanged 账户/营业时间", "enable 账户/旧问题"]),
    );
  });

  it("pending import tasks are a change the plan reports", () => {
    const lock: Lockfile = {
      ...lockOf(synced(kept)),
      tasks: [{ id: "t1", submitted: "2026-11-27T00:00:00.000Z", mode: 0, items: [] }],
    };
    const plan = planSync([kept], lock, { api: "v2" });
    expect(plan.pendingTasks).toBe(1);
    expect(planHasChanges(plan)).toBe(true);
  });

  it("on v2 resends an entry v1 wrote with a threshold it never sent", () => {
    const withThreshold = entry({ title: "营业时间", threshold: 0.85 });
    // Written by v1 (no `api`): the hash matches, but the bot never got the threshold.
    const lock = lockOf(synced(withThreshold));
    expect(words(planSync([withThreshold], lock, { api: "v1" }))).toEqual([
      "unchanged 账户/营业时间",
    ]);
    const v2 = planSync([withThreshold], lock, { api: "v2" });
    expect(v2.actions[0]).toMatchObject({ kind: "update", thresholdUnsent: true });
    // Once v2 wrote it, it is unchanged.
    const byV2 = lockOf({ ...synced(withThreshold), api: "v2" });
    expect(words(planSync([withThreshold], byV2, { api: "v2" }))).toEqual([
      "unchanged 账户/营业时间",
    ]);
  });

  it("a moved file stays 'moved' after the move was applied (v1 and v2)", () => {
    const before = entry({ title: "银行卡丢了怎么办？", source: "账户/挂失.md" });
    const after = entry({ title: "银行卡丢了怎么办？", skill: "信用卡", source: "信用卡/挂失.md" });
    const lock = lockOf({ ...synced(before), status: "removed" }, synced(after));
    for (const api of ["v1", "v2"] as const) {
      const plan = planSync([after], lock, { api });
      expect(plan.actions.find((a) => a.kind === "remove")).toMatchObject({
        reason: "moved",
        to: { skill: "信用卡", title: "银行卡丢了怎么办？" },
      });
    }
  });

  it("--replace-all also removes disabled entries", () => {
    const gone = entry({ title: "旧问题" });
    const off = entry({ title: "关掉的" });
    const lock = lockOf(synced(kept), synced(gone), {
      ...synced(off),
      status: "disabled",
      api: "v2",
    });
    const plan = planSync([kept], lock, { api: "v2", prune: true, replaceAll: true, pruneMax: 1 });
    expect(plan.prune?.removes.map((e) => e.title).sort()).toEqual(["关掉的", "旧问题"]);
    expect(plan.prune?.share).toBeCloseTo(2 / 3);
  });
});
