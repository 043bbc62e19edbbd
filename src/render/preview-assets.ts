/**
 * The preview page's own style and script, inlined into it: the page loads nothing from any
 * host (images from content aside), and its Content-Security-Policy allows exactly these two by
 * hash. Look and feel after WeChat's chat and WeUI's conventions; the CSS is our own.
 */

/** System fonts only: a CJK face from the reader's system, nothing downloaded. */
const FONTS =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const PREVIEW_CSS = `
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #f7f7f7; color: rgba(0, 0, 0, 0.9);
  font-family: ${FONTS}; font-size: 15px; line-height: 1.5;
}
.top {
  position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center;
  gap: 8px 16px; padding: 12px 24px; background: rgba(237, 237, 237, 0.96);
  border-bottom: 1px solid rgba(0, 0, 0, 0.08);
}
.top h1 { margin: 0; font-size: 17px; font-weight: 600; }
.summary { color: rgba(0, 0, 0, 0.55); font-size: 13px; flex: 1 1 260px; }
.search {
  flex: 0 1 320px; min-width: 200px; height: 34px; padding: 0 12px; border: 0; border-radius: 6px;
  background: #fff; font: inherit; font-size: 14px; color: inherit;
}
.search:focus { outline: 2px solid #07c160; outline-offset: 0; }
.count { color: rgba(0, 0, 0, 0.5); font-size: 13px; min-width: 5em; }
main { padding: 8px 24px 48px; }
.group > h2 {
  margin: 20px 0 10px; font-size: 14px; font-weight: 500; color: rgba(0, 0, 0, 0.55);
  display: flex; align-items: center; gap: 8px;
}
.group > h2 .n { font-weight: 400; }
.entries { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); }
.mode-changes .entries { grid-template-columns: 1fr; }
.entry {
  background: #fff; border-radius: 8px; border: 1px solid rgba(0, 0, 0, 0.06); overflow: hidden;
  display: flex; flex-direction: column;
}
.entry-head {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; padding: 8px 12px;
  font-size: 12px; color: rgba(0, 0, 0, 0.5); border-bottom: 1px solid rgba(0, 0, 0, 0.05);
}
.source { overflow-wrap: anywhere; }
.badge {
  display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; line-height: 18px;
  background: rgba(0, 0, 0, 0.05); color: rgba(0, 0, 0, 0.65);
}
.badge-create { background: #e6f8ee; color: #06ad56; }
.badge-update { background: #fff4e0; color: #c87d0a; }
.badge-rename { background: #e8efff; color: #3c64c8; }
.badge-remove { background: #fdecec; color: #d9534f; }
.badge-draft { background: #f0f0f0; color: rgba(0, 0, 0, 0.5); }
.note { padding: 6px 12px 0; font-size: 13px; color: rgba(0, 0, 0, 0.6); overflow-wrap: anywhere; }
.sides { display: grid; grid-template-columns: 1fr; flex: 1; }
.sides.two { grid-template-columns: 1fr 1fr; }
.sides.two > .side + .side { border-left: 1px solid rgba(0, 0, 0, 0.06); }
.side { display: flex; flex-direction: column; min-width: 0; }
.side-label {
  display: flex; align-items: center; gap: 8px; padding: 6px 12px; font-size: 12px;
  font-weight: 500; color: rgba(0, 0, 0, 0.55);
}
.reset {
  margin-left: auto; border: 0; background: none; padding: 0; font: inherit; font-size: 12px;
  color: #576b95; cursor: pointer;
}
.questions { padding: 6px 12px 8px; font-size: 12px; color: rgba(0, 0, 0, 0.5); }
.questions-label { margin-right: 6px; }
.chip {
  display: inline-block; margin: 2px 4px 2px 0; padding: 0 6px; border-radius: 10px;
  background: #f2f2f2; color: rgba(0, 0, 0, 0.7); overflow-wrap: anywhere;
}
.chat {
  flex: 1; background: #ededed; padding: 14px 10px; display: flex; flex-direction: column;
  gap: 14px;
}
.row { display: flex; align-items: flex-start; gap: 8px; }
.row.user { flex-direction: row-reverse; }
.avatar {
  flex: none; width: 36px; height: 36px; border-radius: 4px; display: flex; align-items: center;
  justify-content: center; font-size: 12px; font-weight: 600; color: #fff; background: #07c160;
}
.avatar.user { background: #8aa0c8; font-size: 15px; }
.bubble {
  position: relative; max-width: calc(100% - 88px); padding: 8px 11px; border-radius: 4px;
  background: #fff; white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal;
}
.bubble.text::before {
  content: ""; position: absolute; top: 12px; left: -5px; width: 10px; height: 10px;
  background: inherit; transform: rotate(45deg); border-radius: 1px;
}
.row.user .bubble { background: #95ec69; }
.row.user .bubble.text::before { left: auto; right: -5px; }
.bubble.missing { color: rgba(0, 0, 0, 0.5); }
.link { color: #576b95; text-decoration: none; }
.link:hover { text-decoration: underline; }
.link.dead { color: rgba(0, 0, 0, 0.6); }
.ask {
  display: inline; margin: 0; padding: 0; border: 0; background: none; font: inherit;
  color: #576b95; cursor: pointer; text-align: inherit; white-space: inherit;
}
.ask:hover { text-decoration: underline; }
.card { padding: 0; white-space: normal; overflow: hidden; width: 260px; }
.article { display: block; padding: 12px 14px; color: inherit; text-decoration: none; }
.article + .article { border-top: 1px solid rgba(0, 0, 0, 0.06); }
.news-title { font-size: 16px; font-weight: 500; line-height: 1.4; overflow-wrap: anywhere; }
.news-body { display: flex; gap: 10px; margin-top: 6px; align-items: flex-start; }
.news-desc {
  flex: 1; font-size: 13px; color: rgba(0, 0, 0, 0.5); overflow-wrap: anywhere; min-width: 0;
}
.news-pic { flex: none; width: 56px; height: 56px; object-fit: cover; background: #f2f2f2; }
.news-tag { margin-top: 6px; font-size: 11px; color: rgba(0, 0, 0, 0.4); }
.photo { display: block; max-width: 100%; max-height: 320px; }
.card.image { width: auto; max-width: 220px; }
.placeholder {
  display: flex; flex-direction: column; gap: 4px; justify-content: center; min-height: 100px;
  padding: 12px; background: #f2f2f2; color: rgba(0, 0, 0, 0.45); font-size: 12px;
}
.placeholder code, .broken {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px;
  overflow-wrap: anywhere; word-break: break-all; color: rgba(0, 0, 0, 0.6);
}
.broken { display: block; padding: 6px; background: #f2f2f2; }
.news-pic.broken { width: 96px; height: auto; min-height: 56px; }
.card.mini { width: 240px; padding: 10px 12px 0; }
.mini-head { display: flex; align-items: center; gap: 6px; font-size: 12px; color: rgba(0, 0, 0, 0.5); }
.mini-logo {
  flex: none; width: 16px; height: 16px; border-radius: 50%; border: 3px solid #6467f0;
}
.mini-name { overflow-wrap: anywhere; }
.mini-title { margin: 6px 0 8px; font-size: 14px; line-height: 1.4; overflow-wrap: anywhere; }
.mini-cover { display: block; width: 100%; aspect-ratio: 5 / 4; object-fit: cover; background: #f2f2f2; }
.mini-cover.broken, .mini-cover.placeholder { aspect-ratio: auto; min-height: 100px; }
.card .placeholder { display: flex; }
.mini-foot {
  display: flex; align-items: center; gap: 4px; margin-top: 8px; padding: 5px 0;
  border-top: 1px solid rgba(0, 0, 0, 0.06); font-size: 11px; color: rgba(0, 0, 0, 0.45);
}
.mini-icon { width: 10px; height: 10px; border-radius: 50%; border: 2px solid #6467f0; }
.empty {
  flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 6px;
  padding: 24px 16px; background: #f7f7f7; color: rgba(0, 0, 0, 0.55); font-size: 13px;
  text-align: center;
}
.empty-title { font-weight: 500; }
.empty-why { font-size: 12px; color: rgba(0, 0, 0, 0.45); overflow-wrap: anywhere; }
.nothing { margin: 48px auto; text-align: center; color: rgba(0, 0, 0, 0.5); }
@media (max-width: 720px) {
  .top { position: static; }
  .top, main { padding-left: 12px; padding-right: 12px; }
  .sides.two { grid-template-columns: 1fr; }
  .sides.two > .side + .side { border-left: 0; border-top: 1px solid rgba(0, 0, 0, 0.06); }
  .entries { grid-template-columns: 1fr; }
}
`;

/**
 * The page's script: reads the data block and builds every node with textContent and
 * setAttribute (content never goes through innerHTML), wires the recommended questions and the
 * search. Plain ES2020 in a string: it runs in the reader's browser, not in Node.
 */
export const PREVIEW_SCRIPT = `"use strict";
(() => {
  const data = JSON.parse(document.getElementById("faqops-data").textContent);
  const app = document.getElementById("app");
  const search = document.getElementById("search");
  const count = document.getElementById("count");
  const isWeb = (url) => typeof url === "string" && /^https?:\\/\\//i.test(url);
  const norm = (text) => text.normalize("NFKC").toLowerCase();
  // The page's own words, in its language: {name} placeholders filled with values, as text.
  const say = (key, values) =>
    data.ui[key].replace(/[{](\\w+)[}]/g, (whole, name) =>
      values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function openInNewTab(a, href) {
    a.setAttribute("href", href);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
  }

  // A remote image; when it cannot load, its URL as text instead.
  function remoteImage(image, className, alt) {
    if (!isWeb(image.src)) return el("div", className + " broken", image.url);
    const img = el("img", className);
    img.setAttribute("alt", alt);
    img.setAttribute("referrerpolicy", "no-referrer");
    img.addEventListener("error", () => img.replaceWith(el("div", className + " broken", image.url)), { once: true });
    img.setAttribute("src", image.src);
    return img;
  }

  function placeholder(className, kind, id) {
    const box = el("div", className + " placeholder");
    box.append(el("span", "placeholder-kind", kind), el("code", null, id));
    return box;
  }

  function row(who, bubble, asked) {
    const node = el("div", "row " + who + (asked ? " asked" : ""));
    node.append(el("div", "avatar " + who, who === "user" ? "我" : "FAQ"), bubble);
    return node;
  }

  function textBubble(message, chat) {
    const bubble = el("div", "bubble text");
    for (const s of message.segments) {
      if (s.t === "text") {
        bubble.append(document.createTextNode(s.text));
      } else if (s.t === "link") {
        if (isWeb(s.href)) {
          const a = el("a", "link", s.label);
          openInNewTab(a, s.href);
          a.setAttribute("title", s.url);
          bubble.append(a);
        } else {
          bubble.append(el("span", "link dead", s.label + " (" + s.url + ")"));
        }
      } else {
        const button = el("button", "ask", s.label);
        button.setAttribute("type", "button");
        button.setAttribute("title", say("asks", { q: s.q }));
        button.addEventListener("click", () => chat.ask(s.q, s.to));
        bubble.append(button);
      }
    }
    return bubble;
  }

  function newsBubble(message) {
    const bubble = el("div", "bubble card news");
    for (const a of message.articles) {
      const article = el(isWeb(a.href) ? "a" : "div", "article");
      if (isWeb(a.href)) openInNewTab(article, a.href);
      article.setAttribute("title", a.url);
      article.append(el("div", "news-title", a.title));
      const body = el("div", "news-body");
      body.append(el("div", "news-desc", a.description));
      if (a.pic) body.append(remoteImage(a.pic, "news-pic", ""));
      article.append(body);
      if (!isWeb(a.href)) article.append(el("div", "broken", a.url));
      if (a.type === "mp") article.append(el("div", "news-tag", "公众号文章"));
      bubble.append(article);
    }
    return bubble;
  }

  function imageBubble(message) {
    const bubble = el("div", "bubble card image");
    bubble.setAttribute("title", "media_id " + message.mediaId);
    bubble.append(
      message.image
        ? remoteImage(message.image, "photo", message.mediaId)
        : placeholder("photo", "图片 · media_id", message.mediaId),
    );
    return bubble;
  }

  function miniBubble(message) {
    const bubble = el("div", "bubble card mini");
    bubble.setAttribute("title", message.appid + " · " + message.pagepath);
    const head = el("div", "mini-head");
    head.append(el("span", "mini-logo"), el("span", "mini-name", message.appid));
    const foot = el("div", "mini-foot");
    foot.append(el("span", "mini-icon"), el("span", null, "小程序"));
    bubble.append(
      head,
      el("div", "mini-title", message.title),
      message.thumb
        ? remoteImage(message.thumb, "mini-cover", message.title)
        : placeholder("mini-cover", "封面 · thumb_media_id", message.thumbMediaId),
      foot,
    );
    return bubble;
  }

  function bubble(message, chat) {
    switch (message.t) {
      case "text": return textBubble(message, chat);
      case "news": return newsBubble(message);
      case "image": return imageBubble(message);
      default: return miniBubble(message);
    }
  }

  // One conversation: the question, the answer, and whatever the reader taps after it.
  function conversation(answer, onAsk) {
    const node = el("div", "chat");
    const chat = {
      node,
      // A tapped recommended question: the user sends it, the bot answers in the same chat.
      ask(q, to) {
        const question = row("user", el("div", "bubble text", q), true);
        node.append(question);
        const target = to === null ? undefined : data.answers[to];
        if (target && target.unavailable !== undefined) {
          const text = say("askUnavailable", { title: target.title, why: target.unavailable });
          node.append(row("bot", el("div", "bubble text missing", text), true));
        } else if (target) {
          for (const m of target.messages) node.append(row("bot", bubble(m, chat), true));
        } else {
          const none = el("div", "bubble text missing", say("askNone", { q }));
          node.append(row("bot", none, true));
        }
        onAsk();
        question.scrollIntoView({ block: "nearest" });
      },
    };
    node.append(row("user", el("div", "bubble text", answer.title), false));
    for (const m of answer.messages) node.append(row("bot", bubble(m, chat), false));
    return node;
  }

  function side(s) {
    const box = el("section", "side");
    const label = el("div", "side-label", s.label);
    box.append(label);
    if (s.answer === undefined) {
      const empty = el("div", "empty");
      empty.append(el("div", "empty-title", s.empty));
      if (s.why) empty.append(el("div", "empty-why", s.why));
      box.append(empty);
      return box;
    }
    const answer = data.answers[s.answer];
    if (answer.questions.length > 0) {
      const questions = el("div", "questions");
      questions.append(el("span", "questions-label", say("similarQuestions")));
      for (const q of answer.questions) questions.append(el("span", "chip", q));
      box.append(questions);
    }
    // The label row holds the reset button; without a label it shows only while there is
    // something to reset.
    const reset = el("button", "reset", say("reset"));
    reset.setAttribute("type", "button");
    const showReset = (shown) => {
      reset.hidden = !shown;
      label.hidden = !shown && !s.label;
    };
    showReset(false);
    const chat = conversation(answer, () => showReset(true));
    reset.addEventListener("click", () => {
      for (const n of chat.querySelectorAll(".asked")) n.remove();
      showReset(false);
    });
    label.append(reset);
    box.append(chat);
    return box;
  }

  // What search looks in: titles, similar questions and answers, as shown (not what taps add).
  function answerText(answer) {
    const parts = [answer.title, ...answer.questions];
    for (const m of answer.messages) {
      if (m.t === "text") for (const s of m.segments) parts.push(s.t === "text" ? s.text : s.label);
      else if (m.t === "news") for (const a of m.articles) parts.push(a.title, a.description, a.url);
      else if (m.t === "image") parts.push(m.mediaId);
      else parts.push(m.title, m.appid, m.pagepath);
    }
    return norm(parts.join("\\n"));
  }

  function item(it) {
    const card = el("article", "entry kind-" + it.kind);
    const head = el("header", "entry-head");
    if (it.badge) head.append(el("span", "badge badge-" + it.kind, it.badge));
    if (it.source) head.append(el("span", "source", it.source));
    card.append(head);
    if (it.note) card.append(el("div", "note", it.note));
    const sides = el("div", it.sides.length > 1 ? "sides two" : "sides");
    for (const s of it.sides) sides.append(side(s));
    card.append(sides);
    const text = it.sides
      .filter((s) => s.answer !== undefined)
      .map((s) => answerText(data.answers[s.answer]))
      .join("\\n") + "\\n" + norm((it.source || "") + "\\n" + (it.note || ""));
    return { node: card, text };
  }

  document.body.classList.add("mode-" + data.mode);
  document.getElementById("heading").textContent = data.heading;
  document.getElementById("summary").textContent = data.summary;
  const groups = data.groups.map((g) => {
    const node = el("section", "group");
    const heading = el("h2", null, g.skill);
    const n = el("span", "n", String(g.items.length));
    heading.append(n);
    const list = el("div", "entries");
    const items = g.items.map(item);
    for (const i of items) list.append(i.node);
    node.append(heading, list);
    app.append(node);
    return { node, n, items };
  });
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const nothing = el("p", "nothing", total === 0 ? data.empty : say("noMatch"));
  nothing.hidden = total > 0;
  app.append(nothing);

  function filter() {
    const terms = norm(search.value).split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const g of groups) {
      let n = 0;
      for (const i of g.items) {
        const match = terms.every((t) => i.text.includes(t));
        i.node.hidden = !match;
        if (match) n++;
      }
      g.node.hidden = n === 0;
      g.n.textContent = String(n);
      shown += n;
    }
    count.textContent = terms.length === 0 ? "" : say("searchCount", { shown, total });
    nothing.hidden = shown > 0;
  }
  search.addEventListener("input", filter);
  filter();
})();
`;
