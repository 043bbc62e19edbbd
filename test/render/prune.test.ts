/** A refused prune in words (src/render/prune.ts): the planner's numbers, the shells' flags. */
import { describe, expect, it } from "vitest";
import { PruneRefusedError } from "../../src/errors.js";
import { exitCodeFor } from "../../src/exit.js";
import { localizeText } from "../../src/i18n/index.js";
import { describeError } from "../../src/render/error.js";
import { pruneRefusalText, pruneRefusedText } from "../../src/render/prune.js";
import type { PruneRefusal } from "../../src/sync/plan.js";

const over: PruneRefusal = {
  reason: "over-limit",
  mode: "replace",
  removes: 3,
  known: 9,
  share: 1 / 3,
  max: 0.25,
};
const empties: PruneRefusal = { reason: "empties-bot", mode: "replace" };

describe("pruneRefusalText", () => {
  it("names the limit and the flag that lifts it", () => {
    expect(pruneRefusalText(over, "cli")).toBe(
      "it would remove 3 of the 9 entries faqops knows on the platform (33.3%), more than --prune-max 25%; add --force if that is intended.",
    );
    expect(pruneRefusalText(empties, "cli")).toBe(
      "the content has no entry to keep: a prune would empty the bot.",
    );
    expect(pruneRefusedText(empties, "cli")).toBe(
      "--prune refused: the content has no entry to keep: a prune would empty the bot.",
    );
  });

  it("says disable for v2's prune, which switches entries off rather than deleting them", () => {
    expect(pruneRefusalText({ ...over, mode: "disable" }, "cli")).toBe(
      "it would disable 3 of the 9 entries faqops knows on the platform (33.3%), more than --prune-max 25%; add --force if that is intended.",
    );
    expect(pruneRefusalText({ reason: "empties-bot", mode: "disable" }, "cli")).toBe(
      "the content has no entry to keep: a prune would switch off every entry faqops knows on the bot.",
    );
    expect(
      localizeText(`Refused: ${pruneRefusalText({ ...over, mode: "disable" }, "cli")}`, "zh-CN"),
    ).toBe(
      "已拒绝：它会停用 faqops 所知平台上 9 个条目中的 3 个（33.3%），超过了 --prune-max 25%；如果确实要这样，请加 --force。",
    );
  });

  it("names the action's inputs to the action", () => {
    expect(pruneRefusalText(over, "action")).toBe(
      "it would remove 3 of the 9 entries faqops knows on the platform (33.3%), more than the action's `prune-max` input (25%); set `force: true` if that is intended.",
    );
    expect(pruneRefusedText(empties, "action")).toBe(
      "`prune: true` refused: the content has no entry to keep: a prune would empty the bot.",
    );
  });

  it("reads in Chinese, as plan's `Refused:` line", () => {
    expect(localizeText(`Refused: ${pruneRefusalText(over, "cli")}`, "zh-CN")).toBe(
      "已拒绝：它会删除 faqops 所知平台上 9 个条目中的 3 个（33.3%），超过了 --prune-max 25%；如果确实要这样，请加 --force。",
    );
    expect(localizeText(`Refused: ${pruneRefusalText(empties, "cli")}`, "zh-CN")).toBe(
      "已拒绝：内容里没有要保留的条目：修剪会清空机器人。",
    );
    expect(localizeText(pruneRefusedText(over, "action"), "zh-CN")).toBe(
      "`prune: true` 被拒绝：它会删除 faqops 所知平台上 9 个条目中的 3 个（33.3%），超过了 Action 的 `prune-max` 输入（25%）；如果确实要这样，请设置 `force: true`。",
    );
  });
});

describe("PruneRefusedError", () => {
  const error = new PruneRefusedError(over);

  it("is worded by the shells' error renderer, in both languages, and exits 1 as before", () => {
    expect(describeError(error, "en", { form: "lines", audience: "cli" })).toBe(
      "faqops: --prune refused: it would remove 3 of the 9 entries faqops knows on the platform (33.3%), more than --prune-max 25%; add --force if that is intended.",
    );
    expect(describeError(error, "en", { form: "inline", audience: "action" })).toBe(
      pruneRefusedText(over, "action"),
    );
    expect(describeError(error, "en", { form: "inline", audience: "action" })).not.toMatch(
      /--[a-z]/,
    );
    expect(describeError(error, "zh-CN", { form: "lines", audience: "cli" })).toBe(
      "faqops：--prune 被拒绝：它会删除 faqops 所知平台上 9 个条目中的 3 个（33.3%），超过了 --prune-max 25%；如果确实要这样，请加 --force。",
    );
    expect(exitCodeFor(error)).toBe(1);
  });

  it("carries the refusal, not the flags' words", () => {
    expect(error.refusal).toBe(over);
    expect(error.message).not.toContain("--");
  });
});
