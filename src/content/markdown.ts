/** The Markdown parser: CommonMark plus directives, created once per module, not per file. */
import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseMarkdownFast } from "./markdown-fast.js";

// Only `parse` is used (no transforms), so one frozen processor serves every file and thread.
const processor = unified().use(remarkParse).use(remarkDirective).freeze();

/**
 * Parses Markdown into mdast with positions (offsets into `text`). Never throws on input.
 * Most answers take the fast path, which builds the same tree as remark or declines.
 */
export function parseMarkdown(text: string): Root {
  return parseMarkdownFast(text) ?? parseMarkdownWithRemark(text);
}

/** The reference parser: what the fast path must match exactly. */
export function parseMarkdownWithRemark(text: string): Root {
  return processor.parse(text);
}
