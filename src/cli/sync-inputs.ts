/** Loading what plan and apply need, refusing content with errors. */

import { countDiagnostics } from "../diagnostics.js";
import { ContentError } from "../errors.js";
import type { SyncOptions } from "../options.js";
import { lockNotes } from "../render/plan.js";
import { loadSyncInputs, type SyncInputs } from "../sync/index.js";
import type { Io } from "./io.js";
import { plural, renderDiagnostics } from "./report.js";

/**
 * Loads the content and lockfile. Content with errors is refused as a whole: a file with an
 * error yields no entry, and a missing entry would look like a deletion.
 */
export async function loadCheckedInputs(io: Io, options: SyncOptions): Promise<SyncInputs> {
  const inputs = await loadSyncInputs(options);
  io.stderr(renderDiagnostics(inputs.content.diagnostics));
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
