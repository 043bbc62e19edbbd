/**
 * Remedies (errors.ts Remedy): src/sync reports what to do as data, and src/render words it
 * with the CLI's commands and flags, in English and Chinese.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FaqopsError, type Remedy } from "../../src/errors.js";
import { ERROR_HINTS } from "../../src/i18n/errors.js";
import "../../src/i18n/index.js";
import { translate } from "../../src/i18n/template.js";
import { describeError } from "../../src/render/error.js";
import { planFlags, remedyText } from "../../src/render/remedy.js";
import { readLockfileIfAny } from "../../src/sync/lockfile.js";
import { readSavedPlan, type SavedPlanOptions } from "../../src/sync/saved-plan.js";
import { englishLeft } from "../i18n/helpers.js";

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
    expect(describeError(error, "en", { form: "lines", audience: "cli" })).toContain(
      "hint: make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
    );
  });

  it("a file that is not a saved plan", async () => {
    const file = path.join(dir, "plan.json");
    writeFileSync(file, "not json");
    const error = await thrown(() => readSavedPlan(file, "plan.json"));
    expect(error.remedy).toEqual({ kind: "make-plan" });
    expect(error.hint).toBeUndefined();
    expect(describeError(error, "zh-CN", { form: "lines", audience: "cli" })).toContain(
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
      remedyText(
        {
          kind: "remake-plan",
          options: { ...defaults, force: false, replaceAll: false, resendAll: false },
          file: "faq.plan.json",
        },
        "cli",
      ),
    ).toBe("make a new plan (`faqops plan --out faq.plan.json`), review it, and apply that one.");
  });

  it("words every remedy for the CLI and the action, each in English and Chinese", () => {
    for (const [name, remedy, words] of WORDED) {
      for (const audience of ["cli", "action"] as const) {
        const english = words[audience];
        expect(remedyText(remedy, audience), `${name}, ${audience}`).toBe(english);
        const error = new FaqopsError("x", { remedy });
        expect(describeError(error, "en", { form: "lines", audience })).toBe(
          `faqops: x\nhint: ${english}`,
        );
        // The hint is translated whole (the message "x" has no translation and stays).
        const translated = translate(ERROR_HINTS, english);
        expect(translated?.complete, `${name}, ${audience}: ${english}`).toBe(true);
        expect(englishLeft(translated!.text), english).toEqual([]);
        expect(describeError(error, "zh-CN", { form: "lines", audience })).toBe(
          `faqops：x\n提示：${translated!.text}`,
        );
      }
    }
  });
});

/** Every remedy there is, and what it says to the CLI's users and the action's. */
const WORDED: readonly [string, Remedy, { cli: string; action: string }][] = [
  [
    "settle v2 tasks",
    { kind: "settle-v2-tasks" },
    {
      cli: "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs.",
      action:
        "run apply once with the action's `api: v2`: it asks the platform how the tasks ended, then syncs.",
    },
  ],
  [
    "a lockfile that is a link",
    { kind: "lockfile-not-a-link" },
    {
      cli: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
      action:
        "make it a regular file (restore it from Git, or copy the file the link points to in its place), or set the action's `lockfile` input to that file's own path.",
    },
  ],
  [
    "make a plan (the CLI's alone)",
    { kind: "make-plan" },
    {
      cli: "make one with `faqops plan --out FILE`.",
      action: "make one with `faqops plan --out FILE`.",
    },
  ],
  [
    "make the plan again (the CLI's alone)",
    { kind: "remake-plan", options, file: "faq.plan.json" },
    {
      cli: "make a new plan (`faqops plan --target staging --api v2 --prune --prune-max 0.5 --force --replace-all --resend-all --out faq.plan.json`), review it, and apply that one.",
      action:
        "make a new plan (`faqops plan --target staging --api v2 --prune --prune-max 0.5 --force --replace-all --resend-all --out faq.plan.json`), review it, and apply that one.",
    },
  ],
];
