/**
 * What the lock state says a publish changes on the live bot: entries written since the last
 * publish, v2 disables, and every prune's removals since, less what the live bot never had.
 */
import { describe, expect, it } from "vitest";
import { foldRecords, LockState, liveRemovals, writtenMarkers } from "../../src/sync/lock-state.js";
import {
  LOCKFILE_VERSION,
  type LockEntry,
  type Lockfile,
  parseLockfile,
  serializeLockfile,
} from "../../src/sync/lockfile.js";
import type { PlanAction } from "../../src/sync/plan.js";
import { lockEntry } from "./helpers.js";

const e = lockEntry;
const named = (title: string) => ({ skill: "账户", title, source: `账户/${title}.md` });
const lockOf = (...entries: LockEntry[]): Lockfile => ({ version: LOCKFILE_VERSION, entries });
const compiled = (title: string) => ({
  source: `账户/${title}.md`,
  path: `账户/${title}.md`,
  skill: "账户",
  title,
  questions: [],
  draft: false,
  hash: `h-${title}`,
});

describe("the lock state's publish bookkeeping", () => {
  it("a second prune before a publish keeps the first one's removals, less those written again", () => {
    const lock = lockOf(e("a"), e("b"), e("c"), e("d"));
    const state = new LockState(lock);
    state.apply({
      prune: { at: "t1", removed: 2, kept: 2, unpublished: [named("a"), named("b")] },
      entries: [e("c"), e("d")],
    });
    expect(state.prunedUnpublished).toBe(2);
    // The content brings "a" back (written again): the bot holds it, the publish makes it live.
    state.apply({ write: e("a", { unpublished: true }) });
    expect(state.prunedUnpublished).toBe(1);
    // Then a second prune removes "c".
    state.apply({
      prune: { at: "t2", removed: 1, kept: 2, unpublished: [named("c")] },
      entries: [e("a", { unpublished: true }), e("d")],
    });
    const file = state.toLockfile();
    expect(file.pruned).toEqual({
      at: "t2",
      removed: 1,
      kept: 2,
      unpublished: [named("b"), named("c")],
    });
    expect(state.publishEffect).toEqual({ entries: 1, disabled: 0, removed: 2 });
    state.apply({ published: "t3" });
    expect(state.publishEffect).toEqual({ entries: 0, disabled: 0, removed: 0 });
    expect(state.owesPublish).toBe(false);
    expect(state.toLockfile().pruned).toEqual({ at: "t2", removed: 1, kept: 2 });
  });

  it("a settled replace (v2 mode 1) keeps an earlier prune's removals too", () => {
    const lock: Lockfile = {
      ...lockOf(e("b")),
      pruned: { at: "t1", removed: 1, kept: 1, unpublished: [named("a")] },
    };
    const folded = foldRecords(lock, [
      {
        settled: "task-1",
        entries: [e("c", { unpublished: "new", api: "v2" })],
        renamed: [],
        replace: { at: "t2", removed: 1, kept: 1, unpublished: [named("b")] },
      },
    ]);
    expect(folded.pruned?.unpublished).toEqual([named("a"), named("b")]);
  });

  it("a settled replace cut short names every live entry it deleted, until written again", () => {
    const state = new LockState(
      lockOf(e("kept"), e("unsent"), e("dropped"), e("created", { unpublished: "new" })),
    );
    state.apply({
      settled: "task-1",
      entries: [e("kept", { api: "v2" })],
      renamed: [],
      replace: { at: "t", removed: 1, kept: 2, unpublished: [named("dropped")] },
    });
    // "unsent" was to come in a later batch; "created" was never live.
    expect(state.toLockfile().pruned?.unpublished).toEqual([named("dropped"), named("unsent")]);
    state.apply({ write: e("unsent", { unpublished: true, api: "v2" }) });
    expect(state.toLockfile().pruned?.unpublished).toEqual([named("dropped")]);
    expect(state.publishEffect).toEqual({ entries: 1, disabled: 0, removed: 1 });
  });

  it("counts what a publish changes: no disable or removal the live bot never had", () => {
    const state = new LockState(
      lockOf(
        e("written", { unpublished: true }),
        e("created", { unpublished: "new" }),
        e("disabled", { status: "disabled", unpublished: true }),
        e("created then disabled", { status: "disabled", unpublished: "new" }),
        e("published"),
      ),
    );
    // A disable of an entry the live bot never had changes nothing there: not counted.
    expect(state.unpublished).toBe(3);
    expect(state.publishEffect).toEqual({ entries: 2, disabled: 1, removed: 0 });
    expect(state.owesPublish).toBe(true);
  });

  it("a prune's live removals leave out what was never published and disables already published", () => {
    expect(
      liveRemovals([
        e("live"),
        e("written, live before", { unpublished: true }),
        e("created, never published", { unpublished: "new" }),
        e("disabled, not yet published", { status: "disabled", unpublished: true }),
        e("disabled and published", { status: "disabled" }),
        e("drift", { status: "removed" }),
      ]).map((x) => x.title),
    ).toEqual(["live", "written, live before", "disabled, not yet published", "drift"]);
  });

  it('marks a write "new" only when the live bot has no version of the entry', () => {
    const marker = writtenMarkers({
      prunedUnpublished: [named("pruned, not published")],
      firstSync: false,
    });
    const create = (title: string): PlanAction => ({
      kind: "create",
      entry: compiled(title),
      hash: `h-${title}`,
    });
    expect(marker(create("brand new"))).toBe("new");
    // A first sync cannot tell what the live bot had: nothing is taken as new to it.
    const first = writtenMarkers({ prunedUnpublished: [], firstSync: true });
    expect(first(create("brand new"))).toBe(true);
    // A title a prune removed and has not published is still live.
    expect(marker(create("pruned, not published"))).toBe(true);
    const update = (previous: LockEntry): PlanAction => ({
      kind: "update",
      entry: compiled(previous.title),
      hash: "h2",
      previous,
    });
    expect(marker(update(e("x")))).toBe(true);
    expect(marker(update(e("x", { unpublished: true })))).toBe(true);
    expect(marker(update(e("x", { unpublished: "new" })))).toBe("new");
    const rename: PlanAction = {
      kind: "rename",
      entry: compiled("new title"),
      hash: "h3",
      previous: e("old title"),
      matchedBy: "source",
      oldIntent: "old title",
    };
    // v1 writes the new title beside the old one; v2 renames the live intent in place.
    expect(marker(rename)).toBe("new");
    expect(marker(rename, { inPlace: true })).toBe(true);
  });

  it('reads and writes the "new" marker, mayBeDisabled and a task\'s prune, and refuses others', () => {
    const lock: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [e("a", { unpublished: "new" }), e("b", { mayBeDisabled: true })],
      tasks: [
        {
          id: "t",
          submitted: "s",
          mode: 1,
          items: [{ entry: e("a", { unpublished: "new", api: "v2" }) }],
          prune: { at: "p", removed: 1, kept: 1, unpublished: [named("c")] },
        },
      ],
    };
    const text = serializeLockfile(lock);
    expect(parseLockfile(text, "f")).toEqual(lock);
    expect(() => parseLockfile(text.replace('"new"', '"old"'), "f")).toThrow(
      /unpublished must be true or "new"/,
    );
    expect(() =>
      parseLockfile(text.replace('"mayBeDisabled":true', '"mayBeDisabled":1'), "f"),
    ).toThrow(/mayBeDisabled must be true/);
    expect(() => parseLockfile(text.replace('"removed":1', '"removed":"1"'), "f")).toThrow(
      /prune is malformed/,
    );
  });
});
