/** Loading what plan and apply need, refusing content with errors. */

import { countDiagnostics } from "../diagnostics.js";
import { ContentError } from "../errors.js";
import type { SyncOptions } from "../options.js";
import { lockNotes } from "../render/plan.js";
import { loadSyncInputs, type SyncInputs } from "../sync/index.js";
import type { Io } from "./io.js";
import { type DiagnosticFormat, formatReport, plural } from "./report.js";

/**
 * Loads the content and lockfile, printing the diagnostics to stderr in `format`. Content with
 * errors is refused as a whole: a file with an error yields no entry, and a missing entry would
 * look like a deletion.
 */
export async function loadCheckedInputs(
  io: Io,
  options: SyncOptions,
  format: DiagnosticFormat = "text",
): Promise<SyncInputs> {
  const inputs = await loadSyncInputs(options);
  const { diagnostics, fileCount } = inputs.content;
  io.stderr(
    formatReport(io, "stderr", { diagnostics, files: fileCount, root: options.cwd }, { format }),
  );
  for (const note of lockNotes(inputs, options.lockfile.display)) io.stderr(`note: ${note}\n`);
  const { errors } = countDiagnostics(inputs.content.diagnostics);
  if (errors > 0) {
    throw new ContentError(
      `the content has ${plural(errors, "error", "errors")}; nothing was planned or sent.`,
      {
        hint: "fix the errors above (`faqops check` lists them), then run again.",
      },
    );
  }
  return inputs;
}
