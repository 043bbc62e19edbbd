/** Renders a plan: for people on a terminal, and as JSON for machines. Pure. */

import type { AnswerReader } from "../content/answer-reader.js";
import { thresholdText } from "../content/threshold.js";
import type { CompiledEntry, Message } from "../content/types.js";
import { compareStrings } from "../diagnostics.js";
import { identityKey } from "../platform/identity.js";
import { plural } from "../plural.js";
import type { RemoveAction } from "../sync/apply.js";
import type { Before } from "../sync/before.js";
import type { LockEntry } from "../sync/lockfile.js";
import {
  actionEffect,
  identityOf,
  type Plan,
  type PlanAction,
  planHasChanges,
} from "../sync/plan.js";
import { previewAnswer } from "./answer.js";
import {
  type Colors,
  type DiffStyle,
  diffEntry,
  diffLines,
  isEmptyDiff,
  NO_COLORS,
} from "./diff.js";
import { pruneRefusalText } from "./prune.js";
import { type Audience, percent } from "./words.js";

const SIGN: Record<PlanAction["kind"], string> = {
  create: "+",
  update: "~",
  rename: "→",
  remove: "-",
  unchanged: "=",
};

/** The colour of each sign on a terminal: what is added green, removed red, changed yellow. */
const SIGN_COLOR: Record<PlanAction["kind"], "green" | "yellow" | "cyan" | "red" | "dim"> = {
  create: "green",
  update: "yellow",
  rename: "cyan",
  remove: "red",
  unchanged: "dim",
};

export { planHasChanges } from "../sync/plan.js";

/**
 * One summary sentence, e.g. `2 to create, 1 to update, 0 to rename, 1 on the bot but not in
 * the content, 9 unchanged.`, with the publish still owed when there is one.
 */
export function planSummary(plan: Plan): string {
  const c = plan.counts;
  const owed = plan.unpublished > 0 ? ` ${unpublishedPhrase(plan.unpublished)}.` : "";
  // Only v2 is known to switch a disabled entry on: through v1 it counts as an update.
  const enables =
    plan.api === "v2" ? plan.actions.filter((a) => a.kind === "update" && a.enable).length : 0;
  const updates = `${c.update - enables} to update${enables > 0 ? `, ${enables} to enable` : ""}`;
  const disabling = plan.prune?.mode === "disable" && !plan.prune.refusal;
  const drift = disabling
    ? `${c.remove} to disable`
    : `${c.remove} on the bot but ${driftWhere(plan.actions)}`;
  return `${c.create} to create, ${updates}, ${c.rename} to rename, ${drift}, ${c.unchanged} unchanged.${owed}`;
}

/**
 * What entries on the bot that the plan leaves there are missing from: the content, or only
 * this target (their files exist, but the target does not take them: reason `excluded`).
 */
export function driftWhere(actions: readonly PlanAction[]): string {
  let removes = 0;
  let excluded = 0;
  for (const a of actions) {
    if (a.kind !== "remove") continue;
    removes++;
    if (a.reason === "excluded") excluded++;
  }
  if (excluded === 0) return "not in the content";
  return excluded === removes ? "not for this target" : "not in the content or not for this target";
}

/**
 * Notes a run on v2 must print once: rich answers (cards, several messages) are sent as the
 * JSON string v1 sends, which the platform's v2 documentation does not say import accepts.
 * Reads the answers of the writes and of the unchanged entries last written through v1.
 * `audience` says how to write every entry again: `--resend-all`, or `resend-all: true`.
 */
export function apiNotes(plan: Plan, answers: AnswerReader, audience: Audience): string[] {
  if (plan.api !== "v2") return [];
  const isRich = (entry: CompiledEntry) => richAnswer(answers.read(entry).messages);
  let rich = 0;
  for (const a of plan.actions) {
    if (a.kind === "create" || a.kind === "update" || a.kind === "rename") {
      if (isRich(a.entry)) rich++;
    }
  }
  const notes: string[] = [];
  // Rich entries the bot holds from v1 and this plan does not write: after a switch to v2
  // they are not sent until they change (or --resend-all), so the count above can be 0.
  let richFromV1 = 0;
  for (const a of plan.actions) {
    if (a.kind !== "unchanged" || a.previous.api === "v2") continue;
    if (isRich(a.entry)) richFromV1++;
  }
  if (richFromV1 > 0) {
    notes.push(
      `${plural(richFromV1, "entry", "entries")} with a rich answer (a card or several messages) ${richFromV1 === 1 ? "was" : "were"} written through v1 and ${richFromV1 === 1 ? "is" : "are"} not written by this plan; the platform's v2 documentation does not say that import accepts rich answers: try them on a test bot before \`${audience === "action" ? "resend-all: true" : "--resend-all"}\` (docs/platform.md, "v1 or v2").`,
    );
  }
  if (rich === 0) return notes;
  return [
    ...notes,
    `${plural(rich, "entry to write carries", "entries to write carry")} a rich answer (a card or several messages), sent as the same JSON string v1 sends; the platform's v2 documentation does not say that import accepts rich answers: after publishing, check ${rich === 1 ? "it" : "them"} on the bot (docs/platform.md, "v1 or v2").`,
  ];
}

/** A card, or several messages. */
function richAnswer(messages: readonly Message[]): boolean {
  return messages.length !== 1 || typeof messages[0] !== "string";
}

/**
 * Why a v2 disable cannot be sent, and what to do: the import API needs the questions and answer
 * the entry was last synced with, which faqops reads from Git (loadBefore); `why` says why that
 * version is not at hand (sync/before.ts). The way out is the CLI's flags or the action's inputs.
 */
export function cannotDisableText(why: string, audience: Audience): string {
  const replace =
    audience === "action" ? "`prune: true` and `replace-all: true`" : "--prune --replace-all";
  return `cannot be disabled: its last synced version is not in Git (${why}), and a disable must carry its questions and answer; commit that version, or take it off with ${replace}`;
}

/**
 * Why a v2 prune that disables cannot disable `previous`, or undefined when it can (or the plan
 * does not disable): a disable carries the entry's questions and answer, so one whose last
 * synced version is not in Git (`befores`, from loadBefore) cannot be sent.
 */
export function disableBlocked(
  plan: Pick<Plan, "prune">,
  previous: LockEntry,
  befores: ReadonlyMap<string, Before> | undefined,
): string | undefined {
  if (plan.prune?.mode !== "disable") return undefined;
  const before = befores?.get(identityKey(previous));
  return before !== undefined && !before.found ? before.why : undefined;
}

/** How many of a disabling prune's entries can be disabled (see disableBlocked). */
export function disablesOf(
  plan: Pick<Plan, "prune">,
  befores: ReadonlyMap<string, Before> | undefined,
): number {
  const removes = plan.prune?.removes ?? [];
  return removes.filter((e) => disableBlocked(plan, e, befores) === undefined).length;
}

/** The share of what faqops knows on the platform that `disables` of a prune's entries are. */
export function disableShare(plan: Pick<Plan, "prune">, disables: number): number {
  const prune = plan.prune;
  return prune === undefined || prune.removes.length === 0
    ? 0
    : (prune.share * disables) / prune.removes.length;
}

/**
 * The entries on the bot but not in the content (or this target) written since the last publish, when
 * this plan does not prune them: a publish makes what was written live although the content
 * no longer has it (a deleted entry that customers never saw goes live). 0 when none.
 */
function unpublishedDrift(plan: Plan): PlanAction[] {
  if (plan.prune && !plan.prune.refusal) return [];
  return plan.actions.filter((a) => a.kind === "remove" && a.previous.unpublished !== undefined);
}

/** The warning for unpublishedDrift, the same words in the terminal and the action. */
export function unpublishedDriftLine(plan: Plan): string | undefined {
  const drift = unpublishedDrift(plan);
  const n = drift.length;
  if (n === 0) return undefined;
  return `${plural(n, "entry", "entries")} on the bot but ${driftWhere(drift)} ${n === 1 ? "was" : "were"} written since the last publish: a publish makes ${n === 1 ? "it" : "them"} live as written, unless a prune removes ${n === 1 ? "it" : "them"} first.`;
}

/** Said of a disable written but not published: the live bot answers with it until a publish. */
export const DISABLED_UNPUBLISHED = "(disabled: a publish takes it off the live bot)";

/** How many written-but-unpublished entries the terminal names; `--json` has them all. */
export const UNPUBLISHED_SHOWN = 10;

/**
 * The entries written but not published, one line each (`  账户 / 怎么开户？`): what a publish
 * changes on the live bot, by name, the first UNPUBLISHED_SHOWN of them. A disable (v2) says so:
 * a publish takes it off the live bot rather than putting it there.
 */
export function unpublishedLines(plan: Pick<Plan, "unpublishedEntries">): string[] {
  return namedEntries(plan.unpublishedEntries, (e) =>
    e.status === "disabled" ? ` ${DISABLED_UNPUBLISHED}` : "",
  );
}

/**
 * Entries one line each (`  账户 / 怎么开户？`, and `note`'s words), the first UNPUBLISHED_SHOWN
 * of them, then how many more.
 */
function namedEntries<E extends { readonly skill: string; readonly title: string }>(
  entries: readonly E[],
  note: (entry: E) => string = () => "",
): string[] {
  const lines = entries
    .slice(0, UNPUBLISHED_SHOWN)
    .map((e) => `  ${e.skill} / ${e.title}${note(e)}`);
  const more = entries.length - UNPUBLISHED_SHOWN;
  if (more > 0) lines.push(`  … and ${more} more (\`faqops plan --json\` lists every one)`);
  return lines;
}

/**
 * The entries a prune removed that is not yet published, named: the live bot still answers with
 * those it had at the last publish. None when there are none.
 */
export function prunedUnpublishedLines(plan: Pick<Plan, "prunedUnpublished">): string[] {
  const removed = plan.prunedUnpublished;
  if (removed.length === 0) return [];
  return [prunedUnpublishedSentence(removed.length, PUBLISH_REMEDY), ...namedEntries(removed)];
}

/** `count` entries prunes removed that the live bot still answers with; `remedy`: how to publish. */
export function prunedUnpublishedSentence(count: number, remedy: string): string {
  return `${plural(count, "entry was", "entries were")} removed by a prune not yet published: the live bot still answers as at the last publish; ${remedy}.`;
}

/** `3 written, not yet published`. */
export function unpublishedPhrase(count: number): string {
  return `${count} written, not yet published`;
}

/**
 * Why an entry is on the bot but not in the content, and what a prune does about it, in the
 * words of who reads it: `--prune`, or the action's `prune: true`.
 */
export function removeReason(
  action: RemoveAction,
  plan: Pick<Plan, "api" | "prune">,
  audience: Audience,
): string {
  if (plan.prune?.mode === "disable" && !plan.prune.refusal)
    return `${driftWhy(action)}; disabled by this prune`;
  if (plan.prune?.mode === "replace" && !plan.prune.refusal)
    return `${driftWhy(action)}; removed by this prune`;
  const prune = audience === "action" ? "`prune: true`" : "--prune";
  return `${driftWhy(action)}; still on the bot, ${prune} ${plan.api === "v2" ? "disables" : "removes"} it`;
}

/**
 * Why an entry is drift: `deleted`, `now a draft`, `not for this target`, `renamed to "…"`,
 * `moved to 转账 / …`.
 */
export function driftWhy(action: RemoveAction): string {
  const { to } = action;
  switch (action.reason) {
    case "deleted":
      return "deleted";
    case "draft":
      return "now a draft";
    case "excluded":
      return "not for this target";
    case "renamed":
      return `renamed to "${to?.title}"`;
    case "moved":
      return `moved to ${to?.skill} / "${to?.title}"`;
  }
}

/** What the user can do about drift: the same words in plan, apply and the action. */
export const DRIFT_REMEDY =
  "the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first)";

/** The same, on the v2 API. */
export const DRIFT_REMEDY_V2 =
  "the v2 API switches drift off, reversibly: `faqops apply --api v2 --prune` disables it (review `faqops plan --api v2 --prune` first)";

/**
 * The drift remedy for a plan's API, in the words of who reads it: the CLI's flags, or the
 * action's input.
 */
export function driftRemedy(plan: Pick<Plan, "api">, audience: Audience = "cli"): string {
  if (audience === "action") {
    return plan.api === "v2"
      ? "the v2 API switches drift off, reversibly: the action's `prune: true` disables it (review a plan with `prune: true` first)"
      : "the v1 API removes entries only by replacing the whole bot: the action's `prune: true` does that (review a plan with `prune: true` first)";
  }
  return plan.api === "v2" ? DRIFT_REMEDY_V2 : DRIFT_REMEDY;
}

/** A line about v2 import tasks an interrupted run left in flight, or none. */
export function pendingTasksLine(plan: Pick<Plan, "pendingTasks" | "api">): string | undefined {
  if (plan.pendingTasks === 0) return undefined;
  const one = plan.pendingTasks === 1;
  const tasks = `${plural(plan.pendingTasks, "import task", "import tasks")} sent by an interrupted run ${one ? "is" : "are"} not yet settled`;
  return plan.api === "v2"
    ? `${tasks}: the next apply asks the platform how ${one ? "it" : "they"} ended before sending anything else.`
    : `${tasks} (v2): run \`faqops apply --api v2\` to settle ${one ? "it" : "them"}; a v1 apply refuses to run until then.`;
}

/** What the user can do about unpublished writes. */
export const PUBLISH_REMEDY =
  "`faqops publish` (or `faqops apply --publish`) publishes what is written";

/** The publish remedy in the words of who reads it: the CLI's commands, or the action's inputs. */
export function publishRemedy(audience: Audience): string {
  return audience === "cli"
    ? PUBLISH_REMEDY
    : "`publish: true` or `command: publish` publishes what is written";
}

/**
 * The plan for a terminal: changes grouped by skill, then the summary and any prune warning.
 * `answers` reads the answers of the writes shown.
 */
export function renderPlanText(
  plan: Plan,
  answers: AnswerReader,
  options: PlanTextOptions = {},
): string {
  const colors = options.colors ?? NO_COLORS;
  const preview = (entry: CompiledEntry) => previewAnswer(answers.read(entry).messages);
  // An action's line starts with its sign: coloured there, the rest of the line as it is.
  const signed = (action: PlanAction, line: string) => {
    const sign = SIGN[action.kind];
    return `${colors[SIGN_COLOR[action.kind]](sign)}${line.slice(sign.length)}`;
  };
  const lines: string[] = [];
  const bySkill = new Map<string, PlanAction[]>();
  for (const action of plan.actions) {
    if (action.kind === "unchanged") continue;
    const skill = identityOf(action).skill;
    bySkill.set(skill, [...(bySkill.get(skill) ?? []), action]);
  }
  for (const skill of [...bySkill.keys()].sort(compareStrings)) {
    lines.push(colors.bold(skill));
    for (const action of bySkill.get(skill) ?? []) {
      if (!options.details) {
        lines.push(`  ${signed(action, actionLine(action, plan, preview, options.befores))}`);
        continue;
      }
      lines.push(
        `  ${signed(action, actionHead(action, plan, options.details.befores))}`,
        ...detailLines(action, plan.api, answers, options.details),
      );
    }
    lines.push("");
  }
  if (!planHasChanges(plan))
    lines.push(colors.green("No changes: the platform is up to date with the content."), "");
  lines.push(`${colors.bold("Plan:")} ${planSummary(plan)}`);
  if (plan.stillOnPlatform.length > 0 && !plan.prune) {
    lines.push(
      `${plural(plan.stillOnPlatform.length, "entry is", "entries are")} on the bot but ${driftWhere(plan.actions)}: ${driftRemedy(plan)}.`,
    );
  }
  const pending = pendingTasksLine(plan);
  if (pending) lines.push(pending);
  const unpublishedDrift = unpublishedDriftLine(plan);
  if (unpublishedDrift) lines.push(unpublishedDrift);
  if (plan.unpublished > 0) {
    lines.push(
      `${plural(plan.unpublished, "entry was", "entries were")} written but not published: the live bot still answers as at the last publish; ${PUBLISH_REMEDY}.`,
      ...unpublishedLines(plan),
    );
  }
  const missing = plan.missing.length;
  if (missing > 0) {
    lines.push(
      `A replace that was cut short deleted ${plural(missing, "entry", "entries")} the content keeps: the next apply writes ${missing === 1 ? "it" : "them"} back, and a publish is refused until then.`,
    );
  }
  lines.push(...prunedUnpublishedLines(plan));
  if (plan.prune)
    lines.push(...pruneLines(plan, colors, options.details?.befores ?? options.befores));
  return `${lines.join("\n")}\n`;
}

/** How much `renderPlanText` shows. */
export interface PlanTextOptions {
  /**
   * Each change in full: the similar questions added and removed and the answer's diff against
   * what the platform holds (`befores`, from loadBefore). Without it, one line an entry
   * (`--brief`).
   */
  readonly details?: { readonly befores: ReadonlyMap<string, Before>; readonly style: DiffStyle };
  /**
   * The befores without the details (`--brief`): a v2 disable needs the entry's last synced
   * version, so the plan says when it cannot be found instead of promising the disable.
   */
  readonly befores?: ReadonlyMap<string, Before> | undefined;
  /**
   * Colours for a terminal (signs, skills, the summary and prune warnings); default none. The
   * diff's own marks are `details.style`.
   */
  readonly colors?: Colors;
}

/** An action's first line when its details follow: the answer's preview left out. */
function actionHead(action: PlanAction, plan: Plan, befores?: ReadonlyMap<string, Before>): string {
  const line = actionLine(action, plan, () => "", befores);
  if (action.kind === "remove" || action.kind === "unchanged") return line;
  // The preview is replaced by the full answer below.
  return line.slice(0, line.lastIndexOf("  "));
}

/** The details under an action: the diff from the platform's version, or the whole new entry. */
function detailLines(
  action: PlanAction,
  api: Plan["api"],
  answers: AnswerReader,
  details: NonNullable<PlanTextOptions["details"]>,
): string[] {
  if (action.kind === "remove" || action.kind === "unchanged") return [];
  const after = { ...action.entry, messages: answers.read(action.entry).messages };
  if (action.kind === "create") {
    return diffLines(diffEntry(undefined, after, api), details.style, "      ");
  }
  const before = details.befores.get(identityKey(action.previous));
  if (!before?.found) {
    return [
      `      (the previous version cannot be shown: ${before?.why ?? "it was not looked up"}; the new one in full:)`,
      ...diffLines(diffEntry(undefined, after, api), details.style, "      "),
    ];
  }
  const diff = diffEntry(before.entry, after, api);
  if (isEmptyDiff(diff)) return ["      (the same as on the bot)"];
  return diffLines(diff, details.style, "      ");
}

/** One line an action; `preview` gives a write's answer in short. */
function actionLine(
  action: PlanAction,
  plan: Plan,
  preview: (entry: CompiledEntry) => string,
  befores?: ReadonlyMap<string, Before>,
): string {
  const sign = SIGN[action.kind];
  switch (action.kind) {
    case "create":
      return `${sign} ${action.entry.title}  (new)  ${preview(action.entry)}`;
    case "update": {
      const base = action.enable
        ? plan.api === "v2"
          ? action.previous.status === "disabled"
            ? "disabled on the bot: enable"
            : "v1 wrote it over a disabled entry, which may have left it disabled: enable"
          : "disabled on the bot: written through v1, which may not switch it back on: not documented; --api v2 does"
        : action.resend
          ? "unchanged; sent again: --resend-all"
          : action.thresholdUnsent
            ? "written through v1, which cannot send its threshold: sent again"
            : "changed";
      const why = action.thresholdReset
        ? `${base}; v1 cannot send its threshold (${thresholdText(action.entry)}): the bot goes back to the default`
        : base;
      return `${sign} ${action.entry.title}  (${why})  ${preview(action.entry)}`;
    }
    case "rename": {
      const from = action.previous;
      const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
      const how = action.oldIntent === undefined ? "" : ", renamed in place (old_intent)";
      return `${sign} ${action.entry.title}  (renamed from "${old}", same ${action.matchedBy === "id" ? "id" : "file"}${how})  ${preview(action.entry)}`;
    }
    case "remove": {
      const blocked = plan.prune?.refusal
        ? undefined
        : disableBlocked(plan, action.previous, befores);
      if (blocked !== undefined)
        return `${sign} ${action.previous.title}  (${driftWhy(action)}; ${cannotDisableText(blocked, "cli")})`;
      return `${sign} ${action.previous.title}  (${removeReason(action, plan, "cli")})`;
    }
    case "unchanged":
      return `${sign} ${action.entry.title}`;
  }
}

function pruneLines(plan: Plan, colors: Colors, befores?: ReadonlyMap<string, Before>): string[] {
  const prune = plan.prune;
  if (!prune) return [];
  if (prune.removes.length === 0)
    return ["--prune: nothing to remove; the sync stays incremental."];
  if (prune.mode === "disable") {
    // What cannot be disabled is not promised.
    const missing = (e: LockEntry) => disableBlocked(plan, e, befores);
    const disables = disablesOf(plan, befores);
    const lines = [
      "",
      `--prune (v2): ${plural(disables, "entry", "entries")} (${percent(disableShare(plan, disables))} of what faqops knows on the platform) will be DISABLED (disable: true): kept on the bot, switched off once published; bringing one back into the content switches it on again. Nothing faqops does not know is touched.`,
      ...prune.removes.map((e) => {
        const why = missing(e);
        return why === undefined
          ? `  - ${e.skill} / ${e.title}`
          : `  - ${e.skill} / ${e.title} (${cannotDisableText(why, "cli")})`;
      }),
    ];
    if (prune.refusal)
      lines.push(`${colors.red("Refused:")} ${pruneRefusalText(prune.refusal, "cli")}`);
    return lines;
  }
  const lines = [
    "",
    colors.red(
      `!!! PRUNE: the whole bot's content will be REPLACED (${plan.api === "v2" ? "import mode 1" : "batchimportskill mode 1"}) !!!`,
    ),
    colors.red(
      `!!! It removes ${plural(prune.removes.length, "entry", "entries")} (${percent(prune.share)} of what faqops knows on the platform), keeps ${prune.keeps}, and also removes anything added by hand in the console. !!!`,
    ),
    ...prune.removes.map((e) => `  - ${e.skill} / ${e.title}`),
  ];
  if (prune.refusal)
    lines.push(`${colors.red("Refused:")} ${pruneRefusalText(prune.refusal, "cli")}`);
  return lines;
}

/**
 * The plan as plain data for `--json` (unchanged entries only counted, to stay small), each
 * write with its answer's `content` (read through `answers`). With `befores`, every change
 * carries `before` (what the platform holds, or why it cannot be shown) and every write `after`.
 */
export function planJson(
  plan: Plan,
  answers: AnswerReader,
  befores?: ReadonlyMap<string, Before>,
): unknown {
  const beforeOf = (previous: LockEntry) => {
    if (!befores) return {};
    const before = befores.get(identityKey(previous));
    return {
      before: before?.found ? before.entry : { unavailable: before?.why ?? "not looked up" },
    };
  };
  const afterOf = (entry: CompiledEntry, messages: readonly Message[]) =>
    befores
      ? {
          after: {
            skill: entry.skill,
            title: entry.title,
            questions: entry.questions,
            messages,
            ...(entry.threshold === undefined ? {} : { threshold: entry.threshold }),
          },
        }
      : {};
  return {
    api: plan.api,
    summary: {
      ...plan.counts,
      writes: plan.writes,
      drift: plan.stillOnPlatform.length,
      unpublished: plan.unpublished,
      ...(plan.pendingTasks > 0 ? { pendingTasks: plan.pendingTasks } : {}),
      changes: planHasChanges(plan),
    },
    // What a publish changes on the live bot: each entry written since the last one.
    unpublished: plan.unpublishedEntries.map((e) => ({
      skill: e.skill,
      title: e.title,
      source: e.source,
      ...(e.status === "disabled" ? { disabled: true } : {}),
    })),
    // Removed by a prune not yet published: the live bot may still answer with them.
    prunedUnpublished: plan.prunedUnpublished,
    // Kept by the content, deleted by a replace cut short: publish refuses until written back.
    missing: plan.missing,
    changes: plan.actions.flatMap((a): Record<string, unknown>[] => {
      switch (a.kind) {
        case "unchanged":
          return [];
        case "remove":
          return [
            {
              action: actionEffect(a, plan),
              skill: a.previous.skill,
              title: a.previous.title,
              source: a.previous.source,
              reason: a.reason,
              ...(a.to ? { to: a.to } : {}),
              hash: a.previous.hash,
              ...beforeOf(a.previous),
            },
          ];
        default: {
          const answer = answers.read(a.entry);
          return [
            {
              action: actionEffect(a, plan),
              skill: a.entry.skill,
              title: a.entry.title,
              source: a.entry.source,
              ...(a.entry.id === undefined ? {} : { id: a.entry.id }),
              hash: a.hash,
              ...(a.kind === "create" ? {} : { previousHash: a.previous.hash }),
              ...(a.kind === "update" && a.resend ? { resend: true } : {}),
              ...(a.kind === "update" && a.thresholdUnsent ? { thresholdUnsent: true } : {}),
              ...(a.kind === "update" && a.thresholdReset ? { thresholdReset: true } : {}),
              // v1 over an entry v2 disabled: whether the write switches it on is not documented.
              ...(a.kind === "update" && a.enable && plan.api !== "v2"
                ? { writtenOverDisabled: true }
                : {}),
              ...(a.kind === "rename"
                ? {
                    from: { skill: a.previous.skill, title: a.previous.title },
                    matchedBy: a.matchedBy,
                    ...(a.oldIntent === undefined ? {} : { oldIntent: a.oldIntent }),
                  }
                : {}),
              questions: a.entry.questions,
              ...(a.entry.threshold === undefined ? {} : { threshold: a.entry.threshold }),
              content: answer.content,
              ...(a.kind === "create" ? {} : beforeOf(a.previous)),
              ...afterOf(a.entry, answer.messages),
            },
          ];
        }
      }
    }),
    stillOnPlatform: plan.stillOnPlatform.map((e) => ({
      skill: e.skill,
      title: e.title,
      source: e.source,
    })),
    ...(plan.prune
      ? {
          prune: {
            mode: plan.prune.mode,
            removes: plan.prune.removes.map((e) => ({ skill: e.skill, title: e.title })),
            keeps: plan.prune.keeps,
            share: plan.prune.share,
            // The CLI's words: the JSON is `faqops plan --json`'s, whichever shell writes it.
            refused: plan.prune.refusal ? pruneRefusalText(plan.prune.refusal, "cli") : null,
          },
        }
      : {}),
  };
}

/** Notes about the lockfile a reader must not miss: none, a first sync, a replayed journal. */
export function lockNotes(
  snapshot: { exists: boolean; journaled: number; lock: { entries: readonly unknown[] } },
  lockfile: string,
): string[] {
  const notes: string[] = [];
  if (!snapshot.exists) {
    notes.push(
      `no lockfile (${lockfile}): every entry will be written; entries already on the bot with the same skill and title are overwritten in place.`,
    );
  }
  if (snapshot.journaled > 0) {
    notes.push(
      `${plural(snapshot.journaled, "confirmation", "confirmations")} from a run stopped before saving ${snapshot.journaled === 1 ? "it" : "them"} (${lockfile}.journal) ${snapshot.journaled === 1 ? "is" : "are"} taken as done; the next apply saves ${snapshot.journaled === 1 ? "it" : "them"} into the lockfile.`,
    );
  }
  return notes;
}
