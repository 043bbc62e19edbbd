import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StateFileError } from "../../src/errors.js";
import { Journal, type LockRecord, parseJournal, readJournal } from "../../src/sync/journal.js";
import { foldRecords } from "../../src/sync/lock-state.js";
import { LOCKFILE_VERSION, type LockEntry, type Lockfile } from "../../src/sync/lockfile.js";
import { lockEntry } from "./helpers.js";

const e = lockEntry;
const lockOf = (...entries: LockEntry[]): Lockfile => ({ version: LOCKFILE_VERSION, entries });

describe("the lockfile's journal", () => {
  it("appends records durably and reads them back in order", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-journal-"));
    const file = { path: path.join(dir, "faqops.lock.json.journal"), display: "j" };
    const journal = new Journal(file);
    const records: LockRecord[] = [
      { write: e("a", { unpublished: true }) },
      { write: e("b", { unpublished: true }) },
      { published: "2026-11-27T00:00:00.000Z" },
    ];
    for (const r of records) journal.append(r);
    journal.close();
    expect(await readJournal(file)).toEqual(records);
    await journal.remove();
    expect(await readJournal(file)).toEqual([]);
  });

  it("drops a last line the kill cut short, and refuses damage anywhere else", async () => {
    const good = `${JSON.stringify({ write: e("a") })}\n`;
    expect(parseJournal(`${good}{"write":{"skill":"账`, "j")).toEqual([{ write: e("a") }]);
    expect(() => parseJournal(`${good}not json\n${good}`, "j")).toThrow(StateFileError);
    expect(() => parseJournal(`${good}not json\n${good}`, "j")).toThrow(/damaged at line 2/);
    expect(() => parseJournal(`{"write":{"skill":"a"}}\n`, "j")).toThrow(/damaged at line 1/);
  });

  it("folds writes, a prune and a publish in the order they happened", () => {
    const lock = lockOf(e("old"), e("kept", { hash: "stale" }));
    const folded = foldRecords(lock, [
      { write: e("kept", { unpublished: true }) },
      { write: e("new", { unpublished: true }) },
      { published: "t1" },
      { write: e("later", { unpublished: true }) },
    ]);
    expect(folded.entries.map((x) => [x.title, x.hash, x.unpublished ?? false])).toEqual([
      ["kept", "h-kept", false],
      ["later", "h-later", true],
      ["new", "h-new", false],
      ["old", "h-old", false],
    ]);
    const pruned = foldRecords(lock, [
      { prune: { at: "t2", removed: 1, kept: 1 }, entries: [e("kept", { unpublished: true })] },
    ]);
    expect(pruned.entries.map((x) => x.title)).toEqual(["kept"]);
    expect(pruned.pruned).toEqual({ at: "t2", removed: 1, kept: 1 });
    // Folding a record twice changes nothing: a journal replayed over a lockfile that already
    // holds it (a kill between the lockfile write and the journal's removal) is harmless.
    const once = foldRecords(lock, [{ write: e("new") }]);
    expect(foldRecords(once, [{ write: e("new") }])).toEqual(once);
  });

  it("a damaged journal is an error naming it, and is left as it is", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-journal-"));
    const file = path.join(dir, "x.journal");
    await writeFile(file, "garbage\nmore\n");
    const error = await readJournal({ path: file, display: "faqops.lock.json.journal" }).catch(
      (x: unknown) => x,
    );
    expect((error as Error).message).toMatch(/journal faqops\.lock\.json\.journal is damaged/);
    expect((error as StateFileError).hint).toMatch(/delete it/);
    expect(await readFile(file, "utf8")).toBe("garbage\nmore\n");
  });
});
