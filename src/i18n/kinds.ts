/**
 * Fragment catalogues: the pieces faqops splices into several messages (a URL's problem, a YAML
 * value's type, a character's name), each translated wherever it appears. A template names one
 * as a hole's kind: `link {{problem:url-problem}}`.
 */
import { TARGET_KEY_SPEC } from "../config/spec.js";
import { type Entry, type Kind, type Primitive, registerKinds } from "./template.js";

/** `a.md`, `a.md and b.md`, `a.md, b.md and c.md` (across.ts's listPaths) → `a.md、b.md 和 c.md`. */
const paths: Primitive = {
  pattern: "[^]*?",
  zh: (value) =>
    value
      .replace(/ \(its (title|question)\)/g, (_, what: string) =>
        what === "title" ? "（其标题）" : "（其相似问法）",
      )
      .replace(/ and (?!.* and )/, " 和 ")
      .replaceAll(", ", "、"),
};

/** Words an English sentence inflects and Chinese does not: matched, then dropped. */
const inflection = (...words: string[]): Entry[] => words.map((en) => ({ en, zh: "" }));

/** urls.ts: why a URL cannot be sent. */
const urlProblem: Entry[] = [
  {
    en: '"{{url}}" contains a space, a quote, < or >: percent-encode it (a space is %20)',
    zh: '"{{url}}" 含有空格、引号、< 或 >：请对其做百分号编码（空格写作 %20）',
  },
  {
    en: '"{{url}}" is not a full web address: write an absolute URL starting with https:// or http://',
    zh: '"{{url}}" 不是完整的网址：请写以 https:// 或 http:// 开头的绝对网址',
  },
];

/** characters.ts: what a character XML cannot carry would do. */
const consequence: Entry[] = [
  {
    en: "would not arrive as written: XML turns it into a line break",
    zh: "无法原样送达：XML 会把它变成换行",
  },
  {
    en: "cannot be sent: XML cannot carry it, so the platform would reject the whole request",
    zh: "无法发送：XML 无法承载它，平台会拒绝整个请求",
  },
];

/** xml.ts describeCharacter's names. */
const characterName: Entry[] = [
  { en: "NUL", zh: "空字符 NUL" },
  { en: "bell", zh: "响铃符" },
  { en: "backspace", zh: "退格符" },
  { en: "vertical tab", zh: "垂直制表符" },
  { en: "form feed", zh: "换页符" },
  { en: "carriage return", zh: "回车符" },
  { en: "escape", zh: "转义符 ESC" },
  { en: "a non-character", zh: "非字符" },
  { en: "half of a surrogate pair", zh: "不成对的代理项" },
  { en: "a control character", zh: "控制字符" },
];

/** xml.ts describeCharacter: `U+000B (vertical tab)`. */
const character: Entry[] = [
  { en: "U+{{hex:hex}} ({{name:character-name}})", zh: "U+{{hex}}（{{name}}）" },
  { en: "U+{{hex:hex}}", zh: "U+{{hex}}" },
];

/** front-matter.ts and config/parse.ts typeName: what a YAML value is. */
const typeName: Entry[] = [
  { en: "a number ({{value}})", zh: "数字（{{value}}）" },
  { en: "a true/false value ({{value}})", zh: "布尔值（{{value}}）" },
  { en: "empty", zh: "空值" },
  { en: 'text ("{{value}}")', zh: '文本（"{{value}}"）' },
  { en: "binary data ({{value}})", zh: "二进制数据（{{value}}）" },
  { en: "a date ({{value}})", zh: "日期（{{value}}）" },
  { en: "binary data", zh: "二进制数据" },
  { en: "a date", zh: "日期" },
  { en: "a list", zh: "列表" },
  { en: "a mapping", zh: "映射（键值对）" },
  { en: "not a value", zh: "无法识别的值" },
];

/** compile.ts: the front matter value an `xml-char` names. */
const frontMatterValue: Entry[] = [
  { en: "the title", zh: "标题" },
  { en: "the skill", zh: "技能" },
  { en: 'the similar question "{{question}}"', zh: '相似问法 "{{question}}" ' },
];

/** front-matter.ts: how to write a value of the wrong type as text. */
const stringHint: Entry[] = [
  {
    en: "quote it if you mean the text: `{{key}}: {{value}}`",
    zh: "如果要的是文本，请加上引号：`{{key}}: {{value}}`",
  },
  { en: "write it as one line of text", zh: "请写成一行文本" },
];

/** front-matter.ts: how to write the threshold. */
const thresholdHint: Entry[] = [
  { en: "write it without quotes: `threshold: {{value}}`", zh: "去掉引号：`threshold: {{value}}`" },
  {
    en: "write a number such as `threshold: 0.85` (leave the key out for the platform's default, {{default}})",
    zh: "请写一个数字，如 `threshold: 0.85`（不写这个键则用平台默认值 {{default}}）",
  },
  {
    en: "write it as a fraction: `threshold: {{value}}`",
    zh: "请写成小数：`threshold: {{value}}`",
  },
  { en: "write a number such as `threshold: 0.85`", zh: "请写一个数字，如 `threshold: 0.85`" },
];

/**
 * The YAML library's own messages (front-matter-yaml), the ones a hand-written front matter
 * meets; any other is kept in English, as the library wrote it.
 */
const yamlProblem: Entry[] = [
  { en: "Implicit keys need to be on a single line", zh: "键必须写在一行内" },
  { en: "Implicit map keys need to be followed by map values", zh: "键后面必须跟着冒号和值" },
  {
    en: "Nested mappings are not allowed in compact mappings",
    zh: "同一行里不能再嵌套 `键: 值`",
  },
  { en: "All sequence items must start at the same column", zh: "列表各项必须从同一列开始" },
  { en: "All mapping items must start at the same column", zh: "各个键必须从同一列开始" },
  { en: "Tabs are not allowed as indentation", zh: "不能用制表符（Tab）缩进" },
  { en: 'Missing closing "quote', zh: '缺少收尾的双引号 "' },
  { en: "Missing closing 'quote", zh: "缺少收尾的单引号 '" },
  {
    en: "Plain value cannot start with {{what:yaml-bad-start}}",
    zh: "不加引号的值不能以{{what}}开头",
  },
  { en: "Unexpected {{what}} at node end", zh: "值的末尾多出了 {{what}}" },
  { en: "Sequence item without - indicator", zh: "列表项缺少 `-`" },
  { en: "Map keys must be unique", zh: "键不能重复" },
  {
    en: "A block sequence may not be used as an implicit map key",
    zh: "列表不能用作键（是不是缩进不对？）",
  },
  {
    en: "Flow sequence in block collection must be sufficiently indented and end with a ]",
    zh: "以 [ 开头的值必须以 ] 结束，并且有足够的缩进（如果它是文本，请加引号）",
  },
  {
    en: "Block scalar header includes extra characters: {{extra}}",
    zh: "`|` 或 `>` 后面多出了字符：{{extra}}",
  },
  // Any other message of the library: kept as it wrote it, inside the translated sentence.
  { en: "{{message}}", zh: "{{message}}", partial: true },
];

/** The YAML library's names for what a plain value cannot start with. */
const yamlBadStart: Entry[] = [
  { en: "a tab character", zh: "制表符" },
  { en: "flow indicator character ,", zh: "逗号 ," },
  { en: "directive indicator character %", zh: "指令符 % " },
  { en: "block scalar indicator {{c}}", zh: "块标量符号 {{c}} " },
  { en: "reserved character {{c}}", zh: "保留字符 {{c}} " },
];

/** The `:ask` part a message is about. */
const askPart: Entry[] = [
  { en: "label", zh: "标签" },
  { en: "q", zh: " q " },
  { en: "id", zh: " id " },
];

/** compile.ts: which text message is too large. */
const answerPart: Entry[] = [
  { en: "the answer", zh: "答案" },
  { en: "text message {{index:n}} of the answer", zh: "答案的第 {{index}} 条文本消息" },
];

/** files.ts: why a folder cannot be read. */
const folderProblem: Entry[] = [
  { en: "permission denied", zh: "没有权限" },
  { en: "it went away while faqops was reading the content", zh: "faqops 读取内容时它被删除了" },
  { en: "an unexpected error", zh: "意外错误" },
  { en: "{{code:errno}}", zh: "{{code}}" },
];

/** files.ts whatItIs. */
const fileKind: Entry[] = [
  { en: "a folder", zh: "一个文件夹" },
  { en: "a named pipe (FIFO)", zh: "一个命名管道（FIFO）" },
  { en: "a socket", zh: "一个套接字" },
  { en: "a device", zh: "一个设备" },
  { en: "not a regular file", zh: "一个特殊文件" },
];

/** front-matter.ts: how to write `targets`. */
const targetsHint: Entry[] = [
  { en: "write it as a list: `targets: [{{name}}]`", zh: "请写成列表 `targets: [{{name}}]`" },
  {
    en: "write a list of target names, such as `targets: [staging]`",
    zh: "请写目标名字的列表，例如 `targets: [staging]`",
  },
];

/** config/parse.ts: what a value of faqops.config.yaml must be. */
const configExpected: Entry[] = [
  { en: "one of {{choices:paths}}", zh: " {{choices}} 之一" },
  {
    en: "a URL such as https://chatbot.weixin.qq.com",
    zh: "网址，例如 https://chatbot.weixin.qq.com",
  },
  { en: "text", zh: "文本" },
  { en: "true or false", zh: " true 或 false" },
  { en: "a whole number from {{min:n}} to {{max:n}}", zh: " {{min}} 到 {{max}} 之间的整数" },
  { en: "a number greater than 0 and at most {{max:n}}", zh: "大于 0、不超过 {{max}} 的数" },
  {
    en: "a share such as 25% or 0.25 (0 to 100%)",
    zh: "比例，例如 25% 或 0.25（0 到 100%）",
  },
];

/** config/parse.ts: how to write a value of the wrong type. */
const configFix: Entry[] = [
  { en: "write it without quotes", zh: "请去掉引号" },
  {
    en: "write `{{key}}: true` or `{{key2}}: false` (YAML 1.2 reads `{{word}}` as text)",
    zh: "请写 `{{key}}: true` 或 `{{key2}}: false`（YAML 1.2 把 `{{word}}` 读作文本，不是布尔值）",
  },
];

/** config/parse.ts: the fix after `; `, or nothing. */
const configHint: Entry[] = [
  { en: "; {{fix:config-fix}}", zh: "：{{fix}}" },
  { en: "", zh: "" },
];

/** config/spec.ts: what each item of `skills` and `paths` is, in both languages there. */
const configItem: Entry[] = Object.values(TARGET_KEY_SPEC).flatMap((spec) =>
  spec.kind === "filter" ? [{ en: spec.item.en, zh: spec.item.zh }] : [],
);

/** Every kind a catalogue can name, besides the primitives (template.ts). */
export const KINDS: Readonly<Record<string, Kind>> = {
  hex: { pattern: "[0-9A-F]{4,6}" },
  errno: { pattern: "E[A-Z0-9_]+" },
  paths,
  "url-problem": urlProblem,
  consequence,
  "character-name": characterName,
  character,
  "type-name": typeName,
  "front-matter-value": frontMatterValue,
  "string-hint": stringHint,
  "threshold-hint": thresholdHint,
  "yaml-problem": yamlProblem,
  "yaml-bad-start": yamlBadStart,
  "ask-part": askPart,
  "answer-part": answerPart,
  "folder-problem": folderProblem,
  "file-kind": fileKind,
  "has-have": inflection("has", "have"),
  "targets-hint": targetsHint,
  "config-expected": configExpected,
  "config-fix": configFix,
  "config-hint": configHint,
  "config-item": configItem,
  /** config/parse.ts: where an unknown key is. */
  "config-where": [
    { en: "at the top level", zh: "顶层" },
    { en: "in target `{{name}}`", zh: "目标 `{{name}}` 中" },
    { en: "in `{{name}}`", zh: "`{{name}}` 中" },
  ],
  "entry-entries": inflection("entry", "entries"),
  "folder-note": [
    { en: " (the folder's name)", zh: "（文件夹名）" },
    { en: "", zh: "" },
  ],
  "empty-note": [
    { en: " (it is empty)", zh: "（它是空的）" },
    { en: "", zh: "" },
  ],
  "nan-note": [
    { en: " (not a number)", zh: "（不是数字）" },
    { en: "", zh: "" },
  ],
};

registerKinds(KINDS);
