/**
 * The preview's data: compiled answers turned into what the page draws (text segments, links,
 * tappable questions, cards), with every `:ask` already resolved to the answer it asks. Pure.
 */

import { askKey } from "../content/text-compare.js";
import type { Message } from "../content/types.js";
import { askedQuestion } from "./answer.js";

/** A run of a text message: plain text, a web link, or a recommended question. */
export type ViewSegment =
  | { readonly t: "text"; readonly text: string }
  /** `href` is the URL when it may be a link (http or https only), else null: shown as text. */
  | {
      readonly t: "link";
      readonly label: string;
      readonly url: string;
      readonly href: string | null;
    }
  /** `to` is the index of the answer it asks in PageData.answers, or null when none answers. */
  | { readonly t: "ask"; readonly label: string; readonly q: string; readonly to: number | null };

/** An image from content: `src` is the URL when it may load (http or https), else null. */
export interface ViewImage {
  readonly url: string;
  readonly src: string | null;
}

/** One message of an answer: one bubble in the conversation. */
export type ViewMessage =
  | { readonly t: "text"; readonly segments: readonly ViewSegment[] }
  | {
      readonly t: "news";
      readonly articles: readonly {
        readonly title: string;
        readonly description: string;
        readonly url: string;
        readonly href: string | null;
        readonly pic: ViewImage | null;
        readonly type: string;
      }[];
    }
  | { readonly t: "image"; readonly mediaId: string; readonly image: ViewImage | null }
  | {
      readonly t: "miniprogram";
      readonly title: string;
      readonly appid: string;
      readonly pagepath: string;
      readonly thumbMediaId: string;
      readonly thumb: ViewImage | null;
    };

/** An answer as the page shows it: the question asked, then the bot's messages. */
export interface ViewAnswer {
  readonly title: string;
  readonly questions: readonly string[];
  readonly messages: readonly ViewMessage[];
  /** Set (to why) when the answer exists on the bot but cannot be shown. */
  readonly unavailable?: string;
}

/** Something a recommended question can reach: an entry, or the platform's copy of one. */
export interface AnswerSource {
  readonly skill: string;
  readonly title: string;
  readonly questions: readonly string[];
  /** Read only when the answer is shown or asked (entries may read it from the compile cache). */
  messages(): readonly Message[];
  /** Set (to why) when the bot has an answer here that faqops cannot show. */
  readonly unavailable?: string | undefined;
}

/** A URL from content, when it may become a link or an image source: http and https only. */
export function webUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function viewImage(url: string): ViewImage | null {
  return url === "" ? null : { url, src: webUrl(url) };
}

/**
 * How an `:ask` finds its entry when no title or question matches it exactly: the looser match
 * `faqops check` uses for its ask-target warning, so the preview answers exactly the questions
 * check does not warn about.
 */
const looseKey = askKey;

interface Match {
  readonly source: AnswerSource;
  /** 0 exact title, 1 exact question, 2 loose title, 3 loose question. */
  readonly rank: number;
  readonly order: number;
}

/**
 * The answers a recommended question can reach in one state of the bot (the content, or what
 * the platform holds), with the table every reached answer is added to.
 */
export class AnswerWorld {
  readonly #exact = new Map<string, Match[]>();
  readonly #loose = new Map<string, Match[]>();
  readonly #index = new Map<AnswerSource, number>();
  readonly #table: AnswerTable;

  /** `askable`: the answers a tap can reach (drafts are not synced, so they are not among them). */
  constructor(table: AnswerTable, askable: readonly AnswerSource[]) {
    this.#table = table;
    askable.forEach((source, order) => {
      const put = (map: Map<string, Match[]>, key: string, rank: number) => {
        const list = map.get(key);
        const match = { source, rank, order };
        if (list) list.push(match);
        else map.set(key, [match]);
      };
      put(this.#exact, source.title.trim(), 0);
      put(this.#loose, looseKey(source.title), 2);
      for (const q of source.questions) {
        put(this.#exact, q.trim(), 1);
        put(this.#loose, looseKey(q), 3);
      }
    });
  }

  /**
   * The answer a tapped question gets: by title, then similar question, trimmed; then loosely.
   * Several matches: the best rank, then the asking entry's own skill, then content order.
   */
  find(question: string, fromSkill: string): AnswerSource | undefined {
    const matches = this.#exact.get(question.trim()) ?? this.#loose.get(looseKey(question));
    if (!matches) return undefined;
    const sorted = [...matches].sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.source.skill === fromSkill) - Number(a.source.skill === fromSkill) ||
        a.order - b.order,
    );
    return sorted[0]?.source;
  }

  /** The answer's index in the table, adding it (and, later, what its questions ask) once. */
  add(source: AnswerSource): number {
    const known = this.#index.get(source);
    if (known !== undefined) return known;
    const index = this.#table.reserve(source.title, source.questions, source.unavailable);
    this.#index.set(source, index);
    this.#table.queue(() => this.#table.fill(index, this.#messages(source)));
    return index;
  }

  #messages(source: AnswerSource): ViewMessage[] {
    return source.messages().map((m) => viewMessage(m, (q) => this.#ask(q, source.skill)));
  }

  #ask(question: string, fromSkill: string): number | null {
    const target = this.find(question, fromSkill);
    return target ? this.add(target) : null;
  }
}

/**
 * Every answer the page holds, shown or reachable by taps. Answers are filled breadth-first
 * (`drain`), so a chain of recommended questions never recurses deeply and each answer's
 * messages are read once.
 */
export class AnswerTable {
  readonly #answers: {
    title: string;
    questions: readonly string[];
    messages: ViewMessage[];
    unavailable?: string;
  }[] = [];
  readonly #pending: (() => void)[] = [];

  reserve(title: string, questions: readonly string[], unavailable?: string): number {
    const answer = { title, questions: [...questions], messages: [] };
    return this.#answers.push(unavailable === undefined ? answer : { ...answer, unavailable }) - 1;
  }

  queue(task: () => void): void {
    this.#pending.push(task);
  }

  fill(index: number, messages: ViewMessage[]): void {
    this.#answers[index]!.messages = messages;
  }

  /** Fills every reserved answer, including those the filled ones ask; returns them all. */
  drain(): readonly ViewAnswer[] {
    for (let task = this.#pending.shift(); task; task = this.#pending.shift()) task();
    return this.#answers;
  }
}

/** One compiled message as the page draws it; `ask` resolves a tapped question. */
export function viewMessage(message: Message, ask: (q: string) => number | null): ViewMessage {
  if (typeof message === "string") return { t: "text", segments: textSegments(message, ask) };
  if ("news" in message) {
    return {
      t: "news",
      articles: message.news.articles.map((a) => ({
        title: a.title,
        description: a.description,
        url: a.url,
        href: webUrl(a.url),
        pic: viewImage(a.picurl),
        type: a.type,
      })),
    };
  }
  if ("image" in message) {
    return { t: "image", mediaId: message.image.media_id, image: viewImage(message.image.url) };
  }
  const p = message.miniprogrampage;
  return {
    t: "miniprogram",
    title: p.title,
    appid: p.appid,
    pagepath: p.pagepath,
    thumbMediaId: p.thumb_media_id,
    thumb: viewImage(p.thumb_url),
  };
}

/** A text message's chat markup (`<a href>` links, recommended questions) as segments. */
export function textSegments(
  text: string,
  ask: (q: string) => number | null,
): readonly ViewSegment[] {
  const segments: ViewSegment[] = [];
  const plain = (s: string) => {
    if (s !== "") segments.push({ t: "text", text: s });
  };
  let last = 0;
  for (const match of text.matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)) {
    plain(text.slice(last, match.index));
    const [, url = "", label = ""] = match;
    const q = askedQuestion(url);
    segments.push(
      q === undefined
        ? { t: "link", label, url, href: webUrl(url) }
        : { t: "ask", label, q, to: ask(q) },
    );
    last = match.index + match[0].length;
  }
  plain(text.slice(last));
  return segments;
}
