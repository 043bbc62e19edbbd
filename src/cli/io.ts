/** Where the CLI writes: injectable so tests can capture output without a child process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (progress bars, colours). */
  readonly isTty: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** The real process's streams, environment and working directory. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}
