import { describe, expect, it } from "vitest";
import type { Message } from "../../src/content/types.js";
import { localizeMarkdown, localizeText } from "../../src/i18n/index.js";
import {
  diffEntry,
  diffHtml,
  diffLines,
  diffStyleFor,
  diffWords,
  isEmptyDiff,
  PLAIN_STYLE,
} from "../../src/render/diff.js";

const view = (messages: Message[], questions: string[] = [], title = "怎么开户？") => ({
  skill: "账户",
  title,
  questions,
  messages,
});

describe("diffs for reviewers", () => {
  it("diffs Chinese by word, not by line or by character", () => {
    const pieces = diffWords(
      "请携带本人有效身份证件到网点办理。",
      "请携带本人有效的身份证或护照到网点办理。",
    );
    expect(pieces.filter((p) => p.kind !== "same").map((p) => `${p.kind}:${p.text}`)).toEqual([
      "add:的",
      "del:证件",
      "add:证或护照",
    ]);
    expect(
      pieces
        .filter((p) => p.kind !== "add")
        .map((p) => p.text)
        .join(""),
    ).toBe("请携带本人有效身份证件到网点办理。");
  });

  it("lists similar questions added and removed, and a title or skill change", () => {
    const diff = diffEntry(view(["答案"], ["开户流程", "怎么办卡"]), {
      ...view(["答案"], ["开户流程", "投诉电话"], "如何开户?"),
      skill: "开户",
    });
    expect(diff.questionsAdded).toEqual(["投诉电话"]);
    expect(diff.questionsRemoved).toEqual(["怎么办卡"]);
    expect(diff.title).toEqual({ from: "怎么开户？", to: "如何开户?" });
    expect(diff.skill).toEqual({ from: "账户", to: "开户" });
    expect(diff.messages).toEqual([{ kind: "same", text: "答案" }]);
  });

  it("shows a changed :ask target and a link's address, not only their labels", () => {
    const ask = (q: string) =>
      `点 <a href="weixin://bizmsgmenu?msgmenucontent=${q}&msgmenuid=${q}">查余额</a> 或 <a href="https://e.example/a">官网</a>`;
    const diff = diffEntry(view([ask("怎么查余额")]), view([ask("余额查询")]));
    const text = diffLines(diff, PLAIN_STYLE).join("\n");
    expect(text).toContain("查余额 [asks: [-怎么查-]余额{+查询+}]");
    expect(text).toContain("官网 (https://e.example/a)");
  });

  it("shows every card's fields, and messages added, removed and changed", () => {
    const news = (title: string): Message => ({
      news: {
        articles: [
          { title, description: "每周六、日", url: "https://s.example/a1", picurl: "", type: "h5" },
        ],
      },
    });
    const image: Message = { image: { media_id: "MEDIA_1", url: "https://i.example/1.png" } };
    const mini: Message = {
      miniprogrampage: {
        title: "预约",
        appid: "wx123",
        pagepath: "pages/book",
        thumb_media_id: "T1",
        thumb_url: "",
      },
    };
    const diff = diffEntry(
      view(["开头", news("周末五折"), image]),
      view(["开头", news("周末六折"), mini]),
    );
    const text = diffLines(diff, PLAIN_STYLE).join("\n");
    expect(text).toContain("message 1: unchanged");
    expect(text).toContain("[news] 周末[-五折-]{+六折+}");
    expect(text).toContain("description: 每周六、日");
    // A card replaced by one of another type is a removal and an addition, not a word diff.
    expect(text).toContain(
      "message 3 (removed):\n      [-[image] MEDIA_1-]\n      [-  url: https://i.example/1.png-]",
    );
    expect(text).toContain(
      "message 4 (added):\n      {+[mini program] 预约+}\n      {+  appid: wx123+}",
    );
  });

  it("diffs a list line by line inside its message", () => {
    const diff = diffEntry(
      view(["开户材料：\n1. 身份证\n2. 手机号\n3. 银行卡"]),
      view(["开户材料：\n1. 身份证或护照\n2. 手机号"]),
    );
    const text = diffLines(diff, PLAIN_STYLE).join("\n");
    expect(text).toContain("      1. 身份证{+或护照+}\n      2. 手机号\n      [-3. 银行卡-]");
  });

  it("is empty for an entry sent again unchanged", () => {
    expect(isEmptyDiff(diffEntry(view(["a"], ["q"]), view(["a"], ["q"])))).toBe(true);
    expect(isEmptyDiff(diffEntry(view(["a"], ["q"]), view(["a"], ["q", "r"])))).toBe(false);
  });

  it("colours on a terminal, respecting NO_COLOR and FORCE_COLOR", () => {
    expect(diffStyleFor(true, {}).add("x")).toBe("\u001b[32mx\u001b[39m");
    expect(diffStyleFor(true, { NO_COLOR: "1" }).add("x")).toBe("{+x+}");
    expect(diffStyleFor(false, {}).del("x")).toBe("[-x-]");
    expect(diffStyleFor(false, { FORCE_COLOR: "1" }).del("x")).toBe("\u001b[31mx\u001b[39m");
    expect(diffStyleFor(false, { FORCE_COLOR: "0" }).del("x")).toBe("[-x-]");
  });

  it("renders HTML for a comment with content escaped and on one line", () => {
    const html = diffHtml(
      diffEntry(
        view(["旧 <i>x</i>"], []),
        view(["新 <img src=x onerror=alert(1)> @mallory"], ["q\n2"]),
      ),
    );
    expect(html).not.toContain("\n");
    expect(html).not.toMatch(/<img|<i>/);
    expect(html).toContain("&lt;");
    expect(html).toContain("onerror");
    expect(html).toContain("@\u200bmallory");
    expect(html).toMatch(/<del>.*<\/del>/);
    expect(html).toMatch(/<ins>.*<\/ins>/);
  });
});

describe("a threshold change on the v1 API", () => {
  const before = { ...view(["答案"]), threshold: 0.8 };
  const after = { ...view(["答案"]), threshold: 0.85 };

  it("is marked as not sent, in text, in HTML and in Chinese", () => {
    const v1 = diffEntry(before, after, "v1");
    expect(v1.threshold).toEqual({ from: "0.8", to: "0.85", unsent: true });
    expect(isEmptyDiff(v1)).toBe(false);
    const [line] = diffLines(v1, PLAIN_STYLE, "  ");
    expect(line).toBe(
      "  threshold: [-0.8-] → {+0.85+} (not sent: the v1 API has no threshold, so the bot uses its default)",
    );
    expect(localizeText(line!, "zh-CN")).toBe(
      "  threshold: [-0.8-] → {+0.85+}（不会发送：v1 API 没有阈值，机器人使用默认阈值）",
    );
    const html = diffHtml(v1);
    expect(html).toContain(
      "threshold: <del>0.8</del> → <ins>0.85</ins> <i>(not sent: the v1 API has no threshold, so the bot uses its default)</i>",
    );
    // As the Action's summary holds it: a change's details line.
    const details = `<details><summary>✏️ changed 怎么开户？</summary>${html}</details>`;
    expect(localizeMarkdown(details, "zh-CN")).toContain(
      "<i>（不会发送：v1 API 没有阈值，机器人使用默认阈值）</i>",
    );
    // A new entry's threshold on v1 is not sent either.
    expect(diffEntry(undefined, after, "v1").threshold).toEqual({
      from: "",
      to: "0.85",
      unsent: true,
    });
  });

  it("is a plain change on v2", () => {
    const v2 = diffEntry(before, after, "v2");
    expect(v2.threshold).toEqual({ from: "0.8", to: "0.85" });
    expect(diffLines(v2, PLAIN_STYLE, "")[0]).toBe("threshold: [-0.8-] → {+0.85+}");
  });
});
