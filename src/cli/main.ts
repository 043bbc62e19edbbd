/**
 * The CLI shell: parses the command line with commander, calls the pipeline, prints results and
 * decides the exit code. Every command lives in its own file under commands/.
 */
import { Command, CommanderError } from "commander";
import { exitCodeFor, FaqopsError } from "../errors.js";
import { VERSION } from "../version.js";
import { type CommandContext, registerCommands } from "./commands/index.js";
import { type Io, processIo } from "./io.js";

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const { program, context } = createProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return context.result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes with 1.
      return error.exitCode === 0 ? 0 : 1;
    }
    io.stderr(`${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}

/**
 * The program with every command registered, writing to `io`; also what tests read the
 * commands and their flags from (the README's table of flags is checked against it).
 */
export function createProgram(io: Io): { program: Command; context: CommandContext } {
  const program = new Command("faqops")
    .description("Run a WeChat Dialogue Open Platform FAQ from Git.")
    .version(VERSION, "-V, --version")
    .showSuggestionAfterError(true)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    })
    .exitOverride();
  const context: CommandContext = { io, result: { code: 0 } };
  registerCommands(program, context);
  return { program, context };
}

/** One or two lines for a failure: a known error's message and hint, or an internal error. */
export function describeError(error: unknown): string {
  if (error instanceof FaqopsError) {
    return `faqops: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ""}`;
  }
  // An unexpected failure is a bug; still no stack trace for the user unless asked for.
  const detail = error instanceof Error ? error.message : String(error);
  const stack = process.env.FAQOPS_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
  return `faqops: internal error: ${detail}${stack}\nhint: this is a bug in faqops; set FAQOPS_DEBUG=1 for details and report it.`;
}
