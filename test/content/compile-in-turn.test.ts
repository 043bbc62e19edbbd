/**
 * compileInTurn (compile-job.ts): files read READ_AHEAD at a time, then compiled, each from its
 * own bytes and handed on in order; a file that cannot be read is its own diagnostic only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type CompiledJob,
  type CompileJob,
  compileInTurn,
  READ_AHEAD,
  READ_AHEAD_BYTES,
} from "../../src/content/compile-job.js";

const dir = mkdtempSync(path.join(tmpdir(), "faqops-in-turn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `count` entry files under 账户/, the one at `missing` (if any) never written. */
function jobs(count: number, missing?: number): CompileJob[] {
  const folder = path.join(dir, String(count), "账户");
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const source = `账户/问题${i}.md`;
    const absolute = path.join(folder, `问题${i}.md`);
    if (i !== missing) {
      writeFileSync(absolute, `---\ntitle: 问题${i}\n---\n答案${i}：第 ${i} 个。\n`);
    }
    return { source, path: `content/${source}`, absolute, regular: true, stamp: true };
  });
}

function run(list: CompileJob[]): { index: number; compiled: CompiledJob }[] {
  const out: { index: number; compiled: CompiledJob }[] = [];
  compileInTurn({ count: list.length, at: (k) => list[k]! }, (index, compiled) =>
    out.push({ index, compiled }),
  );
  return out;
}

describe("compileInTurn", () => {
  // Around the batch's edges: none, one, a batch less one, a batch, a batch and one, 2.5 batches.
  const counts = [
    0,
    1,
    READ_AHEAD - 1,
    READ_AHEAD,
    READ_AHEAD + 1,
    READ_AHEAD * 2 + READ_AHEAD / 2,
  ];

  it.each(counts)("hands on %i files in order, each compiled from its own bytes", (count) => {
    const out = run(jobs(count));
    expect(out.map((o) => o.index)).toEqual([...Array(count).keys()]);
    out.forEach(({ index, compiled }) => {
      expect(compiled.result.source).toBe(`账户/问题${index}.md`);
      expect(compiled.result.entry?.title).toBe(`问题${index}`);
      expect(compiled.result.entry?.messages).toEqual([`答案${index}：第 ${index} 个。`]);
      expect(compiled.stamp?.[0]).toBe(compiled.size);
    });
  });

  it("makes a file that went away its own diagnostic, and compiles the others", () => {
    const out = run(jobs(READ_AHEAD + 5, READ_AHEAD + 2));
    const broken = out.filter((o) => o.compiled.result.entry === undefined);
    expect(broken.map((o) => o.index)).toEqual([READ_AHEAD + 2]);
    expect(broken[0]!.compiled.result.diagnostics.map((d) => d.ruleId)).toEqual([
      "file-unreadable",
    ]);
    expect(out).toHaveLength(READ_AHEAD + 5);
  });

  /** compileInTurn over `list`, as the order in which files were read and compiled. */
  function events(list: CompileJob[]): string[] {
    const out: string[] = [];
    const at = (k: number) => {
      out.push(`read ${k}`);
      return list[k]!;
    };
    compileInTurn({ count: list.length, at }, (k) => out.push(`compiled ${k}`));
    return out;
  }

  it("reads a batch before compiling it, and ends a batch at READ_AHEAD_BYTES", () => {
    // Three files of 60% of the byte budget among small ones: a batch ends after the second
    // large file is read, whatever the count.
    const list = jobs(8);
    const large = `---\ntitle: 大文件\n---\n${"答".repeat(Math.ceil((0.6 * READ_AHEAD_BYTES) / 3))}\n`;
    for (const k of [1, 3, 5]) writeFileSync(list[k]!.absolute, large);
    expect(events(list).join(", ")).toBe(
      [
        "read 0, read 1, read 2, read 3",
        "compiled 0, compiled 1, compiled 2, compiled 3",
        "read 4, read 5, read 6, read 7",
        "compiled 4, compiled 5, compiled 6, compiled 7",
      ].join(", "),
    );
  });

  it("reads READ_AHEAD small files before compiling the first", () => {
    const order = events(jobs(READ_AHEAD + 2));
    expect(order.indexOf("compiled 0")).toBe(READ_AHEAD);
    expect(order.indexOf(`read ${READ_AHEAD}`)).toBe(2 * READ_AHEAD);
  });
});
