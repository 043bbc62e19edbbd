/** `faqops apply` (placeholder until its issue lands). */
import type { Command } from "commander";
import type { CommandContext } from "./index.js";

/** Registers `faqops apply`. */
export function registerApply(_program: Command, _context: CommandContext): void {}
