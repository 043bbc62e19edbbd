/**
 * The CLI shell: parses the command line with commander, calls the pipeline, prints results and
 * decides the exit code. Every command lives in its own file under commands/.
 */
import { Command, CommanderError } from "commander";
import { exitCodeFor, FaqopsError } from "../errors.js";
import {
  hintLabel,
  LANG_VARIABLE,
  LANGS,
  type Lang,
  localizeError,
  localizeText,
  resolveLang,
} from "../i18n/index.js";
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
  const { program, context, lang } = createProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return context.result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes with 1.
      return error.exitCode === 0 ? 0 : 1;
    }
    // Straight to `io`: the message is translated here, as a whole (a bad --lang in English).
    io.stderr(`${describeError(error, lang())}\n`);
    return exitCodeFor(error);
  }
}

/**
 * The program with every command registered, writing to `io`; also what tests read the
 * commands and their flags from (the README's table of flags is checked against it).
 *
 * Commands write to `context.io`, which translates every write into the language resolved
 * from `--lang` and the environment before any command runs (`lang()`; English until then).
 * Help and commander's own usage errors are written to `io` untranslated: they stay English.
 */
export function createProgram(io: Io): {
  program: Command;
  context: CommandContext;
  lang: () => Lang;
} {
  let lang: Lang = "en";
  let stdoutIsData = false;
  const program = new Command("faqops")
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
 * One or two lines for a failure, in `lang`: a known error's message and hint, or an internal
 * error (a bug: its message stays as thrown, the words around it are translated).
 */
export function describeError(error: unknown, lang: Lang = "en"): string {
  const colon = lang === "en" ? ": " : "：";
  if (error instanceof FaqopsError) {
    const { message, hint } = localizeError(error, lang);
    return `faqops${colon}${message}${hint ? `\n${hintLabel(lang)}${colon}${hint}` : ""}`;
  }
  // An unexpected failure is a bug; still no stack trace for the user unless asked for.
  const detail = error instanceof Error ? error.message : String(error);
  const stack = process.env.FAQOPS_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
  return localizeText(
    `faqops: internal error: ${detail}${stack}\nhint: this is a bug in faqops; set FAQOPS_DEBUG=1 for details and report it.`,
    lang,
  );
}
