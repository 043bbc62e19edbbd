/**
 * Front matter as faqops writes it (`faqops import`, `faqops init`): the inverse of
 * front-matter.ts, which reads it.
 *
 * gray-matter puts the `---` lines around the YAML and the body after it; the YAML itself is
 * the yaml library's, YAML 1.2 with the core schema, as the reader parses it. gray-matter's own
 * engine (js-yaml 3) writes YAML 1.1: it quotes `no` and `2024-01-01`, text in YAML 1.2, and
 * leaves `0o10` bare, which YAML 1.2 reads as the number 8. The yaml library quotes
 * exactly what YAML 1.2 would otherwise read as something else (`"12"`, `"a: b"`, `"~"`), so
 * what is written is read back as written (test/content/front-matter-write.test.ts).
 */
import matter from "gray-matter";
import { Document, parse } from "yaml";

/** The keys of an entry's front matter, written in the order the object gives them. */
export interface FrontMatterData {
  readonly title: string;
  readonly questions?: readonly string[] | undefined;
  readonly skill?: string | undefined;
  readonly id?: string | undefined;
  readonly draft?: boolean | undefined;
  readonly threshold?: number | undefined;
  readonly targets?: readonly string[] | undefined;
}

/** Text written as YAML comments, one `#` line per line, around the keys. */
export interface FrontMatterComments {
  /** Above the first key. */
  readonly before?: readonly string[] | undefined;
  /** Below the last key. */
  readonly after?: readonly string[] | undefined;
}

/** What the reader parses with (front-matter.ts), and so what the writer writes for. */
const YAML_VERSION = { version: "1.2", schema: "core" } as const;

/**
 * An entry file's text: `data` as front matter between `---` lines (keys whose value is
 * undefined are left out), a blank line, `body`, and a final line break.
 */
export function entryText(
  data: FrontMatterData,
  body: string,
  comments: FrontMatterComments = {},
): string {
  const keys = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  // A file object, not a string: gray-matter parses a string for front matter of its own
  // first, and only the blank line before the body would keep a body starting with `---`
  // from being taken for it.
  // gray-matter trims the engine's text (String.prototype.trim): the front matter's last line
  // loses white space at its end. YAML quotes a value ending in a space or tab; what else
  // JavaScript trims (U+3000, U+00A0) the reader trims from every value anyway (cleanText).
  return matter.stringify({ content: `\n${body}\n` }, keys, {
    engines: { yaml: yamlEngine(comments) },
  });
}

/**
 * The yaml library as gray-matter's engine. gray-matter hands the engine a plain copy of the
 * data, which cannot carry comments, so each file gets an engine of its own that adds them
 * to the yaml Document it builds.
 */
function yamlEngine(comments: FrontMatterComments) {
  return {
    // Never called by stringify; the reader is front-matter.ts (gray-matter does not give
    // the offsets its diagnostics need). Given so that the engine is whole.
    parse: (text: string): object => parse(text, YAML_VERSION) ?? {},
    stringify: (data: object): string => {
      const doc = new Document(data, YAML_VERSION);
      // On the mapping, not the document: the document's comments are set off from the keys
      // by a blank line.
      if (doc.contents && comments.before?.length) {
        doc.contents.commentBefore = comments.before.join("\n");
      }
      if (doc.contents && comments.after?.length) doc.contents.comment = comments.after.join("\n");
      return doc.toString({
        // Never fold a line: a folded question is harder to read and to diff.
        lineWidth: 0,
        commentString,
      });
    },
  };
}

/**
 * `#` before every line of a comment, the empty ones too (the yaml library leaves those
 * empty), so that a comment stays one block of `#` lines. Lines end where YAML ends them, at
 * `\n` and at `\r` (not where a JavaScript `^` would, also at U+2028 and U+2029).
 */
function commentString(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `#${line}`)
    .join("\n");
}
