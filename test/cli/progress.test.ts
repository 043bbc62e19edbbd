import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { createProgress } from "../../src/cli/progress.js";
import { entry } from "../sync/helpers.js";

function captureIo(isTty: boolean): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    isTty,
    env: {},
    cwd: "/",
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
}

describe("apply progress", () => {
  it("draws a bar in place on a terminal", () => {
    const io = captureIo(true);
    const progress = createProgress(io, { intervalMs: 0 });
    progress.onEvent({ type: "start", total: 4 });
    for (let done = 1; done <= 4; done++) {
      progress.onEvent({ type: "written", entry: entry({ title: `t${done}` }), done, total: 4 });
    }
    progress.end();
    // Each frame returns to the line's start and clears it (ESC [2K) before drawing.
    const clear = "\r\x1b[2K";
    expect(io.out.every((frame) => frame.startsWith(clear))).toBe(true);
    expect(io.out[0]?.slice(clear.length)).toMatch(/^\[\.{24}\] 0\/4 \(0%\)/);
    expect(io.out.at(-2)?.slice(clear.length)).toMatch(/^\[#{24}\] 4\/4 \(100%\), 4 written/);
    expect(io.out.at(-1)).toBe(clear); // cleared for the summary
    expect(io.out.every((line) => !line.includes("\n"))).toBe(true);
  });

  it("prints plain lines in a log, failures on stderr, and the final count once", () => {
    const io = captureIo(false);
    const progress = createProgress(io, { intervalMs: 0 });
    progress.onEvent({ type: "start", total: 3 });
    progress.onEvent({ type: "written", entry: entry({ title: "a" }), done: 1, total: 3 });
    progress.onEvent({ type: "failed", entry: entry({ title: "b" }), message: "HTTP 500" });
    progress.onRetry();
    progress.onEvent({ type: "written", entry: entry({ title: "c" }), done: 2, total: 3 });
    progress.end();
    expect(io.out[0]).toBe("apply: writing 3 entries…\n");
    expect(io.out.every((line) => line.endsWith("\n") && !line.includes("\r"))).toBe(true);
    expect(io.out.filter((line) => line.startsWith("apply: 3/3 (100%)"))).toHaveLength(1);
    expect(io.out.at(-1)).toMatch(/2 written, 1 failed, 1 retries/);
    expect(io.err).toEqual(["failed: content/账户/b.md (账户 / b): HTTP 500\n"]);
  });

  it("says how many entries a prune keeps, one entry as one", () => {
    const io = captureIo(false);
    const progress = createProgress(io, { intervalMs: 0 });
    progress.onEvent({ type: "prune", keeps: 1, removes: 3 });
    progress.onEvent({ type: "prune", keeps: 120, removes: 1 });
    expect(io.out).toEqual([
      "prune: replacing the bot's content with 1 entry (removes 3)…\n",
      "prune: replacing the bot's content with 120 entries (removes 1)…\n",
    ]);
  });

  it("never shows a rate above --rate: it is measured between confirmations, and capped", () => {
    const io = captureIo(false);
    let clock = 1_000_000;
    const progress = createProgress(io, { intervalMs: 0, rate: 5, now: () => clock });
    progress.onEvent({ type: "start", total: 50 });
    // Fifty confirmations a millisecond apart: measured as they come, that is 1,000 a second.
    for (let done = 1; done <= 50; done++) {
      clock += 1;
      progress.onEvent({ type: "written", entry: entry({ title: `t${done}` }), done, total: 50 });
    }
    progress.end();
    const rates = io.out.flatMap((line) => {
      const m = /, (\d+\.\d)\/s/.exec(line);
      return m ? [Number(m[1])] : [];
    });
    expect(rates).toHaveLength(49); // from the second confirmation on
    expect(new Set(rates)).toEqual(new Set([5]));
  });

  it("measures the rate from the first confirmation, not from the start", () => {
    const io = captureIo(false);
    let clock = 0;
    const progress = createProgress(io, { intervalMs: 0, rate: 100, now: () => clock });
    progress.onEvent({ type: "start", total: 5 });
    clock = 10_000; // the first answer comes late: a slow connection, not a slow rate
    progress.onEvent({ type: "written", entry: entry({ title: "t1" }), done: 1, total: 5 });
    clock += 500;
    progress.onEvent({ type: "written", entry: entry({ title: "t2" }), done: 2, total: 5 });
    expect(io.out.at(-1)).toBe("apply: 2/5 (40%), 2 written, 2.0/s, about 2 s left\n");
  });

  it("shows no rate while confirmations share one instant", () => {
    const io = captureIo(false);
    const progress = createProgress(io, { intervalMs: 0, rate: 5, now: () => 42 });
    progress.onEvent({ type: "start", total: 3 });
    for (let done = 1; done <= 3; done++) {
      progress.onEvent({ type: "written", entry: entry({ title: `t${done}` }), done, total: 3 });
    }
    progress.end();
    expect(io.out.at(-1)).toBe("apply: 3/3 (100%), 3 written\n");
  });
});
