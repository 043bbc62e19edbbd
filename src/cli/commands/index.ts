/** Registers every `faqops` command; each command is one file in this folder. */
import type { Command } from "commander";
import type { Io } from "../io.js";
import { registerApply } from "./apply.js";
import { registerCheck } from "./check.js";
import { registerCompile } from "./compile.js";
import { registerEmulate } from "./emulate.js";
import { registerExport } from "./export.js";
import { registerImport } from "./import.js";
import { registerInit } from "./init.js";
import { registerPlan } from "./plan.js";
import { registerPreview } from "./preview.js";
import { registerPublish } from "./publish.js";

/** What a command gets: where to write, and where to put its exit code. */
export interface CommandContext {
  readonly io: Io;
  readonly result: { code: number };
}

/** Adds every command to the program. */
export function registerCommands(program: Command, context: CommandContext): void {
  for (const register of [
    registerCheck,
    registerCompile,
    registerPlan,
    registerApply,
    registerPublish,
    registerPreview,
    registerEmulate,
    registerInit,
    registerImport,
    registerExport,
  ]) {
    register(program, context);
  }
}
