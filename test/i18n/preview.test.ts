/**
 * The preview page's own words in the language of the run: Simplified Chinese with `lang:
 * "zh-CN"` (and `<html lang="zh-CN">`), English by default; content from entries exactly as
 * in English; and a catalogue with a string for every key in every language.
 */
import { describe, expect, it } from "vitest";
import { heldAnswers } from "../../src/content/answer-reader.js";
import type { CompiledEntry, Message } from "../../src/content/types.js";
import {
  fillPlaceholders,
  PREVIEW_SCRIPT_KEYS,
  PREVIEW_STRINGS,
  previewCatalogueProblems,
} from "../../src/i18n/preview.js";
import { identityKey } from "../../src/platform/identity.js";
import {
  changesPageData,
  entriesPageData,
  type PageData,
  renderChangesPreview,
  renderPreview,
} from "../../src/render/preview.js";
import type { Before } from "../../src/sync/before.js";
import { LOCKFILE_VERSION, type Lockfile } from "../../src/sync/lockfile.js";
import { planSync } from "../../src/sync/plan.js";
import { entry, planAnswers } from "../sync/helpers.js";

const ask = (label: string, q = label) =>
  `<a href="weixin://bizmsgmenu?msgmenucontent=${q}&msgmenuid=${q}">${label}</a>`;

function withMessages(fields: Partial<CompiledEntry> & { title: string }, messages: Message[]) {
  return entry({ ...fields, messages });
}

function pageData(html: string): PageData {
  const match = /<script type="application\/json" id="faqops-data">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error("no data block");
  return JSON.parse(match[1]!) as PageData;
}

/** Every English word of the page's own, none of which may be left in the Chinese page. */
const ENGLISH_UI = [
  "faqops preview",
  "FAQ preview",
  "FAQ changes",
  "Search titles, questions and answers",
  "Search entries",
  "allow JavaScript",
  "Tap a blue question",
  " in 1 skill",
  " entries",
  "of them",
  "draft: not synced",
  "The content has no entry",
  "Nothing to review",
  "On the bot now",
  "After this change",
  "Previous version not available",
  "it was not looked up",
  "Not on the bot yet",
  "Not in the content",
  "not in the content",
  "sent again",
  '"changed"',
  '"renamed"',
  '"new"',
  "Renamed from",
  "Moved from",
  "(same id)",
  "still on the bot",
  "deleted",
  "renamed to",
  "asks: ",
  "The bot answers this",
  "No entry answers",
  "Similar questions",
  "Reset conversation",
  "No entry matches the search",
  "{shown} of {total}",
  " to create",
  " unchanged",
  "no committed version of",
];

const SCRIPT_WORDS = ['" of "', '"asks: "', "Similar questions:"];

const hostile = `</script><b onmouseover="x">&amp;{q}{title}$&`;
const entries = [
  withMessages({ title: "如何开户？", questions: ["怎么开户"], skill: "账户" }, [
    `带身份证。你还可以问：${ask("查余额")} ${ask("没人答")}`,
    `原文 ${hostile}`,
  ]),
  withMessages({ title: "怎么查询余额？", questions: ["查余额"], skill: "账户" }, ["看 App。"]),
  withMessages({ title: "草稿条目", skill: "转账", draft: true }, [
    {
      news: {
        articles: [
          { title: "新闻", description: "说明", url: "https://x.example/", picurl: "", type: "mp" },
        ],
      },
    },
  ]),
];

describe("the entries page in Chinese", () => {
  const html = renderPreview(entries, heldAnswers(entries), { lang: "zh-CN" });
  const data = pageData(html);

  it("says its own words in Chinese, with lang=zh-CN", () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<title>faqops 预览</title>");
    expect(html).toContain('placeholder="搜索标题、问题和答案"');
    expect(html).toContain('aria-label="搜索条目"');
    expect(html).toContain("请允许此页面运行 JavaScript");
    expect(data.heading).toBe("FAQ 预览");
    expect(data.summary).toBe(
      "共 3 个条目，分属 2 个技能，其中 1 个是草稿（不同步）。点击蓝色问题即可提问。",
    );
    expect(data.groups.flatMap((g) => g.items.map((i) => i.badge))).toEqual([
      null,
      null,
      "草稿：不同步",
    ]);
    expect(data.ui).toEqual({
      asks: "提问：{q}",
      askUnavailable: "机器人用“{title}”回答这个问题，但它之前的版本无法显示：{why}",
      askNone: "没有条目回答“{q}”：机器人不知道该如何回复。",
      similarQuestions: "相似问题：",
      reset: "重置对话",
      noMatch: "没有与搜索匹配的条目。",
      searchCount: "{shown} / {total}",
    });
  });

  it("leaves no English word of its own", () => {
    for (const word of [...ENGLISH_UI, ...SCRIPT_WORDS]) expect(html).not.toContain(word);
    const empty = entriesPageData([], heldAnswers([]), { lang: "zh-CN" });
    expect(empty.empty).toBe("内容中没有条目。");
    expect(empty.summary).toBe("共 0 个条目，分属 0 个技能。点击蓝色问题即可提问。");
  });

  it("shows the content exactly as the English page does", () => {
    const english = pageData(renderPreview(entries, heldAnswers(entries)));
    expect(data.answers).toEqual(english.answers);
    expect(data.groups.map((g) => [g.skill, g.items.map((i) => i.source)])).toEqual(
      english.groups.map((g) => [g.skill, g.items.map((i) => i.source)]),
    );
    // Escaped in the data block the same way: nothing of it outside.
    const block = (page: string) => page.slice(page.indexOf('id="faqops-data">'));
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain("</script><b");
    expect(block(html)).toContain(
      '\\u003c/script\\u003e\\u003cb onmouseover=\\"x\\"\\u003e\\u0026amp;{q}{title}$\\u0026',
    );
  });
});

describe("English by default", () => {
  it("draws the page in English without a language, the same as lang: en", () => {
    const html = renderPreview(entries, heldAnswers(entries));
    expect(renderPreview(entries, heldAnswers(entries), { lang: "en" })).toBe(html);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>faqops preview</title>");
    expect(html).toContain('placeholder="Search titles, questions and answers"');
    const data = pageData(html);
    expect(data.heading).toBe("FAQ preview");
    expect(data.summary).toBe(
      "3 entries in 2 skills, 1 of them a draft (not synced). Tap a blue question to ask it.",
    );
    expect(data.ui.reset).toBe("Reset conversation");
    expect(data.ui.searchCount).toBe("{shown} of {total}");
  });
});

describe("the changes page in Chinese", () => {
  const old = (title: string, extra: Partial<Lockfile["entries"][number]> = {}) => ({
    skill: "账户",
    title,
    hash: "0".repeat(64),
    source: `账户/${title}.md`,
    status: "synced" as const,
    ...extra,
  });
  const lock: Lockfile = {
    version: LOCKFILE_VERSION,
    entries: [old("改了"), old("旧名", { id: "x" }), old("删了"), old("找不到")],
  };
  const plan = planSync(
    [
      withMessages({ title: "新的" }, ["新答案"]),
      withMessages({ title: "改了" }, [`新答案 ${ask("旧问题")}`]),
      withMessages({ title: "新名", id: "x", source: "账户/新名.md" }, ["改名后"]),
      withMessages({ title: "找不到" }, ["新答案"]),
    ],
    lock,
  );
  const why =
    "no committed version of 账户/找不到.md compiles to what was synced (it may have been synced from uncommitted edits, or from history this clone does not have)";
  const before = new Map<string, Before>([
    [
      identityKey({ skill: "账户", title: "改了" }),
      {
        found: true,
        entry: { skill: "账户", title: "改了", questions: ["旧问题"], messages: ["旧答案"] },
      },
    ],
    [
      identityKey({ skill: "账户", title: "删了" }),
      {
        found: true,
        entry: { skill: "账户", title: "删了", questions: [], messages: [`旧 ${ask("找不到")}`] },
      },
    ],
    [identityKey({ skill: "账户", title: "找不到" }), { found: false, why }],
  ]);
  const html = renderChangesPreview(plan, planAnswers(plan), before, { lang: "zh-CN" });
  const data = pageData(html);
  const items = data.groups.flatMap((g) => g.items);
  const describeSide = (side: PageData["groups"][number]["items"][number]["sides"][number]) =>
    "answer" in side
      ? `${side.label}: ${data.answers[side.answer]!.title}`
      : `${side.label}: ${side.empty} (${side.why})`;

  it("labels, badges, notes and empty sides in Chinese", () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<title>faqops 预览：变更</title>");
    expect(data.heading).toBe("FAQ 变更");
    expect(data.summary).toMatch(/^新建 1 个，/);
    expect(items.map((i) => [i.kind, i.badge, i.note, ...i.sides.map(describeSide)])).toEqual([
      [
        "remove",
        "不在内容中",
        "已从内容中删除；在 faqops apply --prune 将其移除之前，仍留在机器人上。",
        "机器人上的现状: 删了",
        "本次变更后: 不在内容中 (已从内容中删除)",
      ],
      [
        "update",
        "已修改",
        null,
        "机器人上的现状: 之前的版本无法显示 (账户/找不到.md 没有哪个已提交的版本能编译成当时同步的内容（可能是从未提交的修改同步的，或者来自这个克隆没有的历史）)",
        "本次变更后: 找不到",
      ],
      ["update", "已修改", null, "机器人上的现状: 改了", "本次变更后: 改了"],
      [
        "rename",
        "已重命名",
        "由 “旧名” 重命名而来（id 相同）；旧条目仍留在机器人上，直到 faqops apply --prune 将其移除。",
        "机器人上的现状: 之前的版本无法显示 (没有查找)",
        "本次变更后: 新名",
      ],
      [
        "create",
        "新建",
        null,
        "机器人上的现状: 机器人上还没有：这是新条目。 (null)",
        "本次变更后: 新的",
      ],
      [
        "remove",
        "不在内容中",
        '已重命名为 "新名"；在 faqops apply --prune 将其移除之前，仍留在机器人上。',
        "机器人上的现状: 之前的版本无法显示 (没有查找)",
        '本次变更后: 不在内容中 (已重命名为 "新名")',
      ],
    ]);
  });

  it("leaves no English word of its own, and the content as in English", () => {
    for (const word of [...ENGLISH_UI, ...SCRIPT_WORDS]) expect(html).not.toContain(word);
    const english = changesPageData(plan, planAnswers(plan), before);
    expect(data.answers.map(({ unavailable: _, ...a }) => a)).toEqual(
      english.answers.map(({ unavailable: _, ...a }) => a),
    );
    expect(english.groups.flatMap((g) => g.items.map((i) => i.badge))).toContain(
      "not in the content",
    );
    const none = changesPageData(
      planSync([], { version: LOCKFILE_VERSION, entries: [] }),
      heldAnswers([]),
      new Map(),
      {
        lang: "zh-CN",
      },
    );
    expect(none.empty).toMatch(/^没有需要审阅的内容/);
  });
});

describe("the catalogue", () => {
  it("has every key in Chinese, with the same placeholders as in English", () => {
    expect(previewCatalogueProblems()).toEqual([]);
    expect(Object.keys(PREVIEW_STRINGS["zh-CN"]).sort()).toEqual(
      Object.keys(PREVIEW_STRINGS.en).sort(),
    );
    for (const key of PREVIEW_SCRIPT_KEYS)
      expect(PREVIEW_STRINGS["zh-CN"][key]).toMatch(/\p{Script=Han}|\//u);
  });

  it("fails for a key without a Chinese string, a blank one, or other placeholders", () => {
    const { reset: _, ...zh } = PREVIEW_STRINGS["zh-CN"];
    expect(previewCatalogueProblems({ en: PREVIEW_STRINGS.en, "zh-CN": zh })).toEqual([
      'zh-CN: no string for "reset"',
    ]);
    expect(
      previewCatalogueProblems({
        en: PREVIEW_STRINGS.en,
        "zh-CN": {
          ...PREVIEW_STRINGS["zh-CN"],
          noMatch: " ",
          asks: "提问：{question}",
          extra: "多",
        },
      }),
    ).toEqual([
      'zh-CN: "asks" has placeholders question, English q',
      'zh-CN: no string for "noMatch"',
      'zh-CN: "extra" is not an English key',
    ]);
  });

  it("fills placeholders once, keeping `$` and braces in values as they are", () => {
    expect(fillPlaceholders("问：{q}，{other}", { q: "$& {q}" })).toBe("问：$& {q}，{other}");
  });
});
