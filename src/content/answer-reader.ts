/**
 * Answer readers: the one way from an entry to its answer (messages and `content`).
 *
 * Entries are plain data without their answers (types.ts). The loader keeps, for each entry,
 * only where its answer is: a line of the compile cache's records (cache.ts), read back when
 * asked; failing that (a cache that could not be written), the file is compiled again — but
 * only if its bytes are still the ones first compiled. Either way the answer must hash to the
 * entry's hash: what is shown and sent is exactly what was planned. Whoever needs answers
 * (renderers, apply, export) is handed a reader and asks it for the entries it shows or sends.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FaqopsError, InternalError } from "../errors.js";
import { answerMatches, answerOf } from "./answer-content.js";
import { bytesHash, type OpenCacheFile, type RecordSpan, readAnswer } from "./cache.js";
import { compilerIfLoaded } from "./compiler.js";
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

/**
 * The loader's reader: for each entry, by source, the hash of the bytes it was compiled from
 * and where its answer is in the records file (in parallel arrays, not an object an entry: at
 * 100k entries that is megabytes less held through a run), or, with `--no-cache`, the answer.
 */
export class LoadedAnswers implements AnswerReader {
  readonly #slots = new Map<string, number>();
  readonly #bytes: string[] = [];
  /** Answer spans in the records file; -1: none (not written there). */
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  readonly #held: (readonly Message[] | undefined)[] = [];
  /** The records file the spans point into; until readFrom, none: answers are compiled again. */
  #records: OpenCacheFile | undefined;

  constructor(private readonly contentDir: string) {}

  /** The spans given to `cached` point into `records`, held open by the loader's run. */
  readFrom(records: OpenCacheFile): void {
    this.#records = records;
  }

  /** The answer of `source` is at `span` of the records file; its bytes hashed to `bytes`. */
  cached(source: string, bytes: string, span: RecordSpan | undefined): void {
    const slot = this.#slot(source);
    this.#bytes[slot] = bytes;
    this.#starts[slot] = span ? span.answerStart : -1;
    this.#ends[slot] = span ? span.answerEnd : -1;
  }

  /** The answer of `source` is held (with `--no-cache` there is no line to read it from). */
  held(source: string, messages: readonly Message[]): void {
    this.#held[this.#slot(source)] = messages;
  }

  read(entry: CompiledEntry): Answer {
    const slot = this.#slots.get(entry.source);
    if (slot === undefined) throw unknown(entry);
    const held = this.#held[slot];
    if (held) {
      const answer = answerOf(held);
      if (!answerMatches(entry, answer)) throw unknown(entry);
      return answer;
    }
    const start = this.#starts[slot]!;
    if (this.#records !== undefined && start >= 0) {
      const span = { keysStart: 0, answerStart: start, answerEnd: this.#ends[slot]! };
      const messages = readAnswer(this.#records, span);
      const answer = messages && answerOf(messages);
      if (answer && answerMatches(entry, answer)) return answer;
    }
    return this.#compileAgain(entry, this.#bytes[slot]!);
  }

  #slot(source: string): number {
    let slot = this.#slots.get(source);
    if (slot === undefined) {
      slot = this.#slots.size;
      this.#slots.set(source, slot);
    }
    return slot;
  }

  #compileAgain(entry: CompiledEntry, bytesWere: string): Answer {
    const changed = () =>
      new ContentChangedError(`${entry.path} changed while faqops was running.`, {
        hint: "run the command again",
      });
    const compiler = compilerIfLoaded();
    if (!compiler) {
      // A warm run does not load the compiler; its answers are all in the records file it holds
      // open (another run's rewrite does not reach it), so this one was damaged in place. It
      // goes: the next run (as the hint says) finds no cache and compiles, instead of failing
      // the same way.
      const removed = this.#records?.removeIfStillThere() === true;
      throw new ContentChangedError(
        `the compile cache's copy of the answer of ${entry.path} is damaged (it no longer matches the entry), so it could not be read back.`,
        {
          hint: removed
            ? "run the command again: faqops removed the damaged cache and compiles the content anew"
            : "delete .faqops-cache and run the command again",
        },
      );
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(this.contentDir, ...entry.source.split("/")));
    } catch {
      throw changed();
    }
    if (bytesHash(bytes) !== bytesWere) throw changed();
    const again = compiler.compileFile({ source: entry.source, path: entry.path, bytes }).entry;
    if (!again || again.hash !== entry.hash) {
      throw new InternalError(`${entry.path} compiled to another answer from the same bytes.`);
    }
    return { messages: again.messages, content: again.content };
  }
}

function unknown(entry: CompiledEntry): InternalError {
  return new InternalError(`no answer was loaded for ${entry.path} (hash ${entry.hash}).`);
}
