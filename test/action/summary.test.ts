/** The pure renderers on their own: the comment's cap and the Link header, without a runner. */
import { describe, expect, it } from "vitest";
import { nextLink } from "../../src/action/comment.js";
import { COMMENT_MARKER, renderComment, renderSummary } from "../../src/action/summary.js";
import { localizeMarkdown } from "../../src/i18n/index.js";
import { identityKey } from "../../src/platform/identity.js";
import type { Before } from "../../src/sync/before.js";
import { emptyLockfile, LOCKFILE_VERSION, type Lockfile } from "../../src/sync/lockfile.js";
import { planSync } from "../../src/sync/plan.js";
import { entry, planAnswers } from "../sync/helpers.js";

const plan = planSync(
  Array.from({ length: 50 }, (_, i) => entry({ title: `问题 ${i}`, content: "答".repeat(50) })),
  emptyLockfile(),
);
const answers = planAnswers(plan);
const report = { command: "plan" as const, fileCount: 50, diagnostics: [], plan, answers };

describe("renderComment", () => {
  it("is the summary after the marker when it fits", () => {
    const body = renderComment(report);
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain(renderSummary(report).trim());
    expect(body).not.toContain("was cut here");
  });

  it("cuts whole lines to stay within the limit and says where the rest is", () => {
    const body = renderComment(report, { limit: 1500, detailsUrl: "https://example.com/run" });
    expect(body.length).toBeLessThanOrEqual(1500);
    expect(body).toContain("was cut here; see [the job summary](https://example.com/run)");
    // Every table row kept is whole; some are kept, and some cut.
    const rows = body.split("\n").filter((l) => l.startsWith("| 🆕"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(50);
    for (const line of rows) {
      expect(line.endsWith(" |")).toBe(true);
    }
  });
});

describe("nextLink", () => {
  it("finds rel=next among GitHub's Link relations", () => {
    expect(
      nextLink(
        '<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=9>; rel="last"',
      ),
    ).toBe("https://api.github.com/x?page=3");
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

describe("a v2 prune in the summary", () => {
  it("labels an entry this target no longer takes as such, not as missing from the content", () => {
    const kept = entry({ title: "留下" });
    const offTarget = entry({ title: "只给预发" });
    const gone = entry({ title: "删了" });
    const lock: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [kept, offTarget, gone].map((e) => ({
        skill: e.skill,
        title: e.title,
        hash: e.hash,
        source: e.source,
        status: "synced" as const,
      })),
    };
    const excluded = planSync([kept], lock, {}, [offTarget]);
    const summary = renderSummary({
      command: "plan",
      fileCount: 2,
      diagnostics: [],
      plan: excluded,
      answers: planAnswers(excluded),
    });
    const row = (title: string) =>
      summary.split("\n").find((l) => l.startsWith("|") && l.includes(title)) ?? "";
    expect(row("只给预发")).toMatch(/^\| ⚠️ on the bot, not for this target \| 只给预发 \|/);
    expect(row("删了")).toMatch(/^\| ⚠️ on the bot, not in content \| 删了 \|/);
    expect(summary).toContain(
      "**Plan:** 0 to create, 0 to update, 0 to rename, 2 on the bot but not in the content or not for this target, 1 unchanged.",
    );
    const zh = renderSummary(
      {
        command: "plan",
        fileCount: 2,
        diagnostics: [],
        plan: excluded,
        answers: planAnswers(excluded),
      },
      "zh-CN",
    );
    expect(zh).toContain("| ⚠️ 在机器人上，不属于这个目标 | 只给预发 |");
    expect(zh).toContain("2 个在机器人上但不在内容里或不属于这个目标");
  });

  it("labels a v1 write over a disabled entry as such, and counts it as an update", () => {
    const back = entry({ title: "回来了" });
    const lock: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [
        {
          skill: back.skill,
          title: back.title,
          hash: back.hash,
          source: back.source,
          status: "disabled",
          api: "v2",
        },
      ],
    };
    const summary = (api: "v1" | "v2") => {
      const plan = planSync([back], lock, { api });
      return renderSummary({
        command: "plan",
        fileCount: 1,
        diagnostics: [],
        plan,
        answers: planAnswers(plan),
      });
    };
    const row = (text: string) =>
      text.split("\n").find((l) => l.startsWith("|") && l.includes("回来了")) ?? "";
    expect(row(summary("v1"))).toMatch(
      /^\| ✏️ written over a disabled entry \(v1 may not switch it on\) \| 回来了 \|/,
    );
    expect(row(summary("v2"))).toMatch(/^\| 🔛 enabled again \| 回来了 \|/);
    expect(summary("v1")).toContain("1 to update,");
    expect(summary("v1")).not.toContain("to enable");
    expect(summary("v2")).toContain("0 to update, 1 to enable");
  });

  it("does not promise a disable it cannot send, and its row says why", () => {
    const kept = entry({ title: "留下" });
    const gone = entry({ title: "可停用" });
    const stuck = entry({ title: "不在 Git 里" });
    const lock: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [kept, gone, stuck].map((e) => ({
        skill: e.skill,
        title: e.title,
        hash: e.hash,
        source: e.source,
        status: "synced" as const,
      })),
    };
    const pruning = planSync([kept], lock, { api: "v2", prune: true, force: true });
    const befores = new Map<string, Before>([
      [identityKey(gone), { found: true, entry: { ...gone, messages: ["答"] } }],
      [identityKey(stuck), { found: false, why: "not in a Git repository" }],
    ]);
    const summary = renderSummary({
      command: "plan",
      fileCount: 1,
      diagnostics: [],
      plan: pruning,
      answers: planAnswers(pruning),
      befores,
    });
    expect(summary).toContain("> **Prune (v2):** 1 entry is disabled (33% of what faqops knows");
    const row = summary.split("\n").find((l) => l.startsWith("|") && l.includes("不在 Git 里"));
    expect(row).toContain(
      "_deleted; cannot be disabled: its last synced version is not in Git (not in a Git repository), and a disable must carry its questions and answer; commit that version, or take it off with \\`prune: true\\` and \\`replace-all: true\\`_",
    );
    expect(localizeMarkdown(row!, "zh-CN")).toContain("_已从内容中删除；无法停用：");
    const other = summary.split("\n").find((l) => l.startsWith("|") && l.includes("可停用"));
    expect(other).toContain("_deleted; disabled by this prune_");
  });
});
