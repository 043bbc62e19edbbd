/**
 * The errors users meet, in Chinese: every error message and hint template written in the files
 * below has a catalogue entry (read from the source, so a new message without one fails here),
 * the platform's code tables translate whole, and errors thrown by the real functions translate
 * with no English sentence left.
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FaqopsError } from "../../src/errors.js";
import { ERROR_HINTS, ERROR_MESSAGES } from "../../src/i18n/errors.js";
import { localizeError, localizeText, resolveLang } from "../../src/i18n/index.js";
import { translate } from "../../src/i18n/template.js";
import {
  booleanValue,
  choiceValue,
  integerValue,
  numberValue,
  resolveSyncOptions,
  shareValue,
  stringValue,
} from "../../src/options.js";
import { describeCode, KNOWN_CODES } from "../../src/platform/codes.js";
import {
  checkToken,
  readCredentials,
  readV2Credentials,
  resolveEndpoint,
} from "../../src/platform/credentials.js";
import { PlatformError } from "../../src/platform/errors.js";
import {
  describeV2Code,
  KNOWN_V2_CODES,
  PERMISSION_HINT,
  SIGNATURE_HINT,
  TOKEN_CALL_HINT,
} from "../../src/platform/v2/codes.js";
import { parseJournal, readJournal } from "../../src/sync/journal.js";
import { parseLockfile, readLockfileIfAny } from "../../src/sync/lockfile.js";
import { readSavedPlan } from "../../src/sync/saved-plan.js";
import { allEntries, englishLeft, normalizedTemplates } from "./helpers.js";
import { collectMessages, REPO } from "./source-messages.js";

/** The files whose error messages and hints must all have entries. */
function errorFiles(): string[] {
  const cli = readdirSync(path.join(REPO, "src/cli"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/cli/${f.split(path.sep).join("/")}`);
  return [
    ...cli.sort(),
    "src/options.ts",
    "src/platform/credentials.ts",
    "src/platform/codes.ts",
    "src/platform/v2/codes.ts",
    "src/sync/lockfile.ts",
    "src/sync/journal.ts",
    "src/sync/saved-plan.ts",
    "src/fs/state-file.ts",
    "src/i18n/lang.ts",
  ];
}

/** Pieces the source reader finds in messages' holes that are values, or read as a whole. */
const NOT_MESSAGES = [
  // saved-plan.ts: the plan file's format tag, a value.
  "faqops-plan/1",
  // credentials.ts: an endpoint's origin, `https://host`, a value.
  "{{}}//{{}}",
];

/** Messages and hints written as a variable: where their text is collected instead. */
const DYNAMIC = [
  // journal.ts: journalState(…).hint, a `hint:` property, collected.
  "src/sync/journal.ts: hint",
  // state-file.ts: the caller's `hint` (lockfile.ts, journal.ts `hint:` properties), collected.
  "src/fs/state-file.ts: hint",
  "src/fs/state-file.ts: hint",
].sort();

describe("the errors catalogue", () => {
  it("has an entry for every error message and hint template of the CLI and its inputs", () => {
    const { templates, dynamic } = collectMessages(errorFiles(), {
      calls: { fail: 0, SERVER_FAULT: 0 },
      errors: true,
      properties: ["hint", "meaning", "todo", "missing"],
      returnsOf: ["lockEntryProblem", "pendingTaskProblem", "firstDifference"],
    });
    const known = new Set([...normalizedTemplates(allEntries()), ...NOT_MESSAGES]);
    const missing = templates.filter((t) => !known.has(t.template));
    expect(missing.map((t) => `${t.where}: ${t.template}`)).toEqual([]);
    expect(dynamic.map((d) => `${d.where.replace(/:\d+$/, "")}: ${d.expression}`).sort()).toEqual(
      DYNAMIC,
    );
  });

  it("translates every platform error code's meaning and hint, known or not", () => {
    const infos = [
      ...KNOWN_CODES.map(describeCode),
      describeCode(99_999),
      ...KNOWN_V2_CODES.map(describeV2Code),
      describeV2Code(99_999),
    ];
    for (const info of infos) {
      const message = `setautoreply: ${info.meaning}: code 1001 ("invalid token").`;
      expectChinese(translate(ERROR_MESSAGES, message), message);
      expectChinese(translate(ERROR_HINTS, info.todo), info.todo);
    }
    for (const hint of [PERMISSION_HINT, SIGNATURE_HINT, TOKEN_CALL_HINT]) {
      expectChinese(translate(ERROR_HINTS, hint), hint);
    }
  });
});

function expectChinese(
  translation: { text: string; complete: boolean } | undefined,
  english: string,
): void {
  expect(translation?.complete, english).toBe(true);
  expect(englishLeft(translation!.text), english).toEqual([]);
  expect(translation!.text).toMatch(/\p{Script=Han}/u);
}

/** The error `run` throws (synchronously or not). */
async function thrown(run: () => unknown): Promise<FaqopsError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(FaqopsError);
    return error as FaqopsError;
  }
  throw new Error("nothing was thrown");
}

let tmp: string | undefined;
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("errors thrown by the real functions", () => {
  const lockEntry = { skill: "账户", title: "开户", hash: "h", source: "账户/开户.md" };
  /** Each case; `system` removes what the system wrote (JSON.parse's own words) before checking. */
  const cases: [string, () => unknown, RegExp?][] = [
    // Flags and inputs (options.ts, lang.ts)
    ["a flag without a value", () => stringValue("out", true)],
    ["a whole number", () => integerValue("--port", "x", 1, { min: 0, max: 9 })],
    ["a number", () => numberValue("--rate", "0", 1, 10)],
    ["a share", () => shareValue("--prune-max", "2", 0.25)],
    ["a boolean", () => booleanValue("dry-run", "maybe", false)],
    ["a choice", () => choiceValue("--api", "v3", ["v1", "v2"] as const, "v1")],
    ["--replace-all on v1", () => resolveSyncOptions({ cwd: "/", replaceAll: true })],
    ["--replace-all alone", () => resolveSyncOptions({ cwd: "/", replaceAll: true, api: "v2" })],
    ["a language", () => resolveLang({ flag: "fr", env: {} })],
    ["a language flag without a value", () => resolveLang({ flag: true, env: {} })],
    // Credentials and endpoint
    ["missing credentials", () => readCredentials({})],
    ["a missing credential", () => readCredentials({ FAQOPS_APPID: "a", FAQOPS_TOKEN: "t" })],
    ["missing v2 credentials", () => readV2Credentials({})],
    ["a bad token", () => checkToken("a b")],
    ["an empty token", () => checkToken("")],
    ["not a URL", () => resolveEndpoint({ url: "not a url" }, {})],
    ["a scheme", () => resolveEndpoint({ url: "ftp://a.example" }, {})],
    ["a query", () => resolveEndpoint({ url: "https://a.example/?x=1" }, {})],
    ["a fragment", () => resolveEndpoint({}, { FAQOPS_ENDPOINT: "https://a.example/#x" })],
    ["plain http", () => resolveEndpoint({ url: "http://a.example" }, {})],
    // The lockfile, its journal, plan files
    [
      "a lockfile not JSON",
      () => parseLockfile("{", "faqops.lock.json"),
      /（[^（）]*JSON[^（）]*）/,
    ],
    ["a lockfile not an object", () => parseLockfile("[]", "faqops.lock.json")],
    ["a lockfile without version", () => parseLockfile("{}", "faqops.lock.json")],
    ["a newer lockfile", () => parseLockfile('{"version": 99}', "faqops.lock.json")],
    ["an unknown version", () => parseLockfile('{"version": 1}', "faqops.lock.json")],
    ["entries not a list", () => parseLockfile('{"version": 3, "entries": 1}', "f.json")],
    [
      "an entry missing its skill",
      () => parseLockfile(JSON.stringify({ version: 3, entries: [{ title: "t" }] }), "f.json"),
    ],
    [
      "a repeated entry",
      () =>
        parseLockfile(
          JSON.stringify({
            version: 3,
            entries: [
              { ...lockEntry, status: "synced" },
              { ...lockEntry, status: "synced" },
            ],
          }),
          "f.json",
        ),
    ],
    [
      "a bad status",
      () =>
        parseLockfile(
          JSON.stringify({ version: 3, entries: [{ ...lockEntry, status: "x" }] }),
          "f.json",
        ),
    ],
    [
      "a bad task",
      () =>
        parseLockfile(
          JSON.stringify({
            version: 3,
            entries: [],
            tasks: [{ id: "1", submitted: "t", mode: 0, items: [{ entry: {} }] }],
          }),
          "f.json",
        ),
    ],
    [
      "a malformed prune",
      () => parseLockfile(JSON.stringify({ version: 3, entries: [], pruned: 1 }), "f.json"),
    ],
    ["a damaged journal", () => parseJournal("not json\n", "faqops.lock.json.journal")],
    [
      "a lockfile that is a link",
      async () => {
        tmp ??= mkdtempSync(path.join(tmpdir(), "faqops-i18n-"));
        writeFileSync(path.join(tmp, "real.json"), "{}");
        symlinkSync("real.json", path.join(tmp, "link.json"));
        await readLockfileIfAny(path.join(tmp, "link.json"), "link.json");
      },
    ],
    [
      "a journal linked to nothing",
      async () => {
        tmp ??= mkdtempSync(path.join(tmpdir(), "faqops-i18n-"));
        symlinkSync("nowhere", path.join(tmp, "x.journal"));
        await readJournal({ path: path.join(tmp, "x.journal"), display: "x.journal" });
      },
    ],
    [
      "a plan file not JSON",
      async () => {
        tmp ??= mkdtempSync(path.join(tmpdir(), "faqops-i18n-"));
        writeFileSync(path.join(tmp, "plan.json"), "{");
        await readSavedPlan(path.join(tmp, "plan.json"), "plan.json");
      },
    ],
    [
      "a plan file of another format",
      async () => {
        tmp ??= mkdtempSync(path.join(tmpdir(), "faqops-i18n-"));
        writeFileSync(path.join(tmp, "other.json"), "{}");
        await readSavedPlan(path.join(tmp, "other.json"), "other.json");
      },
    ],
  ];

  for (const [name, run, system] of cases) {
    it(`${name}: message and hint in Chinese`, async () => {
      const error = await thrown(run);
      const zh = localizeError(error, "zh-CN");
      const translated = translate(ERROR_MESSAGES, error.message);
      expectChinese(
        translated && { ...translated, text: translated.text.replace(system ?? /^$/, "") },
        error.message,
      );
      if (error.hint !== undefined) expectChinese(translate(ERROR_HINTS, error.hint), error.hint);
      expect(zh.message).toBe(translate(ERROR_MESSAGES, error.message)!.text);
      expect(localizeError(error, "en")).toEqual({ message: error.message, hint: error.hint });
    });
  }

  it("a platform error: the action and code kept, the meaning and hint translated", () => {
    const info = describeCode(1001);
    const error = new PlatformError(`setautoreply: ${info.meaning}: code 1001 ("invalid").`, {
      action: "setautoreply",
      kind: "fatal",
      code: 1001,
      hint: info.todo,
    });
    expect(localizeError(error, "zh-CN")).toEqual({
      message: 'setautoreply：TOKEN 无效：错误码 1001（"invalid"）。',
      hint: "请对照机器人后台检查 FAQOPS_TOKEN（它可能已被重置）",
    });
    const v2 = describeV2Code(210202);
    const refused = `/v2/bot/import/json: ${v2.meaning}: code 210202 ("no auth"; err_detail 7), with a new access token too.`;
    expectChinese(translate(ERROR_MESSAGES, refused), refused);
  });

  it("an error faqops did not throw on purpose keeps its message", () => {
    expect(localizeError(new TypeError("x is undefined"), "zh-CN")).toEqual({
      message: "x is undefined",
      hint: undefined,
    });
  });

  it("as the CLI prints it (`faqops: …` and `hint: …` lines) through localizeText", async () => {
    const error = await thrown(() => readCredentials({}));
    const printed = `faqops: ${error.message}\nhint: ${error.hint}\n`;
    const zh = localizeError(error, "zh-CN");
    expect(localizeText(printed, "zh-CN")).toBe(`faqops：${zh.message}\n提示：${zh.hint}\n`);
  });
});
