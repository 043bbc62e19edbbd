/**
 * `--help` in Simplified Chinese: every command's summary and description, every option's and
 * argument's description, and commander's own words (its headings, its help and version flags,
 * the `(default: …)` it adds). Each entry's English is the exact text registered in
 * src/cli/commands (and src/cli/main.ts); a hole (`{{…}}`) stands only for a value spliced in
 * there (a default, a file name), kept as it is. Flags, command names and values stay as they
 * are. test/i18n/help.test.ts builds the real program and fails on any text without an entry.
 */
import type { Lang } from "./lang.js";
import { type Entry, translate } from "./template.js";

/** commander's headings, as it passes them to `Help.styleTitle`. */
const HELP_TITLES: Readonly<Record<string, string>> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Global Options:": "全局选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
};

/** The words commander puts in the parentheses after a description (`(default: 3)`). */
const EXTRA_LABELS: Readonly<Record<string, string>> = {
  default: "默认",
  choices: "可选值",
  preset: "预设",
  env: "环境变量",
};

export const HELP_TEXT: readonly Entry[] = [
  // commander's own
  { en: "display help for command", zh: "显示命令的帮助" },
  { en: "output the version number", zh: "输出版本号" },

  // faqops
  {
    en: "Run a WeChat Dialogue Open Platform FAQ from Git.",
    zh: "用 Git 管理微信对话开放平台的 FAQ。",
  },
  {
    en: "the language of messages: {{a}} or {{b}} (default: {{variable}}, else the locale, else en)",
    zh: "消息和帮助的语言：{{a}} 或 {{b}}（默认：{{variable}}，其次是系统区域设置，再其次是 en）",
  },

  // shared options
  {
    en: "the content directory, relative to the working directory (default: content, in the project root)",
    zh: "内容目录，相对于当前工作目录（默认：项目根目录下的 content）",
  },
  {
    en: "compile every file afresh, without reading or writing {{dir}}/",
    zh: "重新编译每个文件，不读也不写 {{dir}}/",
  },
  {
    en: "compile in worker threads: auto (when {{count}} files or more need compiling), on, or off (one thread, less memory)",
    zh: "是否在工作线程中编译：auto（需要编译 {{count}} 个或更多文件时）、on 或 off（单线程，占用内存更少）",
  },
  {
    en: "the state lockfile, relative to the working directory (default: {{file}}, or faqops.<target>.lock.json for a target, in the project root)",
    zh: "状态锁文件，相对于当前工作目录（默认：项目根目录下的 {{file}}，目标则为 faqops.<目标>.lock.json）",
  },
  {
    en: "rehearse against a local emulator started for this run, with state in {{dir}}/ (no credentials needed)",
    zh: "针对本次运行启动的本地模拟器演练，状态保存在 {{dir}}/（无需凭据）",
  },
  {
    en: "take entries no longer in the content off the bot: v1 replaces the bot's whole content; v2 disables them (reversible)",
    zh: "把内容里已没有的条目从机器人上撤下：v1 替换机器人的全部内容；v2 停用这些条目（可恢复）",
  },
  {
    en: "refuse a prune that removes more than this share of the bot (default: 25%)",
    zh: "清理要删除的条目超过机器人的这一比例时拒绝执行（默认：25%）",
  },
  { en: "allow a prune above --prune-max", zh: "允许超过 --prune-max 的清理" },
  // --target (shared-options.ts addTargetOption), each command's
  {
    en: "plan only this target (default: every target, each under its own heading); targets are defined in faqops.config.yaml",
    zh: "只为这个目标生成计划（默认：所有目标，各自列在自己的标题下）；目标在 faqops.config.yaml 中定义",
  },
  {
    en: "the target (bot) to sync; required when several are configured; targets are defined in faqops.config.yaml",
    zh: "要同步的目标（机器人）；配置了多个目标时必须指定；目标在 faqops.config.yaml 中定义",
  },
  {
    en: "the target (bot) to publish; required when several are configured; targets are defined in faqops.config.yaml",
    zh: "要发布的目标（机器人）；配置了多个目标时必须指定；目标在 faqops.config.yaml 中定义",
  },
  {
    en: "show what this target's bot would answer (its entries only; --changed: against its lockfile); targets are defined in faqops.config.yaml",
    zh: "显示这个目标的机器人会怎样回答（只含它的条目；加 --changed 时与它的锁文件比较）；目标在 faqops.config.yaml 中定义",
  },
  {
    en: "export only the entries this target takes; targets are defined in faqops.config.yaml",
    zh: "只导出这个目标接收的条目；目标在 faqops.config.yaml 中定义",
  },
  {
    en: "with --api v2 --prune: replace the whole bot (import mode 1) instead of disabling what the content no longer has",
    zh: "与 --api v2 --prune 一起使用：替换整个机器人（导入模式 1），而不是停用内容里已没有的条目",
  },
  {
    en: "write every entry again, whatever the lockfile says (a new or emptied bot, or a lockfile you cannot trust)",
    zh: "不管锁文件怎么记录，重新写入每个条目（适用于新的或已清空的机器人，或不可信的锁文件）",
  },
  {
    en: "the platform's base URL (default: $FAQOPS_ENDPOINT, else https://chatbot.weixin.qq.com)",
    zh: "平台的基础 URL（默认：$FAQOPS_ENDPOINT，其次是 https://chatbot.weixin.qq.com）",
  },
  {
    en: "allow an http:// endpoint on another host than this machine: the TOKEN, part of every request URL, then crosses the network in clear text",
    zh: "允许使用其他主机上的 http:// 端点：这样 TOKEN（每个请求 URL 的一部分）会以明文在网络上传输",
  },
  { en: "requests in flight at once (default: {{n}})", zh: "同时进行的请求数（默认：{{n}}）" },
  { en: "requests per second at most (default: {{n}})", zh: "每秒最多请求数（默认：{{n}}）" },
  { en: "print every retry", zh: "打印每次重试" },
  {
    en: "the platform's open API: v1 (setautoreply, one request an entry) or v2 (batched import, renames in place, reversible removal) (default: {{variable}}, else v1)",
    zh: "平台的开放 API：v1（setautoreply，每个条目一个请求）或 v2（批量导入，原地重命名，可恢复的移除）（默认：{{variable}}，其次是 v1）",
  },
  {
    en: "with --api v2: intents per import call, 1 to 1000 (default: {{n}})",
    zh: "与 --api v2 一起使用：每次导入调用包含的意图数，1 到 1000（默认：{{n}}）",
  },
  {
    en: "print diagnostics as {{formats}} (default: text): json for scripts, sarif for GitHub code scanning, github for workflow annotations",
    zh: "以 {{formats}} 格式打印诊断（默认：text）：json 供脚本使用，sarif 供 GitHub 代码扫描，github 用于工作流注解",
  },
  {
    en: "print diagnostics (on stderr; the plan itself is text, or JSON with --json) as {{formats}} (default: text): json for scripts, sarif for GitHub code scanning, github for workflow annotations",
    zh: "以 {{formats}} 格式打印诊断（输出到 stderr；计划本身是文本，加 --json 时为 JSON）（默认：text）：json 供脚本使用，sarif 供 GitHub 代码扫描，github 用于工作流注解",
  },

  // check
  {
    en: "check every FAQ entry and print every problem found (exit 1 on any error); with paths, only the problems in those files",
    zh: "检查每个 FAQ 条目并打印发现的每个问题（有任何错误时退出码为 1）；给出路径时，只报告这些文件中的问题",
  },
  {
    en: "files or folders in the content folder to report on (default: all); every entry is still read, for the rules across entries",
    zh: "要报告的内容目录中的文件或文件夹（默认：全部）；为了跨条目的规则，仍会读取每个条目",
  },

  // compile
  {
    en: "compile every FAQ entry and print what would be sent (nothing when any has an error)",
    zh: "编译每个 FAQ 条目并打印将要发送的内容（任何条目有错误时不打印）",
  },
  { en: "print a JSON array of entries, sorted by source", zh: "打印条目的 JSON 数组，按来源排序" },

  // plan
  {
    en: "show what a sync would change (needs no credentials)",
    zh: "显示同步会改动什么（无需凭据）",
  },
  {
    en: "Compare the content with the lockfile and show what `apply` would do: entries to create, update or rename, entries on the bot that the content no longer has (drift), and writes not yet published. Sends nothing; needs no credentials.",
    zh: "将内容与锁文件比较，显示 `apply` 会做什么：要新建、更新或重命名的条目，机器人上有而内容里已没有的条目（漂移），以及尚未发布的写入。不发送任何请求；无需凭据。",
  },
  {
    en: "print the plan as JSON (each change with `before` and `after`)",
    zh: "以 JSON 打印计划（每个改动带 `before` 和 `after`）",
  },
  {
    en: "one line per entry instead of each change's diff",
    zh: "每个条目一行，而不是每个改动的差异",
  },
  {
    en: "exit 0 when the bot matches the content, 2 when anything is pending (writes, drift, an unpublished write), 1 on error",
    zh: "机器人与内容一致时退出码为 0，有待处理的事项（写入、漂移、未发布的写入）时为 2，出错时为 1",
  },
  {
    en: "also save the plan to this file; `faqops apply FILE` then applies exactly it, or refuses if the content or lockfile changed",
    zh: "同时把计划保存到这个文件；之后 `faqops apply FILE` 会严格按它执行，若内容或锁文件已改变则拒绝执行",
  },

  // apply
  { en: "write what changed to the platform", zh: "把改动写入平台" },
  {
    en: "a plan saved by `faqops plan --out FILE`: apply exactly it",
    zh: "由 `faqops plan --out FILE` 保存的计划：严格按它执行",
  },
  {
    en: "Write created, updated and renamed entries to the platform (v1: setautoreply, one request an entry; v2: batched imports), only what changed since the lockfile, and record every confirmed write. With a saved plan, apply exactly that plan, or refuse (sending nothing) when the content or the lockfile changed since it was made. Credentials come from FAQOPS_APPID, FAQOPS_TOKEN, FAQOPS_ENCODING_AES_KEY (v1 only) and FAQOPS_MANAGER_ID (not needed with --dry-run or --emulator); for a target, FAQOPS_<NAME>_APPID and so on first (docs/targets.md).",
    zh: "把新建、更新和重命名的条目写入平台（v1：setautoreply，每个条目一个请求；v2：批量导入），只写自锁文件以来改动的部分，并记录每次确认的写入。给出保存的计划时，严格按该计划执行；若计划生成后内容或锁文件已改变，则拒绝执行（不发送任何请求）。凭据来自 FAQOPS_APPID、FAQOPS_TOKEN、FAQOPS_ENCODING_AES_KEY（仅 v1）和 FAQOPS_MANAGER_ID（使用 --dry-run 或 --emulator 时不需要）；目标的凭据先读 FAQOPS_<名字>_APPID 等变量（见 docs/targets.md）。",
  },
  {
    en: "do everything but send requests (no credentials needed)",
    zh: "执行除发送请求外的所有步骤（无需凭据）",
  },
  {
    en: "publish after writing (also entries written earlier and not yet published), and wait until it is done",
    zh: "写入后发布（也包括之前写入但尚未发布的条目），并等待发布完成",
  },
  {
    en: "print only the counts, not the entries written, failed or left over",
    zh: "只打印数量，不列出写入、失败或剩余的条目",
  },
  { en: "first v2 task poll after", zh: "首次轮询 v2 任务前的等待时间" },

  // publish
  { en: "make written content live", zh: "让已写入的内容上线" },
  {
    en: "Call publish, then poll its progress (v1 publish_progress, v2 effective_progress) until the publish is done (exit 0) or failed (exit 1). On success the lockfile's entries written but not yet published are marked live; on failure they stay marked, and `plan` keeps reporting them.",
    zh: "调用 publish，然后轮询其进度（v1 publish_progress，v2 effective_progress），直到发布完成（退出码 0）或失败（退出码 1）。成功时，锁文件中已写入但尚未发布的条目被标记为已上线；失败时它们保持原有标记，`plan` 会继续报告它们。",
  },
  {
    en: "give up waiting after this long (default: 600)",
    zh: "等待超过这么多秒后放弃（默认：600）",
  },

  // preview
  {
    en: "write an HTML page showing each entry as a WeChat conversation",
    zh: "生成一个 HTML 页面，把每个条目显示为微信对话",
  },
  {
    en: "Write a self-contained page (<out>/index.html) that shows every entry as a WeChat conversation: the question, the answer's messages and cards, and recommended questions you can tap. With --changed, only what a sync would change (as `faqops plan` computes it), before and after side by side. Prints the page's path.",
    zh: "生成一个独立的页面（<out>/index.html），把每个条目显示为微信对话：问题、答案的消息和卡片，以及可以点击的推荐问题。使用 --changed 时，只显示同步会改动的内容（按 `faqops plan` 的计算），改动前后并排显示。打印页面的路径。",
  },
  {
    en: "the folder to write index.html in (default: {{dir}})",
    zh: "写入 index.html 的文件夹（默认：{{dir}}）",
  },
  {
    en: "show only the plan's changes, before and after, instead of every entry",
    zh: "只显示计划中的改动（改动前后），而不是每个条目",
  },

  // emulate
  { en: "run a local emulator of the platform", zh: "运行平台的本地模拟器" },
  {
    en: "Run a local emulator of the platform's open API on 127.0.0.1: v1 (setautoreply, batchimportskill, publish, publish_progress) and, at the same URL, v2 (/v2/token, /v2/bot/import/json, /v2/async/fetch, /v2/bot/publish, /v2/bot/effective_progress), on one bot. It prints the FAQOPS_* variables to use it from another terminal.",
    zh: "在 127.0.0.1 上运行平台开放 API 的本地模拟器：v1（setautoreply、batchimportskill、publish、publish_progress），以及同一 URL 下的 v2（/v2/token、/v2/bot/import/json、/v2/async/fetch、/v2/bot/publish、/v2/bot/effective_progress），只有一个机器人。它会打印 FAQOPS_* 变量，以便在另一个终端中使用。",
  },
  {
    en: "port to listen on; 0 picks a free one (default: {{port}})",
    zh: "监听的端口；0 表示选择一个空闲端口（默认：{{port}}）",
  },
  { en: "address to listen on (default: 127.0.0.1)", zh: "监听的地址（默认：127.0.0.1）" },
  {
    en: "keep the bot's entries in this JSON file (default: in memory)",
    zh: "把机器人的条目保存在这个 JSON 文件中（默认：保存在内存中）",
  },
  { en: "app id to accept (default: {{id}})", zh: "接受的 app id（默认：{{id}}）" },
  { en: "TOKEN to accept (default: {{token}})", zh: "接受的 TOKEN（默认：{{token}}）" },
  {
    en: "EncodingAESKey to accept, 43 base64 characters",
    zh: "接受的 EncodingAESKey，43 个 base64 字符",
  },
  { en: "managerid to accept (default: {{id}})", zh: "接受的 managerid（默认：{{id}}）" },
  {
    en: "progress polls before a publish is done (default: 3)",
    zh: "发布完成前的进度轮询次数（默认：3）",
  },
  {
    en: "make every publish end with status 2 (failed)",
    zh: "让每次发布都以状态 2（失败）结束",
  },
  {
    en: "seconds a v2 access token is accepted (default: {{s}}, the platform's 2 h)",
    zh: "v2 访问令牌的有效秒数（默认：{{s}}，即平台的 2 小时）",
  },
  {
    en: "v2 async/fetch answers that report an import running before its end (default: 1)",
    zh: "v2 async/fetch 在导入结束前报告其仍在运行的次数（默认：1）",
  },
  {
    en: "intents a v2 import may carry; more is refused with 110002 (default: 100, the reference's safe default)",
    zh: "一次 v2 导入可包含的意图数；超出时以 110002 拒绝（默认：100，参考文档中的安全默认值）",
  },
  {
    en: "answer this share of calls (e.g. 0.2 or 20%) with --fail-status",
    zh: "以 --fail-status 应答这一比例的调用（如 0.2 或 20%）",
  },
  { en: "HTTP status of those failures (default: 500)", zh: "这些失败的 HTTP 状态码（默认：500）" },
  {
    en: "drop the connection of this share of calls without an answer",
    zh: "不应答并断开这一比例的调用的连接",
  },
  { en: "wait this long before answering each call", zh: "应答每个调用前等待这么多毫秒" },
  {
    en: "answer more than n calls per second with 429 and Retry-After",
    zh: "每秒超过 n 个调用时以 429 和 Retry-After 应答",
  },
  {
    en: "seconds sent in Retry-After with 429 and 503 (default: 1)",
    zh: "随 429 和 503 在 Retry-After 中发送的秒数（默认：1）",
  },
  {
    en: "seed of the fault rates' random generator, to replay a run",
    zh: "故障比例随机数生成器的种子，用于重现一次运行",
  },
  { en: "do not log each call", zh: "不记录每个调用" },

  // init
  {
    en: "set faqops up in this repository: content/ with an example entry and a guide for editors, the GitHub workflow, front matter checks in the editor, and .gitignore; creates only missing files, never overwrites one",
    zh: "在此仓库中配置 faqops：content/（含一个示例条目和给编辑者的指南）、GitHub 工作流、编辑器中的 front matter 检查，以及 .gitignore；只创建缺少的文件，从不覆盖已有文件",
  },
  {
    en: "the repository's folder (default: the current folder)",
    zh: "仓库的文件夹（默认：当前文件夹）",
  },

  // import
  {
    en: "turn the console's bulk-import file (CSV or .xlsx) into Markdown entries",
    zh: "把控制台的批量导入文件（CSV 或 .xlsx）转换为 Markdown 条目",
  },
  {
    en: "the console's bulk-import template or export: .csv (UTF-8 or GBK) or .xlsx",
    zh: "控制台的批量导入模板或导出文件：.csv（UTF-8 或 GBK）或 .xlsx",
  },
  {
    en: "Read the console's bulk-import template (or its export, or `faqops export`'s file) and write one Markdown file per row under the content folder: content/<skill>/<title>.md. Every file is compiled back and compared with its row; rows that cannot be written unchanged are reported with their row numbers and not written. Files already there are never written over without --force. See docs/import-export.md.",
    zh: "读取控制台的批量导入模板（或其导出文件，或 `faqops export` 生成的文件），在内容目录下为每一行写一个 Markdown 文件：content/<skill>/<title>.md。每个文件都会重新编译并与其所在行比较；无法原样写入的行会连同行号报告出来，且不会写入。没有 --force 时，从不覆盖已有的文件。参见 docs/import-export.md。",
  },
  {
    en: "the content directory to write into, relative to the working directory (default: content, in the project root)",
    zh: "要写入的内容目录，相对于当前工作目录（默认：项目根目录下的 content）",
  },
  {
    en: "replace files that hold an entry with the same skill and title",
    zh: "替换包含相同技能和标题的条目的文件",
  },
  { en: "say what would be written, and write nothing", zh: "说明将会写入什么，但不写入任何文件" },

  // export
  {
    en: "write the content as the console's bulk-import template (CSV or .xlsx)",
    zh: "把内容写成控制台的批量导入模板（CSV 或 .xlsx）",
  },
  {
    en: "Write every entry (drafts aside) in the console's bulk-import template: skill, standard question, threshold, similar questions and answer, for a bulk upload in the console or a backup. CSV is UTF-8 with a byte-order mark, so Excel opens it; without --out it goes to standard output. Nothing is written when the content has errors. See docs/import-export.md.",
    zh: "把每个条目（草稿除外）写成控制台的批量导入模板：技能、标准问题、阈值、相似问法和答案，可在控制台批量上传或用作备份。CSV 为带字节顺序标记（BOM）的 UTF-8，因此 Excel 能直接打开；没有 --out 时输出到标准输出。内容有错误时不写入任何内容。参见 docs/import-export.md。",
  },
  {
    en: "the file's format (default: from --out's extension, else csv)",
    zh: "文件格式（默认：按 --out 的扩展名，其次是 csv）",
  },
  {
    en: "the file to write (default: standard output, for CSV)",
    zh: "要写入的文件（默认：标准输出，仅限 CSV）",
  },
];

/** The Chinese of one help text (a description, a summary), or undefined (for tests). */
export function translateHelp(text: string): string | undefined {
  return translate(HELP_TEXT, text)?.text;
}

/** A help text in `lang`: its Chinese when it has an entry, else as it is. */
export function helpText(text: string, lang: Lang): string {
  if (lang === "en" || text === "") return text;
  return translateHelp(text) ?? text;
}

/** One of commander's headings (`Usage:`, `Options:`, …) in `lang`. */
export function helpTitle(title: string, lang: Lang): string {
  if (lang === "en") return title;
  return HELP_TITLES[title] ?? title;
}

/**
 * What commander adds after a description, `(default: 3)` or `(choices: "a", "b")`, in `lang`:
 * `（默认：3）`. Anything else is kept.
 */
export function helpExtraInfo(extra: string, lang: Lang): string {
  if (lang === "en") return extra;
  const match = /^ ?\((.*)\)$/s.exec(extra);
  if (!match) return extra;
  const parts = (match[1] ?? "").split(/, (?=(?:default|choices|preset|env): )/);
  const translated = parts.map((part) => {
    const label = /^(default|choices|preset|env): /.exec(part);
    return label ? `${EXTRA_LABELS[label[1]!]}：${part.slice(label[0].length)}` : part;
  });
  return `（${translated.join("，")}）`;
}
