/**
 * The CLI's own lines in Chinese: the counts after `check`, the plan's and apply's summaries,
 * notes, publish progress, and the `faqops: …` / `hint: …` lines of an error (whose message and
 * hint are looked up in errors.ts). Lines with values only (an entry's title under its skill)
 * match no entry and are printed as they are.
 */
import "./kinds.js";
import { ERROR_HINTS, ERROR_MESSAGES } from "./errors.js";
import { type Entry, registerKinds } from "./template.js";

/** `1 entry` / `2 entries` → `1 个条目`: a count and its English noun, as plural() writes it. */
const counted = (one: string, many: string, zh: string): Entry[] => [
  { en: `{{count:n}} ${one}`, zh: `{{count}} ${zh}` },
  { en: `{{count:n}} ${many}`, zh: `{{count}} ${zh}` },
];

const PUBLISH_REMEDY_ZH = "`faqops publish`（或 `faqops apply --publish`）会发布已写入的内容";

registerKinds({
  "error-message": ERROR_MESSAGES,
  "error-hint": ERROR_HINTS,
  "count-entries": counted("entry", "entries", "个条目"),
  "count-errors": counted("error", "errors", "个错误"),
  "count-warnings": counted("warning", "warnings", "个警告"),
  "count-requests": counted("request", "requests", "个请求"),
  "count-entry-is": counted("entry is", "entries are", "个条目"),
  "count-entry-was": counted("entry was", "entries were", "个条目"),
  "count-import-tasks": counted("import task", "import tasks", "个导入任务"),
  "count-confirmations": counted("confirmation", "confirmations", "个确认"),
  "count-rich": counted("entry to write carries", "entries to write carry", "个要写入的条目带有"),
  "is-are": [
    { en: "is", zh: "" },
    { en: "are", zh: "" },
  ],
  "it-them-they": [
    { en: "it", zh: "" },
    { en: "them", zh: "" },
    { en: "they", zh: "" },
  ],
  "plan-updates": [
    {
      en: "{{update:n}} to update, {{enable:n}} to enable",
      zh: "更新 {{update}} 个，启用 {{enable}} 个",
    },
    { en: "{{update:n}} to update", zh: "更新 {{update}} 个" },
  ],
  "plan-drift": [
    { en: "{{count:n}} to disable", zh: "停用 {{count}} 个" },
    {
      en: "{{count:n}} on the bot but not in the content",
      zh: "{{count}} 个在机器人上但不在内容里",
    },
  ],
  "plan-owed": [
    { en: " {{count:n}} written, not yet published.", zh: "另有 {{count}} 个已写入、尚未发布。" },
    { en: "", zh: "" },
  ],
  "plan-summary": [
    {
      en: "{{create:n}} to create, {{updates:plan-updates}}, {{rename:n}} to rename, {{drift:plan-drift}}, {{unchanged:n}} unchanged.{{owed:plan-owed}}",
      zh: "新建 {{create}} 个，{{updates}}，重命名 {{rename}} 个，{{drift}}，未变 {{unchanged}} 个。{{owed}}",
    },
  ],
  "drift-remedy": [
    {
      en: "the v1 API removes entries only by replacing the whole bot: `faqops apply --prune` does that (review `faqops plan --prune` first)",
      zh: "v1 API 只能通过替换整个机器人来删除条目：`faqops apply --prune` 会这样做（先用 `faqops plan --prune` 检查）",
    },
    {
      en: "the v2 API switches drift off, reversibly: `faqops apply --api v2 --prune` disables it (review `faqops plan --api v2 --prune` first)",
      zh: "v2 API 可以可逆地停用它们：`faqops apply --api v2 --prune` 会停用（先用 `faqops plan --api v2 --prune` 检查）",
    },
  ],
  "apply-kinds": [
    {
      en: "{{create:n}} new, {{update:n}} changed, {{enable:n}} enabled, {{rename:n}} renamed{{requests:apply-requests}}",
      zh: "新建 {{create}} 个，改动 {{update}} 个，启用 {{enable}} 个，重命名 {{rename}} 个{{requests}}",
    },
    {
      en: "{{create:n}} new, {{update:n}} changed, {{rename:n}} renamed{{requests:apply-requests}}",
      zh: "新建 {{create}} 个，改动 {{update}} 个，重命名 {{rename}} 个{{requests}}",
    },
  ],
  "apply-requests": [
    { en: "; {{requests:count-requests}}", zh: "；{{requests}}" },
    { en: "", zh: "" },
  ],
  note: [
    {
      en: "no lockfile ({{file}}): every entry will be written; entries already on the bot with the same skill and title are overwritten in place.",
      zh: "没有锁文件（{{file}}）：所有条目都会写入；机器人上技能和标题相同的条目会被原地覆盖。",
    },
    {
      en: "{{count:count-confirmations}} from a run stopped before saving {{_:it-them-they}} ({{file}}.journal) {{_2:is-are}} taken as done; the next apply saves {{_3:it-them-they}} into the lockfile.",
      zh: "一次中途停止的运行留下了 {{count}}，尚未保存（{{file}}.journal），现按已完成处理；下次 apply 会把它们存入锁文件。",
    },
    {
      en: '{{count:count-rich}} a rich answer (a card or several messages), sent as the same JSON string v1 sends; the v2 reference cannot confirm that import accepts rich answers: after publishing, check {{_:it-them-they}} on the bot (docs/platform.md, "v1 or v2").',
      zh: "{{count}}富答案（卡片或多条消息），会以与 v1 相同的 JSON 字符串发送；v2 文档无法确认导入接口接受富答案：发布后请在机器人上检查它们（docs/platform.md，“v1 or v2”）。",
    },
  ],
});

/** The CLI's lines, most specific first. */
export const TEXT_LINES: readonly Entry[] = [
  // check, compile, preview: the counts
  {
    en: "{{entries:count-entries}}, {{errors:count-errors}}, {{warnings:count-warnings}}",
    zh: "{{entries}}，{{errors}}，{{warnings}}",
  },
  // Errors (cli/main.ts describeError)
  {
    en: "faqops: internal error: {{detail}}",
    zh: "faqops：内部错误：{{detail}}",
  },
  {
    en: "hint: this is a bug in faqops; set FAQOPS_DEBUG=1 for details and report it.",
    zh: "提示：这是 faqops 的缺陷；设置 FAQOPS_DEBUG=1 可查看详情，请报告它。",
  },
  { en: "faqops: {{message:error-message}}", zh: "faqops：{{message}}" },
  { en: "hint: {{hint:error-hint}}", zh: "提示：{{hint}}" },
  { en: "note: {{note:note}}", zh: "注意：{{note}}" },
  // The pieces alone: a count before it is coloured, a note shown without `note:` (the action).
  { en: "{{count:count-entries}}", zh: "{{count}}" },
  { en: "{{count:count-errors}}", zh: "{{count}}" },
  { en: "{{count:count-warnings}}", zh: "{{count}}" },
  { en: "{{note:note}}", zh: "{{note}}" },
  // plan
  { en: "Plan: {{summary:plan-summary}}", zh: "计划：{{summary}}" },
  {
    en: "No changes: the platform is up to date with the content.",
    zh: "没有改动：平台与内容一致。",
  },
  {
    en: "{{count:count-entry-is}} on the bot but not in the content: {{remedy:drift-remedy}}.",
    zh: "{{count}}在机器人上但不在内容里：{{remedy}}。",
  },
  {
    en: "{{count:count-entry-was}} written but not published: the live bot does not answer with {{_:it-them-they}} yet; `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    zh: `{{count}}已写入但未发布：线上机器人还不会用它们回答；${PUBLISH_REMEDY_ZH}。`,
  },
  {
    en: "{{count:count-entry-is}} written but not published: the live bot does not answer with {{_:it-them-they}} yet; `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    zh: `{{count}}已写入但未发布：线上机器人还不会用它们回答；${PUBLISH_REMEDY_ZH}。`,
  },
  {
    en: "--prune: nothing to remove; the sync stays incremental.",
    zh: "--prune：没有要删除的条目；同步仍是增量的。",
  },
  {
    en: "--prune (v2): {{count:count-entries}} ({{share}} of what faqops knows on the platform) will be DISABLED (disable: true): kept on the bot, switched off once published; bringing one back into the content switches it on again. Nothing faqops does not know is touched.",
    zh: "--prune（v2）：{{count}}（占 faqops 所知平台上条目的 {{share}}）将被【停用】（disable: true）：仍保留在机器人上，发布后不再生效；把它加回内容即可重新启用。faqops 不知道的条目不会被改动。",
  },
  {
    en: "!!! PRUNE: the whole bot's content will be REPLACED ({{how:prune-how}}) !!!",
    zh: "!!! 修剪：机器人的全部内容将被【替换】（{{how}}）!!!",
  },
  {
    en: "!!! It removes {{count:n}} entr{{_:y-ies}} ({{share}} of what faqops knows on the platform), keeps {{keeps:n}}, and also removes anything added by hand in the console. !!!",
    zh: "!!! 将删除 {{count}} 个条目（占 faqops 所知平台上条目的 {{share}}），保留 {{keeps}} 个，并且会删除在后台手工添加的所有内容。!!!",
  },
  { en: "Refused: {{why:prune-refusal}}", zh: "已拒绝：{{why}}" },
  {
    en: "Saved the plan to {{file}}: `faqops apply {{file2}}` applies exactly it.",
    zh: "计划已保存到 {{file}}：`faqops apply {{file}}` 会严格按它执行。",
  },
  // apply
  {
    en: "Nothing to do: the platform is up to date with the content (0 requests sent). {{summary:plan-summary}}",
    zh: "无事可做：平台与内容一致（发送了 0 个请求）。{{summary}}",
  },
  {
    en: "faqops knows the bot through the lockfile: if the bot was emptied or replaced since, `faqops apply --resend-all` writes every entry again.",
    zh: "faqops 通过锁文件了解机器人的状态：如果之后机器人被清空或替换过，`faqops apply --resend-all` 会重新写入所有条目。",
  },
  {
    en: "Nothing to write (0 requests sent). {{summary:plan-summary}}",
    zh: "没有需要写入的（发送了 0 个请求）。{{summary}}",
  },
  {
    en: "Nothing to write (0 entries); {{unchanged:n}} unchanged.",
    zh: "没有需要写入的（0 个条目）；未变 {{unchanged}} 个。",
  },
  {
    en: "Dry run: would write {{writes:count-entries}} ({{kinds:apply-kinds}}). Nothing was sent. {{summary:plan-summary}}",
    zh: "演练：将写入 {{writes}}（{{kinds}}）。没有发送任何内容。{{summary}}",
  },
  {
    en: "Wrote {{written:n}} of {{writes:count-entries}} ({{kinds:apply-kinds}}) in {{seconds:n}} s; {{unchanged:n}} unchanged.",
    zh: "已写入 {{written}}/{{writes}}（{{kinds}}），用时 {{seconds}} 秒；未变 {{unchanged}} 个。",
  },
  {
    en: "Stopped before anything was written: a platform error (see below). {{writes:count-entry-was}} to be written.",
    zh: "还没写入任何内容就停止了：平台出错（见下文）。原本要写入 {{writes}}。",
  },
  {
    en: "Stopped by a platform error (see below) after writing {{written:n}} of {{writes:count-entries}}.",
    zh: "写入 {{written}}/{{writes}} 后因平台出错而停止（见下文）。",
  },
  {
    en: "Failed: {{count:count-entries}} (the next run retries {{_:it-them-they}}):",
    zh: "失败：{{count}}（下次运行会重试）：",
  },
  {
    en: "Interrupted: {{written:n}} written before the stop; run apply again to send the rest.",
    zh: "已中断：停止前写入了 {{written}} 个；请再次运行 apply 发送其余的。",
  },
  {
    en: "{{count:count-entry-is}} still on the bot but not in the content:",
    zh: "{{count}}仍在机器人上，但已不在内容里：",
  },
  {
    en: "  To remove {{_:it-them-they}}: {{remedy:drift-remedy}}.",
    zh: "  如要删除：{{remedy}}。",
  },
  { en: "  … and {{count:n}} more", zh: "  ……另外还有 {{count}} 个" },
  {
    en: "Published: the live bot now answers with {{count:count-entries}} written since the last publish.",
    zh: "已发布：线上机器人现在会用上次发布以来写入的 {{count}}回答。",
  },
  {
    en: "Not published: the writes stopped. {{count:n}} written, not yet published; `faqops publish` (or `faqops apply --publish`) publishes what is written.",
    zh: `未发布：写入已停止。{{count}} 个已写入、尚未发布；${PUBLISH_REMEDY_ZH}。`,
  },
  { en: "Lockfile {{file}} updated.", zh: "锁文件 {{file}} 已更新。" },
  { en: "Lockfile {{file}} unchanged.", zh: "锁文件 {{file}} 未变。" },
  // publish, progress
  { en: "publish: {{percent:n}}% (done)", zh: "发布：{{percent}}%（完成）" },
  { en: "publish: {{percent:n}}%", zh: "发布：{{percent}}%" },
  {
    en: "Published: the content is live. Lockfile {{file}} updated.",
    zh: "已发布：内容已上线。锁文件 {{file}} 已更新。",
  },
  {
    en: "Published: the content is live. Lockfile {{file}} unchanged.",
    zh: "已发布：内容已上线。锁文件 {{file}} 未变。",
  },
  {
    en: "Publish failed: {{count:n}} written, not yet published (still marked in the lockfile). Lockfile {{file}} {{state:lockfile-state}}.",
    zh: "发布失败：{{count}} 个已写入、尚未发布（锁文件中仍有标记）。锁文件 {{file}} {{state}}。",
  },
  { en: "apply: writing {{count:n}} entr{{_:y-ies}}…", zh: "apply：正在写入 {{count}} 个条目……" },
  {
    en: "emulator: rehearsing the {{api:word}} API against {{url}} (state in {{dir}})",
    zh: "模拟器：针对 {{url}} 演练 {{api}} API（状态保存在 {{dir}}）",
  },
];

registerKinds({
  "lockfile-state": [
    { en: "updated", zh: "已更新" },
    { en: "unchanged", zh: "未变" },
  ],
  "y-ies": [
    { en: "y", zh: "" },
    { en: "ies", zh: "" },
  ],
  "prune-how": [
    { en: "batchimportskill mode 1", zh: "batchimportskill 模式 1" },
    { en: "import mode 1", zh: "导入模式 1" },
  ],
  "prune-refusal": [
    {
      en: "the content has no entry to keep: a prune would empty the bot.",
      zh: "内容里没有要保留的条目：修剪会清空机器人。",
    },
    {
      en: "it would remove {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than --prune-max {{max}}; add --force if that is intended.",
      zh: "它会删除 faqops 所知平台上 {{known}} 个条目中的 {{count}} 个（{{share}}），超过了 --prune-max {{max}}；如果确实要这样，请加 --force。",
    },
  ],
});
