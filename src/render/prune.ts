/**
 * A refused prune in words (sync/plan.ts PruneRefusal): the planner gives the numbers, the
 * shells' words name their flags (`--prune-max`, `--force`) or inputs (`prune-max`, `force`).
 * Kept apart from plan.ts so that the error renderer, which every run loads, stays small. Pure.
 */
import type { PruneRefusal } from "../sync/plan.js";
import { type Audience, percent } from "./words.js";

/**
 * Why a prune was refused, in the words of who reads it (the CLI's flags, the action's inputs):
 * the one wording of a refusal, shown by plan, the action's summary and `--prune refused: …`
 * (pruneRefusedText).
 */
export function pruneRefusalText(refusal: PruneRefusal, audience: Audience): string {
  switch (refusal.reason) {
    case "empties-bot":
      return refusal.mode === "disable"
        ? "the content has no entry to keep: a prune would switch off every entry faqops knows on the bot."
        : "the content has no entry to keep: a prune would empty the bot.";
    case "over-limit": {
      // v2 switches drift off (reversibly); a replace deletes it.
      const verb = refusal.mode === "disable" ? "disable" : "remove";
      const removes = `it would ${verb} ${refusal.removes} of the ${refusal.known} entries faqops knows on the platform (${percent(refusal.share)})`;
      return audience === "action"
        ? `${removes}, more than the action's \`prune-max\` input (${percent(refusal.max)}); set \`force: true\` if that is intended.`
        : `${removes}, more than --prune-max ${percent(refusal.max)}; add --force if that is intended.`;
    }
  }
}

/**
 * The failure of a refused prune: `--prune refused: …`, or for the action `` `prune: true`
 * refused: … `` (render/error.ts, the action's plan).
 */
export function pruneRefusedText(refusal: PruneRefusal, audience: Audience): string {
  const prune = audience === "action" ? "`prune: true`" : "--prune";
  return `${prune} refused: ${pruneRefusalText(refusal, audience)}`;
}
