/**
 * Remedies (errors.ts Remedy): src/sync reports what to do as data, and src/render words it
 * with the CLI's commands and flags, in English and Chinese.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FaqopsError, type Remedy } from "../../src/errors.js";
import { describeError } from "../../src/render/error.js";
import { planFlags, remedyText } from "../../src/render/remedy.js";
import { readLockfileIfAny } from "../../src/sync/lockfile.js";
import { readSavedPlan, type SavedPlanOptions } from "../../src/sync/saved-plan.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "faqops-remedy-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const options: SavedPlanOptions = {
  target: "staging",
  api: "v2",
  prune: true,
  pruneMax: 0.5,
  force: true,
  replaceAll: true,
  resendAll: true,
};

/** The error `run` throws. */
async function thrown(run: () => Promise<unknown>): Promise<FaqopsError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FaqopsError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

describe("the core reports remedies as data, without words", () => {
  it("a lockfile that is a symbolic link", async () => {
    const real = path.join(dir, "real.json");
    writeFileSync(real, "{}");
    const link = path.join(dir, "faqops.lock.json");
    symlinkSync(real, link);
    const error = await thrown(() => readLockfileIfAny(link, "faqops.lock.json"));
    expect(error.remedy).toEqual({ kind: "lockfile-not-a-link" });
    expect(error.hint).toBeUndefined();
    expect(describeError(error, "en", { form: "lines" })).toContain(
      "hint: make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
    );
  });

  it("a file that is not a saved plan", async () => {
    const file = path.join(dir, "plan.json");
    writeFileSync(file, "not json");
    const error = await thrown(() => readSavedPlan(file, "plan.json"));
    expect(error.remedy).toEqual({ kind: "make-plan" });
    expect(error.hint).toBeUndefined();
    expect(describeError(error, "zh-CN", { form: "lines" })).toContain(
      "请用 `faqops plan --out FILE` 生成一个。",
    );
  });
});

describe("remedyText", () => {
  it("rebuilds the command that makes a saved plan again, flag by flag", () => {
    expect(planFlags(options)).toBe(
      " --target staging --api v2 --prune --prune-max 0.5 --force --replace-all --resend-all",
    );
    const defaults = { ...options, target: undefined, api: "v1" as const, prune: false };
    expect(planFlags({ ...defaults, force: false, replaceAll: false, resendAll: false })).toBe("");
    // The default limit is not repeated.
    expect(
      planFlags({
        ...defaults,
        prune: true,
        pruneMax: 0.25,
        force: false,
        replaceAll: false,
        resendAll: false,
      }),
    ).toBe(" --prune");
    expect(
      remedyText({
        kind: "remake-plan",
        options: { ...defaults, force: false, replaceAll: false, resendAll: false },
        file: "faq.plan.json",
      }),
    ).toBe("make a new plan (`faqops plan --out faq.plan.json`), review it, and apply that one.");
  });

  it("words every remedy, and each has Chinese", () => {
    const remedies: Remedy[] = [
      { kind: "settle-v2-tasks" },
      { kind: "lockfile-not-a-link" },
      { kind: "make-plan" },
      { kind: "remake-plan", options, file: "faq.plan.json" },
    ];
    for (const remedy of remedies) {
      const error = new FaqopsError("x", { remedy });
      const en = describeError(error, "en", { form: "lines" });
      const zh = describeError(error, "zh-CN", { form: "lines" });
      expect(en).toBe(`faqops: x\nhint: ${remedyText(remedy)}`);
      // The hint line is translated (the message "x" has no translation and stays).
      const zhHint = zh.split("\n")[1]!;
      expect(zhHint).not.toContain(remedyText(remedy));
      expect(zhHint).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
