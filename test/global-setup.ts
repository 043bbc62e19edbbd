/**
 * Builds the bundles once per test run into a temporary folder, so tests that run the built
 * CLI or action (as users and the runner do) run what the current source builds — the
 * committed dist/ is checked separately (`npm run check:dist`).
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), "faqops-test-dist-"));
  execFileSync(process.execPath, ["scripts/build.mjs", "--outdir", dir], { stdio: "inherit" });
  project.provide("distDir", dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
  }
}
