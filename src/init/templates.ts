/**
 * The files `faqops init` writes, as text. The workflow is the README's ("Use it in your
 * repository"), and a test keeps the two identical; the key table of the editors' README comes
 * from FRONT_MATTER_SPEC, so neither can drift from what faqops checks.
 */
import { frontMatterSpecs } from "../content/front-matter-spec.js";
import { entryText } from "../content/front-matter-write.js";
import { CACHE_DIR } from "../options/paths.js";
import { SCHEMA_COPY } from "./schema.js";

/**
 * The GitHub workflow: a plan of every target on every pull request; a merge to main syncs the
 * staging bot; a release tag (or a manual run) promotes the same commit to production, behind
 * the production environment's reviewers (docs/targets.md).
 */
export const WORKFLOW_FILE = ".github/workflows/faq.yml";

/** Exactly the workflow in the README's "Use it in your repository", step 1. */
export const WORKFLOW = `name: FAQ
on:
  pull_request:
    paths: ["content/**", "faqops.config.yaml", "faqops*.lock.json", ".github/workflows/faq.yml"]
  push:
    branches: [main]
    paths: ["content/**", "faqops.config.yaml", ".github/workflows/faq.yml"]
    tags: ["v*"]          # a release: production syncs the tagged commit
  workflow_dispatch:      # production by hand: Run workflow, from a tag or main
permissions:
  contents: write         # the lockfile commits
  pull-requests: write    # the plan comment
jobs:
  plan:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: faqops/faqops@v1   # plans every target of faqops.config.yaml; needs no secrets
        id: faqops
      - uses: actions/upload-artifact@v4   # the preview of the changes, for reviewers
        with:
          name: faq-preview
          path: \${{ steps.faqops.outputs.preview }}
  staging:
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    environment: staging      # its secrets are the staging bot's
    concurrency: faq-staging  # one sync at a time, never cancelled halfway
    steps:
      - uses: actions/checkout@v5   # keep persist-credentials (the default): the push uses it
      - uses: faqops/faqops@v1      # commits faqops.staging.lock.json to main
        with:
          command: apply
          target: staging
          appid: \${{ secrets.FAQOPS_APPID }}
          token: \${{ secrets.FAQOPS_TOKEN }}
          encoding-aes-key: \${{ secrets.FAQOPS_ENCODING_AES_KEY }}
          manager-id: \${{ secrets.FAQOPS_MANAGER_ID }}
          publish: true
  production:
    if: startsWith(github.ref, 'refs/tags/v') || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    environment: production   # its secrets, and its required reviewers
    concurrency: faq-production
    steps:
      - uses: actions/checkout@v5
      - uses: faqops/faqops@v1      # from a tag too, commits faqops.production.lock.json to main
        with:
          command: apply
          target: production
          appid: \${{ secrets.FAQOPS_APPID }}
          token: \${{ secrets.FAQOPS_TOKEN }}
          encoding-aes-key: \${{ secrets.FAQOPS_ENCODING_AES_KEY }}
          manager-id: \${{ secrets.FAQOPS_MANAGER_ID }}
          publish: true
`;

/** The targets the workflow syncs, as faqops.config.yaml names them. */
export const WORKFLOW_TARGETS = ["staging", "production"] as const;

/** The action the workflow uses: the README asks to replace it with where faqops comes from. */
export const WORKFLOW_ACTION = "faqops/faqops@v1";

/** The secrets each sync job reads (its environment's); the AES key only with the v1 API. */
export const SECRETS = [
  { name: "FAQOPS_APPID", what: "the bot's APPID" },
  { name: "FAQOPS_TOKEN", what: "the bot's TOKEN" },
  {
    name: "FAQOPS_ENCODING_AES_KEY",
    what: "the bot's EncodingAESKey, 43 characters (v1 API only; not needed with api: v2)",
  },
  { name: "FAQOPS_MANAGER_ID", what: "the id of an administrator of the bot" },
] as const;

/** The example entry: a draft, so that it never reaches a bot by accident. */
export const EXAMPLE_FILE = "content/示例/营业时间.md";

/** The example entry's text, written as `faqops import` writes entries. */
export const EXAMPLE = entryText(
  { title: "营业时间是几点？", questions: ["几点开门", "周末营业吗"], draft: true },
  `周一至周五 9:00-18:00，周六 10:00-16:00，周日休息。

节假日安排见[营业公告](https://example.com/notice)。`,
  {
    before: [
      " 示例：faqops init 放的示例问答。draft: true 表示草稿，只检查，不同步到机器人。",
      " 参照它写好自己的问答后，删掉这个文件（或删掉 draft 这一行，并把文件夹改成你的技能名）。",
    ],
  },
);

/** The editors' guide, in Chinese; the loader never reads README.md as an entry. */
export const CONTENT_README_FILE = "content/README.md";

/** The key table of the editors' guide, from FRONT_MATTER_SPEC. */
function keyTable(): string {
  const rows = frontMatterSpecs().map(([key, spec]) => {
    const required = spec.kind === "line" && spec.required ? "是" : "否";
    return `| \`${key}\` | ${spec.label.zh}：${spec.description.zh} | ${required} |`;
  });
  return ["| 属性 | 写什么 | 必填 |", "| --- | --- | --- |", ...rows].join("\n");
}

export const CONTENT_README = `# FAQ 内容：写给编辑

这个文件夹里的每个 \`.md\` 文件是聊天机器人的一条问答（FAQ）。改动合并到 \`main\` 分支后，
会自动同步到微信对话开放平台。

## 一条问答

\`\`\`markdown
---
title: 营业时间是几点？
questions:
  - 几点开门
  - 周末营业吗
---

周一至周五 9:00-18:00。
\`\`\`

- 文件第一行必须是 \`---\`。两行 \`---\` 之间是**属性**（YAML）：\`title\` 是标准问题，
  \`questions\` 是相似问题（用户问同一件事的其他说法）。
- 下面是**答案**，用 Markdown 写。
- \`示例/营业时间.md\` 是一个示例（\`draft: true\`，不会同步）。照着它写好自己的问答后删掉它。

## 文件和文件夹

- 第一层文件夹名就是技能名：\`账户/开户.md\` 属于技能“账户”；\`账户/旧/销户.md\` 也是。
  也可以在属性里写 \`skill:\` 指定技能。
- 文件名以 \`_\` 或 \`.\` 开头的文件和 README.md 不会同步：可以用来放模板（如 \`_模板.md\`）和说明。
- 文件用 UTF-8 保存，文件名以小写 \`.md\` 结尾。

## 属性

${keyTable()}

- 属性的值是 YAML。包含 \`: \`（冒号加空格）或以 \`[\`、\`{\`、\`"\`、\`'\`、\`&\`、\`*\`、\`!\`、\`|\`、\`>\`、\`%\`、\`@\` 开头的文字要加引号：
  \`title: "营业时间: 几点"\`。
- 类型不会自动转换：标题真的是数字时写 \`title: "12"\`；\`draft: true\` 不加引号；\`threshold: 0.85\` 不加引号。
- 空值（\`questions:\` 后面什么都不写，或 \`~\`）等于没写。
- 相似问题不能和标题或其他相似问题相同；比较时不区分全角/半角和大小写（\`？\` 和 \`?\` 相同）。
  同一技能里，不同问答的标题和相似问题也不能相同。

## 答案

- 段落、标题、列表、\`**加粗**\`、\`*强调*\` 都变成纯文本：聊天里没有格式，符号会去掉；\`- 项目\` 变成 \`• 项目\`。
- 直接回车就是换行。段落之间空一行。
- 只有 \`---\` 的一行把答案分成几条消息，依次发给用户。
- 链接要写完整地址：\`[官网](https://example.com)\`。\`/help\`、\`www.example.com\` 这样的地址会报错。
- 不支持 HTML（如 \`<br>\`）、图片 \`![](…)\`、表格：换行直接回车；图片用下面的 \`::image\` 卡片；表格改成列表。

### 推荐问题 \`:ask\`

\`\`\`markdown
你还可以问：:ask[信用卡怎么还款]
:ask[人工服务]{q="客服电话是多少"}
\`\`\`

用户点一下就会发出这个问题。方括号里是显示的文字；\`q\` 是实际发出的问题（不写就是方括号里的文字）。
这个问题应当是某条问答的标题或相似问题，否则 \`faqops check\` 会警告（用户点了得不到回答）。

### 卡片

卡片单独占一行，以 \`::\` 开头，放在答案的最外层（不在列表或引用里）：

\`\`\`markdown
::news{title="周三美食五折" url="https://example.com/promo" picurl="https://example.com/food.jpg"}
::image{media_id="MEDIA_ID"}
::miniprogram{title="信用卡还款" appid="wx3f5c8a1b2d4e6f70" pagepath="pages/repay/index" thumb_media_id="THUMB_ID"}
\`\`\`

- \`::news\`：图文。必填 \`title\`、\`url\`；可选 \`description\`、\`picurl\`、\`type\`（网页 \`h5\`，默认；公众号文章 \`mp\`）。
  连续几行 \`::news\` 是同一条消息，最多 8 篇。
- \`::image\`：图片。必填 \`media_id\`（平台素材库里的编号）。
- \`::miniprogram\`：小程序卡片。必填 \`title\`、\`appid\`（\`wx\` 加 16 位小写十六进制）、\`pagepath\`、\`thumb_media_id\`。
- 一张卡片自己就是一条消息。值里有空格时加双引号。

## 检查和预览

- \`npx faqops check\`：检查所有文件，每个问题一行：\`文件:行:列: error 规则 说明\`。有错误的文件不会同步。
- \`npx faqops preview\`：生成一个网页，像微信对话一样显示每条问答（打印出网页的位置，用浏览器打开）。
- \`npx faqops plan\`：合并后会新增、修改哪些问答。
- 提交 Pull Request 后，会在 PR 里自动评论这次改动的计划；改动的预览在这次运行（Actions）的 \`faq-preview\` 附件里。
- 在编辑器里边写边检查属性：仓库里的 \`.remarkrc.json\` 配好了属性检查，配合 VS Code 的 remark 扩展
  （\`unifiedjs.vscode-remark\`）使用，设置方法见 faqops 文档 docs/editors.md。

完整写法见 faqops 文档 docs/content-format.md。
`;

/** The remark configuration: front matter checked against the schema's copy, in the editor. */
export const REMARK_CONFIG_FILE = ".remarkrc.json";

/**
 * Ajv (inside remark-lint-frontmatter-schema) checks `multipleOf` by dividing, so 0.7 is not a
 * "multiple of 0.0001" without a tolerance: 1e-9 accepts every threshold written with at most
 * 4 decimal places and refuses every one with 5 to 12.
 */
export const AJV_OPTIONS = { multipleOfPrecision: 9 } as const;

/** The remark configuration `faqops init` writes. */
export const REMARK_CONFIG = {
  plugins: [
    "remark-frontmatter",
    [
      "remark-lint-frontmatter-schema",
      { schemas: { [SCHEMA_COPY]: ["content/**/*.md"] }, ajvOptions: AJV_OPTIONS },
    ],
  ],
};

/** The names remark (unified-engine) reads its configuration from, besides package.json. */
export const REMARK_CONFIG_NAMES = [
  ".remarkrc",
  ".remarkrc.json",
  ".remarkrc.yaml",
  ".remarkrc.yml",
  ".remarkrc.js",
  ".remarkrc.cjs",
  ".remarkrc.mjs",
] as const;

/** The packages the remark configuration needs (the editor's extension finds them). */
export const REMARK_PACKAGES = [
  "remark-cli",
  "remark-frontmatter",
  "remark-lint-frontmatter-schema",
] as const;

/** VS Code's recommended extensions: the one that runs remark in the editor. */
export const VSCODE_EXTENSIONS_FILE = ".vscode/extensions.json";
export const REMARK_EXTENSION = "unifiedjs.vscode-remark";

/** The .gitignore line `faqops init` makes sure of. */
export const GITIGNORE_FILE = ".gitignore";
export const GITIGNORE_LINE = `${CACHE_DIR}/`;
export const GITIGNORE_BLOCK = `# faqops: the compile cache and previews, rebuilt when missing\n${GITIGNORE_LINE}\n`;

/** JSON as faqops init writes it: two spaces, a final line break. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
