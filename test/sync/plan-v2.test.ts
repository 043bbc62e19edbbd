import { describe, expect, it } from "vitest";
import { entryHash } from "../../src/content/entry-hash.js";
import { actionWord, planJson, planSummary, renderPlanText } from "../../src/render/plan.js";
import { LOCKFILE_VERSION, type LockEntry, type Lockfile } from "../../src/sync/lockfile.js";
import { type Plan, planHasChanges, planSync } from "../../src/sync/plan.js";
import { entry } from "./helpers.js";

function lockOf(...entries: LockEntry[]): Lockfile {
  return { version: LOCKFILE_VERSION, entries };
}

function synced(e: ReturnType<typeof entry>, status: LockEntry["status"] = "synced"): LockEntry {
  return { skill: e.skill, title: e.title, hash: entryHash(e), source: e.source, id: e.id, status };
}

/** Each action as the word plan prints for it, with its identity. */
function words(plan: Plan): string[] {
  return plan.actions.map((a) => {
    const who = a.kind === "remove" ? a.previous : a.entry;
    const extra =
      a.kind === "rename" && a.oldIntent !== undefined ? ` (old_intent ${a.oldIntent})` : "";
    return `${actionWord(a, plan)} ${who.skill}/${who.title}${extra}`;
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
    expect(refused.prune?.refusal).toMatch(/more than --prune-max 25%/);
    // A refused prune disables nothing: the drift keeps its own word.
    expect(words(refused)).toEqual(["remove 账户/旧问题", "unchanged 账户/营业时间"]);
    const plan = planSync([kept], lock, { api: "v2", prune: true, pruneMax: 0.5 });
    expect(words(plan)).toEqual(["disable 账户/旧问题", "unchanged 账户/营业时间"]);
    expect(planSummary(plan)).toContain("1 to disable");
    expect(renderPlanText(plan)).toMatch(/will be DISABLED \(disable: true\)/);
    expect(renderPlanText(plan)).not.toMatch(/REPLACED/);
    const json = planJson(plan) as {
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
    expect(replace.prune?.mode).toBe("replace");
    expect(renderPlanText(replace)).toMatch(/REPLACED \(import mode 1\)/);
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
    expect(planSummary(back)).toContain("1 to enable");
    expect(renderPlanText(back)).toMatch(/旧问题 {2}\(disabled on the bot: enable\)/);
  });

  it("pending import tasks are a change the plan reports", () => {
    const lock: Lockfile = {
      ...lockOf(synced(kept)),
      tasks: [{ id: "t1", submitted: "2026-11-27T00:00:00.000Z", mode: 0, items: [] }],
    };
    const plan = planSync([kept], lock, { api: "v2" });
    expect(plan.pendingTasks).toBe(1);
    expect(planHasChanges(plan)).toBe(true);
    expect(renderPlanText(plan)).toMatch(
      /1 import task sent by an interrupted run is not yet settled/,
    );
  });
});
