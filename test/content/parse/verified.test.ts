/**
 * The parsing libraries are the versions the fast paths were verified against
 * (src/content/parse/verified.ts): as installed, as locked, and as pinned in package.json. A
 * library upgraded without re-verifying could change a rule the fast paths copy, and only
 * this test would notice.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VERIFIED_VERSIONS } from "../../../src/content/parse/verified.js";

const repo = path.resolve(import.meta.dirname, "../../..");
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(repo, file), "utf8"));

const packageJson = readJson("package.json") as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  overrides?: Record<string, string>;
};
const lock = readJson("package-lock.json") as {
  packages: Record<string, { version?: string }>;
};

/** What was found, against what was verified, and how to upgrade (re-verify first). */
function reverify(found: string, name: string, verified: string): string {
  return [
    `${found}, but the fast paths were verified against ${name} ${verified} exactly`,
    "(src/content/parse/verified.ts). To use another version, re-verify them first: run",
    "test/content/parse/markdown-fast.test.ts and front-matter-fast.test.ts (the differential",
    "tests against remark and the YAML library), test/content/fuzz-bounds.test.ts and",
    "`npm run fuzz`; fix what disagrees; then change VERIFIED_VERSIONS and the exact pin in",
    "package.json together",
  ].join(" ");
}

const packages = Object.entries(VERIFIED_VERSIONS);

describe("the verified parser versions", () => {
  it.each(packages)("%s is installed at %s", (name, verified) => {
    const installed = (readJson(`node_modules/${name}/package.json`) as { version: string })
      .version;
    const found = `node_modules holds ${name} ${installed} (\`npm ci\` installs the locked one)`;
    expect(installed, reverify(found, name, verified)).toBe(verified);
  });

  it.each(packages)("%s is locked at %s, one copy", (name, verified) => {
    const copies = Object.entries(lock.packages).filter(
      ([key]) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`),
    );
    expect(
      copies.map(([key]) => key),
      `${name} must be installed once, the verified copy: pin it in package.json's overrides`,
    ).toEqual([`node_modules/${name}`]);
    const locked = copies[0]![1].version ?? "(no version)";
    const found = `package-lock.json locks ${name} ${locked}`;
    expect(locked, reverify(found, name, verified)).toBe(verified);
  });

  it.each(packages)("%s is pinned to %s in package.json", (name, verified) => {
    const direct = packageJson.dependencies?.[name] ?? packageJson.devDependencies?.[name];
    // An override is needed for a package some dependency asks for with a range; for a direct
    // dependency it must be `$name` (npm refuses any other spec that differs from it).
    const override = packageJson.overrides?.[name];
    if (direct === undefined || override !== undefined) {
      const pinned = override === `$${name}` ? direct : override;
      const found = `package.json's overrides ask for ${name} "${pinned ?? "(nothing)"}"`;
      expect(pinned, reverify(found, name, verified)).toBe(verified);
    }
    if (direct !== undefined) {
      const found = `package.json depends on ${name} "${direct}"`;
      expect(direct, reverify(found, name, verified)).toBe(verified);
    }
  });
});
