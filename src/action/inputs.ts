/**
 * The action's inputs and the event it runs for, read once into one frozen options object.
 * The sync inputs are handed to the project's resolution (src/config/project.ts) under the
 * CLI's names, so the CLI and the action share names, defaults, faqops.config.yaml's targets
 * and validation. Pure: the caller passes a reader for inputs and the project as loaded.
 */
import { readFile } from "node:fs/promises";
import { CONFIG_FILE } from "../config/load.js";
import { type Project, projectContentOptions, projectSyncOptions } from "../config/project.js";
import { projectTargets, type Target } from "../config/targets.js";
import { ConfigError, UsageError } from "../errors.js";
import { type Lang, parseLang } from "../i18n/index.js";
import type { ContentOptions } from "../options/content.js";
import { type SyncOptions, type TargetOptions, UNNAMED_TARGET } from "../options/sync.js";
import { booleanValue, choiceValue, type RawValue, stringValue } from "../options/values.js";
import {
  CREDENTIAL_VARIABLES,
  type EndpointSetting,
  readCredentials,
  readV2Credentials,
  readVariable,
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
  /** The repository's default branch (`repository.default_branch` of the payload), if given. */
  readonly defaultBranch?: string | undefined;
}

/** One target the command runs for, and its sync options (its lockfile, API, settings). */
export interface TargetRun {
  readonly target: Target;
  readonly sync: SyncOptions;
}

/** Everything the action was asked to do, validated. */
export interface ActionOptions {
  readonly command: ActionCommand;
  /** The content folder and the targets' scopes (faqops.config.yaml). */
  readonly content: ContentOptions;
  /**
   * The targets the command runs for, sorted by name: every target for check and plan (the
   * one unnamed bot without faqops.config.yaml targets), the one asked for with `target`; apply
   * and publish always have exactly one.
   */
  readonly targets: readonly TargetRun[];
  /** The `endpoint` and `insecure-http` inputs, for resolveEndpoint (which falls back to FAQOPS_ENDPOINT). */
  readonly endpoint: EndpointSetting;
  /** Commit and push the lockfile after apply. */
  readonly commitLockfile: boolean;
  /** The `commit-branch` input: where the lockfile commit goes (see lockfileBranch). */
  readonly commitBranch: string | undefined;
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

/** The one bot of a repository without faqops.config.yaml, as its project. */
function projectWithoutConfig(cwd: string): Project {
  return { root: cwd, config: undefined, diagnostics: [] };
}

/**
 * Resolves and validates the inputs, once. `project` is faqops.config.yaml as loaded from the
 * working directory (default: none, the one bot); each target's sync options are its settings
 * under the inputs given.
 */
export function resolveActionOptions(
  input: InputReader,
  context: {
    cwd: string;
    event: ActionEvent;
    env?: Readonly<Record<string, string | undefined>>;
    project?: Project;
  },
): ActionOptions {
  // Blank means unset: an input left blank must not hide the target's setting.
  const raw = (name: string): RawValue => stringValue(name, input(name));
  const command = choiceValue("command", raw("command"), COMMANDS, defaultCommand(context.event));
  const isPullRequest =
    PULL_REQUEST_EVENTS.has(context.event.name) && context.event.pullRequest !== undefined;
  const project = context.project ?? projectWithoutConfig(context.cwd);
  const env = context.env ?? {};
  const place = { cwd: context.cwd, env };
  const content = projectContentOptions(project, place, { content: raw("content") });
  const targets = selectActionTargets(project, stringValue("target", input("target")), command);
  if (targets.length > 1 && raw("lockfile") !== undefined) {
    throw new UsageError(
      `The lockfile input is one target's, and ${project.config!.display} defines ${targets.length} targets (${targetNames(targets)}).`,
      { hint: "set the target input too, or leave lockfile blank: each target has its own." },
    );
  }
  const flags = {
    content: raw("content"),
    lockfile: raw("lockfile"),
    concurrency: raw("concurrency"),
    rate: raw("rate"),
    prune: raw("prune"),
    pruneMax: raw("prune-max"),
    force: raw("force"),
    resendAll: raw("resend-all"),
    publish: raw("publish"),
    // Else FAQOPS_<TARGET>_API, the target's api, FAQOPS_API, the config's (targetSyncInputs).
    api: raw("api"),
    batchSize: raw("batch-size"),
    replaceAll: raw("replace-all"),
  };
  return Object.freeze({
    command,
    content,
    targets: Object.freeze(
      targets.map((target) =>
        Object.freeze({ target, sync: projectSyncOptions(project, target, place, flags) }),
      ),
    ),
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
    commitBranch: stringValue("commit-branch", raw("commit-branch")),
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
 * The targets a command runs for: the `target` input's, else every target for check and plan;
 * apply and publish with several targets configured need the input (a sync is one bot's, and
 * guessing which could write to production). The CLI's rules (selectTargets), in the words of
 * the action's inputs.
 */
export function selectActionTargets(
  project: Project,
  requested: string | undefined,
  command: ActionCommand,
): Target[] {
  const all = projectTargets(project.config);
  const named = all.filter((t) => t.name !== undefined);
  const file = project.config?.display ?? CONFIG_FILE;
  const incomplete = project.config?.incomplete === true;
  if (requested !== undefined) {
    if (incomplete && !named.some((t) => t.name === requested)) {
      // The target may be one a problem of the file kept out: say so, not "no such target".
      throw new ConfigError(
        `The target input is ${requested}, but ${file} has errors (see the annotations), so its targets cannot all be read.`,
        { hint: "fix them (the annotations show where), then run again." },
      );
    }
    if (named.length === 0) {
      throw new UsageError(
        project.config
          ? `The target input is ${requested}, but ${file} defines no targets.`
          : `The target input is ${requested}, but there is no faqops.config.yaml, which defines the targets.`,
        {
          hint: "add `targets:` to faqops.config.yaml in the repository root (see docs/targets.md), or leave the target input blank to sync the one bot.",
        },
      );
    }
    const found = named.find((t) => t.name === requested);
    if (!found) {
      throw new UsageError(
        `The target input is ${requested}, which is not a target of ${file}; the targets are ${targetNames(named)}.`,
      );
    }
    return [found];
  }
  if ((command === "apply" || command === "publish") && (all.length > 1 || incomplete)) {
    if (all.length <= 1) {
      throw new ConfigError(
        `command: ${command} cannot tell which bot to ${command === "apply" ? "sync" : "publish"}: ${file} has errors (see the annotations), so its targets cannot all be read.`,
        { hint: "fix them (the annotations show where), then run again." },
      );
    }
    throw new UsageError(
      `command: ${command} needs the target input: ${file} defines ${all.length} targets (${targetNames(all)}), and ${command === "apply" ? "a sync" : "a publish"} is one bot's.`,
      {
        hint: `give each target a job of its own, with \`target: ${all[0]!.name}\` and that target's environment for its secrets (see docs/targets.md).`,
      },
    );
  }
  return all;
}

function targetNames(targets: readonly Pick<Target, "name">[]): string {
  return targets.map((t) => t.name).join(", ");
}

/**
 * The platform credentials: each from its input, else from the target's environment variable
 * (FAQOPS_<TARGET>_X, then FAQOPS_X; so a job-level `env:` works too). Another target's
 * variables are never read. Validation is `readCredentials`', shared with the CLI; a missing
 * credential is reported by its input name, all of them at once, never with a value.
 */
export function credentialsFromInputs(
  given: Readonly<Record<keyof Credentials, string | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
  target: TargetOptions = UNNAMED_TARGET,
): Credentials {
  const record: Record<string, string | undefined> = {};
  const missing: string[] = [];
  for (const [field, variable] of Object.entries(CREDENTIAL_VARIABLES)) {
    const key = field as keyof Credentials;
    const value = given[key] ?? readVariable(env, variable, target.variables)?.value;
    if (value === undefined) missing.push(CREDENTIAL_INPUTS[key]);
    record[variable] = value;
  }
  if (missing.length > 0) throw missingCredentials(missing, target, "v1");
  return readCredentials(record);
}

/** The v2 credentials: appid, token and manager-id (as the v2 `account`), each input or env. */
export function v2CredentialsFromInputs(
  given: Readonly<Record<keyof Credentials, string | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
  target: TargetOptions = UNNAMED_TARGET,
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
    const value = given[key] ?? readVariable(env, variable, target.variables)?.value;
    if (value === undefined) missing.push(CREDENTIAL_INPUTS[key]);
    record[variable] = value;
  }
  if (missing.length > 0) throw missingCredentials(missing, target, "v2");
  return readV2Credentials(record);
}

/** The error naming every missing credential input; a target's names its variables too. */
function missingCredentials(
  missing: readonly string[],
  target: TargetOptions,
  api: "v1" | "v2",
): ConfigError {
  const credentials = missing.length === 1 ? "credential" : "credentials";
  const names = missing.map((m) => `\`${m}\``).join(", ");
  if (target.name !== undefined) {
    return new ConfigError(`Missing ${credentials} for apply to target ${target.name}: ${names}.`, {
      hint: `pass them from the secrets of the job's environment (\`environment: ${target.name}\`, e.g. \`token: <the FAQOPS_TOKEN secret>\`), or set FAQOPS_${target.variables.target}_TOKEN and the like in the job's env; plan and check need none.`,
    });
  }
  return api === "v2"
    ? new ConfigError(`Missing ${credentials} for apply with api v2: ${names}.`, {
        hint: "pass them from repository secrets (appid, token, manager-id; v2 needs no encoding-aes-key); plan and check need none.",
      })
    : new ConfigError(`Missing ${credentials} for apply: ${names}.`, {
        hint: "pass them from repository secrets (e.g. `token: <the FAQOPS_TOKEN secret>`); plan and check need none.",
      });
}

/**
 * Reads the event: its name, on pull-request events the number, and the repository's default
 * branch, from the payload at `GITHUB_EVENT_PATH`. The payload is untrusted JSON: read as
 * `unknown` and checked. Only a pull request's must be readable (its number decides the comment).
 */
export async function readEvent(
  env: Readonly<Record<string, string | undefined>>,
): Promise<ActionEvent> {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name };
  const isPullRequest = PULL_REQUEST_EVENTS.has(name);
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if (!isPullRequest) return { name };
    throw new UsageError(`Cannot read the event payload ${file}.`, { cause: error });
  }
  const record = (value: unknown) =>
    typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const number = record(record(payload).pull_request).number;
  const branch = record(record(payload).repository).default_branch;
  return {
    name,
    ...(isPullRequest && {
      pullRequest: typeof number === "number" && Number.isSafeInteger(number) ? number : undefined,
    }),
    ...(typeof branch === "string" && branch.trim() !== "" && { defaultBranch: branch.trim() }),
  };
}

/** The branch a push ran for, from `GITHUB_REF` (`refs/heads/<branch>`); undefined otherwise. */
export function branchFromRef(ref: string | undefined): string | undefined {
  const prefix = "refs/heads/";
  return ref?.startsWith(prefix) && ref.length > prefix.length
    ? ref.slice(prefix.length)
    : undefined;
}

/**
 * Where the lockfile commit goes: the `commit-branch` input; else the branch the workflow ran
 * for; else, on a tag (a release, or a manual run from one), the repository's default branch,
 * where every other sync commits its lockfile too. Undefined when there is none of these.
 */
export function lockfileBranch(
  options: Pick<ActionOptions, "commitBranch">,
  ref: string | undefined,
  event: ActionEvent,
): string | undefined {
  return (
    options.commitBranch ??
    branchFromRef(ref) ??
    (ref?.startsWith("refs/tags/") ? event.defaultBranch : undefined)
  );
}
