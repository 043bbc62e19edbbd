/** The pure renderers on their own: the comment's cap and the Link header, without a runner. */
import { describe, expect, it } from "vitest";
import { nextLink } from "../../src/action/comment.js";
import { COMMENT_MARKER, renderComment, renderSummary } from "../../src/action/summary.js";
import { emptyLockfile } from "../../src/sync/lockfile.js";
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
