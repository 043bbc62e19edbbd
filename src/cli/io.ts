import { type Lang, localizeText } from "../i18n/index.js";
import { COLORS, type Colors, colorWanted, NO_COLORS } from "../render/diff.js";

/** Where the CLI writes: injectable so tests can capture output without a child process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (progress bars, colours). */
  readonly isTty: boolean;
  /** True when stderr is a terminal (colours of what is written there); default false. */
  readonly stderrIsTty?: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /**
   * The language of what is written (`--lang`, FAQOPS_LANG, the locale); default English. The
   * writes of an Io made by localizedIo are already translated; report.ts reads it to translate
   * diagnostics, which only it can tell apart from their line.
   */
  readonly lang?: Lang;
}

/**
 * `io` speaking `lang()`, read at each write (the language is known only once the command line
 * is parsed): every write goes through localizeText, line by line, so a line with a catalogue
 * entry is printed in that language and any other as it is. Machine output passes untouched: a
 * write that is a JSON document (`--json`, `--format json|sarif`), and all of stdout while
 * `stdoutIsData()` (a command that writes a file's bytes there, such as `export`'s CSV, whose
 * lines are content).
 */
export function localizedIo(
  io: Io,
  lang: () => Lang,
  stdoutIsData: () => boolean = () => false,
): Io {
  const localize =
    (write: (text: string) => void, isData: () => boolean) =>
    (text: string): void => {
      const current = lang();
      const untouched = current === "en" || isData() || isJsonDocument(text);
      write(untouched ? text : localizeText(text, current));
    };
  return {
    stdout: localize(io.stdout, stdoutIsData),
    stderr: localize(io.stderr, () => false),
    isTty: io.isTty,
    ...(io.stderrIsTty === undefined ? {} : { stderrIsTty: io.stderrIsTty }),
    env: io.env,
    cwd: io.cwd,
    get lang() {
      return lang();
    },
  };
}

/** True for one whole JSON object or array, as `--json` and `--format json|sarif` write it. */
function isJsonDocument(text: string): boolean {
  const trimmed = text.trim();
  const first = trimmed[0];
  const last = trimmed.at(-1);
  return (first === "{" && last === "}") || (first === "[" && last === "]");
}

/**
 * The colours for text written to one of the streams, decided for that stream: `plan > file`
 * on a terminal keeps its diagnostics (stderr) coloured and its plan (stdout) plain.
 * NO_COLOR and FORCE_COLOR are read from `io.env`, so a test can set either.
 */
export function colorsFor(io: Io, stream: "stdout" | "stderr"): Colors {
  const isTty = stream === "stdout" ? io.isTty : io.stderrIsTty === true;
  return colorWanted(isTty, io.env) ? COLORS : NO_COLORS;
}

/**
 * The real process's streams, environment and working directory.
 *
 * A reader that goes away (`faqops plan --json | head -c 100`) ends that stream's output
 * quietly, as it does for `git log | head`: what is written to it afterwards is dropped, the
 * command still finishes its work (a sync is never cut short because nobody reads its
 * report), and the exit code is the command's own — 0 for a plan that printed. Without this,
 * Node reports the closed pipe (EPIPE) as an unhandled error with a stack trace.
 */
export function processIo(): Io {
  return {
    stdout: writerUntilClosed(process.stdout),
    stderr: writerUntilClosed(process.stderr),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** One writer per stream, however many Io objects are made, so the listener is added once. */
const writers = new Map<NodeJS.WriteStream, (text: string) => void>();

/** Writes to `stream` until its reader goes away, then drops what follows. */
function writerUntilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  const known = writers.get(stream);
  if (known) return known;
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // EPIPE: the reader closed the pipe; ERR_STREAM_DESTROYED: a write that raced the close.
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
      closed = true;
      return;
    }
    throw error;
  });
  const writer = (text: string): void => {
    if (!closed) stream.write(text);
  };
  writers.set(stream, writer);
  return writer;
}
