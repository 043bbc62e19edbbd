/**
 * What changed in an entry, for reviewers: the title and skill, the similar questions added and
 * removed, and the answer message by message, with word-level changes inside a changed text.
 * Words are cut with Intl.Segmenter, so Chinese (written without spaces) diffs by word, not by
 * whole line; the diff itself is jsdiff's. Pure: data in, data out; renderers are below.
 */
import { diffArrays } from "diff";
import picocolors from "picocolors";
import type { Card, Message } from "../content/types.js";
import { escapeHtml } from "../escape.js";
import { askedQuestion } from "./answer.js";

/** The parts of an entry a reviewer compares. */
export interface EntryView {
  readonly skill: string;
  readonly title: string;
  readonly questions: readonly string[];
  readonly messages: readonly Message[];
  /** The similarity threshold; undefined: the platform's default. */
  readonly threshold?: number | undefined;
}

/** A run of text: unchanged, added or removed. */
export interface Piece {
  readonly kind: "same" | "add" | "del";
  readonly text: string;
}

/** One message of the answer, compared. */
export type MessageDiff =
  | { readonly kind: "same" | "add" | "del"; readonly text: string }
  | { readonly kind: "changed"; readonly pieces: readonly Piece[] };

/** An entry compared with what the platform holds for it. */
export interface EntryDiff {
  readonly skill?: { readonly from: string; readonly to: string } | undefined;
  readonly title?: { readonly from: string; readonly to: string } | undefined;
  /**
   * A changed similarity threshold, as written (`default (0.9)` when not set); `unsent` when
   * the API the change goes through has no threshold (v1): the bot keeps its own.
   */
  readonly threshold?:
    | { readonly from: string; readonly to: string; readonly unsent?: true | undefined }
    | undefined;
  readonly questionsAdded: readonly string[];
  readonly questionsRemoved: readonly string[];
  readonly messages: readonly MessageDiff[];
}

/**
 * Compares two versions of an entry. Either may be missing (a new or a removed entry). `api`
 * is the API the change goes through: v1 sends no threshold, so its change is marked `unsent`.
 */
export function diffEntry(
  before: EntryView | undefined,
  after: EntryView | undefined,
  api: "v1" | "v2" = "v2",
): EntryDiff {
  const b = before?.questions ?? [];
  const a = after?.questions ?? [];
  const unsent = api === "v1" ? { unsent: true as const } : {};
  return {
    skill:
      before && after && before.skill !== after.skill
        ? { from: before.skill, to: after.skill }
        : undefined,
    title:
      before && after && before.title !== after.title
        ? { from: before.title, to: after.title }
        : undefined,
    threshold:
      before && after && before.threshold !== after.threshold
        ? {
            from: thresholdShown(before.threshold),
            to: thresholdShown(after.threshold),
            ...unsent,
          }
        : !before && after?.threshold !== undefined
          ? { from: "", to: thresholdShown(after.threshold), ...unsent }
          : undefined,
    questionsAdded: a.filter((q) => !b.includes(q)),
    questionsRemoved: b.filter((q) => !a.includes(q)),
    messages: diffMessages(before?.messages ?? [], after?.messages ?? []),
  };
}

/** Said beside a threshold change the v1 API does not send. */
export const THRESHOLD_UNSENT =
  "(not sent: the v1 API has no threshold, so the bot uses its default)";

/** A threshold as reviewers read it. */
function thresholdShown(threshold: number | undefined): string {
  return threshold === undefined ? "default (0.9)" : String(threshold);
}

/** True when the diff shows nothing (an entry sent again unchanged). */
export function isEmptyDiff(diff: EntryDiff): boolean {
  return (
    !diff.skill &&
    !diff.title &&
    !diff.threshold &&
    diff.questionsAdded.length === 0 &&
    diff.questionsRemoved.length === 0 &&
    diff.messages.every((m) => m.kind === "same")
  );
}

/**
 * A message as reviewers read it: text with each link as `label (url)` and each `:ask` as
 * `label [asks: question]`; a card as its type and every field, one per line.
 */
export function messageText(message: Message): string {
  if (typeof message !== "string") return cardText(message);
  return message.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_, href: string, label: string) => {
    const asks = askedQuestion(href);
    return asks === undefined ? `${label} (${href})` : `${label} [asks: ${asks}]`;
  });
}

function cardText(card: Card): string {
  if ("news" in card) {
    return card.news.articles
      .map((a) =>
        [
          `[news] ${a.title}`,
          `  description: ${a.description}`,
          `  url: ${a.url}`,
          ...(a.picurl ? [`  picture: ${a.picurl}`] : []),
          `  type: ${a.type}`,
        ].join("\n"),
      )
      .join("\n");
  }
  if ("image" in card) {
    return [
      `[image] ${card.image.media_id}`,
      ...(card.image.url ? [`  url: ${card.image.url}`] : []),
    ].join("\n");
  }
  const p = card.miniprogrampage;
  return [
    `[mini program] ${p.title}`,
    `  appid: ${p.appid}`,
    `  page: ${p.pagepath}`,
    `  thumbnail: ${p.thumb_media_id}${p.thumb_url ? ` (${p.thumb_url})` : ""}`,
  ].join("\n");
}

/**
 * Aligns the messages; a removed message followed by an added one of the same kind (text, or
 * the same card type) is one changed message, diffed word by word.
 */
function diffMessages(before: readonly Message[], after: readonly Message[]): MessageDiff[] {
  const out: MessageDiff[] = [];
  const chunks = diffArrays(before.map(messageText), after.map(messageText));
  const kinds = (from: readonly Message[]) => from.map(messageKind);
  let b = 0;
  let a = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk) continue;
    const next = chunks[i + 1];
    if (chunk.removed && next?.added) {
      const oldKinds = kinds(before.slice(b, b + chunk.count));
      const newKinds = kinds(after.slice(a, a + next.count));
      const pairs = Math.min(chunk.value.length, next.value.length);
      let k = 0;
      for (; k < pairs && oldKinds[k] === newKinds[k]; k++) {
        out.push({ kind: "changed", pieces: diffWords(chunk.value[k] ?? "", next.value[k] ?? "") });
      }
      for (const text of chunk.value.slice(k)) out.push({ kind: "del", text });
      for (const text of next.value.slice(k)) out.push({ kind: "add", text });
      b += chunk.count;
      a += next.count;
      i++;
      continue;
    }
    const kind = chunk.added ? "add" : chunk.removed ? "del" : "same";
    for (const text of chunk.value) out.push({ kind, text });
    if (!chunk.added) b += chunk.count;
    if (!chunk.removed) a += chunk.count;
  }
  return out;
}

/** `text`, or the card's type. */
function messageKind(message: Message): string {
  return typeof message === "string" ? "text" : (Object.keys(message)[0] ?? "card");
}

/**
 * Made on first use, not when the module loads: ICU loads its Chinese word dictionary for it
 * (~3.5 ms), which every command paid at start-up, though only a diff of a changed answer uses it.
 */
let segmenter: Intl.Segmenter | undefined;

/** Word-level differences between two texts, adjacent pieces of one kind merged. */
export function diffWords(before: string, after: string): Piece[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const cut = segmenter;
  const words = (text: string) => [...cut.segment(text)].map((s) => s.segment);
  const pieces: Piece[] = [];
  for (const chunk of diffArrays(words(before), words(after))) {
    const kind = chunk.added ? "add" : chunk.removed ? "del" : "same";
    const text = chunk.value.join("");
    const last = pieces.at(-1);
    if (last?.kind === kind) pieces[pieces.length - 1] = { kind, text: last.text + text };
    else pieces.push({ kind, text });
  }
  return pieces;
}

/** How a terminal marks changes: ANSI colours, or plain `[-removed-]{+added+}` markers. */
export interface DiffStyle {
  readonly add: (text: string) => string;
  readonly del: (text: string) => string;
}

export const PLAIN_STYLE: DiffStyle = {
  add: (text) => `{+${text}+}`,
  del: (text) => `[-${text}-]`,
};

/** picocolors' colour functions: escape codes, or (when disabled) the text unchanged. */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** Colours for a terminal (picocolors' escape codes) and the plain identity functions. */
export const COLORS: Colors = picocolors.createColors(true);
export const NO_COLORS: Colors = picocolors.createColors(false);

export const COLOR_STYLE: DiffStyle = { add: COLORS.green, del: COLORS.red };

/**
 * Whether to colour text written to a stream: on a terminal (not `TERM=dumb`), unless NO_COLOR
 * is set; FORCE_COLOR (not 0 or false) forces it on, even with NO_COLOR
 * (https://no-color.org, https://force-color.org). picocolors makes the escape codes; this
 * decides, per stream, instead of its one guess from stdout at import.
 */
export function colorWanted(isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTty && env.TERM !== "dumb";
}

/** The diff's marks for a stream: colours when colorWanted says so, else `{+ +}`/`[- -]`. */
export function diffStyleFor(isTty: boolean, env: NodeJS.ProcessEnv): DiffStyle {
  return colorWanted(isTty, env) ? COLOR_STYLE : PLAIN_STYLE;
}

/** The diff as indented lines for a terminal. */
export function diffLines(diff: EntryDiff, style: DiffStyle, indent = "    "): string[] {
  const lines: string[] = [];
  if (diff.skill)
    lines.push(`${indent}skill: ${style.del(diff.skill.from)} → ${style.add(diff.skill.to)}`);
  if (diff.title)
    lines.push(`${indent}title: ${style.del(diff.title.from)} → ${style.add(diff.title.to)}`);
  if (diff.threshold)
    lines.push(
      (diff.threshold.from === ""
        ? `${indent}threshold: ${style.add(diff.threshold.to)}`
        : `${indent}threshold: ${style.del(diff.threshold.from)} → ${style.add(diff.threshold.to)}`) +
        (diff.threshold.unsent ? ` ${THRESHOLD_UNSENT}` : ""),
    );
  for (const q of diff.questionsRemoved) lines.push(`${indent}- question: ${style.del(q)}`);
  for (const q of diff.questionsAdded) lines.push(`${indent}+ question: ${style.add(q)}`);
  diff.messages.forEach((m, i) => {
    const head = `${indent}message ${i + 1}`;
    // Each line styled on its own, so a colour never runs past the end of a line.
    const body = (text: string, mark: (line: string) => string = (l) => l) =>
      text.split("\n").map((l) => (l === "" ? "" : `${indent}  ${mark(l)}`));
    switch (m.kind) {
      case "same":
        // Shown in full only where the message is the whole change (a new entry's answer).
        lines.push(`${head}: unchanged`);
        break;
      case "add":
        lines.push(`${head} (added):`, ...body(m.text, style.add));
        break;
      case "del":
        lines.push(`${head} (removed):`, ...body(m.text, style.del));
        break;
      case "changed":
        lines.push(
          `${head} (changed):`,
          ...body(
            m.pieces
              .map((p) => (p.kind === "same" ? p.text : perLine(p.text, style[p.kind])))
              .join(""),
          ),
        );
        break;
    }
  });
  return lines;
}

/** Applies a mark to each line of `text` on its own (a colour must not run across lines). */
function perLine(text: string, mark: (line: string) => string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : mark(line)))
    .join("\n");
}

/**
 * The diff as one line of HTML for a pull-request comment: content escaped, changes as
 * `<del>`/`<ins>`, lines as `<br>`. One line, so that cutting a long comment at a line boundary
 * never leaves an element open.
 */
export function diffHtml(diff: EntryDiff): string {
  const html = (text: string) => escapeHtml(text).replace(/\r?\n/g, "<br>");
  const ins = (text: string) => `<ins>${html(text)}</ins>`;
  const del = (text: string) => `<del>${html(text)}</del>`;
  const parts: string[] = [];
  if (diff.skill) parts.push(`skill: ${del(diff.skill.from)} → ${ins(diff.skill.to)}`);
  if (diff.title) parts.push(`title: ${del(diff.title.from)} → ${ins(diff.title.to)}`);
  if (diff.threshold)
    parts.push(
      (diff.threshold.from === ""
        ? `threshold: ${ins(diff.threshold.to)}`
        : `threshold: ${del(diff.threshold.from)} → ${ins(diff.threshold.to)}`) +
        (diff.threshold.unsent ? ` <i>${THRESHOLD_UNSENT}</i>` : ""),
    );
  for (const q of diff.questionsRemoved) parts.push(`− question: ${del(q)}`);
  for (const q of diff.questionsAdded) parts.push(`+ question: ${ins(q)}`);
  diff.messages.forEach((m, i) => {
    const head = `<b>message ${i + 1}</b>`;
    switch (m.kind) {
      case "same":
        parts.push(`${head}: unchanged`);
        break;
      case "add":
        parts.push(`${head} (added):<br>${ins(m.text)}`);
        break;
      case "del":
        parts.push(`${head} (removed):<br>${del(m.text)}`);
        break;
      case "changed":
        parts.push(
          `${head} (changed):<br>${m.pieces.map((p) => (p.kind === "same" ? html(p.text) : p.kind === "add" ? ins(p.text) : del(p.text))).join("")}`,
        );
        break;
    }
  });
  return parts.join("<br>");
}
