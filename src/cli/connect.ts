/**
 * Where apply and publish send requests: the real platform (credentials from the environment),
 * or, with --emulator, an emulator started for this run with its state kept between runs.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { displayPath } from "../options/paths.js";
import type { SyncOptions } from "../options/sync.js";
import type { RawValue } from "../options/values.js";
import {
  DEFAULT_V2_ENDPOINT,
  platformVariables,
  readCredentials,
  readV2Credentials,
  resolveEndpoint,
} from "../platform/credentials.js";
import type { PlatformClient } from "../platform/types.js";
import type { V2Client } from "../platform/v2/types.js";
import type { Publisher } from "../sync/apply.js";
import type { Io } from "./io.js";

type Hooks = { beforeRequest?: () => Promise<void> };

export interface PlatformTarget {
  /** Opens a v1 client; reads credentials only now, so runs that send nothing need none. */
  readonly connect: (hooks?: Hooks) => PlatformClient;
  /** Opens a v2 client, the same way. */
  readonly connectV2: (hooks?: Hooks) => V2Client;
  /** Opens the client of the API the options name, for publishing. */
  readonly connectPublisher: (hooks?: Hooks) => Publisher;
  /** Stops the embedded emulator, if any. */
  readonly close: () => Promise<void>;
}

/**
 * Resolves the target from the options, starting the embedded emulator for --emulator. The
 * HTTP clients (and the emulator) are loaded here, not at start-up: only apply and publish
 * send requests, and the HTTP library is a fifth of the CLI's code.
 */
export async function openTarget(
  io: Io,
  options: SyncOptions,
  flags: { endpoint?: RawValue; insecureHttp?: RawValue; verbose?: unknown },
  onRetry?: () => void,
): Promise<PlatformTarget> {
  const [{ createClient }, { createV2Client }] = await Promise.all([
    import("../platform/client.js"),
    import("../platform/v2/client.js"),
  ]);
  const retryHook = (info: {
    action: string;
    attempt: number;
    delayMs: number;
    reason: string;
  }) => {
    onRetry?.();
    if (flags.verbose) {
      io.stderr(
        `retry: ${info.action} attempt ${info.attempt + 1} in ${Math.round(info.delayMs)} ms (${info.reason})\n`,
      );
    }
  };
  if (options.emulator) {
    const statePath = path.join(options.emulatorDir, "platform.json");
    await mkdir(path.dirname(statePath), { recursive: true });
    // The platform's limit per import is undocumented; the emulator refuses more than 100 unless
    // told otherwise, and a rehearsal of --batch-size should rehearse that size.
    const { startEmulator } = await import("../platform/emulator.js");
    const emulator = await startEmulator({
      port: 0,
      statePath,
      maxImportItems: Math.max(100, options.batchSize),
    });
    io.stderr(
      `emulator: rehearsing the ${options.api} API against ${emulator.url} (state in ${displayPath(io.cwd, options.emulatorDir)}/)\n`,
    );
    const { appId, token, managerId } = emulator.credentials;
    return withPublisher(options, {
      connect: (hooks) =>
        createClient({
          endpoint: emulator.url,
          credentials: emulator.credentials,
          onRetry: retryHook,
          ...hooks,
        }),
      connectV2: (hooks) =>
        createV2Client({
          endpoint: emulator.url,
          credentials: { appId, token, account: managerId },
          onRetry: retryHook,
          ...hooks,
        }),
      close: () => emulator.stop(),
    });
  }
  // Checked now, before any request: a bad endpoint, or plain http:// to another host without
  // --insecure-http, stops the run here.
  const endpoint = resolveEndpoint(
    {
      url: flags.endpoint,
      name: "--endpoint",
      insecureHttp: flags.insecureHttp,
      scope: options.target.variables,
      configured: options.target.endpoints,
    },
    io.env,
    options.api === "v2" ? DEFAULT_V2_ENDPOINT : undefined,
  );
  // What the hints name: the variables this run reads (a target's own, where it has them).
  const variables = platformVariables(io.env, options.target.variables);
  return withPublisher(options, {
    connect: (hooks) =>
      createClient({
        endpoint,
        credentials: readCredentials(io.env, options.target.variables),
        variables,
        onRetry: retryHook,
        ...hooks,
      }),
    connectV2: (hooks) =>
      createV2Client({
        endpoint,
        credentials: readV2Credentials(io.env, options.target.variables),
        variables,
        onRetry: retryHook,
        ...hooks,
      }),
    close: async () => {},
  });
}

/** Adds `connectPublisher`: the client of the API the run uses. */
function withPublisher(
  options: Pick<SyncOptions, "api">,
  target: Omit<PlatformTarget, "connectPublisher">,
): PlatformTarget {
  return {
    ...target,
    connectPublisher: (hooks) =>
      options.api === "v2" ? target.connectV2(hooks) : target.connect(hooks),
  };
}
