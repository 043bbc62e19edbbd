/** The emulator's status page (`GET /`): the bot's entries as a table, and which are live. */
import type { BotEntry } from "./bot.js";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Renders the page for the entries as written and the last published snapshot. */
export function renderPage(
  entries: readonly BotEntry[],
  published: readonly BotEntry[] | undefined,
): string {
  const fingerprint = (e: BotEntry) =>
    JSON.stringify([e.skill, e.title, e.content, e.questions, e.answers, e.threshold]);
  const live = new Set((published ?? []).map(fingerprint));
  const rows = entries
    .map((e) => {
      const cells = [
        e.skill,
        e.title,
        e.questions.join("\n"),
        e.content,
        // A disabled entry is never published: say why it is not live.
        live.has(fingerprint(e)) ? "yes" : e.disabled ? "no (disabled)" : "no",
      ];
      return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>faqops emulator</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;white-space:pre-wrap}</style>
</head><body>
<h1>faqops emulator</h1>
<p>${entries.length} entries; ${published ? `${published.length} published` : "never published"}. JSON: <a href="/entries">/entries</a>, <a href="/stats">/stats</a>.</p>
<table><thead><tr><th>skill</th><th>title</th><th>similar questions</th><th>answer</th><th>published</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
