/**
 * The options of the commands that plan or sync (`plan`, `apply`, `publish`, and the Action),
 * read and validated once, from flags or action inputs, into one typed, frozen object.
 */
import path from "node:path";
import { OptionConflictError } from "../errors.js";
import type { EndpointSetting, VariableScope } from "../platform/credentials.js";
import { type ContentOptions, resolveContentOptions } from "./content.js";
import { DEFAULT_LOCKFILE, defaultLockfile, displayPath, emulatorDirFor } from "./paths.js";
import {
  booleanValue,
  choiceValue,
  integerValue,
  numberValue,
  type RawValue,
  shareValue,
  stringValue,
} from "./values.js";

/** The default request rate (requests per second): conservative, as the platform documents none. */
export const DEFAULT_RATE = 5;
export const DEFAULT_CONCURRENCY = 4;
/** `--prune` refuses to remove more than this share of the bot unless forced. */
export const DEFAULT_PRUNE_MAX = 0.25;

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
 * Resolves and validates the sync options, once. A `--lockfile` given is relative to the
 * working directory; the default one is in the project root (see resolveContentOptions).
 */
export function resolveSyncOptions(raw: RawSyncInputs): SyncOptions {
  const emulator = booleanValue("emulator", raw.emulator, false);
  const target = raw.target ?? UNNAMED_TARGET;
  const root = raw.root ?? raw.cwd;
  const emulatorDir = emulatorDirFor(root, target.name);
  const lockfileGiven = stringValue("lockfile", raw.lockfile);
  const lockfilePath =
    lockfileGiven !== undefined
      ? path.resolve(raw.cwd, lockfileGiven)
      : emulator
        ? path.join(emulatorDir, DEFAULT_LOCKFILE)
        : path.resolve(root, defaultLockfile(target.name));
  const api = choiceValue("api", raw.api, APIS, "v1", { kind: "choose-api" });
  const prune = booleanValue("prune", raw.prune, false);
  const replaceAll = booleanValue("replace-all", raw.replaceAll, false);
  if (replaceAll && (api !== "v2" || !prune)) {
    throw new OptionConflictError(api !== "v2" ? "replace-all-on-v1" : "replace-all-without-prune");
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
