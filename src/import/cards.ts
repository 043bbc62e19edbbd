/**
 * A rich answer → Markdown cards. An answer cell may hold the JSON the platform takes for
 * cards (`{"news":…}`, `{"image":…}`, `{"miniprogrampage":…}`, `{"multimsg":[…]}`): what
 * `faqops export` writes for an entry with cards, and what the v2 API's `answers[]` would
 * hold. It is written back as `::news{…}` lines (and `---` between messages), so the entry
 * compiles to the same JSON; text is not, and the format says why (content-format.md).
 */
import { answerContent } from "../content/answer-content.js";
import type { Card, Message, NewsArticle } from "../content/types.js";
import { escapeMessage } from "./escape.js";

/** An answer that is a rich answer: its Markdown and the `content` it compiles to. */
export type RichAnswer =
  | { readonly ok: true; readonly markdown: string; readonly content: string }
  | { readonly ok: false; readonly problem: string };

/** The attributes of each card, in the format's order: required ones first. */
const CARDS = {
  news: { json: "news", required: ["title", "url"], optional: ["description", "picurl", "type"] },
  image: { json: "image", required: ["media_id"], optional: ["url"] },
  miniprogram: {
    json: "miniprogrampage",
    required: ["title", "appid", "pagepath", "thumb_media_id"],
    optional: ["thumb_url"],
  },
} as const;

type Directive = keyof typeof CARDS;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The rich answer `text` holds, or undefined when it is text: only a JSON object with exactly
 * one of the platform's keys counts, so text that happens to start with `{` stays text.
 */
export function richAnswer(text: string): RichAnswer | undefined {
  if (!text.startsWith("{") || !text.endsWith("}")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || !["news", "image", "miniprogrampage", "multimsg"].includes(key!)) {
    return undefined;
  }
  try {
    const messages = key === "multimsg" ? multimsg(value.multimsg) : [card(value, "the answer")];
    return { ok: true, markdown: messagesMarkdown(messages), content: answerContent(messages) };
  } catch (error) {
    if (error instanceof RichProblem) return { ok: false, problem: error.message };
    throw error;
  }
}

/** Why a rich answer cannot be written as cards; caught in richAnswer. */
class RichProblem extends Error {}

function multimsg(items: unknown): Message[] {
  if (!Array.isArray(items) || items.length === 0) {
    throw new RichProblem('"multimsg" is not a list of messages');
  }
  return items.map((item, index): Message => {
    if (typeof item === "string") {
      // As in a cell: the platform's XML turns CR into a line break.
      const text = item.replace(/\r\n?/g, "\n");
      if (text.trim() === "" || text.trim() !== text) {
        throw new RichProblem(
          `message ${index + 1} of "multimsg" ${text.trim() === "" ? "is empty" : "starts or ends with white space"}, which a text message cannot: faqops sends text messages trimmed`,
        );
      }
      return text;
    }
    if (isObject(item)) return card(item, `message ${index + 1}`);
    throw new RichProblem(`message ${index + 1} of "multimsg" is neither text nor a card`);
  });
}

/** One card object, with the format's defaults for what it leaves out. */
function card(value: Record<string, unknown>, what: string): Card {
  const keys = Object.keys(value);
  if (keys.length !== 1) throw new RichProblem(`${what} is not one card`);
  const key = keys[0]!;
  const body = value[key];
  if (key === "news") {
    const articles = isObject(body) ? body.articles : undefined;
    if (!Array.isArray(articles) || articles.length === 0) {
      throw new RichProblem(`${what}: "news" has no "articles"`);
    }
    return {
      news: {
        articles: articles.map((a, i): NewsArticle => {
          const v = fields(a, "news", `${what}, article ${i + 1}`);
          const type = v.type || "h5";
          if (type !== "h5" && type !== "mp") {
            throw new RichProblem(`${what}: the news type "${type}" is not h5 or mp`);
          }
          return {
            title: v.title ?? "",
            description: v.description ?? "",
            url: v.url ?? "",
            picurl: v.picurl ?? "",
            type,
          };
        }),
      },
    };
  }
  if (key === "image") {
    const v = fields(body, "image", what);
    return { image: { media_id: v.media_id ?? "", url: v.url ?? "" } };
  }
  if (key === "miniprogrampage") {
    const v = fields(body, "miniprogram", what);
    return {
      miniprogrampage: {
        title: v.title ?? "",
        appid: v.appid ?? "",
        pagepath: v.pagepath ?? "",
        thumb_media_id: v.thumb_media_id ?? "",
        thumb_url: v.thumb_url ?? "",
      },
    };
  }
  throw new RichProblem(
    `${what}: "${key}" is not a card faqops knows (news, image, miniprogrampage)`,
  );
}

/** A card's string fields; one the format does not have, or a value that is not text, is a problem. */
function fields(value: unknown, directive: Directive, what: string): Record<string, string> {
  if (!isObject(value)) throw new RichProblem(`${what} is not an object`);
  const spec = CARDS[directive];
  const known: readonly string[] = [...spec.required, ...spec.optional];
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (!known.includes(name)) {
      throw new RichProblem(`${what}: "${spec.json}" has no field "${name}" in the format`);
    }
    if (typeof v !== "string") throw new RichProblem(`${what}: "${name}" is not text`);
    out[name] = v;
  }
  return out;
}

/**
 * Messages as the body: text escaped, cards as directive lines. A `---` line goes between two
 * text messages and between two news messages, which would otherwise be joined into one.
 */
function messagesMarkdown(messages: readonly Message[]): string {
  let out = "";
  let previous: "text" | "news" | "card" | undefined;
  for (const message of messages) {
    const kind = typeof message === "string" ? "text" : "news" in message ? "news" : "card";
    if (previous !== undefined) {
      out += kind === previous && kind !== "card" ? "\n\n---\n\n" : "\n\n";
    }
    out += typeof message === "string" ? escapeMessage(message) : cardMarkdown(message);
    previous = kind;
  }
  return out;
}

function cardMarkdown(card: Card): string {
  if ("news" in card) {
    return card.news.articles
      .map((a) => directive("news", { ...a, type: a.type === "h5" ? "" : a.type }))
      .join("\n");
  }
  if ("image" in card) return directive("image", card.image);
  return directive("miniprogram", card.miniprogrampage);
}

/** `::name{key="value" …}`: required attributes always, optional ones when not empty. */
function directive(name: Directive, values: Readonly<Record<string, string>>): string {
  const spec = CARDS[name];
  const attributes = [
    ...spec.required.map((key) => [key, values[key] ?? ""] as const),
    ...spec.optional.map((key) => [key, values[key] ?? ""] as const).filter(([, v]) => v !== ""),
  ];
  return `::${name}{${attributes.map(([key, v]) => `${key}="${attributeValue(v)}"`).join(" ")}}`;
}

/**
 * A quoted attribute value. The directive syntax decodes character references in values and
 * ends one at its quote or a line break, so these three are written as references.
 */
function attributeValue(value: string): string {
  return value
    .replace(/&(?=#|[A-Za-z0-9]+;)/g, "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("\n", "&#10;");
}
