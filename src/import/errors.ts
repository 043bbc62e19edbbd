/** The import file itself cannot be read: its problems are not about one row. */
import { FaqopsError } from "../errors.js";

/** A file `faqops import` cannot read as a table: wrong kind, encoding, broken CSV quoting. */
export class ImportFileError extends FaqopsError {
  override name = "ImportFileError";
}
