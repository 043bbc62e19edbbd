/** Renders a compiled answer for people: a one-line preview, or readable Markdown. */
import type { Card, Message } from "../content/types.js";
import { escapeMarkdown } from "../escape.js";

/** Turns the answer's chat markup back into plain reading text: links become their labels. */
function plainText(text: string): string {
  return text.replace(/<a href="[^"]*">([^<]*)<\/a>/g, "$1");
}

/** A card as a short bracketed label, e.g. `[news: 一周天气]`. */
export function cardLabel(card: Card): string {
  if ("news" in card) return `[news: ${card.news.articles.map((a) => a.title).join(" | ")}]`;
  if ("image" in card) return `[image: ${card.image.media_id}]`;
  return `[mini program: ${card.miniprogrampage.title}]`;
}

/** A one-line preview of an answer, at most `max` characters (code points). */
export function previewAnswer(messages: readonly Message[], max = 60): string {
  const text = messages
    .map((m) => (typeof m === "string" ? plainText(m) : cardLabel(m)))
    .join(" ⏎ ")
    .replace(/\s*\n\s*/g, " ⏎ ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * A link destination from content, safe inside Markdown's `(…)`: only http(s) URLs are links
 * (anything else is undefined, shown as code by the caller), and the characters that would
 * end or break the destination, or a table row, are percent-encoded.
 */
export function markdownUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return url.replace(
    /[\s()<>|"\\`[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/**
 * Text from content as a Markdown code span that is safe in a table cell: backticks cannot end
 * it (replaced by ′), and `|` is escaped (GFM splits cells on it even inside code).
 */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "′").replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}\``;
}

/** `[label](url)` when the URL is a safe link, else the label and the URL as code. */
function link(label: string, url: string): string {
  const safe = markdownUrl(url);
  return safe ? `[${escapeMarkdown(label)}](${safe})` : `${escapeMarkdown(label)} ${codeSpan(url)}`;
}

/**
 * An answer as readable Markdown, e.g. for a pull-request comment: text as text (links and
 * recommended questions as Markdown links), cards as a short description with their links.
 * `inline` joins lines with `<br>` so the result fits in a table cell.
 */
export function answerMarkdown(
  messages: readonly Message[],
  options: { inline?: boolean } = {},
): string {
  const blocks = messages.map((m) => (typeof m === "string" ? textMarkdown(m) : cardMarkdown(m)));
  const text = blocks.join("\n\n");
  return options.inline ? text.replace(/\n/g, "<br>") : text;
}

function textMarkdown(text: string): string {
  // Split around links so the text between them is escaped and the links stay links.
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) {
    parts.push(escapeMarkdown(text.slice(last, match.index)));
    const [, href = "", label = ""] = match;
    const asks = askedQuestion(href);
    parts.push(
      asks === undefined
        ? link(label, href)
        : `**${escapeMarkdown(label)}** _(recommended question: asks “${escapeMarkdown(asks)}”)_`,
    );
    last = match.index + match[0].length;
  }
  parts.push(escapeMarkdown(text.slice(last)));
  return parts.join("");
}

/** The question a recommended-question link (`weixin://bizmsgmenu?msgmenucontent=…`) asks. */
export function askedQuestion(href: string): string | undefined {
  if (!href.startsWith("weixin://bizmsgmenu")) return undefined;
  // The compiler writes the question as it is, not URL-encoded (body.ts; `:ask` text may not
  // hold & < > "), so it is read back as it is: URLSearchParams would turn + into a space.
  const match = /[?&]msgmenucontent=([^&]*)/.exec(href);
  return match?.[1] ?? "";
}

function cardMarkdown(card: Card): string {
  if ("news" in card) {
    return card.news.articles
      .map(
        (a) =>
          `📰 **${link(a.title, a.url)}**${a.description ? ` — ${escapeMarkdown(a.description)}` : ""}`,
      )
      .join("\n");
  }
  if ("image" in card) {
    const url = card.image.url ? markdownUrl(card.image.url) : undefined;
    return `🖼️ image ${codeSpan(card.image.media_id)}${url ? ` ([view](${url}))` : card.image.url ? ` ${codeSpan(card.image.url)}` : ""}`;
  }
  const p = card.miniprogrampage;
  return `🔷 mini program **${escapeMarkdown(p.title)}** (${codeSpan(p.appid)}, ${codeSpan(p.pagepath)})`;
}
