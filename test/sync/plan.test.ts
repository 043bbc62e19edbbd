import { describe, expect, it } from "vitest";
import type { Lockfile } from "../../src/sync/lockfile.js";
import { type Plan, planHasChanges, planSync } from "../../src/sync/plan.js";
import { entry, lockOf, synced } from "./helpers.js";

/** The plan as `kind skill/title` lines, which is what a reader of plan output sees. */
function summary(plan: Plan): string[] {
  return plan.actions.map((a) =>
    a.kind === "remove"
      ? `remove ${a.previous.skill}/${a.previous.title} (${a.reason}${a.to ? ` ${a.to.skill}/${a.to.title}` : ""})`
      : a.kind === "rename"
        ? `rename ${a.previous.skill}/${a.previous.title} -> ${a.entry.skill}/${a.entry.title} (${a.matchedBy})`
        : `${a.kind} ${a.entry.skill}/${a.entry.title}`,
  );
}

describe("planSync", () => {
  it("creates everything on a first sync, sorted by skill then title", () => {
    const plan = planSync(
      [entry({ title: "b" }), entry({ title: "a", skill: "转账" }), entry({ title: "a" })],
      lockOf(),
    );
    expect(summary(plan)).toEqual(["create 账户/a", "create 账户/b", "create 转账/a"]);
    expect(plan.writes).toBe(3);
    expect(plan.counts).toEqual({ create: 3, update: 0, unchanged: 0, rename: 0, remove: 0 });
  });

  it("sees unchanged and updated entries by hash, whatever file they sit in now", () => {
    const a = entry({ title: "a" });
    const b = entry({ title: "b" });
    const moved = entry({ ...a, source: "elsewhere/a.md" });
    const edited = entry({ ...b, content: "新的答案" });
    const plan = planSync([moved, edited], lockOf(synced(a), synced(b)));
    expect(summary(plan)).toEqual(["unchanged 账户/a", "update 账户/b"]);
    expect(plan.writes).toBe(1);
  });

  it("sees a rename by id, or else by file, and keeps the old identity as still on the platform", () => {
    const byId = entry({ title: "old-id", id: "acct-1", source: "账户/x.md" });
    const byFile = entry({ title: "old-file", source: "账户/y.md" });
    const plan = planSync(
      [
        entry({ ...byId, title: "new-id", source: "moved/x.md" }),
        entry({ ...byFile, skill: "转账", title: "new-file" }),
      ],
      lockOf(synced(byId), synced(byFile)),
    );
    expect(summary(plan)).toEqual([
      "rename 账户/old-id -> 账户/new-id (id)",
      "remove 账户/old-file (moved 转账/new-file)",
      "remove 账户/old-id (renamed 账户/new-id)",
      "rename 账户/old-file -> 转账/new-file (source)",
    ]);
    expect(plan.stillOnPlatform.map((e) => e.title)).toEqual(["old-file", "old-id"]);
    expect(plan.writes).toBe(2);
  });

  it("does not call it a rename when the old identity is still in the content", () => {
    const a = entry({ title: "a", source: "账户/a.md" });
    const plan = planSync(
      [a, entry({ ...a, title: "copy", source: "账户/a.md" })],
      lockOf(synced(a)),
    );
    expect(summary(plan)).toEqual(["unchanged 账户/a", "create 账户/copy"]);
  });

  it("lists drift with the reason: deleted, drafted, renamed or moved, in this run or an earlier one", () => {
    const gone = entry({ title: "gone" });
    const drafted = entry({ title: "drafted" });
    const goneEarlier = entry({ title: "gone earlier" });
    const renamedEarlier = entry({ title: "old name", source: "账户/r.md" });
    const movedEarlier = entry({ title: "old place", id: "m1", source: "账户/m.md" });
    const draftedByFile = entry({ title: "draft by file", source: "账户/d.md" });
    const plan = planSync(
      [
        entry({ ...drafted, draft: true }),
        // Renamed and moved by an earlier run: the lockfile has both identities.
        entry({ title: "new name", source: "账户/r.md" }),
        entry({ title: "new place", skill: "转账", id: "m1", source: "转账/m.md" }),
        entry({ title: "draft, retitled", source: "账户/d.md", draft: true }),
      ],
      lockOf(
        synced(gone),
        synced(drafted),
        synced(goneEarlier, "removed"),
        synced(renamedEarlier, "removed"),
        synced(entry({ title: "new name", source: "账户/r.md" })),
        synced(movedEarlier, "removed"),
        synced(entry({ title: "new place", skill: "转账", id: "m1", source: "转账/m.md" })),
        synced(draftedByFile),
      ),
    );
    expect(summary(plan).filter((line) => line.startsWith("remove"))).toEqual([
      "remove 账户/draft by file (draft)",
      "remove 账户/drafted (draft)",
      "remove 账户/gone (deleted)",
      "remove 账户/gone earlier (deleted)",
      "remove 账户/old name (renamed 账户/new name)",
      "remove 账户/old place (moved 转账/new place)",
    ]);
    expect(plan.writes).toBe(0);
    expect(plan.stillOnPlatform).toHaveLength(6);
    expect(planHasChanges(plan)).toBe(true);
  });

  it("says an entry the target no longer takes is excluded, matched by identity, file or id", () => {
    const keptOff = entry({ title: "kept off" });
    const retitled = entry({ title: "old title", source: "账户/t.md" });
    const moved = entry({ title: "moved", id: "x1", source: "账户/x.md" });
    const gone = entry({ title: "gone" });
    const kept = entry({ title: "kept" });
    const lock = lockOf(
      synced(keptOff),
      synced(retitled),
      synced(moved),
      synced(gone),
      synced(kept),
    );
    const notTaken = [
      keptOff,
      // Retitled and no longer taken: still its file.
      entry({ title: "new title", source: "账户/t.md" }),
      // Moved to another folder and skill, and no longer taken: still its id.
      entry({ title: "moved", skill: "内部", id: "x1", source: "内部/x.md" }),
    ];
    const plan = planSync([kept], lock, {}, notTaken);
    expect(summary(plan)).toEqual([
      "remove 账户/gone (deleted)",
      "unchanged 账户/kept",
      "remove 账户/kept off (excluded)",
      "remove 账户/moved (excluded)",
      "remove 账户/old title (excluded)",
    ]);
    expect(plan.stillOnPlatform).toHaveLength(4);
    // Without them, the same lock entries read as deleted.
    expect(summary(planSync([kept], lock)).filter((l) => l.includes("excluded"))).toEqual([]);
  });

  it("names what a prune not yet published removed, unless it was written again since", () => {
    const back = entry({ title: "back" });
    const lock: Lockfile = {
      ...lockOf({ ...synced(back), unpublished: true }),
      pruned: {
        at: "2026-11-28T00:00:00.000Z",
        removed: 2,
        kept: 1,
        unpublished: [
          { skill: "账户", title: "gone", source: "账户/gone.md" },
          { skill: "账户", title: "back", source: "账户/back.md" },
        ],
      },
    };
    const plan = planSync([back], lock);
    expect(plan.prunedUnpublished).toEqual([
      { skill: "账户", title: "gone", source: "账户/gone.md" },
    ]);
    expect(planHasChanges(plan)).toBe(true);
  });

  it("counts written entries not yet published as a pending change", () => {
    const a = entry({ title: "a" });
    const published = planSync([a], lockOf(synced(a)));
    expect(planHasChanges(published)).toBe(false);
    const owed = planSync([a], lockOf({ ...synced(a), unpublished: true }));
    expect(owed.unpublished).toBe(1);
    expect(owed.writes).toBe(0);
    expect(planHasChanges(owed)).toBe(true);
  });

  it("rewrites every entry with --resend-all, marked as a resend", () => {
    const a = entry({ title: "a" });
    const b = entry({ title: "b" });
    const plan = planSync([a, b], lockOf(synced(a), synced(b)), { resendAll: true });
    expect(summary(plan)).toEqual(["update 账户/a", "update 账户/b"]);
    expect(plan.actions.every((x) => x.kind === "update" && x.resend === true)).toBe(true);
    expect(plan.writes).toBe(2);
  });

  it("brings back a removed entry without a request when its answer is the same", () => {
    const a = entry({ title: "a" });
    expect(summary(planSync([a], lockOf(synced(a, "removed"))))).toEqual(["unchanged 账户/a"]);
  });

  it("plans a prune and refuses it above --prune-max unless forced", () => {
    const keep = [entry({ title: "k1" }), entry({ title: "k2" })];
    const gone = [entry({ title: "g1" }), entry({ title: "g2" })];
    const lock = lockOf(...[...keep, ...gone].map((e) => synced(e)));
    const refused = planSync(keep, lock, { prune: true, pruneMax: 0.25 });
    expect(refused.prune?.removes.map((e) => e.title)).toEqual(["g1", "g2"]);
    expect(refused.prune?.share).toBe(0.5);
    expect(refused.prune?.refusal).toEqual({
      reason: "over-limit",
      mode: "replace",
      removes: 2,
      known: 4,
      share: 0.5,
      max: 0.25,
    });
    expect(planSync(keep, lock, { prune: true, pruneMax: 0.5 }).prune?.refusal).toBeUndefined();
    expect(planSync(keep, lock, { prune: true, force: true }).prune?.refusal).toBeUndefined();
    expect(planSync([], lock, { prune: true, force: true }).prune?.refusal).toEqual({
      reason: "empties-bot",
      mode: "replace",
    });
  });

  it("is deterministic: the same inputs in any order give the same plan", () => {
    const entries = Array.from({ length: 30 }, (_, i) =>
      entry({ title: `t${i % 7}-${i}`, skill: `s${i % 3}` }),
    );
    const lock = lockOf(...entries.slice(0, 10).map((e) => synced(e)));
    const a = planSync(entries, lock);
    const b = planSync([...entries].reverse(), lockOf(...[...lock.entries].reverse()));
    expect(summary(b)).toEqual(summary(a));
  });
});
