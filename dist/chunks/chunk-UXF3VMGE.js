import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "faqops",
  version: "0.1.0",
  description: "Run a WeChat Dialogue Open Platform FAQ from Git: Markdown entries, a plan, and an incremental, encrypted sync.",
  license: "MIT",
  type: "module",
  bin: {
    faqops: "dist/cli.js"
  },
  files: [
    "dist",
    "schema",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    "check:dist": "node scripts/build.mjs --check",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "vitest run",
    bench: "node scripts/build.mjs --bench --outdir .faqops-cache/bench-dist && node --expose-gc .faqops-cache/bench-dist/bench.js",
    fuzz: "node scripts/fuzz.mjs",
    schema: "node scripts/schema.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    commander: "^14.0.3",
    "csv-parse": "^7.0.3",
    "decode-named-character-reference": "1.3.0",
    diff: "^9.0.0",
    exceljs: "^4.4.0",
    "fast-xml-parser": "^5.12.1",
    got: "^14.6.6",
    "gray-matter": "^4.0.3",
    "micromark-util-decode-numeric-character-reference": "2.0.2",
    "p-limit": "^7.3.3",
    "p-throttle": "^8.1.1",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    "remark-directive": "4.0.0",
    "remark-parse": "11.0.0",
    unified: "^11.0.5",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@biomejs/biome": "^2.6.8",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "mdast-util-directive": "3.2.0",
    "playwright-core": "^1.65.1",
    typescript: "5.9",
    vitest: "^4.1.12"
  },
  overrides: {
    "character-entities": "2.0.2",
    "mdast-util-directive": "$mdast-util-directive",
    "mdast-util-from-markdown": "2.1.0",
    micromark: "4.0.3",
    "micromark-core-commonmark": "2.0.4",
    "micromark-extension-directive": "4.0.0",
    "micromark-util-character": "2.1.1",
    "micromark-util-classify-character": "2.0.1"
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
