/** The before of a change, read from a real Git repository and verified against the lockfile. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/index.js";
import { resolveSyncOptions } from "../../src/options/sync.js";
import { identityKey } from "../../src/platform/identity.js";
import { loadBefore } from "../../src/sync/before.js";
import { lockEntryOf } from "../../src/sync/lock-state.js";
import { LOCKFILE_VERSION, type Lockfile, serializeLockfile } from "../../src/sync/lockfile.js";
import { planSync } from "../../src/sync/plan.js";

const entryText = (title: string, answer: string, questions: string[] = []) =>
  `---\ntitle: ${title}\n${questions.length ? `questions:\n${questions.map((q) => `  - ${q}\n`).join("")}` : ""}---\n\n${answer}\n`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], {
    cwd,
    encoding: "utf8",
  });
}

/** A repository whose lockfile records its content as synced, committed. */
async function syncedRepo(files: Record<string, string>, init = true) {
  const cwd = mkdtempSync(path.join(tmpdir(), "faqops-before-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, "content", file)), { recursive: true });
    writeFileSync(path.join(cwd, "content", file), text);
  }
  const options = resolveSyncOptions({ cwd, cache: false });
  const content = await loadContent(options);
  const lock: Lockfile = {
    version: LOCKFILE_VERSION,
    entries: content.entries.map((e) => lockEntryOf(e, e.hash)),
  };
  writeFileSync(options.lockfile.path, serializeLockfile(lock));
  if (init) {
    git(cwd, "init", "-q");
    git(cwd, "add", ".");
    git(cwd, "commit", "-qm", "sync");
  }
  return { cwd, options, lock };
}

async function befores(cwd: string, lock: Lockfile) {
  const options = resolveSyncOptions({ cwd, cache: false });
  const content = await loadContent(options);
  const plan = planSync(content.entries, lock);
  const found = await loadBefore(plan, {
    cwd,
    contentDir: options.contentDir,
    lockfilePath: options.lockfile.path,
  });
  return { plan, found };
}

describe("loadBefore", () => {
  it("finds what was synced for an update and a rename, at the last sync's commit", async () => {
    const { cwd, lock } = await syncedRepo({
      "账户/开户.md": entryText("怎么开户？", "带上身份证。", ["开户流程"]),
      "账户/挂失.md": entryText("卡丢了怎么办？", "请致电挂失。"),
    });
    // Edits after the sync, committed or not.
    writeFileSync(
      path.join(cwd, "content/账户/开户.md"),
      entryText("怎么开户？", "带上身份证和手机。", ["开户流程", "投诉电话"]),
    );
    git(cwd, "commit", "-qam", "edit");
    writeFileSync(
      path.join(cwd, "content/账户/挂失.md"),
      entryText("银行卡丢了怎么办？", "请致电挂失。"),
    );
    const { plan, found } = await befores(cwd, lock);
    expect(plan.actions.map((a) => a.kind).sort()).toEqual(["remove", "rename", "update"]);
    const open = found.get(identityKey({ skill: "账户", title: "怎么开户？" }));
    expect(open).toEqual({
      found: true,
      entry: {
        skill: "账户",
        title: "怎么开户？",
        questions: ["开户流程"],
        messages: ["带上身份证。"],
      },
    });
    const lost = found.get(identityKey({ skill: "账户", title: "卡丢了怎么办？" }));
    expect(lost?.found && lost.entry.title).toBe("卡丢了怎么办？");
  });

  it("says why when no committed version matches what was synced", async () => {
    const { cwd, lock } = await syncedRepo({ "账户/开户.md": entryText("怎么开户？", "A") }, false);
    git(cwd, "init", "-q");
    // The sync was made from an edit that was never committed.
    writeFileSync(path.join(cwd, "content/账户/开户.md"), entryText("怎么开户？", "B"));
    git(cwd, "add", ".");
    git(cwd, "commit", "-qm", "other");
    writeFileSync(path.join(cwd, "content/账户/开户.md"), entryText("怎么开户？", "C"));
    const { found } = await befores(cwd, lock);
    const before = found.get(identityKey({ skill: "账户", title: "怎么开户？" }));
    expect(before?.found).toBe(false);
    expect(before?.found === false && before.why).toMatch(
      /no committed version of content\/账户\/开户\.md compiles to what was synced/,
    );
  });

  it("says so outside a Git repository", async () => {
    const { cwd, lock } = await syncedRepo({ "账户/开户.md": entryText("怎么开户？", "A") }, false);
    writeFileSync(path.join(cwd, "content/账户/开户.md"), entryText("怎么开户？", "B"));
    const { found } = await befores(cwd, lock);
    expect([...found.values()]).toEqual([{ found: false, why: "not in a Git repository" }]);
  });
});
