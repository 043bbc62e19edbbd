/**
 * The CLI's own lines in Chinese: the counts after `check`; the plan (each change's note, its
 * diff's labels, the summary, drift, prune and task lines); apply's progress and summary; notes;
 * publish, init, emulate and compile; import's and export's reports (import.ts); the
 * `faqops: …` / `hint: …` lines of an error (whose message and hint are looked up in
 * errors.ts); and the action's notices, warnings and failures. A line's values (a title, a
 * skill, an answer's preview) are holes, kept as they are; lines with values only (a skill
 * alone, a diff's body) match no entry and are printed as they are.
 */
import "./kinds.js";
import { ERROR_HINTS, ERROR_MESSAGES } from "./errors.js";
import { IMPORT_LINES } from "./import.js";
import { type Entry, registerKinds, translate } from "./template.js";

/** `1 entry` / `2 entries` → `1 个条目`: a count and its English noun, as plural() writes it. */
const counted = (one: string, many: string, zh: string): Entry[] => [
  { en: `{{count:n}} ${one}`, zh: `{{count}} ${zh}` },
  { en: `{{count:n}} ${many}`, zh: `{{count}} ${zh}` },
];

const PUBLISH_REMEDY_ZH = "`faqops publish`（或 `faqops apply --publish`）会发布已写入的内容";

registerKinds({
  "target-line": [
    {
      en: "{{name:word}} ({{lockfile}}, {{api:word}}, emulator)",
      zh: "{{name}}（{{lockfile}}，{{api}}，模拟器）",
    },
    { en: "{{name:word}} ({{lockfile}}, {{api:word}})", zh: "{{name}}（{{lockfile}}，{{api}}）" },
  ],
  "error-message": ERROR_MESSAGES,
  "error-hint": ERROR_HINTS,
  "count-entries": counted("entry", "entries", "个条目"),
  "count-errors": counted("error", "errors", "个错误"),
  "count-warnings": counted("warning", "warnings", "个警告"),
  "count-requests": counted("request", "requests", "个请求"),
  "count-entry-is": counted("entry is", "entries are", "个条目"),
  "count-entry-was": counted("entry was", "entries were", "个条目"),
  "count-import-tasks": counted("import task", "import tasks", "个导入任务"),
  "count-import-task-was": counted("import task was", "import tasks were", "个导入任务"),
  "count-confirmations": counted("confirmation", "confirmations", "个确认"),
  "count-rich": counted("entry to write carries", "entries to write carry", "个要写入的条目带有"),
  "is-are": [
    { en: "is", zh: "" },
    { en: "are", zh: "" },
  ],
  "was-were": [
    { en: "was", zh: "" },
    { en: "were", zh: "" },
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
      en: "{{count:n}} on the bot but {{where:drift-where}}",
      zh: "{{count}} 个在机器人上但{{where}}",
    },
  ],
  "drift-where": [
    { en: "not in the content or not for this target", zh: "不在内容里或不属于这个目标" },
    { en: "not in the content", zh: "不在内容里" },
    { en: "not for this target", zh: "不属于这个目标" },
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
    // The same for the action (render/plan.ts driftRemedy, audience "action").
    {
      en: "the v1 API removes entries only by replacing the whole bot: the action's `prune: true` does that (review a plan with `prune: true` first)",
      zh: "v1 API 只能通过替换整个机器人来删除条目：Action 的 `prune: true` 会这样做（先检查一次带 `prune: true` 的计划）",
    },
    {
      en: "the v2 API switches drift off, reversibly: the action's `prune: true` disables it (review a plan with `prune: true` first)",
      zh: "v2 API 可以可逆地停用它们：Action 的 `prune: true` 会停用（先检查一次带 `prune: true` 的计划）",
    },
  ],
  /** What writes every entry again: the CLI's flag, or the action's input (render/apply.ts). */
  "resend-how": [
    { en: "`faqops apply --resend-all`", zh: "`faqops apply --resend-all`" },
    { en: "the action's `resend-all: true`", zh: "Action 的 `resend-all: true`" },
  ],
  /** What publishes the writes (render/plan.ts publishRemedy): the CLI's commands, the action's inputs. */
  "publish-remedy": [
    {
      en: "`faqops publish` (or `faqops apply --publish`) publishes what is written",
      zh: PUBLISH_REMEDY_ZH,
    },
    {
      en: "`publish: true` or `command: publish` publishes what is written",
      zh: "`publish: true` 或 `command: publish` 会发布已写入的内容",
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
      en: '{{count:count-rich}} a rich answer (a card or several messages), sent as the same JSON string v1 sends; the platform\'s v2 documentation does not say that import accepts rich answers: after publishing, check {{_:it-them-they}} on the bot (docs/platform.md, "v1 or v2").',
      zh: "{{count}}富答案（卡片或多条消息），会以与 v1 相同的 JSON 字符串发送；平台的 v2 文档没有说明导入接口接受富答案：发布后请在机器人上检查它们（docs/platform.md，“v1 or v2”）。",
    },
    {
      en: '{{count:count-entries}} with a rich answer (a card or several messages) {{_:was-were}} written through v1 and {{_2:is-are}} not written by this plan; the platform\'s v2 documentation does not say that import accepts rich answers: try them on a test bot before `--resend-all` (docs/platform.md, "v1 or v2").',
      zh: "{{count}}带有富答案（卡片或多条消息），曾经由 v1 写入，本次计划不会写入它们；平台的 v2 文档没有说明导入接口接受富答案：使用 `--resend-all` 之前，请先在测试机器人上试一试（docs/platform.md，“v1 or v2”）。",
    },
    {
      en: '{{count:count-entries}} with a rich answer (a card or several messages) {{_:was-were}} written through v1 and {{_2:is-are}} not written by this plan; the platform\'s v2 documentation does not say that import accepts rich answers: try them on a test bot before `resend-all: true` (docs/platform.md, "v1 or v2").',
      zh: "{{count}}带有富答案（卡片或多条消息），曾经由 v1 写入，本次计划不会写入它们；平台的 v2 文档没有说明导入接口接受富答案：使用 `resend-all: true` 之前，请先在测试机器人上试一试（docs/platform.md，“v1 or v2”）。",
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
  // Errors (render/error.ts describeError)
  {
    en: "faqops: internal error: {{detail}}",
    zh: "faqops：内部错误：{{detail}}",
  },
  {
    en: "hint: this is a bug in faqops; please report it with the lines above.",
    zh: "提示：这是 faqops 的缺陷，请连同上面几行一起报告它。",
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
  // plan of every target: each one's heading (commands/plan.ts targetHeading)
  {
    en: "Target {{name:word}} ({{lockfile}}, {{api:word}}):",
    zh: "目标 {{name}}（{{lockfile}}，{{api}}）：",
  },
  {
    en: "No changes: the platform is up to date with the content.",
    zh: "没有改动：平台与内容一致。",
  },
  {
    en: "{{count:count-entry-is}} on the bot but {{where:drift-where}}: {{remedy:drift-remedy}}.",
    zh: "{{count}}在机器人上但{{where}}：{{remedy}}。",
  },
  {
    en: "{{count:count-entries}} on the bot but {{where:drift-where}} {{_:was-were}} written since the last publish: a publish makes {{_2:it-them-they}} live as written, unless a prune removes {{_3:it-them-they}} first.",
    zh: "{{count}}在机器人上但{{where}}，且是自上次发布以来写入的：发布会让它们按写入的样子上线，除非先用 prune 删除它们。",
  },
  {
    en: "{{count:count-entry-was}} written but not published: the live bot still answers as at the last publish; {{remedy:publish-remedy}}.",
    zh: `{{count}}已写入但未发布：线上机器人仍按上次发布时的内容回答；{{remedy}}。`,
  },
  {
    en: "{{count:count-entry-is}} written but not published: the live bot still answers as at the last publish; {{remedy:publish-remedy}}.",
    zh: `{{count}}已写入但未发布：线上机器人仍按上次发布时的内容回答；{{remedy}}。`,
  },
  // plan: a v2 prune's entry that cannot be disabled (render/plan.ts pruneLines)
  {
    en: "  - {{entry}} ({{why:cannot-disable}})",
    zh: "  - {{entry}}（{{why}}）",
  },
  // plan: what a prune not yet published removed (render/plan.ts prunedUnpublishedLines)
  {
    en: "A replace that was cut short deleted {{count:count-entries}} the content keeps: the next apply writes {{_:it-them-they}} back, and a publish is refused until then.",
    zh: "一次没有完成的替换删除了内容中保留的 {{count}}：下一次 apply 会把{{_}}写回，在此之前发布会被拒绝。",
  },
  {
    en: "{{count:count-entry-was}} removed by a prune not yet published: the live bot still answers as at the last publish; {{remedy:publish-remedy}}.",
    zh: "{{count}}已被尚未发布的修剪删除：线上机器人仍按上次发布时的内容回答；{{remedy}}。",
  },
  // plan: a disable written but not published (render/plan.ts unpublishedLines)
  {
    en: "  {{entry}} (disabled: a publish takes it off the live bot)",
    zh: "  {{entry}}（已停用：发布后线上机器人不再用它回答）",
  },
  // plan: the entries written but not published, past the ones named (render/plan.ts unpublishedLines)
  {
    en: "  … and {{count:n}} more (`faqops plan --json` lists every one)",
    zh: "  ……另有 {{count}} 个（`faqops plan --json` 会全部列出）",
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
    en: "!!! It removes {{count:count-entries}} ({{share}} of what faqops knows on the platform), keeps {{keeps:n}}, and also removes anything added by hand in the console. !!!",
    zh: "!!! 将删除 {{count}}（占 faqops 所知平台上条目的 {{share}}），保留 {{keeps}} 个，并且会删除在后台手工添加的所有内容。!!!",
  },
  { en: "Refused: {{why:prune-refusal}}", zh: "已拒绝：{{why}}" },
  {
    en: "Saved the plan to {{file}}: `faqops apply {{file2}}` applies exactly it.",
    zh: "计划已保存到 {{file}}：`faqops apply {{file}}` 会严格按它执行。",
  },
  // plan: each change's line (render/plan.ts actionLine; with details, without the answer)
  {
    en: "  {{sign:sign}} {{title}}  ({{why:plan-why}})  {{preview}}",
    zh: "  {{sign}} {{title}}  （{{why}}）  {{preview}}",
  },
  { en: "  {{sign:sign}} {{title}}  ({{why:plan-why}})", zh: "  {{sign}} {{title}}  （{{why}}）" },
  // plan: a change's diff (render/diff.ts diffLines), its labels between the content
  {
    en: "{{indent:indent}}message {{index:n}}: unchanged",
    zh: "{{indent}}第 {{index}} 条消息：未变",
  },
  {
    en: "{{indent:indent}}message {{index:n}} (added):",
    zh: "{{indent}}第 {{index}} 条消息（新增）：",
  },
  {
    en: "{{indent:indent}}message {{index:n}} (removed):",
    zh: "{{indent}}第 {{index}} 条消息（删除）：",
  },
  {
    en: "{{indent:indent}}message {{index:n}} (changed):",
    zh: "{{indent}}第 {{index}} 条消息（改动）：",
  },
  {
    en: "      (the previous version cannot be shown: {{why:before-why}}; the new one in full:)",
    zh: "      （无法显示之前的版本：{{why}}；下面是完整的新版本：）",
  },
  { en: "      (the same as on the bot)", zh: "      （与机器人上的相同）" },
  {
    en: "{{indent:indent}}threshold: {{change}} (not sent: the v1 API has no threshold, so the bot uses its default)",
    zh: "{{indent}}threshold: {{change}}（不会发送：v1 API 没有阈值，机器人使用默认阈值）",
  },
  // plan: v2 import tasks left in flight (render/plan.ts pendingTasksLine)
  {
    en: "{{tasks:count-import-tasks}} sent by an interrupted run {{_:is-are}} not yet settled: the next apply asks the platform how {{_2:it-them-they}} ended before sending anything else.",
    zh: "一次中断的运行发出的 {{tasks}}尚未了结：下次 apply 会先向平台询问结果，再发送其他内容。",
  },
  {
    en: "{{tasks:count-import-tasks}} sent by an interrupted run {{_:is-are}} not yet settled (v2): run `faqops apply --api v2` to settle {{_2:it-them-they}}; a v1 apply refuses to run until then.",
    zh: "一次中断的运行发出的 {{tasks}}尚未了结（v2）：请运行 `faqops apply --api v2` 来了结；在此之前，v1 的 apply 会拒绝运行。",
  },
  // The coloured words of a line, alone (localizeText colours their translation again).
  { en: "Plan:", zh: "计划：" },
  { en: "Refused:", zh: "已拒绝：" },
  // apply
  {
    en: "Nothing to do: the platform is up to date with the content (0 requests sent). {{summary:plan-summary}}",
    zh: "无事可做：平台与内容一致（发送了 0 个请求）。{{summary}}",
  },
  {
    en: "faqops knows the bot through the lockfile: if the bot was emptied or replaced since, {{how:resend-how}} writes every entry again.",
    zh: "faqops 通过锁文件了解机器人的状态：如果之后机器人被清空或替换过，{{how}} 会重新写入所有条目。",
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
    en: "Not disabled: {{count:count-entries}} (another run fails the same way until what each says is done):",
    zh: "未停用：{{count}}（在完成各条所说的操作之前，再运行也会同样失败）：",
  },
  {
    en: "Interrupted: {{written:n}} written before the stop; run apply again to send the rest.",
    zh: "已中断：停止前写入了 {{written}} 个；请再次运行 apply 发送其余的。",
  },
  {
    en: "{{count:count-entry-is}} still on the bot but {{where:drift-where}}:",
    zh: "{{count}}仍在机器人上，但{{where}}：",
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
    en: "Published: the live bot no longer answers with {{disabled:count-entries}} disabled since the last publish.",
    zh: "已发布：线上机器人不再用上次发布以来停用的 {{disabled}}回答。",
  },
  {
    en: "Published: the live bot now answers with {{count:count-entries}} written since the last publish, and no longer with {{off:published-off}}.",
    zh: "已发布：线上机器人现在会用上次发布以来写入的 {{count}}回答，并且不再用{{off}}回答。",
  },
  {
    en: "Published: the live bot no longer answers with {{off:published-off}}.",
    zh: "已发布：线上机器人不再用{{off}}回答。",
  },
  {
    en: "Published: nothing was written since the last publish; the live bot answers as before.",
    zh: "已发布：自上次发布以来没有写入任何内容，线上机器人的回答不变。",
  },
  {
    en: "Not published: the writes stopped. {{count:n}} written, not yet published; {{remedy:publish-remedy}}.",
    zh: `未发布：写入已停止。{{count}} 个已写入、尚未发布；{{remedy}}。`,
  },
  { en: "Not published: the writes stopped.", zh: "未发布：写入已停止。" },
  { en: "{{lockfile:lockfile-line}}", zh: "{{lockfile}}" },
  // publish, progress
  { en: "publish: {{percent:n}}%{{done:publish-done}}", zh: "发布：{{percent}}%{{done}}" },

  {
    en: "Publish failed: {{owed:unpublished-phrase}} (still marked in the lockfile). {{lockfile:lockfile-line}}",
    zh: "发布失败：{{owed}}（锁文件中仍有标记）。{{lockfile}}",
  },
  { en: "apply: writing {{count:count-entries}}…", zh: "apply：正在写入 {{count}}……" },
  {
    en: "emulator: rehearsing the {{api:word}} API against {{url}} (state in {{dir}}/)",
    zh: "模拟器：针对 {{url}} 演练 {{api}} API（状态保存在 {{dir}}/）",
  }, // apply: the headline's other forms (render/apply.ts headline)
  {
    en: "Dry run: would write {{writes:count-entries}} ({{kinds:apply-kinds}}) and disable {{disables:count-entries}}. Nothing was sent. {{summary:plan-summary}}",
    zh: "演练：将写入 {{writes}}（{{kinds}}），并停用 {{disables}}。没有发送任何内容。{{summary}}",
  },
  {
    en: "Dry run: would replace the bot's content with {{count:count-entries}}, removing {{removes:count-entries}} ({{how:replace-how}}). Nothing was sent.",
    zh: "演练：将用 {{count}}替换机器人的全部内容，删除 {{removes}}（{{how}}）。没有发送任何内容。",
  },
  {
    en: "Disabled {{disabled:n}} of {{count:count-entries}} in {{seconds:n}} s; {{unchanged:n}} unchanged.",
    zh: "已停用 {{disabled}}/{{count}}，用时 {{seconds}} 秒；未变 {{unchanged}} 个。",
  },
  {
    en: "Wrote {{written:n}} of {{writes:count-entries}} ({{kinds:apply-kinds}}) and disabled {{disabled:n}} of {{count:count-entries}} in {{seconds:n}} s; {{unchanged:n}} unchanged.",
    zh: "已写入 {{written}}/{{writes}}（{{kinds}}），并停用 {{disabled}}/{{count}}，用时 {{seconds}} 秒；未变 {{unchanged}} 个。",
  },
  {
    en: "Pruned: replaced the bot's content with {{count:count-entries}}, removing {{removes:count-entries}} ({{how:replace-how}}, {{seconds:n}} s).",
    zh: "已修剪：用 {{count}}替换了机器人的全部内容，删除 {{removes}}（{{how}}，{{seconds}} 秒）。",
  },
  {
    en: "Settled first: {{tasks:count-import-tasks}} an interrupted run left in flight ({{confirmed:count-entries}} confirmed by {{_:it-them-they}}).",
    zh: "先了结了一次中断的运行留下的 {{tasks}}（它们确认了 {{confirmed}}）。",
  },
  {
    en: "Written again: {{count:count-entries}} this plan found unchanged, which the replace settled first had deleted from the bot.",
    zh: "重新写入了 {{count}}：本次计划认为它们没有变化，但先了结的替换已把它们从机器人上删除。",
  },
  {
    en: "{{tasks:count-import-task-was}} in flight and {{_:is-are}} recorded in the lockfile: the platform may still be importing {{_2:it-them-they}}; the next apply asks how {{_3:it-them-they}} ended before sending anything else.",
    zh: "{{tasks}}仍在进行中，已记入锁文件：平台可能仍在导入；下次 apply 会先询问结果，再发送其他内容。",
  },
  // apply: the entries listed (render/apply.ts)
  {
    en: "  {{sign:sign}} {{title}} ({{note:apply-note}})",
    zh: "  {{sign}} {{title}}（{{note}}）",
  },
  {
    en: "  - {{title}} ({{why:drift-why}}; disabled, reversibly)",
    zh: "  - {{title}}（{{why}}；已停用，可恢复）",
  },
  { en: "  - {{title}} ({{why:drift-why}}; removed)", zh: "  - {{title}}（{{why}}；已移除）" },
  {
    en: "  - {{title}} ({{why:drift-why}}; removed from the bot, the live bot answers with it until a publish)",
    zh: "  - {{title}}（{{why}}；已从机器人移除，发布之前线上机器人仍会用它回答）",
  },
  { en: "    - {{title}} ({{why:drift-why}})", zh: "    - {{title}}（{{why}}）" },
  { en: "    … and {{count:n}} more", zh: "    ……另外还有 {{count}} 个" },
  {
    en: "  {{file:word}} ({{skill:skill}} / {{title}}): {{message:failure-message}}",
    zh: "  {{file}}（{{skill}} / {{title}}）：{{message}}",
  },
  // apply: publishing (render/apply.ts publishLines)
  {
    en: "  {{count:count-entry-is}} written but not live; the lockfile keeps {{_:it-them-they}} marked unpublished, and {{remedy:publish-remedy}}.",
    zh: `  {{count}}已写入但未上线；锁文件仍把它们标记为未发布，{{remedy}}。`,
  },
  { en: "Publish failed: {{message:error-message}}", zh: "发布失败：{{message}}" },
  // apply: progress and what happens on the way (cli/progress.ts, commands/apply.ts)
  { en: "apply: {{line:progress-line}}", zh: "apply：{{line}}" },
  // plan, apply and publish: which bot a named target's run talks to (cli/targets.ts targetLine)
  { en: "target: {{line:target-line}}", zh: "目标：{{line}}" },
  { en: "[{{done:word}}{{todo:word}}] {{line:progress-line}}", zh: "[{{done}}{{todo}}] {{line}}" },
  {
    en: "failed: {{file:word}} ({{skill:skill}} / {{title}}): {{message:failure-message}}",
    zh: "失败：{{file}}（{{skill}} / {{title}}）：{{message}}",
  },
  {
    en: "prune: replacing the bot's content with {{keeps:count-entries}} (removes {{removes:n}})…",
    zh: "修剪：正在用 {{keeps}}替换机器人的内容（删除 {{removes}} 个）……",
  },
  {
    en: "retry: {{action}} attempt {{attempt:n}} in {{ms:n}} ms ({{reason:retry-reason}})",
    zh: "重试：{{action}} 第 {{attempt}} 次尝试，{{ms}} 毫秒后（{{reason}}）",
  },
  { en: "{{signal:word}} again: quitting now.", zh: "又收到 {{signal}}：立即退出。" },
  {
    en: "{{signal:word}}: stopping after the requests in flight; saving the lockfile… (again to quit now)",
    zh: "{{signal}}：等正在进行的请求结束后停止；正在保存锁文件……（再来一次则立即退出）",
  },
  {
    en: "emulator: the rehearsal bot is kept in {{state}}; to look at it, run `faqops emulate --state {{state2}}` and open http://127.0.0.1:{{port:n}}/",
    zh: "模拟器：演练用的机器人保存在 {{state}}；要查看它，请运行 `faqops emulate --state {{state}}`，然后打开 http://127.0.0.1:{{port}}/",
  },
  // faqops emulate (commands/emulate.ts describeStart)
  { en: "faqops emulator listening on {{url}}", zh: "faqops 模拟器正在监听 {{url}}" },
  {
    en: "  entries: {{url}}/ (JSON: {{url2}}/entries, counts: {{url3}}/stats)",
    zh: "  条目：{{url}}/（JSON：{{url}}/entries，计数：{{url}}/stats）",
  },
  { en: "  state:   in memory", zh: "  状态：在内存中" },
  { en: "  state:   {{file}}", zh: "  状态：{{file}}" },
  { en: "  faults:  none", zh: "  故障：无" },
  { en: "  faults:  {{faults:fault-list}}", zh: "  故障：{{faults}}" },
  {
    en: "  v2:      the same URL serves /v2/… on the same bot (X-APPID = {{appid:word}}, Token = {{token:word}},",
    zh: "  v2：  同一网址也提供 /v2/…，对应同一个机器人（X-APPID = {{appid}}，Token = {{token}}，",
  },
  {
    en: "           account = {{account:word}}; access tokens last {{ttl:duration}})",
    zh: "        account = {{account}}；access token 的有效期为 {{ttl}}）",
  },
  { en: "Use it from another terminal:", zh: "在另一个终端里这样使用它：" },
  { en: "Press Ctrl-C to stop.", zh: "按 Ctrl-C 停止。" },
  { en: "{{signal:word}}: stopping the emulator…", zh: "{{signal}}：正在停止模拟器……" },
  { en: "stopped.", zh: "已停止。" },
  // faqops compile (commands/compile.ts renderEntry)
  { en: "{{source:word}} (draft: not synced)", zh: "{{source}}（草稿：不同步）" },
  { en: "  answer:", zh: "  答案：" },
  { en: "  message {{index:n}}:", zh: "  第 {{index}} 条消息：" },
  // faqops init (commands/init.ts, init/render.ts)
  { en: "faqops init in {{dir}}:", zh: "faqops init（{{dir}}）：" },
  { en: "faqops: warning: {{warning:init-warning}}", zh: "faqops：警告：{{warning}}" },
  {
    en: "  {{label:init-label}}{{_:indent}}  {{file:word}}{{detail:init-detail}}",
    zh: "  {{label}}  {{file}}{{detail}}",
  },
  { en: "Next steps:", zh: "下一步：" },
  {
    en: '{{n:n}}. In {{file}}, replace {{action}} with where you get faqops from (faqops\'s README, "Use it in your repository").',
    zh: "{{n}}. 在 {{file}} 中，把 {{action}} 换成你获取 faqops 的地方（见 faqops 的 README，“Use it in your repository”）。",
  },
  {
    en: "{{n:n}}. The workflow syncs two bots, {{staging:word}} on every merge and {{production:word}} on a release tag: name them",
    zh: "{{n}}. 工作流同步两个机器人：每次合并同步 {{staging}}，发布标签时同步 {{production}}。请在仓库根目录的",
  },
  {
    en: "   in faqops.config.yaml, in the repository root: `{{config}}` (docs/targets.md).",
    zh: "   faqops.config.yaml 里写上它们：`{{config}}`（见 docs/targets.md）。",
  },
  {
    en: "{{n:n}}. Create the environments {{staging:word}} and {{production:word}} (Settings → Environments; give {{reviewed:word}} required",
    zh: "{{n}}. 创建 {{staging}} 和 {{production}} 两个环境（`Settings → Environments`；给 {{reviewed}} 设置必需的审核人），",
  },
  {
    en: "   reviewers), each with these secrets from its bot's console on the WeChat Dialogue Open Platform;",
    zh: "   每个环境里创建以下 secret，取值来自微信对话开放平台上该环境对应机器人的后台；",
  },
  { en: "   pull requests need none of them:", zh: "   拉取请求不需要其中任何一个：" },
  {
    en: "{{n:n}}. Create these repository secrets (Settings → Secrets and variables → Actions) from the bot's",
    zh: "{{n}}. 在仓库的 `Settings → Secrets and variables → Actions` 中创建以下 secret，取值来自微信对话开放平台上",
  },
  {
    en: "   console on the WeChat Dialogue Open Platform; pull requests need none of them:",
    zh: "   机器人的后台；拉取请求不需要其中任何一个：",
  },
  {
    en: "     {{name:word}}{{pad:indent}}  {{what:secret-what}}",
    zh: "     {{name}}{{pad}}  {{what}}",
  },
  {
    en: "{{n:n}}. Write entries in content/ (content/README.md tells editors how, in Chinese), then run:",
    zh: "{{n}}. 在 content/ 里写条目（content/README.md 用中文说明了写法），然后运行：",
  },
  {
    en: "     npx faqops check   every problem in every file",
    zh: "     npx faqops check   列出每个文件里的每个问题",
  },
  {
    en: "     npx faqops plan    what a merge to main would change on the bot",
    zh: "     npx faqops plan    合并到 main 后机器人上会有哪些变化",
  },
  {
    en: "{{n:n}}. To check front matter as you type in VS Code (docs/editors.md):",
    zh: "{{n}}. 要在 VS Code 里边输入边检查头部信息（docs/editors.md）：",
  },
  {
    en: "     and the recommended extension {{name}}",
    zh: "     以及推荐的扩展 {{name}}",
  },
  {
    en: "{{n:n}}. Commit what init wrote: {{command}}",
    zh: "{{n}}. 提交 init 写入的文件：`{{command}}`",
  },
  // The action's notices, warnings, log lines and failures (src/action/main.ts)
  {
    en: "The content has {{count:count-errors}} (see the annotations); nothing was planned or sent.",
    zh: "内容有 {{count}}（见标注）：没有生成计划，也没有发送任何内容。",
  },
  { en: "--prune refused: {{why:prune-refusal}}", zh: "--prune 被拒绝：{{why}}" },
  { en: "`prune: true` refused: {{why:prune-refusal}}", zh: "`prune: true` 被拒绝：{{why}}" },
  {
    en: "{{skill:skill}} / {{title}}: {{message:failure-message}}",
    zh: "{{skill}} / {{title}}：{{message}}",
  },
  { en: "Writing {{count:n}} entries…", zh: "正在写入 {{count}} 个条目……" },
  { en: "Publishing: {{progress}}", zh: "正在发布：{{progress}}" },
  {
    en: "{{count:count-entry-is}} still on the bot but {{where:drift-where}} ({{list:drift-list}}). {{remedy:action-drift-remedy}}",
    zh: "{{count}}仍在机器人上，但{{where}}（{{list}}）。{{remedy}}",
  },
  { en: "faqops: drift", zh: "faqops：漂移" },
  {
    en: "{{failed:n}} of {{writes:n}} entries failed to sync.",
    zh: "{{writes}} 个条目中有 {{failed}} 个同步失败。",
  },
  { en: "The sync stopped: {{why}}", zh: "同步停止了：{{why}}" },
  { en: "The sync was interrupted.", zh: "同步被中断了。" },
  {
    en: "The publish failed: {{why}} {{count:n}} written entries are not live (the lockfile keeps them marked unpublished).",
    zh: "发布失败：{{why}} {{count}} 个已写入的条目没有上线（锁文件仍把它们标记为未发布）。",
  },
  { en: "The publish failed: {{why}}", zh: "发布失败：{{why}}" },
  { en: "The lockfile commit failed: {{why}}", zh: "锁文件提交失败：{{why}}" },
  {
    en: "{{file}} has {{count:count-errors}} (see the annotations); nothing was published.",
    zh: "{{file}} 有 {{count}}（见标注）：没有发布任何内容。",
  },
  { en: "Target {{name:word}}: {{why}}", zh: "目标 {{name}}：{{why}}" },
  {
    en: "Planning from {{branch}}'s {{file}} ({{sha:word}}), not the checked-out commit's: it is the newest record of what the bot holds.",
    zh: "按 {{branch}} 上的 {{file}}（{{sha}}）生成计划，而不是检出的提交里的那份：它是机器人现有内容的最新记录。",
  },
  { en: "No pull request to comment on.", zh: "没有可以评论的拉取请求。" },
  {
    en: "No github-token: the pull-request comment was skipped.",
    zh: "没有 github-token：跳过了拉取请求评论。",
  },
  {
    en: "Pull-request comment {{done:comment-done}}{{url:comment-url}}.",
    zh: "拉取请求评论{{done}}{{url}}。",
  },
  {
    en: "The pull-request comment could not be written: {{why}}",
    zh: "无法写入拉取请求评论：{{why}}",
  },
  {
    en: "push attempt {{attempt:n}} rejected: {{reason:push-reason}}",
    zh: "第 {{attempt}} 次推送被拒绝：{{reason}}",
  },
  {
    en: "Pushed the lockfile commit {{sha:word}} to {{branch}}.",
    zh: "已把锁文件的提交 {{sha}} 推送到 {{branch}}。",
  },
  { en: "faqops: where the internal error happened", zh: "faqops：内部错误发生的位置" },
  {
    en: "internal error: {{detail}} — this is a bug in faqops; please report it.",
    zh: "内部错误：{{detail}}——这是 faqops 的缺陷，请报告它。",
  },
  // faqops import and export (commands/import.ts, commands/export.ts; see import.ts)
  ...IMPORT_LINES,
];

registerKinds({
  "lockfile-state": [
    { en: "updated", zh: "已更新" },
    { en: "unchanged", zh: "未变" },
  ],
  "lockfile-line": [
    { en: "Lockfile {{file}} {{state:lockfile-state}}.", zh: "锁文件 {{file}} {{state}}。" },
  ],
  "unpublished-phrase": [
    { en: "{{count:n}} written, not yet published", zh: "{{count}} 个已写入、尚未发布" },
  ],
  "published-off": [
    {
      en: "{{disabled:count-entries}} disabled and {{removed:count-entries}} removed by a prune",
      zh: "停用的 {{disabled}}和被 prune 删除的 {{removed}}",
    },
    { en: "{{disabled:count-entries}} disabled", zh: "停用的 {{disabled}}" },
    { en: "{{removed:count-entries}} removed by a prune", zh: "被 prune 删除的 {{removed}}" },
  ],
  "publish-done": [
    { en: " (done)", zh: "（完成）" },
    { en: "", zh: "" },
  ],
  "y-ies": [
    { en: "y", zh: "" },
    { en: "ies", zh: "" },
  ],
  "prune-how": [
    { en: "batchimportskill mode 1", zh: "batchimportskill 模式 1" },
    { en: "import mode 1", zh: "导入模式 1" },
  ],
  /** Why a prune was refused (render/prune.ts pruneRefusalText). */
  "prune-refusal": [
    {
      en: "the content has no entry to keep: a prune would empty the bot.",
      zh: "内容里没有要保留的条目：修剪会清空机器人。",
    },
    {
      en: "the content has no entry to keep: a prune would switch off every entry faqops knows on the bot.",
      zh: "内容里没有要保留的条目：修剪会停用 faqops 所知机器人上的所有条目。",
    },
    {
      en: "it would disable {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than --prune-max {{max}}; add --force if that is intended.",
      zh: "它会停用 faqops 所知平台上 {{known}} 个条目中的 {{count}} 个（{{share}}），超过了 --prune-max {{max}}；如果确实要这样，请加 --force。",
    },
    {
      en: "it would disable {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than the action's `prune-max` input ({{max}}); set `force: true` if that is intended.",
      zh: "它会停用 faqops 所知平台上 {{known}} 个条目中的 {{count}} 个（{{share}}），超过了 Action 的 `prune-max` 输入（{{max}}）；如果确实要这样，请设置 `force: true`。",
    },
    {
      en: "it would remove {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than --prune-max {{max}}; add --force if that is intended.",
      zh: "它会删除 faqops 所知平台上 {{known}} 个条目中的 {{count}} 个（{{share}}），超过了 --prune-max {{max}}；如果确实要这样，请加 --force。",
    },
    {
      en: "it would remove {{count:n}} of the {{known:n}} entries faqops knows on the platform ({{share}}), more than the action's `prune-max` input ({{max}}); set `force: true` if that is intended.",
      zh: "它会删除 faqops 所知平台上 {{known}} 个条目中的 {{count}} 个（{{share}}），超过了 Action 的 `prune-max` 输入（{{max}}）；如果确实要这样，请设置 `force: true`。",
    },
  ],
});

/** Why an entry on the bot is not in the content (plan.ts driftWhy). */
const DRIFT_WHY: readonly Entry[] = [
  { en: "deleted", zh: "已从内容中删除" },
  { en: "now a draft", zh: "已改为草稿" },
  { en: "not for this target", zh: "不属于这个目标" },
  // A disabled entry a replace deletes (render/apply.ts).
  { en: "disabled", zh: "已停用" },
  { en: 'renamed to "{{title}}"', zh: '已重命名为 "{{title}}"' },
  { en: 'moved to {{skill}} / "{{title}}"', zh: '已移到 {{skill}} / "{{title}}"' },
];

/** The faults `faqops emulate` was started with (emulate.ts describeStart), one by one. */
const FAULTS: readonly Entry[] = [
  {
    en: "fail {{share:n}}% with HTTP {{status:n}}",
    zh: "{{share}}% 的调用以 HTTP {{status}} 失败",
  },
  { en: "drop {{share:n}}%", zh: "断开 {{share}}% 的连接" },
  { en: "{{ms:n}} ms latency", zh: "延迟 {{ms}} 毫秒" },
  { en: "at most {{count:n}} calls/s", zh: "每秒最多 {{count}} 次调用" },
  { en: "publishing fails", zh: "发布总是失败" },
];

registerKinds({
  /** A change's sign in plan and apply lists. */
  sign: { pattern: "[-+~→=]" },
  /** Spaces before a line's text. */
  indent: { pattern: " *" },
  /** A skill: a folder's name, so never a `/` (which keeps `skill / title` quick to split). */
  skill: { pattern: "[^/\\n]*?" },
  /** `2 h`, `5 min`, `90 s`: how long a v2 access token lasts on the emulator. */
  duration: {
    pattern: "[0-9.]+ (?:h|min|s)",
    zh: (value) => value.replace(/ h$/, " 小时").replace(/ min$/, " 分钟").replace(/ s$/, " 秒"),
  },
  /** The emulator's faults, `a, b, c`: each translated, joined the Chinese way. */
  "fault-list": {
    pattern: "[^]*?",
    zh: (value) =>
      value
        .split(", ")
        .map((fault) => translate(FAULTS, fault)?.text ?? fault)
        .join("，"),
  },
  /** Why an entry on the bot is not in the content (plan.ts driftWhy). */
  "drift-why": DRIFT_WHY,
  /** Why the version the platform holds cannot be shown (sync/before.ts). */
  "before-why": [
    { en: "not in a Git repository", zh: "不在 Git 仓库中" },
    { en: "the repository has no commit yet", zh: "仓库还没有任何提交" },
    {
      en: "no committed version of {{file}} compiles to what was synced (it may have been synced from uncommitted edits, or from history this clone does not have)",
      zh: "{{file}} 没有哪个已提交的版本能编译成当时同步的内容（可能是从未提交的修改同步的，或者来自这个克隆没有的历史）",
    },
    { en: "it was not looked up", zh: "没有查找" },
    { en: "not looked up", zh: "没有查找" },
  ],
  /** render/plan.ts cannotDisableText. */
  "cannot-disable": [
    {
      en: "cannot be disabled: its last synced version is not in Git ({{why:before-why}}), and a disable must carry its questions and answer; commit that version, or take it off with --prune --replace-all",
      zh: "无法停用：它上次同步的版本不在 Git 中（{{why}}），而停用时必须带上它的相似问法和答案；请提交那个版本，或用 --prune --replace-all 把它移除",
    },
    {
      en: "cannot be disabled: its last synced version is not in Git ({{why:before-why}}), and a disable must carry its questions and answer; commit that version, or take it off with `prune: true` and `replace-all: true`",
      zh: "无法停用：它上次同步的版本不在 Git 中（{{why}}），而停用时必须带上它的相似问法和答案；请提交那个版本，或用 `prune: true` 和 `replace-all: true` 把它移除",
    },
  ],
  /** A plan's note on one entry (plan.ts actionLine). */
  "plan-why": [
    { en: "new", zh: "新建" },
    { en: "changed", zh: "有改动" },
    { en: "disabled on the bot: enable", zh: "机器人上已停用：启用" },
    {
      en: "v1 wrote it over a disabled entry, which may have left it disabled: enable",
      zh: "v1 曾在已停用的条目上写入它，它可能仍是停用的：启用",
    },
    {
      en: "disabled on the bot: written through v1, which may not switch it back on: not documented; --api v2 does",
      zh: "机器人上已停用：将通过 v1 写入，但 v1 不一定会重新启用它：文档没有说明；--api v2 会启用",
    },
    { en: "unchanged; sent again: --resend-all", zh: "未变；重新发送：--resend-all" },
    {
      en: "changed; v1 cannot send its threshold ({{threshold}}): the bot goes back to the default",
      zh: "有改动；v1 无法发送它的阈值（{{threshold}}）：机器人会改回默认阈值",
    },
    {
      en: "unchanged; sent again: --resend-all; v1 cannot send its threshold ({{threshold}}): the bot goes back to the default",
      zh: "未变；重新发送：--resend-all；v1 无法发送它的阈值（{{threshold}}）：机器人会改回默认阈值",
    },
    {
      en: "written through v1, which cannot send its threshold: sent again",
      zh: "曾经由 v1 写入，而 v1 无法发送它的阈值：重新发送",
    },
    {
      en: 'renamed from "{{old}}", same {{by:match-by}}{{how:rename-how}}',
      zh: '由 "{{old}}" 重命名，{{by}}{{how}}',
    },
    { en: "{{why:drift-why}}; disabled by this prune", zh: "{{why}}；本次修剪会停用它" },
    { en: "{{why:drift-why}}; removed by this prune", zh: "{{why}}；本次修剪会删除它" },
    {
      en: "{{why:drift-why}}; still on the bot, --prune removes it",
      zh: "{{why}}；仍在机器人上，--prune 会删除它",
    },
    {
      en: "{{why:drift-why}}; still on the bot, --prune disables it",
      zh: "{{why}}；仍在机器人上，--prune 会停用它",
    },
    {
      en: "{{why:drift-why}}; still on the bot, `prune: true` removes it",
      zh: "{{why}}；仍在机器人上，`prune: true` 会删除它",
    },
    {
      en: "{{why:drift-why}}; still on the bot, `prune: true` disables it",
      zh: "{{why}}；仍在机器人上，`prune: true` 会停用它",
    },
    { en: "{{why:drift-why}}; {{cannot:cannot-disable}}", zh: "{{why}}；{{cannot}}" },
  ],
  "match-by": [
    { en: "id", zh: "id 相同" },
    { en: "file", zh: "文件相同" },
  ],
  "rename-how": [
    { en: ", renamed in place (old_intent)", zh: "，原地重命名（old_intent）" },
    { en: "", zh: "" },
  ],
  /** What apply did to one entry (render/apply.ts writeNote). */
  "apply-note": [
    { en: "new", zh: "新建" },
    { en: "changed", zh: "有改动" },
    { en: "enabled again", zh: "已重新启用" },
    { en: "switched on, in case v1 had left it disabled", zh: "已启用，以防 v1 让它保持停用" },
    {
      en: "written through v1, which may not switch it back on: not documented; --api v2 does",
      zh: "已通过 v1 写入，但 v1 不一定会重新启用它：文档没有说明；--api v2 会启用",
    },
    {
      en: "written through v1, which may not switch it back on: not documented; `api: v2` does",
      zh: "已通过 v1 写入，但 v1 不一定会重新启用它：文档没有说明；`api: v2` 会启用",
    },
    { en: "its threshold, which v1 could not send", zh: "补发 v1 无法发送的阈值" },
    { en: "sent again: --resend-all", zh: "重新发送：--resend-all" },
    { en: "sent again: `resend-all: true`", zh: "重新发送：`resend-all: true`" },
    {
      en: 'renamed from "{{old}}": the bot has no intent by that title to rename, so it was written anew',
      zh: '由 "{{old}}" 重命名：机器人上没有这个标题的意图可供重命名，所以重新写入了它',
    },
    { en: 'renamed from "{{old}}", in place', zh: '由 "{{old}}" 原地重命名' },
    { en: 'renamed from "{{old}}"', zh: '由 "{{old}}" 重命名' },
  ],
  /** How a whole bot is replaced. */
  "replace-how": [
    { en: "import mode 1", zh: "导入模式 1" },
    { en: "1 request", zh: "1 个请求" },
  ],
  /** Why an entry failed: an error's message, or what a v2 import said of it (apply-v2.ts). */
  "failure-message": [
    {
      en: "not disabled, it stays on the bot: {{cannot:cannot-disable}}.",
      zh: "没有停用，它仍留在机器人上：{{cannot}}。",
    },
    { en: "the import task failed{{said:task-said}}.", zh: "导入任务失败{{said}}。" },
    {
      en: "the platform did not import this intent ({{failed:n}} of {{total:n}} in its batch failed{{said:task-said}}).",
      zh: "平台没有导入这个意图（同批 {{total}} 个中有 {{failed}} 个失败{{said}}）。",
    },
    { en: "{{message:error-message}}", zh: "{{message}}" },
  ],
  "task-said": [
    { en: ': "{{text}}"', zh: '："{{text}}"' },
    { en: "", zh: "" },
  ],
  /** The progress line's parts (cli/progress.ts). */
  "progress-line": [
    {
      en: "{{done:n}}/{{total:n}} ({{percent:n}}%), {{written:n}} written{{failed:progress-failed}}{{retries:progress-retries}}{{rate:progress-rate}}{{left:progress-left}}",
      zh: "{{done}}/{{total}}（{{percent}}%），已写入 {{written}} 个{{failed}}{{retries}}{{rate}}{{left}}",
    },
  ],
  "progress-failed": [
    { en: ", {{count:n}} failed", zh: "，失败 {{count}} 个" },
    { en: "", zh: "" },
  ],
  "progress-retries": [
    { en: ", {{count:n}} retries", zh: "，重试 {{count}} 次" },
    { en: "", zh: "" },
  ],
  "progress-rate": [
    { en: ", {{rate:n}}/s", zh: "，每秒 {{rate}} 个" },
    { en: "", zh: "" },
  ],
  "progress-left": [
    { en: ", about {{seconds:n}} s left", zh: "，约剩 {{seconds}} 秒" },
    { en: "", zh: "" },
  ],
  /** faqops init: what became of each file (init/render.ts). */
  "init-label": [
    { en: "created", zh: "已创建" },
    { en: "updated", zh: "已更新" },
    { en: "kept", zh: "已保留" },
    { en: "skipped", zh: "已跳过" },
  ],
  "init-detail": [
    { en: " (exists, left as is)", zh: "（已存在，保持原样）" },
    { en: " (exists, left as is; {{note:init-note}})", zh: "（已存在，保持原样；{{note}}）" },
    { en: " ({{note:init-note}})", zh: "（{{note}}）" },
    { en: "", zh: "" },
  ],
  "init-note": [
    { en: "the content folder already has entries", zh: "内容文件夹里已经有条目" },
    {
      en: "it differs from this faqops's schema: delete it and run `faqops init` again to update it",
      zh: "它与当前 faqops 的模式不同：删除它并重新运行 `faqops init` 即可更新",
    },
    {
      en: "{{file}} configures remark: add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)",
      zh: "{{file}} 已经在配置 remark：请在其中加上 remark-frontmatter 和 remark-lint-frontmatter-schema（docs/editors.md）",
    },
    {
      en: "add remark-frontmatter and remark-lint-frontmatter-schema to it (docs/editors.md)",
      zh: "请在其中加上 remark-frontmatter 和 remark-lint-frontmatter-schema（docs/editors.md）",
    },
    { en: 'add "{{name}}" to its recommendations', zh: '请把 "{{name}}" 加入其中的推荐列表' },
    {
      en: "not a regular file: add {{line}} to it yourself",
      zh: "不是普通文件：请自己在其中加上 {{line}}",
    },
    { en: "added {{line}}", zh: "加上了 {{line}}" },
  ],
  /** init/templates.ts SECRETS: what each repository secret holds. */
  "secret-what": [
    { en: "the bot's APPID", zh: "机器人的 APPID" },
    { en: "the bot's TOKEN", zh: "机器人的 TOKEN" },
    {
      en: "the bot's EncodingAESKey, 43 characters (v1 API only; not needed with api: v2)",
      zh: "机器人的 EncodingAESKey，43 个字符（只有 v1 API 需要；api: v2 不需要）",
    },
    { en: "the id of an administrator of the bot", zh: "机器人一位管理员的 id" },
  ],
});

registerKinds({
  /** init/plan.ts: the warnings of `faqops init`. */
  "init-warning": [
    {
      en: "this folder is not in a Git repository: faqops plan reads what the bot holds from Git, and the workflow runs on GitHub; run `git init` here, then commit these files",
      zh: "这个文件夹不在 Git 仓库里：faqops plan 从 Git 读取机器人上的内容，工作流也在 GitHub 上运行；请在这里运行 `git init`，然后提交这些文件",
    },
  ],
});

/** The entries of the action's drift warning, `账户 / 旧问题 (deleted), …` (main.ts driftList). */
const DRIFT_ITEM =
  /\(((?:deleted|now a draft|not for this target|renamed to "[^"]*"|moved to [^()]* \/ "[^"]*"))\)(?=, |$)/g;

registerKinds({
  "drift-list": {
    pattern: "[^]*?",
    zh: (value) =>
      value
        .replace(DRIFT_ITEM, (all, why: string) => {
          const translated = translate(DRIFT_WHY, why);
          return translated ? `（${translated.text}）` : all;
        })
        .replace(/, and ([0-9]+) more$/, "，另外还有 $1 个"),
  },
  "action-drift-remedy": [
    {
      en: "The v2 API switches them off, reversibly: run with `prune: true` (review a plan with prune first).",
      zh: "v2 API 可以可逆地停用它们：请用 `prune: true` 运行（先检查一次带 prune 的计划）。",
    },
    {
      en: "The v1 API removes entries only by replacing the whole bot: run with `prune: true` (review a plan with prune first).",
      zh: "v1 API 只能通过替换整个机器人来删除条目：请用 `prune: true` 运行（先检查一次带 prune 的计划）。",
    },
  ],
  "push-reason": [
    {
      en: "the branch moved since checkout; rebasing the lockfile commit",
      zh: "检出之后分支有了新的提交；正在变基锁文件的提交",
    },
    {
      en: "the branch moved since checkout; making the lockfile commit again on its tip",
      zh: "检出之后分支有了新的提交；正在它的最新提交上重新生成锁文件的提交",
    },
  ],
  "comment-done": [
    { en: "created", zh: "已创建" },
    { en: "updated", zh: "已更新" },
  ],
  "comment-url": [
    { en: ": {{url}}", zh: "：{{url}}" },
    { en: "", zh: "" },
  ],
});
