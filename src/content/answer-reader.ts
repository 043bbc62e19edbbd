/**
 * Answer readers: the one way from an entry to its answer (messages and `content`).
 *
 * Entries are plain data without their answers (types.ts). The loader keeps, for each entry,
 * only where its answer is: a line of the compile cache (cache.ts), read back when asked;
 * failing that (no cache, a cache another run replaced), the file is compiled again — but only
 * if its bytes are still the ones first compiled. Either way the answer must hash to the
 * entry's hash: what is shown and sent is exactly what was planned. Whoever needs answers
 * (renderers, apply, export) is handed a reader and asks it for the entries it shows or sends.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FaqopsError, InternalError } from "../errors.js";
import { answerMatches, answerOf } from "./answer-content.js";
import { bytesHash, type LineSpan, readAnswer } from "./cache.js";
import { compileFile } from "./compile.js";
import type { Answer, CompiledEntry, EntryWithAnswer, Message } from "./types.js";

/** Reads entries' answers. */
export interface AnswerReader {
  /**
   * `entry`'s answer, exactly as hashed to `entry.hash`. May read the disk; throws
   * ContentChangedError when the entry's file changed since it was loaded.
   */
  read(entry: CompiledEntry): Answer;
}

/** An entry file changed (or went away) while faqops was running. */
export class ContentChangedError extends FaqopsError {
  override name = "ContentChangedError";
}

/** Answers held in memory, found by entry hash: entries compiled in-process, and tests. */
export function heldAnswers(entries: Iterable<EntryWithAnswer>): AnswerReader {
  const byHash = new Map<string, Answer>();
  for (const { hash, messages, content } of entries) byHash.set(hash, { messages, content });
  return {
    read(entry) {
      const answer = byHash.get(entry.hash);
      if (!answer) throw unknown(entry);
      return answer;
    },
  };
}

/** Where a loaded entry's answer is: a cache line (and the bytes compiled), or held. */
type Location =
  | {
      /** SHA-256 of the bytes the entry was compiled from. */
      readonly bytes: string;
      /** Its line in the cache file; undefined when it was not written there. */
      readonly span: LineSpan | undefined;
    }
  | { readonly held: readonly Message[] };

/** The loader's reader: one location per entry, by source. */
export class LoadedAnswers implements AnswerReader {
  readonly #where = new Map<string, Location>();
  #cacheFile: string | undefined;

  constructor(
    private readonly contentDir: string,
    /** The cache file the spans point into; undefined when there is none. */
    cacheFile: string | undefined,
  ) {
    this.#cacheFile = cacheFile;
  }

  /** The answer of `source` is on line `span` of the cache file; its bytes hashed to `bytes`. */
  cached(source: string, bytes: string, span: LineSpan | undefined): void {
    this.#where.set(source, { bytes, span });
  }

  /** The answer of `source` is held (with `--no-cache` there is no line to read it from). */
  held(source: string, messages: readonly Message[]): void {
    this.#where.set(source, { held: messages });
  }

  /** The cache file could not be put in place: answers are compiled again when read. */
  lostCache(): void {
    this.#cacheFile = undefined;
  }

  read(entry: CompiledEntry): Answer {
    const where = this.#where.get(entry.source);
    if (!where) throw unknown(entry);
    if ("held" in where) {
      const answer = answerOf(where.held);
      if (!answerMatches(entry, answer)) throw unknown(entry);
      return answer;
    }
    if (this.#cacheFile !== undefined && where.span !== undefined) {
      const messages = readAnswer(this.#cacheFile, where.span);
      const answer = messages && answerOf(messages);
      if (answer && answerMatches(entry, answer)) return answer;
    }
    return this.#compileAgain(entry, where.bytes);
  }

  #compileAgain(entry: CompiledEntry, bytesWere: string): Answer {
    const changed = () =>
      new ContentChangedError(`${entry.path} changed while faqops was running.`, {
        hint: "run the command again",
      });
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(this.contentDir, ...entry.source.split("/")));
    } catch {
      throw changed();
    }
    if (bytesHash(bytes) !== bytesWere) throw changed();
    const again = compileFile({ source: entry.source, path: entry.path, bytes }).entry;
    if (!again || again.hash !== entry.hash) {
      throw new InternalError(`${entry.path} compiled to another answer from the same bytes.`);
    }
    return { messages: again.messages, content: again.content };
  }
}

function unknown(entry: CompiledEntry): InternalError {
  return new InternalError(`no answer was loaded for ${entry.path} (hash ${entry.hash}).`);
}
