/**
 * Deferred answers: where the loader's entries get their messages when something reads them.
 *
 * The loader keeps every entry's fields and entry hash but not its answer (see cache.ts and
 * answer.ts's deferredEntry). An answer is read back from the compile cache line it was
 * written to; failing that (no cache, a cache another run replaced), the file is compiled
 * again — but only if its bytes are still the ones first compiled. Either way the answer must
 * hash to the entry's hash: what is shown and sent is exactly what was planned.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FaqopsError, InternalError } from "../errors.js";
import { type AnswerSource, answerContent } from "./answer.js";
import { bytesHash, type LineSpan, readAnswer } from "./cache.js";
import { compileFile } from "./compile.js";
import { entryHash } from "./entry-hash.js";
import type { CompiledEntry, Message } from "./types.js";

/** An entry file changed (or went away) while faqops was running. */
export class ContentChangedError extends FaqopsError {
  override name = "ContentChangedError";
}

/** What the deferred answers of one load share: the content folder and the cache file. */
export class AnswerStore {
  constructor(
    readonly contentDir: string,
    /** The cache file the answers' spans point into; undefined when none was written. */
    public cacheFile: string | undefined,
  ) {}
}

/** One entry's answer: a line of the cache file, else its file compiled again. */
export class DeferredAnswer implements AnswerSource {
  constructor(
    private readonly store: AnswerStore,
    /** SHA-256 of the bytes the entry was compiled from. */
    private readonly bytes: string,
    private readonly span: LineSpan | undefined,
  ) {}

  messages(entry: CompiledEntry): readonly Message[] {
    const { cacheFile } = this.store;
    if (cacheFile !== undefined && this.span !== undefined) {
      const messages = readAnswer(cacheFile, this.span);
      if (messages && hashes(entry, messages)) return messages;
    }
    return this.compileAgain(entry);
  }

  private compileAgain(entry: CompiledEntry): readonly Message[] {
    const changed = () =>
      new ContentChangedError(`${entry.path} changed while faqops was running.`, {
        hint: "run the command again",
      });
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(this.store.contentDir, ...entry.source.split("/")));
    } catch {
      throw changed();
    }
    if (bytesHash(bytes) !== this.bytes) throw changed();
    const again = compileFile({ source: entry.source, path: entry.path, bytes }).entry;
    if (!again || again.hash !== entry.hash) {
      throw new InternalError(`${entry.path} compiled to another answer from the same bytes.`);
    }
    return again.messages;
  }
}

/** An answer held in memory: with `--no-cache` there is no line to read it back from. */
export class HeldAnswer implements AnswerSource {
  constructor(private readonly held: readonly Message[]) {}

  messages(): readonly Message[] {
    return this.held;
  }
}

function hashes(entry: CompiledEntry, messages: readonly Message[]): boolean {
  const { skill, title, questions, threshold } = entry;
  const content = answerContent(messages);
  return entryHash({ skill, title, questions, threshold, content }) === entry.hash;
}
