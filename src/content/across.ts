/**
 * Rules across entries: duplicate entries, similar questions the bot could not tell apart,
 * shared ids, and two warnings. Pure: the files' keys in (key-table.ts), diagnostics out.
 */
import { compareStrings, type Diagnostic } from "../diagnostics.js";
import { pluralWord } from "../plural.js";
import type { FileResult } from "./compile.js";
import { KeyKind, KeyTable } from "./key-table.js";
import { diagnostic } from "./rules.js";
import { alike, askKeyOfAlike } from "./text-compare.js";

/** Checks the rules that need every entry; files whose front matter failed take no part. */
export function validateAcrossEntries(results: readonly FileResult[]): Diagnostic[] {
  return acrossEntries(KeyTable.of(results));
}

/** validateAcrossEntries over files of `table`: those in `only`, or all of them. */
export function acrossEntries(table: KeyTable, only?: readonly number[]): Diagnostic[] {
  const files = only ? [...only] : Array.from({ length: table.size }, (_, file) => file);
  files.sort((a, b) => compareStrings(table.path(a), table.path(b)));
  const rules = { table, files, skillAlike: remembered(alike), alikeOf: alikeByKey(table) };
  return [
    ...duplicateEntries(rules),
    ...questionConflicts(rules),
    ...duplicateIds(rules),
    ...skillSpellings(rules),
    ...askTargets(rules),
  ];
}

/**
 * What a rule reads: the keys, the files it checks (indexes into them), sorted by path, and
 * `alike` for skill names, each name's worked out once: three rules group by skill, and a
 * skill is shared by many files. `alikeOf` gives a key's alike form, each key's worked out
 * once: three rules compare titles and two questions.
 */
interface Files {
  readonly table: KeyTable;
  readonly files: readonly number[];
  readonly skillAlike: (text: string) => string;
  readonly alikeOf: (key: number) => string;
}

/**
 * `alike` of each key of `table`, by key, worked out when first asked. An array by key rather
 * than a map by text: titles and questions are mostly different from each other, and most
 * alike forms are the text itself (at 100k entries, ~600k references, ~5 MB).
 */
function alikeByKey(table: KeyTable): (key: number) => string {
  const known = new Array<string | undefined>(table.keyCount);
  return (key) => {
    let result = known[key];
    if (result === undefined) {
      result = alike(table.text(key));
      known[key] = result;
    }
    return result;
  };
}

/** `key`, remembering each text's result. */
function remembered(key: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = key(text);
      known.set(text, result);
    }
    return result;
  };
}

/** `a.md`, `a.md and b.md`, `a.md, b.md and c.md`. */
function listPaths(paths: readonly string[]): string {
  return paths.length <= 1
    ? (paths[0] ?? "")
    : `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The alike form of the file's skill; undefined when it has none. */
function skillKey({ table, skillAlike }: Files, file: number): string | undefined {
  const skill = table.one(file, KeyKind.skill);
  return skill === undefined ? undefined : skillAlike(table.text(skill));
}

/** Two entries (drafts included) with alike skill and title: the platform's identity. */
function duplicateEntries(rules: Files): Diagnostic[] {
  const { table, files, alikeOf } = rules;
  const out: Diagnostic[] = [];
  const groups = groupBy(files, (f) => {
    const title = table.one(f, KeyKind.title);
    const skill = skillKey(rules, f);
    return skill !== undefined && title !== undefined
      ? `${skill}\u0000${alikeOf(title)}`
      : undefined;
  });
  for (const group of groups) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => table.path(f));
      out.push(
        diagnostic(
          "entry-duplicate",
          table.path(file),
          table.position(table.one(file, KeyKind.title)!),
          `${listPaths(others)} ${others.length === 1 ? "has" : "have"} the same skill and title; change one of the titles (or merge the entries)`,
        ),
      );
    }
  }
  return out;
}

interface Asked {
  readonly file: number;
  readonly key: number;
  readonly kind: "title" | "question";
}

/**
 * A similar question alike to another entry's title or similar question in the same skill:
 * an error on both files. Title against title is `entry-duplicate`'s business.
 */
function questionConflicts(rules: Files): Diagnostic[] {
  const { table, files, alikeOf } = rules;
  const out: Diagnostic[] = [];
  for (const skillFiles of groupBy(files, (f) => skillKey(rules, f))) {
    const asked: Asked[] = [];
    for (const file of skillFiles) {
      const title = table.one(file, KeyKind.title);
      if (title !== undefined) asked.push({ file, key: title, kind: "title" });
      for (const key of table.keys(file, KeyKind.question)) {
        asked.push({ file, key, kind: "question" });
      }
    }
    for (const group of groupBy(asked, (a) => alikeOf(a.key))) {
      for (const a of group) {
        const others = group.filter(
          (o) => o.file !== a.file && (a.kind === "question" || o.kind === "question"),
        );
        if (others.length === 0) continue;
        const where = listPaths([
          ...new Set(others.map((o) => `${table.path(o.file)} (its ${o.kind})`)),
        ]);
        out.push(
          diagnostic(
            "question-conflict",
            table.path(a.file),
            table.position(a.key),
            `"${table.text(a.key)}" is also asked by ${where} in the same skill, so the bot cannot tell the entries apart; reword or remove one`,
          ),
        );
      }
    }
  }
  return out;
}

/** Two entries with the same `id`. */
function duplicateIds({ table, files }: Files): Diagnostic[] {
  const out: Diagnostic[] = [];
  const idOf = (file: number): number | undefined => table.one(file, KeyKind.id);
  const idText = (file: number): string | undefined => {
    const id = idOf(file);
    return id === undefined ? undefined : table.text(id);
  };
  for (const group of groupBy(files, idText)) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => table.path(f));
      out.push(
        diagnostic(
          "id-duplicate",
          table.path(file),
          table.position(idOf(file)!),
          `id "${idText(file)}" is also used by ${listPaths(others)}; ids must be unique`,
        ),
      );
    }
  }
  return out;
}

/**
 * Warning: skills that are alike but spelt differently (`FAQ` and `faq`, full- and half-width
 * letters). The platform compares skill names exactly, so they would become two skills.
 */
function skillSpellings(rules: Files): Diagnostic[] {
  const { table, files } = rules;
  const out: Diagnostic[] = [];
  for (const group of groupBy(files, (f) => skillKey(rules, f))) {
    // Every file in a group has a skill: its key is the skill's.
    const skills = group.map((f) => table.one(f, KeyKind.skill)!);
    const counts = new Map<string, number>();
    for (const skill of skills) {
      const text = table.text(skill);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    if (counts.size < 2) continue;
    // The spelling most entries use is taken as the intended one; ties go to code-unit order.
    const [usual] = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]!;
    group.forEach((f, i) => {
      const skill = skills[i]!;
      const text = table.text(skill);
      if (text === usual) return;
      out.push(
        diagnostic(
          "skill-spelling",
          table.path(f),
          table.position(skill),
          `skill "${text}"${table.fromFolder(skill) ? " (the folder's name)" : ""} is written "${usual}" in ${counts.get(usual)} other ${pluralWord(counts.get(usual)!, "entry", "entries")}; the platform would make two skills: write it the same way`,
        ),
      );
    });
  }
  return out;
}

/**
 * Warning: an `:ask` whose question no synced entry answers (no title or similar question is
 * alike to it, final punctuation aside), so tapping it would ask the bot something it does not
 * know.
 */
function askTargets({ table, files, alikeOf }: Files): Diagnostic[] {
  // The platform matches questions loosely (askKey): a missing final "？" is not worth a warning.
  const loose = (key: number) => askKeyOfAlike(alikeOf(key));
  const known = new Set<string>();
  for (const f of files) {
    if (table.draft(f)) continue;
    const title = table.one(f, KeyKind.title);
    if (title !== undefined) known.add(loose(title));
    for (const q of table.keys(f, KeyKind.question)) known.add(loose(q));
  }
  const out: Diagnostic[] = [];
  for (const f of files) {
    for (const ask of table.keys(f, KeyKind.ask)) {
      const text = table.text(ask);
      if (known.has(loose(ask))) continue;
      out.push(
        diagnostic(
          "ask-target",
          table.path(f),
          table.position(ask),
          `no synced entry (drafts are not synced) has the title or question "${text}", so tapping this \`:ask\` gets no answer: add it as a question to the entry it means, or set q="…" to one`,
        ),
      );
    }
  }
  return out;
}
