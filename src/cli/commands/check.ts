/** `faqops check` (placeholder until its issue lands). */
import type { Command } from "commander";
import type { CommandContext } from "./index.js";

/** Registers `faqops check`. */
export function registerCheck(_program: Command, _context: CommandContext): void {}
