/**
 * The action's Markdown: the job summary and the pull-request comment, built from data by pure
 * functions (no disk, no network), so they are deterministic and testable on their own.
 */
import type { AnswerReader } from "../content/answer-reader.js";
import type { CompiledEntry } from "../content/types.js";
import { compareStrings, type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { InternalError } from "../errors.js";
import { escapeHtml, escapeMarkdown } from "../escape.js";
import { type Lang, localizeMarkdown } from "../i18n/index.js";
import { identityKey } from "../platform/identity.js";
import { plural as count } from "../plural.js";
import { answerMarkdown } from "../render/answer.js";
import { renderApplyMarkdown } from "../render/apply.js";
import { diffEntry, diffHtml, isEmptyDiff } from "../render/diff.js";
import {
  cannotDisableText,
  DISABLED_UNPUBLISHED,
  disableBlocked,
  disableShare,
  disablesOf,
  driftWhy,
  planHasChanges,
  planSummary,
  removeReason,
  unpublishedDriftLine,
} from "../render/plan.js";
import { pruneRefusalText } from "../render/prune.js";
import type { ApplyResult } from "../sync/apply.js";
import type { Before } from "../sync/before.js";
import type { Plan, PlanAction } from "../sync/plan.js";
import { actionEffect } from "../sync/plan.js";
import type { ActionCommand } from "./inputs.js";

/** The hidden marker that finds faqops' own comment among a pull request's comments. */
export const COMMENT_MARKER = "<!-- faqops:plan -->";

/**
 * GitHub refuses comment bodies longer than 65,536 characters; this leaves room for the
 * marker and the notice that says where the rest is.
 */
export const COMMENT_LIMIT = 60_000;

/** What one run found and did, for the renderers. */
export interface Report {
  readonly command: ActionCommand;
  readonly fileCount: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Absent for `check`, and when content errors stopped the plan. */
  readonly plan?: Plan | undefined;
  /** Reads the answers of the plan's writes (ContentResult.answers): needed with `plan`. */
  readonly answers?: AnswerReader | undefined;
  /** Present after apply. */
  readonly apply?: ApplyResult | undefined;
  /** One line about the lockfile commit, after apply. */
  readonly lockfileNote?: string | undefined;
  /** What the platform holds for each change (loadBefore), for the per-entry diffs. */
  readonly befores?: ReadonlyMap<string, Before> | undefined;
  /** The named target (faqops.config.yaml) the plan and apply are for: a heading above them. */
  readonly target?: TargetTitle | undefined;
  /** Why the target's plan could not be made (its lockfile unreadable, say). */
  readonly failure?: string | undefined;
  /**
   * A plan of several targets: each target's section under its own heading, in place of the
   * report's own plan, apply, befores and failure.
   */
  readonly targets?: readonly TargetSection[] | undefined;
}

/** One target's part of a report. */
export type TargetSection = Pick<
  Report,
  "plan" | "answers" | "apply" | "lockfileNote" | "befores" | "failure" | "target"
>;

/** How a target's section is headed: its name, lockfile and API. */
export interface TargetTitle {
  readonly name: string;
  /** The lockfile as messages name it. */
  readonly lockfile: string;
  readonly api: string;
}

/** The counts the action reports as outputs. */
export interface Counts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly failed: number;
  /** Entries on the bot the content does not want there (after apply: still there). */
  readonly drift: number;
  /** Entries written but not yet published (after apply: still not). */
  readonly unpublished: number;
  readonly changed: boolean;
}

const LABEL: Record<Exclude<ReturnType<typeof actionEffect>, "unchanged">, string> = {
  create: "🆕 new",
  update: "✏️ changed",
  rename: "↪️ renamed",
  remove: "⚠️ on the bot, not in content",
  enable: "🔛 enabled again",
  disable: "⏸️ disabled",
};

/** An entry this target no longer takes: its file is there, so not "not in content". */
const EXCLUDED_LABEL = "⚠️ on the bot, not for this target";

/** A disabled entry written through v1: whether that switches it on is not documented. */
const V1_ENABLE_LABEL = "✏️ written over a disabled entry (v1 may not switch it on)";

/** The label of an action (v2's enable and disable have their own). */
function labelOf(
  action: Exclude<PlanAction, { kind: "unchanged" }>,
  plan: Pick<Plan, "prune" | "api">,
) {
  const word = actionEffect(action, plan) as Exclude<ReturnType<typeof actionEffect>, "unchanged">;
  if (word === "remove" && action.kind === "remove" && action.reason === "excluded") {
    return EXCLUDED_LABEL;
  }
  if (action.kind === "update" && action.enable && plan.api !== "v2") return V1_ENABLE_LABEL;
  return LABEL[word];
}

/**
 * The job summary: the outcome, the diagnostics, then the plan's tables; in `lang`, faqops' own
 * words only (localizeMarkdown: the Markdown and the escaped content are kept).
 */
export function renderSummary(report: Report, lang: Lang = "en"): string {
  return `${localizeMarkdown(reportLines(report).join("\n"), lang)}\n`;
}

/**
 * The pull-request comment: the marker, then the same report, cut at a line boundary to stay
 * below `limit` with a pointer to the full job summary when it does not fit; in `lang`, as the
 * summary is (translated before it is cut, so the limit holds for what is sent).
 */
export function renderComment(
  report: Report,
  options: { detailsUrl?: string | undefined; limit?: number; lang?: Lang } = {},
): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const lang = options.lang ?? "en";
  const where = options.detailsUrl ? `[the job summary](${options.detailsUrl})` : "the job summary";
  const footer = localizeMarkdown(
    `\n<sub>Updated by faqops on every push to this pull request. Full details: ${where}.</sub>\n`,
    lang,
  );
  const lines = [
    COMMENT_MARKER,
    ...localizeMarkdown(reportLines(report).join("\n"), lang).split("\n"),
  ];
  const cut = localizeMarkdown(
    `\n> [!NOTE]\n> The plan is too long for a comment and was cut here; see ${where} for all of it.\n`,
    lang,
  );
  const full = lines.join("\n");
  if (full.length + footer.length <= limit) return `${full}\n${footer}`;
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 + cut.length + footer.length > limit) break;
    kept.push(line);
    length += line.length + 1;
  }
  return `${kept.join("\n")}\n${cut}${footer}`;
}

/** The outputs' counts: what the plan would do, or what apply did. */
export function reportCounts(plan: Plan, apply?: ApplyResult): Counts {
  const c = plan.counts;
  if (!apply) {
    return {
      created: c.create,
      updated: c.update + c.rename,
      unchanged: c.unchanged,
      removed: c.remove,
      failed: 0,
      drift: plan.stillOnPlatform.length,
      unpublished: plan.unpublished,
      changed: planHasChanges(plan),
    };
  }
  const created = apply.writes.filter((a) => a.kind === "create").length;
  return {
    created,
    updated: apply.writes.length - created,
    unchanged: c.unchanged,
    // On v2 a prune disables (reversibly) rather than removes: what it switched off.
    removed:
      plan.prune?.mode === "disable"
        ? apply.disabled.length
        : apply.pruned
          ? (plan.prune?.removes.length ?? 0)
          : 0,
    failed: apply.failures.length,
    drift: apply.drift.length,
    unpublished: apply.unpublished,
    changed: apply.written > 0 || apply.publish.status === "done" || apply.lockfileChanged,
  };
}

/** The counts of several targets' runs, added up (`changed`: any of them). */
export function sumCounts(counts: readonly Counts[]): Counts {
  const sum = (key: Exclude<keyof Counts, "changed">) =>
    counts.reduce((total, c) => total + c[key], 0);
  return {
    created: sum("created"),
    updated: sum("updated"),
    unchanged: sum("unchanged"),
    removed: sum("removed"),
    failed: sum("failed"),
    drift: sum("drift"),
    unpublished: sum("unpublished"),
    changed: counts.some((c) => c.changed),
  };
}

function reportLines(report: Report): string[] {
  const lines = [`### ${TITLE[report.command]}`, "", ...verdictLines(report)];
  lines.push(...diagnosticLines(report.diagnostics));
  for (const section of report.targets ?? [report]) lines.push(...sectionLines(section));
  while (lines.at(-1) === "") lines.pop();
  return lines;
}

/** The heading of a target's section (Markdown, English: the renderers translate it). */
export function targetHeading(target: TargetTitle): string {
  return `#### Target \`${code(target.name)}\` (\`${code(target.lockfile)}\`, ${target.api})`;
}

/** One target's part: its heading (a named target), then what apply did, then the plan. */
function sectionLines(section: TargetSection): string[] {
  const lines: string[] = [];
  const { target } = section;
  if (target) lines.push(targetHeading(target), "");
  if (section.failure) lines.push(`❌ **No plan for this target:** ${cell(section.failure)}`, "");
  if (section.apply) lines.push(...applyLines(section.apply));
  if (section.lockfileNote) lines.push(section.lockfileNote, "");
  if (section.plan) {
    if (!section.answers) throw new InternalError("a report with a plan needs its answers");
    // Under a target's heading, its skills are a level deeper.
    const level = target ? "#####" : "####";
    lines.push(
      ...planLines(
        section.plan,
        section.answers,
        section.apply !== undefined,
        section.befores,
        level,
      ),
    );
  }
  return lines;
}

const TITLE: Record<ActionCommand, string> = {
  check: "faqops check",
  plan: "faqops plan",
  apply: "faqops apply",
  publish: "faqops publish",
};

function verdictLines(report: Report): string[] {
  const errors = report.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = report.diagnostics.length - errors;
  const files = `${report.fileCount} ${report.fileCount === 1 ? "entry file" : "entry files"}`;
  if (errors > 0) {
    const stopped = report.command === "check" ? "" : " Nothing was planned or sent.";
    return [
      `❌ **${count(errors, "error")}** and ${count(warnings, "warning")} in ${files}.${stopped}`,
      "",
    ];
  }
  const warned = warnings > 0 ? ` (${count(warnings, "warning")})` : "";
  return [`✅ ${files} checked${warned}.`, ""];
}

function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  const sorted = sortDiagnostics(diagnostics);
  const ordered = [
    ...sorted.filter((d) => d.severity === "error"),
    ...sorted.filter((d) => d.severity === "warning"),
  ];
  return [
    "| | Where | Rule | Problem |",
    "| --- | --- | --- | --- |",
    ...ordered.map(
      (d) =>
        `| ${d.severity === "error" ? "❌ error" : "⚠️ warning"} | \`${code(d.file)}:${d.line}:${d.column}\` | \`${d.ruleId}\` | ${messageCell(d.message)} |`,
    ),
    "",
  ];
}

/** What apply did (render/apply.ts: the same description the CLI prints), in Markdown. */
function applyLines(apply: ApplyResult): string[] {
  return renderApplyMarkdown(apply, { limit: LIST_LIMIT_SUMMARY, cell, sentence: messageCell });
}

/** Entries listed per table in the summary before the rest is counted. */
const LIST_LIMIT_SUMMARY = 200;

function planLines(
  plan: Plan,
  answers: AnswerReader,
  applied: boolean,
  befores: ReadonlyMap<string, Before> | undefined,
  level: string,
): string[] {
  const lines = [`**${applied ? "Planned" : "Plan"}:** ${planSummary(plan)}`, ""];
  const bySkill = new Map<string, ChangeAction[]>();
  for (const action of plan.actions) {
    if (action.kind === "unchanged") continue;
    const skill = action.kind === "remove" ? action.previous.skill : action.entry.skill;
    bySkill.set(skill, [...(bySkill.get(skill) ?? []), action]);
  }
  if (!planHasChanges(plan))
    lines.push("No changes: the platform is up to date with the content.", "");
  // After an apply its own section says what became of the unpublished writes (and their count
  // now); the plan's would say it a second time, with the count from before the run.
  if (plan.unpublished > 0 && !applied) {
    lines.push(
      `${count(plan.unpublished, "entry was", "entries were")} written but not published: the live bot still answers as at the last publish (\`publish: true\` or \`command: publish\`).`,
      "",
      unpublishedDetails(plan),
      "",
    );
  }
  const pruned = plan.prunedUnpublished;
  if (pruned.length > 0 && !applied) {
    lines.push(
      `${count(pruned.length, "entry was", "entries were")} removed by a prune not yet published: the live bot still answers as at the last publish (\`publish: true\` or \`command: publish\`).`,
      "",
      foldedEntries("Removed by the prune", pruned),
      "",
    );
  }
  const unpublishedDrift = unpublishedDriftLine(plan);
  if (unpublishedDrift && !applied) lines.push(`⚠️ ${unpublishedDrift}`, "");
  for (const skill of [...bySkill.keys()].sort(compareStrings)) {
    lines.push(
      `${level} ${escapeMarkdown(skill)}`,
      "",
      "| | Title | Answer |",
      "| --- | --- | --- |",
    );
    for (const action of bySkill.get(skill) ?? [])
      lines.push(actionRow(action, plan, answers, befores));
    lines.push("");
    if (befores) {
      const details = (bySkill.get(skill) ?? []).flatMap((a) =>
        detailsLine(a, answers, befores, plan),
      );
      if (details.length > 0) lines.push(...details, "");
    }
  }
  lines.push(...pruneLines(plan, befores));
  return lines;
}

type ChangeAction = Exclude<PlanAction, { kind: "unchanged" }>;

/** How many written-but-unpublished entries the summary names (the step's JSON has them all). */
const UNPUBLISHED_SHOWN = 50;

/** The entries written but not published, folded: what a publish changes on the live bot. */
function unpublishedDetails(plan: Plan): string {
  return foldedEntries("Written since the last publish", plan.unpublishedEntries, (e) =>
    e.status === "disabled" ? ` ${DISABLED_UNPUBLISHED}` : "",
  );
}

/**
 * Entries as one folded line, `skill / title` each (and `note`'s words), under `title` and how
 * many: the first UNPUBLISHED_SHOWN of them (the step's JSON has them all).
 */
function foldedEntries<E extends { readonly skill: string; readonly title: string }>(
  title: string,
  entries: readonly E[],
  note: (entry: E) => string = () => "",
): string {
  const shown = entries.slice(0, UNPUBLISHED_SHOWN);
  const list = shown.map((e) => escapeHtml(`${e.skill} / ${e.title}`) + note(e)).join("<br>");
  const summary =
    shown.length === entries.length
      ? `${title} (${entries.length})`
      : `${title} (the first ${shown.length} of ${entries.length})`;
  return `<details><summary>${summary}</summary>${list}</details>`;
}

/**
 * One collapsed block per written entry: what changes, against what the platform holds. One
 * line each, so that cutting a long comment never leaves a <details> open.
 */
function detailsLine(
  action: ChangeAction,
  answers: AnswerReader,
  befores: ReadonlyMap<string, Before>,
  plan: Plan,
): string[] {
  if (action.kind === "remove") return [];
  const summary = `<summary>${labelOf(action, plan)} ${escapeHtml(action.entry.title)}</summary>`;
  const after = { ...action.entry, messages: answers.read(action.entry).messages };
  if (action.kind === "create") {
    return [`<details>${summary}${diffHtml(diffEntry(undefined, after, plan.api))}</details>`];
  }
  const before = befores.get(identityKey(action.previous));
  if (!before?.found) {
    return [
      `<details>${summary}<i>The previous version cannot be shown: ${escapeHtml(before?.why ?? "not looked up")}. The new one in full:</i><br>${diffHtml(diffEntry(undefined, after, plan.api))}</details>`,
    ];
  }
  const diff = diffEntry(before.entry, after, plan.api);
  return [
    `<details>${summary}${isEmptyDiff(diff) ? "<i>The same as on the bot.</i>" : diffHtml(diff)}</details>`,
  ];
}

function actionRow(
  action: ChangeAction,
  plan: Plan,
  answers: AnswerReader,
  befores: ReadonlyMap<string, Before> | undefined,
): string {
  const label = labelOf(action, plan);
  if (action.kind === "remove") {
    // As the terminal says it (render/plan.ts actionLine): a disable that cannot be sent.
    const blocked = plan.prune?.refusal
      ? undefined
      : disableBlocked(plan, action.previous, befores);
    const why =
      blocked === undefined
        ? removeReason(action, plan, "action")
        : `${driftWhy(action)}; ${cannotDisableText(blocked, "action")}`;
    return `| ${label} | ${cell(action.previous.title)} | _${cell(why)}_ |`;
  }
  let title = cell(action.entry.title);
  if (action.kind === "rename") {
    const from = action.previous;
    const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
    title += `<br><sub>was “${cell(old)}”${action.oldIntent === undefined ? "" : " (renamed in place)"}</sub>`;
  }
  return `| ${label} | ${title} | ${answerCell(action.entry, answers)} |`;
}

function pruneLines(plan: Plan, befores: ReadonlyMap<string, Before> | undefined): string[] {
  const prune = plan.prune;
  if (!prune || prune.removes.length === 0) return [];
  if (prune.mode === "disable") {
    // What cannot be disabled is not promised (its row says why).
    const disables = disablesOf(plan, befores);
    const lines = [
      "> [!NOTE]",
      `> **Prune (v2):** ${count(disables, "entry is", "entries are")} disabled (${Math.round(disableShare(plan, disables) * 100)}% of what faqops knows on the platform): kept on the bot but switched off once published, reversibly. Nothing faqops does not know is touched.`,
    ];
    if (prune.refusal)
      lines.push(`> **Refused:** ${cell(pruneRefusalText(prune.refusal, "action"))}`);
    lines.push("");
    return lines;
  }
  const lines = [
    "> [!WARNING]",
    `> **Prune:** the bot's whole content is replaced; ${count(prune.removes.length, "entry is", "entries are")} removed (${Math.round(prune.share * 100)}% of what faqops knows on the platform), ${prune.keeps} kept, and anything added by hand in the console is removed too.`,
  ];
  if (prune.refusal)
    lines.push(`> **Refused:** ${cell(pruneRefusalText(prune.refusal, "action"))}`);
  lines.push("");
  return lines;
}

/** The answer for a table cell: `answerMarkdown` inline, which already escapes its text. */
function answerCell(entry: CompiledEntry, answers: AnswerReader): string {
  const { messages } = answers.read(entry);
  return answerMarkdown(messages, { inline: true }).replace(/\r?\n/g, "<br>");
}

/** Text for a table cell: escaped, on one line. */
function cell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, "<br>");
}

/**
 * A diagnostic message for a table cell: its `code spans` are meant as code and kept, with only
 * `|` escaped inside them (GFM reads it as a column break even there); the rest is escaped.
 */
function messageCell(message: string): string {
  return message
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part.replace(/\|/g, "\\|") : cell(part)))
    .join("");
}

/** Text inside backticks: a backtick would end the code span, and `|` the table cell. */
function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, "\\|");
}
