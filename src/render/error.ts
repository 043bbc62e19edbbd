/**
 * A failure in words, for both shells, in the language asked for: a known error's message and
 * hint; a bug (exit.ts isBug) called what it is, its message kept as thrown, with where it
 * happened (its stack's frames; the whole stack when FAQOPS_DEBUG is set). An error that
 * carries data rather than words (PruneRefusedError, OptionConflictError, a Remedy) is worded
 * here, for both shells.
 */
import {
  FaqopsError,
  type OptionConflict,
  OptionConflictError,
  PruneRefusedError,
} from "../errors.js";
import { isBug } from "../exit.js";
import { hintLabel, type Lang, localizeErrorText, localizeText } from "../i18n/index.js";
import { pruneRefusedText } from "./prune.js";
import { remedyText } from "./remedy.js";
import type { Audience } from "./words.js";

export interface ErrorTextOptions {
  /**
   * `lines`: the CLI's stderr, `faqops: message` and a `hint: …` line; `inline`: one sentence
   * for the Action's log and verdict, the hint in parentheses.
   */
  readonly form: "lines" | "inline";
  /** Who reads it: a remedy names the CLI's flags or the action's inputs (render/remedy.ts). */
  readonly audience: Audience;
  /** Show a bug's whole stack, not only its frames: the shells set it from FAQOPS_DEBUG. */
  readonly debug?: boolean;
}

/** One or two lines (or one sentence) for a failure, in `lang`. */
export function describeError(error: unknown, lang: Lang, options: ErrorTextOptions): string {
  const colon = lang === "en" ? ": " : "：";
  if (!isBug(error) && error instanceof FaqopsError) {
    const { message, hint } = localizeErrorText(errorWords(error, options.audience), lang);
    if (options.form === "lines") {
      return `faqops${colon}${message}${hint ? `\n${hintLabel(lang)}${colon}${hint}` : ""}`;
    }
    if (!hint) return message;
    return lang === "en"
      ? `${message} (${hintLabel(lang)}: ${hint})`
      : `${message}（${hintLabel(lang)}：${hint}）`;
  }
  // A bug: the message stays as thrown (for whoever fixes it), the words around it are translated.
  const detail = error instanceof Error ? error.message : String(error);
  const debug = options.debug ?? false;
  if (options.form === "inline") {
    // One sentence for the verdict; the action logs the frames apart (bugFrames).
    const stack = debug && error instanceof Error ? `\n${error.stack}` : "";
    return localizeText(
      `internal error: ${detail}${stack} — this is a bug in faqops; please report it.`,
      lang,
    );
  }
  const frames = bugFrames(error);
  const stack =
    debug && error instanceof Error
      ? `\n${error.stack}`
      : frames.length > 0
        ? `\n${frames.map((frame) => `    ${frame}`).join("\n")}`
        : "";
  return localizeText(
    `faqops: internal error: ${detail}${stack}\nhint: this is a bug in faqops; please report it with the lines above.`,
    lang,
  );
}

/**
 * The most frames of a bug's stack shown without FAQOPS_DEBUG (V8 records 10 unless
 * Error.stackTraceLimit says otherwise).
 */
const MAX_FRAMES = 12;

/**
 * Where a bug happened: the frames of its stack (`at f (file:line:column)`), at most MAX_FRAMES;
 * none for a thrown value that is not an Error. A stack begins with the error's name and
 * message as they were when it was made; the frames are the `at` lines after them. The message
 * is printed already, and may itself hold lines like frames, so it is found and passed over
 * whole; when the stack does not hold the message as it is now (it was changed since), no
 * frame is shown rather than a guess (FAQOPS_DEBUG shows the whole stack).
 */
export function bugFrames(error: unknown): string[] {
  if (!(error instanceof Error) || typeof error.stack !== "string") return [];
  const { message, stack } = error;
  let start: number;
  if (message === "") {
    start = stack.indexOf("\n") + 1;
  } else {
    const at = stack.indexOf(`: ${message}\n`);
    if (at === -1 || stack.slice(0, at).includes("\n")) return [];
    start = at + message.length + 3;
  }
  if (start <= 0) return [];
  return stack
    .slice(start)
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim())
    .slice(0, MAX_FRAMES);
}

/**
 * A known error's message and hint in English, as the shells show them: its own, or for an
 * error that carries data, the words made from it here for `audience`.
 */
export function errorWords(
  error: FaqopsError,
  audience: Audience,
): { message: string; hint: string | undefined } {
  const hint = error.remedy ? remedyText(error.remedy, audience) : error.hint;
  if (error instanceof PruneRefusedError) {
    return { message: pruneRefusedText(error.refusal, audience), hint };
  }
  if (error instanceof OptionConflictError) {
    return { message: optionConflictText(error.conflict, audience), hint };
  }
  return { message: error.message, hint };
}

/** Options that do not go together, in the CLI's flags or the action's inputs. */
export function optionConflictText(conflict: OptionConflict, audience: Audience): string {
  const action = audience === "action";
  switch (conflict) {
    case "replace-all-on-v1":
      return action
        ? "`replace-all: true` is for `api: v2`: on v1, `prune: true` always replaces the whole bot."
        : "--replace-all is for --api v2: on v1, --prune always replaces the whole bot.";
    case "replace-all-without-prune":
      return action
        ? "`replace-all: true` goes with `prune: true`: together they replace the whole bot (import mode 1)."
        : "--replace-all goes with --prune: `--prune --replace-all` replaces the whole bot (import mode 1).";
  }
}
