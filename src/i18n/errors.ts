/**
 * The errors users meet, in Chinese: their messages and hints (usage, configuration,
 * lockfile, saved plans, content refused) and the platform's error codes (codes.ts,
 * v2/codes.ts). test/i18n reads every error message template of the files it lists from the
 * source and checks that it has an entry here.
 */
import "./kinds.js";
import { type Entry, registerKinds } from "./template.js";

const inflection = (...words: string[]): Entry[] => words.map((en) => ({ en, zh: "" }));

/** What a lockfile's check found wrong (lockfile.ts lockEntryProblem). */
const lockEntryProblem: Entry[] = [
  { en: " is not an object", zh: " 不是对象" },
  { en: ".id is not text", zh: ".id 不是文本" },
  {
    en: '.status must be "synced", "removed" or "disabled"',
    zh: '.status 必须是 "synced"、"removed" 或 "disabled"',
  },
  { en: ".unpublished must be true when present", zh: ".unpublished 出现时必须是 true" },
  { en: '.api must be "v2" when present', zh: '.api 出现时必须是 "v2"' },
  { en: ".{{key:word}} is missing", zh: ".{{key}} 缺失" },
  { en: ".{{key:word}} is not a number", zh: ".{{key}} 不是数字" },
];

/** What a pending task's check found wrong (lockfile.ts pendingTaskProblem). */
const taskProblem: Entry[] = [
  { en: " is not an object", zh: " 不是对象" },
  { en: ".id is missing", zh: ".id 缺失" },
  { en: ".submitted is missing", zh: ".submitted 缺失" },
  { en: ".mode must be 0 or 1", zh: ".mode 必须是 0 或 1" },
  { en: ".items is not a list", zh: ".items 不是列表" },
  { en: ".items[{{index:n}}] is not an object", zh: ".items[{{index}}] 不是对象" },
  {
    en: ".items[{{index:n}}].renamedFrom is not text",
    zh: ".items[{{index}}].renamedFrom 不是文本",
  },
  {
    en: ".items[{{index:n}}].entry{{problem:lock-entry-problem}}",
    zh: ".items[{{index}}].entry{{problem}}",
  },
];

/** lockfile.ts: why a lockfile is not valid. */
const lockfileProblem: Entry[] = [
  {
    en: "it is not JSON ({{detail}}); it may be truncated or hand-edited",
    zh: "它不是 JSON（{{detail}}）；可能被截断或被手工改坏了",
  },
  { en: "it is not a JSON object", zh: "它不是 JSON 对象" },
  { en: 'it has no "version"', zh: '它没有 "version"' },
  { en: "unknown version {{version}}", zh: "未知的版本 {{version}}" },
  { en: '"entries" is not a list', zh: '"entries" 不是列表' },
  { en: "{{where:lock-where}} is not an object", zh: "{{where}} 不是对象" },
  {
    en: '{{where:lock-where}} repeats the entry "{{skill}} / {{title}}"',
    zh: '{{where}} 重复了条目 "{{skill}} / {{title}}"',
  },
  { en: "{{where:lock-where}}{{problem:lock-entry-problem}}", zh: "{{where}}{{problem}}" },
  { en: '"pruned" is malformed', zh: '"pruned" 格式不对' },
  { en: '"tasks" is not a list', zh: '"tasks" 不是列表' },
  { en: "tasks[{{index:n}}]{{problem:task-problem}}", zh: "tasks[{{index}}]{{problem}}" },
];

/** saved-plan.ts: why a file is not a plan file. */
const planFileProblem: Entry[] = [
  { en: "it is not JSON", zh: "它不是 JSON" },
  { en: 'no "format": "{{format}}"', zh: '没有 "format": "{{format}}"' },
  { en: '"options" is malformed', zh: '"options" 格式不对' },
  { en: '"inputs" is malformed', zh: '"inputs" 格式不对' },
  { en: '"plan" is missing', zh: '"plan" 缺失' },
];

/** saved-plan.ts firstDifference: what changed in the content. */
const contentChange: Entry[] = [
  { en: "{{path}} was added", zh: "{{path}} 是新加的" },
  { en: "{{path}} was removed", zh: "{{path}} 被删除了" },
  { en: "{{path}} changed", zh: "{{path}} 改动了" },
];

/** The files faqops keeps its state in, as state-file.ts names them. */
const stateFile: Entry[] = [
  { en: "the lockfile's journal {{file}}", zh: "锁文件的日志 {{file}}" },
  { en: "the lockfile {{file}}", zh: "锁文件 {{file}}" },
];

/** What a missing state file would mean (state-file.ts). */
const missingState: Entry[] = [
  { en: "a missing lockfile that resends everything", zh: "“没有锁文件、全部重新发送”" },
  { en: "a missing journal", zh: "“没有日志”" },
];

/** codes.ts and v2/codes.ts: what an error code means. */
const codeMeaning: Entry[] = [
  { en: "the TOKEN is not valid", zh: "TOKEN 无效" },
  { en: "the bot failed the platform's review", zh: "机器人没有通过平台审核" },
  { en: "the signature is missing the userid field", zh: "签名缺少 userid 字段" },
  { en: "a signature field is empty", zh: "签名的某个字段为空" },
  { en: "the signature expired or is invalid", zh: "签名已过期或无效" },
  { en: "the signature check failed: userid is missing", zh: "签名校验失败：缺少 userid" },
  { en: "a required field is empty (bad request)", zh: "必填字段为空（请求有误）" },
  { en: "the app id check failed", zh: "APPID 校验失败" },
  { en: "the platform could not decrypt the request", zh: "平台无法解密请求" },
  { en: "the managerid is not valid", zh: "managerid 无效" },
  { en: "the platform could not decrypt or read the request", zh: "平台无法解密或读取请求" },
  {
    en: "an error code faqops does not know ({{code:n}})",
    zh: "faqops 不认识的错误码（{{code}}）",
  },
  {
    en: "the platform refused the request (a stale timestamp, a wrong signature or account)",
    zh: "平台拒绝了请求（时间戳过期、签名或账号不对）",
  },
  { en: "a request parameter is wrong (bad request)", zh: "请求参数有误（请求有误）" },
  {
    en: "the platform could not read the request (bad request)",
    zh: "平台无法读取请求（请求有误）",
  },
  {
    en: "the content failed the platform's safety check (黄反)",
    zh: "内容没有通过平台的安全审核（黄反）",
  },
  { en: "the platform could not parse the request's JSON", zh: "平台无法解析请求的 JSON" },
  { en: "the platform could not parse the request's data", zh: "平台无法解析请求的数据" },
  {
    en: "no permission: the platform refused the access token",
    zh: "没有权限：平台拒绝了 access token",
  },
  { en: "calls too frequent", zh: "调用过于频繁" },
  {
    en: "the platform failed for now ({{what:server-fault}})",
    zh: "平台暂时出错（{{what}}）",
  },
];

const OPEN_API_PAGE_ZH = "机器人后台的「应用绑定 → 开放 API」页面";

/** v2/codes.ts OPEN_API_PAGE: where the open API is switched on. */
const OPEN_API_PAGE: Entry[] = [
  { en: "the bot console's 应用绑定 → 开放 API page", zh: OPEN_API_PAGE_ZH },
];

/** codes.ts CREDENTIALS. */
const CREDENTIALS_CHECK: Entry[] = [
  {
    en: "check FAQOPS_APPID and FAQOPS_ENCODING_AES_KEY against the bot's console",
    zh: "请对照机器人后台检查 FAQOPS_APPID 和 FAQOPS_ENCODING_AES_KEY",
  },
];

/** codes.ts and v2/codes.ts: what to do about an error code; also the hints the clients give. */
const codeTodo: Entry[] = [
  {
    en: "{{check:credentials-check}}; if they are right, run `faqops check` (the content may hold characters XML cannot carry) and report it",
    zh: "{{check}}；如果都没错，请运行 `faqops check`（内容里可能有 XML 无法承载的字符），并报告这个问题",
  },
  ...CREDENTIALS_CHECK,
  {
    en: "report this as a faqops bug: content calls carry no signature",
    zh: "这是 faqops 的缺陷，请报告：内容接口的调用不带签名",
  },
  {
    en: "check that the entry has a skill, a title and an answer",
    zh: "请检查条目是否有技能、标题和答案",
  },
  {
    en: "check FAQOPS_TOKEN against the bot's console (it may have been reset)",
    zh: "请对照机器人后台检查 FAQOPS_TOKEN（它可能已被重置）",
  },
  {
    en: "resolve the review in the bot's console, then sync again",
    zh: "请在机器人后台处理审核问题，然后重新同步",
  },
  {
    en: "check FAQOPS_MANAGER_ID: the id of the bot's creator or an administrator",
    zh: "请检查 FAQOPS_MANAGER_ID：应为机器人创建者或管理员的 id",
  },
  {
    en: "see the platform's documentation for this code; the entry was not written",
    zh: "请查阅平台文档中这个错误码的说明；该条目没有写入",
  },
  {
    en: "run `faqops check`; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
    zh: "请运行 `faqops check`；如果内容检查通过，请把它作为 faqops 的缺陷报告（请求体不符合平台要求）。",
  },
  {
    en: "nothing to change: faqops retries it; if it persists, try again later.",
    zh: "无需改动：faqops 会重试；如果一直这样，请稍后再试。",
  },
  {
    en: "change the wording of the entries in this request; the platform does not say which one it refused.",
    zh: "请修改这次请求中各条目的措辞；平台不会说明拒绝的是哪一条。",
  },
  {
    en: "nothing to change: faqops backs off and retries; if it persists, lower --rate.",
    zh: "无需改动：faqops 会放慢并重试；如果一直这样，请调低 --rate。",
  },
  {
    en: "see the platform's v2 error code page; this call's request was not applied.",
    zh: "请查阅平台 v2 错误码页面；这次调用的请求没有生效。",
  },
  {
    en: "enable the open API for this bot on {{page:open-api-page}} (a bot without it refuses every v2 call), and check that FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (an administrator's user id) are the ones shown there.",
    zh: `请在{{page}}为这个机器人开启开放 API（没有开启的机器人会拒绝所有 v2 调用），并确认 FAQOPS_APPID、FAQOPS_TOKEN 和 FAQOPS_MANAGER_ID（管理员的用户 id）与该页面显示的一致。`,
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then FAQOPS_TOKEN (the Token on {{page:open-api-page}}); a Token with stray characters signs wrongly.",
    zh: `请先检查本机时钟（每个签名都带有时间：请校准，例如用 NTP），再检查 FAQOPS_TOKEN（{{page}}上的 Token）；Token 里多了字符会导致签名错误。`,
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), FAQOPS_TOKEN and FAQOPS_APPID against {{page:open-api-page}}, and FAQOPS_MANAGER_ID (the account: an administrator's user id, under 管理 → 成员权限).",
    zh: `请检查本机时钟（每个签名都带有时间：请校准，例如用 NTP），对照{{page}}检查 FAQOPS_TOKEN 和 FAQOPS_APPID，并检查 FAQOPS_MANAGER_ID（即账号：管理员的用户 id，在「管理 → 成员权限」中）。`,
  },
];

registerKinds({
  "lock-where": [{ en: "entries[{{index:n}}]", zh: "entries[{{index}}]" }],
  "open-api-page": OPEN_API_PAGE,
  "credentials-check": CREDENTIALS_CHECK,
  "error-count": [
    { en: "{{count:n}} error", zh: "{{count}} 个错误" },
    { en: "{{count:n}} errors", zh: "{{count}} 个错误" },
  ],
  "lock-entry-problem": lockEntryProblem,
  "task-problem": taskProblem,
  "lockfile-problem": lockfileProblem,
  "plan-file-problem": planFileProblem,
  "content-change": contentChange,
  "state-file": stateFile,
  "missing-state": missingState,
  "code-meaning": codeMeaning,
  "server-fault": [
    { en: "a database error", zh: "数据库错误" },
    { en: "a key-value store error", zh: "键值存储错误" },
    { en: "an internal error", zh: "内部错误" },
  ],
  "platform-said": [
    { en: " ({{text}})", zh: "（{{text}}）" },
    { en: "", zh: "" },
  ],
  "platform-action": { pattern: "(?:/v2/[A-Za-z0-9_/]+|[a-z_]+)" },
  "credential-credentials": inflection("credential", "credentials"),
  "it-them": inflection("it", "them"),
  "token-problem": [
    { en: "is empty", zh: "是空的" },
    { en: "has other characters", zh: "含有其他字符" },
  ],
  "endpoint-from": [
    { en: " (from {{source}})", zh: "（来自 {{source}}）" },
    { en: "", zh: "" },
  ],
  "query-fragment": [
    { en: "a query", zh: "查询参数（?…）" },
    { en: "a fragment", zh: "片段（#…）" },
  ],
  "content-changed-what": [
    { en: ": {{content}}/{{what:content-change}}", zh: "：{{content}}/{{what}}" },
    { en: "", zh: "" },
  ],
  "lockfile-changed-what": [
    { en: "; the plan for {{what}} is no longer the same", zh: "，{{what}} 的计划已不一样" },
    { en: "", zh: "" },
  ],
  "plan-differs-what": [
    { en: ", first at {{what}}", zh: "，第一处在 {{what}}" },
    { en: "", zh: "" },
  ],
});

/** Error messages (FaqopsError.message), most specific first. */
export const ERROR_MESSAGES: readonly Entry[] = [
  // Usage: flags, options, action inputs (options.ts, lang.ts)
  { en: "--{{name:word}} needs a value.", zh: "--{{name}} 需要一个值。" },
  {
    en: '{{name}} must be a whole number from {{min:n}} to {{max:n}}; got "{{value}}".',
    zh: '{{name}} 必须是 {{min}} 到 {{max}} 之间的整数；现在是 "{{value}}"。',
  },
  {
    en: '{{name}} must be a number greater than 0 and at most {{max:n}}; got "{{value}}".',
    zh: '{{name}} 必须是大于 0、不超过 {{max}} 的数字；现在是 "{{value}}"。',
  },
  {
    en: '{{name}} must be a share such as 25% or 0.25 (0 to 100%); got "{{value}}".',
    zh: '{{name}} 必须是比例，例如 25% 或 0.25（0 到 100%）；现在是 "{{value}}"。',
  },
  {
    en: '{{name}} must be true or false; got "{{value}}".',
    zh: '{{name}} 必须是 true 或 false；现在是 "{{value}}"。',
  },
  {
    en: '{{name}} must be one of {{choices}}; got "{{value}}".',
    zh: '{{name}} 必须是以下之一：{{choices}}；现在是 "{{value}}"。',
  },
  {
    en: "{{name}} needs a value: one of {{choices}}.",
    zh: "{{name}} 需要一个值：{{choices}} 之一。",
  },
  {
    en: "--replace-all is for --api v2: on v1, --prune always replaces the whole bot.",
    zh: "--replace-all 只用于 --api v2：在 v1 上，--prune 总是替换整个机器人。",
  },
  {
    en: "--replace-all goes with --prune: `--prune --replace-all` replaces the whole bot (import mode 1).",
    zh: "--replace-all 要和 --prune 一起用：`--prune --replace-all` 会替换整个机器人（导入模式 1）。",
  },
  // Commands (src/cli)
  {
    en: "a saved plan already decides {{flags}}; make the plan with {{_:it-them}} instead (`faqops plan --out FILE …`).",
    zh: "保存的计划已经决定了 {{flags}}：请在生成计划时加上这些参数（`faqops plan --out FILE …`）。",
  },
  {
    en: "the plan {{file}} was made for the {{planned}} API, and this run uses {{used}} (--api / FAQOPS_API); apply it with --api {{planned2}}, or make a new plan.",
    zh: "计划 {{file}} 是为 {{planned}} API 生成的，而这次运行使用 {{used}}（--api / FAQOPS_API）：请用 --api {{planned}} 来应用它，或重新生成计划。",
  },
  {
    en: "{{path}} is not in the content folder ({{folder}}); check reports on files and folders in it.",
    zh: "{{path}} 不在内容文件夹（{{folder}}）里：check 只报告该文件夹里的文件和子文件夹。",
  },
  { en: "{{path}} does not exist.", zh: "{{path}} 不存在。" },
  { en: "--dir: {{dir}} is not a folder", zh: "--dir：{{dir}} 不是文件夹" },
  {
    en: "Port {{port:n}} is in use; pick another with --port (0 picks a free one).",
    zh: "端口 {{port}} 已被占用：请用 --port 换一个（0 表示自动选一个空闲端口）。",
  },
  {
    en: "the content has {{errors:error-count}}; nothing was planned or sent.",
    zh: "内容有 {{errors}}：没有生成计划，也没有发送任何内容。",
  },
  {
    en: "the content has {{errors:error-count}}; no preview was written.",
    zh: "内容有 {{errors}}：没有生成预览。",
  },
  // Credentials and endpoint (platform/credentials.ts)
  {
    en: "Missing {{_:credential-credentials}} for the v2 API: {{names}}.",
    zh: "缺少 v2 API 的凭据：{{names}}。",
  },
  { en: "Missing {{_:credential-credentials}}: {{names}}.", zh: "缺少凭据：{{names}}。" },
  {
    en: '{{name}} must be letters, digits, "-", ".", "_" or "~": the platform takes it verbatim as the last segment of every request URL, and this one {{problem:token-problem}}.',
    zh: '{{name}} 只能包含字母、数字、"-"、"."、"_" 或 "~"：平台把它原样用作每个请求网址的最后一段，而当前的值{{problem}}。',
  },
  {
    en: "The endpoint{{from:endpoint-from}} is not a URL (it is not shown here, as it may hold a password).",
    zh: "接口地址{{from}}不是网址（这里不显示它，因为其中可能含有密码）。",
  },
  {
    en: "The endpoint{{from:endpoint-from}} must be an https:// URL; its scheme is neither https nor http.",
    zh: "接口地址{{from}}必须是 https:// 网址；它的协议既不是 https 也不是 http。",
  },
  {
    en: "The endpoint {{origin}}…{{from:endpoint-from}} must be a base URL, without {{what:query-fragment}}.",
    zh: "接口地址 {{origin}}…{{from}}必须是基础网址，不能带{{what}}。",
  },
  {
    en: "The endpoint {{origin}}{{from:endpoint-from}} uses plain http://, so every request would cross the network in clear text, and the TOKEN is part of every request URL: faqops requires https:// for any host but this machine.",
    zh: "接口地址 {{origin}}{{from}}使用明文 http://，每个请求都会以明文经过网络，而 TOKEN 是每个请求网址的一部分：除本机外，faqops 要求使用 https://。",
  },
  // Lockfile, journal, state files, saved plans (src/sync, src/fs/state-file.ts)
  {
    en: "the lockfile {{file}} has version {{version}}, written by a newer faqops; this one reads version {{readable}}.",
    zh: "锁文件 {{file}} 的版本是 {{version}}，由更新的 faqops 写入；当前版本只能读取版本 {{readable}}。",
  },
  {
    en: "the lockfile {{file}} is not valid: {{what:lockfile-problem}}.",
    zh: "锁文件 {{file}} 无效：{{what}}。",
  },
  {
    en: "cannot read the lockfile {{file}}: {{detail}}",
    zh: "无法读取锁文件 {{file}}：{{detail}}",
  },
  {
    en: "cannot write the lockfile's journal {{file}}: {{detail}}",
    zh: "无法写入锁文件的日志 {{file}}：{{detail}}",
  },
  {
    en: "cannot read the lockfile's journal {{file}}: {{detail}}",
    zh: "无法读取锁文件的日志 {{file}}：{{detail}}",
  },
  {
    en: "the lockfile's journal {{file}} is damaged at line {{line:n}}.",
    zh: "锁文件的日志 {{file}} 在第 {{line}} 行损坏。",
  },
  {
    en: "{{name:state-file}} is a symbolic link: faqops does not append through one.",
    zh: "{{name}} 是符号链接：faqops 不会通过链接追加写入。",
  },
  {
    en: "{{name:state-file}} is a symbolic link (to {{target}}): faqops reads and writes its state only in a regular file, never through a link, which could lead anywhere.",
    zh: "{{name}} 是符号链接（指向 {{target}}）：faqops 只在普通文件中读写状态，从不通过可能指向任何地方的链接。",
  },
  {
    en: "{{name:state-file}} is a symbolic link to {{target}}, which does not exist. That is not {{missing:missing-state}}: faqops stops.",
    zh: "{{name}} 是指向 {{target}} 的符号链接，但目标不存在。这不等于{{missing}}：faqops 停止运行。",
  },
  {
    en: "{{name:state-file}} is not a regular file: faqops keeps its state only in a regular file.",
    zh: "{{name}} 不是普通文件：faqops 只在普通文件中保存状态。",
  },
  { en: "cannot read {{name:state-file}}: {{detail}}", zh: "无法读取{{name}}：{{detail}}" },
  {
    en: "cannot read the plan file {{file}}: {{detail}}",
    zh: "无法读取计划文件 {{file}}：{{detail}}",
  },
  {
    en: "{{file}} is not a faqops plan file: {{what:plan-file-problem}}.",
    zh: "{{file}} 不是 faqops 的计划文件：{{what}}。",
  },
  {
    en: "the content changed since the plan {{file}} was made{{what:content-changed-what}}; nothing was sent.",
    zh: "计划 {{file}} 生成之后内容有改动{{what}}：没有发送任何内容。",
  },
  {
    en: "the lockfile {{lockfile}} changed since the plan {{file}} was made (another apply ran?){{what:lockfile-changed-what}}; nothing was sent.",
    zh: "计划 {{file}} 生成之后锁文件 {{lockfile}} 有改动（是不是另一次 apply 运行过？）{{what}}：没有发送任何内容。",
  },
  {
    en: "the plan {{file}} (made by faqops {{made}}) differs from what this faqops ({{version}}) plans from the same content and lockfile{{what:plan-differs-what}}; nothing was sent.",
    zh: "计划 {{file}}（由 faqops {{made}} 生成）与当前 faqops（{{version}}）根据同样的内容和锁文件生成的计划不同{{what}}：没有发送任何内容。",
  },
  // The platform (PlatformError: "action: message")
  {
    en: "{{action:platform-action}}: {{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}, with a new access token too.",
    zh: "{{action}}：{{meaning}}：错误码 {{code}}{{said}}，换了新的 access token 也一样。",
  },
  {
    en: "{{action:platform-action}}: {{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}.",
    zh: "{{action}}：{{meaning}}：错误码 {{code}}{{said}}。",
  },
  {
    en: "{{action:platform-action}}: the open API is not enabled for this bot: code {{code:n}}{{said:platform-said}}.",
    zh: "{{action}}：这个机器人没有开启开放 API：错误码 {{code}}{{said}}。",
  },
];

/** Error hints (FaqopsError.hint). */
export const ERROR_HINTS: readonly Entry[] = [
  ...codeTodo,
  {
    en: "fix the errors above (`faqops check` lists them), then run again.",
    zh: "请先修正上面的错误（`faqops check` 会列出它们），然后再运行。",
  },
  {
    en: "set them from the bot's console (APPID, TOKEN, EncodingAESKey, and the id of an administrator); see docs/platform.md.",
    zh: "请从机器人后台获取并设置（APPID、TOKEN、EncodingAESKey 和一位管理员的 id）；见 docs/platform.md。",
  },
  {
    en: "set them from the bot console's 应用绑定 → 开放 API page (APPID, Token) and the user id of an administrator (管理 → 成员权限); see docs/platform.md.",
    zh: `请从${OPEN_API_PAGE_ZH}获取并设置（APPID、Token），以及一位管理员的用户 id（「管理 → 成员权限」）；见 docs/platform.md。`,
  },
  {
    en: "copy the TOKEN again from the bot's console (its settings page).",
    zh: "请从机器人后台（设置页面）重新复制 TOKEN。",
  },
  {
    en: "give the platform's base URL, such as https://chatbot.weixin.qq.com, with no ?… or #….",
    zh: "请填写平台的基础网址，例如 https://chatbot.weixin.qq.com，不带 ?… 或 #…。",
  },
  {
    en: "give the platform's base URL, such as https://chatbot.weixin.qq.com.",
    zh: "请填写平台的基础网址，例如 https://chatbot.weixin.qq.com。",
  },
  {
    en: "use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, pass --insecure-http (the action's insecure-http input), and only over a connection protected some other way, such as a VPN or an SSH tunnel.",
    zh: "请使用 https://（平台自己的基础网址是 https://chatbot.weixin.qq.com）；明文 http:// 只允许用于 localhost、127.0.0.0/8 和 [::1]（模拟器）；如果一定要经网络明文发送，请加 --insecure-http（Action 的 insecure-http 输入），并且只在有其他保护的连接上使用，例如 VPN 或 SSH 隧道。",
  },
  { en: "upgrade faqops.", zh: "请升级 faqops。" },
  {
    en: "give paths under the content folder, or name another folder with --content DIR",
    zh: "请给出内容文件夹里的路径，或用 --content DIR 指定另一个文件夹",
  },
  { en: "paths are relative to the working directory", zh: "路径相对于当前工作目录" },
  {
    en: "run faqops init in the repository, or give --dir an existing folder",
    zh: "请在仓库里运行 faqops init，或用 --dir 指定一个已存在的文件夹",
  },
  {
    en: "restore it from Git (git checkout -- {{file}}); faqops never treats a broken lockfile as empty.",
    zh: "请从 Git 恢复它（git checkout -- {{file}}）；faqops 从不把损坏的锁文件当作空的。",
  },
  {
    en: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
    zh: "请把它换成普通文件（从 Git 恢复，或把链接指向的文件复制过来替换它），或用 --lockfile 指定那个文件本身的路径。",
  },
  {
    en: "delete it (rm {{file}}): the journals faqops writes are regular files. The next apply then sends again whatever it would have held (harmless).",
    zh: "请删除它（rm {{file}}）：faqops 写的日志都是普通文件。下次 apply 会重新发送它本应记录的内容（无害）。",
  },
  {
    en: "it holds writes the platform confirmed after the lockfile was last saved; if it cannot be repaired, delete it: the next apply then sends those entries again (harmless).",
    zh: "它记录了锁文件上次保存之后平台确认的写入；如果无法修复，请删除它：下次 apply 会重新发送这些条目（无害）。",
  },
  {
    en: "make one with `faqops plan --out FILE`.",
    zh: "请用 `faqops plan --out FILE` 生成一个。",
  },
  {
    en: "make a new plan (`faqops plan{{flags}} --out {{file}}`), review it, and apply that one.",
    zh: "请重新生成计划（`faqops plan{{flags}} --out {{file}}`），检查后再应用新的计划。",
  },
];
