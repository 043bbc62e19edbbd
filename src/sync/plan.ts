/**
 * The planner: compiled entries against the lockfile give what a sync would do. Pure: data in,
 * data out, no disk, no network, deterministic order — so `plan` never needs credentials.
 */
import { DEFAULT_THRESHOLD } from "../content/threshold.js";
import type { CompiledEntry } from "../content/types.js";
import { DEFAULT_PRUNE_MAX } from "../options/sync.js";
import { identityKey } from "../platform/identity.js";
import {
  compareIdentity,
  type LockEntry,
  type Lockfile,
  owesLiveChange,
  type PrunedEntry,
} from "./lockfile.js";

/**
 * Why an entry faqops wrote to the platform is not wanted there any more: drift, which only a
 * prune removes on the v1 API (it has no call that deletes one entry).
 */
export type DriftReason =
  /** Its file is gone, and no entry in the content took its place. */
  | "deleted"
  /** Its file (or an entry with its skill and title) is now `draft: true`. */
  | "draft"
  /**
   * Its file is still in the content, but this target no longer takes it: the entry's front
   * matter `targets`, or the target's `skills` or `paths` (faqops.config.yaml) leave it out.
   */
  | "excluded"
  /** Its entry now has another title in the same skill (`to`). */
  | "renamed"
  /** Its entry now sits in another skill (`to`). */
  | "moved";

/** An entry's identity on the platform: the platform knows an entry by its skill and title. */
export interface Identity {
  readonly skill: string;
  readonly title: string;
}

/** One line of the plan. */
export type PlanAction =
  | { readonly kind: "create"; readonly entry: CompiledEntry; readonly hash: string }
  | {
      readonly kind: "update";
      readonly entry: CompiledEntry;
      readonly hash: string;
      readonly previous: LockEntry;
      /** Sent only because of `--resend-all`: the lockfile says the platform has this hash. */
      readonly resend?: true | undefined;
      /**
       * The entry is disabled on the platform (v2) and comes back: the write switches it on. On
       * v2 also an entry v1 wrote over a disabled one (LockEntry.mayBeDisabled).
       */
      readonly enable?: true | undefined;
      /**
       * v2: unchanged, but written last through v1, which has no threshold field: the bot does
       * not have the entry's `threshold` yet.
       */
      readonly thresholdUnsent?: true | undefined;
      /**
       * v1, over an entry v2 wrote last, with a threshold of its own: v1 cannot send it, so the
       * write puts the entry back at the platform's default threshold.
       */
      readonly thresholdReset?: true | undefined;
    }
  | {
      readonly kind: "unchanged";
      readonly entry: CompiledEntry;
      readonly hash: string;
      readonly previous: LockEntry;
    }
  | {
      /** Written under its new identity; the old one is drift (a `remove`) until a prune. */
      readonly kind: "rename";
      readonly entry: CompiledEntry;
      readonly hash: string;
      readonly previous: LockEntry;
      readonly matchedBy: "id" | "source";
      /**
       * v2 only, a new title in the same skill: the intent is renamed in place (`old_intent`
       * is this, the previous title), so no old identity is left behind as drift.
       */
      readonly oldIntent?: string | undefined;
    }
  | {
      /** On the platform, not in the content: reported as drift; only `--prune` removes it. */
      readonly kind: "remove";
      readonly previous: LockEntry;
      readonly reason: DriftReason;
      /** The identity it was renamed or moved to. */
      readonly to?: Identity | undefined;
    };

export type PlanKind = PlanAction["kind"];

/**
 * What `--prune` would do: on v1, and on v2 with `--replace-all`, replace the whole bot with
 * exactly the current entries (`replace`); on v2 otherwise, switch off each drift entry
 * (`disable: true`), which is reversible and touches nothing faqops does not know.
 */
export interface PrunePlan {
  readonly mode: "replace" | "disable";
  /** Entries the replace removes from the platform (known to the lockfile). */
  readonly removes: readonly LockEntry[];
  /** Entries the replace writes: every current, non-draft entry. */
  readonly keeps: number;
  /** removes / everything the lockfile knows on the platform. */
  readonly share: number;
  /** Why the prune may not run (`undefined` when it may); the shells word it (render/plan.ts). */
  readonly refusal?: PruneRefusal | undefined;
}

/**
 * Why a prune may not run: it would leave the bot empty, or it would remove a larger share of
 * what faqops knows on the platform than `max` allows (and `force` was not given).
 */
export type PruneRefusal =
  | { readonly reason: "empties-bot"; readonly mode: "replace" | "disable" }
  | {
      readonly reason: "over-limit";
      /** What the prune does to them: delete (a replace), or switch off (v2's disable). */
      readonly mode: "replace" | "disable";
      /** Entries the prune would remove. */
      readonly removes: number;
      /** Entries faqops knows on the platform (the share's denominator). */
      readonly known: number;
      /** removes / known. */
      readonly share: number;
      /** The largest share allowed without `force` (0..1). */
      readonly max: number;
    };

/**
 * True when applying the plan (and publishing) would change what the platform holds or what the
 * live bot answers: writes, drift, a prune, or writes not yet published. What `plan
 * --exit-code` reports as 2; never "up to date" while it is true.
 */
export function planHasChanges(plan: Plan): boolean {
  return (
    plan.writes > 0 ||
    plan.stillOnPlatform.length > 0 ||
    plan.unpublished > 0 ||
    plan.prunedUnpublished.length > 0 ||
    plan.pendingTasks > 0 ||
    (plan.prune !== undefined && plan.prune.removes.length > 0)
  );
}

/**
 * What an action does on the bot, as the plan's API and prune decide it, and the word plan,
 * apply and the action print for it (`plan --json`'s `action`): `create`, `update`, `rename`,
 * `remove` (drift left on the bot), and on v2 `enable` (a disabled entry switched on again;
 * v1's write over one is an `update`) and `disable` (drift switched off by a prune). Pure.
 */
export function actionEffect(
  action: PlanAction,
  plan: Pick<Plan, "prune" | "api">,
): PlanAction["kind"] | "enable" | "disable" {
  // Only v2 is known to switch a disabled entry on: through v1 it is an update.
  if (action.kind === "update" && action.enable) return plan.api === "v2" ? "enable" : "update";
  if (action.kind === "remove" && plan.prune?.mode === "disable" && !plan.prune.refusal)
    return "disable";
  return action.kind;
}

/** A whole plan. */
export interface Plan {
  /** Every action, sorted by skill, then title, then kind. */
  readonly actions: readonly PlanAction[];
  readonly counts: Readonly<Record<PlanKind, number>>;
  /** Entries that would be written (create + update + rename). */
  readonly writes: number;
  /**
   * Drift: identities on the platform (as far as the lockfile knows, or after apply writes the
   * renames) that the content does not want there. Sorted by skill, then title.
   */
  readonly stillOnPlatform: readonly LockEntry[];
  /** Entries written to the platform but not published since: the live bot does not answer with them. */
  readonly unpublished: number;
  /** Those entries, as the lockfile knows them, sorted by skill, then title. */
  readonly unpublishedEntries: readonly LockEntry[];
  /**
   * Entries the last prune removed from the bot, while it is not published: the live bot still
   * answers with those it had at the last publish. Sorted by skill, then title.
   */
  readonly prunedUnpublished: readonly PrunedEntry[];
  /**
   * Entries the content keeps that a replace cut short deleted from the bot (the lockfile's
   * `pruned.missing`), not yet written back: apply writes them; publish refuses until then.
   */
  readonly missing: readonly PrunedEntry[];
  /** Present when a prune was asked for. */
  readonly prune?: PrunePlan | undefined;
  /** The API the plan is for: what it can do differs (renames in place, disables). */
  readonly api: PlanApi;
  /** v2 import tasks an interrupted run left in flight: apply settles them before anything. */
  readonly pendingTasks: number;
  /**
   * The lockfile knew no entry and no prune (a first sync): faqops cannot tell which entries
   * the live bot already answers with, so it takes none as new to it (LockEntry.unpublished).
   */
  readonly firstSync: boolean;
}

/** The platform API a plan is for. */
export type PlanApi = "v1" | "v2";

export interface PlanOptions {
  /** Plan a prune (`--prune`). */
  readonly prune?: boolean;
  /** The largest share of the bot a prune may remove without `force` (0..1). */
  readonly pruneMax?: number;
  readonly force?: boolean;
  /** Rewrite every entry, whatever the lockfile's hashes say (`--resend-all`). */
  readonly resendAll?: boolean;
  /** The API to plan for (default v1). */
  readonly api?: PlanApi;
  /** v2: a prune replaces the whole bot (import mode 1) instead of disabling drift. */
  readonly replaceAll?: boolean;
}

const KIND_ORDER: Record<PlanKind, number> = {
  remove: 0,
  rename: 1,
  create: 2,
  update: 3,
  unchanged: 4,
};

/**
 * Plans a sync of `entries` (drafts included: they are not synced) against `lock`, for the v1
 * API or the v2 one (`options.api`). They differ in two places: v2 renames an entry in place
 * when its skill stays the same (`oldIntent`), and a v2 prune disables drift rather than
 * replacing the bot. A disabled entry (v2) is never drift, and coming back it is an update
 * that switches it on (`enable`). `notTaken` are the content's entries this target does not
 * take (targets.ts, entriesFor): never written, they only say why drift they left is there.
 */
export function planSync(
  entries: readonly CompiledEntry[],
  lock: Lockfile,
  options: PlanOptions = {},
  notTaken: readonly CompiledEntry[] = [],
): Plan {
  // Each identity key is made once and reused: a key is a new string, hashed again at every
  // lookup until it is reused (at 10k entries, most of the planner's time).
  const lockKeys = lock.entries.map(identityKey);
  const lockByIdentity = new Map(lock.entries.map((e, i) => [lockKeys[i]!, e]));
  // The maps below serve only entries that changed identity or lock entries left unclaimed:
  // made when first needed (a run where nothing moved, the common one, never makes them).
  const lockIndex = once(() => {
    const byId = new Map<string, LockEntry>();
    const bySource = new Map<string, LockEntry>();
    for (const e of lock.entries) {
      if (e.id !== undefined) byId.set(e.id, e);
      // Several lock entries can name one source (an old rename); the synced one wins.
      const other = bySource.get(e.source);
      if (!other || (other.status === "removed" && e.status === "synced"))
        bySource.set(e.source, e);
    }
    return { byId, bySource };
  });
  const live = entries.filter((e) => !e.draft);
  const liveKeys = live.map(identityKey);
  const liveIdentities = new Set(liveKeys);
  const claimed = new Set<string>();
  const actions: PlanAction[] = [];

  const v2 = options.api === "v2";
  // Pass 1: identity matches (same skill and title) are updates or unchanged.
  const unmatched: CompiledEntry[] = [];
  for (let index = 0; index < live.length; index++) {
    const entry = live[index]!;
    const { hash } = entry;
    const key = liveKeys[index]!;
    const previous = lockByIdentity.get(key);
    if (!previous) {
      unmatched.push(entry);
      continue;
    }
    claimed.add(key);
    // A lock entry marked removed but never pruned still holds its answer on the platform, so
    // an entry that comes back with the same answer needs no request either. A disabled one
    // (v2) needs a write to be switched on again, whatever its hash.
    const reset =
      options.api !== "v2" &&
      previous.api === "v2" &&
      entry.threshold !== undefined &&
      entry.threshold !== DEFAULT_THRESHOLD
        ? { thresholdReset: true as const }
        : {};
    // v1 may not have switched on an entry it wrote over a disabled one: v2 does so explicitly.
    const disabled = previous.status === "disabled" || (v2 && previous.mayBeDisabled === true);
    actions.push(
      disabled
        ? { kind: "update", entry, hash, previous, enable: true }
        : previous.hash !== hash
          ? { kind: "update", entry, hash, previous, ...reset }
          : options.resendAll
            ? { kind: "update", entry, hash, previous, resend: true, ...reset }
            : options.api === "v2" && previous.api !== "v2" && entry.threshold !== undefined
              ? { kind: "update", entry, hash, previous, thresholdUnsent: true }
              : { kind: "unchanged", entry, hash, previous },
    );
  }

  // Pass 2: a new identity whose `id`, or else whose file, matches a lock entry no content entry
  // claims any more is a rename. `id` is tried first: it survives file moves. The old identity
  // stays on the platform: pass 3 lists it as drift, renamed to the new one.
  const renamedTo = new Map<string, CompiledEntry>();
  /** Old identities v2 renames in place: not drift, the rename's own write replaces them. */
  const renamedInPlace = new Set<string>();
  const renameCandidate = (previous: LockEntry | undefined): LockEntry | undefined => {
    if (previous?.status !== "synced") return undefined;
    const key = identityKey(previous);
    return claimed.has(key) || renamedTo.has(key) || liveIdentities.has(key) ? undefined : previous;
  };
  for (const entry of unmatched) {
    const { hash } = entry;
    const byId =
      entry.id === undefined ? undefined : renameCandidate(lockIndex().byId.get(entry.id));
    const bySource = byId ? undefined : renameCandidate(lockIndex().bySource.get(entry.source));
    const previous = byId ?? bySource;
    if (previous) {
      renamedTo.set(identityKey(previous), entry);
      const inPlace = v2 && previous.skill === entry.skill;
      if (inPlace) renamedInPlace.add(identityKey(previous));
      actions.push({
        kind: "rename",
        entry,
        hash,
        previous,
        matchedBy: byId ? "id" : "source",
        ...(inPlace ? { oldIntent: previous.title } : {}),
      });
    } else {
      actions.push({ kind: "create", entry, hash });
    }
  }

  // Pass 3: every lock entry no content entry claims is drift, with the reason a reader needs.
  // An old identity left by an earlier run's rename still finds its entry by id or file; a file
  // moved to another skill's folder without an id is found by its title, when only one new
  // entry has it (for the reason shown only: the write is a create either way).
  const liveIndex = once(() => {
    const byId = new Map<string, CompiledEntry>();
    const bySource = new Map<string, CompiledEntry>();
    const createdByTitle = new Map<string, CompiledEntry | null>();
    for (const e of live) {
      if (e.id !== undefined) byId.set(e.id, e);
      bySource.set(e.source, e);
    }
    // After the move was applied the new entry is no longer a create: a file of the same name
    // and title in another skill's folder still says where it went (for the reason shown only).
    const byTitle = new Map<string, CompiledEntry[]>();
    for (const e of live) {
      const same = byTitle.get(e.title);
      if (same) same.push(e);
      else byTitle.set(e.title, [e]);
    }
    for (const a of actions) {
      if (a.kind !== "create") continue;
      createdByTitle.set(a.entry.title, createdByTitle.has(a.entry.title) ? null : a.entry);
    }
    return { byId, bySource, byTitle, createdByTitle };
  });
  const draftIndex = once(() => {
    const drafts = entries.filter((e) => e.draft);
    return {
      identities: new Set(drafts.map(identityKey)),
      sources: new Set(drafts.map((e) => e.source)),
      ids: new Set(drafts.flatMap((e) => (e.id === undefined ? [] : [e.id]))),
    };
  });
  const notTakenIndex = once(() => ({
    identities: new Set(notTaken.map(identityKey)),
    sources: new Set(notTaken.map((e) => e.source)),
    ids: new Set(notTaken.flatMap((e) => (e.id === undefined ? [] : [e.id]))),
  }));
  // Pass 3 adds removes only: the creates liveIndex reads are all in `actions` by now.
  for (let index = 0; index < lock.entries.length; index++) {
    const previous = lock.entries[index]!;
    const key = lockKeys[index]!;
    // A disabled entry is already off the live bot: what the content wants of it.
    if (claimed.has(key) || renamedInPlace.has(key) || previous.status === "disabled") continue;
    const now = liveIndex();
    const to =
      renamedTo.get(key) ??
      (previous.id === undefined ? undefined : now.byId.get(previous.id)) ??
      now.bySource.get(previous.source) ??
      movedTo(now.createdByTitle.get(previous.title), previous) ??
      movedFile(now.byTitle.get(previous.title), previous);
    if (to) {
      const reason = to.skill === previous.skill ? "renamed" : "moved";
      actions.push({ kind: "remove", previous, reason, to: { skill: to.skill, title: to.title } });
      continue;
    }
    const drafts = draftIndex();
    const drafted =
      drafts.identities.has(key) ||
      drafts.sources.has(previous.source) ||
      (previous.id !== undefined && drafts.ids.has(previous.id));
    if (drafted) {
      actions.push({ kind: "remove", previous, reason: "draft" });
      continue;
    }
    const others = notTaken.length > 0 ? notTakenIndex() : undefined;
    const excluded =
      others !== undefined &&
      (others.identities.has(key) ||
        others.sources.has(previous.source) ||
        (previous.id !== undefined && others.ids.has(previous.id)));
    actions.push({ kind: "remove", previous, reason: excluded ? "excluded" : "deleted" });
  }

  actions.sort(
    (a, b) =>
      compareIdentity(identityOf(a), identityOf(b)) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  const counts: Record<PlanKind, number> = {
    create: 0,
    update: 0,
    unchanged: 0,
    rename: 0,
    remove: 0,
  };
  for (const action of actions) counts[action.kind]++;
  // Actions are sorted by identity, so the removes' identities are too.
  const stillOnPlatform = actions.flatMap((a) => (a.kind === "remove" ? [a.previous] : []));
  const unpublishedEntries = lock.entries.filter(owesLiveChange).sort(compareIdentity);
  const plan: Plan = {
    actions,
    counts,
    writes: counts.create + counts.update + counts.rename,
    stillOnPlatform,
    unpublished: unpublishedEntries.length,
    unpublishedEntries,
    // One written again since (the content brought it back) is the bot's again: not removed.
    prunedUnpublished: (lock.pruned?.unpublished ?? [])
      .filter((e) => !lockByIdentity.has(identityKey(e)))
      .sort(compareIdentity),
    missing: (lock.pruned?.missing ?? []).filter((e) => !lockByIdentity.has(identityKey(e))),
    api: v2 ? "v2" : "v1",
    pendingTasks: lock.tasks?.length ?? 0,
    firstSync: lock.entries.length === 0 && lock.pruned === undefined,
  };
  if (!options.prune) return plan;
  // Disabled entries the content does not bring back: a replace deletes them too.
  const disabledLeft = lock.entries.filter(
    (e) =>
      e.status === "disabled" && !claimed.has(identityKey(e)) && !renamedTo.has(identityKey(e)),
  );
  return { ...plan, prune: planPrune(plan, lock, live.length, disabledLeft, options) };
}

function planPrune(
  plan: Plan,
  lock: Lockfile,
  keeps: number,
  disabledLeft: readonly LockEntry[],
  options: PlanOptions,
): PrunePlan {
  const mode = plan.api === "v2" && !options.replaceAll ? "disable" : "replace";
  // A disable touches the live entries only; a replace deletes disabled ones as well.
  const removes =
    mode === "replace" && disabledLeft.length > 0
      ? [...plan.stillOnPlatform, ...disabledLeft].sort(compareIdentity)
      : plan.stillOnPlatform;
  let known = 0;
  for (const e of lock.entries) if (mode === "replace" || e.status !== "disabled") known++;
  const share = known === 0 ? 0 : removes.length / known;
  const max = options.pruneMax ?? DEFAULT_PRUNE_MAX;
  let refusal: PruneRefusal | undefined;
  if (keeps === 0) {
    refusal = { reason: "empties-bot", mode };
  } else if (share > max && !options.force) {
    refusal = { reason: "over-limit", mode, removes: removes.length, known, share, max };
  }
  return { mode, removes, keeps, share, refusal };
}

/** A created entry with the title of `previous` in another skill: where it moved. */
function movedTo(
  created: CompiledEntry | null | undefined,
  previous: LockEntry,
): CompiledEntry | undefined {
  return created && created.skill !== previous.skill ? created : undefined;
}

/** The one live entry with `previous`'s title and file name in another skill: a moved file. */
function movedFile(
  candidates: readonly CompiledEntry[] | undefined,
  previous: LockEntry,
): CompiledEntry | undefined {
  const name = previous.source.slice(previous.source.lastIndexOf("/") + 1);
  const moved = (candidates ?? []).filter(
    (e) => e.skill !== previous.skill && e.source.slice(e.source.lastIndexOf("/") + 1) === name,
  );
  return moved.length === 1 ? moved[0] : undefined;
}

/** The identity an action is listed under: the entry's new one, or the removed entry's. */
export function identityOf(action: PlanAction): Identity {
  return action.kind === "remove" ? action.previous : action.entry;
}

/** `make()`'s value, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
