/**
 * The front matter's keys as one table: what each holds, its limits, and what it means, in
 * English and Chinese. The compiler (front-matter.ts, compile.ts) enforces the rules; this
 * table restates them from the compiler's own constants (FRONT_MATTER_KEYS, LIMITS,
 * ID_PATTERN, THRESHOLD_DECIMALS) for what is generated from it: the JSON Schema editors
 * validate with (src/init/schema.ts → schema/faqops-entry.schema.json) and the key table of
 * the editors' README that `faqops init` writes. test/init/schema.test.ts checks that the
 * schema accepts exactly what the compiler accepts, case by case, so the two cannot drift
 * apart unnoticed.
 */
import { FRONT_MATTER_KEYS, ID_PATTERN, TARGET_NAME_PATTERN } from "./parse/front-matter-keys.js";
import { LIMITS } from "./rules.js";
import { DEFAULT_THRESHOLD, THRESHOLD_DECIMALS } from "./threshold.js";

export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** The same text in the two languages faqops's users write in. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/** What every key has: a short name and what to write. */
interface KeyText {
  readonly label: Bilingual;
  readonly description: Bilingual;
}

/**
 * What one key holds. Every key but `title` is optional, and an empty value (`key:`, `~`) is
 * "not set". A `line` is text on one line once trimmed, not blank; lengths are characters
 * (code points) of the trimmed text.
 */
export type KeySpec = KeyText &
  (
    | {
        readonly kind: "line";
        readonly required: boolean;
        readonly maxCharacters: number;
        /** `title-length` is a warning; `skill-length` an error. */
        readonly overMax: "error" | "warning";
      }
    | {
        readonly kind: "lines";
        /** `question-count`, a warning. */
        readonly maxItems: number;
        /** `question-length`, a warning. */
        readonly maxCharacters: number;
      }
    | { readonly kind: "pattern"; readonly pattern: RegExp }
    | {
        readonly kind: "names";
        /** Each name's pattern; the names themselves are the config's (faqops.config.yaml). */
        readonly pattern: RegExp;
      }
    | { readonly kind: "boolean" }
    | {
        readonly kind: "number";
        readonly minimum: number;
        readonly maximum: number;
        readonly decimals: number;
      }
  );

/** Every front matter key, in FRONT_MATTER_KEYS's order (a test checks the order). */
export const FRONT_MATTER_SPEC = {
  title: {
    kind: "line",
    required: true,
    maxCharacters: LIMITS.titleCharacters,
    overMax: "warning",
    label: { en: "Title", zh: "标题" },
    description: {
      en: `The standard question, on one line, as a user would ask it. Required. faqops check warns past ${LIMITS.titleCharacters} characters.`,
      zh: `标准问题，写成一行，用用户提问的说法。必填。超过 ${LIMITS.titleCharacters} 个字符时 faqops check 会警告。`,
    },
  },
  skill: {
    kind: "line",
    required: false,
    maxCharacters: LIMITS.skillCharacters,
    overMax: "error",
    label: { en: "Skill", zh: "技能" },
    description: {
      en: `The skill, 1 to ${LIMITS.skillCharacters} characters on one line. Leave it out to use the name of the entry's first-level folder.`,
      zh: `技能名，1 到 ${LIMITS.skillCharacters} 个字符，一行。不写时使用条目所在第一层文件夹的名字。`,
    },
  },
  questions: {
    kind: "lines",
    maxItems: LIMITS.questionCount,
    maxCharacters: LIMITS.questionCharacters,
    label: { en: "Similar questions", zh: "相似问题" },
    description: {
      en: `Other ways users ask the same question: a list, one line each, none the same as the title or another question (faqops check also ignores full-width/half-width and letter case when comparing). faqops check warns past ${LIMITS.questionCount} questions or ${LIMITS.questionCharacters} characters in one.`,
      zh: `用户问同一个问题的其他说法：列表，每项一行，不能与标题或其他相似问题相同（faqops check 比较时还忽略全角/半角和大小写）。超过 ${LIMITS.questionCount} 个，或单个超过 ${LIMITS.questionCharacters} 个字符时 faqops check 会警告。`,
    },
  },
  id: {
    kind: "pattern",
    pattern: ID_PATTERN,
    label: { en: "Id", zh: "编号" },
    description: {
      en: "A stable name for the entry, unique in the content: ASCII letters, digits, -, _ and / (such as card/apply).",
      zh: "条目的固定名称，在全部内容中唯一：只能用英文字母、数字、-、_ 和 /（例如 card/apply）。",
    },
  },
  draft: {
    kind: "boolean",
    label: { en: "Draft", zh: "草稿" },
    description: {
      en: "true keeps the entry off the bot; it is still checked like any other. Write true or false, without quotes.",
      zh: "写 true 表示草稿：不同步到机器人，但照常检查。写 true 或 false，不加引号。",
    },
  },
  threshold: {
    kind: "number",
    minimum: 0,
    maximum: 1,
    decimals: THRESHOLD_DECIMALS,
    label: { en: "Similarity threshold", zh: "相似度阈值" },
    description: {
      en: `How close a user's question must be to the title or a similar question: a number from 0 to 1 with at most ${THRESHOLD_DECIMALS} decimal places, without quotes (0.85). Higher is stricter; the platform's default is ${DEFAULT_THRESHOLD}. Sent only through the v2 API.`,
      zh: `用户的问题与标题或相似问题要多接近才用这条回答：0 到 1 之间的数字，最多 ${THRESHOLD_DECIMALS} 位小数，不加引号（0.85）。越高越严格；平台默认 ${DEFAULT_THRESHOLD}。只在使用 v2 接口时发送。`,
    },
  },
  targets: {
    kind: "names",
    pattern: TARGET_NAME_PATTERN,
    label: { en: "Targets", zh: "目标" },
    description: {
      en: "The only targets (bots) that take the entry, by their names in faqops.config.yaml, such as [staging]. Leave it out for every target.",
      zh: "只同步到这些目标（机器人），写 faqops.config.yaml 中的名字，例如 [staging]。不写时同步到所有目标。",
    },
  },
} as const satisfies Record<FrontMatterKey, KeySpec>;

/** The keys and their specs, in FRONT_MATTER_KEYS's order. */
export function frontMatterSpecs(): [FrontMatterKey, KeySpec][] {
  return FRONT_MATTER_KEYS.map((key) => [key, FRONT_MATTER_SPEC[key]]);
}
