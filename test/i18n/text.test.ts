/**
 * The CLI's own lines in Chinese, rendered by the real renderers: the counts after `check`, the
 * plan's summary and notes, apply's headline, publish and lockfile lines. The sites covered are
 * the renderers named below; per-entry lines (a skill, then `+ 标题  (new)  …`) are values and
 * stay as they are.
 */
import { describe, expect, it } from "vitest";
import { summary } from "../../src/cli/report.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { localizeText, translateLine } from "../../src/i18n/index.js";
import { renderApplyText } from "../../src/render/apply.js";
import { lockNotes, renderPlanText } from "../../src/render/plan.js";
import type { ApplyResult, WriteAction } from "../../src/sync/apply.js";
import { LOCKFILE_VERSION, type LockEntry, type Lockfile } from "../../src/sync/lockfile.js";
import { type Plan, planSync } from "../../src/sync/plan.js";
import { entry, planAnswers } from "../sync/helpers.js";
import { englishLeft } from "./helpers.js";

function expectChinese(line: string): void {
  const translated = translateLine(line);
  expect(translated?.complete, line).toBe(true);
  expect(englishLeft(translated!.text), line).toEqual([]);
}

const diagnostic = (severity: Diagnostic["severity"]): Diagnostic => ({
  file: "content/a.md",
  line: 1,
  column: 1,
  severity,
  ruleId: "title-required",
  message: "add `title: <the question>` to the front matter",
});

const locked = (title: string, extra: Partial<LockEntry> = {}): LockEntry => ({
  skill: "账户",
  title,
  hash: `hash-${title}`,
  source: `账户/${title}.md`,
  status: "synced",
  ...extra,
});

describe("check's counts (cli/report.ts summary)", () => {
  it("translate for every count", () => {
    for (const [entries, list] of [
      [1, []],
      [12, [diagnostic("error"), diagnostic("warning"), diagnostic("warning")]],
      [0, [diagnostic("error")]],
    ] as const) {
      const line = summary(entries, list);
      expectChinese(line);
    }
    expect(localizeText("12 entries, 1 error, 2 warnings", "zh-CN")).toBe(
      "12 个条目，1 个错误，2 个警告",
    );
  });

  it("translates this session's apply lines: a replace's disabled removals, a maybe-disabled enable", () => {
    expect(localizeText("  - 问题 2 (disabled; removed)", "zh-CN")).toBe(
      "  - 问题 2（已停用；已移除）",
    );
    expect(
      localizeText(
        "  - 问题 2 (disabled; removed from the bot, the live bot answers with it until a publish)",
        "zh-CN",
      ),
    ).toBe("  - 问题 2（已停用；已从机器人移除，发布之前线上机器人仍会用它回答）");
    expect(
      localizeText(
        "Written again: 2 entries this plan found unchanged, which the replace settled first had deleted from the bot.",
        "zh-CN",
      ),
    ).toMatch(/^重新写入了 2 个条目：/);
  });

  it("translate each count alone, to be coloured after", () => {
    expect(localizeText("2 errors", "zh-CN")).toBe("2 个错误");
    expect(localizeText("1 warning", "zh-CN")).toBe("1 个警告");
    expect(localizeText("1 entry", "zh-CN")).toBe("1 个条目");
  });

  it("keep a colour around the whole line, and on each coloured piece of a line", () => {
    expect(localizeText("\x1b[32m3 entries, 0 errors, 0 warnings\x1b[39m", "zh-CN")).toBe(
      "\x1b[32m3 个条目，0 个错误，0 个警告\x1b[39m",
    );
    expect(localizeText("3 entries, \x1b[31m1 error\x1b[39m, 0 warnings", "zh-CN")).toBe(
      "3 个条目，\x1b[31m1 个错误\x1b[39m，0 个警告",
    );
    expect(
      localizeText(
        "\x1b[1mPlan:\x1b[22m 1 to create, 0 to update, 0 to rename, 0 on the bot but not in the content, 2 unchanged.",
        "zh-CN",
      ),
    ).toBe(
      "\x1b[1m计划：\x1b[22m新建 1 个，更新 0 个，重命名 0 个，0 个在机器人上但不在内容里，未变 2 个。",
    );
    // A value coloured in a translated line (a plan's sign) keeps its colour where it is.
    expect(localizeText("  \x1b[32m+\x1b[39m 开户  (new)  带身份证…", "zh-CN")).toBe(
      "  \x1b[32m+\x1b[39m 开户  （新建）  带身份证…",
    );
    // Nested styles close in order.
    expect(localizeText("\x1b[1m\x1b[31m2 errors\x1b[39m\x1b[22m", "zh-CN")).toBe(
      "\x1b[1m\x1b[31m2 个错误\x1b[39m\x1b[22m",
    );
  });

  it("keep a line redrawn in place (a progress bar) redrawable", () => {
    expect(
      localizeText(
        "\r\x1b[2K[######..] 3/4 (75%), 3 written, 1 retries, 2.5/s, about 1 s left",
        "zh-CN",
      ),
    ).toBe("\r\x1b[2K[######..] 3/4（75%），已写入 3 个，重试 1 次，每秒 2.5 个，约剩 1 秒");
    expect(localizeText("\r\x1b[2K", "zh-CN")).toBe("\r\x1b[2K");
  });
});

/** The lines of a plan's text that are not an entry's (its skill, its line, blank lines). */
function summaryLines(plan: Plan): string[] {
  return renderPlanText(plan, planAnswers(plan))
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("  ") && l !== "账户");
}

describe("the plan (render/plan.ts renderPlanText, lockNotes)", () => {
  it("translates the summary, drift and unpublished lines", () => {
    const a = entry({ title: "开户" });
    const b = entry({ title: "销户" });
    const lock: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [
        locked("开户", { hash: a.hash, unpublished: true }),
        locked("旧问题"),
        locked("挂失", { source: "账户/挂失.md" }),
      ],
    };
    const plans = [
      planSync([a, b], lock),
      planSync([a, b], { version: LOCKFILE_VERSION, entries: [] }),
      planSync([], { version: LOCKFILE_VERSION, entries: [] }),
      planSync([a], lock, { api: "v2" }),
      planSync([a, b], lock, { prune: true }),
      planSync([a, b], lock, { prune: true, pruneMax: 1 }),
      planSync([a], lock, { api: "v2", prune: true }),
      planSync([], lock, { prune: true }),
      planSync([a, b, entry({ title: "旧问题" }), entry({ title: "挂失" })], lock, {
        prune: true,
      }),
    ];
    const lines = plans.flatMap(summaryLines);
    for (const start of ["Plan: ", "!!! PRUNE", "--prune (v2)", "--prune: ", "Refused: "]) {
      expect(
        lines.some((l) => l.startsWith(start)),
        start,
      ).toBe(true);
    }
    for (const line of lines) expectChinese(line);
  });

  it("translates the notes (`note: …`)", () => {
    const notes = [
      ...lockNotes({ exists: false, journaled: 0, lock: { entries: [] } }, "faqops.lock.json"),
      ...lockNotes({ exists: true, journaled: 1, lock: { entries: [] } }, "faqops.lock.json"),
      ...lockNotes({ exists: true, journaled: 3, lock: { entries: [] } }, "faqops.lock.json"),
    ];
    expect(notes).toHaveLength(3);
    for (const note of notes) {
      expectChinese(`note: ${note}`);
      expectChinese(note);
    }
  });
});

describe("apply's closing summary (render/apply.ts renderApplyText)", () => {
  const a = entry({ title: "开户" });
  const b = entry({ title: "销户" });
  const plan = planSync([a, b], { version: LOCKFILE_VERSION, entries: [locked("旧问题")] });
  const writes = plan.actions.filter(
    (x): x is WriteAction => x.kind === "create" || x.kind === "update" || x.kind === "rename",
  );
  const base: ApplyResult = {
    outcome: "done",
    plan,
    dryRun: false,
    written: writes.length,
    writes,
    failures: [],
    pruned: false,
    publish: { status: "not-asked" },
    drift: [],
    disabled: [],
    unpublished: 0,
    lockfileChanged: true,
    elapsedMs: 1234,
  };
  const results: ApplyResult[] = [
    base,
    { ...base, dryRun: true },
    { ...base, publish: { status: "done", entries: 2, disabled: 0, removed: 0 } },
    { ...base, lockfileChanged: false, outcome: "nothing-to-do" },
    { ...base, outcome: "fatal", written: 0 },
    { ...base, outcome: "fatal", written: 1 },
    { ...base, outcome: "interrupted", written: 1 },
    { ...base, publish: { status: "skipped" }, unpublished: 2 },
  ];

  it("translates its headline and the lines after the entries", () => {
    for (const result of results) {
      const lines = renderApplyText(result, { lockfile: "faqops.lock.json", quiet: true })
        .split("\n")
        .filter((l) => l !== "");
      for (const line of lines) expectChinese(line);
    }
  });
});

describe("lines without an entry", () => {
  it("are kept as they are; an entry's line keeps its values", () => {
    expect(localizeText("账户\n  + 开户  (new)  带身份证…\n", "zh-CN")).toBe(
      "账户\n  + 开户  （新建）  带身份证…\n",
    );
    expect(localizeText("anything at all", "zh-CN")).toBe("anything at all");
    expect(localizeText("3 entries, 0 errors, 0 warnings", "en")).toBe(
      "3 entries, 0 errors, 0 warnings",
    );
  });
});

describe("the Action's drift warning (action/main.ts driftList)", () => {
  it("translates every drift reason in its list", () => {
    const line =
      "3 entries are still on the bot but not in the content or not for this target (账户 / 甲 (deleted), 账户 / 乙 (not for this target), 账户 / 丙 (now a draft)). The v1 API removes entries only by replacing the whole bot: run with `prune: true` (review a plan with prune first).";
    const zh = localizeText(line, "zh-CN");
    expect(zh).toMatch(/^3 个条目仍在机器人上，但不在内容里或不属于这个目标（/);
    expect(zh).toContain(
      "（账户 / 甲 （已从内容中删除）, 账户 / 乙 （不属于这个目标）, 账户 / 丙 （已改为草稿））",
    );
    expect(englishLeft(zh)).toEqual([]);
  });
});
