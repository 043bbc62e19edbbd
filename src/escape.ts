/**
 * Escaping text from content for where it is shown: GitHub Markdown (the Action's summary and
 * pull-request comment) and HTML (the preview page, the emulator's page). A module of its own,
 * with no imports, as renderers, translations (i18n/markdown.ts) and the emulator all use it.
 */

/**
 * Escapes text from content for GitHub Markdown — a table cell, a paragraph, or inside an HTML
 * block such as `<details>`, where backslash escapes do not apply: `<`, `>` and `&` become
 * entities (literal text in Markdown and in HTML alike), Markdown's own markers get a
 * backslash, and `@` gets a zero-width space so that a title cannot mention (ping) anyone.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~&@!]/g, (c) => MARKDOWN_ESCAPES[c] ?? `\\${c}`);
}

const MARKDOWN_ESCAPES: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "@": "@\u200b",
};

/** Escapes text from content for HTML (a raw HTML block in a comment), mentions neutralised. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "@": "@\u200b",
};
