/** Bytes → text: strict UTF-8, byte-order mark dropped, CRLF (and lone CR) turned into LF. */

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly line: number;
      readonly column: number;
      /** When the bytes read as Chinese in GB18030 (GBK): that line as it reads so. */
      readonly gb18030?: string;
    };

/**
 * Decodes a file strictly. A BOM or CRLF must not change what is sent, so both are removed
 * here, before anything else sees the text; line numbers are unchanged by either.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const position = badBytePosition(bytes);
    const gb18030 = gb18030Line(bytes, position.line);
    return { ok: false, ...position, ...(gb18030 !== undefined && { gb18030 }) };
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

/** Characters a page of Chinese is mostly made of: CJK punctuation, ideographs, full-width forms. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;

/** Longest sample of the line a GB18030 message quotes, in code points. */
const SAMPLE_CHARACTERS = 30;

/**
 * Line `line` of the file read as GB18030 (GBK's superset, what Chinese editions of Windows
 * save text in), when the whole file reads so strictly and looks like Chinese: at least two
 * ideographs in a row, and most of what is not ASCII in Chinese ranges. Latin-1 text that
 * happens to decode (`ü` then a letter makes one GBK character) reads as scattered ideographs
 * and is left out. Undefined when not, or when this Node has no GB18030 decoder (small ICU).
 * GB18030 never uses the byte 0x0A inside a character, so its lines are the file's lines.
 */
function gb18030Line(bytes: Uint8Array, line: number): string | undefined {
  // A UTF-8 byte-order mark before GBK text (an editor's mix-up) is not part of the text.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder("gb18030", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return undefined;
  }
  const nonAscii = text.match(/\P{ASCII}/gu)?.length ?? 0;
  const chinese = text.match(CHINESE)?.length ?? 0;
  if (!/[\u4e00-\u9fff]{2}/.test(text) || chinese * 2 < nonAscii) return undefined;
  const characters = [...(text.split("\n")[line - 1] ?? "").replace(/\r$/, "").trim()];
  const sample = characters.slice(0, SAMPLE_CHARACTERS).join("");
  return characters.length > SAMPLE_CHARACTERS ? `${sample}…` : sample;
}
