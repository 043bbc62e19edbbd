/**
 * The content diagnostics in Chinese: for every rule id, the shapes of its English messages
 * (as src/content writes them) and their translations. The type makes a rule without an entry
 * a compile error; test/i18n checks each English template against the source.
 */
import type { RuleId } from "../content/rules.js";
import "./kinds.js";
import type { Entry } from "./template.js";

const CURLY_QUOTES: Entry = {
  en: 'the value of `{{name}}` is in curly quotes: write {{name2}}="…", not {{name3}}={{open}}…{{close}} (curly quotes are not read as quotes: they would be sent as part of the value, or break the line)',
  zh: '`{{name}}` 的值用了弯引号（中文引号）：请写 {{name}}="…"，不要写 {{name}}={{open}}…{{close}}（弯引号不被当作引号：它们会成为值的一部分一起发出去，或者使这一行无法读取）',
};

const ASK_SYNTAX_BRACES: Entry = {
  en: 'cannot read the {…} after this `:ask`: write attributes as {q="问题" id="菜单 id"}, with straight double quotes',
  zh: '无法读取这个 `:ask` 后面的 {…}：属性请写成 {q="问题" id="菜单 id"}，用英文直双引号',
};

const LINK_URL: Entry = { en: "link {{problem:url-problem}}", zh: "链接 {{problem}}" };

/** Every rule's messages; the first entry that fits a message translates it. */
export const DIAGNOSTIC_CATALOGUE = {
  // Files
  "invalid-utf8": [
    {
      en: "the file is not valid UTF-8: save it as UTF-8 in your editor",
      zh: "文件不是有效的 UTF-8 编码：请在编辑器里把它另存为 UTF-8",
    },
    {
      en: 'the file is not valid UTF-8 but reads as GBK (GB18030), as Chinese editions of Windows save text (this line reads "{{sample}}"): save it as UTF-8; in VS Code, click the encoding in the status bar, "Reopen with Encoding" → "Simplified Chinese (GBK)", then "Save with Encoding" → "UTF-8"; in Notepad, File → Save As → Encoding: UTF-8',
      zh: '文件不是有效的 UTF-8，但能按 GBK（GB18030）读出，这是中文版 Windows 默认的保存编码（这一行按 GBK 读作 "{{sample}}"）：请把它另存为 UTF-8。VS Code：点击底部状态栏里的编码，选“通过编码重新打开”→“Simplified Chinese (GBK)”，再选“通过编码保存”→“UTF-8”；记事本：文件 → 另存为 → 编码选 UTF-8',
    },
  ],
  "file-unreadable": [
    {
      en: "this path is not valid UTF-8 (shown here with U+FFFD), so it cannot be an entry: rename the file (or the folder) in UTF-8",
      zh: "这个路径不是有效的 UTF-8（此处以 U+FFFD 显示），不能作为条目：请用 UTF-8 重新命名该文件（或文件夹）",
    },
    {
      en: "this folder cannot be read ({{why:folder-problem}}), so the entries in it are missing: make it readable (chmod a+rx), or remove it",
      zh: "无法读取这个文件夹（{{why}}），其中的条目都会缺失：请让它可读（chmod a+rx），或删除它",
    },
    {
      en: "this file cannot be read (permission denied): make it readable (chmod a+r), or remove it",
      zh: "无法读取这个文件（没有权限）：请让它可读（chmod a+r），或删除它",
    },
    {
      en: "this is a symbolic link that leads back to itself: fix the link, or remove it",
      zh: "这是一个指向自身的符号链接：请修正或删除它",
    },
    {
      en: "this is a symbolic link to `{{target}}`, which does not exist: fix the link, or remove it",
      zh: "这是指向 `{{target}}` 的符号链接，但目标不存在：请修正或删除它",
    },
    {
      en: "this file was replaced by a symbolic link while faqops was reading the content: run faqops again",
      zh: "faqops 读取内容时这个文件被替换成了符号链接：请重新运行 faqops",
    },
    {
      en: "this file went away while faqops was reading the content: run faqops again",
      zh: "faqops 读取内容时这个文件被删除了：请重新运行 faqops",
    },
    {
      en: "this file cannot be read ({{why:folder-problem}}): check it, or remove it",
      zh: "无法读取这个文件（{{why}}）：请检查它，或删除它",
    },
    {
      en: "this is {{what:file-kind}}, not a file: replace it with a Markdown file, or remove it",
      zh: "这是{{what}}，不是普通文件：请换成 Markdown 文件，或删除它",
    },
  ],
  "file-ignored": [
    {
      en: "this file is in the hidden folder `{{folder}}`, and faqops does not read hidden folders: move it out of that folder if it is an entry, or start its name with `_` to keep it out without this warning",
      zh: "这个文件在隐藏文件夹 `{{folder}}` 里，faqops 不读取隐藏文件夹：如果它是条目，请移出该文件夹；如果不是，把文件名改为以 `_` 开头即可不再出现此警告",
    },
    {
      en: "`{{name}}` is not read: only names ending in `.md` (lower case) are entries; rename it to `{{entry}}` if it is one, or start its name with `_` to keep it out without this warning",
      zh: "`{{name}}` 不会被读取：只有以 `.md`（小写）结尾的文件才是条目；如果它是条目，请改名为 `{{entry}}`；如果不是，把文件名改为以 `_` 开头即可不再出现此警告",
    },
  ],
  "file-symlink-outside": [
    {
      en: "this file is a symbolic link to `{{target}}`, outside the content folder, so it is not read: faqops reads only files inside the content folder; copy the file into it instead of linking to it, or remove the link",
      zh: "这个文件是指向内容文件夹之外 `{{target}}` 的符号链接，不会被读取：faqops 只读取内容文件夹里的文件；请把文件复制进来而不是链接，或删除这个链接",
    },
    {
      en: "this is a symbolic link to the folder `{{target}}`, outside the content folder, so it is not read: faqops reads only files inside the content folder; move the entries into it instead of linking to them, or remove the link",
      zh: "这是指向内容文件夹之外的文件夹 `{{target}}` 的符号链接，不会被读取：faqops 只读取内容文件夹里的文件；请把条目移进来而不是链接，或删除这个链接",
    },
  ],
  "file-symlink-folder": [
    {
      en: "this is a symbolic link to the folder `{{target}}`, which contains it: following it would loop, so faqops does not; remove the link",
      zh: "这是指向包含它自身的文件夹 `{{target}}` 的符号链接：跟随它会造成循环，所以 faqops 不跟随；请删除这个链接",
    },
    {
      en: "this is a symbolic link to the folder `{{target}}`, which faqops does not follow: a link to a folder would read entries a second time, or loop; remove the link, or, to have an entry in two skills, link its file instead",
      zh: "这是指向文件夹 `{{target}}` 的符号链接，faqops 不跟随文件夹链接：那样会把条目读两遍，或造成循环；请删除这个链接；如果想让一个条目出现在两个技能里，请链接它的文件",
    },
  ],
  "cache-symlink": [
    {
      en: "this is a symbolic link (to `{{target}}`): faqops neither reads nor writes its compile cache through a link, which could lead outside the repository, so this run compiled every file; delete the link (faqops makes the folder again)",
      zh: "这是一个符号链接（指向 `{{target}}`）：链接可能指向仓库之外，faqops 不通过链接读写编译缓存，所以这次重新编译了所有文件；请删除这个链接（faqops 会重新创建该文件夹）",
    },
  ],
  // Front matter
  "front-matter-missing": [
    {
      en: "remove the blank lines before the opening `---`: front matter must start on line 1",
      zh: "请删除开头 `---` 之前的空行：front matter 必须从第 1 行开始",
    },
    {
      en: "the file must start with front matter: a `---` line, `title: <the question>`, and a closing `---` line",
      zh: "文件必须以 front matter 开头：一行 `---`、`title: <标准问题>`，再以一行 `---` 结束",
    },
  ],
  "front-matter-unclosed": [
    {
      en: "the front matter opened on line 1 is never closed: add a `---` line after its last key",
      zh: "第 1 行开始的 front matter 没有结束：请在最后一个键之后加一行 `---`",
    },
  ],
  "front-matter-yaml": [
    {
      en: 'the front matter is not valid YAML ({{problem:yaml-problem}}); text containing ": " or starting with a special character must be quoted',
      zh: 'front matter 不是有效的 YAML（{{problem}}）：含有 ": " 或以特殊字符开头的文本必须加引号',
    },
    {
      en: 'the key `{{key}}` is followed by a full-width colon "：": write a half-width colon and a space, `{{key2}}: …`',
      zh: "键 `{{key}}` 后面用了全角冒号“：”：请改成半角冒号加一个空格，即 `{{key}}: …`（输入法切换到英文或半角再输入）",
    },
    {
      en: '`{{key}}` is followed by a full-width colon "：": front matter keys are English words with a half-width colon and a space after them, such as `title: 如何开户？`',
      zh: "`{{key}}` 后面用了全角冒号“：”：front matter 的键是英文单词，后面跟半角冒号和一个空格，例如 `title: 如何开户？`",
    },
    {
      en: "the key `{{key}}` is followed by a full-width space (U+3000): write a half-width space after the colon, `{{key2}}: …`",
      zh: "键 `{{key}}` 的冒号后面用了全角空格（U+3000）：冒号后请用半角空格，即 `{{key}}: …`",
    },
    {
      en: "this line is indented with a full-width space (U+3000): YAML indents with half-width spaces, such as `  - 问题` under `questions:`",
      zh: "这一行用全角空格（U+3000）缩进了：YAML 只认半角空格缩进，例如 `questions:` 下面写 `  - 问题`",
    },
  ],
  "front-matter-shape": [
    {
      en: "the front matter must be `key: value` lines (a YAML mapping), such as `title: 如何开户？`",
      zh: "front matter 必须是一行一个 `键: 值`（YAML 映射），例如 `title: 如何开户？`",
    },
  ],
  "key-duplicate": [
    { en: "`{{key}}` is given twice; keep one", zh: "`{{key}}` 写了两次：只保留一个" },
  ],
  "unknown-key": [
    {
      en: "unknown key `{{key}}`: did you mean `{{guess}}`?",
      zh: "未知的键 `{{key}}`：是不是想写 `{{guess}}`？",
    },
    {
      en: "unknown key `{{key}}`; the keys are {{keys}}",
      zh: "未知的键 `{{key}}`：可用的键有 {{keys}}",
    },
    {
      en: "the key `{{key}}` is indented with a full-width space (U+3000): keys start at the beginning of the line; remove it",
      zh: "键 `{{key}}` 前面有全角空格（U+3000）：键必须从行首开始写，请删除这个空格",
    },
  ],
  "key-type": [
    {
      en: "`targets` must be a list of target names, but it is {{type:type-name}}; {{hint:targets-hint}}",
      zh: "`targets` 必须是目标名字的列表，但现在是{{type}}：{{hint}}",
    },
    {
      en: "target {{index:n}} is {{type:type-name}}, not a target name: write names such as `staging`",
      zh: "第 {{index}} 个目标是{{type}}，不是目标名字：请写 `staging` 这样的名字",
    },
    {
      en: "`questions` must be a list, but it is {{type:type-name}}: write each question on its own line as `  - 问题`",
      zh: "`questions` 必须是列表，但现在是{{type}}：请把每个相似问法单独写一行，格式为 `  - 问题`",
    },
    {
      en: "question {{index:n}} is {{type:type-name}}, not text: quote it (`- {{quoted}}`)",
      zh: "第 {{index}} 个相似问法是{{type}}，不是文本：请加上引号（`- {{quoted}}`）",
    },
    {
      en: "`draft` must be true or false, but it is {{type:type-name}}: write `draft: true` or `draft: false` without quotes",
      zh: "`draft` 只能是 true 或 false，但现在是{{type}}：请写 `draft: true` 或 `draft: false`，不加引号",
    },
    {
      en: "`threshold` must be a number from 0 to 1, but it is {{type:type-name}}; {{hint:threshold-hint}}",
      zh: "`threshold` 必须是 0 到 1 之间的数字，但现在是{{type}}：{{hint}}",
    },
    {
      en: "`{{key}}` must be text, but it is {{type:type-name}}; {{hint:string-hint}}",
      zh: "`{{key}}` 必须是文本，但现在是{{type}}：{{hint}}",
    },
  ],
  "title-required": [
    {
      en: "the front matter is empty: add `title: <the question>`",
      zh: "front matter 是空的：请加上 `title: <标准问题>`",
    },
    {
      en: "add `title: <the question>` to the front matter",
      zh: "请在 front matter 里加上 `title: <标准问题>`",
    },
    {
      en: "`title` is empty: write the standard question after `title:`",
      zh: "`title` 是空的：请在 `title:` 后面写上标准问题",
    },
  ],
  "title-multiline": [{ en: "`title` must be one line", zh: "`title` 只能写一行" }],
  "skill-missing": [
    {
      en: "this entry is directly in the content folder, so it has no skill: move it into a skill folder or add `skill: <name>`",
      zh: "这个条目直接放在内容文件夹下，没有技能：请把它移到某个技能文件夹里，或加上 `skill: <技能名>`",
    },
  ],
  "skill-length": [
    {
      en: "`skill` is empty: write a skill name, or remove the key to use the folder's name",
      zh: "`skill` 是空的：请写上技能名，或删除这个键以使用文件夹名",
    },
    {
      en: "`skill` is {{length:n}} characters long; the platform allows at most {{max:n}}",
      zh: "`skill` 有 {{length}} 个字符：平台最多允许 {{max}} 个",
    },
    {
      en: 'the folder name "{{folder}}" is used as the skill but is {{length:n}} characters long (the platform allows 1 to {{max:n}}): rename the folder or add `skill: <name>`',
      zh: '文件夹名 "{{folder}}" 被用作技能，但它有 {{length}} 个字符（平台允许 1 到 {{max}} 个）：请给文件夹改名，或加上 `skill: <技能名>`',
    },
  ],
  "skill-multiline": [{ en: "`skill` must be one line", zh: "`skill` 只能写一行" }],
  "question-empty": [
    {
      en: "question {{index:n}} is empty; remove it",
      zh: "第 {{index}} 个相似问法是空的：请删除它",
    },
  ],
  "question-multiline": [
    { en: "question {{index:n}} must be one line", zh: "第 {{index}} 个相似问法只能写一行" },
  ],
  "question-duplicate": [
    {
      en: "question {{index:n}} is the same as question {{earlier:n}}; remove one",
      zh: "第 {{index}} 个相似问法与第 {{earlier}} 个相同：请删除其中一个",
    },
  ],
  "question-alike-title": [
    {
      en: "question {{index:n}} is the same as the title; remove it (the title is already asked)",
      zh: "第 {{index}} 个相似问法与标题相同：请删除它（标题本身已经是一个问法）",
    },
  ],
  "id-format": [
    {
      en: '`id` may hold only letters, digits, `-`, `_` and `/` (such as `card/apply`); got "{{id}}"',
      zh: '`id` 只能包含英文字母、数字、`-`、`_` 和 `/`（例如 `card/apply`）；现在是 "{{id}}"',
    },
  ],
  "threshold-range": [
    {
      en: "`threshold` is {{value}}{{nan:nan-note}}; it must be from 0 to 1 (a similarity; the platform's default is {{default:n}}): {{hint:threshold-hint}}",
      zh: "`threshold` 是 {{value}}{{nan}}：它必须在 0 到 1 之间（是相似度；平台默认 {{default}}）：{{hint}}",
    },
  ],
  "threshold-precision": [
    {
      en: "`threshold` is {{value}}, with more than {{places:n}} decimal places: round it, such as `threshold: {{rounded}}`",
      zh: "`threshold` 是 {{value}}，超过了 {{places}} 位小数：请四舍五入，例如 `threshold: {{rounded}}`",
    },
  ],
  "title-length": [
    {
      en: "the title is {{length:n}} characters long; keep it to {{max:n}} or fewer: it is the question users ask, so put the explanation in the answer",
      zh: "标题有 {{length}} 个字符：请控制在 {{max}} 个以内。标题是用户会问的问题，解释请写在答案里",
    },
  ],
  "question-length": [
    {
      en: "this similar question is {{length:n}} characters long; keep it to {{max:n}} or fewer, as a user would ask it",
      zh: "这个相似问法有 {{length}} 个字符：请控制在 {{max}} 个以内，写成用户真正会问的样子",
    },
  ],
  "question-count": [
    {
      en: "the entry has {{count:n}} similar questions, more than {{max:n}} (this is the first past that): keep the ones that differ most, or split the entry",
      zh: "这个条目有 {{count}} 个相似问法，超过了 {{max}} 个（这里是超出的第一个）：请保留差别最大的那些，或拆分这个条目",
    },
  ],
  // Any value
  "xml-char": [
    {
      en: "{{character:character}} {{consequence:consequence}}: delete it (most editors do not show it)",
      zh: "{{character}} {{consequence}}：请删除它（大多数编辑器不显示这个字符）",
    },
    {
      en: "{{count:n}} more characters like these in this file (from here on): delete them; is this a text file?",
      zh: "这个文件（从这里往后）还有 {{count}} 个这样的字符：请删除它们；这是文本文件吗？",
    },
    {
      en: "{{what:front-matter-value}} holds {{character:character}}, written as `{{escape}}`, which {{consequence:consequence}}: remove the escape",
      zh: "{{what}}含有 {{character}}（写作 `{{escape}}`），它{{consequence}}：请删除这个转义",
    },
    {
      en: "{{what:front-matter-value}} holds {{character:character}}, which {{consequence:consequence}}: remove it",
      zh: "{{what}}含有 {{character}}，它{{consequence}}：请删除它",
    },
    {
      en: "{{character:character}}, written as `{{reference}}`, {{consequence:consequence}}: remove it",
      zh: "{{character}}（写作 `{{reference}}`）{{consequence}}：请删除它",
    },
    {
      en: "the folder name used as the skill holds {{character:character}}, which XML cannot carry: rename the folder",
      zh: "用作技能的文件夹名含有 {{character}}，XML 无法承载它：请给文件夹改名",
    },
    {
      en: "this entry holds {{character:character}}, which XML cannot carry, written in a way faqops cannot point at: find it and remove it",
      zh: "这个条目含有 {{character}}，XML 无法承载它，而且 faqops 无法定位它的写法：请找到并删除它",
    },
  ],
  // Body
  "answer-empty": [
    {
      en: "the entry has no answer: write it below the front matter's closing `---`",
      zh: "这个条目没有答案：请把答案写在 front matter 结束的 `---` 下面",
    },
  ],
  "link-url": [LINK_URL],
  "ask-text": [
    { en: "an `:ask` label cannot contain a link", zh: "`:ask` 的标签里不能有链接" },
    {
      en: "an `:ask` cannot be inside a link or another `:ask`",
      zh: "`:ask` 不能放在链接或另一个 `:ask` 里面",
    },
    {
      en: "`:ask` needs a label, the text the user taps: `:ask[上海今天多少度]`",
      zh: "`:ask` 需要标签，即用户点击的文字：`:ask[上海今天多少度]`",
    },
    {
      en: "the `:ask` {{part:ask-part}} is empty: remove it or fill it in",
      zh: "`:ask` 的{{part}}是空的：请删除或填写",
    },
    {
      en: 'the `:ask` {{part:ask-part}} may not contain ", <, > or &, which would break the link ("{{value}}")',
      zh: '`:ask` 的{{part}}不能含有 "、<、> 或 &，否则链接会被破坏（"{{value}}"）',
    },
    {
      en: "the `:ask` {{part:ask-part}} must be on one line",
      zh: "`:ask` 的{{part}}只能写一行",
    },
  ],
  "ask-attribute": [
    {
      en: '`:ask` has no attribute `{{name}}`: it takes q="问题" and id="菜单 id" (quote values that contain spaces)',
      zh: '`:ask` 没有属性 `{{name}}`：它只接受 q="问题" 和 id="菜单 id"（含空格的值要加引号）',
    },
  ],
  "ask-syntax": [
    ASK_SYNTAX_BRACES,
    {
      en: "cannot read this `:ask` label: close the `[` on the same line, as in `:ask[问题]`",
      zh: "无法读取这个 `:ask` 的标签：请在同一行里闭合 `[`，如 `:ask[问题]`",
    },
    {
      en: 'cannot read this `:ask`: write `:ask[label]` or `:ask[label]{q="问题"}`, with the brackets closed on the same line (write `\\:ask` for the literal text)',
      zh: '无法读取这个 `:ask`：请写 `:ask[标签]` 或 `:ask[标签]{q="问题"}`，括号在同一行内闭合（如果要原样显示文字，请写 `\\:ask`）',
    },
    CURLY_QUOTES,
  ],
  "unsupported-markdown": [
    {
      en: "raw HTML is not sent to the chat: write plain text, and links as [text](https://…)",
      zh: "HTML 不会发送到聊天里：请写纯文本，链接写成 [文字](https://…)",
    },
    {
      en: "footnotes are not supported: write the note in the text",
      zh: "不支持脚注：请把注释写进正文",
    },
    {
      en: 'images cannot be inside text: put a card on its own line, `::image{media_id="…"}`',
      zh: '图片不能放在文字中间：请单独一行写卡片 `::image{media_id="…"}`',
    },
    {
      en: "tables are not supported in chat: write one line per row, or a list",
      zh: "聊天里不支持表格：请每行写一条，或写成列表",
    },
    {
      en: "this line is indented with a full-width space (U+3000), so `{{marker}}` does not start a nested list item: the chat would show it as text; indent with half-width spaces (two per level)",
      zh: "这一行用全角空格（U+3000）缩进，所以 `{{marker}}` 不会成为嵌套的列表项，聊天里会原样显示成文字：请用半角空格缩进（每层两个）",
    },
  ],
  "card-unknown": [
    {
      en: "`::ask` is not a card: write `:ask[问题]` (one colon) inside a line of text",
      zh: "`::ask` 不是卡片：请在一行文字中写 `:ask[问题]`（一个冒号）",
    },
    {
      en: "unknown card `::{{name}}`: did you mean `::{{guess}}`?",
      zh: "未知的卡片 `::{{name}}`：是不是想写 `::{{guess}}`？",
    },
    {
      en: "unknown card `::{{name}}`; the cards are {{cards}}",
      zh: "未知的卡片 `::{{name}}`：可用的卡片有 {{cards}}",
    },
  ],
  "card-attribute": [
    {
      en: "`::{{card}}` has no attribute `{{name}}`: did you mean `{{guess}}`?",
      zh: "`::{{card}}` 没有属性 `{{name}}`：是不是想写 `{{guess}}`？",
    },
    {
      en: "`::{{card}}` has no attribute `{{name}}`; its attributes are {{names}} (quote values that contain spaces)",
      zh: "`::{{card}}` 没有属性 `{{name}}`：它的属性有 {{names}}（含空格的值要加引号）",
    },
  ],
  "card-required": [
    {
      en: '`::{{card}}` needs {{name}}="…"{{empty:empty-note}}',
      zh: '`::{{card}}` 需要 {{name}}="…"{{empty}}',
    },
  ],
  "card-url": [{ en: "{{name:word}}: {{problem:url-problem}}", zh: "属性 {{name}}：{{problem}}" }],
  "card-appid": [
    {
      en: 'appid "{{appid}}" is not a mini program AppID: it is wx followed by 16 lower-case hex digits',
      zh: 'appid "{{appid}}" 不是小程序的 AppID：AppID 是 wx 加 16 位小写十六进制数字',
    },
  ],
  "card-label": [
    {
      en: '`::{{card}}` takes no [label]: put the text in an attribute, such as title="…"',
      zh: '`::{{card}}` 不接受 [标签]：请把文字写进属性，例如 title="…"',
    },
  ],
  "card-nested": [
    {
      en: "a card must stand on its own line at the top level, not inside a list or a quote: move `::{{card}}` out",
      zh: "卡片必须在顶层单独占一行，不能放在列表或引用里：请把 `::{{card}}` 移出来",
    },
  ],
  "card-syntax": [
    {
      en: 'this line starts like a card but cannot be read as one: write `::{{card}}{name="value" …}` alone on one line, with straight double quotes around values that contain spaces',
      zh: '这一行像是卡片，但无法读取：请把 `::{{card}}{name="value" …}` 单独写在一行，含空格的值用英文直双引号括起来',
    },
    CURLY_QUOTES,
  ],
  "news-type": [
    {
      en: 'type must be h5 (a web page) or mp (an official-account article); got "{{type}}"',
      zh: 'type 只能是 h5（网页）或 mp（公众号文章）；现在是 "{{type}}"',
    },
  ],
  "news-too-many": [
    {
      en: "one news message holds at most {{max:n}} articles: put a `---` line before this one to start another message",
      zh: "一条图文消息最多 {{max}} 篇文章：请在这一篇前加一行 `---`，开始另一条消息",
    },
  ],
  "container-directive": [
    {
      en: "`:::{{name}}` blocks are not supported: write plain Markdown, and cards as one `::name{…}` line",
      zh: "不支持 `:::{{name}}` 块：请写普通 Markdown，卡片写成一行 `::name{…}`",
    },
  ],
  "text-markup": [
    {
      en: '`{{text}}` would reach the chat as an HTML tag, not as text (the platform reads answers as markup, and faqops cannot send a literal tag safely): reword it, for example with a space after "<" or the full-width "＜"; write links as [text](https://…)',
      zh: '`{{text}}` 会被当作 HTML 标签而不是文字发到聊天里（平台把答案当作标记解析，faqops 无法安全地原样发送标签）：请改写，例如在 "<" 后加空格，或用全角 "＜"；链接请写成 [文字](https://…)',
    },
    {
      en: '`{{text}}` would reach the chat as an HTML character reference, not as text (the platform may show the character it names instead): reword it, for example with a space after "&"',
      zh: '`{{text}}` 会被当作 HTML 字符引用而不是文字发到聊天里（平台可能显示它所代表的字符）：请改写，例如在 "&" 后加空格',
    },
  ],
  "answer-size": [
    {
      en: "{{which:answer-part}} is {{bytes:n}} bytes; a WeChat text message holds {{max:n}} (about {{chars:n}} Chinese characters), so users may get it cut off or not at all: shorten it, or split it with a `---` line",
      zh: "{{which}}有 {{bytes}} 字节，而一条微信文本消息最多 {{max}} 字节（约 {{chars}} 个汉字），用户可能收到被截断的消息或收不到：请缩短，或用一行 `---` 拆开",
    },
    {
      en: "the answer's content is {{bytes:n}} bytes, more than {{max:n}}: far more than a chat answer needs, and more than the platform may take; shorten it, or link to a page",
      zh: "答案内容有 {{bytes}} 字节，超过 {{max}}：远超聊天答案所需，平台也可能不接受；请缩短，或链接到一个网页",
    },
  ],
  // Bounds on the work of reading a file
  "front-matter-too-large": [
    {
      en: "the front matter is {{length:n}} characters long, more than faqops reads ({{max:n}}; this is where it passes that): keep the title and the similar questions users really ask, and move text into the answer",
      zh: "front matter 有 {{length}} 个字符，超过 faqops 读取的上限（{{max}}；这里是超出的位置）：只保留标题和用户真正会问的相似问法，其余文字移到答案里",
    },
  ],
  "front-matter-too-deep": [
    {
      en: "the front matter is nested more than {{max:n}} levels deep here: it needs `key: value` lines and one list (`questions:` with `- 问题` items); quote text that starts with `[` or `{`, or holds `: `",
      zh: "front matter 在这里嵌套超过了 {{max}} 层：它只需要 `键: 值` 行和一个列表（`questions:` 下的 `- 问题`）；以 `[` 或 `{` 开头、或含有 `: ` 的文本请加引号",
    },
    {
      en: "the front matter is nested too deeply to read",
      zh: "front matter 嵌套太深，无法读取",
    },
  ],
  "answer-too-large": [
    {
      en: "the answer is {{length:n}} characters long, more than faqops reads ({{max:n}}; this is where it passes that): split it into several entries, or link to a page for the details",
      zh: "答案有 {{length}} 个字符，超过 faqops 读取的上限（{{max}}；这里是超出的位置）：请拆成几个条目，或把细节放到网页上并链接过去",
    },
    {
      en: "the answer has {{lines:n}} lines, more than faqops reads ({{max:n}}; this is the first line past that): split it into several entries, or link to a page for the details",
      zh: "答案有 {{lines}} 行，超过 faqops 读取的上限（{{max}}；这里是超出的第一行）：请拆成几个条目，或把细节放到网页上并链接过去",
    },
    {
      en: "the answer has {{count:n}} `[` (links, `:ask` questions, other brackets), more than faqops reads ({{max:n}}; this is where it passes that), as so many make it slow to check: split it into several entries",
      zh: "答案里有 {{count}} 个 `[`（链接、`:ask` 问题和其他方括号），超过 faqops 读取的上限（{{max}}；这里是超出的位置），太多会让检查变慢：请拆成几个条目",
    },
    {
      en: "the answer has {{count:n}} `*` and `_` marks, more than faqops reads ({{max:n}}; this is where it passes that), as so many make it slow to check: remove the ones that are not emphasis, or write them as `\\*` and `\\_`",
      zh: "答案里有 {{count}} 个 `*` 和 `_`，超过 faqops 读取的上限（{{max}}；这里是超出的位置），太多会让检查变慢：请删除不是强调用的那些，或写成 `\\*` 和 `\\_`",
    },
  ],
  "answer-too-deep": [
    {
      en: "lists, quotes and `:::` blocks are nested more than {{max:n}} levels deep here: a chat shows two or three levels at most, so flatten them",
      zh: "列表、引用和 `:::` 块在这里嵌套超过了 {{max}} 层：聊天里最多显示两三层，请减少嵌套",
    },
  ],
  // Across entries
  "entry-duplicate": [
    {
      en: "{{paths:paths}} {{_:has-have}} the same skill and title; change one of the titles (or merge the entries)",
      zh: "{{paths}} 的技能和标题与此相同：请修改其中一个标题（或合并这些条目）",
    },
  ],
  "question-conflict": [
    {
      en: '"{{question}}" is also asked by {{where:paths}} in the same skill, so the bot cannot tell the entries apart; reword or remove one',
      zh: '同一技能里的 {{where}} 也有 "{{question}}" 这个问法，机器人无法区分这些条目：请改写或删除其中一个',
    },
  ],
  "id-duplicate": [
    {
      en: 'id "{{id}}" is also used by {{paths:paths}}; ids must be unique',
      zh: 'id "{{id}}" 也被 {{paths}} 使用了：id 不能重复',
    },
  ],
  "skill-spelling": [
    {
      en: 'skill "{{skill}}"{{folder:folder-note}} is written "{{usual}}" in {{count:n}} other {{_:entry-entries}}; the platform would make two skills: write it the same way',
      zh: '技能 "{{skill}}"{{folder}} 在另外 {{count}} 个条目里写作 "{{usual}}"，平台会把它们当成两个技能：请写成一样的',
    },
  ],
  "ask-target": [
    {
      en: 'no synced entry (drafts are not synced) has the title or question "{{question}}", so tapping this `:ask` gets no answer: add it as a question to the entry it means, or set q="…" to one',
      zh: '没有哪个会同步的条目（草稿不同步）以 "{{question}}" 为标题或相似问法，点击这个 `:ask` 得不到回答：请把它加为对应条目的相似问法，或把 q="…" 设为已有的问法',
    },
  ],
  "targets-empty": [
    {
      en: "`targets` is an empty list, so no target would take the entry: name its targets, remove the key (every target), or write `draft: true` to keep it off every bot",
      zh: "`targets` 是空列表，没有哪个目标会接收这个条目：请写出它的目标，或删除这个键（同步到所有目标），或写 `draft: true` 让它不进入任何机器人",
    },
  ],
  "target-none": [
    {
      en: "no target takes this entry (its front matter `targets`, and the targets' `skills` and `paths` in faqops.config.yaml, leave it out), so no bot answers it: name a target that takes it, change a target's `skills` or `paths`, or write `draft: true` if that is intended",
      zh: "没有哪个目标接收这个条目（它的 front matter `targets`，以及 faqops.config.yaml 中各目标的 `skills` 和 `paths`，都把它排除在外），所以没有机器人会用它回答：请写一个会接收它的目标，或修改某个目标的 `skills` 或 `paths`；如果本意如此，请写 `draft: true`",
    },
    {
      en: "no target takes this entry (the targets' `skills` and `paths` in faqops.config.yaml leave it out), so no bot answers it: change a target's `skills` or `paths` so that one takes it, or write `draft: true` if that is intended",
      zh: "没有哪个目标接收这个条目（faqops.config.yaml 中各目标的 `skills` 和 `paths` 把它排除在外），所以没有机器人会用它回答：请修改某个目标的 `skills` 或 `paths`，让某个目标接收它；如果本意如此，请写 `draft: true`",
    },
  ],
  "target-unknown": [
    {
      en: '"{{name}}" is not a target name: names are lowercase letters, digits, `-` and `_`, starting with a letter, as in faqops.config.yaml',
      zh: '"{{name}}" 不是目标名字：目标名字由小写字母、数字、`-` 和 `_` 组成，以字母开头，与 faqops.config.yaml 中一致',
    },
    {
      en: '`targets` names "{{name}}", but no faqops.config.yaml defines targets: remove the key (the content then goes to the one bot), or define the targets in faqops.config.yaml (see docs/targets.md)',
      zh: '`targets` 写了 "{{name}}"，但没有 faqops.config.yaml 定义目标：请删除这个键（内容会同步到唯一的机器人），或在 faqops.config.yaml 中定义目标（见 docs/targets.md）',
    },
    {
      en: '"{{name}}" is not a target in {{file}}: did you mean `{{guess}}`? The targets are {{names:paths}}',
      zh: '"{{name}}" 不是 {{file}} 中的目标：是不是想写 `{{guess}}`？已定义的目标有 {{names}}',
    },
    {
      en: '"{{name}}" is not a target in {{file}}; the targets are {{names:paths}}',
      zh: '"{{name}}" 不是 {{file}} 中的目标；已定义的目标有 {{names}}',
    },
  ],
  "config-yaml": [
    {
      en: "`{{key}}` is given twice (first on line {{line:n}}); keep one",
      zh: "`{{key}}` 写了两次（第一次在第 {{line}} 行）：请只保留一个",
    },
    {
      en: 'the file is not valid YAML ({{why:yaml-problem}}); write `key: value` lines, and quote text holding ": "',
      zh: '这个文件不是有效的 YAML（{{why}}）：请写成 `键: 值` 的行，含有 ": " 的文字要加引号',
    },
  ],
  "config-key": [
    {
      en: "`{{key}}` is set per target, not at the top level: each target needs its own; move it under `targets: <name>:`",
      zh: "`{{key}}` 要按目标分别设置，不能写在顶层：每个目标都需要自己的值，请把它移到 `targets: <名字>:` 下",
    },
    {
      en: "unknown key `{{key}}` {{where:config-where}}: did you mean `{{guess}}`?",
      zh: "{{where}}有未知的键 `{{key}}`：是不是想写 `{{guess}}`？",
    },
    {
      en: "unknown key `{{key}}` {{where:config-where}}; the keys are {{keys:paths}}",
      zh: "{{where}}有未知的键 `{{key}}`：可用的键有 {{keys}}",
    },
  ],
  "config-value": [
    {
      en: "the file must be `key: value` lines (a YAML mapping), such as `targets:`",
      zh: "这个文件必须是 `键: 值` 的行（YAML 映射），例如 `targets:`",
    },
    {
      en: "`targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)",
      zh: "`targets` 是空的：请至少写一个目标，例如 `staging: {}`，或删除这个键（只有一个机器人）",
    },
    {
      en: "`targets` must be a mapping of target names to their settings, such as `staging: {}`, but it is {{type:type-name}}",
      zh: "`targets` 必须是目标名字到其设置的映射，例如 `staging: {}`，但现在是{{type}}",
    },
    {
      en: 'targets "{{a}}" and "{{b}}" would share the lockfile {{file}}, and each bot\'s state needs its own: give one another `lockfile`',
      zh: '目标 "{{a}}" 和 "{{b}}" 会共用锁文件 {{file}}，而每个机器人的状态都需要自己的锁文件：请给其中一个另设 `lockfile`',
    },
    {
      en: "target `{{name}}` must be a mapping of its settings (`{{name2}}: {}` for none), but it is {{type:type-name}}",
      zh: "目标 `{{name}}` 必须是其设置的映射（没有设置时写 `{{name2}}: {}`），但现在是{{type}}",
    },
    {
      en: "`{{key}}` must be {{expected:config-expected}}, but it is {{type:type-name}}{{hint:config-hint}}",
      zh: "`{{key}}` 必须是{{expected}}，但现在是{{type}}{{hint}}",
    },
    {
      en: "`{{key}}` must be a list (only these) or `include:` and `exclude:` lists, but it is {{type:type-name}}",
      zh: "`{{key}}` 必须是一个列表（只接收这些），或 `include:` 和 `exclude:` 两个列表，但现在是{{type}}",
    },
    {
      en: "`{{key}}.{{list}}` must be a list, each item {{item:config-item}}, such as `{{list2}}: [{{example}}]`",
      zh: "`{{key}}.{{list}}` 必须是列表，每一项是{{item}}，例如 `{{list2}}: [{{example}}]`",
    },
    {
      en: "`{{key}}` is an empty list, so the target would take no entry: name what it takes, or remove the key (everything)",
      zh: "`{{key}}` 是空列表，目标将不接收任何条目：请写出要接收的内容，或删除这个键（全部接收）",
    },
    {
      en: "item {{index:n}} of `{{key}}` must be {{item:config-item}}, but it is {{type:type-name}}",
      zh: "`{{key}}` 的第 {{index}} 项必须是{{item}}，但现在是{{type}}",
    },
  ],
  "config-target-name": [
    {
      en: '`{{name}}` is YAML\'s empty value, not a name: quote it (`"{{name2}}": {}`) or choose another name',
      zh: '`{{name}}` 在 YAML 里表示空值，不是名字：请加上引号（`"{{name}}": {}`），或换一个名字',
    },
    {
      en: '"{{name}}" is not a valid target name: use lowercase letters, digits, `-` and `_`, starting with a letter, at most 40 (it becomes part of variable names such as FAQOPS_STAGING_TOKEN)',
      zh: '"{{name}}" 不是有效的目标名字：请用小写字母、数字、`-` 和 `_`，以字母开头，最多 40 个字符（它会成为 FAQOPS_STAGING_TOKEN 这类变量名的一部分）',
    },
    {
      en: 'targets "{{a}}" and "{{b}}" would both read FAQOPS_{{prefix}}_* credentials: rename one',
      zh: '目标 "{{a}}" 和 "{{b}}" 会读取同一组 FAQOPS_{{prefix}}_* 凭据：请给其中一个改名',
    },
  ],
} as const satisfies Record<RuleId, readonly Entry[]>;
