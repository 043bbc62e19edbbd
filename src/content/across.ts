/**
 * Rules across entries: duplicate entries, similar questions the bot could not tell apart,
 * shared ids, and two warnings. Pure: compiled file results in, diagnostics out.
 */
import { compareStrings, type Diagnostic } from "../diagnostics.js";
import type { FileResult, KeyRef } from "./compile.js";
import { diagnostic } from "./rules.js";
import { alike, askKey } from "./text-compare.js";

/** Checks the rules that need every entry; files whose front matter failed take no part. */
export function validateAcrossEntries(results: readonly FileResult[]): Diagnostic[] {
  const files = [...results].sort((a, b) => compareStrings(a.path, b.path));
  return [
    ...duplicateEntries(files),
    ...questionConflicts(files),
    ...duplicateIds(files),
    ...skillSpellings(files),
    ...askTargets(files),
  ];
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

function skillKey(file: FileResult): string | undefined {
  return file.keys.skill && alike(file.keys.skill.text);
}

/** Two entries (drafts included) with alike skill and title: the platform's identity. */
function duplicateEntries(files: readonly FileResult[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = groupBy(files, (f) =>
    f.keys.skill && f.keys.title ? `${skillKey(f)}\u0000${alike(f.keys.title.text)}` : undefined,
  );
  for (const group of groups) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.path);
      out.push(
        diagnostic(
          "entry-duplicate",
          file.path,
          file.keys.title!,
          `${listPaths(others)} ${others.length === 1 ? "has" : "have"} the same skill and title; change one of the titles (or merge the entries)`,
        ),
      );
    }
  }
  return out;
}

interface Asked {
  readonly file: FileResult;
  readonly ref: KeyRef;
  readonly kind: "title" | "question";
}

/**
 * A similar question alike to another entry's title or similar question in the same skill:
 * an error on both files. Title against title is `entry-duplicate`'s business.
 */
function questionConflicts(files: readonly FileResult[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const skillFiles of groupBy(files, skillKey)) {
    const asked: Asked[] = [];
    for (const file of skillFiles) {
      if (file.keys.title) asked.push({ file, ref: file.keys.title, kind: "title" });
      for (const ref of file.keys.questions) asked.push({ file, ref, kind: "question" });
    }
    for (const group of groupBy(asked, (a) => alike(a.ref.text))) {
      for (const a of group) {
        const others = group.filter(
          (o) => o.file !== a.file && (a.kind === "question" || o.kind === "question"),
        );
        if (others.length === 0) continue;
        const where = listPaths([...new Set(others.map((o) => `${o.file.path} (its ${o.kind})`))]);
        out.push(
          diagnostic(
            "question-conflict",
            a.file.path,
            a.ref,
            `"${a.ref.text}" is also asked by ${where} in the same skill, so the bot cannot tell the entries apart; reword or remove one`,
          ),
        );
      }
    }
  }
  return out;
}

/** Two entries with the same `id`. */
function duplicateIds(files: readonly FileResult[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const group of groupBy(files, (f) => f.keys.id?.text)) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).map((f) => f.path);
      out.push(
        diagnostic(
          "id-duplicate",
          file.path,
          file.keys.id!,
          `id "${file.keys.id!.text}" is also used by ${listPaths(others)}; ids must be unique`,
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
function skillSpellings(files: readonly FileResult[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const group of groupBy(files, skillKey)) {
    const counts = new Map<string, number>();
    for (const f of group)
      counts.set(f.keys.skill!.text, (counts.get(f.keys.skill!.text) ?? 0) + 1);
    if (counts.size < 2) continue;
    // The spelling most entries use is taken as the intended one; ties go to code-unit order.
    const [usual] = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]!;
    for (const f of group) {
      const skill = f.keys.skill!;
      if (skill.text === usual) continue;
      out.push(
        diagnostic(
          "skill-spelling",
          f.path,
          skill,
          `skill "${skill.text}"${skill.fromFolder ? " (the folder's name)" : ""} is written "${usual}" in ${counts.get(usual)} other ${counts.get(usual) === 1 ? "entry" : "entries"}; the platform would make two skills: write it the same way`,
        ),
      );
    }
  }
  return out;
}

/**
 * Warning: an `:ask` whose question no synced entry answers (no title or similar question is
 * alike to it, final punctuation aside), so tapping it would ask the bot something it does not
 * know.
 */
function askTargets(files: readonly FileResult[]): Diagnostic[] {
  // The platform matches questions loosely; a missing final "？" is not worth a warning.
  const loose = askKey;
  const known = new Set<string>();
  for (const f of files) {
    if (f.keys.draft) continue;
    if (f.keys.title) known.add(loose(f.keys.title.text));
    for (const q of f.keys.questions) known.add(loose(q.text));
  }
  const out: Diagnostic[] = [];
  for (const f of files) {
    for (const ask of f.keys.asks) {
      if (known.has(loose(ask.text))) continue;
      out.push(
        diagnostic(
          "ask-target",
          f.path,
          ask,
          `no synced entry (drafts are not synced) has the title or question "${ask.text}", so tapping this \`:ask\` gets no answer: add it as a question to the entry it means, or set q="…" to one`,
        ),
      );
    }
  }
  return out;
}
