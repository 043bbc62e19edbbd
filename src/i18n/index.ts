/**
 * faqops in Simplified Chinese and English. Messages are made in English where a problem is
 * found; the shells (CLI, action) translate them as they print, with the functions here:
 *
 * - `resolveLang`: `--lang`, else FAQOPS_LANG, else LC_ALL / LC_MESSAGES / LANG, else English;
 * - `localizeDiagnostic`: a content diagnostic's message (its rule id, position and severity
 *   stay as they are: tools and editors read them);
 * - `localizeError`: a FaqopsError's message and hint;
 * - `localizeText`: the CLI's own lines (counts, summaries, notes, `faqops: …`/`hint: …`).
 *
 * Whatever has no Chinese entry is left in English, never dropped or garbled.
 */
import type { Diagnostic } from "../diagnostics.js";
import { FaqopsError } from "../errors.js";
import { DIAGNOSTIC_CATALOGUE } from "./diagnostics.js";
import { ERROR_HINTS, ERROR_MESSAGES } from "./errors.js";
import type { Lang } from "./lang.js";
import { type Entry, type Translation, translate } from "./template.js";
import { TEXT_LINES } from "./text.js";

export {
  LANG_VARIABLE,
  LANGS,
  type Lang,
  LOCALE_VARIABLES,
  langFromLocale,
  parseLang,
  resolveLang,
} from "./lang.js";

/** A diagnostic with its message in `lang`; the same object for English or an unknown shape. */
export function localizeDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  if (lang === "en") return d;
  const translated = translateDiagnostic(d);
  return translated ? { ...d, message: translated.text } : d;
}

/** The translation of a diagnostic's message, or undefined when no entry fits (for tests). */
export function translateDiagnostic(d: Diagnostic): Translation | undefined {
  const entries = (DIAGNOSTIC_CATALOGUE as Readonly<Record<string, readonly Entry[]>>)[d.ruleId];
  return entries ? translate(entries, d.message) : undefined;
}

/**
 * An error's message and hint in `lang`, as a shell prints them (`faqops: message`, then
 * `hint: hint`). An error faqops did not throw on purpose keeps its message: it is a bug's.
 */
export function localizeError(
  error: unknown,
  lang: Lang,
): { message: string; hint: string | undefined } {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof FaqopsError ? error.hint : undefined;
  if (lang === "en" || !(error instanceof FaqopsError)) return { message, hint };
  return {
    message: translate(ERROR_MESSAGES, message)?.text ?? message,
    hint: hint === undefined ? undefined : (translate(ERROR_HINTS, hint)?.text ?? hint),
  };
}

/** The word before a hint, in `lang`: `hint` or `提示`. */
export function hintLabel(lang: Lang): string {
  return lang === "en" ? "hint" : "提示";
}

/** SGR colour sequences (`\x1b[31m`), as the CLI's colours write them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what it finds.
const SGR = /\x1b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what it finds.
const WRAPPED = /^(\x1b\[[0-9;]*m)([^\x1b]*)(\x1b\[[0-9;]*m)$/;

/**
 * CLI output in `lang`, line by line: each line with an entry is translated, any other kept.
 * Colours around a whole line are kept; a line coloured in parts is translated without them.
 */
export function localizeText(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return text
    .split("\n")
    .map((line) => localizeLine(line))
    .join("\n");
}

function localizeLine(line: string): string {
  if (line === "") return line;
  const wrapped = WRAPPED.exec(line);
  if (wrapped) {
    const inner = translateLine(wrapped[2]!);
    return inner ? `${wrapped[1]}${inner.text}${wrapped[3]}` : line;
  }
  const plain = line.replace(SGR, "");
  return translateLine(plain)?.text ?? line;
}

/** The translation of one line of CLI output (no colours), or undefined (for tests). */
export function translateLine(line: string): Translation | undefined {
  return translate(TEXT_LINES, line);
}

/** The four functions bound to one language, for a shell to pass around. */
export interface Translator {
  readonly lang: Lang;
  diagnostic(d: Diagnostic): Diagnostic;
  error(error: unknown): { message: string; hint: string | undefined };
  text(text: string): string;
}

/** A Translator for `lang`. */
export function createTranslator(lang: Lang): Translator {
  return {
    lang,
    diagnostic: (d) => localizeDiagnostic(d, lang),
    error: (e) => localizeError(e, lang),
    text: (t) => localizeText(t, lang),
  };
}
