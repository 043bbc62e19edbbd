/**
 * faqops in Simplified Chinese and English. Messages are made in English where a problem is
 * found; the shells (CLI, action) translate them as they print, with the functions here:
 *
 * - `resolveLang`: `--lang`, else FAQOPS_LANG, else LC_ALL / LC_MESSAGES / LANG, else English;
 * - `localizeDiagnostic`: a content diagnostic's message (its rule id, position and severity
 *   stay as they are: tools and editors read them);
 * - `localizeError`: a FaqopsError's message and hint (`localizeErrorText`: the same, for the
 *   words a shell gives an error that carries data);
 * - `localizeText`: the CLI's own lines (counts, summaries, notes, `faqops: …`/`hint: …`), and
 *   the action's notices and warnings;
 * - `localizeMarkdown`: the action's job summary and pull-request comment.
 *
 * Whatever has no Chinese entry is left in English, never dropped or garbled.
 */
import { TARGET_SUFFIX } from "../content/targets.js";
import type { Diagnostic } from "../diagnostics.js";
import { FaqopsError } from "../errors.js";
import { DIAGNOSTIC_CATALOGUE } from "./diagnostics.js";
import { ERROR_HINTS, ERROR_MESSAGES } from "./errors.js";
import type { Lang } from "./lang.js";
import { MARKDOWN_LINES } from "./markdown.js";
import { type Entry, type Translation, translate } from "./template.js";
import { TEXT_LINES } from "./text.js";

export { HELP_TEXT, helpExtraInfo, helpText, helpTitle, translateHelp } from "./help.js";
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

/**
 * The translation of a diagnostic's message, or undefined when no entry fits (for tests). A
 * rule across entries found in some targets only ends with ` (in target staging)`
 * (content/targets.ts targetSuffix): the rule's message is translated, then the suffix.
 */
export function translateDiagnostic(d: Diagnostic): Translation | undefined {
  const entries = (DIAGNOSTIC_CATALOGUE as Readonly<Record<string, readonly Entry[]>>)[d.ruleId];
  if (!entries) return undefined;
  // The suffix first: a template ending in a hole would otherwise take it in, in English.
  const suffix = TARGET_SUFFIX.exec(d.message);
  const rest = suffix && translate(entries, d.message.slice(0, suffix.index));
  if (rest) {
    return { ...rest, text: `${rest.text}（仅在目标 ${suffix![1]!.replaceAll(", ", "、")} 中）` };
  }
  return translate(entries, d.message);
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
  if (!(error instanceof FaqopsError)) return { message, hint };
  return localizeErrorText({ message, hint }, lang);
}

/**
 * A known error's English message and hint, as a shell words them (render/error.ts), in `lang`:
 * each looked up in the errors catalogue, kept in English when it has no entry.
 */
export function localizeErrorText(
  text: { readonly message: string; readonly hint: string | undefined },
  lang: Lang,
): { message: string; hint: string | undefined } {
  const { message, hint } = text;
  if (lang === "en") return { message, hint };
  return {
    message: translate(ERROR_MESSAGES, message)?.text ?? message,
    hint: hint === undefined ? undefined : (translate(ERROR_HINTS, hint)?.text ?? hint),
  };
}

/** The word before a hint, in `lang`: `hint` or `提示`. */
export function hintLabel(lang: Lang): string {
  return lang === "en" ? "hint" : "提示";
}

/**
 * CLI output in `lang`, line by line: each line with an entry is translated, any other kept.
 * Colours survive translation: the line is matched without its colour codes, then each coloured
 * piece (a red count, a green sign, a bold `Plan:`) is coloured again where its own translation,
 * or its text when it is a value, appears in the translated line. A line redrawn in place
 * (`\r`, erase-line codes: apply's progress bar) keeps those codes.
 */
export function localizeText(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return text
    .split("\n")
    .map((line) => localizeLine(line))
    .join("\n");
}

/** An SGR sequence (`\x1b[31m`), as the CLI's colours write them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what it finds.
const SGR = /\x1b\[([0-9;]*)m/g;
/** Cursor and erase sequences at a line's start (`\x1b[2K`): kept, never translated. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what it finds.
const LEADING_CONTROLS = /^(?:\x1b\[[0-9;]*[A-HJKST])*/;

/**
 * Lines longer than this are kept as they are: faqops' own lines are far shorter, and one this
 * long is content (an answer's line in `compile`), not worth matching against every template.
 */
const LONGEST_LINE = 4000;

function localizeLine(line: string): string {
  if (line === "" || line.length > LONGEST_LINE) return line;
  // A bar redrawn in place: each part after a carriage return is a line of its own.
  if (line.includes("\r")) return line.split("\r").map(localizeLine).join("\r");
  const lead = LEADING_CONTROLS.exec(line)?.[0] ?? "";
  const body = line.slice(lead.length);
  if (body === "") return line;
  if (!body.includes("\x1b")) {
    const translated = translateLine(body);
    return translated ? `${lead}${translated.text}` : line;
  }
  const runs = styledRuns(body);
  const translated = translateLine(runs.map((r) => r.text).join(""));
  return translated ? `${lead}${recolour(translated.text, runs)}` : line;
}

/** A stretch of a line in one style: its text and the SGR codes in force (`["1", "31"]`). */
interface StyledRun {
  readonly text: string;
  readonly codes: readonly string[];
}

/** The line's text cut where its style changes, each piece with the codes in force there. */
function styledRuns(line: string): StyledRun[] {
  const runs: StyledRun[] = [];
  let codes: string[] = [];
  let last = 0;
  const push = (text: string) => {
    if (text === "") return;
    const previous = runs.at(-1);
    if (previous && previous.codes.join(";") === codes.join(";")) {
      runs[runs.length - 1] = { text: previous.text + text, codes: previous.codes };
    } else {
      runs.push({ text, codes: [...codes] });
    }
  };
  for (const match of line.matchAll(SGR)) {
    push(line.slice(last, match.index));
    codes = applySgr(codes, match[1] ?? "");
    last = match.index + match[0].length;
  }
  push(line.slice(last));
  return runs;
}

/** The codes in force after one SGR sequence: a reset or a close removes, anything else adds. */
function applySgr(codes: readonly string[], parameters: string): string[] {
  let next = [...codes];
  for (const code of parameters === "" ? ["0"] : parameters.split(";")) {
    const closes = CLOSES[code];
    if (code === "0") next = [];
    else if (closes) next = next.filter((c) => !closes(Number(c)));
    else if (!next.includes(code)) next.push(code);
  }
  return next;
}

const isForeground = (c: number) => (c >= 30 && c <= 38) || (c >= 90 && c <= 97);
const isBackground = (c: number) => (c >= 40 && c <= 48) || (c >= 100 && c <= 107);

/** What each closing code ends (ECMA-48): bold and dim end together, colours by their ground. */
const CLOSES: Readonly<Record<string, (code: number) => boolean>> = {
  "22": (c) => c === 1 || c === 2,
  "23": (c) => c === 3,
  "24": (c) => c === 4,
  "27": (c) => c === 7,
  "28": (c) => c === 8,
  "29": (c) => c === 9,
  "39": isForeground,
  "49": isBackground,
};

/** The closing code of an opening one, as picocolors writes it. */
function closeOf(code: string): string {
  const n = Number(code);
  if (n === 1 || n === 2) return "22";
  if (isForeground(n)) return "39";
  if (isBackground(n)) return "49";
  if (n >= 3 && n <= 9) return String(n + 20);
  return "0";
}

/**
 * The translated line with the original's coloured pieces coloured again, in order: each piece
 * where its translation (or, for a value, its own text) next appears. A piece that does not
 * appear (a word the sentence's Chinese order merged away) is left plain.
 */
function recolour(translated: string, runs: readonly StyledRun[]): string {
  let out = translated;
  let from = 0;
  for (const run of runs) {
    if (run.codes.length === 0 || run.text.trim() === "") continue;
    const piece = translateLine(run.text)?.text ?? run.text;
    const at = piece === "" ? -1 : out.indexOf(piece, from);
    if (at < 0) continue;
    const open = run.codes.map((c) => `\x1b[${c}m`).join("");
    const close = [...run.codes]
      .reverse()
      .map((c) => `\x1b[${closeOf(c)}m`)
      .join("");
    out = `${out.slice(0, at)}${open}${piece}${close}${out.slice(at + piece.length)}`;
    from = at + open.length + piece.length + close.length;
  }
  return out;
}

/** The translation of one line of CLI output (no colours), or undefined (for tests). */
export function translateLine(line: string): Translation | undefined {
  return translate(TEXT_LINES, line);
}

/**
 * The action's Markdown in `lang`, line by line: faqops' own words translated, Markdown and
 * what came from content (already escaped) kept as they are; a line with no entry is kept.
 */
export function localizeMarkdown(markdown: string, lang: Lang): string {
  if (lang === "en") return markdown;
  return markdown
    .split("\n")
    .map((line) => (line === "" ? line : (translate(MARKDOWN_LINES, line)?.text ?? line)))
    .join("\n");
}

/** The translation of one line of the action's Markdown, or undefined (for tests). */
export function translateMarkdownLine(line: string): Translation | undefined {
  return translate(MARKDOWN_LINES, line);
}

/** The functions above bound to one language, for a shell to pass around. */
export interface Translator {
  readonly lang: Lang;
  diagnostic(d: Diagnostic): Diagnostic;
  error(error: unknown): { message: string; hint: string | undefined };
  text(text: string): string;
  markdown(markdown: string): string;
}

/** A Translator for `lang`. */
export function createTranslator(lang: Lang): Translator {
  return {
    lang,
    diagnostic: (d) => localizeDiagnostic(d, lang),
    error: (e) => localizeError(e, lang),
    text: (t) => localizeText(t, lang),
    markdown: (m) => localizeMarkdown(m, lang),
  };
}
