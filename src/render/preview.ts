/**
 * The preview page: every entry (or, for a plan, every change, before and after) as a WeChat
 * conversation, in one self-contained HTML file. Pure: data in, an HTML string out.
 *
 * Content is untrusted (a pull request's author writes it). It reaches the page only as JSON in
 * a `<script type="application/json">` block, with `<`, `>` and `&` escaped, and the page's own
 * script builds every node from it with textContent and setAttribute; links and image sources
 * are http(s) only. The Content-Security-Policy allows no script or style but the page's own
 * (by hash) and no request but images, so even a mistake here could not load anything else.
 */
import { createHash } from "node:crypto";
import type { AnswerReader } from "../content/answer-reader.js";
import type { CompiledEntry } from "../content/types.js";
import { compareStrings } from "../diagnostics.js";
import type { Lang } from "../i18n/lang.js";
import {
  type PreviewScriptStrings,
  previewCount,
  previewPhrase,
  previewScriptStrings,
  previewText,
} from "../i18n/preview.js";
import { identityKey } from "../platform/identity.js";
import type { RemoveAction } from "../sync/apply.js";
import type { Before, BeforeEntry } from "../sync/before.js";
import { compareIdentity, unpublishedCounts } from "../sync/lockfile.js";
import { identityOf, type Plan, type PlanAction } from "../sync/plan.js";
import { planSummary } from "./plan.js";
import { PREVIEW_CSS, PREVIEW_SCRIPT } from "./preview-assets.js";
import { type AnswerSource, AnswerTable, AnswerWorld, type ViewAnswer } from "./preview-model.js";
import type { Audience } from "./words.js";

export type { ViewAnswer, ViewMessage, ViewSegment } from "./preview-model.js";

/** One side of an item: a conversation (an index into PageData.answers) or why there is none. */
export type ViewSide =
  | { readonly label: string; readonly answer: number }
  | { readonly label: string; readonly empty: string; readonly why: string | null };

/** One entry, or one change of a plan. */
export interface ViewItem {
  readonly kind: "entry" | "draft" | "create" | "update" | "rename" | "remove";
  readonly badge: string | null;
  /** The entry's file, relative to the content directory. */
  readonly source: string | null;
  readonly note: string | null;
  readonly sides: readonly ViewSide[];
}

export interface ViewGroup {
  readonly skill: string;
  readonly items: readonly ViewItem[];
}

/** Everything the page shows, as the JSON its script reads. */
export interface PageData {
  readonly mode: "entries" | "changes";
  readonly heading: string;
  readonly summary: string;
  /** Shown when there is no item at all. */
  readonly empty: string;
  /** Every answer shown, or reachable by tapping a recommended question. */
  readonly answers: readonly ViewAnswer[];
  readonly groups: readonly ViewGroup[];
  /** The words the page's script writes, in the page's language (`{name}` placeholders). */
  readonly ui: PreviewScriptStrings;
}

/**
 * How a page is drawn: `lang` is the language of its own words (content stays as it is);
 * `audience` whose words say what sends an entry again or takes it off the bot (the CLI's
 * flags, default, or the action's inputs).
 */
export interface PreviewOptions {
  readonly lang?: Lang;
  readonly audience?: Audience;
}

function entrySource(entry: CompiledEntry, answers: AnswerReader): AnswerSource {
  return {
    skill: entry.skill,
    title: entry.title,
    questions: entry.questions,
    // Read only when shown: an answer may be read from the compile cache.
    messages: () => answers.read(entry).messages,
  };
}

function beforeSource(entry: BeforeEntry): AnswerSource {
  return { ...entry, messages: () => entry.messages };
}

/** Groups items by skill, keeping the order they come in. */
function groupBySkill(items: readonly { skill: string; item: ViewItem }[]): ViewGroup[] {
  const groups = new Map<string, ViewItem[]>();
  for (const { skill, item } of items) {
    const list = groups.get(skill);
    if (list) list.push(item);
    else groups.set(skill, [item]);
  }
  return [...groups].map(([skill, list]) => ({ skill, items: list }));
}

/**
 * The page data for every entry of the content, drafts included (marked: they are not synced,
 * so no recommended question reaches them), grouped by skill.
 */
export function entriesPageData(
  entries: readonly CompiledEntry[],
  answers: AnswerReader,
  { lang = "en" }: PreviewOptions = {},
): PageData {
  const sorted = [...entries].sort(
    (a, b) => compareIdentity(a, b) || compareStrings(a.source, b.source),
  );
  const sources = new Map(sorted.map((e) => [e, entrySource(e, answers)]));
  const table = new AnswerTable();
  const world = new AnswerWorld(
    table,
    sorted.filter((e) => !e.draft).map((e) => sources.get(e)!),
  );
  const items = sorted.map((entry) => ({
    skill: entry.skill,
    item: {
      kind: entry.draft ? "draft" : "entry",
      badge: entry.draft ? previewText(lang, "badgeDraft") : null,
      source: entry.source,
      note: null,
      sides: [{ label: "", answer: world.add(sources.get(entry)!) }],
    } satisfies ViewItem,
  }));
  const drafts = entries.filter((e) => e.draft).length;
  const skills = new Set(entries.map((e) => e.skill)).size;
  return {
    mode: "entries",
    heading: previewText(lang, "headingEntries"),
    summary: previewText(lang, "summaryEntries", {
      entries: previewCount(lang, entries.length, "entryOne", "entryOther"),
      skills: previewCount(lang, skills, "skillOne", "skillOther"),
      drafts: drafts > 0 ? previewCount(lang, drafts, "draftsOne", "draftsOther") : "",
    }),
    empty: previewText(lang, "emptyEntries"),
    answers: table.drain(),
    groups: groupBySkill(items),
    ui: previewScriptStrings(lang),
  };
}

/**
 * The page data for a plan's changes (creates, updates, renames, and entries no longer in the
 * content), each with the version on the bot beside the new one. `before` holds what the
 * platform has, keyed by identityKey() of the previous identity (the lock entry's); a change
 * with no before there, or one not found, says why on its before side.
 *
 * Recommended questions resolve in the state of their side: after, against the content's
 * entries and the drift this apply leaves on the bot (none when it prunes); before, against
 * what the bot holds (unchanged entries and the befores; one that cannot be shown answers with
 * why), so a tap shows what a user would get today. Only the answers shown, and those their
 * taps reach, are read.
 */
export function changesPageData(
  plan: Plan,
  answers: AnswerReader,
  before: ReadonlyMap<string, Before> = new Map(),
  { lang = "en", audience = "cli" }: PreviewOptions = {},
): PageData {
  // Why a before cannot be shown: sync/before.ts' English, translated where the CLI's is.
  const why = (text: string) => previewPhrase("before-why", text, lang);
  const table = new AnswerTable();
  const afterSources = new Map<CompiledEntry, AnswerSource>();
  const beforeSources = new Map<string, AnswerSource>();
  const beforeAskable: AnswerSource[] = [];
  for (const action of plan.actions) {
    if (action.kind !== "remove") {
      const source = entrySource(action.entry, answers);
      afterSources.set(action.entry, source);
      if (action.kind === "unchanged") beforeAskable.push(source);
    }
    if (action.kind === "update" || action.kind === "rename" || action.kind === "remove") {
      const key = identityKey(action.previous);
      if (beforeSources.has(key)) continue;
      const found = before.get(key);
      // A before that cannot be shown is still on the bot: a tap that reaches it says so rather
      // than "no entry answers". Only its title is known (the lockfile keeps no questions).
      const source: AnswerSource = found?.found
        ? beforeSource(found.entry)
        : {
            skill: action.previous.skill,
            title: action.previous.title,
            questions: [],
            messages: () => [],
            unavailable: found && !found.found ? why(found.why) : previewText(lang, "notLookedUp"),
          };
      beforeSources.set(key, source);
      beforeAskable.push(source);
    }
  }
  // Drift stays on the bot, answering, until a prune takes it off: after this apply a tap can
  // still reach it (after the content's entries, which win a tie), unless the plan prunes.
  const prunes = plan.prune !== undefined && plan.prune.refusal === undefined;
  const drift = prunes
    ? []
    : plan.actions.flatMap((a) =>
        a.kind === "remove" ? [beforeSources.get(identityKey(a.previous))!] : [],
      );
  const afterWorld = new AnswerWorld(table, [...afterSources.values(), ...drift]);
  const beforeWorld = new AnswerWorld(table, beforeAskable);

  const beforeSide = (action: Extract<PlanAction, { previous: unknown }>): ViewSide => {
    const key = identityKey(action.previous);
    const source = beforeSources.get(key)!;
    // Written since the last publish: the bot holds this version, the live bot may not yet.
    const label = previewText(
      lang,
      action.previous.unpublished ? "sideBeforeUnpublished" : "sideBefore",
    );
    if (source.unavailable === undefined) return { label, answer: beforeWorld.add(source) };
    return {
      label,
      empty: previewText(lang, "beforeUnavailable"),
      why: source.unavailable,
    };
  };
  const afterSide = (entry: CompiledEntry): ViewSide => ({
    label: previewText(lang, "sideAfter"),
    answer: afterWorld.add(afterSources.get(entry)!),
  });

  const items: { skill: string; item: ViewItem }[] = [];
  for (const action of plan.actions) {
    const item = changeItem(action, beforeSide, afterSide, lang, audience);
    if (item) items.push({ skill: identityOf(action).skill, item });
  }
  return {
    mode: "changes",
    heading: previewText(lang, "headingChanges"),
    summary: previewPhrase("plan-summary", planSummary(plan), lang),
    empty: emptyChanges(plan, lang),
    answers: table.drain(),
    groups: groupBySkill(items),
    ui: previewScriptStrings(lang),
  };
}

/**
 * What the changes page says when it has no item: nothing to review, or, when writes or a
 * prune are not yet published, that the live bot still differs from the bot until a publish.
 */
function emptyChanges(plan: Plan, lang: Lang): string {
  const count = (n: number) => previewCount(lang, n, "entryOne", "entryOther");
  // A disable (v2) takes an entry off the live bot once published; it writes nothing new.
  const { written, disabled } = unpublishedCounts(plan.unpublishedEntries);
  const pending = [
    ...(written > 0 ? [previewText(lang, "pendingWritten", { entries: count(written) })] : []),
    ...(disabled > 0 ? [previewText(lang, "pendingDisabled", { entries: count(disabled) })] : []),
    ...(plan.prunedUnpublished.length > 0
      ? [
          previewText(lang, "pendingRemoved", {
            entries: count(plan.prunedUnpublished.length),
          }),
        ]
      : []),
    ...(plan.pendingTasks > 0
      ? [
          previewText(lang, "pendingTasks", {
            tasks: previewCount(lang, plan.pendingTasks, "taskOne", "taskOther"),
          }),
        ]
      : []),
  ];
  if (pending.length === 0) return previewText(lang, "emptyChanges");
  return previewText(lang, "emptyChangesPending", {
    pending: pending.join(previewText(lang, "pendingJoin")),
  });
}

function changeItem(
  action: PlanAction,
  beforeSide: (action: Extract<PlanAction, { previous: unknown }>) => ViewSide,
  afterSide: (entry: CompiledEntry) => ViewSide,
  lang: Lang,
  audience: Audience,
): ViewItem | undefined {
  const inputs = audience === "action";
  const prune = previewText(lang, inputs ? "pruneAction" : "pruneCli");
  switch (action.kind) {
    case "unchanged":
      return undefined;
    case "create":
      return {
        kind: "create",
        badge: previewText(lang, "badgeCreate"),
        source: action.entry.source,
        note: null,
        sides: [
          {
            label: previewText(lang, "sideBefore"),
            empty: previewText(lang, "notOnBotYet"),
            why: null,
          },
          afterSide(action.entry),
        ],
      };
    case "update":
      return {
        kind: "update",
        badge: action.resend
          ? previewText(lang, "badgeResend", {
              resend: previewText(lang, inputs ? "resendAction" : "resendCli"),
            })
          : previewText(lang, "badgeUpdate"),
        source: action.entry.source,
        note: null,
        sides: [beforeSide(action), afterSide(action.entry)],
      };
    case "rename": {
      const { previous, entry } = action;
      const renamed = previous.skill === entry.skill;
      const from = renamed ? `“${previous.title}”` : `${previous.skill} / “${previous.title}”`;
      return {
        kind: "rename",
        badge: previewText(lang, renamed ? "badgeRenamed" : "badgeMoved"),
        source: entry.source,
        note: previewText(lang, renamed ? "noteRenamed" : "noteMoved", {
          from,
          by: previewText(lang, action.matchedBy === "id" ? "matchedById" : "matchedByFile"),
          prune,
        }),
        sides: [beforeSide(action), afterSide(entry)],
      };
    }
    case "remove": {
      // An entry this target no longer takes still has its file: not "not in the content".
      const excluded = action.reason === "excluded";
      return {
        kind: "remove",
        badge: previewText(lang, excluded ? "badgeExcluded" : "badgeRemove"),
        source: action.previous.source,
        note: capitalise(previewText(lang, "noteRemove", { why: driftWhy(action, lang), prune })),
        sides: [
          beforeSide(action),
          {
            label: previewText(lang, "sideAfter"),
            empty: previewText(lang, excluded ? "notForTarget" : "notInContent"),
            why: driftWhy(action, lang),
          },
        ],
      };
    }
  }
}

/** Why an entry is drift, in `lang` (in English the words of render/plan.ts' driftWhy). */
function driftWhy(action: RemoveAction, lang: Lang): string {
  const { to } = action;
  const values = { title: to?.title ?? "", skill: to?.skill ?? "" };
  switch (action.reason) {
    case "deleted":
      return previewText(lang, "driftDeleted");
    case "draft":
      return previewText(lang, "driftDraft");
    case "excluded":
      return previewText(lang, "driftExcluded");
    case "renamed":
      return previewText(lang, "driftRenamed", values);
    case "moved":
      return previewText(lang, "driftMoved", values);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` (only ever inside strings)
 * become \\u escapes, so no content can close the element or open a comment; U+2028/2029 too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The page's Content-Security-Policy: its own style and script, and images from the web. */
const CSP = [
  "default-src 'none'",
  "img-src http: https:",
  `style-src ${cspHash(PREVIEW_CSS)}`,
  `script-src ${cspHash(PREVIEW_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Text for an HTML element or a double-quoted attribute: the page's own words only. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );
}

/** The self-contained HTML page for `data`, its own words (title, search box) in `lang`. */
export function renderPreviewPage(data: PageData, { lang = "en" }: PreviewOptions = {}): string {
  const title = escapeHtml(
    previewText(lang, data.mode === "changes" ? "pageTitleChanges" : "pageTitle"),
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${PREVIEW_CSS}</style>
</head>
<body>
<header class="top">
<h1 id="heading">${title}</h1>
<span class="summary" id="summary"></span>
<input class="search" id="search" type="search" placeholder="${escapeHtml(previewText(lang, "searchPlaceholder"))}" aria-label="${escapeHtml(previewText(lang, "searchLabel"))}" autocomplete="off">
<span class="count" id="count" aria-live="polite"></span>
</header>
<main id="app"><noscript>${escapeHtml(previewText(lang, "noscript"))}</noscript></main>
<script type="application/json" id="faqops-data">${scriptJson(data)}</script>
<script>${PREVIEW_SCRIPT}</script>
</body>
</html>
`;
}

/** The preview page of every entry in the content; `answers` reads their answers. */
export function renderPreview(
  entries: readonly CompiledEntry[],
  answers: AnswerReader,
  options: PreviewOptions = {},
): string {
  return renderPreviewPage(entriesPageData(entries, answers, options), options);
}

/**
 * The preview page of a plan's changes, before and after side by side; `answers` reads the
 * new answers shown, and `before` (keyed by identityKey() of the previous identity) holds the
 * platform's versions, as far as known.
 */
export function renderChangesPreview(
  plan: Plan,
  answers: AnswerReader,
  before: ReadonlyMap<string, Before> = new Map(),
  options: PreviewOptions = {},
): string {
  return renderPreviewPage(changesPageData(plan, answers, before, options), options);
}
