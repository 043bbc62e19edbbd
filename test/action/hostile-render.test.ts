/**
 * Content authors write the titles, answers, links and card fields that the job summary and the
 * pull-request comment show: nothing they write may become live HTML, a link elsewhere than it
 * says, a broken table, or a mention that pings someone.
 */
import { describe, expect, it } from "vitest";
import { renderComment, renderSummary } from "../../src/action/summary.js";
import type { Message } from "../../src/content/types.js";
import { emptyLockfile } from "../../src/sync/lockfile.js";
import { planSync } from "../../src/sync/plan.js";
import { entry, planAnswers } from "../sync/helpers.js";

const XSS = "恶意</details><img src=x onerror=alert(1)><script>alert(2)</script>";
const hostileMessages: Message[] = [
  `${XSS} 点 <a href="https://a.example/x)](https://evil.example/y">这里|点</a> 或问 <a href="weixin://bizmsgmenu?msgmenucontent=查余额 @mallory&msgmenuid=1">余额</a> @octocat #1 ~~x~~`,
  {
    news: {
      articles: [
        {
          title: `新闻 ${XSS}`,
          description: "描述 @everyone | 列",
          url: "https://n.example/a b)|c",
          picurl: "",
          type: "h5",
        },
      ],
    },
  },
  { image: { media_id: "m`|<b>id</b>", url: "javascript:alert(3)" } },
  {
    miniprogrampage: {
      title: `小程序 ${XSS}`,
      appid: "wx`|x",
      pagepath: "pages/a?`|<i>",
      thumb_media_id: "t",
      thumb_url: "",
    },
  },
];

function rendered(): string {
  const plan = planSync(
    [entry({ title: `标题 ${XSS} @mallory`, skill: `技能 ${XSS}`, messages: hostileMessages })],
    emptyLockfile(),
  );
  const answers = planAnswers(plan);
  const report = { command: "plan" as const, fileCount: 1, diagnostics: [], plan, answers };
  return `${renderSummary(report)}\n${renderComment(report)}`;
}

describe("the summary and the comment with hostile content", () => {
  const text = rendered();

  it("never lets content become HTML", () => {
    // Code spans show their text literally; everywhere else no tag may appear.
    const outsideCode = text.replace(/`[^`\n]*`/g, "");
    expect(outsideCode).not.toMatch(/<img|<script|<b>|<i>/i);
    expect(outsideCode.match(/<\/details>/g) ?? []).toEqual([]);
    expect(text).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("never lets a mention through", () => {
    expect(text).not.toMatch(/@(mallory|octocat|everyone)/);
    expect(text).toContain("@\u200bmallory");
  });

  it("keeps every link's destination whole and only http(s)", () => {
    expect(text).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
    expect(text).toContain("(https://a.example/x%29%5D%28https://evil.example/y)");
    expect(text).toContain("(https://n.example/a%20b%29%7Cc)");
    expect(text).not.toMatch(/\]\(javascript:/i);
    expect(text).toContain("`javascript:alert(3)`");
  });

  it("shows a recommended question's target, escaped", () => {
    expect(text).toContain("asks “查余额 @\u200bmallory”");
  });

  it("keeps every table row's column count: no raw | from content", () => {
    const rows = text.split("\n").filter((l) => l.startsWith("| 🆕"));
    // The entry's row in the summary and in the comment: without them the loop checks nothing.
    expect(rows).toHaveLength(2);
    for (const line of rows) {
      // Cells are split on | not preceded by a backslash.
      expect(line.split(/(?<!\\)\|/).length, line).toBe(5);
    }
  });

  it("keeps code spans closed: backticks from content cannot end them", () => {
    expect(text).toContain("`m′\\|<b>id</b>`");
    expect(text).toContain("`wx′\\|x`");
  });
});

describe("per-entry diffs in the comment", () => {
  it("collapses each change in one <details> line, escaped, and cuts only between lines", async () => {
    const { identityKey } = await import("../../src/platform/identity.js");
    const { LOCKFILE_VERSION } = await import("../../src/sync/lockfile.js");
    type Lockfile = import("../../src/sync/lockfile.js").Lockfile;
    const entries = Array.from({ length: 40 }, (_, i) =>
      entry({ title: `问题 ${i} ${XSS}`, messages: [`新答案 ${i} <script>x</script>`] }),
    );
    const lock: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: entries.map((e) => ({
        skill: e.skill,
        title: e.title,
        hash: "old",
        source: e.source,
        status: "synced" as const,
      })),
    };
    const plan = planSync(entries, lock);
    const befores = new Map(
      entries.map((e) => [
        identityKey(e),
        {
          found: true as const,
          entry: { skill: e.skill, title: e.title, questions: [], messages: ["旧答案 @mallory"] },
        },
      ]),
    );
    const report = {
      command: "plan" as const,
      fileCount: 40,
      diagnostics: [],
      plan,
      answers: planAnswers(plan),
      befores,
    };
    const full = renderComment(report);
    const details = full.split("\n").filter((l) => l.startsWith("<details>"));
    expect(details).toHaveLength(40);
    for (const line of details) expect(line.endsWith("</details>")).toBe(true);
    expect(full).not.toMatch(/<script>|<img/);
    expect(full).toContain("@\u200bmallory");
    expect(full).not.toMatch(/@mallory/);
    expect(full).toMatch(/<del>[^<]*旧[^<]*<\/del>/);
    const cut = renderComment(report, { limit: 6000 });
    expect(cut.length).toBeLessThanOrEqual(6000);
    expect(cut.match(/<details>/g)?.length).toBe(cut.match(/<\/details>/g)?.length);
  });
});
