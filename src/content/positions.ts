/** Offsets into a file's text turned into 1-based line and column. */

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Line starts of a text, for offset → line/column. */
export interface LineIndex {
  position(offset: number): Position;
}

/**
 * Indexes the line starts of an LF-normalised text. Columns count UTF-16 code units, as the
 * YAML and Markdown parsers (and most editors) do, so every position agrees.
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      const at = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - starts[lo]! + 1 };
    },
  };
}
