/** The compiled form of FAQ entries: what the platform receives, per content-format.md. */

/** `{"news":{"articles":[...]}}`: keys in the order of the format's table. */
export interface NewsArticle {
  title: string;
  description: string;
  url: string;
  picurl: string;
  type: "h5" | "mp";
}

export interface NewsCard {
  news: { articles: NewsArticle[] };
}

export interface ImageCard {
  image: { media_id: string; url: string };
}

export interface MiniProgramCard {
  miniprogrampage: {
    title: string;
    appid: string;
    pagepath: string;
    thumb_media_id: string;
    thumb_url: string;
  };
}

export type Card = NewsCard | ImageCard | MiniProgramCard;

/** One message of an answer: a text message (a string) or a card. */
export type Message = string | Card;

/**
 * One FAQ entry, compiled: plain data, everything the planner compares. Its answer is not on
 * it: the loader reads answers back only for the entries that are shown or sent
 * (ContentResult.answers, answer-reader.ts), since every answer held at once would be most of
 * a large run's memory.
 */
export interface CompiledEntry {
  /** Path relative to the content directory, `/`-separated; the entry's file. */
  readonly source: string;
  /** Path relative to the working directory, `/`-separated (what diagnostics print). */
  readonly path: string;
  /** Skill name, trimmed. */
  readonly skill: string;
  /** Standard question, trimmed. */
  readonly title: string;
  /** Similar questions, trimmed, in order. */
  readonly questions: readonly string[];
  /** The optional stable identity from front matter. */
  readonly id?: string | undefined;
  /** Drafts are validated but not synced. */
  readonly draft: boolean;
  /**
   * The similarity threshold from front matter, 0 to 1; undefined when not set (the platform's
   * default, 0.9). Only the v2 API sends it: use thresholdText() (threshold.ts) for the wire form.
   */
  readonly threshold?: number | undefined;
  /** entryHash() of what is sent, answer included: the planner compares it with the lockfile's. */
  readonly hash: string;
}

/** An entry's answer: its messages, and the exact string they are sent as. */
export interface Answer {
  /** The answer as messages, in order. */
  readonly messages: readonly Message[];
  /** The exact string sent as `<content>` (answerContent() of the messages). */
  readonly content: string;
}

/** An entry with its answer, as the compiler gives it and as `faqops compile` prints it. */
export interface EntryWithAnswer extends CompiledEntry, Answer {}
