// Writes schema/faqops-entry.schema.json, the JSON Schema of an entry's front matter, from
// src/init/schema.ts (which builds it from the compiler's own key table and limits), then lets
// Biome format it like every other JSON file in the repository. `--check` writes nothing and
// fails when the committed file holds another schema (test/init/schema.test.ts checks
// the same in the test suite).
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const tmp = await mkdtemp(path.join(tmpdir(), "faqops-schema-"));
try {
  const outfile = path.join(tmp, "schema.mjs");
  await build({
    entryPoints: ["src/init/schema.ts"],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "warning",
    // As in build.mjs: CommonJS dependencies call require() on Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const { entrySchema, entrySchemaText, SCHEMA_FILE } = await import(pathToFileURL(outfile).href);
  if (process.argv.includes("--check")) {
    const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    const same = committed !== "" && sameJson(JSON.parse(committed), entrySchema());
    if (!same) {
      console.error(`${SCHEMA_FILE} is stale: run \`npm run schema\` and commit it.`);
      process.exit(1);
    }
    console.log(`${SCHEMA_FILE} is up to date.`);
  } else {
    await writeFile(SCHEMA_FILE, entrySchemaText());
    const biome = path.join("node_modules", ".bin", "biome");
    execFileSync(biome, ["format", "--write", SCHEMA_FILE], { stdio: "inherit" });
    console.log(`wrote ${SCHEMA_FILE}`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}

/** Equal as JSON, key order included (the file is read by people too). */
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
