// Writes the package's JSON Schemas from the tables the checks themselves use, then lets Biome
// format them like every other JSON file in the repository:
//
// - schema/faqops-entry.schema.json, an entry's front matter, from src/init/schema.ts (the
//   compiler's key table and limits);
// - schema/faqops-config.schema.json, faqops.config.yaml, from src/config/schema.ts (the
//   loader's key table).
//
// `--check` writes nothing and fails when a committed file holds another schema
// (test/init/schema.test.ts and test/config/schema.test.ts check the same in the test suite).
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
    stdin: {
      contents: [
        'export { entrySchema, entrySchemaText, SCHEMA_FILE } from "./src/init/schema.ts";',
        'export { configSchema, configSchemaText, CONFIG_SCHEMA_FILE } from "./src/config/schema.ts";',
      ].join("\n"),
      resolveDir: process.cwd(),
      loader: "ts",
    },
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
  const built = await import(pathToFileURL(outfile).href);
  const schemas = [
    { file: built.SCHEMA_FILE, schema: built.entrySchema, text: built.entrySchemaText },
    { file: built.CONFIG_SCHEMA_FILE, schema: built.configSchema, text: built.configSchemaText },
  ];
  if (process.argv.includes("--check")) {
    let stale = false;
    for (const { file, schema } of schemas) {
      const committed = await readFile(file, "utf8").catch(() => "");
      if (committed !== "" && sameJson(JSON.parse(committed), schema())) {
        console.log(`${file} is up to date.`);
      } else {
        console.error(`${file} is stale: run \`npm run schema\` and commit it.`);
        stale = true;
      }
    }
    if (stale) process.exit(1);
  } else {
    const biome = path.join("node_modules", ".bin", "biome");
    for (const { file, text } of schemas) {
      await writeFile(file, text());
      execFileSync(biome, ["format", "--write", file], { stdio: "inherit" });
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}

/** Equal as JSON, key order included (the file is read by people too). */
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
