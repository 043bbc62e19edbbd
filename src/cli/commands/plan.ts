/** `faqops plan` (placeholder until its issue lands). */
import type { Command } from "commander";
import type { CommandContext } from "./index.js";

/** Registers `faqops plan`. */
export function registerPlan(_program: Command, _context: CommandContext): void {}
