/** `faqops emulate`: runs the local platform emulator until Ctrl-C (SIGINT) or SIGTERM. */
import path from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { EXIT_CODES } from "../../exit.js";
import {
  integerValue,
  numberValue,
  type RawValue,
  shareValue,
  stringValue,
} from "../../options/values.js";
import { CREDENTIAL_VARIABLES, ENDPOINT_VARIABLE } from "../../platform/credentials.js";
import { DEFAULT_EMULATOR_CREDENTIALS } from "../../platform/emulator/credentials.js";
import type { EmulatorFaults, EmulatorOptions } from "../../platform/emulator.js";
import type { Credentials } from "../../platform/types.js";
import type { CommandContext } from "./index.js";

export const DEFAULT_EMULATOR_PORT = 8787;
/** v2 access tokens live 2 h on the platform (platform-api-v2.md, "Token exchange"). */
const DEFAULT_TOKEN_TTL_S = 7200;
/** The longest --token-ttl: a week, far beyond any run. */
const MAX_TOKEN_TTL_S = 7 * 24 * 3600;

/** The flags as commander hands them over. */
type EmulateFlags = Record<string, RawValue>;

/** Registers `faqops emulate`. */
export function registerEmulate(program: Command, context: CommandContext): void {
  const d = DEFAULT_EMULATOR_CREDENTIALS;
  program
    .command("emulate")
    .summary("run a local emulator of the platform")
    .description(
      "Run a local emulator of the platform's open API on 127.0.0.1: v1 (setautoreply, batchimportskill, publish, publish_progress) and, at the same URL, v2 (/v2/token, /v2/bot/import/json, /v2/async/fetch, /v2/bot/publish, /v2/bot/effective_progress), on one bot. It prints the FAQOPS_* variables to use it from another terminal.",
    )
    .option(
      "--port <n>",
      `port to listen on; 0 picks a free one (default: ${DEFAULT_EMULATOR_PORT})`,
    )
    .option("--host <address>", "address to listen on (default: 127.0.0.1)")
    .option("--state <file>", "keep the bot's entries in this JSON file (default: in memory)")
    .option("--appid <id>", `app id to accept (default: ${d.appId})`)
    .option("--token <token>", `TOKEN to accept (default: ${d.token})`)
    .option("--encoding-aes-key <key>", "EncodingAESKey to accept, 43 base64 characters")
    .option("--manager-id <id>", `managerid to accept (default: ${d.managerId})`)
    .option("--publish-steps <n>", "progress polls before a publish is done (default: 3)")
    .option("--publish-fail", "make every publish end with status 2 (failed)")
    .option(
      "--token-ttl <s>",
      `seconds a v2 access token is accepted (default: ${DEFAULT_TOKEN_TTL_S}, the platform's 2 h)`,
    )
    .option(
      "--task-steps <n>",
      "v2 async/fetch answers that report an import running before its end (default: 1)",
    )
    .option(
      "--max-import-items <n>",
      "intents a v2 import may carry; more is refused with 110002 (default: 100, the reference's safe default)",
    )
    .option(
      "--fail-rate <share>",
      "answer this share of calls (e.g. 0.2 or 20%) with --fail-status",
    )
    .option("--fail-status <status>", "HTTP status of those failures (default: 500)")
    .option("--drop-rate <share>", "drop the connection of this share of calls without an answer")
    .option("--latency <ms>", "wait this long before answering each call")
    .option("--rate-limit <n>", "answer more than n calls per second with 429 and Retry-After")
    .option("--retry-after <s>", "seconds sent in Retry-After with 429 and 503 (default: 1)")
    .option("--seed <n>", "seed of the fault rates' random generator, to replay a run")
    .option("--quiet", "do not log each call")
    .action(async (flags: EmulateFlags) => {
      const options = readEmulateOptions(flags, context.io.cwd);
      const { io } = context;
      // Imported here: every other command starts without the emulator and Node's HTTP stack.
      const { startEmulator } = await import("../../platform/emulator.js");
      const emulator = await startEmulator({
        ...options,
        log: flags.quiet ? undefined : (line) => io.stderr(`${line}\n`),
      }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
          throw new UsageError(
            `Port ${options.port} is in use; pick another with --port (0 picks a free one).`,
          );
        }
        throw error;
      });
      io.stdout(describeStart(emulator.url, emulator.credentials, options));
      const signal = await untilSignal();
      io.stdout(`\n${signal}: stopping the emulator…\n`);
      await emulator.stop();
      io.stdout("stopped.\n");
      context.result.code = EXIT_CODES.success;
    });
}

/** Reads and checks the flags, once, into the emulator's options. */
export function readEmulateOptions(
  flags: EmulateFlags,
  cwd: string,
): EmulatorOptions & { port: number } {
  const given = {
    appId: stringValue("appid", flags.appid),
    token: stringValue("token", flags.token),
    encodingAesKey: stringValue("encoding-aes-key", flags.encodingAesKey),
    managerId: stringValue("manager-id", flags.managerId),
  };
  // Only the given ones: the others keep the emulator's defaults.
  const credentials = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as Partial<Credentials>;
  const optional = (name: string, value: RawValue, range: { min: number; max: number }) =>
    stringValue(name, value) === undefined ? undefined : integerValue(name, value, 0, range);
  const share = (name: string, value: RawValue) =>
    stringValue(name, value) === undefined ? undefined : shareValue(name, value, 0);

  const faults: EmulatorFaults = {
    failRate: share("fail-rate", flags.failRate),
    failStatus: optional("fail-status", flags.failStatus, { min: 400, max: 599 }),
    dropRate: share("drop-rate", flags.dropRate),
    latencyMs: optional("latency", flags.latency, { min: 0, max: 600_000 }),
    rateLimit: optional("rate-limit", flags.rateLimit, { min: 1, max: 1_000_000 }),
    retryAfter: optional("retry-after", flags.retryAfter, { min: 0, max: 86_400 }),
    publishFails: flags.publishFail === true,
  };
  const state = stringValue("state", flags.state);
  const tokenTtl = stringValue("token-ttl", flags.tokenTtl);
  return {
    port: integerValue("port", flags.port, DEFAULT_EMULATOR_PORT, { min: 0, max: 65_535 }),
    host: stringValue("host", flags.host) ?? "127.0.0.1",
    credentials,
    statePath: state === undefined ? undefined : path.resolve(cwd, state),
    publishSteps: optional("publish-steps", flags.publishSteps, { min: 0, max: 1000 }),
    // Seconds, decimals allowed (0.5), so a token's expiry can be tried by hand.
    tokenTtlMs:
      tokenTtl === undefined
        ? undefined
        : Math.round(
            numberValue("token-ttl", flags.tokenTtl, DEFAULT_TOKEN_TTL_S, MAX_TOKEN_TTL_S) * 1000,
          ),
    taskSteps: optional("task-steps", flags.taskSteps, { min: 0, max: 1000 }),
    maxImportItems: optional("max-import-items", flags.maxImportItems, { min: 1, max: 100_000 }),
    seed: optional("seed", flags.seed, { min: 0, max: 2 ** 32 - 1 }),
    faults,
  };
}

/** What `faqops emulate` prints on start: where it is, the variables to use it, the faults. */
export function describeStart(
  url: string,
  credentials: Credentials,
  options: EmulatorOptions,
): string {
  const variables: [string, string][] = [
    [ENDPOINT_VARIABLE, url],
    [CREDENTIAL_VARIABLES.appId, credentials.appId],
    [CREDENTIAL_VARIABLES.token, credentials.token],
    [CREDENTIAL_VARIABLES.encodingAesKey, credentials.encodingAesKey],
    [CREDENTIAL_VARIABLES.managerId, credentials.managerId],
  ];
  const ttlSeconds = (options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_S * 1000) / 1000;
  const f = options.faults ?? {};
  const faults = [
    f.failRate ? `fail ${Math.round(f.failRate * 100)}% with HTTP ${f.failStatus ?? 500}` : "",
    f.dropRate ? `drop ${Math.round(f.dropRate * 100)}%` : "",
    f.latencyMs ? `${f.latencyMs} ms latency` : "",
    f.rateLimit ? `at most ${f.rateLimit} calls/s` : "",
    f.publishFails ? "publishing fails" : "",
  ].filter(Boolean);
  // The emulator's credentials are throwaway test values: printing them is the point.
  return [
    `faqops emulator listening on ${url}`,
    `  entries: ${url}/ (JSON: ${url}/entries, counts: ${url}/stats)`,
    `  state:   ${options.statePath ?? "in memory"}`,
    `  faults:  ${faults.length > 0 ? faults.join(", ") : "none"}`,
    `  v2:      the same URL serves /v2/… on the same bot (X-APPID = ${CREDENTIAL_VARIABLES.appId}, Token = ${CREDENTIAL_VARIABLES.token},`,
    `           account = ${CREDENTIAL_VARIABLES.managerId}; access tokens last ${describeSeconds(ttlSeconds)})`,
    "Use it from another terminal:",
    `export ${variables.map(([name, value]) => `${name}=${shellQuote(value)}`).join(" ")}`,
    "Press Ctrl-C to stop.",
    "",
  ].join("\n");
}

/** "2 h", "90 s": how long a token lasts, in the largest unit that divides it. */
function describeSeconds(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** Quotes a value for a POSIX shell when it needs it. */
function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

/** Resolves with the first SIGINT or SIGTERM, then stops listening for them. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}
