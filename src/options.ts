/**
 * One place for inputs: CLI flags, environment variables and action inputs are read and
 * validated here, once, into one typed, frozen options object. Blank means unset; a bad value
 * names the input and what is allowed.
 */
import path from "node:path";
import type { ContentTargets } from "./content/targets.js";
import { UsageError } from "./errors.js";
import type { EndpointSetting, VariableScope } from "./platform/credentials.js";

/** Raw values as they come from a flag, an environment variable or an action input. */
export type RawValue = string | boolean | undefined;

/** The default request rate (requests per second): conservative, as the platform documents none. */
export const DEFAULT_RATE = 5;
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_CONTENT_DIR = "content";
export const DEFAULT_LOCKFILE = "faqops.lock.json";
export const DEFAULT_ENDPOINT = "https://chatbot.weixin.qq.com";
/** The v2 open API's base URL (platform-api-v2.md, "Transport"). */
export const DEFAULT_V2_ENDPOINT = "https://openaiapi.weixin.qq.com";
/** `--prune` refuses to remove more than this share of the bot unless forced. */
export const DEFAULT_PRUNE_MAX = 0.25;

/** Options every command that reads content shares. */
export interface ContentOptions {
  /**
   * The folder content paths are relative to (diagnostics, compiled entries' `path`) and the
   * compile cache and rehearsal state live in: the project root the CLI found from its working
   * directory (src/cli/root.ts), or the Action's working directory.
   */
  readonly cwd: string;
  /** Absolute path of the content directory. */
  readonly contentDir: string;
  /**
   * Reuse and update the compile cache in `.faqops-cache/` (`--no-cache` turns it off). It
   * only saves time: a run without it gives the same result.
   */
  readonly cache: boolean;
  /**
   * Compile in worker threads: `auto` when many files need compiling and the bundle has a
   * worker script; `on` whenever it has one; `off` never. A hidden flag, for tests and the
   * benchmark: the result is the same either way.
   */
  readonly workers: WorkerMode;
  /**
   * The targets of faqops.config.yaml, when there is one: the rules across entries run per
   * target, and front matter `targets` names are checked against them.
   */
  readonly targets?: ContentTargets | undefined;
}

export const WORKER_MODES = ["auto", "on", "off"] as const;
export type WorkerMode = (typeof WORKER_MODES)[number];

/**
 * Resolves `--content` and `--no-cache`. A folder given is relative to the working directory
 * `cwd`, as any path typed on a command line is; the default, `content`, is the one in the
 * project root `root` (default: `cwd`), so a run from a subfolder finds it.
 */
export function resolveContentOptions(raw: {
  cwd: string;
  root?: string | undefined;
  content?: RawValue;
  cache?: RawValue;
  workers?: RawValue;
}): ContentOptions {
  const root = raw.root ?? raw.cwd;
  const content = stringValue("content", raw.content);
  return Object.freeze({
    cwd: root,
    contentDir:
      content === undefined
        ? path.resolve(root, DEFAULT_CONTENT_DIR)
        : path.resolve(raw.cwd, content),
    cache: booleanValue("cache", raw.cache, true),
    workers: choiceValue("workers", raw.workers, WORKER_MODES, "auto"),
  });
}

/** Where faqops keeps what it can rebuild (compile cache, rehearsal state): never in Git. */
export const CACHE_DIR = ".faqops-cache";

/** A string input; blank means unset; a boolean (a flag given without value) is a usage error. */
export function stringValue(name: string, value: RawValue): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) throw new UsageError(`--${name} needs a value.`);
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A whole number within [min, max]; blank means the default. */
export function integerValue(
  name: string,
  value: RawValue,
  fallback: number,
  range: { min: number; max: number },
): number {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new UsageError(
      `${name} must be a whole number from ${range.min} to ${range.max}; got "${text}".`,
    );
  }
  return n;
}

/** A positive number within (0, max]; blank means the default. */
export function numberValue(name: string, value: RawValue, fallback: number, max: number): number {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(n > 0 && n <= max)) {
    throw new UsageError(
      `${name} must be a number greater than 0 and at most ${max}; got "${text}".`,
    );
  }
  return n;
}

/** A share written as `25%` or `0.25`; blank means the default. */
export function shareValue(name: string, value: RawValue, fallback: number): number {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
  const n = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(n >= 0 && n <= 1)) {
    throw new UsageError(`${name} must be a share such as 25% or 0.25 (0 to 100%); got "${text}".`);
  }
  return n;
}

/** A boolean: true/false (also yes/no, 1/0, on/off, as action inputs often are); blank → default. */
export function booleanValue(name: string, value: RawValue, fallback: boolean): boolean {
  if (typeof value === "boolean") return value;
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  const lower = text.toLowerCase();
  if (["true", "yes", "1", "on"].includes(lower)) return true;
  if (["false", "no", "0", "off"].includes(lower)) return false;
  throw new UsageError(`${name} must be true or false; got "${text}".`);
}

/** One of a fixed set of words; blank → default. */
export function choiceValue<T extends string>(
  name: string,
  value: RawValue,
  choices: readonly T[],
  fallback: T,
): T {
  const text = stringValue(name, value);
  if (text === undefined) return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${name} must be one of ${choices.join(", ")}; got "${text}".`);
}

/** A path relative to the working directory, `/`-separated, for messages and diagnostics. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute) || ".";
  return rel.split(path.sep).join("/");
}

/** Options of the commands that plan or sync (`plan`, `apply`, `publish`). */
export interface SyncOptions extends ContentOptions {
  /** Absolute path of the lockfile, and how to name it in messages. */
  readonly lockfile: { readonly path: string; readonly display: string };
  readonly concurrency: number;
  /** Requests per second. */
  readonly rate: number;
  readonly dryRun: boolean;
  readonly prune: boolean;
  readonly pruneMax: number;
  readonly force: boolean;
  /** Rewrite every entry whatever the lockfile's hashes say (`--resend-all`). */
  readonly resendAll: boolean;
  readonly publish: boolean;
  /** Run against an emulator started for this run (rehearsal without credentials). */
  readonly emulator: boolean;
  /** The platform API (`--api`, FAQOPS_API): v1 (the default) or v2. */
  readonly api: Api;
  /** v2: intents per import call (`--batch-size`). */
  readonly batchSize: number;
  /** v2: `--prune` replaces the whole bot (import mode 1) instead of disabling drift. */
  readonly replaceAll: boolean;
  /** The target (faqops.config.yaml) the run is for. */
  readonly target: TargetOptions;
  /** Absolute path of the folder `--emulator` keeps this target's rehearsal bot in. */
  readonly emulatorDir: string;
}

/** Which bot a sync is for, as the platform layer needs to know it. */
export interface TargetOptions {
  /** The target's name; undefined for the one unnamed bot (no `targets` configured). */
  readonly name: string | undefined;
  /** Where its credentials are read: FAQOPS_<NAME>_X, then FAQOPS_X. */
  readonly variables: VariableScope;
  /** faqops.config.yaml's endpoints: the target's own, and the top level's. */
  readonly endpoints?: EndpointSetting["configured"];
}

/** The one unnamed bot: no faqops.config.yaml targets. */
export const UNNAMED_TARGET: TargetOptions = Object.freeze({ name: undefined, variables: {} });

export const APIS = ["v1", "v2"] as const;
/** The platform's two open APIs: see "v1 or v2" in docs/platform.md. */
export type Api = (typeof APIS)[number];
/** The environment variable that picks the API when `--api` is not given. */
export const API_VARIABLE = "FAQOPS_API";
/**
 * v2: intents per import call. The reference gives no limit, only advice to split large imports;
 * 100 is its safe default.
 */
export const DEFAULT_BATCH_SIZE = 100;

/** The raw inputs SyncOptions are resolved from (flags or action inputs, by their CLI names). */
export interface RawSyncInputs {
  /** The working directory: paths given in flags are relative to it. */
  readonly cwd: string;
  /** The project root (default: `cwd`): the default content folder and lockfile are in it. */
  readonly root?: string | undefined;
  readonly content?: RawValue;
  readonly cache?: RawValue;
  readonly workers?: RawValue;
  readonly lockfile?: RawValue;
  readonly concurrency?: RawValue;
  readonly rate?: RawValue;
  readonly dryRun?: RawValue;
  readonly prune?: RawValue;
  readonly pruneMax?: RawValue;
  readonly force?: RawValue;
  readonly resendAll?: RawValue;
  readonly publish?: RawValue;
  readonly emulator?: RawValue;
  readonly api?: RawValue;
  readonly batchSize?: RawValue;
  readonly replaceAll?: RawValue;
  /** Default: the one unnamed bot. */
  readonly target?: TargetOptions;
}

/**
 * Where `--emulator` keeps its rehearsal state: outside Git, and never the real lockfile, so a
 * rehearsal cannot make faqops believe the real platform holds what only the emulator does.
 */
export const EMULATOR_DIR = `${CACHE_DIR}/emulator`;

/**
 * Resolves and validates the sync options, once. A `--lockfile` given is relative to the
 * working directory; the default one is in the project root (see resolveContentOptions).
 */
export function resolveSyncOptions(raw: RawSyncInputs): SyncOptions {
  const emulator = booleanValue("emulator", raw.emulator, false);
  const target = raw.target ?? UNNAMED_TARGET;
  const root = raw.root ?? raw.cwd;
  // Each target's rehearsal bot is its own, as its real bot is.
  const emulatorDir = path.resolve(
    root,
    target.name === undefined ? EMULATOR_DIR : `${EMULATOR_DIR}/${target.name}`,
  );
  const lockfileGiven = stringValue("lockfile", raw.lockfile);
  const lockfilePath =
    lockfileGiven !== undefined
      ? path.resolve(raw.cwd, lockfileGiven)
      : emulator
        ? path.join(emulatorDir, DEFAULT_LOCKFILE)
        : path.resolve(root, defaultLockfile(target.name));
  const api = choiceValue(`api (--api, ${API_VARIABLE})`, raw.api, APIS, "v1");
  const prune = booleanValue("prune", raw.prune, false);
  const replaceAll = booleanValue("replace-all", raw.replaceAll, false);
  if (replaceAll && (api !== "v2" || !prune)) {
    throw new UsageError(
      api !== "v2"
        ? "--replace-all is for --api v2: on v1, --prune always replaces the whole bot."
        : "--replace-all goes with --prune: `--prune --replace-all` replaces the whole bot (import mode 1).",
    );
  }
  return Object.freeze({
    ...resolveContentOptions(raw),
    lockfile: Object.freeze({ path: lockfilePath, display: displayPath(raw.cwd, lockfilePath) }),
    concurrency: integerValue("concurrency", raw.concurrency, DEFAULT_CONCURRENCY, {
      min: 1,
      max: 64,
    }),
    rate: numberValue("rate", raw.rate, DEFAULT_RATE, 1000),
    dryRun: booleanValue("dry-run", raw.dryRun, false),
    prune,
    pruneMax: shareValue("prune-max", raw.pruneMax, DEFAULT_PRUNE_MAX),
    force: booleanValue("force", raw.force, false),
    resendAll: booleanValue("resend-all", raw.resendAll, false),
    publish: booleanValue("publish", raw.publish, false),
    emulator,
    api,
    batchSize: integerValue("batch-size", raw.batchSize, DEFAULT_BATCH_SIZE, { min: 1, max: 1000 }),
    replaceAll,
    target,
    emulatorDir,
  });
}

/** A target's lockfile unless faqops.config.yaml names another: `faqops.<name>.lock.json`. */
export function defaultLockfile(target: string | undefined): string {
  return target === undefined ? DEFAULT_LOCKFILE : `faqops.${target}.lock.json`;
}
