// Bundles the CLI and the GitHub Action into dist/ with esbuild (and, with --bench, the
// benchmark, which is never committed: `npm run bench` builds it into .faqops-cache/).
// `--check` rebuilds into a temporary folder and fails when the committed dist/ differs,
// so a stale bundle can never reach users (the CLI and the action run from dist/, not src/).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";

const entryPoints = {
  cli: "src/cli/index.ts",
  index: "src/action/index.ts",
  // Loaded by the CLI (and the action) as a worker thread: it must sit beside them in dist/.
  "compile-worker": "src/content/compile-worker.ts",
};

const benchEntryPoints = {
  bench: "bench/index.ts",
  "bench-floor": "bench/floor.ts",
};

export async function bundle(outdir, { bench = false } = {}) {
  const existing = {};
  const all = bench ? { ...entryPoints, ...benchEntryPoints } : entryPoints;
  for (const [name, file] of Object.entries(all)) {
    try {
      await readFile(file);
      existing[name] = file;
    } catch {
      // An entry point that does not exist yet (a later issue) is simply not bundled.
    }
  }
  await build({
    entryPoints: existing,
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // Code loaded only by some commands (exceljs, for xlsx import and export: 2.4 MB) goes in
    // chunks loaded on demand, so every other command starts as fast as before.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "none",
    logLevel: "warning",
    // Several dependencies are CommonJS and call require() on Node built-ins; in an ESM bundle
    // that needs a real require function.
    banner: {
      js: [
        "import { createRequire as __faqopsCreateRequire } from 'node:module';",
        "const require = __faqopsCreateRequire(import.meta.url);",
      ].join("\n"),
    },
  });
}

/** Every file under `dir`, as paths relative to it, sorted (chunks/ included). */
async function listFiles(dir) {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
      .sort();
  } catch {
    return [];
  }
}

if (process.argv.includes("--check")) {
  const tmp = await mkdtemp(path.join(tmpdir(), "faqops-dist-"));
  try {
    await bundle(tmp);
    const fresh = await listFiles(tmp);
    const committed = await listFiles("dist");
    const stale = [];
    for (const name of new Set([...fresh, ...committed])) {
      const a = await readFile(path.join(tmp, name)).catch(() => null);
      const b = await readFile(path.join("dist", name)).catch(() => null);
      if (!a || !b || !a.equals(b)) stale.push(`dist/${name}`);
    }
    if (stale.length > 0) {
      console.error(`dist/ is stale: ${stale.join(", ")} differ from a fresh build.`);
      console.error("Run `npm run build` and commit dist/.");
      process.exit(1);
    }
    console.log("dist/ is up to date.");
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
} else {
  // `--outdir DIR` builds elsewhere (the tests build a fresh bundle into a temporary folder).
  const at = process.argv.indexOf("--outdir");
  const outdir = at > 0 ? process.argv[at + 1] : "dist";
  await rm(outdir, { recursive: true, force: true });
  await bundle(outdir, { bench: process.argv.includes("--bench") });
}
