/**
 * `--format github`: one workflow command a diagnostic (`::error file=…,line=…,col=…::…`), which
 * a GitHub Actions runner turns into an annotation on the file's line in the run and the pull
 * request. Pure.
 */
import type { Diagnostic } from "../diagnostics.js";

/**
 * The workflow commands for `diagnostics`, whose paths are relative to the repository root (the
 * runner resolves them from the workspace), one line each, in the order given. Properties are
 * written in @actions/core's order (title, file, line, col), so the lines are byte for byte
 * what `core.error(message, properties)` prints (a test holds it to that).
 */
export function diagnosticsGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `title=${escapeProperty(`faqops ${d.ruleId}`)}`,
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
      ].join(",");
      return `::${d.severity} ${properties}::${escapeData(d.message)}\n`;
    })
    .join("");
}

/**
 * A command's message, escaped as the runner unescapes it (actions/toolkit, command.ts):
 * `%`, CR and LF as `%25`, `%0D`, `%0A`, so a message stays one command line.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property's value: escaped as a message, and `:` and `,`, which end it, as `%3A`, `%2C`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
