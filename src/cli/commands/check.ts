/**
 * `faqops check [PATH…]`: compile every entry, print every problem (of the files under PATH, when
 * given), exit 1 when there is an error.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { loadProject, projectContentOptions } from "../../config/project.js";
import { findEntryFiles } from "../../content/files.js";
import { loadContent } from "../../content/load.js";
import { countDiagnostics, sortDiagnostics } from "../../diagnostics.js";
import { UsageError } from "../../errors.js";
import { exitCodeForProblems } from "../../exit.js";
import { isInside } from "../../fs/links.js";
import { displayPath } from "../../options/paths.js";
import { choiceValue, type RawValue } from "../../options/values.js";
import { DIAGNOSTIC_FORMATS, formatReport } from "../report.js";
import { findProjectRoot } from "../root.js";
import type { CommandContext } from "./index.js";
import { addContentOption, addFormatOption } from "./shared-options.js";

/** Registers `faqops check`. */
export function registerCheck(program: Command, context: CommandContext): void {
  const command = program
    .command("check")
    .argument(
      "[paths...]",
      "files or folders in the content folder to report on (default: all); every entry is still read, for the rules across entries",
    )
    .description(
      "check every FAQ entry and print every problem found (exit 1 on any error); with paths, only the problems in those files",
    );
  addContentOption(command);
  addFormatOption(command, "");
  command.action(async (paths: string[], flags: Record<string, RawValue>) => {
    const { io } = context;
    const { format: formatFlag, ...content } = flags;
    const format = choiceValue("format", formatFlag, DIAGNOSTIC_FORMATS, "text");
    const project = await loadProject(findProjectRoot(io.cwd).dir, io.cwd);
    const options = projectContentOptions(project, io, content);
    // Every file is loaded even with paths: duplicates, conflicts and `:ask` targets are rules
    // across entries, and a file is only right or wrong next to all the others. (Loaded first,
    // so a missing content folder is reported as that, not as paths outside it.)
    const loaded = await loadContent(options);
    // faqops.config.yaml's problems are always reported: they decide what every target takes.
    const result = {
      ...loaded,
      diagnostics: sortDiagnostics([...project.diagnostics, ...loaded.diagnostics]),
    };
    const only = await resolvePaths(paths, io.cwd, options.contentDir);
    const report =
      only === undefined
        ? { diagnostics: result.diagnostics, files: result.fileCount, root: options.cwd }
        : {
            diagnostics: result.diagnostics.filter(
              (d) =>
                project.diagnostics.includes(d) || isUnder(path.resolve(options.cwd, d.file), only),
            ),
            files: (await findEntryFiles(options.contentDir)).filter((source) =>
              isUnder(path.join(options.contentDir, ...source.split("/")), only),
            ).length,
            root: options.cwd,
          };
    io.stdout(formatReport(io, "stdout", report, { format, summary: true }));
    context.result.code = exitCodeForProblems(countDiagnostics(report.diagnostics).errors);
  });
}

/**
 * The absolute paths of `paths` (relative to `cwd`), each an existing file or folder in the
 * content folder; undefined when none are given.
 */
async function resolvePaths(
  paths: readonly string[],
  cwd: string,
  contentDir: string,
): Promise<string[] | undefined> {
  if (paths.length === 0) return undefined;
  const resolved: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (!isInside(contentDir, absolute)) {
      throw new UsageError(
        `${given} is not in the content folder (${displayPath(cwd, contentDir)}); check reports on files and folders in it.`,
        { hint: "give paths under the content folder, or name another folder with --content DIR" },
      );
    }
    if (!(await stat(absolute).catch(() => undefined))) {
      throw new UsageError(`${given} does not exist.`, {
        hint: "paths are relative to the working directory",
      });
    }
    resolved.push(absolute);
  }
  return resolved;
}

/** True when `file` is one of `paths` or inside one of them. */
function isUnder(file: string, paths: readonly string[]): boolean {
  return paths.some((p) => isInside(p, file));
}
