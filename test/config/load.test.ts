/**
 * faqops.config.yaml's loader, rule by rule: each problem is a diagnostic at the value's line
 * and column with its rule id and the fix; every problem of a file comes out in one run; what
 * is valid is kept. YAML 1.2 (the core schema) decides what a value is: `yes` is text.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONFIG_FILE, readProjectConfig } from "../../src/config/load.js";
import { parseProjectConfig } from "../../src/config/parse.js";
import { environmentName } from "../../src/config/spec.js";
import { ConfigError } from "../../src/errors.js";

const FILE = { path: "/repo/faqops.config.yaml", display: "faqops.config.yaml" };

/** The config read from `text`, and its diagnostics as `line:col rule message`. */
function load(text: string) {
  const { config, diagnostics } = parseProjectConfig(text, FILE);
  for (const d of diagnostics) {
    expect(d.file).toBe("faqops.config.yaml");
    expect(d.severity).toBe("error");
  }
  return {
    config: config!,
    problems: diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
    rules: diagnostics.map((d) => d.ruleId),
  };
}

/** The one problem of `text`. */
function problem(text: string): string {
  const { problems } = load(text);
  expect(problems, text).toHaveLength(1);
  return problems[0]!;
}

describe("a valid file", () => {
  it("reads the issue's minimal form: targets sorted by name, each with its own settings", () => {
    const { config, problems } = load(
      "targets:\n  staging: {}\n  production:\n    publish: true\n",
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      ...FILE,
      defaults: {},
      targets: [
        { name: "production", settings: { publish: true } },
        { name: "staging", settings: {} },
      ],
      incomplete: false,
    });
  });

  it("reads every key, at the top level (defaults) and per target", () => {
    const { config, problems } = load(`# faqops: two bots
content: docs/faq
api: v2
endpoint: https://chatbot.example.com
publish: false
prune: true
prune-max: 25%
rate: 2.5
concurrency: 8
batch-size: 50
skills:
  exclude: [内部]
paths: [公开/**, "*.md"]
targets:
  staging:
  prod-cn:
    api: v1
    endpoint: " https://cn.example.com/base "
    lockfile: state/prod.lock.json
    publish: true
    prune: false
    prune-max: 0.1
    rate: 1000
    concurrency: 1
    batch-size: 1000
    skills: [转账, 开户_2]
    paths:
      include: ["**"]
      exclude: [草稿/**, internal/深层/*.md]
`);
    expect(problems).toEqual([]);
    expect(config.content).toBe("docs/faq");
    expect(config.defaults).toEqual({
      api: "v2",
      endpoint: "https://chatbot.example.com",
      publish: false,
      prune: true,
      pruneMax: 0.25,
      rate: 2.5,
      concurrency: 8,
      batchSize: 50,
      skills: { exclude: ["内部"] },
      paths: { include: ["公开/**", "*.md"] },
    });
    expect(config.targets).toEqual([
      {
        name: "prod-cn",
        settings: {
          api: "v1",
          endpoint: "https://cn.example.com/base",
          lockfile: "state/prod.lock.json",
          publish: true,
          prune: false,
          pruneMax: 0.1,
          rate: 1000,
          concurrency: 1,
          batchSize: 1000,
          skills: { include: ["转账", "开户_2"] },
          paths: { include: ["**"], exclude: ["草稿/**", "internal/深层/*.md"] },
        },
      },
      { name: "staging", settings: {} },
    ]);
  });

  it("takes an empty file, comments only, or no targets as one unnamed bot", () => {
    for (const text of ["", "\n", "# nothing yet\n", "---\n", "~\n", "content: faq\n"]) {
      const { config, problems } = load(text);
      expect(problems, text).toEqual([]);
      expect(config.targets, text).toEqual([]);
      expect(config.incomplete, text).toBe(false);
    }
  });

  it("treats an empty value (`key:` or `~`) as unset", () => {
    const { config, problems } = load("publish:\nrate: ~\ntargets:\n  a:\n    lockfile:\n  b: ~\n");
    expect(problems).toEqual([]);
    expect(config.defaults).toEqual({});
    expect(config.targets).toEqual([
      { name: "a", settings: {} },
      { name: "b", settings: {} },
    ]);
  });

  it("reads shares as a percentage or a fraction, 0 to 100%", () => {
    const share = (value: string) => load(`prune-max: ${value}\n`).config.defaults.pruneMax;
    expect(share("25%")).toBe(0.25);
    expect(share('"25%"')).toBe(0.25);
    expect(share("12.5%")).toBe(0.125);
    expect(share("0%")).toBe(0);
    expect(share("100%")).toBe(1);
    expect(share("0")).toBe(0);
    expect(share("1")).toBe(1);
    expect(share("0.25")).toBe(0.25);
    expect(share("1.0")).toBe(1);
  });

  it("reads the ends of each range, and a whole number written `4.0`", () => {
    const { config, problems } = load(
      "targets:\n  low: {concurrency: 1, batch-size: 1, rate: 0.001}\n  high: {concurrency: 64.0, batch-size: 1000, rate: 1000}\n",
    );
    expect(problems).toEqual([]);
    expect(config.targets.map((t) => t.settings)).toEqual([
      { concurrency: 64, batchSize: 1000, rate: 1000 },
      { concurrency: 1, batchSize: 1, rate: 0.001 },
    ]);
  });

  it("resolves anchors and aliases", () => {
    const { config, problems } = load(
      "targets:\n  staging: &base\n    skills: [转账]\n    rate: 10\n  production: *base\n  eu:\n    paths: &p [公开/**]\n    skills:\n      include: *p\n",
    );
    expect(problems).toEqual([]);
    expect(config.targets).toEqual([
      {
        name: "eu",
        settings: { paths: { include: ["公开/**"] }, skills: { include: ["公开/**"] } },
      },
      { name: "production", settings: { skills: { include: ["转账"] }, rate: 10 } },
      { name: "staging", settings: { skills: { include: ["转账"] }, rate: 10 } },
    ]);
  });

  it("accepts target names with digits, `-` and `_`, up to 40 characters", () => {
    const names = ["a", "staging", "prod-cn", "eu_west_1", "x".repeat(40), "v2-beta_3"];
    const { config, problems } = load(`targets:\n${names.map((n) => `  ${n}: {}\n`).join("")}`);
    expect(problems).toEqual([]);
    expect(config.targets.map((t) => t.name)).toEqual([...names].sort());
  });

  it("lets targets set their lockfiles, and one keep the single bot's faqops.lock.json", () => {
    const { config, problems } = load(
      "targets:\n  production:\n    lockfile: faqops.lock.json\n  staging: {}\n  eu:\n    lockfile: faqops.staging.lock.json.d/eu.json\n",
    );
    expect(problems).toEqual([]);
    expect(config.targets.map((t) => [t.name, t.settings.lockfile])).toEqual([
      ["eu", "faqops.staging.lock.json.d/eu.json"],
      ["production", "faqops.lock.json"],
      ["staging", undefined],
    ]);
  });
});

describe("config-yaml", () => {
  it("reports YAML the library cannot read, at the place, and nothing else of the file", () => {
    const { config, problems } = load("targets:\n  staging: {\nrate: x: y\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\d+:\d+ config-yaml the file is not valid YAML \(.+\); write `key: value` lines, and quote text holding ": "$/,
    );
    expect(config.targets).toEqual([]);
    expect(config.incomplete).toBe(true);
  });

  it("reports a tab in the indentation at its line", () => {
    expect(problem("targets:\n\tstaging: {}\n")).toMatch(/^2:1 config-yaml .*Tabs/);
  });

  it("names a key given twice, at its second place, and keeps checking the rest", () => {
    const { config, problems } = load(
      "publish: true\nrate: 5\npublish: false\ntargets:\n  staging: {}\n  production:\n    rate: 3\n    rate: x\n  staging:\n    publish: 1\n",
    );
    expect(problems).toEqual([
      "3:1 config-yaml `publish` is given twice (first on line 1); keep one",
      "8:5 config-yaml `rate` is given twice (first on line 7); keep one",
      "9:3 config-yaml `staging` is given twice (first on line 5); keep one",
    ]);
    // The first of each is kept; a duplicate target drops nothing.
    expect(config.defaults).toEqual({ publish: true, rate: 5 });
    expect(config.targets).toEqual([
      { name: "production", settings: { rate: 3 } },
      { name: "staging", settings: {} },
    ]);
    expect(config.incomplete).toBe(false);
  });

  it("finds a key given twice in `skills` and `paths`", () => {
    expect(problem("skills:\n  include: [a]\n  include: [b]\n")).toBe(
      "3:3 config-yaml `include` is given twice (first on line 2); keep one",
    );
  });
});

describe("config-key", () => {
  it("suggests the closest key, at the top level, in a target and in a filter", () => {
    const { problems } = load(
      "contnet: faq\ntarget:\n  staging: {}\ntargets:\n  staging:\n    pubish: true\n    prunemax: 10%\n    skills:\n      exlude: [a]\n",
    );
    expect(problems).toEqual([
      "1:1 config-key unknown key `contnet` at the top level: did you mean `content`?",
      "2:1 config-key unknown key `target` at the top level: did you mean `targets`?",
      "6:5 config-key unknown key `pubish` in target `staging`: did you mean `publish`?",
      "7:5 config-key unknown key `prunemax` in target `staging`: did you mean `prune-max`?",
      "9:7 config-key unknown key `exlude` in `skills`: did you mean `exclude`?",
    ]);
  });

  it("lists the keys when none is close", () => {
    expect(problem("colour: red\n")).toBe(
      "1:1 config-key unknown key `colour` at the top level; the keys are `content`, `targets`, `api`, `endpoint`, `publish`, `prune`, `prune-max`, `rate`, `concurrency`, `batch-size`, `skills`, `paths`",
    );
    expect(problem("targets:\n  a:\n    secrets: x\n")).toBe(
      "3:5 config-key unknown key `secrets` in target `a`; the keys are `api`, `endpoint`, `lockfile`, `publish`, `prune`, `prune-max`, `rate`, `concurrency`, `batch-size`, `skills`, `paths`",
    );
    expect(problem("paths:\n  only: [a]\n")).toBe(
      "2:3 config-key unknown key `only` in `paths`; the keys are `include`, `exclude`",
    );
  });

  it("does not take a key that differs in case, or an object's inherited property", () => {
    expect(problem("Publish: true\n")).toBe(
      "1:1 config-key unknown key `Publish` at the top level: did you mean `publish`?",
    );
    expect(load("toString: 1\nconstructor: x\n").rules).toEqual(["config-key", "config-key"]);
    expect(load("targets:\n  a:\n    hasOwnProperty: 1\n").rules).toEqual(["config-key"]);
    // A target may be called `constructor`: names are only names.
    expect(load("targets: {constructor: {}}\n").config.targets).toEqual([
      { name: "constructor", settings: {} },
    ]);
  });

  it("says `lockfile` is per target when it is at the top level", () => {
    const { config, problems } = load("lockfile: faqops.lock.json\ntargets:\n  a: {}\n");
    expect(problems).toEqual([
      "1:1 config-key `lockfile` is set per target, not at the top level: each target needs its own; move it under `targets: <name>:`",
    ]);
    expect(config.defaults).toEqual({});
    expect(config.targets).toEqual([{ name: "a", settings: {} }]);
  });

  it("reads a key that is not text as written", () => {
    expect(problem("1: x\n")).toMatch(/^1:1 config-key unknown key `1` at the top level/);
    expect(problem("true: x\n")).toMatch(/^1:1 config-key unknown key `true` at the top level/);
  });
});

describe("config-value", () => {
  const cases: [string, string][] = [
    // YAML 1.2: yes, no, on and off are text.
    [
      "publish: yes",
      '1:10 config-value `publish` must be true or false, but it is text ("yes"); write `publish: true` or `publish: false` (YAML 1.2 reads `yes` as text)',
    ],
    [
      "prune: Off",
      '1:8 config-value `prune` must be true or false, but it is text ("Off"); write `prune: true` or `prune: false` (YAML 1.2 reads `Off` as text)',
    ],
    [
      'publish: "true"',
      '1:10 config-value `publish` must be true or false, but it is text ("true"); write it without quotes',
    ],
    ["publish: 1", "1:10 config-value `publish` must be true or false, but it is a number (1)"],
    ["publish: [true]", "1:10 config-value `publish` must be true or false, but it is a list"],
    ["api: v3", '1:6 config-value `api` must be one of v1, v2, but it is text ("v3")'],
    ["api: V1", '1:6 config-value `api` must be one of v1, v2, but it is text ("V1")'],
    [
      "endpoint: not a url",
      '1:11 config-value `endpoint` must be a URL such as https://chatbot.weixin.qq.com, but it is text ("not a url")',
    ],
    ["endpoint: 8080", "1:11 config-value `endpoint` must be text, but it is a number (8080)"],
    ['content: ""', "1:10 config-value `content` must be text, but it is empty"],
    ["content: {a: 1}", "1:10 config-value `content` must be text, but it is a mapping"],
    [
      "prune-max: 150%",
      '1:12 config-value `prune-max` must be a share such as 25% or 0.25 (0 to 100%), but it is text ("150%")',
    ],
    [
      "prune-max: 25",
      "1:12 config-value `prune-max` must be a share such as 25% or 0.25 (0 to 100%), but it is a number (25)",
    ],
    [
      "prune-max: -0.1",
      "1:12 config-value `prune-max` must be a share such as 25% or 0.25 (0 to 100%), but it is a number (-0.1)",
    ],
    [
      'prune-max: "0.25"',
      '1:12 config-value `prune-max` must be a share such as 25% or 0.25 (0 to 100%), but it is text ("0.25"); write it without quotes',
    ],
    [
      "prune-max: 25 %",
      '1:12 config-value `prune-max` must be a share such as 25% or 0.25 (0 to 100%), but it is text ("25 %")',
    ],
    [
      "rate: 0",
      "1:7 config-value `rate` must be a number greater than 0 and at most 1000, but it is a number (0)",
    ],
    [
      "rate: 1000.5",
      "1:7 config-value `rate` must be a number greater than 0 and at most 1000, but it is a number (1000.5)",
    ],
    [
      "rate: .inf",
      "1:7 config-value `rate` must be a number greater than 0 and at most 1000, but it is a number (Infinity)",
    ],
    [
      "rate: .nan",
      "1:7 config-value `rate` must be a number greater than 0 and at most 1000, but it is a number (NaN)",
    ],
    [
      'rate: "5"',
      '1:7 config-value `rate` must be a number greater than 0 and at most 1000, but it is text ("5"); write it without quotes',
    ],
    [
      "concurrency: 0",
      "1:14 config-value `concurrency` must be a whole number from 1 to 64, but it is a number (0)",
    ],
    [
      "concurrency: 65",
      "1:14 config-value `concurrency` must be a whole number from 1 to 64, but it is a number (65)",
    ],
    [
      "concurrency: 2.5",
      "1:14 config-value `concurrency` must be a whole number from 1 to 64, but it is a number (2.5)",
    ],
    [
      "batch-size: 1001",
      "1:13 config-value `batch-size` must be a whole number from 1 to 1000, but it is a number (1001)",
    ],
    [
      'batch-size: "100"',
      '1:13 config-value `batch-size` must be a whole number from 1 to 1000, but it is text ("100"); write it without quotes',
    ],
    [
      "skills: 转账",
      '1:9 config-value `skills` must be a list (only these) or `include:` and `exclude:` lists, but it is text ("转账")',
    ],
    [
      "skills: []",
      "1:9 config-value `skills` is an empty list, so the target would take no entry: name what it takes, or remove the key (everything)",
    ],
    [
      "paths:\n  include: []",
      "2:12 config-value `paths.include` is an empty list, so the target would take no entry: name what it takes, or remove the key (everything)",
    ],
    [
      "skills:\n  include: 转账",
      "2:12 config-value `skills.include` must be a list, each item a skill name, such as `include: [转账]`",
    ],
    [
      "paths:\n  exclude:",
      "2:3 config-value `paths.exclude` must be a list, each item a glob relative to the content folder, such as `exclude: [internal/**]`",
    ],
    [
      "skills: [转账, 1]",
      "1:14 config-value item 2 of `skills` must be a skill name, but it is a number (1)",
    ],
    [
      'paths:\n  exclude: [a/**, ""]',
      "2:19 config-value item 2 of `paths.exclude` must be a glob relative to the content folder, but it is empty",
    ],
    ["content: !!binary AAEC", "1:19 config-value `content` must be text, but it is binary data"],
    [
      "content: !!timestamp 2001-12-14",
      "1:22 config-value `content` must be text, but it is a date",
    ],
    [
      "targets: []",
      "1:10 config-value `targets` must be a mapping of target names to their settings, such as `staging: {}`, but it is a list",
    ],
    [
      "targets: staging",
      '1:10 config-value `targets` must be a mapping of target names to their settings, such as `staging: {}`, but it is text ("staging")',
    ],
    [
      "targets:",
      "1:1 config-value `targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)",
    ],
    [
      "targets: {}",
      "1:10 config-value `targets` is empty: name at least one target, such as `staging: {}`, or remove the key (one bot)",
    ],
    [
      "targets:\n  staging: true",
      "2:12 config-value target `staging` must be a mapping of its settings (`staging: {}` for none), but it is a true/false value (true)",
    ],
    [
      "targets:\n  staging: [a]",
      "2:12 config-value target `staging` must be a mapping of its settings (`staging: {}` for none), but it is a list",
    ],
    [
      "- targets",
      "1:1 config-value the file must be `key: value` lines (a YAML mapping), such as `targets:`",
    ],
    [
      "just text",
      "1:1 config-value the file must be `key: value` lines (a YAML mapping), such as `targets:`",
    ],
  ];
  for (const [text, expected] of cases) {
    it(text.replaceAll("\n", "⏎"), () => expect(problem(`${text}\n`)).toBe(expected));
  }

  it("keeps the valid keys beside a wrong one", () => {
    const { config, problems } = load(
      "rate: 5\npublish: yes\ntargets:\n  staging:\n    concurrency: 100\n    prune: true\n",
    );
    expect(problems).toHaveLength(2);
    expect(config.defaults).toEqual({ rate: 5 });
    expect(config.targets).toEqual([{ name: "staging", settings: { prune: true } }]);
  });

  it("refuses two targets sharing a lockfile, written the same or not", () => {
    expect(
      problem("targets:\n  a:\n    lockfile: shared.json\n  b:\n    lockfile: ./shared.json\n"),
    ).toBe(
      '4:3 config-value targets "a" and "b" would share the lockfile shared.json, and each bot\'s state needs its own: give one another `lockfile`',
    );
    // One's default lockfile is the other's setting.
    const { config, problems } = load(
      "targets:\n  staging: {}\n  production:\n    lockfile: faqops.staging.lock.json\n",
    );
    expect(problems).toEqual([
      '3:3 config-value targets "staging" and "production" would share the lockfile faqops.staging.lock.json, and each bot\'s state needs its own: give one another `lockfile`',
    ]);
    expect(config.targets.map((t) => t.name)).toEqual(["staging"]);
    expect(config.incomplete).toBe(true);
    expect(load("targets:\n  a: {lockfile: x/../l.json}\n  b: {lockfile: l.json}\n").rules).toEqual(
      ["config-value"],
    );
  });
});

describe("config-target-name", () => {
  it("refuses names that cannot be part of a variable name", () => {
    const bad = ["Staging", "1st", "-a", "_a", "prod.cn", "测试", "a b", "x".repeat(41), "PROD"];
    const { config, problems } = load(
      `targets:\n${bad.map((n) => `  "${n}": {}\n`).join("")}  ok: {}\n`,
    );
    expect(problems).toEqual(
      bad.map(
        (n, i) =>
          `${i + 2}:3 config-target-name "${n}" is not a valid target name: use lowercase letters, digits, \`-\` and \`_\`, starting with a letter, at most 40 (it becomes part of variable names such as FAQOPS_STAGING_TOKEN)`,
      ),
    );
    expect(config.targets.map((t) => t.name)).toEqual(["ok"]);
    expect(config.incomplete).toBe(true);
  });

  it('refuses `null` and `~`, YAML\'s empty value, and takes a quoted "null"', () => {
    const { config, problems } = load('targets:\n  null: {}\n  ~: {}\n  "null": {}\n');
    expect(problems).toEqual([
      '2:3 config-target-name `null` is YAML\'s empty value, not a name: quote it (`"null": {}`) or choose another name',
      '3:3 config-target-name `~` is YAML\'s empty value, not a name: quote it (`"~": {}`) or choose another name',
    ]);
    expect(config.targets.map((t) => t.name)).toEqual(["null"]);
  });

  it("refuses two names that read the same variables: eu-west and eu_west", () => {
    const { config, problems } = load("targets:\n  eu-west: {}\n  eu_west:\n    rate: 3\n");
    expect(problems).toEqual([
      '3:3 config-target-name targets "eu-west" and "eu_west" would both read FAQOPS_EU_WEST_* credentials: rename one',
    ]);
    expect(config.targets.map((t) => t.name)).toEqual(["eu-west"]);
    expect(environmentName("eu-west")).toBe("EU_WEST");
    expect(environmentName("eu_west")).toBe("EU_WEST");
    expect(environmentName("a-b_c-1")).toBe("A_B_C_1");
  });
});

describe("a file with many problems", () => {
  it("reports them all in one run, sorted by line and column", () => {
    const { problems, config } = load(`targets:
  Staging: {}
  production:
    publish: yes
    ratee: 5
    skills:
      include: []
  eu-west: {}
  eu_west: {}
lockfile: x.json
prune-max: 2
`);
    expect(problems.map((p) => p.split(" ").slice(0, 2).join(" "))).toEqual([
      "2:3 config-target-name",
      "4:14 config-value",
      "5:5 config-key",
      "7:16 config-value",
      "9:3 config-target-name",
      "10:1 config-key",
      "11:12 config-value",
    ]);
    expect(config.targets.map((t) => t.name)).toEqual(["eu-west", "production"]);
  });
});

describe("readProjectConfig", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const tmp = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-config-"));
    dirs.push(dir);
    return dir;
  };

  it("returns no config and no problems when there is no file", async () => {
    expect(await readProjectConfig(await tmp(), "/")).toEqual({
      config: undefined,
      diagnostics: [],
    });
  });

  it("names the file relative to the working directory", async () => {
    const root = await tmp();
    await writeFile(path.join(root, CONFIG_FILE), "targets:\n  a:\n    publish: 2\n");
    await mkdir(path.join(root, "content"));
    const fromRoot = await readProjectConfig(root, root);
    expect(fromRoot.config?.path).toBe(path.join(root, CONFIG_FILE));
    expect(fromRoot.config?.display).toBe("faqops.config.yaml");
    expect(fromRoot.diagnostics.map((d) => d.file)).toEqual(["faqops.config.yaml"]);
    const fromBelow = await readProjectConfig(root, path.join(root, "content"));
    expect(fromBelow.diagnostics.map((d) => d.file)).toEqual(["../faqops.config.yaml"]);
  });

  it("throws a ConfigError naming the file when it cannot be read", async () => {
    const root = await tmp();
    await mkdir(path.join(root, CONFIG_FILE));
    const error = await readProjectConfig(root, root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^cannot read the configuration file faqops\.config\.yaml: /,
    );
  });
});
