/**
 * Where an entry's text becomes trees: its front matter a YAML mapping, its answer mdast.
 * Each has a fast path for the common, simple case (markdown-fast.ts, front-matter-fast.ts)
 * that gives exactly the reference parser's result or declines, and the reference parser
 * behind it (markdown-remark.ts, front-matter.ts). The rest of the compiler imports from here
 * and never needs to know which path a file took. `FAQOPS_FAST_PATHS=0` turns the fast paths
 * off (fast-paths.ts); the library versions they were verified against are in verified.ts.
 */
import type { Root } from "mdast";
import { FAST_PATHS } from "./fast-paths.js";
import { parseMarkdownFast } from "./markdown-fast.js";
import { parseMarkdownWithRemark } from "./markdown-remark.js";

export {
  FRONT_MATTER_KEYS,
  type FrontMatter,
  ID_PATTERN,
  type Located,
  readFrontMatter,
  splitFrontMatter,
  TARGET_NAME_PATTERN,
} from "./front-matter.js";
export { answerBounds } from "./markdown-remark.js";

/**
 * Parses an answer's Markdown into mdast with positions (offsets into `text`); never throws
 * on input. Callers check `answerBounds` first: remark's time is not linear in its input.
 */
export function parseMarkdown(text: string): Root {
  return (FAST_PATHS ? parseMarkdownFast(text) : undefined) ?? parseMarkdownWithRemark(text);
}
