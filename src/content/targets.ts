/**
 * Targets as the content sees them: which entries each target (a bot named in
 * faqops.config.yaml) takes, the front matter's `targets` names checked against the config,
 * and the rules across entries run once per target — two entries with the same title are fine
 * when no target gets both. Pure: the config (src/config) decides what a target takes and
 * hands it over as `ContentTargets`.
 */
import { compareStrings, type Diagnostic } from "../diagnostics.js";
import { pluralWord } from "../plural.js";
import { acrossEntries } from "./across.js";
import type { FileResult } from "./compile.js";
import { KeyKind, KeyTable } from "./key-table.js";
import { diagnostic } from "./rules.js";
import { closest } from "./text-compare.js";
import type { CompiledEntry } from "./types.js";

/** Front matter `targets` of the entries that have one, by source (sorted). */
export type EntryTargets = Readonly<Record<string, readonly string[]>>;

/** What decides whether a target takes an entry. */
export interface EntrySelector {
  /** Path relative to the content directory, `/`-separated. */
  readonly source: string;
  /** Undefined when the file's skill could not be worked out. */
  readonly skill: string | undefined;
  /** Front matter `targets`; undefined when not set (every target). */
  readonly targets: readonly string[] | undefined;
}

/** One target: its name, and whether it takes an entry. */
export interface TargetScope {
  readonly name: string;
  readonly takes: (entry: EntrySelector) => boolean;
}

/** The targets of a project, as the content loader needs them. */
export interface ContentTargets {
  /** How messages name the configuration file, such as `faqops.config.yaml`. */
  readonly configFile: string;
  /**
   * False when problems in the configuration file kept some targets out (they are reported
   * there): a name the content uses may be one of those, so it is not called unknown.
   */
  readonly complete?: boolean;
  /** Every target configured, sorted by name. Empty when there is no configuration file. */
  readonly scopes: readonly TargetScope[];
}

/** The selector of an entry, given the front matter `targets` the loader kept (by source). */
export function entrySelector(
  entry: Pick<CompiledEntry, "source" | "skill">,
  entryTargets: EntryTargets,
): EntrySelector {
  return {
    source: entry.source,
    skill: entry.skill,
    targets: Object.hasOwn(entryTargets, entry.source) ? entryTargets[entry.source] : undefined,
  };
}

/**
 * The front matter's `targets` against the configured names: an unknown name (or any name
 * when no configuration file defines targets) is a `target-unknown` error at the name.
 */
export function checkTargetNames(
  results: readonly FileResult[],
  targets: ContentTargets | undefined,
): Diagnostic[] {
  return targetNameDiagnostics(KeyTable.of(results), targets);
}

/** checkTargetNames over every file of `table`. */
export function targetNameDiagnostics(
  table: KeyTable,
  targets: ContentTargets | undefined,
): Diagnostic[] {
  const names = targets?.scopes.map((s) => s.name) ?? [];
  if (targets?.complete === false) return [];
  const out: Diagnostic[] = [];
  for (let file = 0; file < table.size; file++) {
    for (const key of table.keys(file, KeyKind.target)) {
      const text = table.text(key);
      if (names.includes(text)) continue;
      const listed = names.map((n) => `\`${n}\``).join(", ");
      const guess = names.length === 0 ? undefined : meant(text, names);
      const message =
        names.length === 0
          ? `\`targets\` names "${text}", but no faqops.config.yaml defines targets: remove the key (the content then goes to the one bot), or define the targets in faqops.config.yaml (see docs/targets.md)`
          : guess
            ? `"${text}" is not a target in ${targets!.configFile}: did you mean \`${guess}\`? The targets are ${listed}`
            : `"${text}" is not a target in ${targets!.configFile}; the targets are ${listed}`;
      out.push(diagnostic("target-unknown", table.path(file), table.position(key), message));
    }
  }
  return out;
}

/**
 * The target a mistyped name most likely means: one a typo away (`stagng`), or the only one
 * it begins (`prod` for `production`, as people shorten them); undefined when none stands out.
 */
function meant(name: string, names: readonly string[]): string | undefined {
  const near = closest(name, names);
  if (near) return near;
  const lower = name.toLowerCase();
  const begun = lower.length >= 3 ? names.filter((n) => n.startsWith(lower)) : [];
  return begun.length === 1 ? begun[0] : undefined;
}

/**
 * The rules across entries, once per target over the files it takes (`selector` says what
 * decides that for a file of `table`); without targets, once over all. A problem found in some
 * targets but not all says which: two entries with the same title in the same skill are an
 * error only where both are synced.
 */
export function acrossTargets(
  table: KeyTable,
  selector: (file: number) => EntrySelector,
  targets: ContentTargets | undefined,
): Diagnostic[] {
  const scopes = targets?.scopes ?? [];
  if (scopes.length === 0) return acrossEntries(table);
  const found = new Map<string, { diagnostic: Diagnostic; targets: string[] }>();
  const takenBySome = new Uint8Array(table.size);
  for (const scope of scopes) {
    const taken: number[] = [];
    for (let file = 0; file < table.size; file++) {
      if (!scope.takes(selector(file))) continue;
      taken.push(file);
      takenBySome[file] = 1;
    }
    for (const d of acrossEntries(table, taken)) {
      const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.ruleId}\u0000${d.message}`;
      const seen = found.get(key);
      if (seen) seen.targets.push(scope.name);
      else found.set(key, { diagnostic: d, targets: [scope.name] });
    }
  }
  const across = [...found.values()].map(({ diagnostic: d, targets: where }) =>
    where.length === scopes.length ? d : { ...d, message: `${d.message}${targetSuffix(where)}` },
  );
  // Unless the config could not be read whole (then a target may be missing from `scopes`).
  const names = new Set(scopes.map((scope) => scope.name));
  return targets?.complete === false
    ? across
    : [...across, ...takenByNone(table, takenBySome, names)];
}

/**
 * `target-none`: an entry (not a draft) that no target takes reaches no bot, though check and
 * every plan would otherwise be silent about it. At its first front matter target name, or its
 * title when the targets' `skills` or `paths` leave it out (then the message names only those). Not said of a file whose `targets`
 * name an unknown target: `target-unknown` already is.
 */
function takenByNone(
  table: KeyTable,
  takenBySome: Uint8Array,
  names: ReadonlySet<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let file = 0; file < table.size; file++) {
    if (takenBySome[file] === 1 || !table.has(file) || table.draft(file)) continue;
    const title = table.one(file, KeyKind.title);
    if (title === undefined) continue;
    const named = table.keys(file, KeyKind.target);
    // A name that is no target is target-unknown's error already.
    if (named.some((key) => !names.has(table.text(key)))) continue;
    out.push(
      diagnostic(
        "target-none",
        table.path(file),
        table.position(named[0] ?? title),
        named.length > 0
          ? "no target takes this entry (its front matter `targets`, and the targets' `skills` and `paths` in faqops.config.yaml, leave it out), so no bot answers it: name a target that takes it, change a target's `skills` or `paths`, or write `draft: true` if that is intended"
          : "no target takes this entry (the targets' `skills` and `paths` in faqops.config.yaml leave it out), so no bot answers it: change a target's `skills` or `paths` so that one takes it, or write `draft: true` if that is intended",
      ),
    );
  }
  return out;
}

/**
 * What a problem found in some targets only adds to its message. The i18n layer translates it
 * apart from the rule's own message (TARGET_SUFFIX).
 */
export function targetSuffix(names: readonly string[]): string {
  const sorted = [...names].sort(compareStrings);
  return ` (in ${pluralWord(sorted.length, "target")} ${sorted.join(", ")})`;
}

/** Reads a suffix targetSuffix wrote: the message before it, and the target names. */
export const TARGET_SUFFIX = / \(in targets? ([a-z][a-z0-9_-]*(?:, [a-z][a-z0-9_-]*)*)\)$/;

/** The entries a target takes, in the order given. */
export function entriesFor(
  entries: readonly CompiledEntry[],
  entryTargets: EntryTargets,
  scope: TargetScope,
): CompiledEntry[] {
  return entries.filter((e) => scope.takes(entrySelector(e, entryTargets)));
}
