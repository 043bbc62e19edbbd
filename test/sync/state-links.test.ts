import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StateFileError } from "../../src/errors.js";
import { writeFileAtomic } from "../../src/fs/atomic-write.js";
import { readLockSnapshot } from "../../src/sync/index.js";
import { Journal, readJournal } from "../../src/sync/journal.js";
import { emptyLockfile, readLockfileIfAny, serializeLockfile } from "../../src/sync/lockfile.js";

/**
 * The lockfile and its journal as a hostile pull request could plant them: symbolic links,
 * broken or pointing at a file outside the repository. Neither is read, appended to or
 * written through; a broken link is not a missing lockfile.
 */
let root: string;
let repo: string;
let victim: string;
const lockText = serializeLockfile(emptyLockfile());

const lockfile = () => ({ path: path.join(repo, "faqops.lock.json"), display: "faqops.lock.json" });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "faqops-state-links-"));
  repo = path.join(root, "repo");
  mkdirSync(repo);
  victim = path.join(root, "victim.json");
  writeFileSync(victim, lockText);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("a lockfile that is a symbolic link", () => {
  it("is an error when broken, not a missing lockfile that resends everything", async () => {
    symlinkSync("gone.json", lockfile().path);
    const read = readLockSnapshot(lockfile());
    await expect(read).rejects.toThrow(StateFileError);
    await expect(read).rejects.toThrow(
      "the lockfile faqops.lock.json is a symbolic link to gone.json, which does not exist. That is not a missing lockfile that resends everything: faqops stops.",
    );
  });

  it("is refused when it points at a file, even a valid lockfile", async () => {
    symlinkSync(victim, lockfile().path);
    const read = readLockfileIfAny(lockfile().path, "faqops.lock.json");
    await expect(read).rejects.toThrow(StateFileError);
    await expect(read).rejects.toThrow(
      `the lockfile faqops.lock.json is a symbolic link (to ${victim}): faqops reads and writes its state only in a regular file, never through a link, which could lead anywhere.`,
    );
  });

  it("is never written through: the atomic write replaces the link, not its target", async () => {
    symlinkSync(victim, lockfile().path);
    await writeFileAtomic(lockfile().path, "{}\n");
    expect(readFileSync(victim, "utf8")).toBe(lockText);
    expect(lstatSync(lockfile().path).isSymbolicLink()).toBe(false);
  });

  it("a folder there is not a lockfile either", async () => {
    mkdirSync(lockfile().path);
    await expect(readLockSnapshot(lockfile())).rejects.toThrow(
      "the lockfile faqops.lock.json is not a regular file",
    );
  });

  it("an explicit path outside the working directory still works", async () => {
    const elsewhere = path.join(root, "ci", "faq.lock.json");
    const snapshot = await readLockSnapshot({ path: elsewhere, display: elsewhere });
    expect(snapshot.exists).toBe(false);
    mkdirSync(path.dirname(elsewhere));
    writeFileSync(elsewhere, lockText);
    expect((await readLockSnapshot({ path: elsewhere, display: elsewhere })).exists).toBe(true);
  });
});

describe("a journal that is a symbolic link", () => {
  const journalFile = () => ({
    path: `${lockfile().path}.journal`,
    display: "faqops.lock.json.journal",
  });

  it("is not read, broken or not", async () => {
    symlinkSync(victim, journalFile().path);
    await expect(readJournal(journalFile())).rejects.toThrow(
      "the lockfile's journal faqops.lock.json.journal is a symbolic link (to",
    );
    await expect(readLockSnapshot(lockfile())).rejects.toThrow(StateFileError);
    rmSync(journalFile().path);
    symlinkSync("gone", journalFile().path);
    await expect(readJournal(journalFile())).rejects.toThrow(
      "is a symbolic link to gone, which does not exist. That is not a missing journal",
    );
  });

  it("is not appended to: the file it points at is untouched", () => {
    symlinkSync(victim, journalFile().path);
    const journal = new Journal(journalFile());
    expect(() => journal.append({ published: "2026-01-01T00:00:00.000Z" })).toThrow(
      "the lockfile's journal faqops.lock.json.journal is a symbolic link: faqops does not append through one.",
    );
    journal.close();
    expect(readFileSync(victim, "utf8")).toBe(lockText);
  });

  it("nor is a broken one created through", () => {
    const target = path.join(root, "created-by-link");
    symlinkSync(target, journalFile().path);
    const journal = new Journal(journalFile());
    expect(() => journal.append({ published: "2026-01-01T00:00:00.000Z" })).toThrow(StateFileError);
    journal.close();
    expect(() => lstatSync(target)).toThrow();
  });
});
