/** `faqops compile`: show what each entry compiles to, as a listing or as JSON. */
import type { Command } from "commander";
import { loadProject, projectContentOptions } from "../../config/project.js";
import { loadContent } from "../../content/load.js";
import type { CompiledEntry, EntryWithAnswer } from "../../content/types.js";
import { countDiagnostics, sortDiagnostics } from "../../diagnostics.js";
import { EXIT_CODES } from "../../exit.js";
import { formatReport } from "../report.js";
import { findProjectRoot } from "../root.js";
import type { CommandContext } from "./index.js";
import { addContentOption } from "./shared-options.js";

/** Registers `faqops compile`. */
export function registerCompile(program: Command, context: CommandContext): void {
  const command = program
    .command("compile")
    .description(
      "compile every FAQ entry and print what would be sent (nothing when any has an error)",
    )
    .option("--json", "print a JSON array of entries, sorted by source");
  addContentOption(command).action(
    async (flags: { content?: string; cache?: boolean; workers?: string; json?: boolean }) => {
      const { io } = context;
      const { json, ...content } = flags;
      const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
      const options = projectContentOptions(project, io, content);
      const loaded = await loadContent(options);
      const result = {
        ...loaded,
        diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics]),
      };
      // Diagnostics go to stderr so stdout stays clean JSON (or a clean listing).
      const errors = countDiagnostics(result.diagnostics).errors > 0;
      io.stderr(
        formatReport(
          io,
          "stderr",
          { diagnostics: result.diagnostics, files: result.fileCount, root: options.cwd },
          { format: "text", summary: errors },
        ),
      );
      if (errors) {
        context.result.code = EXIT_CODES.failure;
        return;
      }
      // Every answer is printed, so every one is read.
      const withAnswer = (entry: CompiledEntry): EntryWithAnswer => ({
        ...entry,
        ...result.answers.read(entry),
      });
      io.stdout(
        json
          ? `${JSON.stringify(result.entries.map(withAnswer), null, 2)}\n`
          : result.entries.map((entry) => renderEntry(withAnswer(entry))).join("\n"),
      );
    },
  );
}

/** One entry as readable text: its keys, then each message (cards as their JSON). */
export function renderEntry(entry: EntryWithAnswer): string {
  const lines = [
    `${entry.source}${entry.draft ? " (draft: not synced)" : ""}`,
    `  skill: ${entry.skill}`,
    `  title: ${entry.title}`,
  ];
  for (const q of entry.questions) lines.push(`  question: ${q}`);
  if (entry.id !== undefined) lines.push(`  id: ${entry.id}`);
  entry.messages.forEach((message, i) => {
    const label = entry.messages.length > 1 ? `  message ${i + 1}:` : "  answer:";
    const text = typeof message === "string" ? message : JSON.stringify(message);
    lines.push(label, ...text.split("\n").map((line) => (line === "" ? "" : `    ${line}`)));
  });
  return `${lines.join("\n")}\n`;
}
