/**
 * The errors users meet, in Chinese: every error message and hint template written in the files
 * below has a catalogue entry (read from the source, so a new message without one fails here),
 * the platform's code tables translate whole, and errors thrown by the real functions translate
 * with no English sentence left.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { selectTargets } from "../../src/cli/targets.js";
import { readProjectConfig } from "../../src/config/load.js";
import { parseProjectConfig } from "../../src/config/parse.js";
import { FaqopsError, type Remedy } from "../../src/errors.js";
import { ERROR_HINTS, ERROR_MESSAGES } from "../../src/i18n/errors.js";
import {
  localizeError,
  localizeErrorText,
  localizeText,
  resolveLang,
} from "../../src/i18n/index.js";
import { translate } from "../../src/i18n/template.js";
import { resolveSyncOptions } from "../../src/options/sync.js";
import {
  booleanValue,
  choiceValue,
  integerValue,
  numberValue,
  shareValue,
  stringValue,
} from "../../src/options/values.js";
import { describeCode, KNOWN_CODES } from "../../src/platform/codes.js";
import {
  checkToken,
  platformVariables,
  readCredentials,
  readV2Credentials,
  resolveEndpoint,
} from "../../src/platform/credentials.js";
import { PlatformError } from "../../src/platform/errors.js";
import { classifyRequestError } from "../../src/platform/transport.js";
import {
  describeV2Code,
  KNOWN_V2_CODES,
  PERMISSION_REMEDY,
  SIGNATURE_REMEDY,
  TOKEN_CALL_REMEDY,
} from "../../src/platform/v2/codes.js";
import { errorWords } from "../../src/render/error.js";
import { remedyText } from "../../src/render/remedy.js";
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
    "src/config/load.ts",
    "src/config/parse.ts",
    "src/config/targets.ts",
    "src/options/values.ts",
    "src/options/paths.ts",
    "src/options/content.ts",
    "src/options/sync.ts",
    "src/content/load.ts",
    "src/content/answer-reader.ts",
    "src/platform/credentials.ts",
    "src/platform/codes.ts",
    "src/platform/v2/codes.ts",
    "src/sync/lockfile.ts",
    "src/sync/journal.ts",
    "src/sync/saved-plan.ts",
    "src/fs/state-file.ts",
    "src/i18n/lang.ts",
    "src/action/inputs.ts",
    "src/action/main.ts",
    "src/action/git.ts",
    "src/action/comment.ts",
  ];
}

/** Pieces the source reader finds in messages' holes that are values, or read as a whole. */
const NOT_MESSAGES = [
  // errors.ts OptionConflictError: which options conflict, a value; render/error.ts words it.
  "replace-all-on-v1",
  "replace-all-without-prune",
  // saved-plan.ts: the plan file's format tag, a value.
  "faqops-plan/1",
  // credentials.ts: an endpoint's origin, `https://host`, a value.
  "{{}}//{{}}",
  // git.ts: the remote's default name; comment.ts: GitHub API URLs. Values.
  "origin",
  "{{}}/repos/{{}}",
  "{{}}/issues/{{}}/comments?per_page={{}}",
];

/** Messages and hints written as a variable: where their text is collected instead. */
const DYNAMIC = [
  // comment.ts: a hint only for some statuses (`… ? "…" : undefined`), the text collected.
  "src/action/comment.ts: undefined",
  // journal.ts: journalState(…).hint, a `hint:` property, collected.
  "src/sync/journal.ts: hint",
  // state-file.ts: the caller's `hint` (lockfile.ts, journal.ts `hint:` properties), collected.
  "src/fs/state-file.ts: hint",
  "src/fs/state-file.ts: hint",
].sort();

/** The files of the platform's clients and of apply and publish, whose messages reach users. */
const PLATFORM_FILES = [
  "src/platform/transport.ts",
  "src/platform/client.ts",
  "src/platform/v2/client.ts",
  "src/sync/apply.ts",
  "src/sync/apply-v2.ts",
  "src/sync/publish.ts",
];

/** Internal errors: a bug's message, for whoever fixes it, stays as it is (localizeError). */
const BUGS = [
  "importJson: mode must be 0 or 1; got {{}}.",
  "fetchTask: the task id must be a non-empty string.",
  'importJson: old_intent cannot go with mode 1 (a rename of "{{}}" to "{{}}").',
  "applyPlan: a v2 plan needs connectV2",
];

/** Their messages written as a variable or a call: where their text is collected instead. */
const PLATFORM_DYNAMIC = [
  // The code tables' hints (codes.ts, v2/codes.ts): the "translates every platform error code"
  // test below reads them whole.
  "src/platform/client.ts: info.todo",
  "src/platform/v2/client.ts: info.todo",
  // transport.ts: failWith's `action: message`, built from the messages collected here.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal.
  "src/platform/transport.ts: by(`${action}: ${message}`)",
  "src/platform/transport.ts: by(details.hint)",
  // transport.ts: what classifyRequestError returned (its `systemic` and `transient`, collected).
  "src/platform/transport.ts: failure.message",
  "src/platform/transport.ts: failure.reason",
  "src/platform/transport.ts: failure.repeated.message",
  "src/platform/transport.ts: redactCall(failed.reason)",
  // transport.ts: the callers' own messages passed on (`fail`, `notThePlatform`'s `what`).
  "src/platform/transport.ts: message",
  "src/platform/transport.ts: message",
  "src/platform/transport.ts: undefined",
  "src/platform/transport.ts: what",
  // apply-v2.ts: a platform error's message (collected above), and failureMessage (returnsOf).
  "src/sync/apply-v2.ts: error.message",
  "src/sync/apply-v2.ts: failureMessage(status)",
  // apply.ts: a refused prune carries data; render/prune.ts words it (test/render/prune.test.ts).
  "src/sync/apply.ts: prune.refusal",
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

  it("has an entry for every message, hint and retry reason of the clients, apply and publish", () => {
    const { templates, dynamic } = collectMessages(PLATFORM_FILES, {
      calls: {
        fail: 1,
        failHere: 1,
        "call.fail": 1,
        "transport.fail": 2,
        "call.notThePlatform": 1,
        misshapen: 2,
        systemic: [0],
        transient: [1, 2],
        giveUp: 0,
      },
      errors: true,
      properties: ["hint", "reason", "redirectReason"],
      returnsOf: ["failureMessage"],
    });
    const known = new Set([...normalizedTemplates(allEntries()), ...NOT_MESSAGES, ...BUGS]);
    const missing = templates.filter((t) => !known.has(t.template));
    expect(missing.map((t) => `${t.where}: ${t.template}`)).toEqual([]);
    expect(dynamic.map((d) => `${d.where.replace(/:\d+$/, "")}: ${d.expression}`).sort()).toEqual(
      PLATFORM_DYNAMIC,
    );
  });

  it("translates every platform error code's meaning and hint, known or not", () => {
    const infos = [
      ...KNOWN_CODES.map(describeCode),
      describeCode(99_999),
      ...KNOWN_V2_CODES.map(describeV2Code),
      describeV2Code(99_999),
    ];
    const remedies: Remedy[] = [PERMISSION_REMEDY, SIGNATURE_REMEDY, TOKEN_CALL_REMEDY];
    for (const info of infos) {
      const message = `setautoreply: ${info.meaning}: code 1001 ("invalid token").`;
      expectChinese(translate(ERROR_MESSAGES, message), message);
      if (info.todo !== undefined) expectChinese(translate(ERROR_HINTS, info.todo), info.todo);
      else remedies.push(info.remedy);
    }
    // Remedies as the shells word them: the CLI's with a target's variables and without.
    const staging = platformVariables({}, { target: "STAGING" });
    for (const remedy of remedies) {
      const hints = [
        remedyText(remedy, "cli"),
        remedyText(remedy, "action"),
        remedyText(
          remedy.kind === "check-credentials" ? { ...remedy, variables: staging } : remedy,
          "cli",
        ),
      ];
      for (const hint of hints) expectChinese(translate(ERROR_HINTS, hint), hint);
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

const TWO = "targets:\n  staging: {}\n  production: {}\n";
/** A config read from `text`, problems and all. */
function config(text: string) {
  return parseProjectConfig(text, { path: "/r/faqops.config.yaml", display: "faqops.config.yaml" })
    .config;
}
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
    ["a target's missing credentials", () => readCredentials({}, { target: "STAGING" })],
    [
      "a target's missing credential",
      () => readCredentials({ FAQOPS_APPID: "a", FAQOPS_TOKEN: "t" }, { target: "EU_WEST" }),
    ],
    ["a target's missing v2 credentials", () => readV2Credentials({}, { target: "STAGING" })],
    ["a target's bad token", () => checkToken("a b", "FAQOPS_STAGING_TOKEN")],
    [
      "a target's endpoint from the config",
      () =>
        resolveEndpoint(
          {
            configured: {
              target: { url: "http://a.example", name: "faqops.config.yaml targets.a.endpoint" },
            },
          },
          {},
        ),
    ],
    // Targets (cli/targets.ts, config/load.ts)
    ["--target without a config", () => selectTargets(undefined, "staging", "plan")],
    ["--target without targets", () => selectTargets(config("rate: 2\n"), "staging", "plan")],
    ["--target unknown", () => selectTargets(config(TWO), "prod", "apply")],
    ["--target without a value", () => selectTargets(config(TWO), true, "plan")],
    ["apply without --target", () => selectTargets(config(TWO), undefined, "apply")],
    ["publish without --target", () => selectTargets(config(TWO), undefined, "publish")],
    [
      "--target with a broken config",
      () => selectTargets(config("targets:\n  a: {}\n  B: {}\n"), "b", "apply"),
    ],
    [
      "a config that is not a file",
      async () => {
        tmp ??= mkdtempSync(path.join(tmpdir(), "faqops-i18n-"));
        mkdirSync(path.join(tmp, "faqops.config.yaml"));
        await readProjectConfig(tmp, tmp);
      },
      /（[^（）]*EISDIR[^（）]*）|EISDIR.*$/,
    ],
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
      // The message and hint as each shell words them (render/error.ts: an error carrying
      // data, such as OptionConflictError, and a remedy, render/remedy.ts).
      for (const audience of ["cli", "action"] as const) {
        const { message, hint } = errorWords(error, audience);
        const translated = translate(ERROR_MESSAGES, message);
        expectChinese(
          translated && { ...translated, text: translated.text.replace(system ?? /^$/, "") },
          message,
        );
        if (hint !== undefined) expectChinese(translate(ERROR_HINTS, hint), hint);
        const zh = localizeErrorText({ message, hint }, "zh-CN");
        expect(zh.message).toBe(translated!.text);
      }
      expect(localizeError(error, "en")).toEqual({ message: error.message, hint: error.hint });
    });
  }

  it("a platform error: the action and code kept, the meaning and hint translated", () => {
    const info = describeCode(1001);
    const error = new PlatformError(`setautoreply: ${info.meaning}: code 1001 ("invalid").`, {
      action: "setautoreply",
      kind: "fatal",
      code: 1001,
      remedy: info.remedy,
    });
    expect(localizeErrorText(errorWords(error, "cli"), "zh-CN")).toEqual({
      message: 'setautoreply：TOKEN 无效：错误码 1001（"invalid"）。',
      hint: "请对照机器人后台检查 FAQOPS_TOKEN（它可能已被重置）",
    });
    expect(localizeErrorText(errorWords(error, "action"), "zh-CN").hint).toBe(
      "请对照机器人后台检查 Action 的 `token` 输入（它可能已被重置）",
    );
    const v2 = describeV2Code(210202);
    const refused = `/v2/bot/import/json: ${v2.meaning}: code 210202 ("no auth"; err_detail 7), with a new access token too.`;
    expectChinese(translate(ERROR_MESSAGES, refused), refused);
  });

  it("network and transport failures, as the clients build them", () => {
    const endpoint = "https://chatbot.weixin.qq.com";
    const failures = [
      Object.assign(new Error("timed out"), { name: "TimeoutError" }),
      Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
      Object.assign(new Error("getaddrinfo EAI_AGAIN"), { code: "EAI_AGAIN" }),
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }),
      Object.assign(new Error("certificate has expired"), { code: "CERT_HAS_EXPIRED" }),
      Object.assign(new Error("connect EHOSTUNREACH"), { code: "EHOSTUNREACH" }),
      Object.assign(new Error("Parse Error"), { code: "HPE_INVALID_CONSTANT" }),
      Object.assign(new Error("something odd"), { code: "EWHATEVER" }),
    ];
    for (const failure of failures) {
      const sorted = classifyRequestError(failure, endpoint, 15_000);
      const check = sorted.type === "systemic" ? sorted.check : sorted.repeated.check;
      for (const audience of ["cli", "action"] as const) {
        // Worded by the shells (render/remedy.ts), with a target's variable or without.
        for (const variables of [undefined, platformVariables({}, { target: "STAGING" })]) {
          const remedy = { kind: "check-endpoint", check, example: endpoint, variables } as const;
          const hint = remedyText(remedy, audience);
          expectChinese(translate(ERROR_HINTS, hint), hint);
        }
      }
      const pairs =
        sorted.type === "systemic"
          ? [[sorted.message, undefined]]
          : [
              [sorted.repeated.message, undefined],
              [`${sorted.reason}; gave up after 6 attempts.`, undefined],
              [`${sorted.reason}; gave up after 3 attempts in 60 s.`, undefined],
              [
                `3 calls in a row to ${endpoint} gave up, none succeeding in between (the last: ${sorted.reason}; gave up after 1 attempt).`,
                undefined,
              ],
            ];
      for (const [message, hint] of pairs) {
        const error = new PlatformError(`setautoreply: ${message}`, {
          action: "setautoreply",
          kind: "fatal",
          hint,
        });
        const zh = localizeError(error, "zh-CN");
        // The system's own words (a certificate's, an unknown failure's) are kept, in parentheses.
        const own = zh.message.replace(/（[^（）]*）/g, "");
        expect(zh.message, message).not.toBe(error.message);
        expect(englishLeft(own), message).toEqual([]);
        if (hint) expectChinese(translate(ERROR_HINTS, hint), hint);
      }
    }
    for (const message of [
      `/v2/token: HTTP 400 from ${endpoint} ("bad sign"): the platform refused the request's signature, again after signing it afresh.`,
      `/v2/token: HTTP 401 from ${endpoint}: the platform refused the token request.`,
      `/v2/bot/import/json: HTTP 403 from ${endpoint}: the platform refused the access token, a new one too.`,
      `/v2/bot/import/json: the answer from ${endpoint} to /v2/bot/import/json has a task_id that is not a number.`,
      `publish_progress: the answer from ${endpoint} has no valid progress and status.`,
      `setautoreply: ${endpoint} redirects (HTTP 302) to https://example.com; faqops does not follow redirects, because the TOKEN is part of every request URL.`,
      `setautoreply: HTTP 404 from ${endpoint}: this is not the platform's open API.`,
      `setautoreply: unexpected HTTP 204 from ${endpoint}: the platform answers every call with HTTP 200.`,
      "setautoreply: HTTP 503; the platform asked to wait 90 s (Retry-After), longer than the 12 s left of the retry budget.",
      "async/fetch: the call was cancelled.",
      "import task 42 did not finish within 600 s (last progress 50%).",
      "publishing did not finish within 600 s (last progress 80%).",
      "the lockfile records 2 v2 import tasks not yet settled (a v2 run was interrupted); v1 cannot settle them.",
    ]) {
      expectChinese(translate(ERROR_MESSAGES, message), message);
    }
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
