/**
 * The action's Markdown in Chinese: the job summary and the pull-request comment
 * (action/summary.ts), line by line, and the lockfile notes the action adds to them.
 *
 * Only faqops' own words are translated. What comes from content (titles, skills, answers,
 * paths) reaches these lines already escaped, and a template's plain hole keeps it byte for
 * byte. A few cells hold faqops' own sentences escaped the same way (an error, a drift reason):
 * their holes read the sentence back, translate it, and escape the translation again, so a
 * cell is never less escaped in Chinese than in English.
 */
import "./errors.js";
import { escapeHtml, escapeMarkdown } from "../escape.js";
import { ERROR_MESSAGES } from "./errors.js";
import {
  type Entry,
  type Primitive,
  registeredKinds,
  registerKinds,
  translate,
} from "./template.js";
import { TEXT_LINES } from "./text.js";

/** The entries of a fragment catalogue registered under `kind` (errors.ts, text.ts). */
function entriesOf(kind: string): readonly Entry[] {
  const found = registeredKinds()[kind];
  if (!Array.isArray(found)) throw new Error(`i18n: "${kind}" is not a catalogue`);
  return found;
}

/** What escapeMarkdown (and a cell's `<br>`) did, undone. */
function unescapeMarkdown(text: string): string {
  return text
    .replace(/<br>/g, "\n")
    .replace(/@\u200b/g, "@")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\\([\\`*_[\]|#~!])/g, "$1");
}

/** What escapeHtml did, undone. */
function unescapeHtml(text: string): string {
  return text
    .replace(/@\u200b/g, "@")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * A hole holding one of faqops' sentences as escaped text: translated with the entries of
 * `kinds` (the first that fits), then escaped again; kept as it is when none fits.
 */
function escapedSentence(kinds: readonly string[], html = false): Primitive {
  return {
    pattern: "[^]*?",
    zh: (value) => {
      const plain = html ? unescapeHtml(value) : unescapeMarkdown(value);
      for (const kind of kinds) {
        const translated = translate(entriesOf(kind), plain);
        if (translated) {
          return html
            ? escapeHtml(translated.text)
            : escapeMarkdown(translated.text).replace(/\r?\n/g, "<br>");
        }
      }
      return value;
    },
  };
}

/**
 * A hole holding a line of apply's description (render/apply.ts renderApplyMarkdown), escaped:
 * the same words the CLI prints, so translated with the CLI's lines (indented by `prefix`, as
 * the terminal lists them; the prefix taken off again), or as an error's message.
 */
function escapedApplyLine(prefixes: readonly string[], code: boolean): Primitive {
  const reescape = (text: string) => (code ? escapeKeepingCode(text) : escapeCell(text));
  return {
    pattern: "[^]*?",
    zh: (value) => {
      const plain = unescapeMarkdown(value);
      for (const prefix of prefixes) {
        const translated = translate(TEXT_LINES, `${prefix}${plain}`);
        if (translated?.text.startsWith(prefix)) {
          return reescape(translated.text.slice(prefix.length));
        }
      }
      const message = translate(ERROR_MESSAGES, plain);
      return message ? reescape(message.text) : value;
    },
  };
}

/** Text for a table cell, as action/summary.ts cell makes it. */
function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, "<br>");
}

/** faqops' own sentence with its `code spans` kept, as action/summary.ts messageCell makes it. */
function escapeKeepingCode(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part.replace(/\|/g, "\\|") : escapeCell(part)))
    .join("");
}

/** diffHtml's labels between content (render/diff.ts): `<b>message 2</b> (changed):`. */
const DIFF_LABELS: readonly [RegExp, string][] = [
  [/<b>message (\d+)<\/b>: unchanged/g, "<b>第 $1 条消息</b>：未变"],
  [/<b>message (\d+)<\/b> \(added\):/g, "<b>第 $1 条消息</b>（新增）："],
  [/<b>message (\d+)<\/b> \(removed\):/g, "<b>第 $1 条消息</b>（删除）："],
  [/<b>message (\d+)<\/b> \(changed\):/g, "<b>第 $1 条消息</b>（改动）："],
  [
    /<i>\(not sent: the v1 API has no threshold, so the bot uses its default\)<\/i>/g,
    "<i>（不会发送：v1 API 没有阈值，机器人使用默认阈值）</i>",
  ],
];

registerKinds({
  /** The label of a change in the tables (summary.ts LABEL). */
  "summary-label": [
    { en: "🆕 new", zh: "🆕 新建" },
    { en: "✏️ changed", zh: "✏️ 有改动" },
    { en: "↪️ renamed", zh: "↪️ 已重命名" },
    { en: "⚠️ on the bot, not in content", zh: "⚠️ 在机器人上，不在内容里" },
    { en: "⚠️ on the bot, not for this target", zh: "⚠️ 在机器人上，不属于这个目标" },
    { en: "🔛 enabled again", zh: "🔛 重新启用" },
    {
      en: "✏️ written over a disabled entry (v1 may not switch it on)",
      zh: "✏️ 覆盖写入已停用的条目（v1 不一定会启用它）",
    },
    { en: "⏸️ disabled", zh: "⏸️ 停用" },
  ],
  "count-entry-files": [
    { en: "{{count:n}} entry file", zh: "{{count}} 个条目文件" },
    { en: "{{count:n}} entry files", zh: "{{count}} 个条目文件" },
  ],
  "summary-stopped": [
    { en: " Nothing was planned or sent.", zh: "没有生成计划，也没有发送任何内容。" },
    { en: "", zh: "" },
  ],
  "summary-warned": [
    { en: " ({{warnings:count-warnings}})", zh: "（{{warnings}}）" },
    { en: "", zh: "" },
  ],
  "summary-in-place": [
    { en: " (renamed in place)", zh: "（原地重命名）" },
    { en: "", zh: "" },
  ],
  "summary-where": [
    { en: "[the job summary]({{url}})", zh: "[作业摘要]({{url}})" },
    { en: "the job summary", zh: "作业摘要" },
  ],
  /** Apply's sentences and list lines (render/apply.ts renderApplyMarkdown). */
  "md-apply-line": escapedApplyLine(["", "  "], true),
  "md-apply-item": escapedApplyLine(["  ", "    "], false),
  "md-apply-icon": [
    { en: "✅ ", zh: "✅ " },
    { en: "⚠️ ", zh: "⚠️ " },
    { en: "❌ ", zh: "❌ " },
    { en: "", zh: "" },
  ],
  "md-apply-list": [
    { en: "Written", zh: "已写入" },
    { en: "Disabled", zh: "已停用" },
    { en: "Removed", zh: "已删除" },
    { en: "Failed", zh: "失败" },
    { en: "Still on the bot", zh: "仍在机器人上" },
  ],
  "cell-error": escapedSentence(["error-message", "failure-message"]),
  "cell-plan-why": escapedSentence(["plan-why"]),
  "cell-prune-refusal": escapedSentence(["prune-refusal"]),
  "html-before-why": escapedSentence(["before-why"], true),
  "diff-html": {
    pattern: "[^]*?",
    zh: (value) => DIFF_LABELS.reduce((text, [from, to]) => text.replace(from, to), value),
  },
  /** summary.ts unpublishedDetails' list: names as they are, a disable's note translated. */
  "unpublished-list": {
    pattern: "[^]*?",
    zh: (value) =>
      value.replaceAll(
        " (disabled: a publish takes it off the live bot)",
        "（已停用：发布后线上机器人不再用它回答）",
      ),
  },
});

/** The summary's and the comment's lines, most specific first. */
export const MARKDOWN_LINES: readonly Entry[] = [
  // The verdict
  {
    en: "❌ **{{errors:count-errors}}** and {{warnings:count-warnings}} in {{files:count-entry-files}}.{{stopped:summary-stopped}}",
    zh: "❌ {{files}}中有 **{{errors}}** 和 {{warnings}}。{{stopped}}",
  },
  {
    en: "✅ {{files:count-entry-files}} checked{{warned:summary-warned}}.",
    zh: "✅ 已检查 {{files}}{{warned}}。",
  },
  // The diagnostics' table (messages already translated by the action)
  { en: "| | Where | Rule | Problem |", zh: "| | 位置 | 规则 | 问题 |" },
  { en: "| ❌ error | {{rest}}", zh: "| ❌ 错误 | {{rest}}" },
  { en: "| ⚠️ warning | {{rest}}", zh: "| ⚠️ 警告 | {{rest}}" },
  // What apply did: see the end (render/apply.ts renderApplyMarkdown)
  { en: "| | … and {{count:n}} more |", zh: "| | ……另外还有 {{count}} 个 |" },
  // The lockfile (action/main.ts commitIfChanged)
  {
    en: "Lockfile `{{file}}` updated (not committed: `commit-lockfile` is false).",
    zh: "锁文件 `{{file}}` 已更新（没有提交：`commit-lockfile` 为 false）。",
  },
  { en: "Lockfile unchanged: nothing to commit.", zh: "锁文件未变：没有要提交的内容。" },
  {
    en: "Lockfile committed to `{{branch}}` as {{sha}}.",
    zh: "锁文件已提交到 `{{branch}}`，提交为 {{sha}}。",
  },
  { en: "❌ The lockfile commit failed: {{why}}", zh: "❌ 锁文件提交失败：{{why}}" },
  // A target's section (summary.ts targetHeading, sectionLines)
  {
    en: "#### Target `{{name}}` (`{{lockfile}}`, {{api:word}})",
    zh: "#### 目标 `{{name}}`（`{{lockfile}}`，{{api}}）",
  },
  {
    en: "❌ **No plan for this target:** {{why:cell-error}}",
    zh: "❌ **这个目标没有计划：**{{why}}",
  },
  // The plan
  { en: "**Plan:** {{summary:plan-summary}}", zh: "**计划：**{{summary}}" },
  { en: "**Planned:** {{summary:plan-summary}}", zh: "**已计划：**{{summary}}" },
  {
    en: "No changes: the platform is up to date with the content.",
    zh: "没有改动：平台与内容一致。",
  },
  {
    en: "⚠️ {{count:count-entries}} on the bot but {{where:drift-where}} {{_:was-were}} written since the last publish: a publish makes {{_2:it-them-they}} live as written, unless a prune removes {{_3:it-them-they}} first.",
    zh: "⚠️ {{count}}在机器人上但{{where}}，且是自上次发布以来写入的：发布会让它们按写入的样子上线，除非先用 prune 删除它们。",
  },
  {
    en: "{{count:count-entry-was}} written but not published: the live bot still answers as at the last publish (`publish: true` or `command: publish`).",
    zh: "{{count}}已写入但未发布：线上机器人仍按上次发布时的内容回答（`publish: true` 或 `command: publish`）。",
  },
  {
    en: "{{count:count-entry-was}} removed by a prune not yet published: the live bot still answers as at the last publish (`publish: true` or `command: publish`).",
    zh: "{{count}}已被尚未发布的修剪删除：线上机器人仍按上次发布时的内容回答（`publish: true` 或 `command: publish`）。",
  },
  {
    en: "<details><summary>Removed by the prune ({{count:n}})</summary>{{list}}</details>",
    zh: "<details><summary>被修剪删除的条目（{{count}} 个）</summary>{{list}}</details>",
  },
  {
    en: "<details><summary>Removed by the prune (the first {{shown:n}} of {{count:n}})</summary>{{list}}</details>",
    zh: "<details><summary>被修剪删除的条目（共 {{count}} 个中的前 {{shown}} 个）</summary>{{list}}</details>",
  },
  {
    en: "<details><summary>Written since the last publish ({{count:n}})</summary>{{list:unpublished-list}}</details>",
    zh: "<details><summary>自上次发布以来写入的条目（{{count}} 个）</summary>{{list}}</details>",
  },
  {
    en: "<details><summary>Written since the last publish (the first {{shown:n}} of {{count:n}})</summary>{{list:unpublished-list}}</details>",
    zh: "<details><summary>自上次发布以来写入的条目（共 {{count}} 个中的前 {{shown}} 个）</summary>{{list}}</details>",
  },
  { en: "| | Title | Answer |", zh: "| | 标题 | 答案 |" },
  {
    en: "| {{label:summary-label}} | {{title}} | _{{why:cell-plan-why}}_ |",
    zh: "| {{label}} | {{title}} | _{{why}}_ |",
  },
  {
    en: "| {{label:summary-label}} | {{title}}<br><sub>was “{{old}}”{{how:summary-in-place}}</sub> | {{rest}}",
    zh: "| {{label}} | {{title}}<br><sub>原为“{{old}}”{{how}}</sub> | {{rest}}",
  },
  { en: "| {{label:summary-label}} | {{rest}}", zh: "| {{label}} | {{rest}}" },
  {
    en: "<details><summary>{{label:summary-label}} {{title}}</summary><i>The same as on the bot.</i></details>",
    zh: "<details><summary>{{label}} {{title}}</summary><i>与机器人上的相同。</i></details>",
  },
  {
    en: "<details><summary>{{label:summary-label}} {{title}}</summary><i>The previous version cannot be shown: {{why:html-before-why}}. The new one in full:</i><br>{{diff:diff-html}}</details>",
    zh: "<details><summary>{{label}} {{title}}</summary><i>无法显示之前的版本：{{why}}。下面是完整的新版本：</i><br>{{diff}}</details>",
  },
  {
    en: "<details><summary>{{label:summary-label}} {{title}}</summary>{{diff:diff-html}}</details>",
    zh: "<details><summary>{{label}} {{title}}</summary>{{diff}}</details>",
  },
  {
    en: "> **Prune (v2):** {{count:count-entry-is}} disabled ({{percent:n}}% of what faqops knows on the platform): kept on the bot but switched off once published, reversibly. Nothing faqops does not know is touched.",
    zh: "> **修剪（v2）：**停用 {{count}}（占 faqops 所知平台上条目的 {{percent}}%）：仍保留在机器人上，但发布后不再生效，可以恢复。faqops 不知道的条目不会被改动。",
  },
  {
    en: "> **Prune:** the bot's whole content is replaced; {{count:count-entry-is}} removed ({{percent:n}}% of what faqops knows on the platform), {{keeps:n}} kept, and anything added by hand in the console is removed too.",
    zh: "> **修剪：**机器人的全部内容会被替换；删除 {{count}}（占 faqops 所知平台上条目的 {{percent}}%），保留 {{keeps}} 个，在后台手工添加的内容也会被删除。",
  },
  { en: "> **Refused:** {{why:cell-prune-refusal}}", zh: "> **已拒绝：**{{why}}" },
  // The comment's footer and cut (summary.ts renderComment)
  {
    en: "<sub>Updated by faqops on every push to this pull request. Full details: {{where:summary-where}}.</sub>",
    zh: "<sub>faqops 会在这个拉取请求每次推送后更新本评论。完整详情：{{where}}。</sub>",
  },
  {
    en: "> The plan is too long for a comment and was cut here; see {{where:summary-where}} for all of it.",
    zh: "> 计划太长，评论在这里截断了；完整内容见{{where}}。",
  },
  // What apply did (render/apply.ts renderApplyMarkdown): its lists, then its sentences, last
  // because their holes take any line (a line no entry above fits).
  {
    en: "<details><summary>{{name:md-apply-list}}: {{count:n}}</summary>",
    zh: "<details><summary>{{name}}：{{count}}</summary>",
  },
  { en: "| Skill | Entry |", zh: "| 技能 | 条目 |" },
  // publish (action/main.ts publishAndCommit)
  {
    en: "✅ Published: the live bot now answers with {{count:count-entries}} written since the last publish.",
    zh: "✅ 已发布：线上机器人现在会用上次发布以来写入的 {{count}}回答。",
  },
  {
    en: "✅ Published: the live bot no longer answers with {{disabled:count-entries}} disabled since the last publish.",
    zh: "✅ 已发布：线上机器人不再用上次发布以来停用的 {{disabled}}回答。",
  },
  {
    en: "✅ Published: the live bot now answers with {{count:count-entries}} written since the last publish, and no longer with {{off:published-off}}.",
    zh: "✅ 已发布：线上机器人现在会用上次发布以来写入的 {{count}}回答，并且不再用{{off}}回答。",
  },
  {
    en: "✅ Published: the live bot no longer answers with {{off:published-off}}.",
    zh: "✅ 已发布：线上机器人不再用{{off}}回答。",
  },
  {
    en: "✅ Published: nothing was written since the last publish; the live bot answers as before.",
    zh: "✅ 已发布：自上次发布以来没有写入任何内容，线上机器人的回答不变。",
  },
  { en: "❌ The publish failed: {{why}}", zh: "❌ 发布失败：{{why}}" },
  // Apply's list lines and sentences: last, since their holes take any line.
  { en: "| {{skill}} | {{item:md-apply-item}} |", zh: "| {{skill}} | {{item}} |" },
  { en: "{{icon:md-apply-icon}}{{text:md-apply-line}}", zh: "{{icon}}{{text}}" },
];
