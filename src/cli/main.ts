/**
 * The CLI shell: parses the command line with commander, calls the pipeline, prints results and
 * decides the exit code. Every command lives in its own file under commands/.
 */
import { Command, CommanderError, Help, type HelpConfiguration } from "commander";
import { exitCodeFor } from "../exit.js";
import {
  helpExtraInfo,
  helpText,
  helpTitle,
  LANG_VARIABLE,
  LANGS,
  type Lang,
  resolveLang,
} from "../i18n/index.js";
import { describeError } from "../render/error.js";
import { VERSION } from "../version.js";
import { type CommandContext, registerCommands } from "./commands/index.js";
import { type Io, localizedIo, processIo } from "./io.js";

/**
 * Commands whose stdout is a file's bytes, never translated: `export` writes its CSV there, and
 * an answer's line in it is content, whatever it reads like.
 */
const DATA_ON_STDOUT: ReadonlySet<string> = new Set(["export"]);

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const { program, context, lang } = createProgram(io, argv);
  try {
    await program.parseAsync(argv, { from: "user" });
    return context.result.code;
  } catch (error) {
    // --help and --version end through here with exit code 0; commander's usage mistakes with 1,
    // already written by commander.
    if (error instanceof CommanderError) return exitCodeFor(error);
    // Straight to `io`: the message is translated here, as a whole (a bad --lang in English).
    const debug = Boolean(io.env.FAQOPS_DEBUG);
    io.stderr(`${describeError(error, lang(), { form: "lines", audience: "cli", debug })}\n`);
    return exitCodeFor(error);
  }
}

/**
 * The program with every command registered, writing to `io`; also what tests read the
 * commands and their flags from (the README's table of flags is checked against it).
 *
 * Commands write to `context.io`, which translates every write into the language resolved
 * from `--lang` and the environment before any command runs (`lang()`; English until then).
 *
 * Help is written in the language `argv` and the environment ask for (helpLang): it is
 * printed while commander parses, before the preAction hook, so the language is read from
 * `argv` here. Commander's own usage errors are written to `io` untranslated: they stay English.
 */
export function createProgram(
  io: Io,
  argv: readonly string[] = [],
): {
  program: Command;
  context: CommandContext;
  lang: () => Lang;
} {
  let lang: Lang = "en";
  let stdoutIsData = false;
  const program = new Command("faqops")
    // Before any command is added: subcommands inherit the help configuration.
    .configureHelp(localizedHelp(helpLang(argv, io.env)))
    .description("Run a WeChat Dialogue Open Platform FAQ from Git.")
    .version(VERSION, "-V, --version")
    .option(
      "--lang <lang>",
      `the language of messages: ${LANGS.join(" or ")} (default: ${LANG_VARIABLE}, else the locale, else en)`,
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    })
    .exitOverride()
    // Before any command: a bad --lang or FAQOPS_LANG stops the run, reported in English.
    .hook("preAction", (root, command) => {
      lang = resolveLang({ flag: root.opts<{ lang?: string }>().lang, env: io.env });
      stdoutIsData = DATA_ON_STDOUT.has(command.name());
    });
  const context: CommandContext = {
    io: localizedIo(
      io,
      () => lang,
      () => stdoutIsData,
    ),
    result: { code: 0 },
  };
  registerCommands(program, context);
  return { program, context, lang: () => lang };
}

/**
 * The language of `--help`, read from `argv` (`--lang X` or `--lang=X`, anywhere before `--`)
 * and the environment, as resolveLang reads them. A bad value gives English here: the preAction
 * hook reports it when a command runs.
 */
export function helpLang(argv: readonly string[], env: Io["env"]): Lang {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--lang") flag = argv[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) flag = arg.slice("--lang=".length);
  }
  try {
    return resolveLang({ flag, env });
  } catch {
    return "en";
  }
}

/**
 * commander's help in `lang`: its headings, every description (the catalogue in
 * i18n/help.ts) and the `(default: …)` it adds. Nothing for English: commander's own help.
 */
function localizedHelp(lang: Lang): HelpConfiguration {
  if (lang === "en") return {};
  const base = Help.prototype;
  return {
    // A Chinese character takes two columns: lines wrap at the terminal's width, not past it.
    displayWidth(text) {
      return columns(text);
    },
    // Chinese has no spaces to wrap at: a line may also break after any Chinese character.
    boxWrap(text, width) {
      if (width < (this.minWidthToWrap ?? 40)) return text;
      return text
        .split(/\r\n|\n/)
        .flatMap((line) => {
          const chunks = line.match(CHUNK);
          if (!chunks) return [""];
          const lines: string[] = [];
          let current = chunks.shift() ?? "";
          for (const chunk of chunks) {
            if (columns(current + chunk) <= width) current += chunk;
            else {
              lines.push(current);
              current = chunk.trimStart();
            }
          }
          lines.push(current);
          return lines;
        })
        .join("\n");
    },
    styleTitle(title) {
      return base.styleTitle.call(this, helpTitle(title, lang));
    },
    commandDescription(command) {
      return helpText(base.commandDescription.call(this, command), lang);
    },
    subcommandDescription(command) {
      return helpText(base.subcommandDescription.call(this, command), lang);
    },
    optionDescription(option) {
      const description = helpText(option.description, lang);
      const full = base.optionDescription.call(this, option);
      return joinExtra(description, full.slice(option.description.length), lang);
    },
    argumentDescription(argument) {
      const description = helpText(argument.description, lang);
      const full = base.argumentDescription.call(this, argument);
      return joinExtra(description, full.slice(argument.description.length), lang);
    },
  };
}

/** Characters a terminal shows two columns wide: CJK and full-width punctuation. */
const WIDE_CLASS =
  "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6";
const WIDE = new RegExp(`[${WIDE_CLASS}]`, "g");
/** The columns `text` takes in a terminal, colours aside. */
function columns(text: string): number {
  return PLAIN_HELP.displayWidth(text) + (text.match(WIDE)?.length ?? 0);
}
const PLAIN_HELP = new Help();
/** Punctuation a line must not start with: it stays with the character before it. */
const CLOSING = "，。、；：？！）」』》】";
/** What a help line wraps between: a run of other text, or one wide character (with its closing punctuation). */
const CHUNK = new RegExp(`\\s*(?:[${WIDE_CLASS}]|[^\\s${WIDE_CLASS}]+)[${CLOSING}]*`, "g");

/** A translated description and commander's `(default: …)` after it, translated too. */
function joinExtra(description: string, extra: string, lang: Lang): string {
  if (extra === "") return description;
  const translated = helpExtraInfo(extra, lang);
  return description === "" ? translated.replace(/^ /, "") : `${description}${translated}`;
}
