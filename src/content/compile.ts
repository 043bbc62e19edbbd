/**
 * The per-file compiler: a pure, synchronous function from a file's bytes to its compiled
 * entry and diagnostics. No disk, no clock, no shared state: its result depends only on the
 * input and COMPILER_VERSION, so it can be cached by content hash and run in worker threads.
 */
import type { Diagnostic } from "../diagnostics.js";
import { describeCharacter, firstXmlUnsafe, mayHoldXmlUnsafe } from "../platform/xml.js";
import { answerContent, compiledEntry } from "./answer-content.js";
import { compileBody } from "./body.js";
import {
  firstUnsafeCharacter,
  reportFrontMatterValue,
  reportLiteralCharacters,
  writtenAsIs,
} from "./characters.js";
import { decodeUtf8 } from "./decode.js";
import {
  type FrontMatter,
  type Located,
  readFrontMatter,
  splitFrontMatter,
} from "./parse/index.js";
import { lineIndex } from "./positions.js";
import { diagnostic, LIMITS, Reporter } from "./rules.js";
import { characterCount, cleanText } from "./text-compare.js";
import type { CompiledEntry, EntryWithAnswer, Message } from "./types.js";

export { COMPILER_VERSION } from "./compiler-version.js";

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
  /** Front matter `targets`: the only targets that take the entry; absent means every one. */
  readonly targets?: readonly KeyRef[];
}

/** What is known of one compiled file: its diagnostics, its keys, its entry (plain data). */
export interface FileResult {
  readonly source: string;
  readonly path: string;
  /** Absent when the file has errors (warnings do not count). */
  readonly entry?: CompiledEntry;
  readonly diagnostics: readonly Diagnostic[];
  readonly keys: EntryKeys;
}

/** The result of compiling one file, its entry's answer included: JSON-serialisable, for caching. */
export interface CompiledFile extends FileResult {
  readonly entry?: EntryWithAnswer;
}

/** Compiles one file's bytes into an entry and its diagnostics. */
export function compileFile(input: CompileInput): CompiledFile {
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
          decoded.gb18030 === undefined
            ? "the file is not valid UTF-8: save it as UTF-8 in your editor"
            : `the file is not valid UTF-8 but reads as GBK (GB18030), as Chinese editions of Windows save text (this line reads "${decoded.gb18030}"): save it as UTF-8; in VS Code, click the encoding in the status bar, "Reopen with Encoding" → "Simplified Chinese (GBK)", then "Save with Encoding" → "UTF-8"; in Notepad, File → Save As → Encoding: UTF-8`,
        ),
      ],
      keys: { questions: [], draft: false, asks: [] },
    };
  }
  const text = decoded.text;
  const lines = lineIndex(text);
  const report = new Reporter(path, lines);
  // One quick look at the whole text for characters XML refuses, whose answer serves twice.
  const mayHoldUnsafe = mayHoldXmlUnsafe(text);
  const literal = mayHoldUnsafe ? reportLiteralCharacters(text, report) : [];

  const split = splitFrontMatter(text, report);
  const front = split && readFrontMatter(text, split, report);
  const skill = front?.readable ? resolveSkill(front, source, report) : undefined;
  if (split && front) {
    const literalInFrontMatter = literal.some((o) => o >= split.yamlStart && o < split.yamlEnd);
    const check = (value: Located | undefined, what: string): void => {
      if (value) reportFrontMatterValue(text, value, what, literalInFrontMatter, report);
    };
    check(front.title, "the title");
    check(front.skill, "the skill");
    for (const q of front.questions) check(q, `the similar question "${q.text}"`);
    checkFrontMatterLimits(front, report);
  }
  if (skill?.fromFolder) {
    const unsafe = firstUnsafeCharacter([skill.located.text]);
    if (unsafe !== undefined) {
      report.at(
        "xml-char",
        0,
        `the folder name used as the skill holds ${describeCharacter(unsafe)}, which XML cannot carry: rename the folder`,
      );
    }
  }

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

  const ref = (l: Located): KeyRef => {
    const { line, column } = lines.position(l.offset);
    return { text: l.text, line, column };
  };
  // Built by assignment, not by spreading optional parts (several times slower, once a file),
  // in the same key order: the keys' JSON is what the cache hashes.
  const keys = {} as { -readonly [K in keyof EntryKeys]: EntryKeys[K] };
  if (skill) {
    const { text, line, column } = ref(skill.located);
    keys.skill = { text, line, column, fromFolder: skill.fromFolder };
  }
  if (front?.title) keys.title = ref(front.title);
  keys.questions = (front?.questions ?? []).map(ref);
  if (front?.id) keys.id = ref(front.id);
  keys.draft = front?.draft ?? false;
  keys.asks = asks.map(ref);
  if (front?.targets) keys.targets = front.targets.map(ref);
  // What is sent as `<content>`, made once: measured here, hashed and kept by compiledEntry.
  const content = messages.length > 0 ? answerContent(messages) : "";
  if (split && messages.length > 0) checkAnswerSize(messages, content, split.bodyStart, report);
  if (
    front?.title &&
    skill &&
    !writtenAsIs(text, mayHoldUnsafe) &&
    !report.diagnostics.some((d) => d.ruleId === "xml-char")
  ) {
    checkCompiledCharacters(skill.located.text, front, messages, report);
  }
  const { diagnostics } = report;
  if (report.hasErrors() || !front?.title || !skill) return { source, path, diagnostics, keys };
  const entry = compiledEntry(
    {
      source,
      path,
      skill: skill.located.text,
      title: front.title.text,
      questions: front.questions.map((q) => q.text),
      ...(front.id && { id: front.id.text }),
      draft: front.draft,
      threshold: front.threshold,
      messages,
    },
    content,
  );
  return { source, path, diagnostics, keys, entry };
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
  if (length < 1 || length > LIMITS.skillCharacters) {
    report.at(
      "skill-length",
      0,
      `the folder name "${folder}" is used as the skill but is ${length} characters long (the platform allows 1 to ${LIMITS.skillCharacters}): rename the folder or add \`skill: <name>\``,
    );
    return undefined;
  }
  return { located: { text: folder, offset: 0 }, fromFolder: true };
}

/** Title and similar questions against LIMITS: warnings, as the platform documents none. */
function checkFrontMatterLimits(front: FrontMatter, report: Reporter): void {
  // A text of n UTF-16 units has at most n characters: most never need counting.
  const over = (text: string, limit: number): number | undefined => {
    const length = text.length > limit ? characterCount(text) : 0;
    return length > limit ? length : undefined;
  };
  const title = front.title;
  const titleLength = title && over(title.text, LIMITS.titleCharacters);
  if (title && titleLength) {
    report.at(
      "title-length",
      title.offset,
      `the title is ${titleLength} characters long; keep it to ${LIMITS.titleCharacters} or fewer: it is the question users ask, so put the explanation in the answer`,
    );
  }
  front.questions.forEach((q, index) => {
    const length = over(q.text, LIMITS.questionCharacters);
    if (length) {
      report.at(
        "question-length",
        q.offset,
        `this similar question is ${length} characters long; keep it to ${LIMITS.questionCharacters} or fewer, as a user would ask it`,
      );
    }
    if (index === LIMITS.questionCount) {
      report.at(
        "question-count",
        q.offset,
        `the entry has ${front.questions.length} similar questions, more than ${LIMITS.questionCount} (this is the first past that): keep the ones that differ most, or split the entry`,
      );
    }
  });
}

/**
 * The answer against LIMITS: each text message (WeChat shows it as one chat message) and the
 * whole `content`. Warnings at the body's start: the platform documents no limit.
 */
function checkAnswerSize(
  messages: readonly Message[],
  content: string,
  bodyStart: number,
  report: Reporter,
): void {
  // A UTF-16 unit is at most 3 UTF-8 bytes: most answers are far below the limits without
  // being measured.
  messages.forEach((message, index) => {
    if (typeof message !== "string") return;
    if (message.length * 3 <= LIMITS.textMessageBytes) return;
    const bytes = Buffer.byteLength(message, "utf8");
    if (bytes <= LIMITS.textMessageBytes) return;
    const which = messages.length === 1 ? "the answer" : `text message ${index + 1} of the answer`;
    report.at(
      "answer-size",
      bodyStart,
      `${which} is ${bytes} bytes; a WeChat text message holds ${LIMITS.textMessageBytes} (about ${Math.floor(LIMITS.textMessageBytes / 3)} Chinese characters), so users may get it cut off or not at all: shorten it, or split it with a \`---\` line`,
    );
  });
  if (content.length * 3 <= LIMITS.answerBytes) return;
  const bytes = Buffer.byteLength(content, "utf8");
  if (bytes > LIMITS.answerBytes) {
    report.at(
      "answer-size",
      bodyStart,
      `the answer's content is ${bytes} bytes, more than ${LIMITS.answerBytes}: far more than a chat answer needs, and more than the platform may take; shorten it, or link to a page`,
    );
  }
}

/**
 * The last word on characters XML cannot carry: what would be sent is checked once more, so
 * one that reached a value in a way the checks above do not know of is still an error
 * (pointed at the start of the file, as faqops does not know where it was written). Only run
 * when no `xml-char` was reported, as those already stop the entry.
 */
export function checkCompiledCharacters(
  skill: string,
  front: FrontMatter,
  messages: readonly Message[],
  report: Reporter,
): void {
  // In this order, without an array of every text (this runs on every entry).
  let unsafe = firstUnsafeCharacter([skill, front.title?.text ?? ""]);
  for (let i = 0; unsafe === undefined && i < front.questions.length; i++) {
    unsafe = firstXmlUnsafe(front.questions[i]!.text);
  }
  for (let i = 0; unsafe === undefined && i < messages.length; i++) {
    const message = messages[i]!;
    unsafe = typeof message === "string" ? firstXmlUnsafe(message) : firstInCard(message);
  }
  if (unsafe === undefined) return;
  report.at(
    "xml-char",
    0,
    `this entry holds ${describeCharacter(unsafe)}, which XML cannot carry, written in a way faqops cannot point at: find it and remove it`,
  );
}

/** firstXmlUnsafe over every string in a card object, in Object.values order, depth first. */
function firstInCard(value: unknown): number | undefined {
  if (typeof value === "string") return firstXmlUnsafe(value);
  if (!value || typeof value !== "object") return undefined;
  for (const inner of Object.values(value)) {
    const found = firstInCard(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}
