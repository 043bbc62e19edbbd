/**
 * The per-file compiler: a pure, synchronous function from a file's bytes to its compiled
 * entry and diagnostics. No disk, no clock, no shared state: its result depends only on the
 * input and COMPILER_VERSION, so it can be cached by content hash and run in worker threads.
 */
import type { Diagnostic } from "../diagnostics.js";
import { withAnswerContent } from "./answer.js";
import { compileBody } from "./body.js";
import { decodeUtf8 } from "./decode.js";
import {
  type FrontMatter,
  type Located,
  readFrontMatter,
  SKILL_MAX_LENGTH,
  splitFrontMatter,
} from "./front-matter.js";
import { lineIndex } from "./positions.js";
import { diagnostic, Reporter } from "./rules.js";
import { characterCount, cleanText } from "./text-compare.js";
import type { CompiledEntry, Message } from "./types.js";

/** Bump whenever the same input can compile to a different result (caches key on it). */
export const COMPILER_VERSION = 1;

/** One file to compile. */
export interface CompileInput {
  /** Path relative to the content directory, `/`-separated (decides the folder skill). */
  readonly source: string;
  /** Path relative to the working directory, `/`-separated (what diagnostics print). */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A value the cross-entry rules compare, and where it was written. */
export interface KeyRef {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** What the cross-entry rules need from one file, whether or not it compiled. */
export interface EntryKeys {
  /** The skill; `fromFolder` when it is the folder's name (then its position is 1:1). */
  readonly skill?: KeyRef & { readonly fromFolder: boolean };
  readonly title?: KeyRef;
  readonly questions: readonly KeyRef[];
  readonly id?: KeyRef;
  readonly draft: boolean;
  /** The questions this entry's `:ask` links ask. */
  readonly asks: readonly KeyRef[];
}

/** The result of compiling one file: JSON-serialisable, for caching. */
export interface FileResult {
  readonly source: string;
  readonly path: string;
  /** Absent when the file has errors (warnings do not count). */
  readonly entry?: CompiledEntry;
  readonly diagnostics: readonly Diagnostic[];
  readonly keys: EntryKeys;
}

/** Compiles one file's bytes into an entry and its diagnostics. */
export function compileFile(input: CompileInput): FileResult {
  const { source, path } = input;
  const decoded = decodeUtf8(input.bytes);
  if (!decoded.ok) {
    return {
      source,
      path,
      diagnostics: [
        diagnostic(
          "invalid-utf8",
          path,
          decoded,
          "the file is not valid UTF-8: save it as UTF-8 in your editor",
        ),
      ],
      keys: { questions: [], draft: false, asks: [] },
    };
  }
  const text = decoded.text;
  const lines = lineIndex(text);
  const report = new Reporter(path, lines);

  const split = splitFrontMatter(text, report);
  const front = split && readFrontMatter(text, split, report);
  const skill = front?.readable ? resolveSkill(front, source, report) : undefined;

  let messages: Message[] = [];
  let asks: Located[] = [];
  if (split) {
    const before = report.diagnostics.length;
    ({ messages, asks } = compileBody(text, split.bodyStart, report));
    if (messages.length === 0 && report.diagnostics.length === before) {
      report.at(
        "answer-empty",
        split.yamlEnd,
        "the entry has no answer: write it below the front matter's closing `---`",
      );
    }
  }

  const ref = (l: Located): KeyRef => ({ text: l.text, ...lines.position(l.offset) });
  const keys: EntryKeys = {
    ...(skill && { skill: { ...ref(skill.located), fromFolder: skill.fromFolder } }),
    ...(front?.title && { title: ref(front.title) }),
    questions: (front?.questions ?? []).map(ref),
    ...(front?.id && { id: ref(front.id) }),
    draft: front?.draft ?? false,
    asks: asks.map(ref),
  };
  const result: FileResult = { source, path, diagnostics: report.diagnostics, keys };
  if (report.hasErrors() || !front?.title || !skill) return result;
  const entry = withAnswerContent({
    source,
    path,
    skill: skill.located.text,
    title: front.title.text,
    questions: front.questions.map((q) => q.text),
    ...(front.id && { id: front.id.text }),
    draft: front.draft,
    messages,
  });
  return { ...result, entry };
}

/**
 * The skill: front matter's, else the entry's first-level folder under the content directory
 * (`账户/开户.md` and `账户/旧/开户.md` are both in skill 账户).
 */
function resolveSkill(
  front: FrontMatter,
  source: string,
  report: Reporter,
): { located: Located; fromFolder: boolean } | undefined {
  if (front.skill) return { located: front.skill, fromFolder: false };
  if (front.skillInvalid) return undefined;
  const slash = source.indexOf("/");
  if (slash === -1) {
    report.at(
      "skill-missing",
      0,
      "this entry is directly in the content folder, so it has no skill: move it into a skill folder or add `skill: <name>`",
    );
    return undefined;
  }
  const folder = cleanText(source.slice(0, slash));
  const length = characterCount(folder);
  if (length < 1 || length > SKILL_MAX_LENGTH) {
    report.at(
      "skill-length",
      0,
      `the folder name "${folder}" is used as the skill but is ${length} characters long (the platform allows 1 to ${SKILL_MAX_LENGTH}): rename the folder or add \`skill: <name>\``,
    );
    return undefined;
  }
  return { located: { text: folder, offset: 0 }, fromFolder: true };
}
