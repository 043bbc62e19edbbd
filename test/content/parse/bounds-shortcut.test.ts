/**
 * answerBounds skips its character-by-character count when withinSizeLimits says the text is
 * within every size limit for certain: on texts made to sit around each limit, whenever it
 * says so, the full count agrees, and it says so for the benchmark's answers.
 */
import { describe, expect, it } from "vitest";
import { entryFile } from "../../../bench/generate.js";
import {
  ANSWER_LIMITS,
  answerBounds,
  measure,
  withinSizeLimits,
} from "../../../src/content/parse/markdown-remark.js";
import { seededRandom } from "../../../src/seeded-random.js";

/** Whether measure finds every count within its limit. */
function measuredWithin(text: string): boolean {
  const size = measure(text);
  return (
    size.characters <= ANSWER_LIMITS.characters &&
    size.lines <= ANSWER_LIMITS.lines &&
    size.brackets <= ANSWER_LIMITS.brackets &&
    size.marks <= ANSWER_LIMITS.emphasisMarks
  );
}

describe("answerBounds' size shortcut", () => {
  it("never says within when the full count finds a limit passed", () => {
    const random = seededRandom(20_261_128);
    // Pieces each count can be pushed past its limit with, escapes and astral characters among them.
    const pieces = ["\n", "[", "*", "_", "\\*", "\\_", "\\[", "\\\n", "a", "问", "😀", "\\\\", " "];
    let within = 0;
    let passed = 0;
    for (let n = 0; n < 400; n++) {
      // Around one limit at a time: a run of one piece near it, in other text.
      const main = pieces[Math.floor(random() * pieces.length)]!;
      const count = 990 + Math.floor(random() * 30);
      let text = "";
      for (let i = 0; i < count; i++) {
        text += main;
        if (random() < 0.3) text += pieces[Math.floor(random() * pieces.length)];
      }
      if (random() < 0.2) text = text.repeat(Math.ceil(20_000 / Math.max(1, text.length)) + 1);
      const shortcut = withinSizeLimits(text);
      const full = measuredWithin(text);
      if (shortcut) expect(full, JSON.stringify(text.slice(0, 80))).toBe(true);
      if (shortcut) within++;
      if (!full) passed++;
    }
    // Both sides of the limits were reached.
    expect(within).toBeGreaterThan(50);
    expect(passed).toBeGreaterThan(50);
  });

  it("says within for any text shorter than every limit, and the full count agrees", () => {
    const shortest = Math.min(
      ANSWER_LIMITS.lines,
      ANSWER_LIMITS.brackets,
      ANSWER_LIMITS.emphasisMarks,
      ANSWER_LIMITS.characters,
    );
    for (const piece of ["\n", "[", "*", "_", "a\n"]) {
      for (let length = shortest - 3; length <= shortest + 1; length++) {
        const text = piece.repeat(length).slice(0, length);
        if (length < shortest) expect(withinSizeLimits(text)).toBe(true);
        expect(withinSizeLimits(text) && !measuredWithin(text), JSON.stringify(piece)).toBe(false);
      }
    }
  });

  it("is exact at each limit", () => {
    expect(withinSizeLimits("a\n".repeat(ANSWER_LIMITS.lines - 1))).toBe(true);
    expect(withinSizeLimits("a\n".repeat(ANSWER_LIMITS.lines))).toBe(false);
    expect(withinSizeLimits("[".repeat(ANSWER_LIMITS.brackets))).toBe(true);
    expect(withinSizeLimits("[".repeat(ANSWER_LIMITS.brackets + 1))).toBe(false);
    expect(withinSizeLimits("*".repeat(600) + "_".repeat(400))).toBe(true);
    expect(withinSizeLimits("*".repeat(600) + "_".repeat(401))).toBe(false);
    expect(withinSizeLimits("a".repeat(ANSWER_LIMITS.characters))).toBe(true);
    expect(withinSizeLimits("a".repeat(ANSWER_LIMITS.characters + 1))).toBe(false);
  });

  it("takes the benchmark's answers, and answerBounds still finds what measure finds", () => {
    for (let i = 0; i < 300; i++) {
      const { text } = entryFile(i, 10_000);
      const body = text.slice(text.indexOf("\n---\n", 4) + 5);
      expect(withinSizeLimits(body)).toBe(true);
    }
    const tooMany = "x\n".repeat(ANSWER_LIMITS.lines + 5);
    expect(answerBounds(tooMany).map((p) => p.ruleId)).toEqual(["answer-too-large"]);
    expect(answerBounds(`${"- ".repeat(25)}a\n`).map((p) => p.ruleId)).toEqual(["answer-too-deep"]);
  });
});
