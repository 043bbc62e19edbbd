/**
 * Targets: the bots a repository syncs. Without faqops.config.yaml, or with one that defines
 * no `targets`, there is one unnamed target, as before targets existed. Each target's settings
 * are its own keys over the top level's; which entries it takes is its `skills` and `paths`,
 * and front matter `targets`.
 */

import path from "node:path";
import picomatch from "picomatch";
import type { ContentTargets, EntrySelector, TargetScope } from "../content/targets.js";
import { API_VARIABLE, type RawSyncInputs } from "../options/sync.js";
import type { RawValue } from "../options/values.js";
import { readVariable, type VariableScope } from "../platform/credentials.js";
import type { FilterSettings, ProjectConfig, TargetSettings } from "./load.js";
import { environmentName } from "./spec.js";

/** One target, resolved: its settings merged and what it takes. */
export interface Target {
  /** Undefined for the one unnamed target (no `targets` configured). */
  readonly name: string | undefined;
  /** The top level's settings, then the target's own over them. */
  readonly settings: TargetSettings;
  /** The top level's settings alone (the config's defaults). */
  readonly defaults: TargetSettings;
  /** The target's own settings alone. */
  readonly own: TargetSettings;
  /** Where its variables are read (FAQOPS_<NAME>_X, then FAQOPS_X). */
  readonly variables: VariableScope;
  readonly scope: TargetScope;
}

/** Every target of the project, sorted by name; one unnamed target when none is configured. */
export function projectTargets(config: ProjectConfig | undefined): Target[] {
  const defaults = config?.defaults ?? {};
  if (!config || config.targets.length === 0) {
    return [makeTarget(undefined, {}, defaults)];
  }
  return config.targets.map((t) => makeTarget(t.name, t.settings, defaults));
}

/** What the content loader needs: the configured targets' scopes (none without targets). */
export function contentTargets(config: ProjectConfig | undefined): ContentTargets | undefined {
  if (!config) return undefined;
  return {
    configFile: config.display,
    complete: !config.incomplete,
    scopes: projectTargets(config)
      .filter((t) => t.name !== undefined)
      .map((t) => t.scope),
  };
}

function makeTarget(
  name: string | undefined,
  own: TargetSettings,
  defaults: TargetSettings,
): Target {
  const settings = { ...defaults, ...own };
  return {
    name,
    settings,
    defaults,
    own,
    variables: { target: name === undefined ? undefined : environmentName(name) },
    scope: { name: name ?? "", takes: selector(name, settings) },
  };
}

/** Whether a target takes an entry: its front matter `targets`, then `skills`, then `paths`. */
function selector(
  name: string | undefined,
  settings: TargetSettings,
): (entry: EntrySelector) => boolean {
  const skills = settings.skills;
  const paths = settings.paths && globs(settings.paths);
  return (entry) => {
    if (name !== undefined && entry.targets !== undefined && !entry.targets.includes(name)) {
      return false;
    }
    if (skills && entry.skill !== undefined) {
      if (skills.include && !skills.include.includes(entry.skill)) return false;
      if (skills.exclude?.includes(entry.skill)) return false;
    }
    if (paths) {
      if (paths.include && !paths.include(entry.source)) return false;
      if (paths.exclude?.(entry.source)) return false;
    }
    return true;
  };
}

/** Matchers for `paths`: globs relative to the content folder, `/`-separated, dot files too. */
function globs(filter: FilterSettings): {
  include?: (path: string) => boolean;
  exclude?: (path: string) => boolean;
} {
  const matcher = (patterns: readonly string[]) => picomatch([...patterns], { dot: true });
  return {
    ...(filter.include && { include: matcher(filter.include) }),
    ...(filter.exclude && { exclude: matcher(filter.exclude) }),
  };
}

/** How messages and the plan name a target: `staging`, or nothing for the one bot. */
export function targetLabel(target: Pick<Target, "name">): string {
  return target.name ?? "";
}

/**
 * The raw sync inputs of a run for `target`: what the command line (or the Action) gave, else
 * the target's settings, else the top level's. The API also reads the environment, the most
 * specific first: `--api`, FAQOPS_<TARGET>_API, the target's `api`, FAQOPS_API, the top
 * level's `api` (the endpoint's layers are resolveEndpoint's).
 */
export function targetSyncInputs(
  target: Target,
  config: ProjectConfig | undefined,
  raw: RawSyncInputs,
  env: Readonly<Record<string, string | undefined>>,
): RawSyncInputs {
  const root = raw.root ?? raw.cwd;
  const { settings } = target;
  // Decimals as written, never `1e-7`, which the options' number syntax does not read.
  const text = (value: number | undefined) =>
    value === undefined
      ? undefined
      : value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  const fromConfig = (value: string | undefined) =>
    value === undefined ? undefined : path.resolve(root, value);
  const where = (key: string, own: boolean) =>
    `${config?.display ?? "faqops.config.yaml"} ${own && target.name ? `targets.${target.name}.` : ""}${key}`;
  return {
    ...raw,
    content: raw.content ?? fromConfig(config?.content),
    // A rehearsal never reads or writes a real lockfile (options/paths.ts, EMULATOR_DIR).
    lockfile: raw.lockfile ?? (isOn(raw.emulator) ? undefined : fromConfig(settings.lockfile)),
    api:
      raw.api ??
      targetVariable(env, API_VARIABLE, target) ??
      target.own.api ??
      readVariable(env, API_VARIABLE)?.value ??
      target.defaults.api,
    publish: raw.publish ?? settings.publish,
    prune: raw.prune ?? settings.prune,
    pruneMax: raw.pruneMax ?? text(settings.pruneMax),
    rate: raw.rate ?? text(settings.rate),
    concurrency: raw.concurrency ?? text(settings.concurrency),
    batchSize: raw.batchSize ?? text(settings.batchSize),
    target: {
      name: target.name,
      variables: target.variables,
      endpoints: {
        target: target.own.endpoint
          ? { url: target.own.endpoint, name: where("endpoint", true) }
          : undefined,
        defaults: target.defaults.endpoint
          ? { url: target.defaults.endpoint, name: where("endpoint", false) }
          : undefined,
      },
    },
  };
}

/** A target's own variable (FAQOPS_<TARGET>_X) alone, without the unprefixed fallback. */
function targetVariable(
  env: Readonly<Record<string, string | undefined>>,
  variable: string,
  target: Target,
): string | undefined {
  if (target.name === undefined) return undefined;
  const read = readVariable(env, variable, target.variables);
  return read && read.from !== variable ? read.value : undefined;
}

function isOn(value: RawValue): boolean {
  return value === true || (typeof value === "string" && /^(true|yes|1|on)$/i.test(value.trim()));
}
