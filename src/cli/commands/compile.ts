/** `faqops compile` (placeholder until its issue lands). */
import type { Command } from "commander";
import type { CommandContext } from "./index.js";

/** Registers `faqops compile`. */
export function registerCompile(_program: Command, _context: CommandContext): void {}
