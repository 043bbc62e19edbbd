/**
 * Several bots from one repository, as users run it: the built CLI in a child process, a
 * faqops.config.yaml with two targets, and two emulators with different credentials over real
 * HTTP. Each bot gets the entries its target takes (front matter `targets`, the config's
 * `skills` and `paths`) and keeps its own lockfile; a run for one target reads only its own
 * variables (then the unprefixed ones), writes only its own lockfile, and a failure in one
 * leaves the other untouched. Runs use a high rate and few entries: the whole file is a few
 * seconds of CLI starts.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import type { Credentials } from "../../src/platform/types.js";
import { type CliRun, spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A fresh repository folder holding `files` (path → text). */
async function repository(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "faqops-cli-targets-"));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** An entry file's text. */
const entry = (title: string, answer: string, extra = "") =>
  `---\ntitle: ${title}\n${extra}---\n\n${answer}\n`;

/** Runs the CLI in `dir` with exactly `env` (and PATH). */
function run(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return spawnCli(cli, args, { cwd: dir, env: { PATH: process.env.PATH, ...env } }).done;
}

/** Credentials of their own, but one administrator id shared by both bots. */
function credentials(appId: string): Credentials {
  return {
    appId,
    token: randomBytes(12).toString("hex"),
    encodingAesKey: randomBytes(32).toString("base64").slice(0, 43),
    managerId: "admin-1",
  };
}

/** A bot's variables, prefixed (`FAQOPS_STAGING_`) or not (`FAQOPS_`). */
function variables(prefix: string, bot: Emulator, skip: readonly string[] = []) {
  const all: Record<string, string> = {
    APPID: bot.credentials.appId,
    TOKEN: bot.credentials.token,
    ENCODING_AES_KEY: bot.credentials.encodingAesKey,
    MANAGER_ID: bot.credentials.managerId,
    ENDPOINT: bot.url,
  };
  return Object.fromEntries(
    Object.entries(all)
      .filter(([name]) => !skip.includes(name))
      .map(([name, value]) => [`${prefix}${name}`, value]),
  );
}

/** What a bot holds: `skill/title`, sorted. */
const held = (bot: Emulator) => bot.entries().map((e) => `${e.skill}/${e.title}`);

const bytes = (dir: string, file: string) => readFile(path.join(dir, file));

const CONFIG = `# Two bots: staging takes everything but what front matter keeps off it;
# production leaves out the internal skill and drafts.
rate: 1000
targets:
  staging: {}
  production:
    lockfile: state/生产.lock.json
    skills:
      exclude: [内部-测试]
    paths:
      exclude: ["**/草稿_*.md"]
`;

const CONTENT = {
  "content/账户/开户.md": entry("如何开户", "带身份证到网点办理。"),
  "content/账户/深层/子目录/销户.md": entry("如何销户", "在 App 里申请销户。", "skill: 账户\n"),
  "content/账户/草稿_新功能.md": entry("新功能", "还在预发环境试用。"),
  "content/内部-测试/说明.md": entry("测试说明", "只给内部看。"),
  // The same title in one skill, for different targets: no target gets both.
  "content/转账/预发.md": entry("转账限额", "预发：单笔 5 万元。", "targets: [staging]\n"),
  "content/转账/生产.md": entry("转账限额", "单笔 2 万元。", "targets: [production]\n"),
};

const STAGING_ENTRIES = [
  "内部-测试/测试说明",
  "账户/如何开户",
  "账户/如何销户",
  "账户/新功能",
  "转账/转账限额",
];
const PRODUCTION_ENTRIES = ["账户/如何开户", "账户/如何销户", "转账/转账限额"];
const STAGING_LOCK = "faqops.staging.lock.json";
const PRODUCTION_LOCK = "state/生产.lock.json";

describe("two targets, two bots", () => {
  let staging: Emulator;
  let production: Emulator;
  let dir: string;
  /** Staging from FAQOPS_STAGING_* (but its administrator id), production from FAQOPS_*. */
  let env: NodeJS.ProcessEnv;
  /** Another target's variables, each wrong: a run for staging must not read one. */
  const garbage = {
    FAQOPS_PRODUCTION_APPID: "wrong",
    FAQOPS_PRODUCTION_TOKEN: "not a token!",
    FAQOPS_PRODUCTION_ENCODING_AES_KEY: "short",
    FAQOPS_PRODUCTION_MANAGER_ID: "nobody",
    FAQOPS_PRODUCTION_ENDPOINT: "http://production.invalid",
    FAQOPS_PRODUCTION_API: "v3",
  };

  beforeAll(async () => {
    staging = await startEmulator({
      credentials: credentials("wxstaging0000001"),
      publishSteps: 1,
    });
    production = await startEmulator({
      credentials: credentials("wxproduction0001"),
      publishSteps: 1,
    });
    dir = await repository({ "faqops.config.yaml": CONFIG, ...CONTENT });
    env = {
      ...variables("FAQOPS_STAGING_", staging, ["MANAGER_ID"]),
      ...variables("FAQOPS_", production),
    };
  });
  afterAll(async () => {
    await staging?.stop();
    await production?.stop();
  });

  it("plans every target under its heading, apply and publish need --target, each bot gets its entries", async () => {
    // plan without --target: each target's plan under its heading, sorted by name.
    const plan = await run(dir, ["plan", "--brief"], env);
    expect(plan.code, plan.stderr).toBe(0);
    const headings = plan.stdout.split("\n").filter((line) => line.startsWith("Target "));
    expect(headings).toEqual([
      `Target production (${PRODUCTION_LOCK}, v1):`,
      `Target staging (${STAGING_LOCK}, v1):`,
    ]);
    const [productionPlan, stagingPlan] = plan.stdout.split(/^Target staging/m);
    expect(productionPlan).toMatch(/Plan: 3 to create, /);
    expect(stagingPlan).toMatch(/Plan: 5 to create, /);
    expect(productionPlan).not.toMatch(/新功能|测试说明/);

    const json = await run(dir, ["plan", "--json"], env);
    expect(json.code, json.stderr).toBe(0);
    const planned = JSON.parse(json.stdout) as {
      targets: { target: string; api: string; changes: { source: string }[] }[];
    };
    expect(planned.targets.map((t) => [t.target, t.api])).toEqual([
      ["production", "v1"],
      ["staging", "v1"],
    ]);
    expect(planned.targets.map((t) => t.changes.map((c) => c.source).sort())).toEqual([
      ["账户/开户.md", "账户/深层/子目录/销户.md", "转账/生产.md"],
      [
        "内部-测试/说明.md",
        "账户/开户.md",
        "账户/深层/子目录/销户.md",
        "账户/草稿_新功能.md",
        "转账/预发.md",
      ],
    ]);

    // apply and publish without --target: refused, naming the targets; nothing sent.
    const apply = await run(dir, ["apply"], env);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(
      "apply needs --target: faqops.config.yaml defines 2 targets (production, staging), and a sync is one bot's.",
    );
    expect(apply.stderr).toContain("hint: run `faqops apply --target production`");
    const publish = await run(dir, ["publish"], { ...env, FAQOPS_LANG: "zh-CN" });
    expect(publish.code).toBe(1);
    expect(publish.stderr).toContain(
      "publish 需要 --target：faqops.config.yaml 定义了 2 个目标（production、staging），而一次发布只针对一个机器人。",
    );
    const unknown = await run(dir, ["plan", "--target", "prod"], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      "--target prod: no such target in faqops.config.yaml; the targets are production, staging.",
    );
    expect(staging.stats().requests.total + production.stats().requests.total).toBe(0);
    expect(existsSync(path.join(dir, STAGING_LOCK))).toBe(false);

    // A plan saved for staging is staging's: refused for production, applied to staging.
    const saved = await run(dir, ["plan", "--target", "staging", "--out", "staging.plan.json"]);
    expect(saved.code, saved.stderr).toBe(0);
    const wrong = await run(dir, ["apply", "staging.plan.json", "--target", "production"], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      "the plan staging.plan.json was made for target staging, not production; apply it with --target staging, or make a new plan.",
    );
    expect(production.stats().requests.total).toBe(0);

    // Staging, with every FAQOPS_PRODUCTION_* variable wrong: never read.
    const toStaging = await run(dir, ["apply", "staging.plan.json"], { ...env, ...garbage });
    expect(toStaging.code, toStaging.stderr).toBe(0);
    expect(toStaging.stderr).toContain(`target: staging (${STAGING_LOCK}, v1)`);
    expect(held(staging)).toEqual(STAGING_ENTRIES);
    expect(production.stats().requests.total).toBe(0);
    expect(existsSync(path.join(dir, PRODUCTION_LOCK))).toBe(false);
    const stagingLock = await bytes(dir, STAGING_LOCK);
    expect(JSON.parse(stagingLock.toString()).entries).toHaveLength(5);

    // Production from the unprefixed variables, published; staging's lockfile untouched.
    const toProduction = await run(dir, ["apply", "--target", "production", "--publish"], env);
    expect(toProduction.code, toProduction.stderr).toBe(0);
    expect(toProduction.stderr).toContain(`target: production (${PRODUCTION_LOCK}, v1)`);
    expect(held(production)).toEqual(PRODUCTION_ENTRIES);
    expect(production.published()?.map((e) => e.content)).toContain("单笔 2 万元。");
    expect(held(staging)).toEqual(STAGING_ENTRIES);
    expect(staging.published()).toBeUndefined();
    expect(await bytes(dir, STAGING_LOCK)).toEqual(stagingLock);

    // Each target's own state: production is live, staging's writes are not yet.
    const live = await run(dir, ["plan", "--target", "production", "--exit-code"], env);
    expect(live.code, live.stdout).toBe(0);
    const owed = await run(dir, ["plan", "--target", "staging", "--exit-code"], env);
    expect(owed.code, owed.stdout).toBe(2);
    expect(owed.stdout).toMatch(/5 written, not yet published/);
    const published = await run(dir, ["publish", "--target", "staging"], { ...env, ...garbage });
    expect(published.code, published.stderr).toBe(0);
    expect(staging.published()?.map((e) => `${e.skill}/${e.title}`)).toEqual(STAGING_ENTRIES);
    expect(staging.stats().publishes).toBe(1);
    expect(production.stats().publishes).toBe(1);
  }, 60_000);

  it("a failing sync of one target leaves the other's lockfile as it was", async () => {
    // One change both targets take.
    await writeFile(path.join(dir, "content/账户/开户.md"), entry("如何开户", "改为线上办理。"));
    const before = {
      staging: await bytes(dir, STAGING_LOCK),
      production: await bytes(dir, PRODUCTION_LOCK),
    };

    // Production's bot fails (its review lapsed: fatal).
    production.setFaults({ failNext: [{ errcode: 1002 }] });
    const failed = await run(dir, ["apply", "--target", "production"], env);
    expect(failed.code).toBe(1);
    expect(`${failed.stdout}${failed.stderr}`).toMatch(/review/);
    expect(await bytes(dir, STAGING_LOCK)).toEqual(before.staging);
    expect(staging.stats().requests.byAction.setautoreply).toBe(5);

    // Staging's TOKEN is wrong (well formed, not the bot's): refused, production untouched.
    const productionAfter = await bytes(dir, PRODUCTION_LOCK);
    const refused = await run(dir, ["apply", "--target", "staging"], {
      ...env,
      FAQOPS_STAGING_TOKEN: "abcdef0123456789",
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/TOKEN is not valid/);
    // The hint names the variable this run read the TOKEN from: the target's own.
    expect(refused.stderr).toContain(
      "\nhint: check FAQOPS_STAGING_TOKEN against the bot's console (it may have been reset)\n",
    );
    expect(await bytes(dir, PRODUCTION_LOCK)).toEqual(productionAfter);
    expect(await bytes(dir, STAGING_LOCK)).toEqual(before.staging);
    expect(held(production)).toEqual(PRODUCTION_ENTRIES);

    // Nothing listens at staging's endpoint: the hint names the variable this run read.
    const closed = await run(dir, ["apply", "--target", "staging"], {
      ...env,
      // Port 1 (tcpmux): privileged, and nothing listens there.
      FAQOPS_STAGING_ENDPOINT: "http://127.0.0.1:1",
    });
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain(
      "\nhint: check --endpoint / FAQOPS_STAGING_ENDPOINT (its host and port), and that the platform — or the emulator — is up and reachable from here.\n",
    );
    expect(await bytes(dir, STAGING_LOCK)).toEqual(before.staging);
  }, 30_000);

  it("rehearses each target against its own emulator folder, never touching the real lockfiles", async () => {
    const locks = {
      staging: await bytes(dir, STAGING_LOCK),
      production: await bytes(dir, PRODUCTION_LOCK),
    };
    const requests = staging.stats().requests.total + production.stats().requests.total;
    for (const target of ["staging", "production"]) {
      const rehearsal = await run(dir, ["apply", "--target", target, "--emulator"], {
        PATH: process.env.PATH,
      });
      expect(rehearsal.code, rehearsal.stderr).toBe(0);
      expect(rehearsal.stderr).toContain(`state in .faqops-cache/emulator/${target}/`);
      expect(rehearsal.stderr).toContain(
        `target: ${target} (.faqops-cache/emulator/${target}/faqops.lock.json, v1, emulator)`,
      );
      const state = JSON.parse(
        await readFile(path.join(dir, `.faqops-cache/emulator/${target}/platform.json`), "utf8"),
      );
      expect(JSON.stringify(state)).toContain(target === "staging" ? "测试说明" : "如何销户");
      expect(JSON.stringify(state).includes("测试说明")).toBe(target === "staging");
    }
    expect(await bytes(dir, STAGING_LOCK)).toEqual(locks.staging);
    expect(await bytes(dir, PRODUCTION_LOCK)).toEqual(locks.production);
    expect(staging.stats().requests.total + production.stats().requests.total).toBe(requests);
  }, 30_000);
});

describe.concurrent("targets in smaller repositories", () => {
  it("a target's variables fall back one by one to the unprefixed ones; include lists", async () => {
    const bot = await startEmulator({ credentials: credentials("wxfallback000001") });
    try {
      const dir = await repository({
        "faqops.config.yaml":
          "targets:\n  eu_west-1:\n    rate: 1000\n    skills: [常见问题, 账户]\n    paths:\n      include: ['常见问题/**', '**/公开_*.md']\n",
        "content/常见问题/a.md": entry("营业时间", "9:00-17:00。"),
        "content/账户/公开_b.md": entry("公开问题", "答。"),
        // Its skill, not its path; its path, not its skill.
        "content/账户/c.md": entry("内部问题", "答。"),
        "content/其他/公开_d.md": entry("其他问题", "答。"),
      });
      // Only the TOKEN is the target's own; the rest, and the endpoint, are everyone's.
      const result = await run(dir, ["apply"], {
        ...variables("FAQOPS_", bot, ["TOKEN"]),
        FAQOPS_EU_WEST_1_TOKEN: bot.credentials.token,
        FAQOPS_TOKEN: "abcdef0123456789",
      });
      expect(result.code, result.stderr).toBe(0);
      expect(held(bot)).toEqual(["常见问题/营业时间", "账户/公开问题"]);
      expect(existsSync(path.join(dir, "faqops.eu_west-1.lock.json"))).toBe(true);
      expect(existsSync(path.join(dir, "faqops.lock.json"))).toBe(false);
      // A missing credential names both places it may be set.
      const missing = await run(dir, ["apply", "--target", "eu_west-1", "--resend-all"], {
        FAQOPS_EU_WEST_1_APPID: "a",
      });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(
        "Missing credentials: FAQOPS_EU_WEST_1_TOKEN (or FAQOPS_TOKEN), FAQOPS_EU_WEST_1_ENCODING_AES_KEY (or FAQOPS_ENCODING_AES_KEY), FAQOPS_EU_WEST_1_MANAGER_ID (or FAQOPS_MANAGER_ID).",
      );
    } finally {
      await bot.stop();
    }
  });

  it("--target needs a faqops.config.yaml that defines targets", async () => {
    const dir = await repository({ "content/常见问题/a.md": entry("营业时间", "9:00-17:00。") });
    const result = await run(dir, ["plan", "--target", "staging"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "faqops: --target staging: there is no faqops.config.yaml, which defines the targets.",
    );
    expect(result.stderr).toContain("hint: add `targets:` to faqops.config.yaml");
  });

  it("the rules across entries run per target, and say where a problem is", async () => {
    const dir = await repository({
      "faqops.config.yaml":
        "targets:\n  staging: {}\n  production:\n    paths:\n      exclude: [旧/**]\n",
      // The same title in one skill: staging takes both, production one.
      "content/旧/a.md": entry("如何开户", "旧答案。", "skill: 账户\n"),
      "content/账户/a.md": entry("如何开户", "新答案。"),
      "content/账户/b.md": entry("另一个", "答。", "targets: [prod]\n"),
    });
    const check = await run(dir, ["check"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      "content/旧/a.md:2:8: error entry-duplicate content/账户/a.md has the same skill and title; change one of the titles (or merge the entries) (in target staging)",
    );
    expect(check.stdout).toContain(
      'content/账户/b.md:3:11: error target-unknown "prod" is not a target in faqops.config.yaml: did you mean `production`? The targets are `production`, `staging`',
    );
    const zh = await run(dir, ["check", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain(
      "content/旧/a.md:2:8: error entry-duplicate content/账户/a.md 的技能和标题与此相同：请修改其中一个标题（或合并这些条目）（仅在目标 staging 中）",
    );
    expect(zh.stdout).toContain(
      'content/账户/b.md:3:11: error target-unknown "prod" 不是 faqops.config.yaml 中的目标：是不是想写 `production`？已定义的目标有 `production`、`staging`',
    );
  });

  it("config problems: every one at its place, from check and before any sync", async () => {
    const dir = await repository({
      "faqops.config.yaml": `contnet: 常见问题
publish: yes
targets:
  staging:
    rate: 0
    skills:
      include: []
  eu-west: {}
  eu_west: {}
  production:
    lockfile: faqops.staging.lock.json
prune: true
prune: false
`,
      "content/常见问题/a.md": entry("营业时间", "9:00-17:00。", "targets: [production]\n"),
    });
    const check = await run(dir, ["check", "--format", "json"]);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as {
      diagnostics: { path: string; line: number; column: number; rule: string }[];
    };
    expect(report.diagnostics.map((d) => `${d.path}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      "faqops.config.yaml:1:1 config-key",
      "faqops.config.yaml:2:10 config-value",
      "faqops.config.yaml:5:11 config-value",
      "faqops.config.yaml:7:16 config-value",
      "faqops.config.yaml:9:3 config-target-name",
      "faqops.config.yaml:10:3 config-value",
      "faqops.config.yaml:13:1 config-yaml",
    ]);
    // production was dropped (its lockfile is staging's): a run for it says the config is at
    // fault, not that the target is unknown; content naming it is not called unknown either.
    const apply = await run(dir, ["apply", "--target", "production"]);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(
      "faqops: --target production: faqops.config.yaml has errors, so its targets cannot all be read.",
    );
    const plan = await run(dir, ["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain(
      'faqops.config.yaml:2:10: error config-value `publish` must be true or false, but it is text ("yes"); write `publish: true` or `publish: false` (YAML 1.2 reads `yes` as text)',
    );
    expect(plan.stderr).toContain("faqops: the content has 7 errors; nothing was planned or sent.");
    expect(existsSync(path.join(dir, "faqops.staging.lock.json"))).toBe(false);
  });
});

describe("an entry a target stops taking", () => {
  it("is named as not for this target, not as deleted, and a prune removes it from that bot", async () => {
    const dir = await repository({
      "faqops.config.yaml": "rate: 1000\ntargets:\n  staging: {}\n  production: {}\n",
      "content/账户/开户.md": entry("如何开户", "带身份证到网点办理。"),
      "content/账户/销户.md": entry("如何销户", "在 App 里申请销户。"),
      "content/账户/挂失.md": entry("如何挂失", "拨打 95588。"),
      "content/内部/说明.md": entry("测试说明", "只给内部看。"),
      "content/转账/限额.md": entry("转账限额", "单笔 2 万元。"),
    });
    const rehearse = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
      run(dir, [...args, "--emulator", "--target", "production"], env);
    const first = await rehearse(["apply", "--publish"]);
    expect(first.code, first.stderr).toBe(0);

    // Front matter keeps one entry off production, the config's skills another's skill;
    // a third file is deleted.
    await writeFile(
      path.join(dir, "content/账户/开户.md"),
      entry("如何开户", "带身份证到网点办理。", "targets: [staging]\n"),
    );
    await writeFile(
      path.join(dir, "faqops.config.yaml"),
      "rate: 1000\ntargets:\n  staging: {}\n  production:\n    skills:\n      exclude: [内部]\n",
    );
    await rm(path.join(dir, "content/账户/挂失.md"));

    const plan = await rehearse(["plan", "--brief"]);
    expect(plan.code, plan.stderr).toBe(0);
    // One target planned: which bot, on stderr, as apply and publish say it.
    expect(plan.stderr).toContain(
      "target: production (.faqops-cache/emulator/production/faqops.lock.json, v1, emulator)",
    );
    const lines = plan.stdout.split("\n");
    expect(lines).toContain(
      "  - 测试说明  (not for this target; still on the bot, --prune removes it)",
    );
    expect(lines).toContain(
      "  - 如何开户  (not for this target; still on the bot, --prune removes it)",
    );
    expect(lines).toContain("  - 如何挂失  (deleted; still on the bot, --prune removes it)");
    // The counts say it too: two of the three still have their files.
    expect(plan.stdout).toContain(
      ", 3 on the bot but not in the content or not for this target, 2 unchanged.",
    );
    const zh = await rehearse(["plan", "--brief"], { FAQOPS_LANG: "zh-CN" });
    expect(zh.stdout).toContain("  - 如何开户  （不属于这个目标；仍在机器人上，--prune 会删除它）");
    expect(zh.stdout).toContain("3 个在机器人上但不在内容里或不属于这个目标");

    const json = await rehearse(["plan", "--json"]);
    const changes = (JSON.parse(json.stdout) as { changes: { title: string; reason?: string }[] })
      .changes;
    expect(changes.map((c) => [c.title, c.reason])).toEqual([
      ["测试说明", "excluded"],
      ["如何开户", "excluded"],
      ["如何挂失", "deleted"],
    ]);

    // A preview of changes is one bot's too, and says so in its own words.
    const preview = await run(dir, ["preview", "--changed", "--emulator"]);
    expect(preview.code).toBe(1);
    expect(preview.stderr).toContain(
      "preview --changed needs --target: faqops.config.yaml defines 2 targets (production, staging), and a preview of changes is one bot's.",
    );
    expect(preview.stderr).toContain("hint: run `faqops preview --changed --target production`");

    // Staging still takes both entries left out of production: its plan creates them.
    const staging = await run(dir, ["plan", "--brief", "--emulator", "--target", "staging"]);
    expect(staging.stdout).toMatch(/Plan: 4 to create, /);

    // What the customer of production sees after a prune: the three are gone.
    const prune = await rehearse(["apply", "--prune", "--force", "--publish"]);
    expect(prune.code, prune.stderr).toBe(0);
    const state = JSON.parse(
      await readFile(path.join(dir, ".faqops-cache/emulator/production/platform.json"), "utf8"),
    ) as { published?: { title: string }[] };
    expect(state.published?.map((e) => e.title).sort()).toEqual(["如何销户", "转账限额"]);
  }, 60_000);
});
