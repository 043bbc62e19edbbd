/**
 * The preview's renderer, without a browser: what the page data says (bubbles, links, which
 * answer each recommended question reaches, before and after), and that hostile content stays
 * data — the browser test checks what a reader then sees.
 */
import { describe, expect, it } from "vitest";
import { type AnswerReader, heldAnswers } from "../../src/content/answer-reader.js";
import type { CompiledEntry, EntryWithAnswer, Message } from "../../src/content/types.js";
import { identityKey } from "../../src/platform/identity.js";
import {
  changesPageData,
  entriesPageData,
  type PageData,
  renderPreview,
  scriptJson,
  type ViewSegment,
} from "../../src/render/preview.js";
import type { Before } from "../../src/sync/before.js";
import { emptyLockfile, LOCKFILE_VERSION, type Lockfile } from "../../src/sync/lockfile.js";
import { planSync } from "../../src/sync/plan.js";
import { entry, planAnswers } from "../sync/helpers.js";

const ask = (label: string, q = label) =>
  `<a href="weixin://bizmsgmenu?msgmenucontent=${q}&msgmenuid=${q}">${label}</a>`;

function withMessages(fields: Partial<CompiledEntry> & { title: string }, messages: Message[]) {
  return entry({ ...fields, messages });
}

/** The preview page of `entries`, their answers held. */
const preview = (entries: readonly EntryWithAnswer[]) =>
  renderPreview(entries, heldAnswers(entries));

/** The data block of a rendered page, parsed back. */
function pageData(html: string): PageData {
  const match = /<script type="application\/json" id="faqops-data">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error("no data block");
  return JSON.parse(match[1]!) as PageData;
}

/** The segments of an answer's first (text) message. */
function segments(data: PageData, answer: number, message = 0): readonly ViewSegment[] {
  const m = data.answers[answer]!.messages[message]!;
  if (m.t !== "text") throw new Error(`message ${message} is a ${m.t}`);
  return m.segments;
}

function answerOf(data: PageData, title: string): number {
  for (const group of data.groups) {
    for (const item of group.items) {
      for (const side of item.sides) {
        if ("answer" in side && data.answers[side.answer]!.title === title) return side.answer;
      }
    }
  }
  throw new Error(`no item shows ${title}`);
}

describe("the entries page", () => {
  const entries = [
    withMessages({ title: "如何开户？", questions: ["怎么开户"] }, [
      `带身份证。你还可以问：${ask("查余额")} ${ask("转账限额是多少", "转账限额")} ${ask("  如何开户？ ")}`,
      `也可以 ${ask("ＡＢＣ 怎么用", "abc 怎么用")} ${ask("销户")} ${ask("没人答")}`,
    ]),
    withMessages({ title: "怎么查询余额？", questions: ["查余额"] }, [
      `见 <a href="https://bank.example.com/b">余额</a>，或问 ${ask("转账限额")}`,
    ]),
    withMessages({ title: "转账限额是多少？", skill: "转账", questions: ["转账限额"] }, ["5 万。"]),
    withMessages({ title: "ABC 怎么用?", skill: "转账" }, ["这样用。"]),
    withMessages({ title: "如何销户？", questions: ["销户"], draft: true }, ["草稿。"]),
  ];
  const data = entriesPageData(entries, heldAnswers(entries));

  it("groups the entries by skill, one conversation each, drafts marked", () => {
    expect(data.groups.map((g) => [g.skill, g.items.map((i) => i.kind)])).toEqual([
      // Code-unit order of titles, as the plan sorts: 如何开户, 如何销户, 怎么查询余额.
      ["账户", ["entry", "draft", "entry"]],
      ["转账", ["entry", "entry"]],
    ]);
    expect(data.summary).toBe(
      "5 entries in 2 skills, 1 of them a draft (not synced). Tap a blue question to ask it.",
    );
    const open = answerOf(data, "如何开户？");
    expect(data.answers[open]!.questions).toEqual(["怎么开户"]);
    expect(data.answers[open]!.messages).toHaveLength(2);
  });

  it("resolves each :ask by title or similar question, trimmed, then loosely; drafts answer none", () => {
    const title = (to: number | null) => (to === null ? null : data.answers[to]!.title);
    const asks = [
      ...segments(data, answerOf(data, "如何开户？"), 0),
      ...segments(data, answerOf(data, "如何开户？"), 1),
    ]
      .filter((s) => s.t === "ask")
      .map((s) => [s.label, s.q, title(s.to)]);
    expect(asks).toEqual([
      ["查余额", "查余额", "怎么查询余额？"],
      ["转账限额是多少", "转账限额", "转账限额是多少？"],
      ["  如何开户？ ", "  如何开户？ ", "如何开户？"],
      // Full-width letters and a missing final "?" match as `faqops check` matches them.
      ["ＡＢＣ 怎么用", "abc 怎么用", "ABC 怎么用?"],
      ["销户", "销户", null],
      ["没人答", "没人答", null],
    ]);
  });

  it("prefers an exact match to a loose one, then the asking entry's own skill", () => {
    const entries = [
      withMessages({ title: "Q?", skill: "甲", source: "甲/x.md" }, [`${ask("Q")} ${ask("R")}`]),
      withMessages({ title: "Y", skill: "乙", questions: ["Q", "R"] }, ["乙的回答"]),
      withMessages({ title: "Z", skill: "甲", questions: ["R"] }, ["甲的回答"]),
    ];
    const page = entriesPageData(entries, heldAnswers(entries));
    const from = segments(page, answerOf(page, "Q?")).filter((s) => s.t === "ask");
    expect(
      from.map((s) => (s.t === "ask" && s.to !== null ? page.answers[s.to]!.title : null)),
    ).toEqual(["Y", "Z"]);
  });

  it("keeps links as links and text as text", () => {
    expect(segments(data, answerOf(data, "怎么查询余额？"))).toEqual([
      { t: "text", text: "见 " },
      {
        t: "link",
        label: "余额",
        url: "https://bank.example.com/b",
        href: "https://bank.example.com/b",
      },
      { t: "text", text: "，或问 " },
      { t: "ask", label: "转账限额", q: "转账限额", to: answerOf(data, "转账限额是多少？") },
    ]);
  });
});

describe("recommended questions that reach entries not shown", () => {
  it("carries every answer a chain of taps can reach, once, and reads no other", () => {
    const a = withMessages({ title: "A" }, [`去 ${ask("B")}`]);
    const b = withMessages({ title: "B" }, [`去 ${ask("C")}`]);
    const c = withMessages({ title: "C" }, [`回 ${ask("A")} 或 ${ask("B")}`]);
    // Unchanged and asked by nobody: its answer (maybe in the compile cache) is never read.
    const d = withMessages({ title: "D" }, ["D"]);
    const held = heldAnswers([a, b, c]);
    const answers: AnswerReader = {
      read(e) {
        if (e.hash === d.hash) throw new Error("D's answer was read");
        return held.read(e);
      },
    };
    const synced = (e: CompiledEntry, hash = e.hash) => ({
      skill: e.skill,
      title: e.title,
      hash,
      source: e.source,
      status: "synced" as const,
    });
    const plan = planSync([a, b, c, d], {
      version: LOCKFILE_VERSION,
      entries: [synced(a, "0".repeat(64)), synced(b), synced(c), synced(d)],
    });
    const data = changesPageData(plan, answers);
    expect(data.groups.flatMap((g) => g.items.map((i) => i.kind))).toEqual(["update"]);
    expect(data.answers.map((x) => x.title)).toEqual(["A", "B", "C"]);
    const [, , cAnswer] = data.answers;
    expect(cAnswer!.messages).toEqual([
      {
        t: "text",
        segments: [
          { t: "text", text: "回 " },
          { t: "ask", label: "A", q: "A", to: 0 },
          { t: "text", text: " 或 " },
          { t: "ask", label: "B", q: "B", to: 1 },
        ],
      },
    ]);
  });
});

describe("the changes page", () => {
  const old = (title: string, extra: Partial<Lockfile["entries"][number]> = {}) => ({
    skill: "账户",
    title,
    hash: "0".repeat(64),
    source: `账户/${title}.md`,
    status: "synced" as const,
    ...extra,
  });
  const same = withMessages({ title: "不变" }, [`问 ${ask("旧问题")}`]);
  const lock: Lockfile = {
    version: LOCKFILE_VERSION,
    entries: [
      old("改了"),
      old("旧名", { id: "x" }),
      old("删了"),
      old("找不到"),
      { ...old("不变"), hash: same.hash },
    ],
  };
  const plan = planSync(
    [
      withMessages({ title: "新的" }, ["新答案"]),
      withMessages({ title: "改了" }, [`新答案 ${ask("旧问题")}`]),
      withMessages({ title: "新名", id: "x", source: "账户/新名.md" }, ["改名后"]),
      withMessages({ title: "找不到" }, ["新答案"]),
      same,
    ],
    lock,
  );
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
        entry: {
          skill: "账户",
          title: "删了",
          questions: [],
          messages: [`旧 ${ask("旧问题")} ${ask("找不到")}`],
        },
      },
    ],
    [
      identityKey({ skill: "账户", title: "找不到" }),
      { found: false, why: "no committed version" },
    ],
  ]);
  const data = changesPageData(plan, planAnswers(plan), before);
  const items = data.groups.flatMap((g) => g.items);
  const describeSide = (side: PageData["groups"][number]["items"][number]["sides"][number]) =>
    "answer" in side
      ? `answer: ${data.answers[side.answer]!.title}`
      : `${side.empty} (${side.why})`;

  it("shows only the changes, before beside after, saying why a before is missing", () => {
    expect(items.map((i) => [i.kind, i.badge, ...i.sides.map(describeSide)])).toEqual([
      ["remove", "not in the content", "answer: 删了", "Not in the content (deleted)"],
      [
        "update",
        "changed",
        "Previous version not available (no committed version)",
        "answer: 找不到",
      ],
      ["update", "changed", "answer: 改了", "answer: 改了"],
      [
        "rename",
        "renamed",
        "Previous version not available (it was not looked up)",
        "answer: 新名",
      ],
      ["create", "new", "Not on the bot yet: a new entry. (null)", "answer: 新的"],
      // The rename's old identity is drift until a prune.
      [
        "remove",
        "not in the content",
        "Previous version not available (it was not looked up)",
        'Not in the content (renamed to "新名")',
      ],
    ]);
  });

  it("says the live bot still answers otherwise while writes or a prune are not published", () => {
    const kept = entry({ title: "留下" });
    const syncedKept = {
      skill: kept.skill,
      title: kept.title,
      hash: kept.hash,
      source: kept.source,
      status: "synced" as const,
    };
    const empty = (lock: Lockfile, lang: "en" | "zh-CN" = "en") => {
      const plan = planSync([kept], lock);
      return changesPageData(plan, planAnswers(plan), new Map(), { lang }).empty;
    };
    expect(empty({ version: LOCKFILE_VERSION, entries: [syncedKept] })).toBe(
      "Nothing to review: no entry would be created, changed or renamed, and none is on the bot but not in the content.",
    );
    const pending: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [{ ...syncedKept, unpublished: true }],
      pruned: {
        at: "2026-11-28T00:00:00.000Z",
        removed: 2,
        kept: 1,
        unpublished: [
          { skill: "账户", title: "删了", source: "账户/删了.md" },
          { skill: "账户", title: "也删了", source: "账户/也删了.md" },
        ],
      },
    };
    expect(empty(pending)).toBe(
      "Nothing to review in the content: no entry would be created, changed or renamed. But the live bot still answers as at the last publish, until a publish: since then 1 entry written and 2 entries removed by a prune (`faqops plan` names them).",
    );
    expect(empty(pending, "zh-CN")).toContain("此后写入了 1 个条目，被 prune 删除了 2 个条目");
    // A v2 disable is not a write, and an import task in flight is named.
    const disabled: Lockfile = {
      version: LOCKFILE_VERSION,
      entries: [
        syncedKept,
        {
          ...syncedKept,
          title: "停了",
          source: "账户/停了.md",
          status: "disabled",
          unpublished: true,
        },
      ],
      tasks: [{ id: "task-1", submitted: "2026-11-28T00:00:00.000Z", mode: 0, items: [] }],
    };
    expect(empty(disabled)).toBe(
      "Nothing to review in the content: no entry would be created, changed or renamed. But the live bot still answers as at the last publish, until a publish: since then 1 entry disabled and 1 import task of an interrupted run not yet settled (`faqops plan` names them).",
    );
    expect(empty(disabled, "zh-CN")).toContain(
      "此后停用了 1 个条目，中断的运行留下 1 个导入任务尚未确认结果",
    );
  });

  it("names an entry this target no longer takes as such: its file is still in the content", () => {
    const kept = entry({ title: "留下" });
    const offTarget = entry({ title: "只给预发" });
    const synced = [kept, offTarget].map((e) => ({
      skill: e.skill,
      title: e.title,
      hash: e.hash,
      source: e.source,
      status: "synced" as const,
    }));
    const excluded = planSync([kept], { version: LOCKFILE_VERSION, entries: synced }, {}, [
      offTarget,
    ]);
    for (const [lang, badge, empty] of [
      ["en", "not for this target", "Not for this target"],
      ["zh-CN", "不属于这个目标", "不属于这个目标"],
    ] as const) {
      const page = changesPageData(excluded, planAnswers(excluded), new Map(), { lang });
      const [item] = page.groups.flatMap((g) => g.items);
      const after = item?.sides[1];
      expect(item?.badge).toBe(badge);
      expect(after && "empty" in after ? after.empty : undefined).toBe(empty);
    }
  });

  it("says what takes drift off and sends an entry again, in the words of who reads it", () => {
    const resent = planSync([same], lock, { resendAll: true });
    const notes = (options: Parameters<typeof changesPageData>[3]) =>
      [
        changesPageData(plan, planAnswers(plan), before, options),
        changesPageData(resent, planAnswers(resent), new Map(), options),
      ]
        .flatMap((d) => d.groups.flatMap((g) => g.items))
        .flatMap((i) => [i.badge, i.note ?? ""]);
    const cli = notes({});
    expect(cli).toContain("Deleted; still on the bot until faqops apply --prune removes it.");
    expect(cli).toContain("sent again (--resend-all)");
    const action = notes({ audience: "action" });
    expect(action).toContain(
      "Deleted; still on the bot until an apply with prune: true removes it.",
    );
    expect(action).toContain(
      "Renamed from “旧名” (same id); the old one stays on the bot until an apply with prune: true removes it.",
    );
    expect(action).toContain("sent again (resend-all: true)");
    expect(action.join("\n")).not.toMatch(/--[a-z]|faqops apply/);
    const zh = notes({ audience: "action", lang: "zh-CN" });
    expect(zh).toContain("重新发送（resend-all: true）");
    expect(zh.join("\n")).toContain("直到 带 prune: true 的 apply 将其移除");
  });

  it("resolves a tap on each side against that side's bot", () => {
    const changed = items.find((i) => i.kind === "update" && i.source === "账户/改了.md")!;
    const [beforeSide, afterSide] = changed.sides;
    if (!beforeSide || !afterSide || !("answer" in beforeSide) || !("answer" in afterSide))
      throw new Error("sides");
    // Before: "旧问题" is a similar question of the platform's version of 改了.
    const removed = items[0]!.sides[0]!;
    if (!("answer" in removed)) throw new Error("removed side");
    const [beforeAsk, unavailableAsk] = segments(data, removed.answer).filter((s) => s.t === "ask");
    expect(beforeAsk?.t === "ask" && beforeAsk.to).toBe(beforeSide.answer);
    // An entry on the bot whose version cannot be shown answers with why, not with "no entry".
    const to = unavailableAsk?.t === "ask" ? unavailableAsk.to : null;
    expect(to === null ? undefined : data.answers[to]).toEqual({
      title: "找不到",
      questions: [],
      messages: [],
      unavailable: "no committed version",
    });
    // After: the content's 改了 has no such question any more.
    const afterAsk = segments(data, afterSide.answer).find((s) => s.t === "ask");
    expect(afterAsk).toMatchObject({ t: "ask", q: "旧问题", to: null });
  });

  it("lets a tap after this apply reach drift still on the bot, unless the plan prunes it", () => {
    // The content's 新的 asks 删了, whose file is gone: until a prune the bot still answers.
    const asking = withMessages({ title: "新的" }, [`问 ${ask("删了")}`]);
    const driftLock: Lockfile = { version: LOCKFILE_VERSION, entries: [old("删了")] };
    const drifted = new Map<string, Before>([
      [
        identityKey({ skill: "账户", title: "删了" }),
        before.get(identityKey({ skill: "账户", title: "删了" }))!,
      ],
    ]);
    const reached = (options: Parameters<typeof planSync>[2]) => {
      const p = planSync([asking], driftLock, options);
      const d = changesPageData(p, planAnswers(p), drifted);
      const created = d.groups.flatMap((g) => g.items).find((i) => i.kind === "create")!;
      const side = created.sides[1]!;
      if (!("answer" in side)) throw new Error("after side");
      const tap = segments(d, side.answer).find((x) => x.t === "ask");
      if (tap?.t !== "ask") throw new Error("no ask");
      return tap.to === null ? null : d.answers[tap.to]!.title;
    };
    expect(reached({})).toBe("删了");
    expect(reached({ api: "v2" })).toBe("删了");
    expect(reached({ prune: true, force: true })).toBeNull();
    expect(reached({ prune: true, api: "v2", force: true })).toBeNull();
    // A prune refused (it would remove all the bot knows) leaves the drift answering.
    expect(reached({ prune: true })).toBe("删了");
  });

  it("labels a before written since the last publish as not yet live", () => {
    const edited = withMessages({ title: "改了" }, ["再改"]);
    const labels = (unpublished: boolean, lang: "en" | "zh-CN" = "en") => {
      const lockOf: Lockfile = {
        version: LOCKFILE_VERSION,
        entries: [old("改了", unpublished ? { unpublished: true } : {})],
      };
      const p = planSync([edited], lockOf);
      const d = changesPageData(p, planAnswers(p), before, { lang });
      return d.groups.flatMap((g) => g.items).flatMap((i) => i.sides.map((side) => side.label));
    };
    expect(labels(false)).toEqual(["On the bot now", "After this change"]);
    expect(labels(true)).toEqual([
      "Written to the bot, not yet published (the live bot may still answer otherwise)",
      "After this change",
    ]);
    expect(labels(true, "zh-CN")[0]).toBe(
      "已写入机器人，尚未发布（线上机器人可能仍按之前的版本回答）",
    );
  });

  it("says so when there is nothing to review", () => {
    const none = changesPageData(planSync([], emptyLockfile()), heldAnswers([]));
    expect(none.groups).toEqual([]);
    expect(none.empty).toMatch(/^Nothing to review/);
  });
});

describe("hostile content", () => {
  const XSS = `</script><script>window.pwned=1</script><!-- <img src=x onerror="window.pwned=2"> &amp; \u2028`;
  const html = preview([
    withMessages({ title: `标题 ${XSS}`, skill: `技能 ${XSS}`, questions: [`问 ${XSS}`] }, [
      `文 ${XSS} <a href="javascript:alert(1)">点我</a> <a href="JaVaScRiPt:alert(1)">再点</a> <a href="https://ok.example/&quot;onmouseover=&quot;x">好</a>`,
      {
        news: {
          articles: [
            {
              title: `新闻 ${XSS}`,
              description: XSS,
              url: "javascript:alert(3)",
              picurl: "data:image/svg+xml,<svg onload=alert(4)>",
              type: "h5",
            },
          ],
        },
      },
      { image: { media_id: `m ${XSS}`, url: "javascript:alert(5)" } },
      {
        miniprogrampage: {
          title: XSS,
          appid: XSS,
          pagepath: XSS,
          thumb_media_id: XSS,
          thumb_url: "vbscript:x",
        },
      },
    ]),
  ]);

  it("puts content only in the JSON block, with < > & escaped", () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain("window.pwned=1</");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("\u2028");
    const body = html.slice(html.indexOf('id="faqops-data">'));
    expect(body).toContain("\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=1");
    expect(body).toContain("\\u0026amp;");
  });

  it("reads back exactly as written, with no link or image source but http(s)", () => {
    const data = pageData(html);
    expect(data.groups[0]!.skill).toBe(`技能 ${XSS}`);
    const text = segments(data, 0);
    expect(text.filter((s) => s.t === "link")).toEqual([
      { t: "link", label: "点我", url: "javascript:alert(1)", href: null },
      { t: "link", label: "再点", url: "JaVaScRiPt:alert(1)", href: null },
      {
        t: "link",
        label: "好",
        url: "https://ok.example/&quot;onmouseover=&quot;x",
        href: "https://ok.example/&quot;onmouseover=&quot;x",
      },
    ]);
    const [, news, image, mini] = data.answers[0]!.messages;
    expect(news).toMatchObject({
      articles: [
        { href: null, pic: { url: "data:image/svg+xml,<svg onload=alert(4)>", src: null } },
      ],
    });
    expect(image).toMatchObject({ image: { src: null } });
    expect(mini).toMatchObject({ thumb: { url: "vbscript:x", src: null }, appid: XSS });
  });

  it("escapes what JSON alone would leave live in HTML", () => {
    expect(scriptJson({ a: "</script><!--\u2029&" })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003c!--\\u2029\\u0026"}',
    );
    expect(JSON.parse(scriptJson({ a: "</script><!--\u2029&" }))).toEqual({
      a: "</script><!--\u2029&",
    });
  });
});
