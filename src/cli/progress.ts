/**
 * Apply's progress for people: a bar redrawn in place on a terminal, plain periodic lines
 * otherwise (CI logs), both fed by apply's events.
 */

import { plural } from "../plural.js";
import type { ApplyEvent } from "../sync/apply.js";
import type { Io } from "./io.js";

export interface ProgressReporter {
  readonly onEvent: (event: ApplyEvent) => void;
  /** Counts a retry (shown in the progress line). */
  readonly onRetry: () => void;
  /** Clears the bar so the summary starts on a clean line. */
  readonly end: () => void;
}

export interface ProgressOptions {
  /** How often to redraw: 100 ms on a terminal, 5 s in a log when not given. */
  readonly intervalMs?: number;
  /** The `--rate` cap: the shown rate never exceeds it (see `line`). */
  readonly rate?: number;
  /** The clock, in milliseconds; `Date.now` unless a test needs time it can set. */
  readonly now?: () => number;
}

/** Makes the reporter that fits the output: a bar on a TTY, a line every `intervalMs` otherwise. */
export function createProgress(io: Io, options: ProgressOptions = {}): ProgressReporter {
  const now = options.now ?? Date.now;
  let total = 0;
  let done = 0;
  let firstWrittenAt = 0;
  let failed = 0;
  let retries = 0;
  let lastDraw = 0;
  let drawn = false;
  let printedFinal = false;
  const intervalMs = options.intervalMs ?? (io.isTty ? 100 : 5_000);

  const line = (): string => {
    // Measured between the first and the latest confirmation: counting from the start (before
    // the first answer) overstates it. Answers arrive with jitter while requests leave evenly
    // spaced, so the measure is capped at --rate, which the requests never exceed.
    const seconds = (now() - firstWrittenAt) / 1000;
    const measured = done >= 2 && seconds > 0 ? (done - 1) / seconds : 0;
    const rate = Math.min(measured, options.rate ?? Number.POSITIVE_INFINITY);
    const left = rate > 0 ? Math.ceil((total - done - failed) / rate) : undefined;
    const pct = total === 0 ? 100 : Math.floor(((done + failed) / total) * 100);
    const parts = [
      `${done + failed}/${total} (${pct}%)`,
      `${done} written`,
      ...(failed ? [`${failed} failed`] : []),
      ...(retries ? [`${retries} retries`] : []),
      ...(rate > 0 ? [`${rate.toFixed(1)}/s`] : []),
      ...(left !== undefined && left > 0 ? [`about ${left} s left`] : []),
    ];
    return parts.join(", ");
  };
  const draw = (force = false) => {
    const at = now();
    if (!force && at - lastDraw < intervalMs) return;
    lastDraw = at;
    if (io.isTty) {
      const width = 24;
      const filled = total === 0 ? width : Math.round(((done + failed) / total) * width);
      io.stdout(`\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${line()}`);
      drawn = true;
    } else {
      io.stdout(`apply: ${line()}\n`);
      printedFinal = done + failed === total;
    }
  };
  const clear = () => {
    if (io.isTty && drawn) io.stdout("\r\x1b[2K");
    drawn = false;
  };

  return {
    onEvent(event) {
      switch (event.type) {
        case "start":
          total = event.total;
          lastDraw = io.isTty ? 0 : now(); // plain output: first line after one interval
          if (io.isTty) draw(true);
          else io.stdout(`apply: writing ${plural(total, "entry", "entries")}…\n`);
          break;
        case "written":
          if (done === 0) firstWrittenAt = now();
          done = event.done;
          draw(done === total);
          break;
        case "failed":
          failed++;
          clear();
          io.stderr(
            `failed: ${event.entry.path} (${event.entry.skill} / ${event.entry.title}): ${event.message}\n`,
          );
          draw(true);
          break;
        case "prune":
          io.stdout(
            `prune: replacing the bot's content with ${plural(event.keeps, "entry", "entries")} (removes ${event.removes})…\n`,
          );
          break;
        case "publish":
          clear();
          io.stdout(
            `publish: ${event.progress.progress}%${event.progress.status === 1 ? " (done)" : ""}\n`,
          );
          break;
        case "interrupted":
          clear();
          break;
      }
    },
    onRetry() {
      retries++;
    },
    end() {
      if (total > 0 && !io.isTty && !printedFinal) io.stdout(`apply: ${line()}\n`);
      clear();
    },
  };
}
