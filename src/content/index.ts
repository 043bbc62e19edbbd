/**
 * The content pipeline's public face, used by the CLI and the sync engine: Markdown entries in
 * a folder → compiled entries and diagnostics.
 */
export { validateAcrossEntries } from "./across.js";
export { answerContent } from "./answer-content.js";
export {
  type AnswerReader,
  ContentChangedError,
  heldAnswers,
} from "./answer-reader.js";
export {
  COMPILER_VERSION,
  type CompiledFile,
  type CompileInput,
  compileFile,
  type EntryKeys,
  type FileResult,
  type KeyRef,
} from "./compile.js";
export { findEntryFiles } from "./files.js";
export { assemble, type ContentResult, loadContent } from "./load.js";
export { RULES, type RuleId } from "./rules.js";
export { DEFAULT_THRESHOLD, thresholdText } from "./threshold.js";
export type * from "./types.js";
