/** Runs the built CLI in a child process, as a user does, capturing its output. */
import { type ChildProcess, spawn } from "node:child_process";
import type { Emulator } from "../../src/platform/emulator.js";
import type { Credentials } from "../../src/platform/types.js";

/** How a CLI run ended, and what it printed. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `node cli args…` in `cwd` with exactly `env`; `done` resolves when it exits. */
export function spawnCli(
  cli: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [cli, ...args], options);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<CliRun>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** A minimal environment with the bot's credentials in the CLI's variables. */
export function credentialsEnv(c: Credentials): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    FAQOPS_APPID: c.appId,
    FAQOPS_TOKEN: c.token,
    FAQOPS_ENCODING_AES_KEY: c.encodingAesKey,
    FAQOPS_MANAGER_ID: c.managerId,
  };
}

/** A minimal environment pointing the CLI at `emulator` with its credentials. */
export function emulatorEnv(emulator: Emulator): NodeJS.ProcessEnv {
  return { ...credentialsEnv(emulator.credentials), FAQOPS_ENDPOINT: emulator.url };
}
