/** The compact keys the rules across entries read: what goes in comes out, in any order. */
import { describe, expect, it } from "vitest";
import type { EntryKeys } from "../../src/content/compile.js";
import { KeyKind, KeyTable } from "../../src/content/key-table.js";

function keysOf(n: number): EntryKeys {
  return {
    skill: { text: `技能${n}`, line: 1, column: 1, fromFolder: n % 2 === 0 },
    title: { text: `标题${n}`, line: 2, column: 8 },
    questions: [0, 1, 2].map((i) => ({ text: `问题${n}-${i}`, line: 3 + i, column: 5 })),
    draft: n % 3 === 0,
    asks: [{ text: `问${n}`, line: 100_000 + n, column: 70_000 }],
    ...(n % 5 === 0 && { id: { text: `id-${n}`, line: 7, column: 5 } }),
  };
}

describe("KeyTable", () => {
  it("gives back each file's keys, set out of order and past its first capacity", () => {
    const count = 500;
    const table = new KeyTable(count);
    for (let n = count - 1; n >= 0; n -= 2) table.set(n, `content/${n}.md`, keysOf(n));
    expect(table.has(0)).toBe(false);
    for (let n = count - 2; n >= 0; n -= 2) table.set(n, `content/${n}.md`, keysOf(n));
    for (let n = 0; n < count; n++) {
      const keys = keysOf(n);
      expect(table.has(n)).toBe(true);
      expect(table.path(n)).toBe(`content/${n}.md`);
      expect(table.draft(n)).toBe(keys.draft);
      const skill = table.one(n, KeyKind.skill)!;
      expect(table.text(skill)).toBe(keys.skill!.text);
      expect(table.fromFolder(skill)).toBe(keys.skill!.fromFolder);
      expect(table.position(table.one(n, KeyKind.title)!)).toEqual({ line: 2, column: 8 });
      const questions = table.keys(n, KeyKind.question);
      expect(questions.map((q) => table.text(q))).toEqual(keys.questions.map((q) => q.text));
      expect(questions.map((q) => table.position(q))).toEqual(
        keys.questions.map(({ line, column }) => ({ line, column })),
      );
      const [ask] = table.keys(n, KeyKind.ask);
      expect(table.position(ask!)).toEqual({ line: 100_000 + n, column: 70_000 });
      const id = table.one(n, KeyKind.id);
      expect(id === undefined ? undefined : table.text(id)).toBe(keys.id?.text);
      expect(table.keys(n, KeyKind.target)).toEqual([]);
    }
  });
});
