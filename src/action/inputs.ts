/**
 * The action's inputs and the event it runs for, read once into one frozen options object.
 * The sync inputs are handed to `resolveSyncOptions` under the CLI's names, so the CLI and the
 * action share names, defaults and validation. Pure: the caller passes a reader for inputs.
 */
import { readFile } from "node:fs/promises";
import { ConfigError, UsageError } from "../errors.js";
import { type Lang, parseLang } from "../i18n/index.js";
import {
  API_VARIABLE,
  booleanValue,
  choiceValue,
  type RawValue,
  resolveSyncOptions,
  type SyncOptions,
  stringValue,
} from "../options.js";
import {
  CREDENTIAL_VARIABLES,
  type EndpointSetting,
  readCredentials,
  readV2Credentials,
  V2_CREDENTIAL_VARIABLES,
} from "../platform/credentials.js";
import type { Credentials } from "../platform/types.js";
import type { V2Credentials } from "../platform/v2/types.js";

export const COMMANDS = ["check", "plan", "apply", "publish"] as const;
export type ActionCommand = (typeof COMMANDS)[number];

/** The action input of each credential (action.yml), in the order they are reported. */
export const CREDENTIAL_INPUTS = {
  appId: "appid",
  token: "token",
  encodingAesKey: "encoding-aes-key",
  managerId: "manager-id",
} as const satisfies Record<keyof Credentials, string>;

/** Inputs whose values must be masked in the log before anything else runs. */
export const SECRET_INPUTS = ["token", "encoding-aes-key", "github-token"] as const;

/** The workflow event, as far as the action cares. */
export interface ActionEvent {
  /** `GITHUB_EVENT_NAME`, e.g. `pull_request` or `push`. */
  readonly name: string;
  /** The pull request's number, on pull-request events. */
  readonly pullRequest?: number | undefined;
}

/** Everything the action was asked to do, validated. */
export interface ActionOptions {
  readonly command: ActionCommand;
  readonly sync: SyncOptions;
  /** The `endpoint` and `insecure-http` inputs, for resolveEndpoint (which falls back to FAQOPS_ENDPOINT). */
  readonly endpoint: EndpointSetting;
  /** Commit and push the lockfile after apply. */
  readonly commitLockfile: boolean;
  /** Upsert a pull-request comment with the plan. */
  readonly comment: boolean;
  readonly githubToken: string | undefined;
  /** The credential inputs as given (blank means unset); read only when a request is sent. */
  readonly credentials: Readonly<Record<keyof Credentials, string | undefined>>;
  /** The language of annotations, notices, the summary and the comment (`lang`). */
  readonly lang: Lang;
}

/** Reads one input by its action.yml name; `""` when not given. */
export type InputReader = (name: string) => string;

/** Events whose default command is `plan` and whose default is to comment. */
const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/** The command when none is given: `apply` on push, `plan` everywhere else (it sends nothing). */
export function defaultCommand(event: ActionEvent): ActionCommand {
  return event.name === "push" ? "apply" : "plan";
}

/**
 * The `lang` input: `en` (the default) or `zh-CN`. The runner's locale is not read: a runner's
 * LANG says nothing about who reads the log. Read first, so the other inputs' errors are in it.
 */
export function readLang(input: InputReader): Lang {
  return parseLang("lang", input("lang")) ?? "en";
}

/** Resolves and validates the inputs, once. */
export function resolveActionOptions(
  input: InputReader,
  context: {
    cwd: string;
    event: ActionEvent;
    env?: Readonly<Record<string, string | undefined>>;
  },
): ActionOptions {
  const raw = (name: string): RawValue => input(name);
  const command = choiceValue("command", raw("command"), COMMANDS, defaultCommand(context.event));
  const isPullRequest =
    PULL_REQUEST_EVENTS.has(context.event.name) && context.event.pullRequest !== undefined;
  const sync = resolveSyncOptions({
    cwd: context.cwd,
    content: raw("content"),
    lockfile: raw("lockfile"),
    concurrency: raw("concurrency"),
    rate: raw("rate"),
    prune: raw("prune"),
    pruneMax: raw("prune-max"),
    force: raw("force"),
    resendAll: raw("resend-all"),
    publish: raw("publish"),
    // The input, else FAQOPS_API from the job's env (read by the caller into `api`).
    api: raw("api") || context.env?.[API_VARIABLE],
    batchSize: raw("batch-size"),
    replaceAll: raw("replace-all"),
  });
  return Object.freeze({
    command,
    sync,
    lang: readLang(input),
    endpoint: Object.freeze({
      url: stringValue("endpoint", raw("endpoint")),
      name: "the endpoint input",
      insecureHttp: booleanValue("insecure-http", raw("insecure-http"), false),
    }),
    commitLockfile: booleanValue(
      "commit-lockfile",
      raw("commit-lockfile"),
      command === "apply" || command === "publish",
    ),
    comment: booleanValue("comment", raw("comment"), isPullRequest),
    githubToken: stringValue("github-token", raw("github-token")),
    credentials: Object.freeze({
      appId: stringValue(CREDENTIAL_INPUTS.appId, raw(CREDENTIAL_INPUTS.appId)),
      token: stringValue(CREDENTIAL_INPUTS.token, raw(CREDENTIAL_INPUTS.token)),
      encodingAesKey: stringValue(
        CREDENTIAL_INPUTS.encodingAesKey,
        raw(CREDENTIAL_INPUTS.encodingAesKey),
      ),
      managerId: stringValue(CREDENTIAL_INPUTS.managerId, raw(CREDENTIAL_INPUTS.managerId)),
    }),
  });
}

/**
 * The platform credentials: each from its input, else from its FAQOPS_* environment variable
 * (so a job-level `env:` works too). Validation is `readCredentials`', shared with the CLI; a
 * missing credential is reported by its input name, all of them at once, never with a value.
 */
export function credentialsFromInputs(
  given: Readonly<Record<keyof Credentials, string | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
): Credentials {
  const record: Record<string, string | undefined> = {};
  const missing: string[] = [];
  for (const [field, variable] of Object.entries(CREDENTIAL_VARIABLES)) {
    const key = field as keyof Credentials;
    const value = given[key] ?? stringValue(variable, env[variable]);
    if (value === undefined) missing.push(CREDENTIAL_INPUTS[key]);
    record[variable] = value;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${missing.length === 1 ? "credential" : "credentials"} for apply: ${missing.map((m) => `\`${m}\``).join(", ")}.`,
      {
        hint: "pass them from repository secrets (e.g. `token: <the FAQOPS_TOKEN secret>`); plan and check need none.",
      },
    );
  }
  return readCredentials(record);
}

/** The v2 credentials: appid, token and manager-id (as the v2 `account`), each input or env. */
export function v2CredentialsFromInputs(
  given: Readonly<Record<keyof Credentials, string | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
): V2Credentials {
  const inputOf: Record<keyof V2Credentials, keyof Credentials> = {
    appId: "appId",
    token: "token",
    account: "managerId",
  };
  const record: Record<string, string | undefined> = {};
  const missing: string[] = [];
  for (const [field, variable] of Object.entries(V2_CREDENTIAL_VARIABLES)) {
    const key = inputOf[field as keyof V2Credentials];
    const value = given[key] ?? stringValue(variable, env[variable]);
    if (value === undefined) missing.push(CREDENTIAL_INPUTS[key]);
    record[variable] = value;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${missing.length === 1 ? "credential" : "credentials"} for apply with api v2: ${missing.map((m) => `\`${m}\``).join(", ")}.`,
      {
        hint: "pass them from repository secrets (appid, token, manager-id; v2 needs no encoding-aes-key); plan and check need none.",
      },
    );
  }
  return readV2Credentials(record);
}

/**
 * Reads the event: its name, and on pull-request events the number from the payload at
 * `GITHUB_EVENT_PATH`. The payload is untrusted JSON: read as `unknown` and checked.
 */
export async function readEvent(
  env: Readonly<Record<string, string | undefined>>,
): Promise<ActionEvent> {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const file = env.GITHUB_EVENT_PATH;
  if (!PULL_REQUEST_EVENTS.has(name) || !file) return { name };
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`Cannot read the event payload ${file}.`, { cause: error });
  }
  const pr = (payload as { pull_request?: unknown } | null)?.pull_request;
  const number = (pr as { number?: unknown } | null | undefined)?.number;
  return {
    name,
    pullRequest: typeof number === "number" && Number.isSafeInteger(number) ? number : undefined,
  };
}

/** The branch a push ran for, from `GITHUB_REF` (`refs/heads/<branch>`); undefined otherwise. */
export function branchFromRef(ref: string | undefined): string | undefined {
  const prefix = "refs/heads/";
  return ref?.startsWith(prefix) && ref.length > prefix.length
    ? ref.slice(prefix.length)
    : undefined;
}
