/**
 * The preview page's own words (headings, labels, badges, empty states, the search box, what
 * its script says), in every language faqops speaks. Content from entries is never here: it is
 * shown as it is. A string may hold `{name}` placeholders, filled by `previewText` (or, for the
 * script's strings, by the page's script); both languages of a key have the same placeholders.
 */
import type { Lang } from "./lang.js";
import "./text.js"; // registers the plan summary's fragments
import { type Entry, registeredKinds, translate } from "./template.js";

const EN = {
  // The page around the data.
  pageTitle: "faqops preview",
  pageTitleChanges: "faqops preview: changes",
  searchPlaceholder: "Search titles, questions and answers",
  searchLabel: "Search entries",
  noscript: "The preview is drawn by its script: allow JavaScript for this page.",
  // The entries page.
  headingEntries: "FAQ preview",
  entryOne: "{n} entry",
  entryOther: "{n} entries",
  skillOne: "{n} skill",
  skillOther: "{n} skills",
  draftsOne: ", {n} of them a draft (not synced)",
  draftsOther: ", {n} of them drafts (not synced)",
  summaryEntries: "{entries} in {skills}{drafts}. Tap a blue question to ask it.",
  emptyEntries: "The content has no entry.",
  badgeDraft: "draft: not synced",
  // The changes page.
  headingChanges: "FAQ changes",
  emptyChanges:
    "Nothing to review: no entry would be created, changed or renamed, and none is on the bot but not in the content.",
  emptyChangesPending:
    "Nothing to review in the content: no entry would be created, changed or renamed. But the live bot still answers as at the last publish, until a publish: since then {pending} (`faqops plan` names them).",
  pendingWritten: "{entries} written",
  pendingDisabled: "{entries} disabled",
  pendingRemoved: "{entries} removed by a prune",
  pendingTasks: "{tasks} of an interrupted run not yet settled",
  taskOne: "{n} import task",
  taskOther: "{n} import tasks",
  pendingJoin: " and ",
  sideBefore: "On the bot now",
  sideBeforeUnpublished:
    "Written to the bot, not yet published (the live bot may still answer otherwise)",
  sideAfter: "After this change",
  beforeUnavailable: "Previous version not available",
  notLookedUp: "it was not looked up",
  notOnBotYet: "Not on the bot yet: a new entry.",
  notInContent: "Not in the content",
  notForTarget: "Not for this target",
  badgeCreate: "new",
  badgeResend: "sent again ({resend})",
  badgeUpdate: "changed",
  badgeRenamed: "renamed",
  badgeMoved: "moved",
  badgeRemove: "not in the content",
  badgeExcluded: "not for this target",
  noteRenamed:
    "Renamed from {from} (same {by}); the old one stays on the bot until {prune} removes it.",
  noteMoved:
    "Moved from {from} (same {by}); the old one stays on the bot until {prune} removes it.",
  matchedById: "id",
  matchedByFile: "file",
  noteRemove: "{why}; still on the bot until {prune} removes it.",
  // What sends every entry again, and what takes drift off: the CLI's flags, the action's inputs.
  resendCli: "--resend-all",
  resendAction: "resend-all: true",
  pruneCli: "faqops apply --prune",
  pruneAction: "an apply with prune: true",
  driftDeleted: "deleted",
  driftDraft: "now a draft",
  driftExcluded: "not for this target",
  driftRenamed: 'renamed to "{title}"',
  driftMoved: 'moved to {skill} / "{title}"',
  // What the page's script writes.
  asks: "asks: {q}",
  askUnavailable:
    "The bot answers this with “{title}”, whose previous version is not available: {why}",
  askNone: "No entry answers “{q}”: the bot would not know what to reply.",
  similarQuestions: "Similar questions:",
  reset: "Reset conversation",
  noMatch: "No entry matches the search.",
  searchCount: "{shown} of {total}",
} as const;

/** A key of the preview's catalogue. */
export type PreviewKey = keyof typeof EN;

export type PreviewCatalogue = Readonly<Record<PreviewKey, string>>;

const ZH_CN: PreviewCatalogue = {
  pageTitle: "faqops 预览",
  pageTitleChanges: "faqops 预览：变更",
  searchPlaceholder: "搜索标题、问题和答案",
  searchLabel: "搜索条目",
  noscript: "预览由页面脚本绘制：请允许此页面运行 JavaScript。",
  headingEntries: "FAQ 预览",
  entryOne: "{n} 个条目",
  entryOther: "{n} 个条目",
  skillOne: "{n} 个技能",
  skillOther: "{n} 个技能",
  draftsOne: "，其中 {n} 个是草稿（不同步）",
  draftsOther: "，其中 {n} 个是草稿（不同步）",
  summaryEntries: "共 {entries}，分属 {skills}{drafts}。点击蓝色问题即可提问。",
  emptyEntries: "内容中没有条目。",
  badgeDraft: "草稿：不同步",
  headingChanges: "FAQ 变更",
  emptyChanges:
    "没有需要审阅的内容：没有条目会被新建、修改或重命名，也没有条目在机器人上却不在内容中。",
  emptyChangesPending:
    "内容中没有需要审阅的改动：没有条目会被新建、修改或重命名。但在发布之前，线上机器人仍按上次发布时的内容回答：此后{pending}（`faqops plan` 会列出它们）。",
  pendingWritten: "写入了 {entries}",
  pendingDisabled: "停用了 {entries}",
  pendingRemoved: "被 prune 删除了 {entries}",
  pendingTasks: "中断的运行留下 {tasks}尚未确认结果",
  taskOne: "{n} 个导入任务",
  taskOther: "{n} 个导入任务",
  pendingJoin: "，",
  sideBefore: "机器人上的现状",
  sideBeforeUnpublished: "已写入机器人，尚未发布（线上机器人可能仍按之前的版本回答）",
  sideAfter: "本次变更后",
  beforeUnavailable: "之前的版本无法显示",
  notLookedUp: "没有查找",
  notOnBotYet: "机器人上还没有：这是新条目。",
  notInContent: "不在内容中",
  notForTarget: "不属于这个目标",
  badgeCreate: "新建",
  badgeResend: "重新发送（{resend}）",
  badgeUpdate: "已修改",
  badgeRenamed: "已重命名",
  badgeMoved: "已移动",
  badgeRemove: "不在内容中",
  badgeExcluded: "不属于这个目标",
  noteRenamed: "由 {from} 重命名而来（{by}相同）；旧条目仍留在机器人上，直到 {prune} 将其移除。",
  noteMoved: "由 {from} 移动而来（{by}相同）；旧条目仍留在机器人上，直到 {prune} 将其移除。",
  matchedById: "id ",
  matchedByFile: "文件",
  noteRemove: "{why}；在 {prune} 将其移除之前，仍留在机器人上。",
  resendCli: "--resend-all",
  resendAction: "resend-all: true",
  pruneCli: "faqops apply --prune",
  pruneAction: "带 prune: true 的 apply",
  driftDeleted: "已从内容中删除",
  driftDraft: "已改为草稿",
  driftExcluded: "不属于这个目标",
  driftRenamed: '已重命名为 "{title}"',
  driftMoved: '已移到 {skill} / "{title}"',
  asks: "提问：{q}",
  askUnavailable: "机器人用“{title}”回答这个问题，但它之前的版本无法显示：{why}",
  askNone: "没有条目回答“{q}”：机器人不知道该如何回复。",
  similarQuestions: "相似问题：",
  reset: "重置对话",
  noMatch: "没有与搜索匹配的条目。",
  searchCount: "{shown} / {total}",
};

/** The preview's strings, by language. */
export const PREVIEW_STRINGS: Readonly<Record<Lang, PreviewCatalogue>> = {
  en: EN,
  "zh-CN": ZH_CN,
};

/** The keys whose strings the page's script fills in the browser (sent in the page data). */
export const PREVIEW_SCRIPT_KEYS = [
  "asks",
  "askUnavailable",
  "askNone",
  "similarQuestions",
  "reset",
  "noMatch",
  "searchCount",
] as const satisfies readonly PreviewKey[];

export type PreviewScriptStrings = Readonly<Record<(typeof PREVIEW_SCRIPT_KEYS)[number], string>>;

/** Fills `{name}` placeholders; one without a value stays as it is. */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The page's string `key` in `lang`, placeholders filled. */
export function previewText(
  lang: Lang,
  key: PreviewKey,
  values?: Readonly<Record<string, string | number>>,
): string {
  return fillPlaceholders(PREVIEW_STRINGS[lang][key], values);
}

/** `n` with the word for one or for several: `1 entry`, `3 entries`. */
export function previewCount(lang: Lang, n: number, one: PreviewKey, other: PreviewKey): string {
  return previewText(lang, n === 1 ? one : other, { n });
}

/** The strings the page's script needs, in `lang`. */
export function previewScriptStrings(lang: Lang): PreviewScriptStrings {
  const strings = PREVIEW_STRINGS[lang];
  return Object.fromEntries(
    PREVIEW_SCRIPT_KEYS.map((key) => [key, strings[key]]),
  ) as PreviewScriptStrings;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/**
 * What is wrong with a catalogue, one line each (none when all is well): a key of English
 * without a string in another language, a blank one, one with other placeholders, or a key
 * English does not have. Tests run it on PREVIEW_STRINGS.
 */
export function previewCatalogueProblems(
  catalogue: Readonly<Record<string, Readonly<Record<string, string>>>> = PREVIEW_STRINGS,
): string[] {
  const problems: string[] = [];
  const english = catalogue.en ?? {};
  for (const [lang, strings] of Object.entries(catalogue)) {
    if (lang === "en") continue;
    for (const [key, en] of Object.entries(english)) {
      const text = strings[key];
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`${lang}: no string for "${key}"`);
      } else if (placeholders(text).join() !== placeholders(en).join()) {
        problems.push(
          `${lang}: "${key}" has placeholders ${placeholders(text).join(", ") || "none"}, English ${placeholders(en).join(", ") || "none"}`,
        );
      }
    }
    for (const key of Object.keys(strings)) {
      if (!Object.hasOwn(english, key)) problems.push(`${lang}: "${key}" is not an English key`);
    }
  }
  return problems;
}

/**
 * A phrase faqops makes in English elsewhere, in `lang`, by the CLI's fragment catalogue `kind`
 * (text.ts): `plan-summary` (render/plan.ts' planSummary, as `faqops plan` prints it after
 * `Plan:`), `before-why` (why sync/before.ts found no before). Kept in English if it has no entry.
 */
export function previewPhrase(
  kind: "plan-summary" | "before-why",
  text: string,
  lang: Lang,
): string {
  if (lang === "en") return text;
  const entries = registeredKinds()[kind];
  if (!Array.isArray(entries)) return text;
  return translate(entries as readonly Entry[], text)?.text ?? text;
}
