/**
 * The preview in a real browser: Chromium (through playwright-core, with an explicit
 * executable) opens the page the built CLI writes and we check what a reader sees — bubbles,
 * cards, images and their fallbacks, recommended questions that answer when tapped, the search,
 * hostile content staying text — and that the page asks no host for anything but images.
 *
 * Chromium: $FAQOPS_CHROMIUM, else chromium, chromium-browser or google-chrome on PATH (CI
 * installs Debian's chromium). Run with UPDATE=1 to rewrite docs/preview.png.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { heldAnswers } from "../../src/content/answer-reader.js";
import type { EntryWithAnswer, Message } from "../../src/content/types.js";
import { identityKey } from "../../src/platform/identity.js";
import {
  type PreviewOptions,
  renderChangesPreview,
  renderPreview,
} from "../../src/render/preview.js";
import type { Before } from "../../src/sync/before.js";
import { LOCKFILE_VERSION, type Lockfile } from "../../src/sync/lockfile.js";
import { planSync } from "../../src/sync/plan.js";
import { entry, planAnswers } from "../sync/helpers.js";

/** The preview page of `entries`, their answers held. */
const preview = (entries: readonly EntryWithAnswer[], options?: PreviewOptions) =>
  renderPreview(entries, heldAnswers(entries), options);

const cli = path.join(inject("distDir"), "cli.js");
const repo = path.resolve(import.meta.dirname, "../..");
const update = process.env.UPDATE === "1";

/** The browser to drive: $FAQOPS_CHROMIUM, or the first of the usual names on PATH. */
function findChromium(): string | undefined {
  const explicit = process.env.FAQOPS_CHROMIUM?.trim();
  // A path given on purpose must work: a typo should fail the run, not skip the test.
  if (explicit) return explicit;
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
      if (dir === "") continue;
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return path.join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

const executablePath = findChromium();
if (!executablePath) {
  console.warn(
    "test/render/preview-browser.test.ts: SKIPPED — no Chromium found. Install one (apt-get install chromium) or set FAQOPS_CHROMIUM to its path.",
  );
}

let browser: Browser;
let tmp: string;

/** Runs the built CLI; fails the test on a non-zero exit. */
async function faqops(args: string[], cwd: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH },
  });
  return stdout;
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

/** A picture for an image request: a tinted box with the file's name. */
function standIn(url: string): string {
  const name = new URL(url).pathname.split("/").pop() ?? "";
  const hue = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 0);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="320" viewBox="0 0 400 320"><rect width="400" height="320" fill="hsl(${hue},45%,78%)"/><circle cx="310" cy="80" r="36" fill="hsl(${hue},55%,90%)"/><path d="M0 320 L130 170 L220 260 L290 200 L400 320 Z" fill="hsl(${hue},40%,58%)"/><text x="24" y="48" font-family="sans-serif" font-size="26" fill="#333">${name}</text></svg>`;
}

interface Opened {
  readonly page: Page;
  /** Requests that are neither the page itself nor an image: there must be none. */
  readonly forbidden: string[];
  /** Script errors and dialogs (a dialog means content ran as code). */
  readonly errors: string[];
}

/**
 * Opens `file` in a fresh page. Images from `serve` hosts get a stand-in picture; every other
 * image fails (as an unreachable host does), and every other request is recorded and refused.
 * `bypassCSP` turns the page's Content-Security-Policy off, to show that the page itself is
 * safe and self-contained without it.
 */
async function open(
  file: string,
  options: {
    serve?: readonly string[];
    bypassCSP?: boolean;
    viewport?: { width: number; height: number };
  } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    viewport: options.viewport ?? { width: 1000, height: 1400 },
  });
  const page = await context.newPage();
  const self = pathToFileURL(file).href;
  const forbidden: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    const web = /^https?:/.test(url);
    if (url !== self && !(web && request.resourceType() === "image")) {
      forbidden.push(`${request.resourceType()} ${url}`);
    }
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route(/^https?:/, async (route) => {
    const request = route.request();
    const host = new URL(request.url()).host;
    if (request.resourceType() === "image" && options.serve?.includes(host)) {
      await route.fulfill({ contentType: "image/svg+xml", body: standIn(request.url()) });
    } else {
      await route.abort("internetdisconnected");
    }
  });
  await page.goto(self);
  await page.waitForLoadState("load");
  return { page, forbidden, errors };
}

async function closeChecked(opened: Opened): Promise<void> {
  expect(opened.errors).toEqual([]);
  expect(opened.forbidden).toEqual([]);
  await opened.page.context().close();
}

/** The entry card whose head names `source`. */
function entryCard(page: Page, source: string): Locator {
  return page.locator("article.entry", {
    has: page.locator(".source", { hasText: new RegExp(`^${source}$`) }),
  });
}

/** The rows (bubbles) of a conversation, as [who, text] pairs. */
async function rows(chat: Locator): Promise<[string, string][]> {
  return chat
    .locator(".row")
    .evaluateAll((nodes) =>
      nodes.map((n) => [
        n.classList.contains("user") ? "user" : "bot",
        (n.querySelector(".bubble")?.textContent ?? "").trim(),
      ]),
    );
}

/** The text of each element `locator` matches, trimmed. */
async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((t) => t.trim());
}

/** The number of entries the search leaves visible. */
async function visibleEntries(page: Page): Promise<number> {
  return page.locator("article.entry:visible").count();
}

/** The entries `faqops compile --json` gives, by source: the oracle for bubble counts. */
async function compiled(cwd: string, content: string): Promise<Map<string, EntryWithAnswer>> {
  const json = await faqops(["compile", "--json", "--no-cache", "--content", content], cwd);
  const entries = JSON.parse(json) as EntryWithAnswer[];
  return new Map(entries.map((e) => [e.source, e]));
}

async function expectBubblesMatch(page: Page, entries: Map<string, EntryWithAnswer>) {
  expect(await page.locator("article.entry").count()).toBe(entries.size);
  for (const [source, e] of entries) {
    // The question, then one bubble per message.
    const chat = entryCard(page, source).locator(".chat");
    expect(await chat.locator(".row").count()).toBe(1 + e.messages.length);
    expect((await rows(chat))[0]).toEqual(["user", e.title]);
  }
}

/** Polls `read` until it equals `expected` (the page updates after a tap or a keystroke). */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  await expect.poll(read, { timeout: 5000 }).toEqual(expected);
}

describe.skipIf(!executablePath)("the preview in Chromium", () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "faqops-preview-browser-"));
    browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  describe("of the sample content/", () => {
    let file: string;
    let entries: Map<string, EntryWithAnswer>;

    beforeAll(async () => {
      const out = path.join(tmp, "sample");
      const printed = await faqops(["preview", "--no-cache", "--out", out], repo);
      file = path.join(out, "index.html");
      expect(printed).toBe(`${file}\n`);
      entries = await compiled(repo, "content");
    });

    it("shows every entry, with one bubble per message, a news card's title and description", async () => {
      const opened = await open(file, { serve: ["bank.example.com"] });
      const { page } = opened;
      await expectBubblesMatch(page, entries);
      const promo = entryCard(page, "信用卡/优惠活动.md");
      expect(await texts(promo.locator(".news-title"))).toEqual([
        "周三美食五折",
        "积分兑换里程",
        "新户首刷礼",
      ]);
      expect(await texts(promo.locator(".news-desc").first())).toEqual([
        "每周三在指定餐厅刷卡享五折",
      ]);
      expect(await promo.locator("a.article").first().getAttribute("href")).toBe(
        "https://bank.example.com/promo/food",
      );
      // The draft is shown, marked.
      expect(await texts(entryCard(page, "账户/销户.md").locator(".badge"))).toEqual([
        "draft: not synced",
      ]);
      await page.screenshot({ path: path.join(tmp, "sample.png") });
      if (update) await page.screenshot({ path: path.join(repo, "docs/preview.png") });
      await closeChecked(opened);
    });

    it("answers a tapped recommended question in the same conversation", async () => {
      const opened = await open(file);
      const { page } = opened;
      const open_ = entryCard(page, "账户/开户.md");
      const chat = open_.locator(".chat");
      const before = await rows(chat);
      await chat.getByRole("button", { name: "怎么查询余额", exact: true }).click();
      // By title, without the final "？".
      await eventually(
        async () => (await rows(chat)).slice(before.length),
        [
          ["user", "怎么查询余额"],
          ["bot", (await rows(entryCard(page, "账户/查询余额.md").locator(".chat")))[1]![1]],
        ],
      );
      // By a similar question (q="转账限额"), appended after the first exchange.
      await chat.getByRole("button", { name: "转账限额是多少", exact: true }).first().click();
      const limit = await rows(entryCard(page, "转账/转账限额.md").locator(".chat"));
      await eventually(
        async () => (await rows(chat)).slice(before.length + 2),
        [["user", "转账限额"], ...limit.slice(1)],
      );
      await open_.getByRole("button", { name: "Reset conversation", exact: true }).click();
      await eventually(() => rows(chat), before);

      const failed = entryCard(page, "转账/转账失败.md").locator(".chat");
      await failed.getByRole("button", { name: "联系人工客服", exact: true }).click();
      await eventually(
        async () => (await rows(failed)).slice(-2),
        [
          ["user", "客服电话是多少"],
          ["bot", "客服热线：95555（24 小时）\n信用卡专线：400-820-5555，按 1:2 转人工。"],
        ],
      );
      await closeChecked(opened);
    });

    it("filters entries by title, similar question and answer text", async () => {
      const opened = await open(file);
      const { page } = opened;
      const search = page.getByRole("searchbox", { name: "Search entries" });
      expect(await visibleEntries(page)).toBe(entries.size);
      await search.fill("95555"); // in three answers
      await eventually(() => visibleEntries(page), 3);
      expect(await texts(page.locator("article.entry:visible .source"))).toEqual([
        "网点/客服电话.md",
        // Sorted by title: 怎么查询余额？ before 银行卡丢了怎么办？
        "账户/查询余额.md",
        "账户/挂失.md",
      ]);
      await search.fill("如何挂失"); // a similar question
      await eventually(() => visibleEntries(page), 1);
      expect(await texts(page.locator(".group:visible h2"))).toEqual(["账户1"]);
      await search.fill("没有这种问题");
      await eventually(() => visibleEntries(page), 0);
      expect(await page.getByText("No entry matches the search.").isVisible()).toBe(true);
      await search.fill("");
      await eventually(() => visibleEntries(page), entries.size);
      await closeChecked(opened);
    });
  });

  describe("of a content tree with every card, many questions to tap, and long lists", () => {
    let file: string;
    let entries: Map<string, EntryWithAnswer>;
    const longList = Array.from({ length: 60 }, (_, i) =>
      i % 10 === 9
        ? `  - 第 ${i + 1} 项（缩进的子项）`
        : `- 第 ${i + 1} 项：全角（ＡＢＣ）与半角 (abc) 混排`,
    ).join("\n");

    beforeAll(async () => {
      const dir = path.join(tmp, "rich");
      await writeTree(dir, {
        "content/卡片/全部卡片.md": [
          "---",
          "title: 所有卡片长什么样？",
          "questions:",
          "  - 卡片",
          "---",
          "",
          "下面是每一种卡片，时间 10:30，比例 1:2：",
          "",
          '::news{title="第一篇：全角ＡＢＣ１２３" description="说明文字：「引号」《书名》！" url="https://img.test/a1" picurl="https://img.test/a1.png"}',
          '::news{title="第二篇" description="图片加载失败时显示地址" url="https://mp.weixin.qq.com/s/x" picurl="https://broken.test/b2.png" type=mp}',
          "",
          '::image{media_id="MEDIA_WITH_URL" url="https://img.test/photo.png"}',
          "",
          '::image{media_id="MEDIA_ONLY_ID_001"}',
          "",
          '::miniprogram{title="小程序标题" appid="wx0123456789abcdef" pagepath="pages/index?a=1" thumb_media_id="THUMB_1" thumb_url="https://img.test/cover.png"}',
          "",
          '::miniprogram{title="没有封面的小程序" appid="wxfedcba9876543210" pagepath="pages/b" thumb_media_id="THUMB_ONLY_2"}',
          "",
          "最后一段，见[说明](https://img.test/doc)。",
          "",
        ].join("\n"),
        "content/问答/第一问.md":
          '---\ntitle: 第一问是什么？\n---\n\n先看:ask[第二问]{q="第二问是什么"}，或:ask[ＡＢＣ怎么办]，或:ask[不存在的问题]。\n',
        "content/问答/第二问.md":
          '---\ntitle: 第二问是什么？\nquestions:\n  - 第二问\n---\n\n第二个回答。\n\n---\n\n接着:ask[第三问]{q="第三问" id="menu_3"}\n',
        "content/问答/第三问.md":
          "---\ntitle: 第三问\n---\n\n第三个回答，回到:ask[第一问是什么？]\n",
        "content/问答/全角.md": "---\ntitle: ABC怎么办？\n---\n\n全角问题也能找到这里：ＡＢＣ。\n",
        "content/列表/长列表.md": `---\ntitle: 长列表\n---\n\n共 60 项：\n\n${longList}\n\n---\n\n列表结束。\n`,
        "content/列表/草稿.md":
          "---\ntitle: 草稿条目\ndraft: true\n---\n\n还没写完。:ask[第三问]\n",
      });
      const out = path.join(dir, "page");
      await faqops(["preview", "--no-cache", "--out", out], dir);
      file = path.join(out, "index.html");
      entries = await compiled(dir, "content");
    });

    it("draws every card: news, images (or their id, or their URL when they fail), mini programs", async () => {
      const opened = await open(file, { serve: ["img.test"], bypassCSP: true });
      const { page } = opened;
      await expectBubblesMatch(page, entries);
      const cards = entryCard(page, "卡片/全部卡片.md");
      // The question, a text, one news message of two articles, two images, two mini programs, a text.
      expect(await cards.locator(".chat .row").count()).toBe(8);
      expect(await texts(cards.locator(".news-title"))).toEqual([
        "第一篇：全角ＡＢＣ１２３",
        "第二篇",
      ]);
      expect(await texts(cards.locator(".news-desc"))).toEqual([
        "说明文字：「引号」《书名》！",
        "图片加载失败时显示地址",
      ]);
      // Served images load; the one whose host fails shows its URL instead.
      expect(await cards.locator("img.news-pic").getAttribute("src")).toBe(
        "https://img.test/a1.png",
      );
      expect(await texts(cards.locator(".news-pic.broken"))).toEqual([
        "https://broken.test/b2.png",
      ]);
      const loaded = await cards
        .locator("img")
        .evaluateAll((imgs) =>
          imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0),
        );
      expect(loaded).toEqual([true, true, true]);
      expect(await cards.locator(".photo.placeholder").textContent()).toContain(
        "MEDIA_ONLY_ID_001",
      );
      const minis = cards.locator(".card.mini");
      expect(await texts(minis.locator(".mini-name"))).toEqual([
        "wx0123456789abcdef",
        "wxfedcba9876543210",
      ]);
      expect(await texts(minis.locator(".mini-title"))).toEqual(["小程序标题", "没有封面的小程序"]);
      expect(await texts(minis.locator(".mini-foot"))).toEqual(["小程序", "小程序"]);
      expect(await minis.locator("img.mini-cover").getAttribute("src")).toBe(
        "https://img.test/cover.png",
      );
      expect(await minis.locator(".mini-cover.placeholder").textContent()).toContain(
        "THUMB_ONLY_2",
      );
      expect(
        await cards.getByRole("link", { name: "说明", exact: true }).getAttribute("href"),
      ).toBe("https://img.test/doc");
      // A long list is one bubble, every line kept.
      const list = (await rows(entryCard(page, "列表/长列表.md").locator(".chat")))[1]![1];
      expect(list.split("\n")).toHaveLength(62);
      expect(list).toContain("• 第 60 项（缩进的子项）");
      await page.screenshot({ path: path.join(tmp, "rich.png"), fullPage: true });
      await closeChecked(opened);
    });

    it("follows a chain of recommended questions, and says when none answers", async () => {
      const opened = await open(file, { bypassCSP: true });
      const { page } = opened;
      const chat = entryCard(page, "问答/第一问.md").locator(".chat");
      const start = (await rows(chat)).length;
      await chat.getByRole("button", { name: "第二问", exact: true }).click();
      // The answer's two messages; then a tap inside the appended answer, then back to the start.
      await chat.locator(".row.asked").getByRole("button", { name: "第三问", exact: true }).click();
      await chat
        .locator(".row.asked")
        .getByRole("button", { name: "第一问是什么？", exact: true })
        .click();
      await chat.getByRole("button", { name: "ＡＢＣ怎么办", exact: true }).first().click();
      await chat.getByRole("button", { name: "不存在的问题", exact: true }).first().click();
      await eventually(
        async () => (await rows(chat)).slice(start),
        [
          ["user", "第二问是什么"],
          ["bot", "第二个回答。"],
          ["bot", "接着第三问"],
          ["user", "第三问"],
          ["bot", "第三个回答，回到第一问是什么？"],
          ["user", "第一问是什么？"],
          ["bot", "先看第二问，或ＡＢＣ怎么办，或不存在的问题。"],
          // Full-width letters and no final "？": found as `faqops check` finds it.
          ["user", "ＡＢＣ怎么办"],
          ["bot", "全角问题也能找到这里：ＡＢＣ。"],
          ["user", "不存在的问题"],
          ["bot", "No entry answers “不存在的问题”: the bot would not know what to reply."],
        ],
      );
      // A draft is not synced: no question reaches it, and its own questions still work.
      const draft = entryCard(page, "列表/草稿.md").locator(".chat");
      await draft.getByRole("button", { name: "第三问", exact: true }).click();
      await eventually(
        async () => (await rows(draft)).slice(-2),
        [
          ["user", "第三问"],
          ["bot", "第三个回答，回到第一问是什么？"],
        ],
      );
      await closeChecked(opened);
    });

    it("searches full-width and half-width text alike", async () => {
      const opened = await open(file, { bypassCSP: true });
      const { page } = opened;
      const search = page.getByRole("searchbox", { name: "Search entries" });
      await search.fill("ａｂｃ"); // full-width, lower case
      await eventually(
        async () => page.locator("article.entry:visible .source").allTextContents(),
        // Skills, then titles, in code-unit order: 列 before 卡; "ABC…" before "第…".
        ["列表/长列表.md", "卡片/全部卡片.md", "问答/全角.md", "问答/第一问.md"],
      );
      await search.fill("第 60 项");
      await eventually(() => visibleEntries(page), 1);
      expect(await texts(page.locator("#count"))).toEqual([`1 of ${entries.size}`]);
      await closeChecked(opened);
    });
  });

  describe("of hostile content", () => {
    const XSS = `<img src=x onerror="window.pwned=1;alert(1)"></script><script>window.pwned=2;alert(2)</script><!--`;
    // An `:ask` question holds no `"` (the compiler refuses it, and the link would not parse).
    const ASKED = "</script><img src=x onerror=alert(9)><!--";
    const hostile: Message[] = [
      `文 ${XSS} <a href="javascript:window.pwned=3">点我</a> <a href="https://ok.example/a&quot; onclick=&quot;alert(4)">好</a> <a href="weixin://bizmsgmenu?msgmenucontent=${ASKED}&msgmenuid=1">问</a>`,
      {
        news: {
          articles: [
            {
              title: `新闻 ${XSS}`,
              description: XSS,
              url: "javascript:alert(5)",
              picurl: `https://pic.example/a.png" onerror="alert(6)`,
              type: "h5",
            },
          ],
        },
      },
      { image: { media_id: XSS, url: "javascript:alert(7)" } },
      {
        miniprogrampage: {
          title: XSS,
          appid: XSS,
          pagepath: XSS,
          thumb_media_id: XSS,
          thumb_url: "data:image/svg+xml,<svg onload=alert(8)>",
        },
      },
    ];
    let file: string;

    beforeAll(async () => {
      file = path.join(tmp, "hostile", "index.html");
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(
        file,
        preview([
          entry({
            title: `标题 ${XSS}`,
            skill: `技能 ${XSS}`,
            questions: [`问 ${XSS}`],
            messages: hostile,
          }),
        ]),
      );
    });

    for (const bypassCSP of [false, true]) {
      it(`shows it as text and runs none of it${bypassCSP ? ", even without the page's CSP" : ""}`, async () => {
        const opened = await open(file, { bypassCSP });
        const { page } = opened;
        const chat = page.locator(".chat");
        // The picture's host fails (its URL, quote and all, is only ever an attribute value).
        await page.locator(".news-pic.broken").waitFor();
        expect(await texts(chat.locator(".row").first())).toEqual([`我标题 ${XSS}`]);
        expect(await texts(page.locator(".group h2"))).toEqual([`技能 ${XSS}1`]);
        expect(await texts(chat.locator(".news-title"))).toEqual([`新闻 ${XSS}`]);
        expect(await texts(chat.locator(".mini-name"))).toEqual([XSS]);
        // No element came from content: the only images are none, the only links http(s).
        expect(await page.locator("img").count()).toBe(0);
        expect(await page.locator("script").count()).toBe(2);
        const hrefs = await page
          .locator("[href]")
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("href")));
        expect(hrefs).toEqual(["https://ok.example/a&quot; onclick=&quot;alert(4)"]);
        expect(await page.locator("[onclick], [onerror], [onload]").count()).toBe(0);
        // Links that may not be links are text, with their URL.
        expect(await chat.getByText("点我 (javascript:window.pwned=3)").isVisible()).toBe(true);
        // A tap asks the hostile question as text.
        await chat.getByRole("button", { name: "问", exact: true }).click();
        expect(await texts(chat.locator(".row.asked.user"))).toEqual([`我${ASKED}`]);
        expect(await texts(chat.locator(".row.asked.bot"))).toEqual([
          `FAQNo entry answers “${ASKED}”: the bot would not know what to reply.`,
        ]);
        expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
        await closeChecked(opened);
      });
    }
  });

  describe("of a plan's changes", () => {
    it("shows before and after side by side, and taps on each side in its own bot", async () => {
      const ask = (q: string) =>
        `<a href="weixin://bizmsgmenu?msgmenucontent=${q}&msgmenuid=${q}">${q}</a>`;
      const changed = entry({
        title: "改了",
        questions: [],
        messages: [`新答案，问 ${ask("旧问题")}`],
      });
      const unknown = entry({ title: "找不到", messages: ["新版本"] });
      const lock: Lockfile = {
        version: LOCKFILE_VERSION,
        entries: [changed, unknown, entry({ title: "删了" })].map((e) => ({
          skill: e.skill,
          title: e.title,
          hash: "0".repeat(64),
          source: e.source,
          status: "synced" as const,
        })),
      };
      const plan = planSync([changed, unknown, entry({ title: "新的" })], lock);
      const before = new Map<string, Before>([
        [
          identityKey(changed),
          {
            found: true,
            entry: {
              skill: "账户",
              title: "改了",
              questions: ["旧问题"],
              messages: [`旧答案，问 ${ask("旧问题")} 或 ${ask("找不到")}`],
            },
          },
        ],
        [identityKey(unknown), { found: false, why: "no committed version compiles to it" }],
      ]);
      const file = path.join(tmp, "changes", "index.html");
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, renderChangesPreview(plan, planAnswers(plan), before));
      const opened = await open(file);
      const { page } = opened;
      expect(await texts(page.locator("article.entry .badge"))).toEqual([
        "not in the content",
        "changed",
        "changed",
        "new",
      ]);
      const item = page.locator("article.entry", {
        has: page.locator(".source", { hasText: "改了" }),
      });
      const [left, right] = [item.locator(".side").nth(0), item.locator(".side").nth(1)];
      expect(await left.locator(".side-label").textContent()).toContain("On the bot now");
      expect(await right.locator(".side-label").textContent()).toContain("After this change");
      await left.getByRole("button", { name: "旧问题", exact: true }).click();
      await right.getByRole("button", { name: "旧问题", exact: true }).click();
      // Before: the bot still knows 旧问题; after this change nothing answers it.
      await eventually(
        async () => (await rows(left.locator(".chat"))).slice(-2),
        [
          ["user", "旧问题"],
          ["bot", "旧答案，问 旧问题 或 找不到"],
        ],
      );
      // 找不到 is on the bot, but its version there cannot be shown: the tap says so.
      await left.locator(".row.asked").getByRole("button", { name: "找不到", exact: true }).click();
      await eventually(
        async () => (await rows(left.locator(".chat"))).slice(-2),
        [
          ["user", "找不到"],
          [
            "bot",
            "The bot answers this with “找不到”, whose previous version is not available: no committed version compiles to it",
          ],
        ],
      );
      await eventually(
        async () => (await rows(right.locator(".chat"))).slice(-1),
        [["bot", "No entry answers “旧问题”: the bot would not know what to reply."]],
      );
      const missing = page.locator("article.entry", {
        has: page.locator(".source", { hasText: "找不到" }),
      });
      expect(await texts(missing.locator(".side").first().locator(".empty > *"))).toEqual([
        "Previous version not available",
        "no committed version compiles to it",
      ]);
      expect(
        await page.locator("article.entry").last().locator(".side").first().textContent(),
      ).toContain("Not on the bot yet");
      await page.screenshot({ path: path.join(tmp, "changes.png"), fullPage: true });
      await closeChecked(opened);
    });
  });

  describe("in Chinese", () => {
    const ask = (q: string) =>
      `<a href="weixin://bizmsgmenu?msgmenucontent=${q}&msgmenuid=1">${q}</a>`;
    // A question with placeholders and a replacement pattern in it: content, shown as written.
    const odd = "没人答{q}{title}$$";
    let file: string;

    beforeAll(async () => {
      file = path.join(tmp, "chinese", "index.html");
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(
        file,
        preview(
          [
            entry({
              title: "甲",
              questions: ["甲问"],
              source: "甲.md",
              messages: [`答 ${ask(odd)} ${ask("乙")}`],
            }),
            entry({ title: "乙", source: "乙.md", messages: ["乙答"] }),
          ],
          { lang: "zh-CN" },
        ),
      );
    });

    it("says the page's own words in Chinese, and the content as written", async () => {
      const opened = await open(file);
      const { page } = opened;
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
      expect(await page.title()).toBe("faqops 预览");
      expect(await page.locator("#heading").textContent()).toBe("FAQ 预览");
      const search = page.getByRole("searchbox", { name: "搜索条目" });
      expect(await search.getAttribute("placeholder")).toBe("搜索标题、问题和答案");
      const card = entryCard(page, "甲.md");
      expect(await texts(card.locator(".questions-label"))).toEqual(["相似问题："]);
      const button = card.getByRole("button", { name: odd, exact: true });
      expect(await button.getAttribute("title")).toBe(`提问：${odd}`);
      await button.click();
      await eventually(
        async () => (await rows(card.locator(".chat"))).slice(-2),
        [
          ["user", odd],
          ["bot", `没有条目回答“${odd}”：机器人不知道该如何回复。`],
        ],
      );
      await card.getByRole("button", { name: "重置对话", exact: true }).click();
      await eventually(async () => (await rows(card.locator(".chat"))).length, 2);
      await search.fill("乙答");
      await eventually(() => page.locator("#count").textContent(), "1 / 2");
      await search.fill("无此内容");
      await eventually(() => visibleEntries(page), 0);
      expect(await page.getByText("没有与搜索匹配的条目。").isVisible()).toBe(true);
      await closeChecked(opened);
    });
  });
});
