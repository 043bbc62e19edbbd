// `npm run fuzz`: bundles the fuzzer (bench/fuzz.ts) with the compiler into
// .faqops-cache/fuzz-dist/ (never dist/) and runs it; arguments go to it unchanged:
//   npm run fuzz -- --seed 7 --count 200000 --max-ms 2000
//   npm run fuzz -- --replay 7:1234
import { spawnSync } from "node:child_process";
import path from "node:path";
import { build } from "esbuild";

const outfile = path.join(".faqops-cache", "fuzz-dist", "fuzz.js");
await build({
  stdin: {
    contents:
      'import { runFuzz } from "./bench/fuzz.ts";\nprocess.exitCode = runFuzz(process.argv.slice(2));\n',
    resolveDir: process.cwd(),
    sourcefile: "fuzz-entry.ts",
    loader: "ts",
  },
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  logLevel: "warning",
  // As in scripts/build.mjs: CommonJS dependencies call require() on Node built-ins.
  banner: {
    js: "import { createRequire as __faqopsCreateRequire } from 'node:module';\nconst require = __faqopsCreateRequire(import.meta.url);",
  },
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = run.status ?? 1;
