/** Renders a compiled answer for people: a one-line preview, or readable Markdown. */
import type { Card, Message } from "../content/types.js";

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

/** Escapes text for a Markdown table cell or paragraph. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
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
    parts.push(
      href.startsWith("weixin://bizmsgmenu")
        ? `[${escapeMarkdown(label)}](#) _(recommended question)_`
        : `[${escapeMarkdown(label)}](${href})`,
    );
    last = match.index + match[0].length;
  }
  parts.push(escapeMarkdown(text.slice(last)));
  return parts.join("");
}

function cardMarkdown(card: Card): string {
  if ("news" in card) {
    return card.news.articles
      .map(
        (a) =>
          `📰 **[${escapeMarkdown(a.title)}](${a.url})**${a.description ? ` — ${escapeMarkdown(a.description)}` : ""}`,
      )
      .join("\n");
  }
  if ("image" in card) {
    return `🖼️ image \`${card.image.media_id}\`${card.image.url ? ` ([view](${card.image.url}))` : ""}`;
  }
  const p = card.miniprogrampage;
  return `🔷 mini program **${escapeMarkdown(p.title)}** (\`${p.appid}\`, \`${p.pagepath}\`)`;
}
