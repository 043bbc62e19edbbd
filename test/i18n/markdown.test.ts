/**
 * The action's job summary and pull-request comment in Chinese (action/summary.ts through
 * localizeMarkdown): every line of every plan and apply result has an entry, or holds Markdown
 * and values only; what comes from content is kept byte for byte, escaped as in English.
 */
import { describe, expect, it } from "vitest";
import { type Report, renderComment, renderSummary } from "../../src/action/summary.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { localizeDiagnostic, translateMarkdownLine } from "../../src/i18n/index.js";
import { publishedSentence } from "../../src/render/apply.js";
import { entry, planAnswers } from "../sync/helpers.js";
import { englishLeft } from "./helpers.js";
import { applyResults, befores, PLANS, planOf } from "./outputs.js";

/** Lines of Markdown structure and values only: headings, rules, callouts, a closing tag. */
const structural = (line: string) =>
  line === "" ||
  // Headings: the command, a skill (a level deeper under a target); a target's is translated.
  /^#{3,5} (?!Target `)/.test(line) ||
  /^\|(?: *:?-+:? *\|)+$/.test(line) ||
  /^> \[!(?:NOTE|WARNING)\]$/.test(line) ||
  line === "</details>" ||
  line.startsWith("<!--");

function expectChinese(english: string, chinese: string): void {
  const lines = english.split("\n");
  const translated = chinese.split("\n");
  expect(translated).toHaveLength(lines.length);
  lines.forEach((line, i) => {
    if (structural(line)) {
      expect(translated[i], line).toBe(line);
      return;
    }
    const t = translateMarkdownLine(line);
    expect(t?.complete, line).toBe(true);
    expect(translated[i]).toBe(t?.text);
    expect(englishLeft(translated[i]!), line).toEqual([]);
  });
}

const diagnostics: Diagnostic[] = [
  {
    file: "content/账户/开户.md",
    line: 2,
    column: 6,
    severity: "error",
    ruleId: "front-matter-yaml",
    message:
      'the key `title` is followed by a full-width colon "：": write a half-width colon and a space, `title: …`',
  },
  {
    file: "content/账户/销户.md",
    line: 1,
    column: 1,
    severity: "warning",
    ruleId: "title-required",
    message: "add `title: <the question>` to the front matter",
  },
];

describe("the job summary (action/summary.ts)", () => {
  it("check: the verdict and the diagnostics' table", () => {
    // The action hands the summary its diagnostics already translated.
    const localized = diagnostics.map((d) => localizeDiagnostic(d, "zh-CN"));
    for (const command of ["check", "plan"] as const) {
      const report: Report = { command, fileCount: 2, diagnostics: localized };
      expectChinese(renderSummary(report), renderSummary(report, "zh-CN"));
      const clean: Report = { command, fileCount: 1, diagnostics: localized.slice(1) };
      expectChinese(renderSummary(clean), renderSummary(clean, "zh-CN"));
    }
  });

  it("plan: every kind of change, v1 and v2, every prune", () => {
    for (const plan of PLANS) {
      const report: Report = {
        command: "plan",
        fileCount: 9,
        diagnostics: [],
        plan,
        answers: planAnswers(plan),
        befores: befores(),
      };
      expectChinese(renderSummary(report), renderSummary(report, "zh-CN"));
    }
  });

  it("apply: every outcome, publish and list", () => {
    const notes = [
      "Lockfile `faqops.lock.json` updated (not committed: `commit-lockfile` is false).",
      "Lockfile unchanged: nothing to commit.",
      "Lockfile committed to `main` as 1234567.",
      undefined,
    ];
    applyResults().forEach((apply, i) => {
      const report: Report = {
        command: "apply",
        fileCount: 9,
        diagnostics: [],
        plan: apply.plan,
        answers: planAnswers(apply.plan),
        apply,
        befores: befores(),
        lockfileNote: notes[i % notes.length],
      };
      expectChinese(renderSummary(report), renderSummary(report, "zh-CN"));
    });
  });

  it("keeps an entry's text as it is, however much it looks like faqops' own", () => {
    const sly = entry({
      title: "No changes: the platform is up to date with the content.",
      skill: "Nothing to do",
      messages: ["✅ Wrote 3 entries in 1.0 s. | <b>x</b> `code`"],
    });
    const plan = planOf([{ kind: "create", entry: sly, hash: sly.hash }]);
    const answers = planAnswers(plan);
    const report: Report = { command: "plan", fileCount: 1, diagnostics: [], plan, answers };
    const en = renderSummary(report);
    const zh = renderSummary(report, "zh-CN");
    const row = (text: string) => text.split("\n").find((l) => l.includes("No changes"));
    expect(row(zh)).toBe(row(en)?.replace("🆕 new", "🆕 新建"));
    expect(zh).toContain("#### Nothing to do\n");
  });
});

describe("several targets (faqops.config.yaml)", () => {
  it("plan: each target's heading, its plan and a target that could not be planned", () => {
    const report: Report = {
      command: "plan",
      fileCount: 9,
      diagnostics: [],
      targets: [
        {
          target: { name: "production", lockfile: "faqops.production.lock.json", api: "v1" },
          failure:
            "the lockfile faqops.production.lock.json is not valid: it is not a JSON object.",
        },
        {
          target: { name: "staging", lockfile: "faqops.staging.lock.json", api: "v2" },
          plan: PLANS[0],
          answers: planAnswers(PLANS[0]!),
          befores: befores(),
        },
      ],
    };
    const en = renderSummary(report);
    expect(en).toContain("#### Target `staging` (`faqops.staging.lock.json`, v2)");
    const zh = renderSummary(report, "zh-CN");
    expect(zh).toContain("#### 目标 `staging`（`faqops.staging.lock.json`，v2）");
    expectChinese(en, zh);
  });

  it("apply: one target's section", () => {
    const [apply] = applyResults();
    const report: Report = {
      command: "apply",
      fileCount: 9,
      diagnostics: [],
      target: { name: "staging", lockfile: "faqops.staging.lock.json", api: "v1" },
      plan: apply!.plan,
      answers: planAnswers(apply!.plan),
      apply,
      befores: befores(),
      lockfileNote: "Lockfile committed to `main` as 1234567.",
    };
    expectChinese(renderSummary(report), renderSummary(report, "zh-CN"));
  });
});

describe("the pull-request comment", () => {
  it("its footer and the notice of a cut, in Chinese, under the limit", () => {
    const report: Report = {
      command: "plan",
      fileCount: 9,
      diagnostics: [],
      plan: PLANS[0],
      answers: planAnswers(PLANS[0]!),
      befores: befores(),
    };
    const url = "https://github.com/o/r/actions/runs/1";
    const full = renderComment(report, { detailsUrl: url, lang: "zh-CN" });
    expect(full).toContain(
      `<sub>faqops 会在这个拉取请求每次推送后更新本评论。完整详情：[作业摘要](${url})。</sub>`,
    );
    const cut = renderComment(report, { detailsUrl: url, lang: "zh-CN", limit: 1200 });
    expect(cut.length).toBeLessThanOrEqual(1200);
    expect(cut).toContain(`> 计划太长，评论在这里截断了；完整内容见[作业摘要](${url})。`);
    expect(renderComment(report, { limit: 1200 })).toContain(
      "> The plan is too long for a comment and was cut here; see the job summary for all of it.",
    );
  });
});

describe("the publish's verdict (action/main.ts, render/apply.ts publishedSentence)", () => {
  it("says what went live and what went off, in Chinese", () => {
    for (const [entries, disabled, removed] of [
      [3, 0, 0],
      [0, 2, 0],
      [3, 1, 0],
      [1, 1, 0],
      [0, 0, 0],
      [0, 0, 4],
      [2, 0, 1],
      [0, 1, 1],
      [2, 3, 5],
    ] as const) {
      const line = `✅ ${publishedSentence({ status: "done", entries, disabled, removed })}`;
      const t = translateMarkdownLine(line);
      expect(t?.complete, line).toBe(true);
      expect(englishLeft(t!.text), line).toEqual([]);
    }
    expect(publishedSentence({ status: "done", entries: 0, disabled: 2, removed: 0 })).toBe(
      "Published: the live bot no longer answers with 2 entries disabled since the last publish.",
    );
    expect(publishedSentence({ status: "done", entries: 1, disabled: 0, removed: 7 })).toBe(
      "Published: the live bot now answers with 1 entry written since the last publish, and no longer with 7 entries removed by a prune.",
    );
    expect(publishedSentence({ status: "done", entries: 0, disabled: 0, removed: 0 })).toBe(
      "Published: nothing was written since the last publish; the live bot answers as before.",
    );
  });
});
