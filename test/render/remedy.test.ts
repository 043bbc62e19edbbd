/**
 * Remedies (errors.ts Remedy): the core (src/sync, src/platform, src/content, src/config)
 * reports what to do as data, and src/render words it for who reads it, the CLI's commands,
 * flags and variables or the action's inputs, in English and Chinese.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EndpointCheck, FaqopsError, type Remedy } from "../../src/errors.js";
import { ERROR_HINTS } from "../../src/i18n/errors.js";
import "../../src/i18n/index.js";
import { loadContent } from "../../src/content/load.js";
import { translate } from "../../src/i18n/template.js";
import { resolveContentOptions } from "../../src/options/content.js";
import { createClient } from "../../src/platform/client.js";
import { platformVariables, resolveEndpoint } from "../../src/platform/credentials.js";
import { classifyRequestError } from "../../src/platform/transport.js";
import { describeError } from "../../src/render/error.js";
import { planFlags, remedyText } from "../../src/render/remedy.js";
import { readLockfileIfAny } from "../../src/sync/lockfile.js";
import { readSavedPlan, type SavedPlanOptions } from "../../src/sync/saved-plan.js";
import { englishLeft } from "../i18n/helpers.js";
import { testCredentials } from "../platform/helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "faqops-remedy-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const options: SavedPlanOptions = {
  target: "staging",
  api: "v2",
  prune: true,
  pruneMax: 0.5,
  force: true,
  replaceAll: true,
  resendAll: true,
};

/** A target's variables, as a run for target `staging` reads them with none of them set. */
const STAGING = platformVariables({}, { target: "STAGING" });

/** The error `run` throws. */
async function thrown(run: () => unknown): Promise<FaqopsError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FaqopsError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

describe("the core reports remedies as data, without words", () => {
  it("a lockfile that is a symbolic link", async () => {
    const real = path.join(dir, "real.json");
    writeFileSync(real, "{}");
    const link = path.join(dir, "faqops.lock.json");
    symlinkSync(real, link);
    const error = await thrown(() => readLockfileIfAny(link, "faqops.lock.json"));
    expect(error.remedy).toEqual({ kind: "lockfile-not-a-link" });
    expect(error.hint).toBeUndefined();
    expect(describeError(error, "en", { form: "lines", audience: "cli" })).toContain(
      "hint: make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
    );
  });

  it("a file that is not a saved plan", async () => {
    const file = path.join(dir, "plan.json");
    writeFileSync(file, "not json");
    const error = await thrown(() => readSavedPlan(file, "plan.json"));
    expect(error.remedy).toEqual({ kind: "make-plan" });
    expect(error.hint).toBeUndefined();
    expect(describeError(error, "zh-CN", { form: "lines", audience: "cli" })).toContain(
      "请用 `faqops plan --out FILE` 生成一个。",
    );
  });

  it("a content folder that is not there, or leads out through a link", async () => {
    const missing = await thrown(() =>
      loadContent(resolveContentOptions({ cwd: dir, content: "nowhere" })),
    );
    expect(missing.remedy).toEqual({ kind: "content-folder", problem: "missing" });
    expect(missing.hint).toBeUndefined();
    const outside = mkdtempSync(path.join(tmpdir(), "faqops-remedy-outside-"));
    try {
      symlinkSync(outside, path.join(dir, "content"));
      const linked = await thrown(() => loadContent(resolveContentOptions({ cwd: dir })));
      expect(linked.remedy).toEqual({ kind: "content-folder", problem: "link" });
      expect(linked.hint).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("plain http:// to another host", async () => {
    const error = await thrown(() =>
      resolveEndpoint({ url: "http://example.com", name: "--endpoint" }, {}),
    );
    expect(error.remedy).toEqual({ kind: "allow-insecure-http" });
    expect(error.hint).toBeUndefined();
  });

  it("a failed request: what to check of the endpoint, with the variables the run read", async () => {
    expect(
      classifyRequestError(Object.assign(new Error("x"), { code: "ENOTFOUND" }), "e", 1),
    ).toEqual({
      type: "systemic",
      message: "cannot resolve the host of e (ENOTFOUND).",
      check: "host-name",
    });
    const port = await closedPort();
    const variables = platformVariables(
      { FAQOPS_STAGING_ENDPOINT: `http://127.0.0.1:${port}` },
      { target: "STAGING" },
    );
    const client = createClient({
      endpoint: `http://127.0.0.1:${port}`,
      credentials: testCredentials(),
      variables,
    });
    const error = await thrown(() => client.publish());
    client.close();
    expect(error.remedy).toEqual({
      kind: "check-endpoint",
      check: "refused",
      example: "https://chatbot.weixin.qq.com",
      variables,
    });
    expect(error.hint).toBeUndefined();
    expect(describeError(error, "en", { form: "lines", audience: "cli" })).toContain(
      "\nhint: check --endpoint / FAQOPS_STAGING_ENDPOINT (its host and port), and that the platform — or the emulator — is up and reachable from here.",
    );
    expect(describeError(error, "en", { form: "inline", audience: "action" })).toContain(
      "(hint: check the action's `endpoint` input / FAQOPS_STAGING_ENDPOINT (its host and port),",
    );
  });

  it("a credential refused: which to check, named as the run read them", async () => {
    // A target's own variable where it is set, else the unprefixed one the run fell back to.
    const variables = platformVariables(
      { FAQOPS_STAGING_APPID: "a", FAQOPS_TOKEN: "t" },
      { target: "STAGING" },
    );
    expect(variables).toEqual({
      appId: "FAQOPS_STAGING_APPID",
      token: "FAQOPS_TOKEN",
      encodingAesKey: "FAQOPS_STAGING_ENCODING_AES_KEY",
      managerId: "FAQOPS_STAGING_MANAGER_ID",
      endpoint: "FAQOPS_STAGING_ENDPOINT",
    });
    const server = net.createServer((socket) =>
      socket.end(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 34\r\n\r\n{"errcode":1001,"errmsg":"token!"}',
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const client = createClient({
      endpoint: `http://127.0.0.1:${port}`,
      credentials: testCredentials(),
      variables,
    });
    const error = await thrown(() => client.publish());
    client.close();
    server.close();
    expect(error.remedy).toEqual({ kind: "check-credentials", check: "token", variables });
    expect(error.hint).toBeUndefined();
    expect(describeError(error, "en", { form: "lines", audience: "cli" })).toContain(
      "\nhint: check FAQOPS_TOKEN against the bot's console (it may have been reset)",
    );
    expect(describeError(error, "zh-CN", { form: "inline", audience: "action" })).toContain(
      "（提示：请对照机器人后台检查 Action 的 `token` 输入（它可能已被重置））",
    );
  });

  it("the platform failing: send fewer requests a second", async () => {
    const server = net.createServer((socket) => socket.end("HTTP/1.1 503 Busy\r\n\r\n"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const client = createClient({
      endpoint: `http://127.0.0.1:${port}`,
      credentials: testCredentials(),
      retry: { limit: 0 },
    });
    const error = await thrown(() => client.publish());
    client.close();
    server.close();
    expect(error.remedy).toEqual({ kind: "lower-rate", when: "failing" });
    expect(error.hint).toBeUndefined();
  });
});

/** A port on this machine where nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("no command line in the core", () => {
  /**
   * Every string and template literal of the core's source (comments are not literals): the
   * words a user may read, whichever shell shows them.
   */
  const literals = CORE.flatMap(sourceFiles).flatMap((file) =>
    stringLiterals(file).map((text) => ({ file, text })),
  );

  it("names no flag of the CLI", () => {
    const flags = cliFlags();
    expect(flags).toEqual(
      expect.arrayContaining(["--content", "--endpoint", "--rate", "--target"]),
    );
    const named = literals.flatMap(({ file, text }) =>
      [...text.matchAll(/--[a-z][a-z-]*/g)]
        .filter((m) => flags.includes(m[0]))
        .filter(() => !ALLOWED.some((a) => a.file === file && a.text.test(text)))
        .map((m) => `${file}: ${m[0]} in ${JSON.stringify(text)}`),
    );
    expect(named).toEqual([]);
  });

  it("spells no faqops command line", () => {
    const commands = literals.filter(({ text }) => /`faqops [a-z]/.test(text));
    expect(commands.map(({ file, text }) => `${file}: ${text}`)).toEqual([]);
  });

  it("names the credentials' and the endpoint's variables only where they are defined", () => {
    const named = literals.filter(
      ({ file, text }) =>
        file !== "src/platform/variables.ts" &&
        /\bFAQOPS_(?:APPID|TOKEN|ENCODING_AES_KEY|MANAGER_ID|ENDPOINT)\b/.test(text),
    );
    expect(named.map(({ file, text }) => `${file}: ${text}`)).toEqual([]);
  });
});

/** The core: what it says of a failure is data; the shells word it (src/render/remedy.ts). */
const CORE = ["src/sync", "src/platform", "src/content", "src/config"];

/** Literals of the core that may name a CLI flag, and why. */
const ALLOWED: readonly { file: string; text: RegExp }[] = [
  // git's own arguments (`git log --format=%H`), one a string: not words for users.
  { file: "src/sync/before.ts", text: /^--[a-z][a-z-]*(?:=\S*)?$/ },
  // faqops.config.yaml's documentation (its JSON Schema, for editors): a key "like --publish".
  { file: "src/config/spec.ts", text: /[(（](?:like|同) --(?:publish|prune)[)）]/ },
];

const REPO = path.resolve(import.meta.dirname, "../..");

/** The `.ts` files under `dir` (from the repository root). */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split(path.sep).join("/")}`)
    .filter((f) => f.endsWith(".ts"));
}

/** Each string and template literal of `file`, a template's holes written `${}`. */
function stringLiterals(file: string): string[] {
  const text = readFileSync(path.join(REPO, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text + node.templateSpans.map((s) => `\${}${s.literal.text}`).join(""));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The long flags the CLI declares (`.option("--rate <n>", …)`, `new Option("--workers …")`). */
function cliFlags(): string[] {
  const flags = new Set<string>();
  for (const file of sourceFiles("src/cli")) {
    const text = readFileSync(path.join(REPO, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      const declares =
        (ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          /^(?:option|requiredOption)$/.test(node.expression.name.text)) ||
        (ts.isNewExpression(node) && node.expression.getText(source) === "Option");
      const first = declares ? node.arguments?.[0] : undefined;
      if (first && ts.isStringLiteral(first)) {
        for (const m of first.text.matchAll(/--[a-z][a-z-]*/g)) flags.add(m[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...flags].sort();
}

describe("remedyText", () => {
  it("rebuilds the command that makes a saved plan again, flag by flag", () => {
    expect(planFlags(options)).toBe(
      " --target staging --api v2 --prune --prune-max 0.5 --force --replace-all --resend-all",
    );
    const defaults = { ...options, target: undefined, api: "v1" as const, prune: false };
    expect(planFlags({ ...defaults, force: false, replaceAll: false, resendAll: false })).toBe("");
    // The default limit is not repeated.
    expect(
      planFlags({
        ...defaults,
        prune: true,
        pruneMax: 0.25,
        force: false,
        replaceAll: false,
        resendAll: false,
      }),
    ).toBe(" --prune");
    expect(
      remedyText(
        {
          kind: "remake-plan",
          options: { ...defaults, force: false, replaceAll: false, resendAll: false },
          file: "faq.plan.json",
        },
        "cli",
      ),
    ).toBe("make a new plan (`faqops plan --out faq.plan.json`), review it, and apply that one.");
  });

  it("words every remedy for the CLI and the action, each in English and Chinese", () => {
    for (const [name, remedy, words] of WORDED) {
      for (const audience of ["cli", "action"] as const) {
        const english = words[audience];
        expect(remedyText(remedy, audience), `${name}, ${audience}`).toBe(english);
        const error = new FaqopsError("x", { remedy });
        expect(describeError(error, "en", { form: "lines", audience })).toBe(
          `faqops: x\nhint: ${english}`,
        );
        // The hint is translated whole (the message "x" has no translation and stays).
        const translated = translate(ERROR_HINTS, english);
        expect(translated?.complete, `${name}, ${audience}: ${english}`).toBe(true);
        expect(englishLeft(translated!.text), english).toEqual([]);
        expect(describeError(error, "zh-CN", { form: "lines", audience })).toBe(
          `faqops：x\n提示：${translated!.text}`,
        );
      }
    }
  });
});

describe("the endpoint's remedies", () => {
  it("word every check for both shells, with a target's variable or without, in Chinese too", () => {
    for (const check of Object.keys(ENDPOINT_CHECKS) as EndpointCheck[]) {
      for (const variables of [undefined, STAGING]) {
        const remedy = { kind: "check-endpoint", check, example: "https://e.example", variables };
        const cli = remedyText(remedy as Remedy, "cli");
        const action = remedyText(remedy as Remedy, "action");
        const variable = variables ? "FAQOPS_STAGING_ENDPOINT" : "FAQOPS_ENDPOINT";
        expect(cli).toContain(`--endpoint / ${variable}`);
        expect(action).toContain(`the action's \`endpoint\` input / ${variable}`);
        expect(action).not.toMatch(/--[a-z]/);
        for (const english of [cli, action]) {
          const translated = translate(ERROR_HINTS, english);
          expect(translated?.complete, english).toBe(true);
          expect(englishLeft(translated!.text), english).toEqual([]);
          expect(translated!.text).toContain(variable);
        }
      }
    }
  });
});

/** Every way a request can fail that a remedy names (the record keeps the list complete). */
const ENDPOINT_CHECKS: Record<EndpointCheck, true> = {
  "not-the-api": true,
  redirect: true,
  "base-url": true,
  proxy: true,
  "time-out": true,
  reset: true,
  "dns-for-now": true,
  refused: true,
  "host-name": true,
  tls: true,
  "no-route": true,
  "not-http": true,
  unknown: true,
};

/** Every remedy there is, and what it says to the CLI's users and the action's. */
const WORDED: readonly [string, Remedy, { cli: string; action: string }][] = [
  [
    "settle v2 tasks",
    { kind: "settle-v2-tasks" },
    {
      cli: "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs.",
      action:
        "run apply once with the action's `api: v2`: it asks the platform how the tasks ended, then syncs.",
    },
  ],
  [
    "a lockfile that is a link",
    { kind: "lockfile-not-a-link" },
    {
      cli: "make it a regular file (restore it from Git, or copy the file the link points to in its place), or pass --lockfile with that file's own path.",
      action:
        "make it a regular file (restore it from Git, or copy the file the link points to in its place), or set the action's `lockfile` input to that file's own path.",
    },
  ],
  [
    "a publish that failed",
    { kind: "publish-again", when: "failed" },
    {
      cli: "open the bot's console to see why, fix it, then run `faqops publish` again.",
      action:
        "open the bot's console to see why, fix it, then run the action with `command: publish` again.",
    },
  ],
  [
    "a publish still running",
    { kind: "publish-again", when: "timed-out" },
    {
      cli: "it may still finish: check the bot's console, or run `faqops publish` again later.",
      action:
        "it may still finish: check the bot's console, or run the action with `command: publish` again later.",
    },
  ],
  [
    "make a plan (the CLI's alone)",
    { kind: "make-plan" },
    {
      cli: "make one with `faqops plan --out FILE`.",
      action: "make one with `faqops plan --out FILE`.",
    },
  ],
  [
    "make the plan again (the CLI's alone)",
    { kind: "remake-plan", options, file: "faq.plan.json" },
    {
      cli: "make a new plan (`faqops plan --target staging --api v2 --prune --prune-max 0.5 --force --replace-all --resend-all --out faq.plan.json`), review it, and apply that one.",
      action:
        "make a new plan (`faqops plan --target staging --api v2 --prune --prune-max 0.5 --force --replace-all --resend-all --out faq.plan.json`), review it, and apply that one.",
    },
  ],
  [
    "something else answers at the endpoint",
    { kind: "check-endpoint", check: "not-the-api", example: "https://chatbot.weixin.qq.com" },
    {
      cli: "check --endpoint / FAQOPS_ENDPOINT: something other than the platform's open API answers there.",
      action:
        "check the action's `endpoint` input / FAQOPS_ENDPOINT: something other than the platform's open API answers there.",
    },
  ],
  [
    "a path in a target's endpoint",
    {
      kind: "check-endpoint",
      check: "base-url",
      example: "https://openaiapi.weixin.qq.com",
      variables: STAGING,
    },
    {
      cli: "check --endpoint / FAQOPS_STAGING_ENDPOINT: it should be the platform's base URL, such as https://openaiapi.weixin.qq.com, with no path.",
      action:
        "check the action's `endpoint` input / FAQOPS_STAGING_ENDPOINT: it should be the platform's base URL, such as https://openaiapi.weixin.qq.com, with no path.",
    },
  ],
  [
    "no such host",
    { kind: "check-endpoint", check: "host-name", example: "https://chatbot.weixin.qq.com" },
    {
      cli: "check the host name in --endpoint / FAQOPS_ENDPOINT, and this machine's DNS and network.",
      action:
        "check the host name in the action's `endpoint` input / FAQOPS_ENDPOINT, and this machine's DNS and network.",
    },
  ],
  [
    "the platform failing",
    { kind: "lower-rate", when: "failing" },
    {
      cli: "the platform (or the network to it) is failing or overloaded; try again later, or lower --rate.",
      action:
        "the platform (or the network to it) is failing or overloaded; try again later, or lower the action's `rate` input.",
    },
  ],
  [
    "the platform down",
    { kind: "lower-rate", when: "down" },
    {
      cli: "the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or lower --rate.",
      action:
        "the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or lower the action's `rate` input.",
    },
  ],
  [
    "calls too frequent (v2)",
    { kind: "lower-rate", when: "too-frequent" },
    {
      cli: "nothing to change: faqops backs off and retries; if it persists, lower --rate.",
      action:
        "nothing to change: faqops backs off and retries; if it persists, lower the action's `rate` input.",
    },
  ],
  [
    "a request the platform cannot read (v2)",
    { kind: "check-content-then-report" },
    {
      cli: "run `faqops check`; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
      action:
        "run the action with `command: check`; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
    },
  ],
  [
    "the APPID and the EncodingAESKey (v1)",
    { kind: "check-credentials", check: "appid-and-key" },
    {
      cli: "check FAQOPS_APPID and FAQOPS_ENCODING_AES_KEY against the bot's console",
      action: "check the action's `appid` and `encoding-aes-key` inputs against the bot's console",
    },
  ],
  [
    "the same, then the content, on a target (v1)",
    { kind: "check-credentials", check: "appid-and-key-then-content", variables: STAGING },
    {
      cli: "check FAQOPS_STAGING_APPID and FAQOPS_STAGING_ENCODING_AES_KEY against the bot's console; if they are right, run `faqops check` (the content may hold characters XML cannot carry) and report it",
      action:
        "check the action's `appid` and `encoding-aes-key` inputs against the bot's console; if they are right, run the action with `command: check` (the content may hold characters XML cannot carry) and report it",
    },
  ],
  [
    "the TOKEN (v1)",
    { kind: "check-credentials", check: "token" },
    {
      cli: "check FAQOPS_TOKEN against the bot's console (it may have been reset)",
      action: "check the action's `token` input against the bot's console (it may have been reset)",
    },
  ],
  [
    "a target's administrator (v1)",
    { kind: "check-credentials", check: "manager-id", variables: STAGING },
    {
      cli: "check FAQOPS_STAGING_MANAGER_ID: the id of the bot's creator or an administrator",
      action:
        "check the action's `manager-id` input: the id of the bot's creator or an administrator",
    },
  ],
  [
    "the open API's permission (v2)",
    { kind: "check-credentials", check: "v2-permission" },
    {
      cli: "enable the open API for this bot on the bot console's 应用绑定 → 开放 API page (a bot without it refuses every v2 call), and check that FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (an administrator's user id) are the ones shown there.",
      action:
        "enable the open API for this bot on the bot console's 应用绑定 → 开放 API page (a bot without it refuses every v2 call), and check that the action's inputs `appid`, `token` and `manager-id` (an administrator's user id) are the ones shown there.",
    },
  ],
  [
    "a refused signature, on a target (v2)",
    { kind: "check-credentials", check: "v2-signature", variables: STAGING },
    {
      cli: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then FAQOPS_STAGING_TOKEN (the Token on the bot console's 应用绑定 → 开放 API page); a Token with stray characters signs wrongly.",
      action:
        "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then the action's `token` input (the Token on the bot console's 应用绑定 → 开放 API page); a Token with stray characters signs wrongly.",
    },
  ],
  [
    "a refused token call (v2)",
    { kind: "check-credentials", check: "v2-token-call" },
    {
      cli: "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), FAQOPS_TOKEN and FAQOPS_APPID against the bot console's 应用绑定 → 开放 API page, and FAQOPS_MANAGER_ID (the account: an administrator's user id, under 管理 → 成员权限).",
      action:
        "check this machine's clock (every signature carries the time: sync it, e.g. with NTP), the action's `token` and `appid` inputs against the bot console's 应用绑定 → 开放 API page, and its `manager-id` input (the account: an administrator's user id, under 管理 → 成员权限).",
    },
  ],
  [
    "a blank v2 credential",
    { kind: "check-credentials", check: "v2-set" },
    {
      cli: "set FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (see readV2Credentials).",
      action: "set the action's `appid`, `token` and `manager-id` inputs.",
    },
  ],
  [
    "no content folder",
    { kind: "content-folder", problem: "missing" },
    {
      cli: "run faqops in your repository's root, or pass --content DIR",
      action:
        "check the repository out before this step (actions/checkout), or set the action's `content` input",
    },
  ],
  [
    "a content folder that is a link out",
    { kind: "content-folder", problem: "link" },
    {
      cli: "replace the link with the folder, or pass --content with the folder's own path",
      action:
        "replace the link with the folder, or set the action's `content` input to the folder's own path",
    },
  ],
  [
    "plain http:// elsewhere",
    { kind: "allow-insecure-http" },
    {
      cli: "use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, pass --insecure-http, and only over a connection protected some other way, such as a VPN or an SSH tunnel.",
      action:
        "use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, set the action's `insecure-http` input to true, and only over a connection protected some other way, such as a VPN or an SSH tunnel.",
    },
  ],
];
