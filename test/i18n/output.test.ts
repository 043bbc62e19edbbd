/**
 * The CLI's output in Chinese, rendered by the real renderers and translated as the CLI does
 * (localizeText): every line of a plan, of apply's summary and progress, of `faqops init`,
 * `faqops emulate` and `faqops compile` has an entry, or holds values only (a skill, a diff's
 * body, a command to copy). A line a renderer adds without an entry fails here.
 */
import { describe, expect, it } from "vitest";
import { renderEntry } from "../../src/cli/commands/compile.js";
import { describeStart } from "../../src/cli/commands/emulate.js";
import type { Io } from "../../src/cli/io.js";
import { createProgress } from "../../src/cli/progress.js";
import { localizeText, translateLine } from "../../src/i18n/index.js";
import { INIT_PATHS, type PathState, planInit } from "../../src/init/plan.js";
import { renderNextSteps, renderSteps } from "../../src/init/render.js";
import { DEFAULT_EMULATOR_CREDENTIALS } from "../../src/platform/emulator.js";
import { renderApplyText } from "../../src/render/apply.js";
import { COLOR_STYLE, COLORS, PLAIN_STYLE } from "../../src/render/diff.js";
import { apiNotes, renderPlanText } from "../../src/render/plan.js";
import { entry, planAnswers } from "../sync/helpers.js";
import { englishLeft } from "./helpers.js";
import { applyResults, befores, PLANS, WRITES } from "./outputs.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what it removes.
const strip = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");

/**
 * Every line of `output` is translated whole with no English sentence left, except the lines
 * `isValue` says hold values only. Returns the translated output.
 */
function expectChinese(output: string, isValue: (line: string) => boolean): string {
  for (const line of strip(output).split("\n")) {
    if (line.trim() === "" || isValue(line)) continue;
    const translated = translateLine(line.replace(/^\r/, ""));
    expect(translated?.complete, line).toBe(true);
    expect(englishLeft(translated!.text), line).toEqual([]);
  }
  return localizeText(output, "zh-CN");
}

const SKILLS = new Set(["账户", "转账"]);

/** A plan's value lines: a skill, a prune's list, the unpublished entries, a diff's keys and body. */
const planValue = (line: string) =>
  SKILLS.has(line) ||
  /^ {2}- \S+ \/ /.test(line) ||
  /^ {2}[^\s…]+ \/ /.test(line) ||
  /^ {6}(?:skill|title|threshold|[-+] question):/.test(line) ||
  /^ {8}/.test(line);

describe("the plan (render/plan.ts)", () => {
  it("every line, brief and in full, v1 and v2, every prune", () => {
    for (const plan of PLANS) {
      const answers = planAnswers(plan);
      expectChinese(renderPlanText(plan, answers), planValue);
      expectChinese(renderPlanText(plan, answers, { befores: befores() }), planValue);
      expectChinese(
        renderPlanText(plan, answers, { details: { befores: befores(), style: PLAIN_STYLE } }),
        planValue,
      );
      for (const audience of ["cli", "action"] as const) {
        for (const note of apiNotes(plan, answers, audience))
          expectChinese(`note: ${note}`, () => false);
      }
    }
    const notes = PLANS.flatMap((plan) => apiNotes(plan, planAnswers(plan), "cli"));
    expect(notes.some((n) => n.includes("written through v1"))).toBe(true);
    expect(notes.some((n) => n.includes("to write carr"))).toBe(true);
  });

  it("the same text in colour, coloured where the English is", () => {
    for (const plan of PLANS) {
      const options = { details: { befores: befores(), style: COLOR_STYLE }, colors: COLORS };
      const english = renderPlanText(plan, planAnswers(plan), options);
      expect(strip(localizeText(english, "zh-CN"))).toBe(localizeText(strip(english), "zh-CN"));
    }
    const zh = localizeText(
      renderPlanText(PLANS[7]!, planAnswers(PLANS[7]!), { colors: COLORS }),
      "zh-CN",
    );
    expect(zh).toContain("\x1b[1m计划：\x1b[22m新建");
    expect(zh).toContain("  \x1b[32m+\x1b[39m 新问题  （新建）");
    expect(zh).toContain("\x1b[31m!!! 修剪：机器人的全部内容将被【替换】");
  });

  it("keeps titles, skills and answers as they are", () => {
    const zh = localizeText(renderPlanText(PLANS[0]!, planAnswers(PLANS[0]!)), "zh-CN");
    for (const value of ["新问题", "答案：新问题", '"旧标题"', '"改名后"', "转账 / "]) {
      expect(zh).toContain(value);
    }
  });
});

describe("apply's summary (render/apply.ts)", () => {
  const applyValue = (line: string) => SKILLS.has(line.trim());

  it("every line, with the entries listed", () => {
    const results = applyResults();
    for (const result of results) {
      expectChinese(renderApplyText(result, { lockfile: "faqops.lock.json" }), applyValue);
      expectChinese(
        renderApplyText(result, { lockfile: "faqops.lock.json", quiet: true }),
        applyValue,
      );
      expectChinese(renderApplyText(result, { lockfile: "f.json", limit: 2 }), applyValue);
    }
    const all = results.map((r) => renderApplyText(r, { lockfile: "f.json" })).join("\n");
    for (const v2 of [
      "Settled first",
      "in flight and",
      "disabled, reversibly",
      "written anew",
      "(enabled again)",
      "(written through v1, which may not switch it back on: not documented; --api v2 does)",
      "Publish failed:",
    ]) {
      expect(all).toContain(v2);
    }
  });
});

/** An Io that keeps what is written, for the progress reporter. */
function capture(isTty: boolean): Io & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
    isTty,
    env: {},
    cwd: "/",
  };
}

describe("apply's progress (cli/progress.ts)", () => {
  for (const isTty of [false, true]) {
    it(isTty ? "the bar on a terminal" : "the lines in a log", () => {
      const io = capture(isTty);
      let clock = 0;
      // A set clock: every line shows a rate (and time left), whatever the machine's speed.
      const progress = createProgress(io, { intervalMs: 0, rate: 5, now: () => clock });
      const written = (done: number) =>
        ({ type: "written", entry: WRITES[0]!.entry, done, total: 4 }) as const;
      const tick = () => {
        clock += 400;
      };
      progress.onEvent({ type: "start", total: 4 });
      progress.onEvent(written(1));
      progress.onRetry();
      tick();
      progress.onEvent(written(2));
      progress.onEvent({
        type: "failed",
        entry: entry({ title: "坏的" }),
        message: "/v2/bot/import/json: no answer within 15000 ms; gave up after 6 attempts.",
      });
      tick();
      progress.onEvent(written(3));
      progress.onEvent({ type: "prune", keeps: 3, removes: 1 });
      progress.onEvent({ type: "publish", progress: { progress: 50, status: 0 } });
      progress.onEvent({ type: "publish", progress: { progress: 100, status: 1 } });
      progress.onEvent({ type: "interrupted" });
      progress.end();
      for (const write of io.out) {
        for (const part of write.split("\r")) expectChinese(part, () => false);
      }
      const zh = io.out.map((w) => localizeText(w, "zh-CN")).join("");
      expect(zh).toContain("已写入");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the erase-line code is what it finds.
      if (isTty) expect(zh).toMatch(/\r\x1b\[2K\[#+\.*\] \d+\/4（/);
    });
  }
});

describe("faqops init (init/render.ts)", () => {
  it("every step, note, warning and next step", () => {
    const files = (text: string) =>
      new Map<string, PathState>(INIT_PATHS.map((p) => [p, { kind: "file", text }]));
    const states = [
      {
        paths: new Map(),
        contentHasEntries: false,
        insideGit: false,
        otherRemarkConfig: undefined,
      },
      {
        paths: new Map(),
        contentHasEntries: true,
        insideGit: true,
        otherRemarkConfig: ".remarkrc.yml",
      },
      {
        paths: files("{}"),
        contentHasEntries: true,
        insideGit: true,
        otherRemarkConfig: undefined,
      },
      {
        paths: new Map([...files("x\n"), [".gitignore", { kind: "other" as const }]]),
        contentHasEntries: false,
        insideGit: true,
        otherRemarkConfig: undefined,
      },
    ];
    const commands = (line: string) =>
      /^ {5}npm install /.test(line) || /^ {2}(?:git|npx) /.test(line);
    for (const state of states) {
      const plan = planInit(state);
      for (const warning of plan.warnings)
        expectChinese(`faqops: warning: ${warning}`, () => false);
      expectChinese(`faqops init in /repo:\n${renderSteps(plan.steps)}`, () => false);
      expectChinese(renderNextSteps(plan.steps), commands);
    }
  });
});

describe("faqops emulate and compile", () => {
  it("the emulator's start lines", () => {
    const exportLine = (line: string) => line.startsWith("export ");
    expectChinese(
      describeStart("http://127.0.0.1:8787", DEFAULT_EMULATOR_CREDENTIALS, {}),
      exportLine,
    );
    const zh = expectChinese(
      describeStart("http://127.0.0.1:8787", DEFAULT_EMULATOR_CREDENTIALS, {
        statePath: "/tmp/bot.json",
        tokenTtlMs: 90_000,
        faults: {
          failRate: 0.2,
          failStatus: 503,
          dropRate: 0.1,
          latencyMs: 300,
          rateLimit: 5,
          publishFails: true,
        },
      }),
      exportLine,
    );
    expect(zh).toContain("20% 的调用以 HTTP 503 失败，断开 10% 的连接，延迟 300 毫秒");
    expect(zh).toContain("有效期为 90 秒");
    expectChinese("\nSIGINT: stopping the emulator…\nstopped.\n", () => false);
  });

  it("compile's listing: its words translated, the entry's keys and text kept", () => {
    const listing = renderEntry(
      entry({ title: "开户", draft: true, messages: ["第一条", "第二条"], questions: ["怎么开"] }),
    );
    const zh = expectChinese(listing, (line) => /^ {2}(?:skill|title|question): |^ {4}/.test(line));
    expect(zh).toContain("（草稿：不同步）");
    expect(zh).toContain("  第 2 条消息：");
  });
});
