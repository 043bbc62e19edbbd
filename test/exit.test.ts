/** The one exit-code map both shells use (src/exit.ts), and what counts as a bug. */
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  ContentError,
  FaqopsError,
  InternalError,
  UsageError,
} from "../src/errors.js";
import {
  EXIT_CODES,
  exitCodeFor,
  exitCodeForApply,
  exitCodeForPlan,
  exitCodeForProblems,
  isBug,
} from "../src/exit.js";
import { PlatformError } from "../src/platform/errors.js";

describe("exit codes", () => {
  it("are 0, 1, 2 and 130", () => {
    expect(EXIT_CODES).toEqual({ success: 0, failure: 1, changes: 2, interrupted: 130 });
  });

  it("exit 1 for every failure, bugs included", () => {
    const failures = [
      new UsageError("bad flag"),
      new ConfigError("no credentials"),
      new ContentError("3 errors"),
      new PlatformError("setautoreply: refused", { action: "setautoreply", kind: "fatal" }),
      new InternalError("cannot happen"),
      new TypeError("x is undefined"),
      "a string thrown",
      undefined,
      new CommanderError(1, "commander.unknownOption", "error: unknown option '--nope'"),
    ];
    for (const failure of failures) expect(exitCodeFor(failure)).toBe(1);
  });

  it("exit 0 when commander ends --help or --version", () => {
    expect(exitCodeFor(new CommanderError(0, "commander.helpDisplayed", "(outputHelp)"))).toBe(0);
    expect(exitCodeFor(new CommanderError(0, "commander.version", "1.0.0"))).toBe(0);
    // Not commander's: an exitCode of 0 on any other error is still a failure.
    expect(exitCodeFor(Object.assign(new Error("x"), { code: "EOTHER", exitCode: 0 }))).toBe(1);
  });

  it("map an apply run's outcome: done 0, interrupted 130, anything else 1", () => {
    expect(exitCodeForApply("done")).toBe(0);
    expect(exitCodeForApply("nothing-to-do")).toBe(0);
    expect(exitCodeForApply("interrupted")).toBe(130);
    expect(exitCodeForApply("partial")).toBe(1);
    expect(exitCodeForApply("fatal")).toBe(1);
  });

  it("give plan 2 only when --exit-code asked and there are changes", () => {
    expect(exitCodeForPlan({ exitCode: true, changes: true })).toBe(2);
    expect(exitCodeForPlan({ exitCode: true, changes: false })).toBe(0);
    expect(exitCodeForPlan({ exitCode: false, changes: true })).toBe(0);
  });

  it("give a command 1 when it found problems (content errors, rows left out), else 0", () => {
    expect(exitCodeForProblems(0)).toBe(0);
    expect(exitCodeForProblems(1)).toBe(1);
    expect(exitCodeForProblems(37)).toBe(1);
  });
});

describe("isBug", () => {
  it("is true for an InternalError and for anything faqops did not throw on purpose", () => {
    expect(isBug(new InternalError("cannot happen"))).toBe(true);
    expect(isBug(new TypeError("x is undefined"))).toBe(true);
    expect(isBug("a string")).toBe(true);
    expect(isBug(new UsageError("bad flag"))).toBe(false);
    expect(isBug(new FaqopsError("known"))).toBe(false);
  });
});
