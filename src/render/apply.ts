/**
 * What an apply run did: what was written, renamed, removed and left as drift, grouped by skill,
 * then what the live bot answers with now. describeApply decides what is said, once; the
 * terminal (renderApplyText) and the action's Markdown (renderApplyMarkdown) only lay it out.
 * Pure.
 */
import { compareStrings } from "../diagnostics.js";
import { plural } from "../plural.js";
import type {
  ApplyFailure,
  ApplyResult,
  PublishOutcome,
  RemoveAction,
  WriteAction,
} from "../sync/apply.js";
import { identityOf, type Plan, type PlanAction } from "../sync/plan.js";
import {
  cannotDisableText,
  driftRemedy,
  driftWhere,
  driftWhy,
  planSummary,
  prunedUnpublishedSentence,
  publishRemedy,
  unpublishedPhrase,
} from "./plan.js";
import type { Audience } from "./words.js";

/** Lines listed per group before the rest is counted (`… and 12 more`). */
export const LIST_LIMIT = 20;

/**
 * Who reads the description: the CLI's words name its commands and flags (`faqops publish`),
 * the action's its inputs (`publish: true`). Nothing else differs.
 */
export type ApplyAudience = Audience;

/** How a sentence sounds: a formatter may mark it (the action's ✅, ⚠️, ❌). */
export type ApplyTone = "success" | "warning" | "failure" | "neutral";

/**
 * What is said about an apply run, in order: the one place that decides it, for the terminal
 * (renderApplyText) and the action's Markdown (renderApplyMarkdown).
 */
export type ApplyBlock =
  /** A sentence (or two, one per line; a second line is an aside to the first). */
  | { readonly kind: "sentence"; readonly tone: ApplyTone; readonly text: string }
  /**
   * Entries, each a line under its skill (`grouped`: listed skill by skill, as given) or with its
   * file (`flat`), with a sentence before and after when the list needs one.
   */
  | {
      readonly kind: "list";
      /** What the list is (`Written`): a heading where a formatter shows one. */
      readonly name: string;
      readonly style: "grouped" | "flat";
      readonly tone: ApplyTone;
      readonly heading?: string | undefined;
      readonly items: readonly ApplyItem[];
      readonly footer?: string | undefined;
    }
  /**
   * The platform error that stopped the run: its message, for a formatter that shows it (the
   * CLI throws the error itself after the summary, and describeError words it with its hint).
   */
  | { readonly kind: "fatal"; readonly message: string };

/** One entry in a list: its skill and the line said about it. */
export interface ApplyItem {
  readonly skill: string;
  readonly text: string;
}

export interface ApplyDescriptionOptions {
  readonly audience: ApplyAudience;
  /** How the lockfile is named; without it, nothing is said of the lockfile (the action's own note). */
  readonly lockfile?: string | undefined;
}

export interface ApplyTextOptions {
  /** How the lockfile is named. */
  readonly lockfile: string;
  /** Only the counts: no lists of entries. */
  readonly quiet?: boolean;
  /** Entries listed per group (default LIST_LIMIT). */
  readonly limit?: number;
}

/** What is said about an apply run, block by block (see ApplyBlock). Pure. */
export function describeApply(result: ApplyResult, options: ApplyDescriptionOptions): ApplyBlock[] {
  const { plan } = result;
  const them = (n: number) => (n === 1 ? "it" : "them");
  const blocks: ApplyBlock[] = [
    { kind: "sentence", tone: headlineTone(result), text: headline(result, options.audience) },
  ];
  if (result.resumed && result.resumed.tasks > 0) {
    blocks.push({ kind: "sentence", tone: "neutral", text: settledFirstSentence(result.resumed) });
  }
  if (result.restored && result.restored.length > 0) {
    blocks.push({
      kind: "sentence",
      tone: "success",
      text: `Written again: ${plural(result.restored.length, "entry", "entries")} this plan found unchanged, which the replace settled first had deleted from the bot.`,
    });
  }
  const disabling = plan.prune?.mode === "disable";
  if (result.writes.length > 0 && (!result.pruned || disabling)) {
    blocks.push(
      grouped("Written", "success", result.writes, (a) =>
        result.writtenAnew?.includes(a) && a.kind === "rename"
          ? `${writeSign(a)} ${a.entry.title} (renamed from "${a.previous.title}": the bot has no intent by that title to rename, so it was written anew)`
          : `${writeSign(a)} ${a.entry.title}${writeNote(a, options.audience, plan.api)}`,
      ),
    );
  }
  if (result.disabled.length > 0) {
    blocks.push(
      grouped(
        "Disabled",
        "neutral",
        result.disabled,
        (a) => `- ${a.previous.title} (${driftWhy(a)}; disabled, reversibly)`,
      ),
    );
  }
  if (result.pruned && !result.dryRun && !disabling) {
    const removed = plan.actions.filter((a): a is RemoveAction => a.kind === "remove");
    // Off the bot, but not off the live bot until a publish: customers still get them.
    const published = result.publish.status === "done";
    const list = grouped("Removed", "neutral", removed, (a) =>
      // One created since the last publish was never live.
      !published && a.previous.unpublished !== "new"
        ? `- ${a.previous.title} (${driftWhy(a)}; removed from the bot, the live bot answers with it until a publish)`
        : `- ${a.previous.title} (${driftWhy(a)}; removed)`,
    );
    // A replace deletes disabled entries too; the live bot answers with one only while its
    // disable is not yet published.
    const disabled = (plan.prune?.removes ?? []).filter((e) => e.status === "disabled");
    const items = disabled.map((e) => ({
      skill: e.skill,
      text:
        !published && e.unpublished === true
          ? `- ${e.title} (disabled; removed from the bot, the live bot answers with it until a publish)`
          : `- ${e.title} (disabled; removed)`,
    }));
    blocks.push({ ...list, items: bySkill([...list.items, ...items]) });
  }
  if (result.failures.length > 0) {
    blocks.push({
      kind: "list",
      name: "Failed",
      style: "flat",
      tone: "failure",
      // A disable that cannot be sent fails the same way on every run until its cause is fixed.
      heading: result.failures.every((f) => f.kind === "cannot-disable")
        ? `Not disabled: ${plural(result.failures.length, "entry", "entries")} (another run fails the same way until what each says is done):`
        : `Failed: ${plural(result.failures.length, "entry", "entries")} (the next run retries ${them(result.failures.length)}):`,
      items: result.failures.map((f) => ({
        skill: f.entry.skill,
        text: `${f.entry.path} (${f.entry.skill} / ${f.entry.title}): ${failureText(f, options.audience)}`,
      })),
    });
  }
  if (result.fatal) blocks.push({ kind: "fatal", message: result.fatal.message });
  if (result.outcome === "interrupted") {
    blocks.push({
      kind: "sentence",
      tone: "warning",
      text: `Interrupted: ${result.written} written before the stop; run apply again to send the rest.`,
    });
  }
  if ((result.pendingTasks ?? 0) > 0) {
    const n = result.pendingTasks ?? 0;
    blocks.push({
      kind: "sentence",
      tone: "warning",
      text: `${plural(n, "import task was", "import tasks were")} in flight and ${n === 1 ? "is" : "are"} recorded in the lockfile: the platform may still be importing ${them(n)}; the next apply asks how ${n === 1 ? "it" : "they"} ended before sending anything else.`,
    });
  }
  if (result.drift.length > 0) {
    blocks.push({
      ...grouped(
        "Still on the bot",
        "warning",
        result.drift,
        (a) => `- ${a.previous.title} (${driftWhy(a)})`,
      ),
      heading: `${plural(result.drift.length, "entry is", "entries are")} still on the bot but ${driftWhere(result.drift)}:`,
      footer: `To remove ${them(result.drift.length)}: ${driftRemedy(plan, options.audience)}.`,
    });
  }
  blocks.push(...publishBlocks(result, options.audience));
  if (!result.dryRun && options.lockfile !== undefined) {
    blocks.push({
      kind: "sentence",
      tone: "neutral",
      text: result.lockfileChanged
        ? `Lockfile ${options.lockfile} updated.`
        : `Lockfile ${options.lockfile} unchanged.`,
    });
  }
  return blocks;
}

/** The closing summary of an apply run, for a terminal. */
export function renderApplyText(result: ApplyResult, options: ApplyTextOptions): string {
  const limit = options.quiet ? 0 : (options.limit ?? LIST_LIMIT);
  const lines: string[] = [];
  for (const block of describeApply(result, { audience: "cli", lockfile: options.lockfile })) {
    // The CLI throws the fatal error after the summary: describeError words it, hint and all.
    if (block.kind === "fatal") continue;
    if (block.kind === "sentence") {
      lines.push(block.text);
      continue;
    }
    if (block.style === "flat") {
      if (block.heading !== undefined) lines.push(block.heading);
      const shown = options.quiet ? [] : block.items.slice(0, Math.max(limit, 1));
      for (const item of shown) lines.push(`  ${item.text}`);
      if (block.items.length > shown.length)
        lines.push(`  … and ${block.items.length - shown.length} more`);
      continue;
    }
    // A list under a heading is indented below it.
    const indent = block.heading === undefined ? "" : "  ";
    if (block.heading !== undefined) lines.push(block.heading);
    lines.push(...groupedLines(block.items, limit, indent));
    if (block.footer !== undefined) lines.push(`  ${block.footer}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The closing summary of an apply run in the action's Markdown (GitHub-flavoured): each
 * sentence a paragraph, marked by its tone; each list a table in a collapsed block. `cell`
 * makes text safe for a table cell (action/summary.ts cell), `sentence` for a paragraph of
 * faqops' own words, whose `code spans` stay code (action/summary.ts messageCell).
 */
export function renderApplyMarkdown(
  result: ApplyResult,
  options: {
    readonly limit: number;
    readonly cell: (text: string) => string;
    readonly sentence: (text: string) => string;
  },
): string[] {
  const { cell, sentence } = options;
  const lines: string[] = [];
  for (const block of describeApply(result, { audience: "action" })) {
    if (block.kind === "fatal") {
      lines.push(`${ICON.failure}${sentence(block.message)}`, "");
    } else if (block.kind === "sentence") {
      // A second line is an aside to the first: the same paragraph, on its own line.
      const [first, ...rest] = block.text.split("\n");
      lines.push(`${ICON[block.tone]}${sentence(first ?? "")}`);
      for (const line of rest) lines.push(sentence(line.trim()));
      lines.push("");
    } else {
      if (block.heading !== undefined)
        lines.push(`${ICON[block.tone]}${sentence(block.heading)}`, "");
      lines.push(
        `<details><summary>${cell(block.name)}: ${block.items.length}</summary>`,
        "",
        "| Skill | Entry |",
        "| --- | --- |",
      );
      for (const item of block.items.slice(0, options.limit))
        lines.push(`| ${cell(item.skill)} | ${cell(item.text)} |`);
      if (block.items.length > options.limit)
        lines.push(`| | … and ${block.items.length - options.limit} more |`);
      lines.push("", "</details>", "");
      if (block.footer !== undefined) lines.push(sentence(block.footer), "");
    }
  }
  return lines;
}

const ICON: Readonly<Record<ApplyTone, string>> = {
  success: "✅ ",
  warning: "⚠️ ",
  failure: "❌ ",
  neutral: "",
};

/** How the headline sounds: by how the run ended. */
function headlineTone(result: ApplyResult): ApplyTone {
  if (result.dryRun) return "neutral";
  switch (result.outcome) {
    case "nothing-to-do":
      return "neutral";
    case "done":
      return "success";
    case "partial":
    case "interrupted":
      return "warning";
    case "fatal":
      return "failure";
  }
}

/** A grouped list of actions, each said by `line`, sorted by skill (see groupedLines). */
function grouped<A extends PlanAction>(
  name: string,
  tone: ApplyTone,
  actions: readonly A[],
  line: (action: A) => string,
): Extract<ApplyBlock, { kind: "list" }> {
  const items = actions.map((a) => ({ skill: identityOf(a).skill, text: line(a) }));
  return { kind: "list", name, style: "grouped", tone, items: bySkill(items) };
}

/** Items sorted by skill (stable: in the order given within a skill). */
function bySkill(items: readonly ApplyItem[]): ApplyItem[] {
  const groups = new Map<string, ApplyItem[]>();
  for (const item of items) {
    const list = groups.get(item.skill);
    if (list) list.push(item);
    else groups.set(item.skill, [item]);
  }
  return [...groups.keys()].sort(compareStrings).flatMap((skill) => groups.get(skill) ?? []);
}

function headline(result: ApplyResult, audience: ApplyAudience): string {
  const { plan } = result;
  const disabling = plan.prune?.mode === "disable";
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  const c = plan.counts;
  // Only v2 is known to switch a disabled entry on: through v1 it counts as a change.
  const enables =
    plan.api === "v2" ? plan.actions.filter((a) => a.kind === "update" && a.enable).length : 0;
  const kinds = `${c.create} new, ${c.update - enables} changed, ${enables > 0 ? `${enables} enabled, ` : ""}${c.rename} renamed`;
  const requests = plan.api === "v2" ? "" : `; ${plural(plan.writes, "request", "requests")}`;
  if (result.dryRun) {
    if (plan.prune?.mode === "disable" && plan.prune.removes.length > 0) {
      return `Dry run: would write ${plural(plan.writes, "entry", "entries")} (${kinds}) and disable ${plural(plan.prune.removes.length, "entry", "entries")}. Nothing was sent. ${planSummary(plan)}`;
    }
    if (result.pruned) {
      return `Dry run: would replace the bot's content with ${plural(result.written, "entry", "entries")}, removing ${plural(plan.prune?.removes.length ?? 0, "entry", "entries")} (${plan.api === "v2" ? "import mode 1" : "1 request"}). Nothing was sent.`;
    }
    return `Dry run: would write ${plural(plan.writes, "entry", "entries")} (${kinds}${requests}). Nothing was sent. ${planSummary(plan)}`;
  }
  if (result.outcome === "nothing-to-do") {
    if (result.drift.length === 0 && result.unpublished === 0 && !result.prunedUnpublished) {
      return `Nothing to do: the platform is up to date with the content (0 requests sent). ${planSummary(plan)}\nfaqops knows the bot through the lockfile: if the bot was emptied or replaced since, ${audience === "cli" ? "`faqops apply --resend-all`" : "the action's `resend-all: true`"} writes every entry again.`;
    }
    // Not "up to date": what is still wrong on the bot follows (drift, unpublished writes).
    return `Nothing to write (0 requests sent). ${planSummary(plan)}`;
  }
  if (result.outcome === "fatal") {
    return result.written === 0
      ? `Stopped before anything was written: a platform error (see below). ${plural(plan.writes, "entry was", "entries were")} to be written.`
      : `Stopped by a platform error (see below) after writing ${result.written} of ${plural(plan.writes, "entry", "entries")}.`;
  }
  if (disabling && result.disabled.length > 0) {
    const disabled = `disabled ${result.disabled.length} of ${plural(plan.stillOnPlatform.length, "entry", "entries")}`;
    return plan.writes === 0
      ? `${disabled[0]?.toUpperCase()}${disabled.slice(1)} in ${seconds} s; ${c.unchanged} unchanged.`
      : `Wrote ${result.written} of ${plural(plan.writes, "entry", "entries")} (${kinds}) and ${disabled} in ${seconds} s; ${c.unchanged} unchanged.`;
  }
  if (result.pruned && !disabling) {
    return `Pruned: replaced the bot's content with ${plural(result.written, "entry", "entries")}, removing ${plural(plan.prune?.removes.length ?? 0, "entry", "entries")} (${plan.api === "v2" ? "import mode 1" : "1 request"}, ${seconds} s).`;
  }
  if (plan.writes === 0) return `Nothing to write (0 entries); ${c.unchanged} unchanged.`;
  return `Wrote ${result.written} of ${plural(plan.writes, "entry", "entries")} (${kinds}) in ${seconds} s; ${c.unchanged} unchanged.`;
}

/** Said when a run (apply, publish) first settled the import tasks an interrupted run left. */
export function settledFirstSentence(resumed: { tasks: number; confirmed: number }): string {
  const them = resumed.tasks === 1 ? "it" : "them";
  return `Settled first: ${plural(resumed.tasks, "import task", "import tasks")} an interrupted run left in flight (${plural(resumed.confirmed, "entry", "entries")} confirmed by ${them}).`;
}

/**
 * What a publish changed on the live bot: the entries written since the last one now answer,
 * and those disabled since (v2) or removed by a prune since (v1) no longer do. Said by apply
 * --publish, publish and the Action alike.
 */
export function publishedSentence(publish: Extract<PublishOutcome, { status: "done" }>): string {
  const { entries, disabled, removed } = publish;
  const off = [
    ...(disabled > 0 ? [`${plural(disabled, "entry", "entries")} disabled`] : []),
    ...(removed > 0 ? [`${plural(removed, "entry", "entries")} removed by a prune`] : []),
  ].join(" and ");
  if (entries === 0 && off === "")
    return "Published: nothing was written since the last publish; the live bot answers as before.";
  if (off === "")
    return `Published: the live bot now answers with ${plural(entries, "entry", "entries")} written since the last publish.`;
  if (entries === 0 && removed === 0)
    return `Published: the live bot no longer answers with ${off} since the last publish.`;
  if (entries === 0) return `Published: the live bot no longer answers with ${off}.`;
  return `Published: the live bot now answers with ${plural(entries, "entry", "entries")} written since the last publish, and no longer with ${off}.`;
}

/** What became of the publish: done, failed, skipped, or still owed. */
function publishBlocks(result: ApplyResult, audience: ApplyAudience): ApplyBlock[] {
  const { publish } = result;
  const owed = result.unpublished;
  const remedy = publishRemedy(audience);
  const sentence = (tone: ApplyTone, text: string): ApplyBlock[] => [
    { kind: "sentence", tone, text },
  ];
  // A prune's removals not yet published: the live bot still answers with them.
  const removed = result.dryRun ? 0 : (result.prunedUnpublished ?? 0);
  const removals = (tone: ApplyTone) =>
    removed === 0 ? [] : sentence(tone, prunedUnpublishedSentence(removed, remedy));
  switch (publish.status) {
    case "done":
      return sentence("success", publishedSentence(publish));
    case "failed":
      return [
        ...sentence(
          "failure",
          owed === 0
            ? `Publish failed: ${publish.error.message}`
            : `Publish failed: ${publish.error.message}\n  ${plural(owed, "entry is", "entries are")} written but not live; the lockfile keeps ${owed === 1 ? "it" : "them"} marked unpublished, and ${remedy}.`,
        ),
        ...removals("failure"),
      ];
    case "skipped":
      return [
        ...sentence(
          "warning",
          owed === 0
            ? "Not published: the writes stopped."
            : `Not published: the writes stopped. ${unpublishedPhrase(owed)}; ${remedy}.`,
        ),
        ...removals("warning"),
      ];
    default:
      if (result.dryRun) return [];
      return [
        ...(owed === 0
          ? []
          : sentence(
              "neutral",
              `${plural(owed, "entry is", "entries are")} written but not published: the live bot still answers as at the last publish; ${remedy}.`,
            )),
        ...removals("neutral"),
      ];
  }
}

/**
 * Why an entry failed, in words: an error's message, or why a disable could not be sent (and
 * the way out, in the words of `audience`).
 */
export function failureText(failure: ApplyFailure, audience: Audience): string {
  return failure.kind === "cannot-disable"
    ? `not disabled, it stays on the bot: ${cannotDisableText(failure.why, audience)}.`
    : failure.message;
}

function writeSign(action: WriteAction): string {
  return { create: "+", update: "~", rename: "→" }[action.kind];
}

/** What apply did to a written entry; an entry sent again says what sent it (`audience`'s words). */
function writeNote(action: WriteAction, audience: Audience, api: Plan["api"]): string {
  if (action.kind === "rename") {
    const from = action.previous;
    const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
    return ` (renamed from "${old}"${action.oldIntent === undefined ? "" : ", in place"})`;
  }
  if (action.kind === "update" && action.enable)
    // v2 switches it on in the same import; whether a v1 write does is not documented.
    return api === "v2"
      ? action.previous.status === "disabled"
        ? " (enabled again)"
        : " (switched on, in case v1 had left it disabled)"
      : audience === "action"
        ? " (written through v1, which may not switch it back on: not documented; `api: v2` does)"
        : " (written through v1, which may not switch it back on: not documented; --api v2 does)";
  if (action.kind === "update" && action.thresholdUnsent)
    return " (its threshold, which v1 could not send)";
  if (action.kind === "update" && action.resend)
    return audience === "action"
      ? " (sent again: `resend-all: true`)"
      : " (sent again: --resend-all)";
  return action.kind === "create" ? " (new)" : " (changed)";
}

/**
 * Items (sorted by skill) as lines under their skill, at most `limit` entry lines in all, then
 * `… and N more`. With `limit` 0 nothing is listed.
 */
function groupedLines(items: readonly ApplyItem[], limit: number, indent: string): string[] {
  if (limit === 0) return [];
  const lines: string[] = [];
  let shown = 0;
  let skill: string | undefined;
  for (const item of items) {
    if (shown >= limit) break;
    if (item.skill !== skill) {
      skill = item.skill;
      lines.push(`${indent}${skill}`);
    }
    lines.push(`${indent}  ${item.text}`);
    shown++;
  }
  if (items.length > shown) lines.push(`${indent}  … and ${items.length - shown} more`);
  return lines;
}
