/**
 * Plans and apply results with every kind of line the renderers print: each change's note
 * (create, update, enable, resend, threshold, renames, the five drift reasons), v1 and v2,
 * every prune, tasks left in flight, failures, publishes. Made by hand rather than by the
 * planner, so that no branch of a renderer is left out by accident; the tests render them for
 * people in Chinese and look for English left over.
 */
import type { EntryWithAnswer } from "../../src/content/types.js";
import { identityKey } from "../../src/platform/identity.js";
import type { ApplyFailure, ApplyResult, RemoveAction, WriteAction } from "../../src/sync/apply.js";
import type { Before } from "../../src/sync/before.js";
import type { LockEntry } from "../../src/sync/lockfile.js";
import type { Plan, PlanAction, PlanKind, PrunePlan, PruneRefusal } from "../../src/sync/plan.js";
import { entry } from "../sync/helpers.js";

const locked = (title: string, extra: Partial<LockEntry> = {}): LockEntry => ({
  skill: "账户",
  title,
  hash: `hash-${title}`,
  source: `账户/${title}.md`,
  status: "synced",
  ...extra,
});

const write = (title: string, extra: Partial<PlanAction> = {}): PlanAction => {
  const e = entry({ title });
  return { kind: "create", entry: e, hash: e.hash, ...extra } as PlanAction;
};

const update = (title: string, extra: Record<string, unknown> = {}): PlanAction => {
  const e = entry({ title });
  return { kind: "update", entry: e, hash: e.hash, previous: locked(title), ...extra };
};

/** Every write the renderers tell apart. */
export const WRITES: readonly WriteAction[] = [
  write("新问题") as WriteAction,
  update("改过的问题") as WriteAction,
  update("停用过的问题", {
    enable: true,
    previous: locked("停用过的问题", { status: "disabled", api: "v2" }),
  }) as WriteAction,
  update("重发的问题", { resend: true }) as WriteAction,
  update("阈值问题", { thresholdUnsent: true }) as WriteAction,
  {
    kind: "rename",
    entry: entry({ title: "新标题" }),
    hash: "h1",
    previous: locked("旧标题"),
    matchedBy: "source",
  },
  {
    kind: "rename",
    entry: entry({ title: "新标题二" }),
    hash: "h2",
    previous: locked("旧标题二"),
    matchedBy: "id",
    oldIntent: "旧标题二",
  },
  {
    kind: "rename",
    entry: entry({ title: "搬家的问题", skill: "转账" }),
    hash: "h3",
    previous: locked("搬家的问题"),
    matchedBy: "source",
  },
  // v1 over an entry v2 wrote with its own threshold: the write resets it.
  update("阈值被重置的问题", {
    thresholdReset: true,
    entry: entry({ title: "阈值被重置的问题", threshold: 0.7 }),
  }) as WriteAction,
  update("重发且阈值被重置的问题", {
    resend: true,
    thresholdReset: true,
    entry: entry({ title: "重发且阈值被重置的问题", threshold: 0.75 }),
  }) as WriteAction,
];

/** Every drift reason. */
export const DRIFT: readonly RemoveAction[] = [
  { kind: "remove", previous: locked("删掉的问题"), reason: "deleted" },
  { kind: "remove", previous: locked("草稿问题"), reason: "draft" },
  { kind: "remove", previous: locked("别的目标的问题"), reason: "excluded" },
  {
    kind: "remove",
    previous: locked("改名前"),
    reason: "renamed",
    to: { skill: "账户", title: "改名后" },
  },
  {
    kind: "remove",
    previous: locked("移走的问题"),
    reason: "moved",
    to: { skill: "转账", title: "移走的问题" },
  },
];

/** A plan holding `actions`, its counts made from them. */
export function planOf(
  actions: readonly PlanAction[],
  extra: Partial<Omit<Plan, "actions" | "counts">> = {},
): Plan {
  const counts: Record<PlanKind, number> = {
    create: 0,
    update: 0,
    rename: 0,
    remove: 0,
    unchanged: 0,
  };
  for (const a of actions) counts[a.kind]++;
  return {
    actions,
    counts,
    writes: counts.create + counts.update + counts.rename,
    stillOnPlatform: actions.flatMap((a) => (a.kind === "remove" ? [a.previous] : [])),
    unpublished: 0,
    api: "v1",
    pendingTasks: 0,
    firstSync: false,
    missing: [],
    prunedUnpublished: [],
    ...extra,
    // As many written-but-unpublished entries as `unpublished` counts (12: more than are listed).
    unpublishedEntries:
      extra.unpublishedEntries ??
      Array.from({ length: extra.unpublished ?? 0 }, (_, k) =>
        // The first a disable (v2): a publish takes it off the live bot.
        locked(`未发布的问题${k + 1}`, {
          unpublished: true,
          ...(k === 0 ? { status: "disabled" as const } : {}),
        }),
      ),
  };
}

const rich = entry({ title: "卡片问题", messages: ["第一条", "第二条"] });
const richUnchanged: PlanAction = {
  kind: "unchanged",
  entry: rich,
  hash: rich.hash,
  previous: locked("卡片问题"),
};
const richWrite: PlanAction = { kind: "create", entry: rich, hash: rich.hash };

const replace = (refusal?: PruneRefusal): PrunePlan => ({
  mode: "replace",
  removes: DRIFT.map((d) => d.previous),
  keeps: 8,
  share: 0.33,
  refusal,
});
const disable = (refusal?: PruneRefusal): PrunePlan => ({ ...replace(refusal), mode: "disable" });
const REFUSAL: PruneRefusal = {
  reason: "over-limit",
  mode: "replace",
  removes: 4,
  known: 12,
  share: 0.33,
  max: 0.25,
};

const ALL: readonly PlanAction[] = [...WRITES, ...DRIFT];

/** Plans that between them print every line of render/plan.ts. */
export const PLANS: readonly Plan[] = [
  planOf(ALL, {
    unpublished: 12,
    // A prune not yet published: its removals named (more than are listed).
    prunedUnpublished: Array.from({ length: 12 }, (_, k) => ({
      skill: "账户",
      title: `修剪掉的问题${k + 1}`,
      source: `账户/修剪${k + 1}.md`,
    })),
  }),
  planOf(ALL, { api: "v2", pendingTasks: 1 }),
  planOf([...WRITES, richWrite, richUnchanged], { api: "v2", pendingTasks: 2 }),
  planOf([richUnchanged], { api: "v2" }),
  planOf(ALL, { pendingTasks: 3 }),
  planOf([], { unpublished: 1 }),
  planOf([]),
  planOf(ALL, { prune: replace() }),
  planOf(ALL, { prune: replace(REFUSAL) }),
  planOf(ALL, { api: "v2", prune: replace() }),
  planOf(ALL, { api: "v2", prune: disable() }),
  planOf(ALL, { api: "v2", prune: disable({ ...REFUSAL, mode: "disable" }) }),
  planOf(ALL, { prune: replace({ reason: "empties-bot", mode: "replace" }) }),
  planOf(ALL, { api: "v2", prune: disable({ reason: "empties-bot", mode: "disable" }) }),
  planOf(WRITES, { prune: { mode: "replace", removes: [], keeps: 8, share: 0 } }),
];

/** What the platform holds for the plans' changes: some found, some not, one the same. */
export function befores(): Map<string, Before> {
  const map = new Map<string, Before>();
  for (const a of ALL) {
    if (a.kind === "create" || a.kind === "unchanged") continue;
    map.set(identityKey(a.previous), {
      found: false,
      why: "no committed version of content/账户/x.md compiles to what was synced (it may have been synced from uncommitted edits, or from history this clone does not have)",
    });
  }
  const changed = WRITES[1]!;
  if (changed.kind === "update") {
    map.set(identityKey(changed.previous), {
      found: true,
      entry: { ...changed.entry, messages: ["旧答案", "第二条"], questions: ["旧问法"] },
    });
  }
  const same = WRITES[3]!;
  if (same.kind === "update")
    map.set(identityKey(same.previous), { found: true, entry: same.entry as EntryWithAnswer });
  const gone = DRIFT[0]!;
  map.set(identityKey(gone.previous), { found: false, why: "not in a Git repository" });
  return map;
}

const base = (plan: Plan): ApplyResult => ({
  outcome: "done",
  plan,
  dryRun: false,
  written: plan.writes,
  writes: plan.actions.filter(
    (a): a is WriteAction => a.kind === "create" || a.kind === "update" || a.kind === "rename",
  ),
  failures: [],
  pruned: false,
  publish: { status: "not-asked" },
  drift: plan.actions.filter((a): a is RemoveAction => a.kind === "remove"),
  disabled: [],
  unpublished: 0,
  lockfileChanged: true,
  elapsedMs: 2345,
});

/** A platform error as apply reports it. */
const PLATFORM_FAILURE = 'setautoreply: the TOKEN is not valid: code 40001 ("invalid credential").';

/** Apply results that between them print every line of render/apply.ts. */
export function applyResults(): ApplyResult[] {
  const v1 = planOf(ALL, { unpublished: 1 });
  const v2 = planOf(ALL, { api: "v2" });
  const v2Disable = planOf(ALL, { api: "v2", prune: disable() });
  const v1Replace = planOf(ALL, { prune: replace() });
  const v2Replace = planOf(ALL, { api: "v2", prune: replace() });
  const failures: ApplyFailure[] = [
    { kind: "error", entry: WRITES[0]!.entry, message: PLATFORM_FAILURE },
    { kind: "error", entry: WRITES[1]!.entry, message: 'the import task failed: "busy".' },
    {
      kind: "error",
      entry: WRITES[2]!.entry,
      message: 'the platform did not import this intent (1 of 3 in its batch failed: "dup").',
    },
    { kind: "cannot-disable", entry: WRITES[3]!.entry, why: "not in a Git repository" },
  ];

  const publishError = Object.assign(new Error("publishing failed on the platform at 40%."), {
    hint: "open the bot's console to see why, fix it, then run `faqops publish` again.",
  });
  return [
    { ...base(v1), publish: { status: "done", entries: 9, disabled: 0, removed: 0 } },
    { ...base(v2Disable), publish: { status: "done", entries: 0, disabled: 2, removed: 0 } },
    { ...base(v2Disable), publish: { status: "done", entries: 3, disabled: 1, removed: 0 } },
    { ...base(v1Replace), publish: { status: "done", entries: 0, disabled: 0, removed: 7 } },
    // A prune not published: its removals are still live (and one published: they are not).
    { ...base(v1Replace), pruned: true, drift: [], unpublished: 3 },
    {
      ...base(v1Replace),
      pruned: true,
      drift: [],
      publish: { status: "done", entries: 3, disabled: 0, removed: 2 },
    },
    { ...base(v1), publish: { status: "done", entries: 2, disabled: 0, removed: 1 } },
    { ...base(v1), publish: { status: "done", entries: 0, disabled: 0, removed: 0 } },
    { ...base(v1), dryRun: true },
    { ...base(v2), dryRun: true },
    { ...base(v2Disable), dryRun: true },
    { ...base(v1Replace), dryRun: true, pruned: true },
    { ...base(v2Replace), dryRun: true, pruned: true },
    { ...base(v1Replace), pruned: true },
    { ...base(v2Replace), pruned: true },
    { ...base(v2Disable), disabled: [...DRIFT], drift: [] },
    { ...base(planOf(DRIFT, { api: "v2", prune: disable() })), disabled: [...DRIFT], drift: [] },
    {
      ...base(v2),
      resumed: { tasks: 2, confirmed: 5 },
      writtenAnew: [WRITES[5]!],
      pendingTasks: 1,
      outcome: "interrupted",
      written: 3,
    },
    { ...base(v2), resumed: { tasks: 1, confirmed: 1 }, pendingTasks: 3 },
    { ...base(v1), outcome: "partial", failures, written: 4 },
    // Only disables that cannot be sent: no retry helps until their cause is fixed.
    {
      ...base(v2Disable),
      outcome: "partial",
      failures: failures.filter((f) => f.kind === "cannot-disable"),
      written: 0,
    },
    { ...base(v1), outcome: "fatal", written: 0, fatal: new Error(PLATFORM_FAILURE) },
    { ...base(v1), outcome: "fatal", written: 2, fatal: new Error(PLATFORM_FAILURE) },
    { ...base(v1), publish: { status: "failed", error: publishError }, unpublished: 3 },
    { ...base(v1), publish: { status: "skipped" }, unpublished: 2, outcome: "interrupted" },
    { ...base(v1), unpublished: 1 },
    { ...base(planOf([])), outcome: "nothing-to-do", written: 0, lockfileChanged: false },
    { ...base(planOf(DRIFT)), outcome: "nothing-to-do", written: 0 },
    { ...base(planOf([richUnchanged])), written: 0 },
  ];
}
