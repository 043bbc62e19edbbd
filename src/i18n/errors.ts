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
  {
    en: '.unpublished must be true or "new" when present',
    zh: '.unpublished 出现时必须是 true 或 "new"',
  },
  { en: ".mayBeDisabled must be true when present", zh: ".mayBeDisabled 出现时必须是 true" },
  { en: ".prune is malformed", zh: ".prune 格式不对" },
  { en: ".keeps is malformed", zh: ".keeps 格式不对" },
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

/** render/remedy.ts: the APPID and the EncodingAESKey to check, for the CLI and the action. */
const CREDENTIALS_CHECK: Entry[] = [
  {
    en: "check {{appid:word}} and {{key:word}} against the bot's console",
    zh: "请对照机器人后台检查 {{appid}} 和 {{key}}",
  },
  {
    en: "check the action's `appid` and `encoding-aes-key` inputs against the bot's console",
    zh: "请对照机器人后台检查 Action 的 `appid` 和 `encoding-aes-key` 输入",
  },
];

/**
 * codes.ts and v2/codes.ts: what to do about an error code; also the hints the clients give
 * (their remedies worded by render/remedy.ts, for the CLI and for the action).
 */
const codeTodo: Entry[] = [
  {
    en: "{{check:credentials-check}}; if they are right, {{run:run-check}} (the content may hold characters XML cannot carry) and report it",
    zh: "{{check}}；如果都没错，{{run}}（内容里可能有 XML 无法承载的字符），并报告这个问题",
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
    en: "check {{token:word}} against the bot's console (it may have been reset)",
    zh: "请对照机器人后台检查 {{token}}（它可能已被重置）",
  },
  {
    en: "check the action's `token` input against the bot's console (it may have been reset)",
    zh: "请对照机器人后台检查 Action 的 `token` 输入（它可能已被重置）",
  },
  {
    en: "resolve the review in the bot's console, then sync again",
    zh: "请在机器人后台处理审核问题，然后重新同步",
  },
  {
    en: "check {{id:word}}: the id of the bot's creator or an administrator",
    zh: "请检查 {{id}}：应为机器人创建者或管理员的 id",
  },
  {
    en: "check the action's `manager-id` input: the id of the bot's creator or an administrator",
    zh: "请检查 Action 的 `manager-id` 输入：应为机器人创建者或管理员的 id",
  },
  {
    en: "see the platform's documentation for this code; the entry was not written",
    zh: "请查阅平台文档中这个错误码的说明；该条目没有写入",
  },
  {
    en: "{{run:run-check}}; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
    zh: "{{run}}；如果内容检查通过，请把它作为 faqops 的缺陷报告（请求体不符合平台要求）。",
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
    en: "nothing to change: faqops backs off and retries; if it persists, {{lower:lower-rate}}.",
    zh: "无需改动：faqops 会放慢并重试；如果一直这样，请{{lower}}。",
  },
  {
    en: "see the platform's v2 error code page; this call's request was not applied.",
    zh: "请查阅平台 v2 错误码页面；这次调用的请求没有生效。",
  },
  {
    en: "enable the open API for this bot on {{page:open-api-page}} (a bot without it refuses every v2 call), and check that {{appid:word}}, {{token:word}} and {{id:word}} (an administrator's user id) are the ones shown there.",
    zh: `请在{{page}}为这个机器人开启开放 API（没有开启的机器人会拒绝所有 v2 调用），并确认 {{appid}}、{{token}} 和 {{id}}（管理员的用户 id）与该页面显示的一致。`,
  },
  {
    en: "enable the open API for this bot on {{page:open-api-page}} (a bot without it refuses every v2 call), and check that the action's inputs `appid`, `token` and `manager-id` (an administrator's user id) are the ones shown there.",
    zh: `请在{{page}}为这个机器人开启开放 API（没有开启的机器人会拒绝所有 v2 调用），并确认 Action 的 \`appid\`、\`token\` 和 \`manager-id\` 输入（管理员的用户 id）与该页面显示的一致。`,
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then {{token:word}} (the Token on {{page:open-api-page}}); a Token with stray characters signs wrongly.",
    zh: `请先检查本机时钟（每个签名都带有时间：请校准，例如用 NTP），再检查 {{token}}（{{page}}上的 Token）；Token 里多了字符会导致签名错误。`,
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then the action's `token` input (the Token on {{page:open-api-page}}); a Token with stray characters signs wrongly.",
    zh: `请先检查本机时钟（每个签名都带有时间：请校准，例如用 NTP），再检查 Action 的 \`token\` 输入（{{page}}上的 Token）；Token 里多了字符会导致签名错误。`,
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), {{token:word}} and {{appid:word}} against {{page:open-api-page}}, and {{id:word}} (the account: an administrator's user id, under 管理 → 成员权限).",
    zh: `请检查本机时钟（每个签名都带有时间：请校准，例如用 NTP），对照{{page}}检查 {{token}} 和 {{appid}}，并检查 {{id}}（即账号：管理员的用户 id，在「管理 → 成员权限」中）。`,
  },
  {
    en: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), the action's `token` and `appid` inputs against {{page:open-api-page}}, and its `manager-id` input (the account: an administrator's user id, under 管理 → 成员权限).",
    zh: `请检查本机时钟（每个签名都带有时间：请校准，例如用 NTP），对照{{page}}检查 Action 的 \`token\` 和 \`appid\` 输入，并检查它的 \`manager-id\` 输入（即账号：管理员的用户 id，在「管理 → 成员权限」中）。`,
  },
];

registerKinds({
  "lock-where": [{ en: "entries[{{index:n}}]", zh: "entries[{{index}}]" }],
  "open-api-page": OPEN_API_PAGE,
  "credentials-check": CREDENTIALS_CHECK,
  /** render/remedy.ts: how to run the content's checks, for the CLI and for the action. */
  /** render/remedy.ts: how to name the content folder by its own path. */
  "content-folder-path": [
    { en: "pass --content with", zh: "用 --content 指定" },
    { en: "set the action's `content` input to", zh: "把 Action 的 `content` 输入设为" },
  ],
  "run-check": [
    { en: "run `faqops check`", zh: "请运行 `faqops check`" },
    { en: "run the action with `command: check`", zh: "请用 `command: check` 运行 Action" },
  ],
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
    { en: ' ("{{text}}")', zh: '（"{{text}}"）' },
    { en: " ({{text}})", zh: "（{{text}}）" },
    { en: "", zh: "" },
  ],
  "platform-action": { pattern: "(?:/v2/[A-Za-z0-9_/]+|[a-z_]+(?:/[a-z_]+)?)" },
  "credential-credentials": inflection("credential", "credentials"),
  /**
   * A list of names: the variables a missing credential may be set in (credentials.ts),
   * `FAQOPS_STAGING_TOKEN (or FAQOPS_TOKEN), …` → `FAQOPS_STAGING_TOKEN（或 FAQOPS_TOKEN）、…`;
   * a config's targets, `production, staging` → `production、staging`.
   */
  "name-list": {
    pattern: "[^]*?",
    zh: (value) => value.replace(/ \(or ([^()]*)\)/g, "（或 $1）").replaceAll(", ", "、"),
  },
  /** commands/apply.ts: the target a run is for, or none. */
  "plan-target": [
    { en: "the unnamed bot", zh: "未命名的机器人" },
    { en: "{{name:word}}", zh: " {{name}}" },
  ],
  /** commands/plan.ts: the flags that are one target's. */
  "one-target-flag": [
    { en: "--out", zh: "--out" },
    { en: "--lockfile", zh: "--lockfile" },
  ],
  /** cli/targets.ts selectTargets: what is one bot's. */
  "sync-publish": [
    { en: "sync", zh: "同步" },
    { en: "publish", zh: "发布" },
    { en: "preview of changes", zh: "变更预览" },
  ],
  /** action/inputs.ts selectActionTargets: what is one bot's. */
  "action-verb": [
    { en: "sync", zh: "同步" },
    { en: "publish", zh: "发布" },
  ],
  "action-one-bot": [
    { en: "a sync", zh: "一次同步" },
    { en: "a publish", zh: "一次发布" },
  ],
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

/** render/remedy.ts: the opening of every hint about the endpoint setting. */
const CHECK_ENDPOINT: Entry[] = [
  { en: "check {{setting:endpoint-setting}}", zh: "请检查 {{setting}}" },
];

/** render/remedy.ts: where the endpoint is set, for the CLI and for the action. */
const ENDPOINT_SETTING: Entry[] = [
  { en: "--endpoint / {{variable:word}}", zh: "--endpoint / {{variable}}" },
  {
    en: "the action's `endpoint` input / {{variable:word}}",
    zh: "Action 的 `endpoint` 输入 / {{variable}}",
  },
];

/** Why a request is tried again, or gave up (transport.ts classifyRequestError, v2/client.ts). */
const retryReason: Entry[] = [
  { en: "HTTP 400 (signature refused): signing afresh", zh: "HTTP 400（签名被拒绝）：重新签名" },
  { en: "HTTP {{status:n}}", zh: "HTTP {{status}}" },
  { en: "code {{code:n}} ({{meaning:code-meaning}})", zh: "错误码 {{code}}（{{meaning}}）" },
  { en: "no answer within {{ms:n}} ms", zh: "{{ms}} 毫秒内没有应答" },
  { en: "the connection broke ({{label:error-label}})", zh: "连接断开（{{label}}）" },
  { en: "the DNS lookup failed for now ({{code}})", zh: "DNS 查询暂时失败（{{code}}）" },
];

/** transport.ts: why a call stopped retrying. */
const giveUpWhy: Entry[] = [
  {
    en: "gave up after {{attempts:n}} attempts in {{seconds:n}} s",
    zh: "{{seconds}} 秒内尝试了 {{attempts}} 次，放弃",
  },
  {
    en: "gave up after {{attempts:n}} {{_:attempt-attempts}}",
    zh: "尝试了 {{attempts}} 次，放弃",
  },
  {
    en: "the platform asked to wait {{wait:n}} s (Retry-After), longer than the {{left:n}} s left of the retry budget",
    zh: "平台要求等待 {{wait}} 秒（Retry-After），超过了重试时间预算剩下的 {{left}} 秒",
  },
];

/** v2/client.ts: what an answer of the platform lacks. */
const answerProblem: Entry[] = [
  {
    en: "has no publish status the platform documents (1, 2, 3)",
    zh: "没有平台文档列出的发布状态（1、2、3）",
  },
  { en: "has no progress from 0 to 100", zh: "没有 0 到 100 之间的进度" },
  { en: "has no task status", zh: "没有任务状态" },
  {
    en: "has no task state the platform documents (1, 2, 3)",
    zh: "没有平台文档列出的任务状态（1、2、3）",
  },
  { en: "has a {{key:word}} that is not a number", zh: "中的 {{key}} 不是数字" },
  {
    en: "has a success_skill_info of a shape faqops does not know",
    zh: "中的 success_skill_info 结构是 faqops 不认识的",
  },
];

/**
 * What a call to the platform failed with, after its action (`setautoreply: …`): the clients'
 * own messages (transport.ts, client.ts, v2/client.ts) and the error codes' meanings.
 */
const platformMessage: Entry[] = [
  { en: "the call was cancelled.", zh: "调用已取消。" },
  {
    en: "the answer from {{endpoint}} is not the platform's JSON envelope.",
    zh: "{{endpoint}} 的应答不是平台的 JSON 信封格式。",
  },
  {
    en: "the answer from {{endpoint}} has no valid progress and status.",
    zh: "{{endpoint}} 的应答里没有有效的进度和状态。",
  },
  {
    en: "the answer from {{endpoint}} to /v2/token has no access_token.",
    zh: "{{endpoint}} 对 /v2/token 的应答里没有 access_token。",
  },
  {
    en: "the access_token from {{endpoint}} cannot be sent in a header (it holds spaces, controls or non-ASCII characters).",
    zh: "{{endpoint}} 给出的 access_token 无法放进请求头（其中有空格、控制字符或非 ASCII 字符）。",
  },
  {
    en: "the answer from {{endpoint}} to {{action}} {{what:answer-problem}}.",
    zh: "{{endpoint}} 对 {{action}} 的应答{{what}}。",
  },
  {
    en: "{{count:n}} calls in a row to {{endpoint}} gave up, none succeeding in between (the last: {{reason:retry-reason}}; {{why:give-up-why}}).",
    zh: "连续 {{count}} 次对 {{endpoint}} 的调用都放弃了，其间没有一次成功（最后一次：{{reason}}；{{why}}）。",
  },
  { en: "{{reason:retry-reason}}; {{why:give-up-why}}.", zh: "{{reason}}；{{why}}。" },
  {
    en: "{{endpoint}} redirects (HTTP {{status:n}}){{to:redirect-to}}; faqops does not follow redirects, {{reason:redirect-reason}}.",
    zh: "{{endpoint}} 重定向了（HTTP {{status}}）{{to}}；faqops 不跟随重定向，{{reason}}。",
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: this is not the platform's open API.",
    zh: "{{endpoint}} 返回 HTTP {{status}}：这不是平台的开放 API。",
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: the server there cannot serve the platform's open API.",
    zh: "{{endpoint}} 返回 HTTP {{status}}：那里的服务器无法提供平台的开放 API。",
  },
  {
    en: "unexpected HTTP {{status:n}} from {{endpoint}}: the platform answers every call with HTTP 200.",
    zh: "{{endpoint}} 返回了意外的 HTTP {{status}}：平台对每个调用都以 HTTP 200 应答。",
  },
  {
    en: "no answer from {{endpoint}} on {{count:n}} requests in a row (each timed out after {{ms:n}} ms).",
    zh: "连续 {{count}} 个请求都没有得到 {{endpoint}} 的应答（每个都在 {{ms}} 毫秒后超时）。",
  },
  {
    en: "no answer from {{endpoint}} on {{count:n}} requests in a row (each connection was closed before an answer: {{label:error-label}}).",
    zh: "连续 {{count}} 个请求都没有得到 {{endpoint}} 的应答（每次连接都在应答之前被关闭：{{label}}）。",
  },
  {
    en: "cannot resolve the host of {{endpoint}} on {{count:n}} requests in a row ({{code}}).",
    zh: "连续 {{count}} 个请求都无法解析 {{endpoint}} 的主机（{{code}}）。",
  },
  {
    en: "nothing is listening at {{endpoint}} (connection refused).",
    zh: "{{endpoint}} 上没有服务在监听（连接被拒绝）。",
  },
  {
    en: "cannot resolve the host of {{endpoint}} (ENOTFOUND).",
    zh: "无法解析 {{endpoint}} 的主机（ENOTFOUND）。",
  },
  {
    en: "a TLS/certificate problem with {{endpoint}} ({{code}}: {{reason}}).",
    zh: "{{endpoint}} 的 TLS/证书有问题（{{code}}：{{reason}}）。",
  },
  {
    en: "cannot reach {{endpoint}}: there is no route to it from here ({{code}}).",
    zh: "无法访问 {{endpoint}}：从这里没有通往它的路由（{{code}}）。",
  },
  {
    en: "the server at {{endpoint}} does not answer in HTTP ({{code}}).",
    zh: "{{endpoint}} 上的服务器没有用 HTTP 应答（{{code}}）。",
  },
  {
    en: "the request to {{endpoint}} failed ({{label:error-label}}: {{detail}}).",
    zh: "发往 {{endpoint}} 的请求失败（{{label}}：{{detail}}）。",
  },
  {
    en: "HTTP 400 from {{endpoint}}{{said:platform-said}}: the platform refused the request's signature{{again:signature-again}}.",
    zh: "{{endpoint}} 返回 HTTP 400{{said}}：平台拒绝了请求的签名{{again}}。",
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: the platform refused the token request.",
    zh: "{{endpoint}} 返回 HTTP {{status}}：平台拒绝了获取 token 的请求。",
  },
  {
    en: "HTTP {{status:n}} from {{endpoint}}: the platform refused the access token{{again:token-again}}.",
    zh: "{{endpoint}} 返回 HTTP {{status}}：平台拒绝了 access token{{again}}。",
  },
  {
    en: "the platform accepted the import but gave no task_id, so nothing can confirm it (the platform has answered so before while importing nothing).",
    zh: "平台接受了导入，但没有给出 task_id，因此无法确认（平台以前这样应答时什么也没有导入）。",
  },
  {
    en: "the open API is not enabled for this bot: code {{code:n}}{{said:platform-said}}.",
    zh: "这个机器人没有开启开放 API：错误码 {{code}}{{said}}。",
  },
  {
    en: "{{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}.",
    zh: "{{meaning}}：错误码 {{code}}{{said}}。",
  },
  {
    en: "{{meaning:code-meaning}}: code {{code:n}}{{said:platform-said}}{{renewed:token-renewed}}.",
    zh: "{{meaning}}：错误码 {{code}}{{said}}{{renewed}}。",
  },
];

registerKinds({
  "check-endpoint": CHECK_ENDPOINT,
  "endpoint-setting": ENDPOINT_SETTING,
  /** render/remedy.ts: fewer requests a second, for the CLI and for the action. */
  "lower-rate": [
    { en: "lower --rate", zh: "调低 --rate" },
    { en: "lower the action's `rate` input", zh: "调低 Action 的 `rate` 输入" },
  ],
  /** render/remedy.ts: how to allow plain http://, for the CLI and for the action. */
  "allow-insecure-http": [
    { en: "pass --insecure-http", zh: "请加 --insecure-http" },
    {
      en: "set the action's `insecure-http` input to true",
      zh: "请把 Action 的 `insecure-http` 输入设为 true",
    },
  ],
  "retry-reason": retryReason,
  "give-up-why": giveUpWhy,
  "answer-problem": answerProblem,
  "platform-message": platformMessage,
  "attempt-attempts": inflection("attempt", "attempts"),
  "error-label": [
    { en: "unknown error", zh: "未知错误" },
    { en: "{{label}}", zh: "{{label}}" },
  ],
  "redirect-to": [
    { en: " to {{origin}}", zh: "到 {{origin}}" },
    { en: "", zh: "" },
  ],
  "redirect-reason": [
    {
      en: "because the TOKEN is part of every request URL",
      zh: "因为 TOKEN 是每个请求网址的一部分",
    },
    {
      en: "because every request carries a credential (the access token or a signature) in its headers",
      zh: "因为每个请求的头部都带有凭据（access token 或签名）",
    },
  ],
  "signature-again": [
    { en: ", again after signing it afresh", zh: "，重新签名后依然如此" },
    { en: "", zh: "" },
  ],
  "token-again": [
    { en: ", a new one too", zh: "，新的也一样" },
    { en: "", zh: "" },
  ],
  "token-renewed": [
    { en: ", with a new access token too", zh: "，换了新的 access token 也一样" },
    { en: "", zh: "" },
  ],
  "github-detail": [
    { en: ": {{message}}", zh: "：{{message}}" },
    { en: "", zh: "" },
  ],
  "read-why": [
    { en: "no such file", zh: "文件不存在" },
    { en: "{{detail}}", zh: "{{detail}}" },
  ],
  "csv-line": [
    { en: ", line {{line:n}}", zh: "，第 {{line}} 行" },
    { en: "", zh: "" },
  ],
  "pending-tasks": [
    { en: "a v2 import task", zh: "1 个 v2 导入任务" },
    { en: "{{count:n}} v2 import tasks", zh: "{{count}} 个 v2 导入任务" },
  ],
});

/** Error messages (FaqopsError.message), most specific first. */
export const ERROR_MESSAGES: readonly Entry[] = [
  {
    en: "a replace of the whole bot (import mode 1) was cut short: the bot lacks {{count:count-entries}} the content keeps, and a publish would take {{_:it-them}} off the live bot too.",
    zh: "一次替换机器人全部内容的导入（导入模式 1）没有完成：机器人缺少内容中保留的 {{count}}，此时发布会让线上机器人也失去{{_}}。",
  },
  // Usage: flags, options, action inputs (options/values.ts, lang.ts)
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
  {
    en: "`replace-all: true` is for `api: v2`: on v1, `prune: true` always replaces the whole bot.",
    zh: "`replace-all: true` 只用于 `api: v2`：在 v1 上，`prune: true` 总是替换整个机器人。",
  },
  {
    en: "`replace-all: true` goes with `prune: true`: together they replace the whole bot (import mode 1).",
    zh: "`replace-all: true` 要和 `prune: true` 一起用：两者一起会替换整个机器人（导入模式 1）。",
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
    en: "the plan {{file}} was made without a target, and this run is for target {{name:word}}; make a new plan with --target {{name2:word}}.",
    zh: "计划 {{file}} 生成时没有指定目标，而这次运行针对目标 {{name}}：请用 --target {{name}} 重新生成计划。",
  },
  {
    en: "the plan {{file}} was made for target {{planned:word}}, not {{used:plan-target}}; apply it with --target {{planned2:word}}, or make a new plan.",
    zh: "计划 {{file}} 是为目标 {{planned}} 生成的，不是{{used}}：请用 --target {{planned}} 来应用它，或重新生成计划。",
  },
  {
    en: "{{flag:one-target-flag}} is one target's: {{file}} defines {{count:n}} targets ({{names:name-list}}).",
    zh: "{{flag}} 只属于一个目标，而 {{file}} 定义了 {{count}} 个目标（{{names}}）。",
  },
  // Targets (cli/targets.ts, config/load.ts)
  {
    en: "--target {{name:word}}: {{file}} has errors, so its targets cannot all be read.",
    zh: "--target {{name}}：{{file}} 有错误，无法读出它的全部目标。",
  },
  {
    en: "--target {{name:word}}: {{file}} defines no targets.",
    zh: "--target {{name}}：{{file}} 没有定义任何目标。",
  },
  {
    en: "--target {{name:word}}: there is no faqops.config.yaml, which defines the targets.",
    zh: "--target {{name}}：没有定义目标的 faqops.config.yaml。",
  },
  {
    en: "--target {{name:word}}: no such target in {{file}}; the targets are {{names:name-list}}.",
    zh: "--target {{name}}：{{file}} 里没有这个目标；现有的目标是 {{names}}。",
  },
  {
    en: "{{command:word}} needs --target: {{file}} defines {{count:n}} targets ({{names:name-list}}), and a {{what:sync-publish}} is one bot's.",
    zh: "{{command}} 需要 --target：{{file}} 定义了 {{count}} 个目标（{{names}}），而一次{{what}}只针对一个机器人。",
  },
  {
    en: "preview --changed needs --target: {{file}} defines {{count:n}} targets ({{names:name-list}}), and a preview of changes is one bot's.",
    zh: "preview --changed 需要 --target：{{file}} 定义了 {{count}} 个目标（{{names}}），而一次变更预览只针对一个机器人。",
  },
  {
    en: "cannot read the configuration file {{file}}: {{detail}}",
    zh: "无法读取配置文件 {{file}}：{{detail}}",
  },
  {
    en: "{{path}} is not in the content folder ({{folder}}); check reports on files and folders in it.",
    zh: "{{path}} 不在内容文件夹（{{folder}}）里：check 只报告该文件夹里的文件和子文件夹。",
  },
  // content/load.ts; before the generic "{{path}} does not exist." below, which would match too.
  { en: "content directory {{path}} does not exist.", zh: "内容文件夹 {{path}} 不存在。" },
  { en: "content directory {{path}} is not a directory.", zh: "内容文件夹 {{path}} 不是文件夹。" },
  {
    en: "content directory {{path}} leads outside the working directory through a symbolic link; faqops reads content only inside the repository it runs in.",
    zh: "内容文件夹 {{path}} 经符号链接通向工作目录之外；faqops 只读取它所运行的仓库里的内容。",
  },
  { en: "{{path}} changed while faqops was running.", zh: "{{path}} 在 faqops 运行期间被改动了。" },
  {
    en: "the compile cache's copy of the answer of {{path}} is damaged (it no longer matches the entry), so it could not be read back.",
    zh: "编译缓存中 {{path}} 的答案副本已损坏（与条目不再相符），无法读回。",
  },
  {
    en: "run the command again: faqops removed the damaged cache and compiles the content anew",
    zh: "请再运行一次该命令：faqops 已删除损坏的缓存，会重新编译内容",
  },
  {
    en: "{{path}} compiled to another answer from the same bytes.",
    zh: "{{path}} 从相同的字节编译出了不同的答案。",
  },
  {
    en: "no answer was loaded for {{path}} (hash {{hash}}).",
    zh: "没有为 {{path}} 载入答案（哈希 {{hash}}）。",
  },
  {
    en: "delete .faqops-cache and run the command again",
    zh: "请删除 .faqops-cache 后再运行一次该命令",
  },
  { en: "run the command again", zh: "请再运行一次该命令" },
  {
    en: "a compiled file gave a line the cache cannot read",
    zh: "一个文件编译出的缓存行无法被读回",
  },
  {
    en: "compiling in workers was asked for (workers: on), but the worker script compile-worker.js was not found",
    zh: "要求在工作线程中编译（workers: on），但找不到工作线程脚本 compile-worker.js",
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
    en: "Missing {{_:credential-credentials}} for the v2 API: {{names:name-list}}.",
    zh: "缺少 v2 API 的凭据：{{names}}。",
  },
  {
    en: "Missing {{_:credential-credentials}}: {{names:name-list}}.",
    zh: "缺少凭据：{{names}}。",
  },
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
  {
    en: "{{action:platform-action}}: {{message:platform-message}}",
    zh: "{{action}}：{{message}}",
  },
  {
    en: "The v2 credential {{name}} is empty.",
    zh: "v2 凭据 {{name}} 是空的。",
  },
  // Apply and publish (src/sync)
  { en: "async/fetch: the call was cancelled.", zh: "async/fetch：调用已取消。" },
  // A refused prune (errors.ts PruneRefusedError), as render/prune.ts words it.
  { en: "--prune refused: {{why:prune-refusal}}", zh: "--prune 被拒绝：{{why}}" },
  { en: "`prune: true` refused: {{why:prune-refusal}}", zh: "`prune: true` 被拒绝：{{why}}" },
  {
    en: "the lockfile records {{tasks:pending-tasks}} not yet settled (a v2 run was interrupted); v1 cannot settle {{_:it-them}}.",
    zh: "锁文件记录了 {{tasks}}尚未了结（一次 v2 运行被中断了）；v1 无法了结它们。",
  },
  {
    en: "import task {{id}} did not finish within {{seconds:n}} s (last progress {{percent:n}}%).",
    zh: "导入任务 {{id}} 没有在 {{seconds}} 秒内完成（最后进度 {{percent}}%）。",
  },
  {
    en: "publishing failed on the platform at {{percent:n}}%.",
    zh: "平台上的发布在 {{percent}}% 时失败。",
  },
  {
    en: "publishing did not finish within {{seconds:n}} s (last progress {{percent:n}}%).",
    zh: "发布没有在 {{seconds}} 秒内完成（最后进度 {{percent}}%）。",
  },
  // The action (src/action): inputs, the lockfile commit, the pull-request comment
  {
    en: "Missing {{_:credential-credentials}} for apply with api v2: {{names}}.",
    zh: "使用 api v2 的 apply 缺少凭据：{{names}}。",
  },
  {
    en: "Missing {{_:credential-credentials}} for apply: {{names}}.",
    zh: "apply 缺少凭据：{{names}}。",
  },
  {
    en: "Missing {{_:credential-credentials}} for apply to target {{name:word}}: {{names}}.",
    zh: "apply 到目标 {{name}} 缺少凭据：{{names}}。",
  },
  {
    en: "The lockfile input is one target's, and {{file}} defines {{count:n}} targets ({{names}}).",
    zh: "lockfile 输入只属于一个目标，而 {{file}} 定义了 {{count}} 个目标（{{names}}）。",
  },
  {
    en: "The target input is {{name:word}}, but {{file}} has errors (see the annotations), so its targets cannot all be read.",
    zh: "target 输入是 {{name}}，但 {{file}} 有错误（见标注），无法读出它的全部目标。",
  },
  {
    en: "command: {{command:word}} cannot tell which bot to {{what:action-verb}}: {{file}} has errors (see the annotations), so its targets cannot all be read.",
    zh: "command: {{command}} 无法确定要{{what}}哪个机器人：{{file}} 有错误（见标注），无法读出它的全部目标。",
  },
  {
    en: "The target input is {{name:word}}, but {{file}} defines no targets.",
    zh: "target 输入是 {{name}}，但 {{file}} 没有定义任何目标。",
  },
  {
    en: "The target input is {{name:word}}, but there is no faqops.config.yaml, which defines the targets.",
    zh: "target 输入是 {{name}}，但没有定义目标的 faqops.config.yaml。",
  },
  {
    en: "The target input is {{name:word}}, which is not a target of {{file}}; the targets are {{names}}.",
    zh: "target 输入是 {{name}}，它不是 {{file}} 里的目标；现有的目标是 {{names}}。",
  },
  {
    en: "command: {{command:word}} needs the target input: {{file}} defines {{count:n}} targets ({{names}}), and {{what:action-one-bot}} is one bot's.",
    zh: "command: {{command}} 需要 target 输入：{{file}} 定义了 {{count}} 个目标（{{names}}），而{{what}}只针对一个机器人。",
  },
  { en: "Cannot read the event payload {{file}}.", zh: "无法读取事件数据 {{file}}。" },
  {
    en: 'commit-lockfile needs a branch to push to, but GITHUB_REF is "{{ref}}".',
    zh: 'commit-lockfile 需要一个可以推送的分支，但 GITHUB_REF 是 "{{ref}}"。',
  },
  {
    en: "git push to {{remote:word}} {{branch}} was rejected {{count:n}} times: the branch kept moving. The lockfile commit was not pushed.",
    zh: "git push 到 {{remote}} {{branch}} 被拒绝了 {{count}} 次：分支一直在变。锁文件的提交没有推送。",
  },
  {
    en: "git push to {{remote:word}} {{branch}} failed: {{output}}",
    zh: "git push 到 {{remote}} {{branch}} 失败：{{output}}",
  },
  {
    en: "Cannot rebase the lockfile commit on {{remote}}/{{branch}}: {{output}}",
    zh: "无法把锁文件的提交变基到 {{remote}}/{{branch}} 上：{{output}}",
  },
  {
    en: "{{file}} changed on {{remote}}/{{branch}} while this run synced: the lockfile commit was not pushed, so as not to drop what the other change recorded.",
    zh: "本次同步期间，{{remote}}/{{branch}} 上的 {{file}} 被改动了：锁文件的提交没有推送，以免丢掉另一处改动记录的内容。",
  },
  { en: "git {{command:word}} failed: {{output}}", zh: "git {{command}} 失败：{{output}}" },
  {
    en: "GET {{url}} did not answer with a list of comments.",
    zh: "GET {{url}} 的应答不是评论列表。",
  },
  {
    en: "{{method:word}} {{url:word}} answered HTTP {{status:n}}{{detail:github-detail}}.",
    zh: "{{method}} {{url}} 返回 HTTP {{status}}{{detail}}。",
  },
  {
    en: "{{method:word}} {{url:word}} answered with invalid JSON.",
    zh: "{{method}} {{url}} 的应答是无效的 JSON。",
  },
  {
    en: "{{method:word}} {{url:word}} failed: {{detail}}",
    zh: "{{method}} {{url}} 失败：{{detail}}",
  },
  // faqops import and export (src/import, src/export)
  {
    en: "import needs the file to read: faqops import FILE (.csv or .xlsx).",
    zh: "import 需要一个要读取的文件：faqops import FILE（.csv 或 .xlsx）。",
  },
  { en: "cannot read {{file}}: {{why:read-why}}", zh: "无法读取 {{file}}：{{why}}" },
  {
    en: '{{file}}: the header row (row {{row:n}}) names the column "{{name}}" twice, in columns {{first:word}} and {{second:word}}.',
    zh: '{{file}}：标题行（第 {{row}} 行）两次出现列 "{{name}}"：第 {{first}} 列和第 {{second}} 列。',
  },
  {
    en: "{{file}}: the header row (row {{row:n}}) has no column {{names}}.",
    zh: "{{file}}：标题行（第 {{row}} 行）没有列 {{names}}。",
  },
  {
    en: "{{file}}{{line:csv-line}}: cannot read the CSV: {{detail}}",
    zh: "{{file}}{{line}}：无法读取 CSV：{{detail}}",
  },
  {
    en: "{{file}} is UTF-16 text, which faqops does not read.",
    zh: "{{file}} 是 UTF-16 文本，faqops 不读取这种编码。",
  },
  {
    en: "{{file}} starts with a UTF-8 byte-order mark but is not valid UTF-8.",
    zh: "{{file}} 以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8。",
  },
  {
    en: "{{file}} is not UTF-8, and this Node.js cannot decode GB18030 (GBK): it was built without full ICU.",
    zh: "{{file}} 不是 UTF-8，而当前的 Node.js 无法解码 GB18030（GBK）：它构建时没有带完整的 ICU。",
  },
  {
    en: "{{file}} is neither UTF-8 nor GB18030 (GBK) text.",
    zh: "{{file}} 既不是 UTF-8 文本，也不是 GB18030（GBK）文本。",
  },
  {
    en: "{{file}} is an Excel 97–2003 workbook (.xls), which faqops does not read.",
    zh: "{{file}} 是 Excel 97–2003 工作簿（.xls），faqops 不读取这种格式。",
  },
  {
    en: "{{file}} cannot be read as an .xlsx workbook.",
    zh: "{{file}} 无法作为 .xlsx 工作簿读取。",
  },
  { en: "{{file}} has no worksheet.", zh: "{{file}} 没有工作表。" },
  {
    en: "--format xlsx needs --out FILE: a workbook is not written to the terminal.",
    zh: "--format xlsx 需要 --out FILE：工作簿不会写到终端上。",
  },
];

/** Error hints (FaqopsError.hint). */
export const ERROR_HINTS: readonly Entry[] = [
  ...codeTodo,
  // Targets (cli/targets.ts, commands/plan.ts)
  {
    en: "add `targets:` to faqops.config.yaml in the repository root (see docs/targets.md), or leave --target out to sync the one bot.",
    zh: "请在仓库根目录的 faqops.config.yaml 里加上 `targets:`（见 docs/targets.md），或去掉 --target，同步唯一的机器人。",
  },
  {
    en: "run `faqops {{command:word}} --target {{name:word}}`, one target at a time.",
    zh: "请运行 `faqops {{command}} --target {{name}}`，一次一个目标。",
  },
  {
    en: "run `faqops preview --changed --target {{name:word}}`, one target at a time.",
    zh: "请运行 `faqops preview --changed --target {{name}}`，一次一个目标。",
  },
  {
    en: "add --target, such as `faqops plan --target {{name:word}} …`.",
    zh: "请加上 --target，例如 `faqops plan --target {{name}} …`。",
  },
  {
    en: "fix them (`faqops check` lists them), then run again.",
    zh: "请先修正它们（`faqops check` 会列出它们），然后再运行。",
  },
  {
    en: "fix them (the annotations show where), then run again.",
    zh: "请先修正它们（标注里标出了位置），然后再运行。",
  },
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
    en: "use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, {{allow:allow-insecure-http}}, and only over a connection protected some other way, such as a VPN or an SSH tunnel.",
    zh: "请使用 https://（平台自己的基础网址是 https://chatbot.weixin.qq.com）；明文 http:// 只允许用于 localhost、127.0.0.0/8 和 [::1]（模拟器）；如果一定要经网络明文发送，{{allow}}，并且只在有其他保护的连接上使用，例如 VPN 或 SSH 隧道。",
  },
  { en: "upgrade faqops.", zh: "请升级 faqops。" },
  {
    en: "give paths under the content folder, or name another folder with --content DIR",
    zh: "请给出内容文件夹里的路径，或用 --content DIR 指定另一个文件夹",
  },
  { en: "paths are relative to the working directory", zh: "路径相对于当前工作目录" },
  // The API to use (options/sync.ts, worded by render/remedy.ts)
  {
    en: "pass --api v1 or --api v2, or set FAQOPS_API to one of them (for a target: FAQOPS_<TARGET>_API, or its `api` in faqops.config.yaml).",
    zh: "请用 --api v1 或 --api v2，或把 FAQOPS_API 设为其中之一（某个目标的：FAQOPS_<TARGET>_API，或它在 faqops.config.yaml 里的 `api`）。",
  },
  {
    en: "set the action's `api` input to v1 or v2 (or FAQOPS_API, FAQOPS_<TARGET>_API, or the target's `api` in faqops.config.yaml).",
    zh: "请把 Action 的 `api` 输入设为 v1 或 v2（或 FAQOPS_API、FAQOPS_<TARGET>_API，或目标在 faqops.config.yaml 里的 `api`）。",
  },
  // The content folder (content/load.ts, worded by render/remedy.ts)
  {
    en: "run faqops in your repository's root, or pass --content DIR",
    zh: "请在仓库根目录运行 faqops，或用 --content DIR 指定内容文件夹",
  },
  {
    en: "check the repository out before this step (actions/checkout), or set the action's `content` input",
    zh: "请在这一步之前检出仓库（actions/checkout），或设置 Action 的 `content` 输入",
  },
  {
    en: "replace the link with the folder, or {{how:content-folder-path}} the folder's own path",
    zh: "请用文件夹本身替换这个链接，或{{how}}文件夹本身的路径",
  },
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
    en: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or set the action's `lockfile` input to that file's own path.",
    zh: "请把它换成普通文件（从 Git 恢复，或把链接指向的文件复制过来替换它），或把 Action 的 `lockfile` 输入设为那个文件本身的路径。",
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
  // The clients (transport.ts, client.ts, v2/client.ts)
  {
    en: "{{check:check-endpoint}}: something other than the platform's open API answers there.",
    zh: "{{check}}：那里应答的不是平台的开放 API。",
  },
  {
    en: "{{check:check-endpoint}}: set it to the address that answers the API itself (often the https:// form of the same URL).",
    zh: "{{check}}：把它设成直接应答 API 的地址（通常是同一网址的 https:// 形式）。",
  },
  {
    en: "{{check:check-endpoint}}: it should be the platform's base URL, such as {{example}}, with no path.",
    zh: "{{check}}：它应当是平台的基础网址，例如 {{example}}，不带路径。",
  },
  {
    en: "{{check:check-endpoint}}, and any proxy between here and the platform.",
    zh: "{{check}}，以及这里和平台之间的所有代理。",
  },
  {
    en: "the platform is down, or something between here and it swallows the requests: {{check:check-endpoint}}, and that the host answers from this machine.",
    zh: "平台宕机了，或者这里和平台之间有什么吞掉了请求：{{check}}，并确认从本机能访问该主机。",
  },
  {
    en: "{{check:check-endpoint}}: its scheme (http:// or https://) and port, and any proxy in between.",
    zh: "{{check}}：它的协议（http:// 或 https://）和端口，以及中间的所有代理。",
  },
  {
    en: "check this machine's DNS and network, and the host in {{setting:endpoint-setting}}.",
    zh: "请检查本机的 DNS 和网络，以及 {{setting}} 中的主机。",
  },
  {
    en: "{{check:check-endpoint}} (its host and port), and that the platform — or the emulator — is up and reachable from here.",
    zh: "{{check}}（主机和端口），并确认平台（或模拟器）正在运行、从这里可以访问。",
  },
  {
    en: "check the host name in {{setting:endpoint-setting}}, and this machine's DNS and network.",
    zh: "请检查 {{setting}} 中的主机名，以及本机的 DNS 和网络。",
  },
  {
    en: "{{check:check-endpoint}}: https:// for the platform, and a host whose certificate is valid for that name; behind a proxy that re-signs TLS, give Node its CA with NODE_EXTRA_CA_CERTS.",
    zh: "{{check}}：平台要用 https://，且主机的证书必须对这个名称有效；如果在会重新签发 TLS 证书的代理后面，请用 NODE_EXTRA_CA_CERTS 把代理的 CA 告诉 Node。",
  },
  {
    en: "check this machine's network, firewall and proxy, and {{setting:endpoint-setting}}.",
    zh: "请检查本机的网络、防火墙和代理，以及 {{setting}}。",
  },
  {
    en: "{{check:check-endpoint}}: its scheme (http:// or https://) and port.",
    zh: "{{check}}：它的协议（http:// 或 https://）和端口。",
  },
  {
    en: "{{check:check-endpoint}} and the network; report it if they are right.",
    zh: "{{check}}和网络；如果都没问题，请报告这个问题。",
  },
  {
    en: "the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or {{lower:lower-rate}}.",
    zh: "平台（或通往它的网络）宕机或过载，所以运行到此为止；请稍后再试（下次运行只会发送没有确认的内容），或{{lower}}。",
  },
  {
    en: "the platform (or the network to it) is failing or overloaded; try again later, or {{lower:lower-rate}}.",
    zh: "平台（或通往它的网络）出错或过载；请稍后再试，或{{lower}}。",
  },
  {
    en: "set {{appid:word}}, {{token:word}} and {{id:word}} (see readV2Credentials).",
    zh: "请设置 {{appid}}、{{token}} 和 {{id}}（见 readV2Credentials）。",
  },
  {
    en: "set the action's `appid`, `token` and `manager-id` inputs.",
    zh: "请设置 Action 的 `appid`、`token` 和 `manager-id` 输入。",
  },
  {
    en: "try again later; if it persists, check the bot's console for what was imported, and report it to the platform.",
    zh: "请稍后再试；如果一直这样，请在机器人后台查看导入了什么，并向平台报告。",
  },
  // Apply and publish (src/sync)
  {
    en: "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs.",
    zh: "请运行一次 `faqops apply --api v2`：它会先向平台询问这些任务的结果，然后再同步。",
  },
  {
    en: "run apply once with the action's `api: v2`: it asks the platform how the tasks ended, then syncs.",
    zh: "请用 Action 的 `api: v2` 运行一次 apply：它会先向平台询问这些任务的结果，然后再同步。",
  },
  {
    en: "run `faqops apply --api v2` first: it writes back what the replace deleted; then publish.",
    zh: "请先运行 `faqops apply --api v2`：它会写回替换删除的条目；然后再发布。",
  },
  {
    en: "run apply first with the action's `api: v2`: it writes back what the replace deleted; then publish.",
    zh: "请先用 Action 的 `api: v2` 运行 apply：它会写回替换删除的条目；然后再发布。",
  },

  {
    en: "the platform may still finish it; it stays recorded in the lockfile, and the next apply asks how it ended before sending anything else.",
    zh: "平台可能仍会完成它；它仍记录在锁文件里，下次 apply 会先询问它的结果，再发送其他内容。",
  },
  {
    en: "open the bot's console to see why, fix it, then run `faqops publish` again.",
    zh: "请打开机器人后台查看原因并修正，然后再运行 `faqops publish`。",
  },
  {
    en: "open the bot's console to see why, fix it, then run the action with `command: publish` again.",
    zh: "请打开机器人后台查看原因并修正，然后用 `command: publish` 再运行一次 Action。",
  },
  {
    en: "it may still finish: check the bot's console, or run `faqops publish` again later.",
    zh: "它可能仍会完成：请查看机器人后台，或稍后再运行 `faqops publish`。",
  },
  {
    en: "it may still finish: check the bot's console, or run the action with `command: publish` again later.",
    zh: "它可能仍会完成：请查看机器人后台，或稍后用 `command: publish` 再运行一次 Action。",
  },
  // The action (src/action)
  {
    en: "pass them from repository secrets (e.g. `token: <the FAQOPS_TOKEN secret>`); plan and check need none.",
    zh: "请从仓库的 secrets 传入它们（例如 `token: <the FAQOPS_TOKEN secret>`）；plan 和 check 不需要凭据。",
  },
  {
    en: "pass them from repository secrets (appid, token, manager-id; v2 needs no encoding-aes-key); plan and check need none.",
    zh: "请从仓库的 secrets 传入它们（appid、token、manager-id；v2 不需要 encoding-aes-key）；plan 和 check 不需要凭据。",
  },
  {
    en: "run apply on push to a branch or a tag, set commit-branch, or set commit-lockfile: false.",
    zh: "请在推送到分支或标签时运行 apply，或设置 commit-branch，或设置 commit-lockfile: false。",
  },
  {
    en: "pass them from the secrets of the job's environment (`environment: {{name:word}}`, e.g. `token: <the FAQOPS_TOKEN secret>`), or set FAQOPS_{{variable:word}}_TOKEN and the like in the job's env; plan and check need none.",
    zh: "请从作业所用环境的 secrets 传入它们（`environment: {{name}}`，例如 `token: <the FAQOPS_TOKEN secret>`），或在作业的 env 里设置 FAQOPS_{{variable}}_TOKEN 等变量；plan 和 check 不需要凭据。",
  },
  {
    en: "set the target input too, or leave lockfile blank: each target has its own.",
    zh: "请同时设置 target 输入，或让 lockfile 留空：每个目标都有自己的锁文件。",
  },
  {
    en: "add `targets:` to faqops.config.yaml in the repository root (see docs/targets.md), or leave the target input blank to sync the one bot.",
    zh: "请在仓库根目录的 faqops.config.yaml 里加上 `targets:`（见 docs/targets.md），或让 target 输入留空，同步唯一的机器人。",
  },
  {
    en: "give each target a job of its own, with `target: {{name:word}}` and that target's environment for its secrets (see docs/targets.md).",
    zh: "请为每个目标单独设一个作业，写上 `target: {{name}}`，并用该目标的环境提供它的 secrets（见 docs/targets.md）。",
  },
  {
    en: "the workflow needs `permissions: contents: write`, and actions/checkout with its default persist-credentials: true.",
    zh: "工作流需要 `permissions: contents: write`，以及保留默认 persist-credentials: true 的 actions/checkout。",
  },
  {
    en: "run the workflow again: the lockfile only records what the platform confirmed.",
    zh: "请重新运行工作流：锁文件只记录平台确认过的内容。",
  },
  {
    en: "someone else changed the lockfile at the same time; run the workflow again (it needs a `concurrency` group so two syncs never overlap).",
    zh: "有人同时改动了锁文件；请重新运行工作流（工作流需要一个 `concurrency` 组，让两次同步永远不会重叠）。",
  },
  {
    en: "the token needs `pull-requests: write` (a pull request from a fork gets a read-only token).",
    zh: "token 需要 `pull-requests: write` 权限（来自复刻仓库的拉取请求只能拿到只读 token）。",
  },
  // faqops import and export (src/import, src/export)
  { en: "rename or delete one of them", zh: "请重命名或删除其中一列" },
  {
    en: "name the columns as the console's template does: {{names}} (or their English names)",
    zh: "请按后台模板的方式命名各列：{{names}}（或它们的英文名）",
  },
  {
    en: 'a cell that starts with a quote must end with one; write a quote inside it as two ("")',
    zh: '以引号开头的单元格必须以引号结尾；单元格里的引号要写成两个（""）',
  },
  {
    en: 'in Excel, save it as "CSV UTF-8 (Comma delimited)" (or as .xlsx)',
    zh: '请在 Excel 里把它另存为 "CSV UTF-8 (Comma delimited)"（或 .xlsx）',
  },
  { en: 'save it again as "CSV UTF-8", or as .xlsx', zh: '请重新另存为 "CSV UTF-8" 或 .xlsx' },
  {
    en: 'save the file as "CSV UTF-8", or use an official Node.js build',
    zh: '请把文件另存为 "CSV UTF-8"，或使用官方构建的 Node.js',
  },
  {
    en: 'save it as "CSV UTF-8 (Comma delimited)", or as .xlsx',
    zh: '请另存为 "CSV UTF-8 (Comma delimited)" 或 .xlsx',
  },
  { en: "save it as .xlsx, or as CSV UTF-8", zh: "请另存为 .xlsx 或 CSV UTF-8" },
  {
    en: "open it in Excel and save it again as .xlsx, or as CSV UTF-8",
    zh: "请在 Excel 里打开它，重新另存为 .xlsx 或 CSV UTF-8",
  },
  { en: "faqops export --out faq.xlsx", zh: "例如：faqops export --out faq.xlsx" },
];
