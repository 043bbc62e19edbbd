/**
 * Front matter as faqops writes it (front-matter-write.ts, used by `faqops import` and
 * `faqops init`) is read back by faqops' own reader, through the compiler's public entry, as
 * the data written: for hand-picked values and seeded ones built from Chinese and full-width
 * text, quotes, colons, `#`, white space at either end, words YAML 1.1 reads as booleans,
 * numbers or dates, emoji and long lines. Every file is read twice: with comments around the
 * keys, which the reader leaves to the YAML library, and without, where simple front matter
 * takes the reader's fast path.
 */
import { describe, expect, it } from "vitest";
import {
  entryText,
  type FrontMatterComments,
  type FrontMatterData,
} from "../../src/content/front-matter-write.js";
import { compileFile } from "../../src/content/index.js";
import { seededRandom } from "../../src/seeded-random.js";

/** Text as the format sends it (docs/content-format.md): trimmed, NFC as written otherwise. */
const sent = (text: string): string => text.normalize("NFC").trim();
/** Text as the format compares it: NFKC, trimmed, case folded. */
const alike = (text: string): string => text.normalize("NFKC").trim().toLowerCase();

/** The folder the files are in: the skill when `skill` is not written. */
const FOLDER = "技能";
const BODY = "答案。";

/** One-line text that YAML (1.1 or 1.2) could read as something else, or not at all. */
const TRICKY = [
  // Booleans, null, numbers and dates to YAML 1.1, some of them to YAML 1.2 as well.
  ...["no", "No", "NO", "on", "off", "yes", "y", "n", "Y", "true", "True", "FALSE"],
  ...["null", "Null", "~", "12", "-12", "+12", "012", "1.0", ".5", "1e3", "1E+3", "1_000"],
  ...["0x10", "0o10", "0b101", "0xG", ".inf", "-.Inf", ".nan", "1:30", "190:20:30"],
  ...["2024-01-01", "2024-1-1", "2024-01-01 10:00:00", "2024-01-01T10:00:00Z", "<<", "="],
  // Indicators at the start, and `: ` and ` #` inside.
  ...["a: b", "a:b", "a :b", "a:", ":", ": a", "http://example.com/a?b=c#d", "营业时间: 几点"],
  ...["# 开头", "a #b", "a# b", "#", "a #", "'单引号'", '"双引号"', "it's", 'say "hi"'],
  ...["- 列表", "-", "--", "---", "...", "? 问号", "?", "[a, b]", "{a: b}", "]", "}", ","],
  ...["&anchor", "*alias", "!tag", "!!str x", "|", "|-", ">", ">+", "%YAML 1.2", "@at", "`a`"],
  ...["a, b", "a\\b", "\\n", "\\", "\\u0041", "a\tb", "a  b", "a'b\"c"],
  // White space at the ends: trimmed when read, as the format sends text.
  ...[
    "  前后空格  ",
    " 前",
    "后 ",
    "\t制表",
    "全角　空格",
    "　全角开头",
    "结尾全角　",
    "\u00a0nbsp\u00a0",
  ],
  // Full-width and Chinese text, emoji, Unicode forms.
  ...["营业时间：几点？", "中文（括号）【方括号】", "１２", "ｎｏ", "Ａ：Ｂ", "＃号", "～"],
  ...["emoji 😀👍🏽", "👨‍👩‍👧", "🇨🇳", "e\u0301", "\u212b", "\u2028中间", "零宽\u200b空格"],
];

/** Text the format refuses, which must still be read as the text written, not misread. */
const MULTI_LINE = [
  "第一行\n第二行",
  "a\n\nb",
  "a \n b",
  "line\n  indented",
  "- a\n- b",
  "k: v\nx: y",
];
const EMPTY = ["", " ", "　", "\t"];

/** Ids: letters, digits, `-`, `_`, `/` (the format's), many of them YAML 1.1 or 1.2 scalars. */
const ID_TRICKY = [
  ...["no", "on", "off", "yes", "Y", "n", "true", "False", "null", "NULL", "12", "012", "-1"],
  ...["0x10", "0o10", "0b101", "1_000", "1e3", "2024-01-01", "2024-01-01t10", "inf", "nan"],
  ...["-", "--", "---", "_", "/", "-a", "a/b", "card/apply", "0"],
];

const PIECES = [
  ...TRICKY,
  ..."账户开户信用卡还款营业时间请携带身份证",
  ..."，。？！：；“”‘’（）【】《》、——…￥＃＊＿＜＞［］｛｝｜～　",
  ..."abcXYZ019",
  ..."-?:,[]{}#&*!|>'\"%@`\\",
  ...[" ", " ", "\t", ": ", " #", "😀", "🀄"],
];

/** A one-line text that is not empty once trimmed. */
function text(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let out = "";
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n; i++) out += pick(PIECES);
  // Now and then a long line: the writer must not fold it.
  if (random() < 0.05) out += pick(PIECES).repeat(40 + Math.floor(random() * 80));
  return sent(out) === "" ? `${out}字` : out;
}

/** An id: pieces of the format's alphabet, many of them YAML scalars of some other type. */
function id(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let out = pick(ID_TRICKY);
  while (random() < 0.3) out += pick([...ID_TRICKY, "a", "Z", "9", "_", "-", "/"]);
  return out;
}

/** A skill: 1 to 30 characters once trimmed, as the format allows. */
function skill(random: () => number): string {
  const chars = [...text(random)].slice(0, 30);
  return sent(chars.join("")) === "" ? "技能" : chars.join("");
}

/** Front matter with every key, and similar questions none alike to another or the title. */
function entry(random: () => number): FrontMatterData {
  const title = text(random);
  const seen = new Set([alike(title)]);
  const questions: string[] = [];
  for (let i = Math.floor(random() * 6); i > 0; i--) {
    const q = text(random);
    if (seen.has(alike(q))) continue;
    seen.add(alike(q));
    questions.push(q);
  }
  const draft = random();
  return {
    title,
    questions,
    skill: random() < 0.5 ? skill(random) : undefined,
    id: random() < 0.5 ? id(random) : undefined,
    draft: draft < 0.3 ? undefined : draft < 0.65,
    threshold: random() < 0.5 ? Math.floor(random() * 10_001) / 10_000 : undefined,
  };
}

/** Comment lines that would mean something as YAML, or break a line where YAML does. */
const COMMENT_TRICKY = ["", " ", "---", "title: 注释", "a\rtitle: 注释", "a\r\nid: x", "a\u2028b"];

/** Comments above and below the keys: seeded text and COMMENT_TRICKY lines. */
function comments(random: () => number): FrontMatterComments {
  const line = (): string =>
    random() < 0.5 ? text(random) : COMMENT_TRICKY[Math.floor(random() * COMMENT_TRICKY.length)]!;
  const lines = (): string[] => Array.from({ length: Math.floor(random() * 4) }, line);
  return { before: lines(), after: lines() };
}

/** The file compiled: its entry's keys, and the rules of its diagnostics. */
function readBack(text: string) {
  const result = compileFile({
    source: `${FOLDER}/条目.md`,
    path: `content/${FOLDER}/条目.md`,
    bytes: Buffer.from(text, "utf8"),
  });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const e = result.entry;
  return {
    errors: errors.map((d) => `${d.ruleId}: ${d.message}`),
    keys: e && {
      title: e.title,
      questions: e.questions,
      skill: e.skill,
      id: e.id,
      draft: e.draft,
      threshold: e.threshold,
    },
  };
}

/** What the reader must give back for `data`. */
function expected(data: FrontMatterData) {
  return {
    title: sent(data.title),
    questions: (data.questions ?? []).map(sent),
    skill: sent(data.skill ?? FOLDER),
    id: data.id,
    draft: data.draft ?? false,
    threshold: data.threshold,
  };
}

function expectRoundTrip(data: FrontMatterData, notes: FrontMatterComments = {}): void {
  const text = entryText(data, BODY, notes);
  expect(readBack(text), text).toEqual({ errors: [], keys: expected(data) });
}

describe("front matter written by faqops", () => {
  it.each(TRICKY)("reads back %j as the title, a question and the skill", (value) => {
    const data = {
      title: value,
      questions: [`${value}？`],
      skill: [...value].slice(0, 30).join(""),
    };
    expectRoundTrip(data);
    expectRoundTrip(data, { before: [value], after: [value] });
  });

  it.each(ID_TRICKY)("reads back %j as the id, text", (value) => {
    expectRoundTrip({ title: "问题", id: value });
    expectRoundTrip({ title: "问题", id: value }, { after: [" 注释"] });
  });

  it.each([true, false])("reads back draft: %s, a boolean", (draft) => {
    expectRoundTrip({ title: "问题", draft });
  });

  it.each([0, 1, 0.9, 0.85, 0.1234, 0.0001])("reads back threshold: %s, a number", (threshold) => {
    expectRoundTrip({ title: "问题", threshold });
  });

  it.each(MULTI_LINE)(
    "reads back %j as text on several lines, which the format refuses",
    (value) => {
      for (const [data, rule] of [
        [{ title: value }, "title-multiline"],
        [{ title: "问题", questions: [value] }, "question-multiline"],
        [{ title: "问题", skill: value }, "skill-multiline"],
      ] as const) {
        const { errors } = readBack(entryText(data, BODY));
        expect(errors.map((e) => e.split(":")[0])).toEqual([rule]);
      }
    },
  );

  it.each(EMPTY)("reads back %j as an empty title, which the format refuses", (value) => {
    const { errors } = readBack(entryText({ title: value }, BODY));
    expect(errors.map((e) => e.split(":")[0])).toEqual(["title-required"]);
  });

  describe.each([20_261_127, 7, 424_242])("seeded entries (seed %i)", (seed) => {
    it("are read back as written, with comments around the keys and without", () => {
      const random = seededRandom(seed);
      for (let i = 0; i < 300; i++) {
        const data = entry(random);
        expectRoundTrip(data);
        expectRoundTrip(data, comments(random));
      }
    });
  });
});

describe("the text written", () => {
  it("is YAML 1.2 as a person writes it: quoted only where needed, never folded", () => {
    const long = "一个 很长的 问题".repeat(20);
    expect(
      entryText(
        { title: "no", questions: ["2024-01-01", "12", "a: b", long], id: "0o10", draft: true },
        BODY,
        { before: [" 上面的注释"], after: [" 下面的注释", "", "   缩进"] },
      ),
    ).toBe(
      [
        "---",
        "# 上面的注释",
        "title: no",
        "questions:",
        "  - 2024-01-01",
        '  - "12"',
        '  - "a: b"',
        `  - ${long}`,
        'id: "0o10"',
        "draft: true",
        "# 下面的注释",
        "#",
        "#   缩进",
        "---",
        "",
        BODY,
        "",
      ].join("\n"),
    );
  });

  it("keeps a body that looks like front matter as the body", () => {
    const body = "---\ntitle: 不是标题\n---\n\n答案";
    expect(entryText({ title: "问题" }, body)).toBe(`---\ntitle: 问题\n---\n\n${body}\n`);
  });
});
