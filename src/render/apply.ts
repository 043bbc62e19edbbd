/**
 * What an apply run did, for people on a terminal: what was written, renamed, removed and left
 * as drift, grouped by skill, then what the live bot answers with now. Pure.
 */
import { compareStrings } from "../diagnostics.js";
import type { ApplyFailure, ApplyResult, RemoveAction, WriteAction } from "../sync/apply.js";
import { identityOf, type PlanAction } from "../sync/plan.js";
import {
  cannotDisableText,
  driftRemedy,
  driftWhy,
  PUBLISH_REMEDY,
  planSummary,
  unpublishedPhrase,
} from "./plan.js";
import { plural } from "./words.js";

/** Lines listed per group before the rest is counted (`… and 12 more`). */
export const LIST_LIMIT = 20;

export interface ApplyTextOptions {
  /** How the lockfile is named. */
  readonly lockfile: string;
  /** Only the counts: no lists of entries. */
  readonly quiet?: boolean;
  /** Entries listed per group (default LIST_LIMIT). */
  readonly limit?: number;
}

/** The closing summary of an apply run. */
export function renderApplyText(result: ApplyResult, options: ApplyTextOptions): string {
  const { plan } = result;
  const limit = options.quiet ? 0 : (options.limit ?? LIST_LIMIT);
  const lines: string[] = [headline(result)];
  if (result.resumed && result.resumed.tasks > 0) {
    lines.push(
      `Settled first: ${plural(result.resumed.tasks, "import task", "import tasks")} an interrupted run left in flight (${plural(result.resumed.confirmed, "entry", "entries")} confirmed by ${result.resumed.tasks === 1 ? "it" : "them"}).`,
    );
  }
  const disabling = plan.prune?.mode === "disable";
  if (result.writes.length > 0 && (!result.pruned || disabling)) {
    lines.push(
      ...grouped(
        result.writes,
        limit,
        (a) =>
          `${writeSign(a)} ${a.entry.title}${
            result.writtenAnew?.includes(a) && a.kind === "rename"
              ? ` (renamed from "${a.previous.title}": the bot has no intent by that title to rename, so it was written anew)`
              : writeNote(a)
          }`,
      ),
    );
  }
  if (result.disabled.length > 0) {
    lines.push(
      ...grouped(
        result.disabled,
        limit,
        (a) => `- ${a.previous.title} (${driftWhy(a)}; disabled, reversibly)`,
      ),
    );
  }
  if (result.pruned && !result.dryRun && !disabling) {
    const removed = plan.actions.filter((a): a is RemoveAction => a.kind === "remove");
    lines.push(
      ...grouped(removed, limit, (a) => `- ${a.previous.title} (${driftWhy(a)}; removed)`),
    );
  }
  if (result.failures.length > 0) {
    lines.push(
      `Failed: ${plural(result.failures.length, "entry", "entries")} (the next run retries ${result.failures.length === 1 ? "it" : "them"}):`,
    );
    const shown = options.quiet ? [] : result.failures.slice(0, Math.max(limit, 1));
    for (const f of shown)
      lines.push(`  ${f.entry.path} (${f.entry.skill} / ${f.entry.title}): ${failureText(f)}`);
    if (result.failures.length > shown.length)
      lines.push(`  … and ${result.failures.length - shown.length} more`);
  }
  if (result.outcome === "interrupted") {
    lines.push(
      `Interrupted: ${result.written} written before the stop; run apply again to send the rest.`,
    );
  }
  if ((result.pendingTasks ?? 0) > 0) {
    const n = result.pendingTasks ?? 0;
    lines.push(
      `${plural(n, "import task was", "import tasks were")} in flight and ${n === 1 ? "is" : "are"} recorded in the lockfile: the platform may still be importing ${n === 1 ? "it" : "them"}; the next apply asks how ${n === 1 ? "it" : "they"} ended before sending anything else.`,
    );
  }
  if (result.drift.length > 0) {
    lines.push(
      `${plural(result.drift.length, "entry is", "entries are")} still on the bot but not in the content:`,
      ...grouped(result.drift, limit, (a) => `- ${a.previous.title} (${driftWhy(a)})`, "  "),
      `  To remove ${result.drift.length === 1 ? "it" : "them"}: ${driftRemedy(plan)}.`,
    );
  }
  lines.push(...publishLines(result));
  if (!result.dryRun) {
    lines.push(
      result.lockfileChanged
        ? `Lockfile ${options.lockfile} updated.`
        : `Lockfile ${options.lockfile} unchanged.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function headline(result: ApplyResult): string {
  const { plan } = result;
  const disabling = plan.prune?.mode === "disable";
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  const c = plan.counts;
  const enables = plan.actions.filter((a) => a.kind === "update" && a.enable).length;
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
    if (result.drift.length === 0 && result.unpublished === 0) {
      return `Nothing to do: the platform is up to date with the content (0 requests sent). ${planSummary(plan)}\nfaqops knows the bot through the lockfile: if the bot was emptied or replaced since, \`faqops apply --resend-all\` writes every entry again.`;
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
  if (result.pruned) {
    return `Pruned: replaced the bot's content with ${plural(result.written, "entry", "entries")}, removing ${plural(plan.prune?.removes.length ?? 0, "entry", "entries")} (${plan.api === "v2" ? "import mode 1" : "1 request"}, ${seconds} s).`;
  }
  if (plan.writes === 0) return `Nothing to write (0 entries); ${c.unchanged} unchanged.`;
  return `Wrote ${result.written} of ${plural(plan.writes, "entry", "entries")} (${kinds}) in ${seconds} s; ${c.unchanged} unchanged.`;
}

function publishLines(result: ApplyResult): string[] {
  const { publish } = result;
  const owed = result.unpublished;
  switch (publish.status) {
    case "done":
      return [
        `Published: the live bot now answers with ${plural(publish.entries, "entry", "entries")} written since the last publish.`,
      ];
    case "failed":
      return [
        `Publish failed: ${publish.error.message}`,
        `  ${plural(owed, "entry is", "entries are")} written but not live; the lockfile keeps ${owed === 1 ? "it" : "them"} marked unpublished, and ${PUBLISH_REMEDY}.`,
      ];
    case "skipped":
      return [`Not published: the writes stopped. ${unpublishedPhrase(owed)}; ${PUBLISH_REMEDY}.`];
    default:
      if (owed === 0 || result.dryRun) return [];
      return [
        `${plural(owed, "entry is", "entries are")} written but not published: the live bot does not answer with ${owed === 1 ? "it" : "them"} yet; ${PUBLISH_REMEDY}.`,
      ];
  }
}

/** Why an entry failed, in words: an error's message, or why a disable could not be sent. */
export function failureText(failure: ApplyFailure): string {
  return failure.kind === "cannot-disable"
    ? `not disabled, it stays on the bot: ${cannotDisableText(failure.why)}.`
    : failure.message;
}

function writeSign(action: WriteAction): string {
  return { create: "+", update: "~", rename: "→" }[action.kind];
}

function writeNote(action: WriteAction): string {
  if (action.kind === "rename") {
    const from = action.previous;
    const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
    return ` (renamed from "${old}"${action.oldIntent === undefined ? "" : ", in place"})`;
  }
  if (action.kind === "update" && action.enable) return " (enabled again)";
  if (action.kind === "update" && action.thresholdUnsent)
    return " (its threshold, which v1 could not send)";
  if (action.kind === "update" && action.resend) return " (sent again: --resend-all)";
  return action.kind === "create" ? " (new)" : " (changed)";
}

/**
 * Actions as lines grouped under their skill, sorted, at most `limit` entry lines in all, then
 * `… and N more`. With `limit` 0 nothing is listed.
 */
function grouped<A extends PlanAction>(
  actions: readonly A[],
  limit: number,
  line: (action: A) => string,
  indent = "",
): string[] {
  if (limit === 0) return [];
  const bySkill = new Map<string, A[]>();
  for (const action of actions) {
    const skill = identityOf(action).skill;
    const list = bySkill.get(skill);
    if (list) list.push(action);
    else bySkill.set(skill, [action]);
  }
  const lines: string[] = [];
  let shown = 0;
  for (const skill of [...bySkill.keys()].sort(compareStrings)) {
    if (shown >= limit) break;
    lines.push(`${indent}${skill}`);
    for (const action of bySkill.get(skill) ?? []) {
      if (shown >= limit) break;
      lines.push(`${indent}  ${line(action)}`);
      shown++;
    }
  }
  if (actions.length > shown) lines.push(`${indent}  … and ${actions.length - shown} more`);
  return lines;
}
