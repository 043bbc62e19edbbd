import { describe, expect, it } from "vitest";
import { heldAnswers } from "../../src/content/answer-reader.js";
import { entryHash } from "../../src/content/entry-hash.js";
import {
  cannotDisableText,
  planHasChanges,
  planJson,
  removeReason,
  renderPlanText,
} from "../../src/render/plan.js";
import { LOCKFILE_VERSION, type LockEntry, type Lockfile } from "../../src/sync/lockfile.js";
import { planSync } from "../../src/sync/plan.js";
import { entry } from "../sync/helpers.js";

const synced = (e: ReturnType<typeof entry>): LockEntry => ({
  skill: e.skill,
  title: e.title,
  hash: entryHash(e),
  source: e.source,
  id: e.id,
  status: "synced",
});

describe("plan rendering", () => {
  const kept = entry({ title: "不变" });
  const edited = entry({ title: "改了" });
  const gone = entry({ title: "删了", skill: "转账" });
  const renamed = entry({ title: "旧名", id: "x1" });
  const lock: Lockfile = {
    version: LOCKFILE_VERSION,
    entries: [kept, edited, gone, renamed].map(synced),
  };
  const news = {
    news: {
      articles: [
        {
          title: "一周天气",
          description: "",
          url: "https://e.com",
          picurl: "",
          type: "h5" as const,
        },
      ],
    },
  };
  const content = [
    kept,
    entry({
      ...edited,
      messages: ['新答案 <a href="https://e.com">链接</a>\n第二行', news],
      content: "x",
    }),
    entry({ ...renamed, title: "新名" }),
    entry({ title: "新的" }),
  ];

  it("groups changes by skill with a preview of the answer, then the summary", () => {
    const text = renderPlanText(planSync(content, lock), heldAnswers(content));
    expect(text).toBe(
      [
        "账户",
        // Sorted by title in code-unit order: 改 (U+6539) < 新名 (U+540D) < 新的 (U+7684).
        "  ~ 改了  (changed)  新答案 链接 ⏎ 第二行 ⏎ [news: 一周天气]",
        '  → 新名  (renamed from "旧名", same id)  答案：旧名',
        "  + 新的  (new)  答案：新的",
        // The old title is listed under its own identity: 旧 (U+65E7) sorts after 新 (U+65B0).
        '  - 旧名  (renamed to "新名"; still on the bot, --prune removes it)',
        "",
        "转账",
        "  - 删了  (deleted; still on the bot, --prune removes it)",
        "",
        "Plan: 1 to create, 1 to update, 1 to rename, 2 on the bot but not in the content, 1 unchanged.",
        "2 entries are on the bot but not in the content: the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first).",
        "",
      ].join("\n"),
    );
  });

  it("says what drift is missing from: the content, only this target, or either", () => {
    const summary = (notTaken: readonly ReturnType<typeof entry>[], lockEntries = lock.entries) =>
      renderPlanText(
        planSync(content, { version: LOCKFILE_VERSION, entries: lockEntries }, {}, notTaken),
        heldAnswers(content),
      )
        .split("\n")
        .filter((line) => / on the bot but /.test(line));
    // 删了's file is still in the content, but this target does not take it; 旧名 was renamed.
    expect(summary([gone])).toEqual([
      "Plan: 1 to create, 1 to update, 1 to rename, 2 on the bot but not in the content or not for this target, 1 unchanged.",
      "2 entries are on the bot but not in the content or not for this target: the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first).",
    ]);
    expect(summary([gone], [kept, edited, gone].map(synced))).toEqual([
      "Plan: 2 to create, 1 to update, 0 to rename, 1 on the bot but not for this target, 1 unchanged.",
      "1 entry is on the bot but not for this target: the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first).",
    ]);
  });

  it("does not promise that a v1 write switches a disabled entry back on", () => {
    const disabled: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [{ ...synced(kept), status: "disabled", api: "v2" }],
    };
    const line = (api: "v1" | "v2") =>
      renderPlanText(planSync([kept], disabled, { api }), heldAnswers(content))
        .split("\n")
        .find((l) => l.includes("不变"));
    expect(line("v2")).toContain("(disabled on the bot: enable)");
    expect(line("v1")).toContain(
      "(disabled on the bot: written through v1, which may not switch it back on: not documented; --api v2 does)",
    );
  });

  it("says so when nothing changes, and shows a prune loudly", () => {
    const same = planSync([kept], { version: LOCKFILE_VERSION, entries: [synced(kept)] });
    expect(renderPlanText(same, heldAnswers(content))).toMatch(
      /^No changes: the platform is up to date/,
    );
    expect(planHasChanges(same)).toBe(false);

    const prune = renderPlanText(
      planSync(content, lock, { prune: true, pruneMax: 0.25 }),
      heldAnswers(content),
    );
    expect(prune).toMatch(/!!! PRUNE: the whole bot's content will be REPLACED/);
    expect(prune).toMatch(/It removes 2 entries \(50%/);
    expect(prune).toMatch(/^ {2}- 转账 \/ 删了$/m);
    expect(prune).toMatch(/^Refused: .*more than --prune-max 25%/m);
  });

  it("words what a prune would do for who reads it: --prune, or the action's `prune: true`", () => {
    for (const api of ["v1", "v2"] as const) {
      const plan = planSync(content, lock, { api });
      const drift = plan.actions.find((a) => a.kind === "remove" && a.previous.title === "删了");
      if (drift?.kind !== "remove") throw new Error("no drift");
      const verb = api === "v2" ? "disables" : "removes";
      expect(removeReason(drift, plan, "cli")).toBe(
        `deleted; still on the bot, --prune ${verb} it`,
      );
      expect(removeReason(drift, plan, "action")).toBe(
        `deleted; still on the bot, \`prune: true\` ${verb} it`,
      );
      // The CLI's plan says it with the flag.
      expect(renderPlanText(plan, heldAnswers(content))).toContain(
        `- 删了  (deleted; still on the bot, --prune ${verb} it)`,
      );
    }
    expect(cannotDisableText("not in a Git repository", "cli")).toMatch(
      /, or take it off with --prune --replace-all$/,
    );
    expect(cannotDisableText("not in a Git repository", "action")).toMatch(
      /, or take it off with `prune: true` and `replace-all: true`$/,
    );
  });

  it("gives machines every change with its content, and only a count of unchanged", () => {
    const json = planJson(planSync(content, lock), heldAnswers(content)) as {
      summary: Record<string, unknown>;
      changes: { action: string; title: string }[];
    };
    expect(json.summary).toEqual({
      create: 1,
      update: 1,
      rename: 1,
      remove: 2,
      unchanged: 1,
      writes: 3,
      drift: 2,
      unpublished: 0,
      changes: true,
    });
    expect(json.changes.map((c) => `${c.action} ${c.title}`)).toEqual([
      "update 改了",
      "rename 新名",
      "create 新的",
      "remove 旧名",
      "remove 删了",
    ]);
    expect(json.changes[3]).toMatchObject({
      reason: "renamed",
      to: { skill: "账户", title: "新名" },
    });
    expect(json.changes[1]).toMatchObject({
      from: { skill: "账户", title: "旧名" },
      matchedBy: "id",
    });
  });
});
