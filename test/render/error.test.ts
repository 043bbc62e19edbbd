/** Failures in words (src/render/error.ts): the CLI's lines and the Action's sentence. */
import { describe, expect, it } from "vitest";
import { InternalError, UsageError } from "../../src/errors.js";
import { bugFrames, describeError } from "../../src/render/error.js";

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

  it("reports a bug as one, with where it happened: its frames, the whole stack when asked", () => {
    const bug = new InternalError("cannot happen");
    const frames = bug.stack!.split("\n").filter((line) => /^\s+at /.test(line));
    expect(frames.length).toBeGreaterThan(2);
    expect(describeError(bug, "en", { form: "lines", audience: "cli", debug: false })).toBe(
      [
        "faqops: internal error: cannot happen",
        ...frames.slice(0, 12).map((line) => `    ${line.trim()}`),
        "hint: this is a bug in faqops; please report it with the lines above.",
      ].join("\n"),
    );
    expect(
      describeError(new TypeError("x"), "en", { form: "inline", audience: "action", debug: false }),
    ).toBe("internal error: x — this is a bug in faqops; please report it.");
    const withStack = describeError(bug, "en", { form: "lines", audience: "cli", debug: true });
    expect(withStack).toContain(`\n${bug.stack}\n`);
    expect(
      describeError(bug, "zh-CN", { form: "inline", audience: "action", debug: false }),
    ).not.toContain("this is a bug");
    const zh = describeError(bug, "zh-CN", { form: "lines", audience: "cli", debug: false });
    expect(zh.split("\n").at(-1)).toBe("提示：这是 faqops 的缺陷，请连同上面几行一起报告它。");
    expect(zh).toContain(`\n    ${frames[0]!.trim()}\n`);
  });

  it("shows the frames that end a bug's stack, never the message's lines, even one like a frame", () => {
    const bug = new TypeError("bad url\n    at https://example.com/cgi-bin/abc123");
    const frames = bugFrames(bug);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.join("\n")).not.toContain("abc123");
    expect(frames.every((f) => f.startsWith("at "))).toBe(true);
    // A message changed since the stack was made: no frame rather than a guess.
    bug.message = "bad url (redacted)";
    expect(bugFrames(bug)).toEqual([]);
    const text = describeError(bug, "en", { form: "lines", audience: "cli", debug: false });
    expect(text).not.toContain("abc123");
    // No message: the frames follow the name's line.
    expect(bugFrames(new Error("")).length).toBeGreaterThan(0);
    expect(bugFrames(new Error("")).every((f) => f.startsWith("at "))).toBe(true);
    expect(bugFrames("a string")).toEqual([]);
  });
});
