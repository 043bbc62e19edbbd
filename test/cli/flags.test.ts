/**
 * The README's flags, held to the commands' registered options: every flag the README gives a
 * command is accepted by it, and every flag a command accepts is in the README (the shared
 * table, or the command's line in "Commands"), so the two cannot drift apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { createProgram } from "../../src/cli/main.js";

const repo = path.resolve(import.meta.dirname, "../..");
const readme = readFileSync(path.join(repo, "README.md"), "utf8");

const { program } = createProgram({
  stdout: () => {},
  stderr: () => {},
  isTty: false,
  env: {},
  cwd: repo,
});

/** The long flags a command accepts, hidden ones (test switches) aside. */
function flagsOf(name: string): string[] {
  const command = program.commands.find((c: Command) => c.name() === name);
  if (!command) throw new Error(`no command ${name}`);
  return command.options.filter((o) => !o.hidden).flatMap((o) => (o.long ? [o.long] : []));
}

/** A Markdown table row's cells, trimmed. */
function cells(line: string): string[] {
  return line
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

/** The shared flags table: its commands, and for each flag the commands ticked. */
function sharedTable(): { commands: string[]; rows: Map<string, Set<string>> } {
  const lines = readme.split("\n");
  const head = lines.findIndex((line) => line.startsWith("| flag |"));
  expect(head).toBeGreaterThan(0);
  const commands = cells(lines[head] ?? "")
    .slice(1)
    .map((c) => c.replaceAll("`", ""));
  const rows = new Map<string, Set<string>>();
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith("|")) break;
    const [first = "", ...ticks] = cells(line);
    const flag = /^`(--[a-z-]+)/.exec(first)?.[1];
    if (!flag) throw new Error(`a row without a flag: ${line}`);
    rows.set(flag, new Set(commands.filter((_, i) => ticks[i] === "✓")));
  }
  return { commands, rows };
}

/** The flags in a command's line of the "Commands" table (`faqops plan [--json] …`). */
function synopsisFlags(name: string): string[] {
  const line = readme.split("\n").find((l) => l.startsWith(`| \`faqops ${name}`));
  if (!line) throw new Error(`no line for ${name} in the Commands table`);
  const synopsis = /^\| `([^`]*)`/.exec(line)?.[1] ?? "";
  return [...synopsis.matchAll(/--[a-z-]+/g)].map((m) => m[0]);
}

describe("the README's flags", () => {
  const { commands, rows } = sharedTable();

  it("cover the commands that read content or talk to the platform", () => {
    expect(commands).toEqual(["check", "compile", "plan", "apply", "publish", "preview"]);
    // The tests below loop over these rows: an empty table would pass them all.
    expect(rows.size).toBeGreaterThan(5);
  });

  it("tick a command exactly when it accepts the flag", () => {
    for (const [flag, ticked] of rows) {
      for (const command of commands) {
        expect
          .soft(flagsOf(command).includes(flag), `${command} ${flag}`)
          .toBe(ticked.has(command));
      }
    }
  });

  it("name only flags the command accepts in its line of the Commands table", () => {
    for (const command of commands) {
      for (const flag of synopsisFlags(command)) {
        expect.soft(flagsOf(command), `${command} ${flag}`).toContain(flag);
      }
    }
  });

  it("document every flag each command accepts", () => {
    for (const command of commands) {
      const documented = new Set([
        ...synopsisFlags(command),
        ...[...rows].filter(([, ticked]) => ticked.has(command)).map(([flag]) => flag),
      ]);
      expect(
        flagsOf(command).filter((flag) => !documented.has(flag)),
        `${command}'s flags missing from README.md`,
      ).toEqual([]);
    }
  });
});
