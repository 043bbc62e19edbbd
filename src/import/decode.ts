/**
 * A CSV file's bytes → text, in the encoding it was saved in. Excel on Chinese Windows saves
 * "CSV (Comma delimited)" in the system code page, GBK; "CSV UTF-8" with a byte-order mark;
 * other tools write UTF-8 without one. The console documents none (platform-api-v2.md).
 */
import { ImportFileError } from "./errors.js";

/** The encodings a CSV is read in, named as messages show them. */
export type CsvEncoding = "UTF-8" | "UTF-8 with BOM" | "GB18030 (GBK)";

/** A decoded CSV: its text, line breaks as written, and the encoding it was read as. */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

const utf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * Valid UTF-8 first (with or without a BOM), else GB18030. GB18030 is a superset of GBK (and
 * of GB2312), so a file Excel saved as GBK reads the same; it decodes nearly any bytes, which
 * is why it comes second: text in GBK is almost never valid UTF-8 as well, while UTF-8 text
 * read as GB18030 would silently become other characters. Node's TextDecoder knows GB18030
 * when it is built with full ICU, as the official builds are: no dependency is needed.
 */
export function decodeCsv(bytes: Uint8Array, display: string): DecodedCsv {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportFileError(`${display} is UTF-16 text, which faqops does not read.`, {
      hint: 'in Excel, save it as "CSV UTF-8 (Comma delimited)" (or as .xlsx)',
    });
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const text = utf8(bom ? bytes.subarray(3) : bytes);
  if (text !== undefined) return { text, encoding: bom ? "UTF-8 with BOM" : "UTF-8" };
  if (bom) {
    throw new ImportFileError(
      `${display} starts with a UTF-8 byte-order mark but is not valid UTF-8.`,
      { hint: 'save it again as "CSV UTF-8", or as .xlsx' },
    );
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder("gb18030", { fatal: true });
  } catch (cause) {
    throw new ImportFileError(
      `${display} is not UTF-8, and this Node.js cannot decode GB18030 (GBK): it was built without full ICU.`,
      { cause, hint: 'save the file as "CSV UTF-8", or use an official Node.js build' },
    );
  }
  try {
    return { text: decoder.decode(bytes), encoding: "GB18030 (GBK)" };
  } catch (cause) {
    throw new ImportFileError(`${display} is neither UTF-8 nor GB18030 (GBK) text.`, {
      cause,
      hint: 'save it as "CSV UTF-8 (Comma delimited)", or as .xlsx',
    });
  }
}

/** Whether `bytes` starts with `prefix`. */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
