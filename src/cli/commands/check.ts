/** `faqops check`: compile every entry, print every problem, exit 1 when there is an error. */
import type { Command } from "commander";
import { loadContent } from "../../content/index.js";
import { countDiagnostics } from "../../diagnostics.js";
import { resolveContentOptions } from "../../options.js";
import { renderDiagnostics, summary } from "../report.js";
import type { CommandContext } from "./index.js";
import { addContentOption } from "./shared-options.js";

/** Registers `faqops check`. */
export function registerCheck(program: Command, context: CommandContext): void {
  const command = program
    .command("check")
    .description("check every FAQ entry and print every problem found (exit 1 on any error)");
  addContentOption(command).action(
    async (flags: { content?: string; cache?: boolean; workers?: string }) => {
      const options = resolveContentOptions({ cwd: context.io.cwd, ...flags });
      const result = await loadContent(options);
      context.io.stdout(renderDiagnostics(result.diagnostics));
      context.io.stdout(`${summary(result.fileCount, result.diagnostics)}\n`);
      context.result.code = countDiagnostics(result.diagnostics).errors > 0 ? 1 : 0;
    },
  );
}
