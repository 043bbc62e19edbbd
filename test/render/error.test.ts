/** Failures in words (src/render/error.ts): the CLI's lines and the Action's sentence. */
import { describe, expect, it } from "vitest";
import { InternalError, UsageError } from "../../src/errors.js";
import { describeError } from "../../src/render/error.js";

const usage = new UsageError("--rate must be a number.", { hint: "try --rate 5." });

describe("describeError", () => {
  it("gives the CLI a message line and a hint line", () => {
    expect(describeError(usage, "en", { form: "lines", audience: "cli" })).toBe(
      "faqops: --rate must be a number.\nhint: try --rate 5.",
    );
    expect(describeError(new UsageError("no hint"), "en", { form: "lines", audience: "cli" })).toBe(
      "faqops: no hint",
    );
  });

  it("gives the Action one sentence, the hint in parentheses", () => {
    expect(describeError(usage, "en", { form: "inline", audience: "action" })).toBe(
      "--rate must be a number. (hint: try --rate 5.)",
    );
  });

  it("reports a bug as one, with its stack only when asked", () => {
    const bug = new InternalError("cannot happen");
    expect(describeError(bug, "en", { form: "lines", audience: "cli", debug: false })).toBe(
      "faqops: internal error: cannot happen\nhint: this is a bug in faqops; set FAQOPS_DEBUG=1 for details and report it.",
    );
    expect(
      describeError(new TypeError("x"), "en", { form: "inline", audience: "action", debug: false }),
    ).toBe("internal error: x — this is a bug in faqops; please report it.");
    const withStack = describeError(bug, "en", { form: "lines", audience: "cli", debug: true });
    expect(withStack).toContain(`\n${bug.stack}\n`);
    expect(
      describeError(bug, "zh-CN", { form: "inline", audience: "action", debug: false }),
    ).not.toContain("this is a bug");
  });
});
