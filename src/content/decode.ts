/** Bytes → text: strict UTF-8, byte-order mark dropped, CRLF (and lone CR) turned into LF. */

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly column: number };

/**
 * Decodes a file strictly. A BOM or CRLF must not change what is sent, so both are removed
 * here, before anything else sees the text; line numbers are unchanged by either.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, ...badBytePosition(bytes) };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

/** Where the first byte that is not valid UTF-8 is, as line and column (UTF-16 units). */
function badBytePosition(bytes: Uint8Array): { line: number; column: number } {
  const offset = firstBadByte(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // The line's bytes before the bad one are valid UTF-8, so they decode; a BOM is not a column.
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.replace(/\r$/, "").length + 1 };
}

/**
 * The offset where the first malformed sequence starts. A streaming decoder accepts any valid
 * prefix (an unfinished sequence at its end included), so the longest accepted prefix is found
 * by binary search; this runs only for a broken file.
 */
function firstBadByte(bytes: Uint8Array): number {
  const accepts = (n: number, stream: boolean): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (accepts(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  if (accepts(lo, false)) return lo;
  // The accepted prefix ends inside a sequence (cut short, or followed by a byte that cannot
  // continue it): the problem is where that sequence starts, at its lead byte.
  let start = lo - 1;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
  return start;
}
