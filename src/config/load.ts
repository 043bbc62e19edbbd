/**
 * Reads faqops.config.yaml: the content folder, and the targets (bots) the repository syncs,
 * each with its settings. Checked like content: every problem is a diagnostic at its line and
 * column with a rule id and the fix, all reported in one run; what is valid is kept, so the
 * content is still checked against the targets that are. The checker is in parse.ts, loaded
 * only when the file exists: most repositories have none, and a warm run never parses YAML.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { ConfigError } from "../errors.js";
import { displayPath } from "../options/paths.js";
import type { Api } from "../options/sync.js";

/** The configuration file's name, in the repository root. */
export const CONFIG_FILE = "faqops.config.yaml";

/** Which entries a target takes, by skill or by path; absent lists take everything. */
export interface FilterSettings {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/** A target's settings as written (or the top level's defaults); absent keys are unset. */
export interface TargetSettings {
  readonly api?: Api;
  readonly endpoint?: string;
  readonly lockfile?: string;
  readonly publish?: boolean;
  readonly prune?: boolean;
  readonly pruneMax?: number;
  readonly rate?: number;
  readonly concurrency?: number;
  readonly batchSize?: number;
  readonly skills?: FilterSettings;
  readonly paths?: FilterSettings;
}

/** A target as configured. */
export interface ConfiguredTarget {
  readonly name: string;
  /** Its own settings, without the top level's defaults (targets.ts merges them). */
  readonly settings: TargetSettings;
}

/** faqops.config.yaml, read and checked. */
export interface ProjectConfig {
  /** Absolute path of the file. */
  readonly path: string;
  /** The file as messages name it (relative to the working directory). */
  readonly display: string;
  /** The content folder, relative to the file's folder (the project root). */
  readonly content?: string;
  /** Settings every target starts from. */
  readonly defaults: TargetSettings;
  /** The targets, sorted by name; empty when the file has no `targets` (one unnamed bot). */
  readonly targets: readonly ConfiguredTarget[];
  /**
   * True when a problem kept part of the targets out: the file is not valid YAML, `targets` is
   * not a mapping, or a target was dropped (a bad name, a shared lockfile). A name missing from
   * `targets` may then be one the file meant to define, so it is not called unknown.
   */
  readonly incomplete: boolean;
}

/** A configuration file and its problems; `config` holds what is valid. */
export interface ConfigResult {
  /** Undefined when there is no configuration file. */
  readonly config: ProjectConfig | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads `root`/faqops.config.yaml, if there is one; paths in messages are relative to `cwd`. */
export async function readProjectConfig(root: string, cwd: string): Promise<ConfigResult> {
  const file = path.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { config: undefined, diagnostics: [] };
    }
    throw new ConfigError(
      `cannot read the configuration file ${displayPath(cwd, file)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  // The checker (and the YAML library) is loaded only when there is a file to check.
  const { parseProjectConfig } = await import("./parse.js");
  return parseProjectConfig(text, { path: file, display: displayPath(cwd, file) });
}
