/**
 * Targets from the config: which exist, which a command runs for, which entries each takes,
 * and where each run's settings come from (flag, FAQOPS_<NAME>_X, the target's setting,
 * FAQOPS_X, the top level's setting). A run for one target never reads another's variables.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { selectTargets } from "../../src/cli/targets.js";
import type { ProjectConfig } from "../../src/config/load.js";
import { parseProjectConfig } from "../../src/config/parse.js";
import { type Project, projectSyncOptions } from "../../src/config/project.js";
import {
  contentTargets,
  projectTargets,
  type Target,
  targetSyncInputs,
} from "../../src/config/targets.js";
import type { EntrySelector } from "../../src/content/targets.js";
import { ConfigError, UsageError } from "../../src/errors.js";
import { resolveSyncOptions } from "../../src/options/sync.js";
import {
  DEFAULT_V2_ENDPOINT,
  readCredentials,
  readV2Credentials,
  resolveEndpoint,
} from "../../src/platform/credentials.js";

const ROOT = "/repo";

/** A config read from `text`, which must have no problems. */
function config(text: string): ProjectConfig {
  const { config, diagnostics } = parseProjectConfig(text, {
    path: `${ROOT}/faqops.config.yaml`,
    display: "faqops.config.yaml",
  });
  expect(diagnostics).toEqual([]);
  return config!;
}

/** A config read from `text`, problems and all. */
function broken(text: string): ProjectConfig {
  const result = parseProjectConfig(text, {
    path: `${ROOT}/faqops.config.yaml`,
    display: "faqops.config.yaml",
  });
  expect(result.diagnostics).not.toEqual([]);
  return result.config!;
}

function target(c: ProjectConfig | undefined, name?: string): Target {
  const found = projectTargets(c).find((t) => t.name === name);
  expect(found, name).toBeDefined();
  return found!;
}

/** The error `run` throws. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("nothing was thrown");
}

const TWO = "targets:\n  staging: {}\n  production:\n    publish: true\n";

describe("projectTargets", () => {
  it("is one unnamed target without a config, or with one that has no targets", () => {
    for (const c of [undefined, config(""), config("rate: 9\n")]) {
      const targets = projectTargets(c);
      expect(targets).toHaveLength(1);
      expect(targets[0]!.name).toBeUndefined();
      expect(targets[0]!.variables).toEqual({ target: undefined });
    }
    expect(projectTargets(config("rate: 9\n"))[0]!.settings).toEqual({ rate: 9 });
  });

  it("merges each target's own settings over the top level's, key by key", () => {
    const c = config(
      "rate: 9\npublish: true\nskills: [a]\ntargets:\n  staging:\n    publish: false\n  prod-cn:\n    skills:\n      exclude: [b]\n",
    );
    const [prod, staging] = projectTargets(c);
    expect(prod!.name).toBe("prod-cn");
    expect(prod!.settings).toEqual({ rate: 9, publish: true, skills: { exclude: ["b"] } });
    expect(prod!.own).toEqual({ skills: { exclude: ["b"] } });
    expect(prod!.defaults).toEqual({ rate: 9, publish: true, skills: { include: ["a"] } });
    expect(prod!.variables).toEqual({ target: "PROD_CN" });
    expect(staging!.settings).toEqual({ rate: 9, publish: false, skills: { include: ["a"] } });
    expect(staging!.variables).toEqual({ target: "STAGING" });
  });
});

describe("selectTargets", () => {
  const two = config(TWO);
  const one = config("targets:\n  only: {}\n");

  it("plan: every target without --target, sorted by name; one with it", () => {
    expect(selectTargets(two, undefined, "plan").map((t) => t.name)).toEqual([
      "production",
      "staging",
    ]);
    expect(selectTargets(two, "staging", "plan").map((t) => t.name)).toEqual(["staging"]);
    expect(selectTargets(two, "  staging ", "plan").map((t) => t.name)).toEqual(["staging"]);
    // Blank means unset.
    expect(selectTargets(two, "", "plan")).toHaveLength(2);
  });

  it("apply and publish: --target needed with several targets, naming them", () => {
    for (const command of ["apply", "publish"] as const) {
      const error = thrown(() => selectTargets(two, undefined, command));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toBe(
        `${command} needs --target: faqops.config.yaml defines 2 targets (production, staging), and a ${command === "apply" ? "sync" : "publish"} is one bot's.`,
      );
      expect((error as UsageError).hint).toBe(
        `run \`faqops ${command} --target production\`, one target at a time.`,
      );
      expect(selectTargets(two, "production", command).map((t) => t.name)).toEqual(["production"]);
    }
  });

  it("apply and publish: the only target, or the unnamed one, needs no --target", () => {
    expect(selectTargets(one, undefined, "apply").map((t) => t.name)).toEqual(["only"]);
    expect(selectTargets(undefined, undefined, "publish").map((t) => t.name)).toEqual([undefined]);
    expect(selectTargets(config(""), undefined, "apply").map((t) => t.name)).toEqual([undefined]);
  });

  it("refuses an unknown target, naming the targets", () => {
    const error = thrown(() => selectTargets(two, "prod", "apply"));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(
      "--target prod: no such target in faqops.config.yaml; the targets are production, staging.",
    );
  });

  it("refuses --target without a config, or with one that defines no targets", () => {
    const none = thrown(() => selectTargets(undefined, "staging", "plan"));
    expect(none).toBeInstanceOf(UsageError);
    expect(none.message).toBe(
      "--target staging: there is no faqops.config.yaml, which defines the targets.",
    );
    expect((none as UsageError).hint).toMatch(/^add `targets:` to faqops\.config\.yaml/);
    const empty = thrown(() => selectTargets(config("rate: 3\n"), "staging", "apply"));
    expect(empty.message).toBe("--target staging: faqops.config.yaml defines no targets.");
    expect(thrown(() => selectTargets(two, true, "plan")).message).toBe("--target needs a value.");
  });

  it("says the config has errors, not that a target is unknown, when problems dropped targets", () => {
    for (const text of [
      "targets:\n  staging: {}\n  staging: {}\n  Production: {}\n",
      "targets:\n  staging: {\n",
      "targets: [staging]\n",
      "targets:\n  staging: {}\n  production: 3\n",
    ]) {
      const c = broken(text);
      expect(c.incomplete, text).toBe(true);
      const error = thrown(() => selectTargets(c, "production", "apply"));
      expect(error, text).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        "--target production: faqops.config.yaml has errors, so its targets cannot all be read.",
      );
      expect((error as ConfigError).hint).toBe(
        "fix them (`faqops check` lists them), then run again.",
      );
    }
    // A target that was read is still found.
    const c = broken("targets:\n  staging: {}\n  production: 3\n");
    expect(selectTargets(c, "staging", "apply").map((t) => t.name)).toEqual(["staging"]);
  });
});

describe("what a target takes", () => {
  const entry = (source: string, skill?: string, targets?: string[]): EntrySelector => ({
    source,
    skill: skill ?? source.split("/")[0],
    targets,
  });
  const takes = (c: ProjectConfig, name: string | undefined, e: EntrySelector) =>
    target(c, name).scope.takes(e);

  it("front matter `targets`: only the targets named", () => {
    const c = config(TWO);
    const onlyStaging = entry("账户/a.md", undefined, ["staging"]);
    expect(takes(c, "staging", onlyStaging)).toBe(true);
    expect(takes(c, "production", onlyStaging)).toBe(false);
    expect(takes(c, "production", entry("账户/a.md", undefined, ["staging", "production"]))).toBe(
      true,
    );
    expect(takes(c, "production", entry("账户/a.md"))).toBe(true);
  });

  it("`skills`: a list takes only those; include and exclude together", () => {
    const c = config(
      "targets:\n  a:\n    skills: [转账, 开户]\n  b:\n    skills:\n      exclude: [内部]\n  c:\n    skills:\n      include: [转账, 内部]\n      exclude: [内部]\n",
    );
    const skills = ["转账", "开户", "内部", "其他"];
    const taken = (name: string) => skills.filter((s) => takes(c, name, entry(`${s}/q.md`, s)));
    expect(taken("a")).toEqual(["转账", "开户"]);
    expect(taken("b")).toEqual(["转账", "开户", "其他"]);
    expect(taken("c")).toEqual(["转账"]);
  });

  it("`skills` match the entry's skill (front matter `skill:`), not its folder", () => {
    const c = config("targets:\n  a:\n    skills: [转账]\n");
    expect(takes(c, "a", entry("杂项/q.md", "转账"))).toBe(true);
    expect(takes(c, "a", entry("转账/q.md", "杂项"))).toBe(false);
  });

  it("`paths`: globs relative to the content folder, nested folders and dot files too", () => {
    const c = config(
      "targets:\n  pub:\n    paths:\n      exclude: [内部/**, '**/草稿-*.md']\n  int:\n    paths: [内部/**]\n  top:\n    paths: ['*/*.md', '{a,b}/**']\n",
    );
    const sources = [
      "账户/开户.md",
      "内部/深层/更深/说明.md",
      "内部/.隐藏.md",
      "账户/草稿-1.md",
      "a/x/y.md",
      "b/z.md",
    ];
    const taken = (name: string) => sources.filter((s) => takes(c, name, entry(s)));
    expect(taken("pub")).toEqual(["账户/开户.md", "a/x/y.md", "b/z.md"]);
    expect(taken("int")).toEqual(["内部/深层/更深/说明.md", "内部/.隐藏.md"]);
    expect(taken("top")).toEqual([
      "账户/开户.md",
      "内部/.隐藏.md",
      "账户/草稿-1.md",
      "a/x/y.md",
      "b/z.md",
    ]);
  });

  it("all three together: an entry must pass each", () => {
    const c = config(
      "targets:\n  staging:\n    skills: [账户]\n    paths:\n      exclude: ['**/旧_*.md']\n  production: {}\n",
    );
    expect(takes(c, "staging", entry("账户/新.md"))).toBe(true);
    expect(takes(c, "staging", entry("账户/旧_1.md"))).toBe(false);
    expect(takes(c, "staging", entry("其他/新.md"))).toBe(false);
    expect(takes(c, "staging", entry("账户/新.md", undefined, ["production"]))).toBe(false);
  });

  it("a target's own `skills` replaces the top level's; unset, it inherits them", () => {
    const c = config(
      "skills:\n  exclude: [内部]\ntargets:\n  staging:\n    skills: [内部]\n  production: {}\n",
    );
    expect(takes(c, "staging", entry("内部/q.md"))).toBe(true);
    expect(takes(c, "staging", entry("账户/q.md"))).toBe(false);
    expect(takes(c, "production", entry("内部/q.md"))).toBe(false);
    expect(takes(c, "production", entry("账户/q.md"))).toBe(true);
  });

  it("the unnamed bot takes the top level's `skills` and `paths`, and ignores front matter", () => {
    const c = config("skills:\n  exclude: [内部]\npaths:\n  exclude: ['**/x.md']\n");
    expect(takes(c, undefined, entry("内部/q.md"))).toBe(false);
    expect(takes(c, undefined, entry("账户/x.md"))).toBe(false);
    expect(takes(c, undefined, entry("账户/q.md", undefined, ["staging"]))).toBe(true);
    expect(takes(config(""), undefined, entry("内部/q.md"))).toBe(true);
  });

  it("contentTargets: the named targets' scopes, and whether the config was read whole", () => {
    expect(contentTargets(undefined)).toBeUndefined();
    const none = contentTargets(config("rate: 1\n"))!;
    expect(none.scopes).toEqual([]);
    expect(none.configFile).toBe("faqops.config.yaml");
    const two = contentTargets(config(TWO))!;
    expect(two.scopes.map((s) => s.name)).toEqual(["production", "staging"]);
    expect(two.complete).toBe(true);
    expect(contentTargets(broken("targets:\n  A: {}\n  b: {}\n"))!.complete).toBe(false);
  });
});

describe("a run's settings (targetSyncInputs, then resolveSyncOptions)", () => {
  const cwd = path.join(ROOT, "sub");
  const resolve = (
    c: ProjectConfig | undefined,
    name: string | undefined,
    raw: Record<string, string | boolean | undefined> = {},
    env: Record<string, string> = {},
  ) => resolveSyncOptions(targetSyncInputs(target(c, name), c, { cwd, root: ROOT, ...raw }, env));

  it("lockfiles: faqops.<name>.lock.json, the configured one, or --lockfile, each where it belongs", () => {
    const c = config("targets:\n  staging: {}\n  prod-cn:\n    lockfile: state/prod.json\n");
    expect(resolve(c, "staging").lockfile).toEqual({
      path: "/repo/faqops.staging.lock.json",
      display: "../faqops.staging.lock.json",
    });
    // The config's paths are relative to the root, the flag's to the working directory.
    expect(resolve(c, "prod-cn").lockfile.path).toBe("/repo/state/prod.json");
    expect(resolve(c, "prod-cn", { lockfile: "mine.json" }).lockfile.path).toBe(
      "/repo/sub/mine.json",
    );
    expect(resolve(undefined, undefined).lockfile.path).toBe("/repo/faqops.lock.json");
    expect(resolve(config("rate: 2\n"), undefined).lockfile.path).toBe("/repo/faqops.lock.json");
  });

  it("a rehearsal keeps each target's bot and lockfile in its own folder", () => {
    const c = config("targets:\n  staging: {}\n  prod-cn:\n    lockfile: state/prod.json\n");
    for (const name of ["staging", "prod-cn"]) {
      const options = resolve(c, name, { emulator: true });
      expect(options.emulatorDir).toBe(`/repo/.faqops-cache/emulator/${name}`);
      // Never the real lockfile, even a configured one.
      expect(options.lockfile.path).toBe(`/repo/.faqops-cache/emulator/${name}/faqops.lock.json`);
    }
    expect(resolve(undefined, undefined, { emulator: true }).emulatorDir).toBe(
      "/repo/.faqops-cache/emulator",
    );
  });

  it("the content folder: --content, else the config's (from the root), else content/", () => {
    const c = config("content: docs/faq\ntargets:\n  a: {}\n");
    expect(resolve(c, "a").contentDir).toBe("/repo/docs/faq");
    expect(resolve(c, "a", { content: "x" }).contentDir).toBe("/repo/sub/x");
    expect(resolve(config(TWO), "staging").contentDir).toBe("/repo/content");
  });

  it("numbers and switches: the flag, else the target's, else the top level's, else the default", () => {
    const c = config(
      "rate: 7\nconcurrency: 3\nprune-max: 40%\npublish: true\ntargets:\n  a:\n    rate: 20\n    prune: true\n    batch-size: 10\n  b: {}\n",
    );
    expect(resolve(c, "a")).toMatchObject({
      rate: 20,
      concurrency: 3,
      pruneMax: 0.4,
      publish: true,
      prune: true,
      batchSize: 10,
    });
    expect(resolve(c, "b")).toMatchObject({
      rate: 7,
      concurrency: 3,
      prune: false,
      batchSize: 100,
    });
    expect(resolve(c, "a", { rate: "1000", pruneMax: "10%", concurrency: "9" })).toMatchObject({
      rate: 1000,
      pruneMax: 0.1,
      concurrency: 9,
    });
    expect(resolve(config(""), undefined)).toMatchObject({
      rate: 5,
      concurrency: 4,
      publish: false,
    });
  });

  it("passes tiny numbers on as decimals the options read (not 1e-7)", () => {
    const c = config("rate: 0.0000001\nprune-max: 0.00001%\ntargets:\n  a: {}\n");
    expect(resolve(c, "a")).toMatchObject({ rate: 1e-7, pruneMax: 1e-7 });
  });

  it("the API: --api, FAQOPS_<NAME>_API, the target's, FAQOPS_API, the top level's", () => {
    const c = config("api: v2\ntargets:\n  own:\n    api: v1\n  inherits: {}\n");
    const api = (
      name: string,
      raw: Record<string, string> = {},
      env: Record<string, string> = {},
    ) => resolve(c, name, raw, env).api;
    expect(api("inherits")).toBe("v2");
    expect(api("own")).toBe("v1");
    expect(api("inherits", {}, { FAQOPS_API: "v1" })).toBe("v1");
    // The target's own setting is more specific than the unprefixed variable.
    expect(api("own", {}, { FAQOPS_API: "v2" })).toBe("v1");
    expect(api("own", {}, { FAQOPS_API: "v2", FAQOPS_OWN_API: "v2" })).toBe("v2");
    expect(api("own", { api: "v2" }, { FAQOPS_OWN_API: "v1" })).toBe("v2");
    // Another target's variable is not this one's.
    expect(api("inherits", {}, { FAQOPS_OWN_API: "v1" })).toBe("v2");
  });

  it("names the target and where its variables are read", () => {
    const c = config(TWO);
    expect(resolve(c, "staging").target).toMatchObject({
      name: "staging",
      variables: { target: "STAGING" },
    });
    expect(resolve(undefined, undefined).target).toMatchObject({ name: undefined });
  });

  it("projectSyncOptions: the same, with the content's targets", () => {
    const c = config(TWO);
    const project: Project = { root: ROOT, config: c, diagnostics: [] };
    const options = projectSyncOptions(project, target(c, "production"), { cwd, env: {} }, {});
    expect(options.publish).toBe(true);
    expect(options.lockfile.path).toBe("/repo/faqops.production.lock.json");
    expect(options.targets?.scopes.map((s) => s.name)).toEqual(["production", "staging"]);
  });
});

describe("the endpoint's layers", () => {
  const c = config(
    "endpoint: https://top.example\ntargets:\n  own:\n    endpoint: https://own.example\n  inherits: {}\n",
  );
  const endpoint = (name: string, url?: string, env: Record<string, string> = {}) => {
    const inputs = targetSyncInputs(target(c, name), c, { cwd: ROOT }, env);
    return resolveEndpoint(
      { url, scope: inputs.target!.variables, configured: inputs.target!.endpoints },
      env,
      DEFAULT_V2_ENDPOINT,
    );
  };

  it("flag, FAQOPS_<NAME>_ENDPOINT, the target's, FAQOPS_ENDPOINT, the top level's, the API's", () => {
    const env = {
      FAQOPS_OWN_ENDPOINT: "https://own-var.example",
      FAQOPS_ENDPOINT: "https://plain-var.example",
    };
    expect(endpoint("own", "https://flag.example", env)).toBe("https://flag.example");
    expect(endpoint("own", undefined, env)).toBe("https://own-var.example");
    expect(endpoint("own", undefined, { FAQOPS_ENDPOINT: env.FAQOPS_ENDPOINT })).toBe(
      "https://own.example",
    );
    expect(endpoint("inherits", undefined, env)).toBe("https://plain-var.example");
    expect(endpoint("inherits")).toBe("https://top.example");
    const bare = config("targets:\n  a: {}\n");
    const inputs = targetSyncInputs(target(bare, "a"), bare, { cwd: ROOT }, {});
    expect(
      resolveEndpoint(
        { scope: inputs.target!.variables, configured: inputs.target!.endpoints },
        {},
        DEFAULT_V2_ENDPOINT,
      ),
    ).toBe(DEFAULT_V2_ENDPOINT);
  });

  it("names the config's setting when it is refused", () => {
    const insecure = config("targets:\n  a:\n    endpoint: http://bot.example\n");
    const inputs = targetSyncInputs(target(insecure, "a"), insecure, { cwd: ROOT }, {});
    const error = thrown(() =>
      resolveEndpoint(
        { scope: inputs.target!.variables, configured: inputs.target!.endpoints },
        {},
      ),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("faqops.config.yaml targets.a.endpoint");
  });
});

describe("credentials per target", () => {
  const staging = { target: "STAGING" };
  const creds = (prefix: string) => ({
    [`${prefix}APPID`]: `${prefix}app`,
    [`${prefix}TOKEN`]: `${prefix.replaceAll("_", "")}token`,
    [`${prefix}ENCODING_AES_KEY`]: "ZmFxb3BzLWVtdWxhdG9yLWtleS0wMTIzNDU2Nzg5YWI",
    [`${prefix}MANAGER_ID`]: `${prefix}admin`,
  });

  it("FAQOPS_<NAME>_X first, each falling back to FAQOPS_X on its own", () => {
    const env = { ...creds("FAQOPS_"), FAQOPS_STAGING_APPID: "staging-app" };
    expect(readCredentials(env, staging)).toMatchObject({
      appId: "staging-app",
      token: "FAQOPStoken",
      managerId: "FAQOPS_admin",
    });
    expect(readCredentials({ ...creds("FAQOPS_STAGING_") }, staging).appId).toBe(
      "FAQOPS_STAGING_app",
    );
    expect(readV2Credentials({ ...creds("FAQOPS_"), FAQOPS_STAGING_TOKEN: "t2" }, staging)).toEqual(
      { appId: "FAQOPS_app", token: "t2", account: "FAQOPS_admin" },
    );
    // Blank means unset: the fallback is read.
    expect(readCredentials({ ...creds("FAQOPS_"), FAQOPS_STAGING_APPID: " " }, staging).appId).toBe(
      "FAQOPS_app",
    );
  });

  it("names both variables of each missing credential", () => {
    const error = thrown(() => readCredentials({ FAQOPS_STAGING_APPID: "a" }, staging));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      "Missing credentials: FAQOPS_STAGING_TOKEN (or FAQOPS_TOKEN), FAQOPS_STAGING_ENCODING_AES_KEY (or FAQOPS_ENCODING_AES_KEY), FAQOPS_STAGING_MANAGER_ID (or FAQOPS_MANAGER_ID).",
    );
    expect(thrown(() => readV2Credentials({}, { target: "EU_WEST" })).message).toBe(
      "Missing credentials for the v2 API: FAQOPS_EU_WEST_APPID (or FAQOPS_APPID), FAQOPS_EU_WEST_TOKEN (or FAQOPS_TOKEN), FAQOPS_EU_WEST_MANAGER_ID (or FAQOPS_MANAGER_ID).",
    );
  });

  it("names the variable a bad TOKEN came from", () => {
    const error = thrown(() =>
      readCredentials({ ...creds("FAQOPS_"), FAQOPS_STAGING_TOKEN: "bad token" }, staging),
    );
    expect(error.message).toMatch(/^FAQOPS_STAGING_TOKEN must be letters/);
    expect(error.message).not.toContain("bad token");
  });

  it("never reads another target's variables", () => {
    const read: string[] = [];
    const env = new Proxy(
      { ...creds("FAQOPS_"), ...creds("FAQOPS_PRODUCTION_"), FAQOPS_PRODUCTION_TOKEN: "bad token" },
      {
        get(values, key: string) {
          read.push(key);
          return values[key as keyof typeof values];
        },
      },
    );
    const c = config(TWO);
    const inputs = targetSyncInputs(target(c, "staging"), c, { cwd: ROOT }, env);
    const options = resolveSyncOptions(inputs);
    readCredentials(env, options.target.variables);
    readV2Credentials(env, options.target.variables);
    resolveEndpoint({ scope: options.target.variables, configured: options.target.endpoints }, env);
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((key) => key.includes("PRODUCTION"))).toEqual([]);
  });
});
