/** Why an entry failed, in words (src/render/apply.ts failureText): the core gives the reason. */
import { describe, expect, it } from "vitest";
import { localizeText } from "../../src/i18n/index.js";
import { failureText } from "../../src/render/apply.js";
import { entry } from "../sync/helpers.js";

const e = entry({ title: "旧问题" });

describe("failureText", () => {
  it("keeps an error's message as it is", () => {
    for (const audience of ["cli", "action"] as const) {
      expect(
        failureText({ kind: "error", entry: e, message: "setautoreply: busy." }, audience),
      ).toBe("setautoreply: busy.");
    }
  });

  it("words a disable that could not be sent, with the flags that take the entry off instead", () => {
    const failure = { kind: "cannot-disable", entry: e, why: "not in a Git repository" } as const;
    const text = failureText(failure, "cli");
    expect(text).toBe(
      "not disabled, it stays on the bot: cannot be disabled: its last synced version is not in Git (not in a Git repository), and a disable must carry its questions and answer; commit that version, or take it off with --prune --replace-all.",
    );
    expect(localizeText(`  ${e.path} (${e.skill} / ${e.title}): ${text}`, "zh-CN")).toBe(
      `  ${e.path}（${e.skill} / ${e.title}）：没有停用，它仍留在机器人上：无法停用：它上次同步的版本不在 Git 中（不在 Git 仓库中），而停用时必须带上它的相似问法和答案；请提交那个版本，或用 --prune --replace-all 把它移除。`,
    );
    // The action's inputs, to the action.
    const action = failureText(failure, "action");
    expect(action).toBe(
      "not disabled, it stays on the bot: cannot be disabled: its last synced version is not in Git (not in a Git repository), and a disable must carry its questions and answer; commit that version, or take it off with `prune: true` and `replace-all: true`.",
    );
    expect(localizeText(`  ${e.path} (${e.skill} / ${e.title}): ${action}`, "zh-CN")).toBe(
      `  ${e.path}（${e.skill} / ${e.title}）：没有停用，它仍留在机器人上：无法停用：它上次同步的版本不在 Git 中（不在 Git 仓库中），而停用时必须带上它的相似问法和答案；请提交那个版本，或用 \`prune: true\` 和 \`replace-all: true\` 把它移除。`,
    );
  });
});
