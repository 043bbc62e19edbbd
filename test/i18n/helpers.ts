/** What the i18n tests share: the catalogues' English templates, and an "English left?" check. */
import { DIAGNOSTIC_CATALOGUE } from "../../src/i18n/diagnostics.js";
import { ERROR_HINTS, ERROR_MESSAGES } from "../../src/i18n/errors.js";
import "../../src/i18n/index.js";
import { MARKDOWN_LINES } from "../../src/i18n/markdown.js";
import { type Entry, normalizeTemplate, registeredKinds } from "../../src/i18n/template.js";
import { TEXT_LINES } from "../../src/i18n/text.js";

/** Every entry of every catalogue, fragments (kinds) included. */
export function allEntries(): Entry[] {
  const kinds = Object.values(registeredKinds()).filter((k): k is readonly Entry[] =>
    Array.isArray(k),
  );
  return [
    ...Object.values(DIAGNOSTIC_CATALOGUE).flat(),
    ...ERROR_MESSAGES,
    ...ERROR_HINTS,
    ...TEXT_LINES,
    ...MARKDOWN_LINES,
    ...kinds.flat(),
  ];
}

/** The English templates of `entries`, holes written `{{}}` as the source reader writes them. */
export function normalizedTemplates(entries: readonly Entry[]): Set<string> {
  return new Set(entries.map((e) => normalizeTemplate(e.en)));
}

/**
 * Commands, flags, file names and rule ids a Chinese line may hold as they are, outside
 * backticks (a terminal shows no backticks): what a user types or reads back.
 */
export const KEPT_AS_IS: readonly string[] = [
  "npx faqops check",
  "npx faqops plan",
  "npm install --save-dev",
];

/**
 * English prose left in a translation: three or more English words in a row (a list of names,
 * `title, url, type`, is not prose), outside what is kept on purpose (code in backticks, quoted
 * values, paths and URLs, the names of menus, and `allowed`: KEPT_AS_IS by default). Empty when
 * there is none.
 */
export function englishLeft(text: string, allowed: readonly string[] = KEPT_AS_IS): string[] {
  const prose = allowed
    .reduce((rest, kept) => rest.replaceAll(kept, " "), text)
    .replace(/`[^`]*`/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/“[^”]*”/g, " ")
    .replace(/\S*[/\\.]\S*/g, " ");
  return [...prose.matchAll(/[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){2,}/g)].map((m) => m[0]);
}
