/** Renders a plan: for people on a terminal, and as JSON for machines. Pure. */
import { compareStrings } from "../diagnostics.js";
import type { Plan, PlanAction } from "../sync/plan.js";
import { percent } from "../sync/plan.js";
import { previewAnswer } from "./answer.js";

const SIGN: Record<PlanAction["kind"], string> = {
  create: "+",
  update: "~",
  rename: "→",
  remove: "-",
  unchanged: "=",
};

/** True when applying the plan would change the platform (what `--exit-code` reports as 2). */
export function planHasChanges(plan: Plan): boolean {
  return (
    plan.writes > 0 ||
    plan.actions.some((a) => a.kind === "remove" && a.reason !== "pending") ||
    (plan.prune !== undefined && plan.prune.removes.length > 0)
  );
}

/** One summary sentence, e.g. `2 to create, 1 to update, 0 to rename, 1 no longer in content, 9 unchanged.` */
export function planSummary(plan: Plan): string {
  const c = plan.counts;
  return `${c.create} to create, ${c.update} to update, ${c.rename} to rename, ${c.remove} no longer in content, ${c.unchanged} unchanged.`;
}

/** Reason text for an entry no longer in the content. */
export function removeReason(action: Extract<PlanAction, { kind: "remove" }>): string {
  const why = { deleted: "deleted", draft: "now a draft", pending: "removed earlier" }[
    action.reason
  ];
  return `${why}; still on the platform, --prune removes it`;
}

/** The plan for a terminal: changes grouped by skill, then the summary and any prune warning. */
export function renderPlanText(plan: Plan): string {
  const lines: string[] = [];
  const bySkill = new Map<string, PlanAction[]>();
  for (const action of plan.actions) {
    if (action.kind === "unchanged") continue;
    const skill = action.kind === "remove" ? action.previous.skill : action.entry.skill;
    bySkill.set(skill, [...(bySkill.get(skill) ?? []), action]);
  }
  for (const skill of [...bySkill.keys()].sort(compareStrings)) {
    lines.push(skill);
    for (const action of bySkill.get(skill) ?? []) lines.push(`  ${actionLine(action)}`);
    lines.push("");
  }
  if (bySkill.size === 0)
    lines.push("No changes: the platform is up to date with the content.", "");
  lines.push(`Plan: ${planSummary(plan)}`);
  if (plan.prune) lines.push(...pruneLines(plan));
  return `${lines.join("\n")}\n`;
}

function actionLine(action: PlanAction): string {
  const sign = SIGN[action.kind];
  switch (action.kind) {
    case "create":
    case "update":
      return `${sign} ${action.entry.title}  ${action.kind === "create" ? "(new)" : "(changed)"}  ${previewAnswer(action.entry.messages)}`;
    case "rename": {
      const from = action.previous;
      const old = from.skill === action.entry.skill ? from.title : `${from.skill} / ${from.title}`;
      return `${sign} ${action.entry.title}  (renamed from "${old}", same ${action.matchedBy === "id" ? "id" : "file"}; the old entry stays on the platform until --prune)  ${previewAnswer(action.entry.messages)}`;
    }
    case "remove":
      return `${sign} ${action.previous.title}  (${removeReason(action)})`;
    case "unchanged":
      return `${sign} ${action.entry.title}`;
  }
}

function pruneLines(plan: Plan): string[] {
  const prune = plan.prune;
  if (!prune) return [];
  if (prune.removes.length === 0)
    return ["--prune: nothing to remove; the sync stays incremental."];
  const lines = [
    "",
    "!!! PRUNE: the whole bot's content will be REPLACED (batchimportskill mode 1) !!!",
    `!!! It removes ${prune.removes.length} entr${prune.removes.length === 1 ? "y" : "ies"} (${percent(prune.share)} of what faqops knows on the platform), keeps ${prune.keeps}, and also removes anything added by hand in the console. !!!`,
    ...prune.removes.map((e) => `  - ${e.skill} / ${e.title}`),
  ];
  if (prune.refusal) lines.push(`Refused: ${prune.refusal}`);
  return lines;
}

/** The plan as plain data for `--json` (unchanged entries only counted, to stay small). */
export function planJson(plan: Plan): unknown {
  return {
    summary: { ...plan.counts, writes: plan.writes, changes: planHasChanges(plan) },
    changes: plan.actions.flatMap((a): Record<string, unknown>[] => {
      switch (a.kind) {
        case "unchanged":
          return [];
        case "remove":
          return [
            {
              action: a.kind,
              skill: a.previous.skill,
              title: a.previous.title,
              source: a.previous.source,
              reason: a.reason,
              hash: a.previous.hash,
            },
          ];
        default:
          return [
            {
              action: a.kind,
              skill: a.entry.skill,
              title: a.entry.title,
              source: a.entry.source,
              ...(a.entry.id === undefined ? {} : { id: a.entry.id }),
              hash: a.hash,
              ...(a.kind === "create" ? {} : { previousHash: a.previous.hash }),
              ...(a.kind === "rename"
                ? {
                    from: { skill: a.previous.skill, title: a.previous.title },
                    matchedBy: a.matchedBy,
                  }
                : {}),
              questions: a.entry.questions,
              content: a.entry.content,
            },
          ];
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
            removes: plan.prune.removes.map((e) => ({ skill: e.skill, title: e.title })),
            keeps: plan.prune.keeps,
            share: plan.prune.share,
            refused: plan.prune.refusal ?? null,
          },
        }
      : {}),
  };
}
