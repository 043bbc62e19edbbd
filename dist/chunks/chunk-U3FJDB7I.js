import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  entryText
} from "./chunk-VYMFXBL5.js";
import {
  DEFAULT_THRESHOLD,
  THRESHOLD_DECIMALS
} from "./chunk-YY5BEC45.js";
import {
  CACHE_DIR,
  FRONT_MATTER_KEYS,
  ID_PATTERN,
  LIMITS,
  TARGET_NAME_PATTERN
} from "./chunk-U4KXGS5A.js";

// src/content/front-matter-spec.ts
var FRONT_MATTER_SPEC = {
  title: {
    kind: "line",
    required: true,
    maxCharacters: LIMITS.titleCharacters,
    overMax: "warning",
    label: { en: "Title", zh: "\u6807\u9898" },
    description: {
      en: `The standard question, on one line, as a user would ask it. Required. faqops check warns past ${LIMITS.titleCharacters} characters.`,
      zh: `\u6807\u51C6\u95EE\u9898\uFF0C\u5199\u6210\u4E00\u884C\uFF0C\u7528\u7528\u6237\u63D0\u95EE\u7684\u8BF4\u6CD5\u3002\u5FC5\u586B\u3002\u8D85\u8FC7 ${LIMITS.titleCharacters} \u4E2A\u5B57\u7B26\u65F6 faqops check \u4F1A\u8B66\u544A\u3002`
    }
  },
  skill: {
    kind: "line",
    required: false,
    maxCharacters: LIMITS.skillCharacters,
    overMax: "error",
    label: { en: "Skill", zh: "\u6280\u80FD" },
    description: {
      en: `The skill, 1 to ${LIMITS.skillCharacters} characters on one line. Leave it out to use the name of the entry's first-level folder.`,
      zh: `\u6280\u80FD\u540D\uFF0C1 \u5230 ${LIMITS.skillCharacters} \u4E2A\u5B57\u7B26\uFF0C\u4E00\u884C\u3002\u4E0D\u5199\u65F6\u4F7F\u7528\u6761\u76EE\u6240\u5728\u7B2C\u4E00\u5C42\u6587\u4EF6\u5939\u7684\u540D\u5B57\u3002`
    }
  },
  questions: {
    kind: "lines",
    maxItems: LIMITS.questionCount,
    maxCharacters: LIMITS.questionCharacters,
    label: { en: "Similar questions", zh: "\u76F8\u4F3C\u95EE\u9898" },
    description: {
      en: `Other ways users ask the same question: a list, one line each, none the same as the title or another question (faqops check also ignores full-width/half-width and letter case when comparing). faqops check warns past ${LIMITS.questionCount} questions or ${LIMITS.questionCharacters} characters in one.`,
      zh: `\u7528\u6237\u95EE\u540C\u4E00\u4E2A\u95EE\u9898\u7684\u5176\u4ED6\u8BF4\u6CD5\uFF1A\u5217\u8868\uFF0C\u6BCF\u9879\u4E00\u884C\uFF0C\u4E0D\u80FD\u4E0E\u6807\u9898\u6216\u5176\u4ED6\u76F8\u4F3C\u95EE\u9898\u76F8\u540C\uFF08faqops check \u6BD4\u8F83\u65F6\u8FD8\u5FFD\u7565\u5168\u89D2/\u534A\u89D2\u548C\u5927\u5C0F\u5199\uFF09\u3002\u8D85\u8FC7 ${LIMITS.questionCount} \u4E2A\uFF0C\u6216\u5355\u4E2A\u8D85\u8FC7 ${LIMITS.questionCharacters} \u4E2A\u5B57\u7B26\u65F6 faqops check \u4F1A\u8B66\u544A\u3002`
    }
  },
  id: {
    kind: "pattern",
    pattern: ID_PATTERN,
    label: { en: "Id", zh: "\u7F16\u53F7" },
    description: {
      en: "A stable name for the entry, unique in the content: ASCII letters, digits, -, _ and / (such as card/apply).",
      zh: "\u6761\u76EE\u7684\u56FA\u5B9A\u540D\u79F0\uFF0C\u5728\u5168\u90E8\u5185\u5BB9\u4E2D\u552F\u4E00\uFF1A\u53EA\u80FD\u7528\u82F1\u6587\u5B57\u6BCD\u3001\u6570\u5B57\u3001-\u3001_ \u548C /\uFF08\u4F8B\u5982 card/apply\uFF09\u3002"
    }
  },
  draft: {
    kind: "boolean",
    label: { en: "Draft", zh: "\u8349\u7A3F" },
    description: {
      en: "true keeps the entry off the bot; it is still checked like any other. Write true or false, without quotes.",
      zh: "\u5199 true \u8868\u793A\u8349\u7A3F\uFF1A\u4E0D\u540C\u6B65\u5230\u673A\u5668\u4EBA\uFF0C\u4F46\u7167\u5E38\u68C0\u67E5\u3002\u5199 true \u6216 false\uFF0C\u4E0D\u52A0\u5F15\u53F7\u3002"
    }
  },
  threshold: {
    kind: "number",
    minimum: 0,
    maximum: 1,
    decimals: THRESHOLD_DECIMALS,
    label: { en: "Similarity threshold", zh: "\u76F8\u4F3C\u5EA6\u9608\u503C" },
    description: {
      en: `How close a user's question must be to the title or a similar question: a number from 0 to 1 with at most ${THRESHOLD_DECIMALS} decimal places, without quotes (0.85). Higher is stricter; the platform's default is ${DEFAULT_THRESHOLD}. Sent only through the v2 API.`,
      zh: `\u7528\u6237\u7684\u95EE\u9898\u4E0E\u6807\u9898\u6216\u76F8\u4F3C\u95EE\u9898\u8981\u591A\u63A5\u8FD1\u624D\u7528\u8FD9\u6761\u56DE\u7B54\uFF1A0 \u5230 1 \u4E4B\u95F4\u7684\u6570\u5B57\uFF0C\u6700\u591A ${THRESHOLD_DECIMALS} \u4F4D\u5C0F\u6570\uFF0C\u4E0D\u52A0\u5F15\u53F7\uFF080.85\uFF09\u3002\u8D8A\u9AD8\u8D8A\u4E25\u683C\uFF1B\u5E73\u53F0\u9ED8\u8BA4 ${DEFAULT_THRESHOLD}\u3002\u53EA\u5728\u4F7F\u7528 v2 \u63A5\u53E3\u65F6\u53D1\u9001\u3002`
    }
  },
  targets: {
    kind: "names",
    pattern: TARGET_NAME_PATTERN,
    label: { en: "Targets", zh: "\u76EE\u6807" },
    description: {
      en: "The only targets (bots) that take the entry, by their names in faqops.config.yaml, such as [staging]. Leave it out for every target.",
      zh: "\u53EA\u540C\u6B65\u5230\u8FD9\u4E9B\u76EE\u6807\uFF08\u673A\u5668\u4EBA\uFF09\uFF0C\u5199 faqops.config.yaml \u4E2D\u7684\u540D\u5B57\uFF0C\u4F8B\u5982 [staging]\u3002\u4E0D\u5199\u65F6\u540C\u6B65\u5230\u6240\u6709\u76EE\u6807\u3002"
    }
  }
};
function frontMatterSpecs() {
  return FRONT_MATTER_KEYS.map((key) => [key, FRONT_MATTER_SPEC[key]]);
}

// src/init/schema.ts
var SCHEMA_COPY = ".faqops/faqops-entry.schema.json";
var ONE_LINE_PATTERN = String.raw`^\s*\S[^\n]*(?:\n\s*)?$`;
function entrySchema() {
  const specs = frontMatterSpecs();
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $comment: "Generated from src/content/front-matter-spec.ts by `npm run schema`; do not edit. faqops check is the last word: it also compares questions across entries.",
    title: "faqops FAQ entry front matter",
    description: bilingual({
      en: "The YAML front matter of one FAQ entry (a Markdown file in content/): the standard question, similar questions and options. An empty value (key: or ~) counts as not set.",
      zh: "\u4E00\u6761 FAQ\uFF08content/ \u4E2D\u7684\u4E00\u4E2A Markdown \u6587\u4EF6\uFF09\u5F00\u5934\u7684 YAML \u5C5E\u6027\uFF1A\u6807\u51C6\u95EE\u9898\u3001\u76F8\u4F3C\u95EE\u9898\u548C\u9009\u9879\u3002\u7A7A\u503C\uFF08key: \u6216 ~\uFF09\u7B49\u4E8E\u6CA1\u5199\u3002"
    }),
    type: "object",
    required: specs.filter(([, spec]) => spec.kind === "line" && spec.required).map(([k]) => k),
    additionalProperties: false,
    properties: Object.fromEntries(specs.map(([key, spec]) => [key, keySchema(spec)]))
  };
}
function keySchema(spec) {
  const text = {
    title: `${spec.label.en} / ${spec.label.zh}`,
    description: bilingual(spec.description)
  };
  switch (spec.kind) {
    case "line":
      return {
        ...text,
        type: spec.required ? "string" : ["string", "null"],
        ...line(spec.maxCharacters)
      };
    case "lines":
      return {
        ...text,
        type: ["array", "null"],
        maxItems: spec.maxItems,
        // Equal questions; the compiler also refuses ones that differ only in width or case.
        uniqueItems: true,
        items: { type: "string", ...line(spec.maxCharacters) }
      };
    case "pattern":
      return { ...text, type: ["string", "null"], pattern: spec.pattern.source };
    case "names":
      return {
        ...text,
        type: ["array", "null"],
        minItems: 1,
        items: { type: "string", pattern: spec.pattern.source }
      };
    case "boolean":
      return { ...text, type: ["boolean", "null"] };
    case "number":
      return {
        ...text,
        type: ["number", "null"],
        minimum: spec.minimum,
        maximum: spec.maximum,
        // Exact in decimal, not in binary: validators need a tolerance (docs/editors.md).
        multipleOf: 1 / 10 ** spec.decimals
      };
  }
}
function line(max) {
  return { minLength: 1, maxLength: max, pattern: ONE_LINE_PATTERN };
}
function bilingual(text) {
  return `${text.en}

${text.zh}`;
}
function entrySchemaText() {
  return `${JSON.stringify(entrySchema(), null, 2)}
`;
}

// src/init/templates.ts
var WORKFLOW_FILE = ".github/workflows/faq.yml";
var WORKFLOW = `name: FAQ
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
var WORKFLOW_TARGETS = ["staging", "production"];
var WORKFLOW_ACTION = "faqops/faqops@v1";
var SECRETS = [
  { name: "FAQOPS_APPID", what: "the bot's APPID" },
  { name: "FAQOPS_TOKEN", what: "the bot's TOKEN" },
  {
    name: "FAQOPS_ENCODING_AES_KEY",
    what: "the bot's EncodingAESKey, 43 characters (v1 API only; not needed with api: v2)"
  },
  { name: "FAQOPS_MANAGER_ID", what: "the id of an administrator of the bot" }
];
var EXAMPLE_FILE = "content/\u793A\u4F8B/\u8425\u4E1A\u65F6\u95F4.md";
var EXAMPLE = entryText(
  { title: "\u8425\u4E1A\u65F6\u95F4\u662F\u51E0\u70B9\uFF1F", questions: ["\u51E0\u70B9\u5F00\u95E8", "\u5468\u672B\u8425\u4E1A\u5417"], draft: true },
  `\u5468\u4E00\u81F3\u5468\u4E94 9:00-18:00\uFF0C\u5468\u516D 10:00-16:00\uFF0C\u5468\u65E5\u4F11\u606F\u3002

\u8282\u5047\u65E5\u5B89\u6392\u89C1[\u8425\u4E1A\u516C\u544A](https://example.com/notice)\u3002`,
  {
    before: [
      " \u793A\u4F8B\uFF1Afaqops init \u653E\u7684\u793A\u4F8B\u95EE\u7B54\u3002draft: true \u8868\u793A\u8349\u7A3F\uFF0C\u53EA\u68C0\u67E5\uFF0C\u4E0D\u540C\u6B65\u5230\u673A\u5668\u4EBA\u3002",
      " \u53C2\u7167\u5B83\u5199\u597D\u81EA\u5DF1\u7684\u95EE\u7B54\u540E\uFF0C\u5220\u6389\u8FD9\u4E2A\u6587\u4EF6\uFF08\u6216\u5220\u6389 draft \u8FD9\u4E00\u884C\uFF0C\u5E76\u628A\u6587\u4EF6\u5939\u6539\u6210\u4F60\u7684\u6280\u80FD\u540D\uFF09\u3002"
    ]
  }
);
var CONTENT_README_FILE = "content/README.md";
function keyTable() {
  const rows = frontMatterSpecs().map(([key, spec]) => {
    const required = spec.kind === "line" && spec.required ? "\u662F" : "\u5426";
    return `| \`${key}\` | ${spec.label.zh}\uFF1A${spec.description.zh} | ${required} |`;
  });
  return ["| \u5C5E\u6027 | \u5199\u4EC0\u4E48 | \u5FC5\u586B |", "| --- | --- | --- |", ...rows].join("\n");
}
var CONTENT_README = `# FAQ \u5185\u5BB9\uFF1A\u5199\u7ED9\u7F16\u8F91

\u8FD9\u4E2A\u6587\u4EF6\u5939\u91CC\u7684\u6BCF\u4E2A \`.md\` \u6587\u4EF6\u662F\u804A\u5929\u673A\u5668\u4EBA\u7684\u4E00\u6761\u95EE\u7B54\uFF08FAQ\uFF09\u3002\u6539\u52A8\u5408\u5E76\u5230 \`main\` \u5206\u652F\u540E\uFF0C
\u4F1A\u81EA\u52A8\u540C\u6B65\u5230\u5FAE\u4FE1\u5BF9\u8BDD\u5F00\u653E\u5E73\u53F0\u3002

## \u4E00\u6761\u95EE\u7B54

\`\`\`markdown
---
title: \u8425\u4E1A\u65F6\u95F4\u662F\u51E0\u70B9\uFF1F
questions:
  - \u51E0\u70B9\u5F00\u95E8
  - \u5468\u672B\u8425\u4E1A\u5417
---

\u5468\u4E00\u81F3\u5468\u4E94 9:00-18:00\u3002
\`\`\`

- \u6587\u4EF6\u7B2C\u4E00\u884C\u5FC5\u987B\u662F \`---\`\u3002\u4E24\u884C \`---\` \u4E4B\u95F4\u662F**\u5C5E\u6027**\uFF08YAML\uFF09\uFF1A\`title\` \u662F\u6807\u51C6\u95EE\u9898\uFF0C
  \`questions\` \u662F\u76F8\u4F3C\u95EE\u9898\uFF08\u7528\u6237\u95EE\u540C\u4E00\u4EF6\u4E8B\u7684\u5176\u4ED6\u8BF4\u6CD5\uFF09\u3002
- \u4E0B\u9762\u662F**\u7B54\u6848**\uFF0C\u7528 Markdown \u5199\u3002
- \`\u793A\u4F8B/\u8425\u4E1A\u65F6\u95F4.md\` \u662F\u4E00\u4E2A\u793A\u4F8B\uFF08\`draft: true\`\uFF0C\u4E0D\u4F1A\u540C\u6B65\uFF09\u3002\u7167\u7740\u5B83\u5199\u597D\u81EA\u5DF1\u7684\u95EE\u7B54\u540E\u5220\u6389\u5B83\u3002

## \u6587\u4EF6\u548C\u6587\u4EF6\u5939

- \u7B2C\u4E00\u5C42\u6587\u4EF6\u5939\u540D\u5C31\u662F\u6280\u80FD\u540D\uFF1A\`\u8D26\u6237/\u5F00\u6237.md\` \u5C5E\u4E8E\u6280\u80FD\u201C\u8D26\u6237\u201D\uFF1B\`\u8D26\u6237/\u65E7/\u9500\u6237.md\` \u4E5F\u662F\u3002
  \u4E5F\u53EF\u4EE5\u5728\u5C5E\u6027\u91CC\u5199 \`skill:\` \u6307\u5B9A\u6280\u80FD\u3002
- \u6587\u4EF6\u540D\u4EE5 \`_\` \u6216 \`.\` \u5F00\u5934\u7684\u6587\u4EF6\u548C README.md \u4E0D\u4F1A\u540C\u6B65\uFF1A\u53EF\u4EE5\u7528\u6765\u653E\u6A21\u677F\uFF08\u5982 \`_\u6A21\u677F.md\`\uFF09\u548C\u8BF4\u660E\u3002
- \u6587\u4EF6\u7528 UTF-8 \u4FDD\u5B58\uFF0C\u6587\u4EF6\u540D\u4EE5\u5C0F\u5199 \`.md\` \u7ED3\u5C3E\u3002

## \u5C5E\u6027

${keyTable()}

- \u5C5E\u6027\u7684\u503C\u662F YAML\u3002\u5305\u542B \`: \`\uFF08\u5192\u53F7\u52A0\u7A7A\u683C\uFF09\u6216\u4EE5 \`[\`\u3001\`{\`\u3001\`"\`\u3001\`'\`\u3001\`&\`\u3001\`*\`\u3001\`!\`\u3001\`|\`\u3001\`>\`\u3001\`%\`\u3001\`@\` \u5F00\u5934\u7684\u6587\u5B57\u8981\u52A0\u5F15\u53F7\uFF1A
  \`title: "\u8425\u4E1A\u65F6\u95F4: \u51E0\u70B9"\`\u3002
- \u7C7B\u578B\u4E0D\u4F1A\u81EA\u52A8\u8F6C\u6362\uFF1A\u6807\u9898\u771F\u7684\u662F\u6570\u5B57\u65F6\u5199 \`title: "12"\`\uFF1B\`draft: true\` \u4E0D\u52A0\u5F15\u53F7\uFF1B\`threshold: 0.85\` \u4E0D\u52A0\u5F15\u53F7\u3002
- \u7A7A\u503C\uFF08\`questions:\` \u540E\u9762\u4EC0\u4E48\u90FD\u4E0D\u5199\uFF0C\u6216 \`~\`\uFF09\u7B49\u4E8E\u6CA1\u5199\u3002
- \u76F8\u4F3C\u95EE\u9898\u4E0D\u80FD\u548C\u6807\u9898\u6216\u5176\u4ED6\u76F8\u4F3C\u95EE\u9898\u76F8\u540C\uFF1B\u6BD4\u8F83\u65F6\u4E0D\u533A\u5206\u5168\u89D2/\u534A\u89D2\u548C\u5927\u5C0F\u5199\uFF08\`\uFF1F\` \u548C \`?\` \u76F8\u540C\uFF09\u3002
  \u540C\u4E00\u6280\u80FD\u91CC\uFF0C\u4E0D\u540C\u95EE\u7B54\u7684\u6807\u9898\u548C\u76F8\u4F3C\u95EE\u9898\u4E5F\u4E0D\u80FD\u76F8\u540C\u3002

## \u7B54\u6848

- \u6BB5\u843D\u3001\u6807\u9898\u3001\u5217\u8868\u3001\`**\u52A0\u7C97**\`\u3001\`*\u5F3A\u8C03*\` \u90FD\u53D8\u6210\u7EAF\u6587\u672C\uFF1A\u804A\u5929\u91CC\u6CA1\u6709\u683C\u5F0F\uFF0C\u7B26\u53F7\u4F1A\u53BB\u6389\uFF1B\`- \u9879\u76EE\` \u53D8\u6210 \`\u2022 \u9879\u76EE\`\u3002
- \u76F4\u63A5\u56DE\u8F66\u5C31\u662F\u6362\u884C\u3002\u6BB5\u843D\u4E4B\u95F4\u7A7A\u4E00\u884C\u3002
- \u53EA\u6709 \`---\` \u7684\u4E00\u884C\u628A\u7B54\u6848\u5206\u6210\u51E0\u6761\u6D88\u606F\uFF0C\u4F9D\u6B21\u53D1\u7ED9\u7528\u6237\u3002
- \u94FE\u63A5\u8981\u5199\u5B8C\u6574\u5730\u5740\uFF1A\`[\u5B98\u7F51](https://example.com)\`\u3002\`/help\`\u3001\`www.example.com\` \u8FD9\u6837\u7684\u5730\u5740\u4F1A\u62A5\u9519\u3002
- \u4E0D\u652F\u6301 HTML\uFF08\u5982 \`<br>\`\uFF09\u3001\u56FE\u7247 \`![](\u2026)\`\u3001\u8868\u683C\uFF1A\u6362\u884C\u76F4\u63A5\u56DE\u8F66\uFF1B\u56FE\u7247\u7528\u4E0B\u9762\u7684 \`::image\` \u5361\u7247\uFF1B\u8868\u683C\u6539\u6210\u5217\u8868\u3002

### \u63A8\u8350\u95EE\u9898 \`:ask\`

\`\`\`markdown
\u4F60\u8FD8\u53EF\u4EE5\u95EE\uFF1A:ask[\u4FE1\u7528\u5361\u600E\u4E48\u8FD8\u6B3E]
:ask[\u4EBA\u5DE5\u670D\u52A1]{q="\u5BA2\u670D\u7535\u8BDD\u662F\u591A\u5C11"}
\`\`\`

\u7528\u6237\u70B9\u4E00\u4E0B\u5C31\u4F1A\u53D1\u51FA\u8FD9\u4E2A\u95EE\u9898\u3002\u65B9\u62EC\u53F7\u91CC\u662F\u663E\u793A\u7684\u6587\u5B57\uFF1B\`q\` \u662F\u5B9E\u9645\u53D1\u51FA\u7684\u95EE\u9898\uFF08\u4E0D\u5199\u5C31\u662F\u65B9\u62EC\u53F7\u91CC\u7684\u6587\u5B57\uFF09\u3002
\u8FD9\u4E2A\u95EE\u9898\u5E94\u5F53\u662F\u67D0\u6761\u95EE\u7B54\u7684\u6807\u9898\u6216\u76F8\u4F3C\u95EE\u9898\uFF0C\u5426\u5219 \`faqops check\` \u4F1A\u8B66\u544A\uFF08\u7528\u6237\u70B9\u4E86\u5F97\u4E0D\u5230\u56DE\u7B54\uFF09\u3002

### \u5361\u7247

\u5361\u7247\u5355\u72EC\u5360\u4E00\u884C\uFF0C\u4EE5 \`::\` \u5F00\u5934\uFF0C\u653E\u5728\u7B54\u6848\u7684\u6700\u5916\u5C42\uFF08\u4E0D\u5728\u5217\u8868\u6216\u5F15\u7528\u91CC\uFF09\uFF1A

\`\`\`markdown
::news{title="\u5468\u4E09\u7F8E\u98DF\u4E94\u6298" url="https://example.com/promo" picurl="https://example.com/food.jpg"}
::image{media_id="MEDIA_ID"}
::miniprogram{title="\u4FE1\u7528\u5361\u8FD8\u6B3E" appid="wx3f5c8a1b2d4e6f70" pagepath="pages/repay/index" thumb_media_id="THUMB_ID"}
\`\`\`

- \`::news\`\uFF1A\u56FE\u6587\u3002\u5FC5\u586B \`title\`\u3001\`url\`\uFF1B\u53EF\u9009 \`description\`\u3001\`picurl\`\u3001\`type\`\uFF08\u7F51\u9875 \`h5\`\uFF0C\u9ED8\u8BA4\uFF1B\u516C\u4F17\u53F7\u6587\u7AE0 \`mp\`\uFF09\u3002
  \u8FDE\u7EED\u51E0\u884C \`::news\` \u662F\u540C\u4E00\u6761\u6D88\u606F\uFF0C\u6700\u591A 8 \u7BC7\u3002
- \`::image\`\uFF1A\u56FE\u7247\u3002\u5FC5\u586B \`media_id\`\uFF08\u5E73\u53F0\u7D20\u6750\u5E93\u91CC\u7684\u7F16\u53F7\uFF09\u3002
- \`::miniprogram\`\uFF1A\u5C0F\u7A0B\u5E8F\u5361\u7247\u3002\u5FC5\u586B \`title\`\u3001\`appid\`\uFF08\`wx\` \u52A0 16 \u4F4D\u5C0F\u5199\u5341\u516D\u8FDB\u5236\uFF09\u3001\`pagepath\`\u3001\`thumb_media_id\`\u3002
- \u4E00\u5F20\u5361\u7247\u81EA\u5DF1\u5C31\u662F\u4E00\u6761\u6D88\u606F\u3002\u503C\u91CC\u6709\u7A7A\u683C\u65F6\u52A0\u53CC\u5F15\u53F7\u3002

## \u68C0\u67E5\u548C\u9884\u89C8

- \`npx faqops check\`\uFF1A\u68C0\u67E5\u6240\u6709\u6587\u4EF6\uFF0C\u6BCF\u4E2A\u95EE\u9898\u4E00\u884C\uFF1A\`\u6587\u4EF6:\u884C:\u5217: error \u89C4\u5219 \u8BF4\u660E\`\u3002\u6709\u9519\u8BEF\u7684\u6587\u4EF6\u4E0D\u4F1A\u540C\u6B65\u3002
- \`npx faqops preview\`\uFF1A\u751F\u6210\u4E00\u4E2A\u7F51\u9875\uFF0C\u50CF\u5FAE\u4FE1\u5BF9\u8BDD\u4E00\u6837\u663E\u793A\u6BCF\u6761\u95EE\u7B54\uFF08\u6253\u5370\u51FA\u7F51\u9875\u7684\u4F4D\u7F6E\uFF0C\u7528\u6D4F\u89C8\u5668\u6253\u5F00\uFF09\u3002
- \`npx faqops plan\`\uFF1A\u5408\u5E76\u540E\u4F1A\u65B0\u589E\u3001\u4FEE\u6539\u54EA\u4E9B\u95EE\u7B54\u3002
- \u63D0\u4EA4 Pull Request \u540E\uFF0C\u4F1A\u5728 PR \u91CC\u81EA\u52A8\u8BC4\u8BBA\u8FD9\u6B21\u6539\u52A8\u7684\u8BA1\u5212\uFF1B\u6539\u52A8\u7684\u9884\u89C8\u5728\u8FD9\u6B21\u8FD0\u884C\uFF08Actions\uFF09\u7684 \`faq-preview\` \u9644\u4EF6\u91CC\u3002
- \u5728\u7F16\u8F91\u5668\u91CC\u8FB9\u5199\u8FB9\u68C0\u67E5\u5C5E\u6027\uFF1A\u4ED3\u5E93\u91CC\u7684 \`.remarkrc.json\` \u914D\u597D\u4E86\u5C5E\u6027\u68C0\u67E5\uFF0C\u914D\u5408 VS Code \u7684 remark \u6269\u5C55
  \uFF08\`unifiedjs.vscode-remark\`\uFF09\u4F7F\u7528\uFF0C\u8BBE\u7F6E\u65B9\u6CD5\u89C1 faqops \u6587\u6863 docs/editors.md\u3002

\u5B8C\u6574\u5199\u6CD5\u89C1 faqops \u6587\u6863 docs/content-format.md\u3002
`;
var REMARK_CONFIG_FILE = ".remarkrc.json";
var AJV_OPTIONS = { multipleOfPrecision: 9 };
var REMARK_CONFIG = {
  plugins: [
    "remark-frontmatter",
    [
      "remark-lint-frontmatter-schema",
      { schemas: { [SCHEMA_COPY]: ["content/**/*.md"] }, ajvOptions: AJV_OPTIONS }
    ]
  ]
};
var REMARK_CONFIG_NAMES = [
  ".remarkrc",
  ".remarkrc.json",
  ".remarkrc.yaml",
  ".remarkrc.yml",
  ".remarkrc.js",
  ".remarkrc.cjs",
  ".remarkrc.mjs"
];
var REMARK_PACKAGES = [
  "remark-cli",
  "remark-frontmatter",
  "remark-lint-frontmatter-schema"
];
var VSCODE_EXTENSIONS_FILE = ".vscode/extensions.json";
var REMARK_EXTENSION = "unifiedjs.vscode-remark";
var GITIGNORE_FILE = ".gitignore";
var GITIGNORE_LINE = `${CACHE_DIR}/`;
var GITIGNORE_BLOCK = `# faqops: the compile cache and previews, rebuilt when missing
${GITIGNORE_LINE}
`;
function jsonText(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}

export {
  SCHEMA_COPY,
  entrySchema,
  entrySchemaText,
  WORKFLOW_FILE,
  WORKFLOW,
  WORKFLOW_TARGETS,
  WORKFLOW_ACTION,
  SECRETS,
  EXAMPLE_FILE,
  EXAMPLE,
  CONTENT_README_FILE,
  CONTENT_README,
  REMARK_CONFIG_FILE,
  REMARK_CONFIG,
  REMARK_CONFIG_NAMES,
  REMARK_PACKAGES,
  VSCODE_EXTENSIONS_FILE,
  REMARK_EXTENSION,
  GITIGNORE_FILE,
  GITIGNORE_LINE,
  GITIGNORE_BLOCK,
  jsonText
};
