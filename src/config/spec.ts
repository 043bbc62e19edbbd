/**
 * faqops.config.yaml's keys as one table: what each holds and means, in English and Chinese.
 * The loader (load.ts) checks a file against it, and the JSON Schema editors validate with
 * (schema.ts → schema/faqops-config.schema.json) is generated from it; test/config checks
 * that the two accept the same files.
 */

import type { Bilingual } from "../content/front-matter-spec.js";
import { TARGET_NAME_PATTERN } from "../content/parse/front-matter-keys.js";
import { APIS } from "../options/sync.js";

/** What one key holds. */
export type ConfigValueSpec =
  | { readonly kind: "choice"; readonly choices: readonly string[] }
  /** Text, not blank; `url`: one that parses as a URL (the endpoint). */
  | { readonly kind: "text"; readonly format?: "url" }
  | { readonly kind: "boolean" }
  | { readonly kind: "integer"; readonly minimum: number; readonly maximum: number }
  | { readonly kind: "number"; readonly maximum: number }
  /** `25%` or a number from 0 to 1. */
  | { readonly kind: "share" }
  /** A list (include), or `include:` and `exclude:` lists. */
  | { readonly kind: "filter"; readonly item: Bilingual };

export type ConfigKeySpec = ConfigValueSpec & { readonly description: Bilingual };

/** The keys a target may set; all but `lockfile` may also be set at the top level as defaults. */
export const TARGET_KEY_SPEC = {
  api: {
    kind: "choice",
    choices: APIS,
    description: {
      en: "The platform's open API: v1 (one request an entry) or v2 (batched imports). Default: v1.",
      zh: "平台开放接口：v1（每条一个请求）或 v2（批量导入）。默认 v1。",
    },
  },
  endpoint: {
    kind: "text",
    format: "url",
    description: {
      en: "The platform's base URL (https://). Default: the API's own.",
      zh: "平台的基础 URL（https://）。默认使用所选接口的地址。",
    },
  },
  lockfile: {
    kind: "text",
    description: {
      en: "The target's state lockfile, relative to the repository root. Default: faqops.<name>.lock.json. Each target needs its own.",
      zh: "该目标的状态锁文件，相对于仓库根目录。默认 faqops.<名字>.lock.json。每个目标必须各用一个。",
    },
  },
  publish: {
    kind: "boolean",
    description: {
      en: "Publish after every apply (like --publish). Default: false.",
      zh: "每次 apply 之后发布（同 --publish）。默认 false。",
    },
  },
  prune: {
    kind: "boolean",
    description: {
      en: "Take entries the content no longer has off the bot on apply (like --prune). Default: false.",
      zh: "apply 时把内容里已没有的条目从机器人上撤下（同 --prune）。默认 false。",
    },
  },
  "prune-max": {
    kind: "share",
    description: {
      en: "Refuse a prune that removes more than this share of the bot, such as 25% or 0.25. Default: 25%.",
      zh: "撤下的条目超过机器人的这个比例时拒绝执行，例如 25% 或 0.25。默认 25%。",
    },
  },
  rate: {
    kind: "number",
    maximum: 1000,
    description: {
      en: "Requests per second at most. Default: 5.",
      zh: "每秒最多请求数。默认 5。",
    },
  },
  concurrency: {
    kind: "integer",
    minimum: 1,
    maximum: 64,
    description: {
      en: "Requests in flight at once, 1 to 64. Default: 4.",
      zh: "同时进行的请求数，1 到 64。默认 4。",
    },
  },
  "batch-size": {
    kind: "integer",
    minimum: 1,
    maximum: 1000,
    description: {
      en: "v2: intents per import call, 1 to 1000. Default: 100.",
      zh: "v2：每次导入调用的意图数，1 到 1000。默认 100。",
    },
  },
  skills: {
    kind: "filter",
    item: { en: "a skill name", zh: "技能名" },
    description: {
      en: "Which skills the target takes: a list (only these), or include: and exclude: lists. Default: every skill.",
      zh: "该目标接收哪些技能：一个列表（只接收这些），或 include: 和 exclude: 两个列表。默认全部技能。",
    },
  },
  paths: {
    kind: "filter",
    item: { en: "a glob relative to the content folder", zh: "相对于内容文件夹的通配路径" },
    description: {
      en: "Which entry files the target takes, as globs relative to the content folder (such as internal/**): a list (only these), or include: and exclude: lists. Default: every file.",
      zh: "该目标接收哪些条目文件，写相对于内容文件夹的通配路径（例如 internal/**）：一个列表（只接收这些），或 include: 和 exclude: 两个列表。默认全部文件。",
    },
  },
} as const satisfies Record<string, ConfigKeySpec>;

export type TargetKey = keyof typeof TARGET_KEY_SPEC;

/** Keys only the top level has. */
export const TOP_KEY_SPEC = {
  content: {
    kind: "text",
    description: {
      en: "The content folder, relative to the repository root. Default: content.",
      zh: "内容文件夹，相对于仓库根目录。默认 content。",
    },
  },
} as const satisfies Record<string, ConfigKeySpec>;

/** Keys a target may set but the top level may not: a default for them makes no sense. */
export const TARGET_ONLY_KEYS: readonly TargetKey[] = ["lockfile"];

export const TARGETS_DESCRIPTION: Bilingual = {
  en: "The bots this repository syncs, by name (lowercase letters, digits, - and _, starting with a letter), each with its own settings. Leave it out for one bot.",
  zh: "本仓库同步的机器人，按名字列出（小写字母、数字、- 和 _，以字母开头），各有自己的设置。只有一个机器人时可以不写。",
};

/** A target name, as front matter `targets` writes it too. */
export { TARGET_NAME_PATTERN };

/** A target's name as environment variables spell it: upper case, `-` as `_`. */
export function environmentName(name: string): string {
  return name.toUpperCase().replace(/-/g, "_");
}
