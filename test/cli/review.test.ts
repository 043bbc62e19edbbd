/** `faqops plan` as a reviewer reads it: each change's diff against what the bot holds (built CLI, real Git). */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import { emulatorEnv, spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
let emulator: Emulator;
let dir: string;

beforeEach(async () => {
  emulator = await startEmulator({ publishSteps: 1 });
  dir = await mkdtemp(path.join(tmpdir(), "faqops-cli-review-"));
});
afterEach(async () => {
  await emulator.stop();
  await rm(dir, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  spawnCli(cli, args, { cwd: dir, env: { ...emulatorEnv(emulator), NO_COLOR: "1" } }).done;
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], { cwd: dir });

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, "content", file)), { recursive: true });
  await writeFile(path.join(dir, "content", file), text);
}

describe("plan shows what a merge changes", () => {
  it("diffs questions and answers word by word against the synced version from Git", async () => {
    await put(
      "账户/开户.md",
      "---\ntitle: 怎么开户？\nquestions:\n  - 开户流程\n---\n\n请携带本人有效身份证件到网点办理。\n",
    );
    await put("账户/挂失.md", "---\ntitle: 卡丢了怎么办？\n---\n\n请致电 95588 挂失。\n");
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "content");
    expect((await run("apply", "--lockfile", "faqops.lock.json", "--publish")).code).toBe(0);
    git("add", "faqops.lock.json");
    git("commit", "-qm", "sync");

    await put(
      "账户/开户.md",
      "---\ntitle: 怎么开户？\nquestions:\n  - 开户流程\n  - 投诉电话\n---\n\n请携带本人有效的身份证或护照到网点办理。\n",
    );
    await put("账户/挂失.md", "---\ntitle: 银行卡丢了怎么办？\n---\n\n请致电 95588 挂失。\n");
    const plan = await run("plan");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain(
      "  ~ 怎么开户？  (changed)\n      + question: {+投诉电话+}\n      message 1 (changed):\n        请携带本人有效{+的+}身份[-证件-]{+证或护照+}到网点办理。",
    );
    expect(plan.stdout).toContain(
      "      title: [-卡丢了怎么办？-] → {+银行卡丢了怎么办？+}\n      message 1: unchanged",
    );

    const brief = await run("plan", "--brief");
    expect(brief.stdout).toContain(
      "  ~ 怎么开户？  (changed)  请携带本人有效的身份证或护照到网点办理。\n",
    );
    expect(brief.stdout).not.toContain("message 1");

    const json = JSON.parse((await run("plan", "--json")).stdout);
    const update = json.changes.find((c: { action: string }) => c.action === "update");
    expect(update.before).toEqual({
      skill: "账户",
      title: "怎么开户？",
      questions: ["开户流程"],
      messages: ["请携带本人有效身份证件到网点办理。"],
    });
    expect(update.after.questions).toEqual(["开户流程", "投诉电话"]);
    const drift = json.changes.find((c: { action: string }) => c.action === "remove");
    expect(drift.before.title).toBe("卡丢了怎么办？");
  });
});
