import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  resolveContentOptions
} from "./chunk-2EK2HI3H.js";
import {
  DEFAULT_LOCKFILE,
  defaultLockfile,
  displayPath,
  emulatorDirFor
} from "./chunk-U4KXGS5A.js";
import {
  booleanValue,
  choiceValue,
  integerValue,
  numberValue,
  shareValue,
  stringValue
} from "./chunk-ZJPHJTQF.js";
import {
  OptionConflictError
} from "./chunk-T6FUUJG6.js";

// src/options/sync.ts
import path from "node:path";
var DEFAULT_RATE = 5;
var DEFAULT_CONCURRENCY = 4;
var DEFAULT_PRUNE_MAX = 0.25;
var UNNAMED_TARGET = Object.freeze({ name: void 0, variables: {} });
var APIS = ["v1", "v2"];
var API_VARIABLE = "FAQOPS_API";
var DEFAULT_BATCH_SIZE = 100;
function resolveSyncOptions(raw) {
  const emulator = booleanValue("emulator", raw.emulator, false);
  const target = raw.target ?? UNNAMED_TARGET;
  const root = raw.root ?? raw.cwd;
  const emulatorDir = emulatorDirFor(root, target.name);
  const lockfileGiven = stringValue("lockfile", raw.lockfile);
  const lockfilePath = lockfileGiven !== void 0 ? path.resolve(raw.cwd, lockfileGiven) : emulator ? path.join(emulatorDir, DEFAULT_LOCKFILE) : path.resolve(root, defaultLockfile(target.name));
  const api = choiceValue("api", raw.api, APIS, "v1", { kind: "choose-api" });
  const prune = booleanValue("prune", raw.prune, false);
  const replaceAll = booleanValue("replace-all", raw.replaceAll, false);
  if (replaceAll && (api !== "v2" || !prune)) {
    throw new OptionConflictError(api !== "v2" ? "replace-all-on-v1" : "replace-all-without-prune");
  }
  return Object.freeze({
    ...resolveContentOptions(raw),
    lockfile: Object.freeze({ path: lockfilePath, display: displayPath(raw.cwd, lockfilePath) }),
    concurrency: integerValue("concurrency", raw.concurrency, DEFAULT_CONCURRENCY, {
      min: 1,
      max: 64
    }),
    rate: numberValue("rate", raw.rate, DEFAULT_RATE, 1e3),
    dryRun: booleanValue("dry-run", raw.dryRun, false),
    prune,
    pruneMax: shareValue("prune-max", raw.pruneMax, DEFAULT_PRUNE_MAX),
    force: booleanValue("force", raw.force, false),
    resendAll: booleanValue("resend-all", raw.resendAll, false),
    publish: booleanValue("publish", raw.publish, false),
    emulator,
    api,
    batchSize: integerValue("batch-size", raw.batchSize, DEFAULT_BATCH_SIZE, { min: 1, max: 1e3 }),
    replaceAll,
    target,
    emulatorDir
  });
}

// src/config/spec.ts
var TARGET_KEY_SPEC = {
  api: {
    kind: "choice",
    choices: APIS,
    description: {
      en: "The platform's open API: v1 (one request an entry) or v2 (batched imports). Default: v1.",
      zh: "\u5E73\u53F0\u5F00\u653E\u63A5\u53E3\uFF1Av1\uFF08\u6BCF\u6761\u4E00\u4E2A\u8BF7\u6C42\uFF09\u6216 v2\uFF08\u6279\u91CF\u5BFC\u5165\uFF09\u3002\u9ED8\u8BA4 v1\u3002"
    }
  },
  endpoint: {
    kind: "text",
    format: "url",
    description: {
      en: "The platform's base URL (https://). Default: the API's own.",
      zh: "\u5E73\u53F0\u7684\u57FA\u7840 URL\uFF08https://\uFF09\u3002\u9ED8\u8BA4\u4F7F\u7528\u6240\u9009\u63A5\u53E3\u7684\u5730\u5740\u3002"
    }
  },
  lockfile: {
    kind: "text",
    description: {
      en: "The target's state lockfile, relative to the repository root. Default: faqops.<name>.lock.json. Each target needs its own.",
      zh: "\u8BE5\u76EE\u6807\u7684\u72B6\u6001\u9501\u6587\u4EF6\uFF0C\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\u3002\u9ED8\u8BA4 faqops.<\u540D\u5B57>.lock.json\u3002\u6BCF\u4E2A\u76EE\u6807\u5FC5\u987B\u5404\u7528\u4E00\u4E2A\u3002"
    }
  },
  publish: {
    kind: "boolean",
    description: {
      en: "Publish after every apply (like --publish). Default: false.",
      zh: "\u6BCF\u6B21 apply \u4E4B\u540E\u53D1\u5E03\uFF08\u540C --publish\uFF09\u3002\u9ED8\u8BA4 false\u3002"
    }
  },
  prune: {
    kind: "boolean",
    description: {
      en: "Take entries the content no longer has off the bot on apply (like --prune). Default: false.",
      zh: "apply \u65F6\u628A\u5185\u5BB9\u91CC\u5DF2\u6CA1\u6709\u7684\u6761\u76EE\u4ECE\u673A\u5668\u4EBA\u4E0A\u64A4\u4E0B\uFF08\u540C --prune\uFF09\u3002\u9ED8\u8BA4 false\u3002"
    }
  },
  "prune-max": {
    kind: "share",
    description: {
      en: "Refuse a prune that removes more than this share of the bot, such as 25% or 0.25. Default: 25%.",
      zh: "\u64A4\u4E0B\u7684\u6761\u76EE\u8D85\u8FC7\u673A\u5668\u4EBA\u7684\u8FD9\u4E2A\u6BD4\u4F8B\u65F6\u62D2\u7EDD\u6267\u884C\uFF0C\u4F8B\u5982 25% \u6216 0.25\u3002\u9ED8\u8BA4 25%\u3002"
    }
  },
  rate: {
    kind: "number",
    maximum: 1e3,
    description: {
      en: "Requests per second at most. Default: 5.",
      zh: "\u6BCF\u79D2\u6700\u591A\u8BF7\u6C42\u6570\u3002\u9ED8\u8BA4 5\u3002"
    }
  },
  concurrency: {
    kind: "integer",
    minimum: 1,
    maximum: 64,
    description: {
      en: "Requests in flight at once, 1 to 64. Default: 4.",
      zh: "\u540C\u65F6\u8FDB\u884C\u7684\u8BF7\u6C42\u6570\uFF0C1 \u5230 64\u3002\u9ED8\u8BA4 4\u3002"
    }
  },
  "batch-size": {
    kind: "integer",
    minimum: 1,
    maximum: 1e3,
    description: {
      en: "v2: intents per import call, 1 to 1000. Default: 100.",
      zh: "v2\uFF1A\u6BCF\u6B21\u5BFC\u5165\u8C03\u7528\u7684\u610F\u56FE\u6570\uFF0C1 \u5230 1000\u3002\u9ED8\u8BA4 100\u3002"
    }
  },
  skills: {
    kind: "filter",
    item: { en: "a skill name", zh: "\u6280\u80FD\u540D" },
    description: {
      en: "Which skills the target takes: a list (only these), or include: and exclude: lists. Default: every skill.",
      zh: "\u8BE5\u76EE\u6807\u63A5\u6536\u54EA\u4E9B\u6280\u80FD\uFF1A\u4E00\u4E2A\u5217\u8868\uFF08\u53EA\u63A5\u6536\u8FD9\u4E9B\uFF09\uFF0C\u6216 include: \u548C exclude: \u4E24\u4E2A\u5217\u8868\u3002\u9ED8\u8BA4\u5168\u90E8\u6280\u80FD\u3002"
    }
  },
  paths: {
    kind: "filter",
    item: { en: "a glob relative to the content folder", zh: "\u76F8\u5BF9\u4E8E\u5185\u5BB9\u6587\u4EF6\u5939\u7684\u901A\u914D\u8DEF\u5F84" },
    description: {
      en: "Which entry files the target takes, as globs relative to the content folder (such as internal/**): a list (only these), or include: and exclude: lists. Default: every file.",
      zh: "\u8BE5\u76EE\u6807\u63A5\u6536\u54EA\u4E9B\u6761\u76EE\u6587\u4EF6\uFF0C\u5199\u76F8\u5BF9\u4E8E\u5185\u5BB9\u6587\u4EF6\u5939\u7684\u901A\u914D\u8DEF\u5F84\uFF08\u4F8B\u5982 internal/**\uFF09\uFF1A\u4E00\u4E2A\u5217\u8868\uFF08\u53EA\u63A5\u6536\u8FD9\u4E9B\uFF09\uFF0C\u6216 include: \u548C exclude: \u4E24\u4E2A\u5217\u8868\u3002\u9ED8\u8BA4\u5168\u90E8\u6587\u4EF6\u3002"
    }
  }
};
var TOP_KEY_SPEC = {
  content: {
    kind: "text",
    description: {
      en: "The content folder, relative to the repository root. Default: content.",
      zh: "\u5185\u5BB9\u6587\u4EF6\u5939\uFF0C\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\u3002\u9ED8\u8BA4 content\u3002"
    }
  }
};
var TARGET_ONLY_KEYS = ["lockfile"];
function environmentName(name) {
  return name.toUpperCase().replace(/-/g, "_");
}

export {
  DEFAULT_RATE,
  DEFAULT_CONCURRENCY,
  DEFAULT_PRUNE_MAX,
  UNNAMED_TARGET,
  API_VARIABLE,
  DEFAULT_BATCH_SIZE,
  resolveSyncOptions,
  TARGET_KEY_SPEC,
  TOP_KEY_SPEC,
  TARGET_ONLY_KEYS,
  environmentName
};
