/**
 * `faqops init`: sets faqops up in an existing repository — the content folder with an example
 * and a guide for editors, the GitHub workflow, editor validation of front matter, and the
 * cache's .gitignore line. Creates only what is missing; never overwrites a file.
 */
import { statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { stringValue } from "../../options/values.js";
import type { CommandContext } from "./index.js";

/** Registers `faqops init`. */
export function registerInit(program: Command, context: CommandContext): void {
  program
    .command("init")
    .description(
      "set faqops up in this repository: content/ with an example entry and a guide for editors, the GitHub workflow, front matter checks in the editor, and .gitignore; creates only missing files, never overwrites one",
    )
    .option("--dir <dir>", "the repository's folder (default: the current folder)")
    .action(async (flags: { dir?: string }) => {
      const { io } = context;
      const dir = path.resolve(io.cwd, stringValue("dir", flags.dir) ?? ".");
      if (!isDirectory(dir)) {
        throw new UsageError(`--dir: ${dir} is not a folder`, {
          hint: "run faqops init in the repository, or give --dir an existing folder",
        });
      }
      // Loaded here, not at start-up: init takes the front matter's schema and its writer.
      const [{ applyInit, readRepoState }, { planInit }, { renderNextSteps, renderSteps }] =
        await Promise.all([
          import("../../init/disk.js"),
          import("../../init/plan.js"),
          import("../../init/render.js"),
        ]);
      const plan = planInit(readRepoState(dir));
      for (const warning of plan.warnings) io.stderr(`faqops: warning: ${warning}\n`);
      const done = await applyInit(dir, plan);
      io.stdout(`faqops init in ${dir}:\n${renderSteps(done)}${renderNextSteps(done)}`);
    });
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
