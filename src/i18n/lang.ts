/**
 * Which language faqops speaks: `--lang`, else FAQOPS_LANG, else the POSIX locale variables
 * (LC_ALL, LC_MESSAGES, LANG: any `zh…` is Chinese), else English.
 */
import { UsageError } from "../errors.js";

/** The languages faqops' messages exist in. */
export type Lang = "en" | "zh-CN";

/** Every language, in the order help and errors list them. */
export const LANGS: readonly Lang[] = ["en", "zh-CN"];

/** The environment variable that picks the language when `--lang` is not given. */
export const LANG_VARIABLE = "FAQOPS_LANG";

/**
 * The locale variables a POSIX program reads for its messages, strongest first: the first one
 * set (and not blank) decides, as setlocale(LC_MESSAGES, "") would.
 */
export const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * Reads a value given for the language on purpose (`--lang`, FAQOPS_LANG, the action's `lang`
 * input): `en` or `zh-CN`, in any case, with `_` for `-`, and `zh` alone for `zh-CN`. Blank
 * means not given. Anything else is a UsageError naming `name` and the choices.
 */
export function parseLang(name: string, value: string | undefined): Lang | undefined {
  const text = value?.trim() ?? "";
  if (text === "") return undefined;
  const key = text.toLowerCase().replace("_", "-");
  if (key === "en") return "en";
  if (key === "zh-cn" || key === "zh") return "zh-CN";
  throw new UsageError(`${name} must be one of ${LANGS.join(", ")}; got "${text}".`);
}

/**
 * The language from a POSIX locale name (`zh_CN.UTF-8`, `zh_TW`, `zh-Hans`, `C`, `en_US`):
 * Chinese for any `zh…`, English for everything else. Traditional-Chinese locales get the
 * Simplified catalogue: it is the one that exists, and it reads far better to them than English.
 */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const text = locale?.trim() ?? "";
  if (text === "") return undefined;
  return /^zh(?:$|[-_.@])/i.test(text) ? "zh-CN" : "en";
}

/**
 * Resolves the language: `flag` (the `--lang` value, or the action's input), else FAQOPS_LANG,
 * else the first locale variable set, else English. `flagName` names the flag in errors.
 */
export function resolveLang({
  flag,
  env,
  flagName = "--lang",
}: {
  flag?: string | boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  flagName?: string;
}): Lang {
  if (flag === true) throw new UsageError(`${flagName} needs a value: one of ${LANGS.join(", ")}.`);
  const chosen = parseLang(flagName, flag === false ? undefined : flag);
  if (chosen) return chosen;
  const fromVariable = parseLang(LANG_VARIABLE, env[LANG_VARIABLE]);
  if (fromVariable) return fromVariable;
  for (const name of LOCALE_VARIABLES) {
    const lang = langFromLocale(env[name]);
    if (lang) return lang;
  }
  return "en";
}
