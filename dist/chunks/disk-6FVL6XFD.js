import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  INIT_PATHS
} from "./chunk-YFRFDEJV.js";
import {
  REMARK_CONFIG_FILE,
  REMARK_CONFIG_NAMES
} from "./chunk-U3FJDB7I.js";
import "./chunk-VYMFXBL5.js";
import {
  scanContentFolder
} from "./chunk-BBWA665H.js";
import "./chunk-YY5BEC45.js";
import "./chunk-GV2JCIIM.js";
import "./chunk-U4KXGS5A.js";
import {
  FaqopsError
} from "./chunk-T6FUUJG6.js";
import "./chunk-SJR6QM7P.js";

// src/init/disk.ts
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var CONTENT_DIR = "content";
function readRepoState(dir) {
  const paths = /* @__PURE__ */ new Map();
  for (const rel of INIT_PATHS) paths.set(rel, pathState(path.join(dir, rel)));
  const content = path.join(dir, CONTENT_DIR);
  const contentHasEntries = pathState(content).kind !== "absent" && scanContentFolder(content, dir).sources.length > 0;
  return {
    paths,
    contentHasEntries,
    insideGit: insideGit(dir),
    otherRemarkConfig: otherRemarkConfig(dir)
  };
}
function pathState(file) {
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    return { kind: "absent" };
  }
  if (!stats.isFile()) return { kind: "other" };
  try {
    return { kind: "file", text: readFileSync(file, "utf8") };
  } catch {
    return { kind: "other" };
  }
}
function insideGit(dir) {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, ".git"))) return true;
    if (path.dirname(at) === at) return false;
  }
}
function otherRemarkConfig(dir) {
  for (const name of REMARK_CONFIG_NAMES) {
    if (name !== REMARK_CONFIG_FILE && existsSync(path.join(dir, name))) return name;
  }
  const pkg = pathState(path.join(dir, "package.json"));
  if (pkg.kind === "file") {
    try {
      const json = JSON.parse(pkg.text);
      if (json.remarkConfig !== void 0) return "package.json (remarkConfig)";
    } catch {
    }
  }
  return void 0;
}
async function applyInit(dir, plan) {
  const done = [];
  for (const step of plan.steps) {
    const file = path.join(dir, step.path);
    try {
      if (step.kind === "create") {
        await mkdir(path.dirname(file), { recursive: true });
        try {
          await writeFile(file, step.text, { flag: "wx" });
        } catch (error) {
          if (error.code !== "EEXIST") throw error;
          done.push({ kind: "keep", path: step.path });
          continue;
        }
      } else if (step.kind === "append") {
        await appendFile(file, step.text);
      }
    } catch (error) {
      throw new FaqopsError(`cannot write ${step.path}: ${error.message}`, {
        cause: error,
        hint: "files that were there are as they were; fix what is in the way and run faqops init again"
      });
    }
    done.push(step);
  }
  return done;
}
export {
  applyInit,
  readRepoState
};
