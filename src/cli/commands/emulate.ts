/** `faqops emulate` (placeholder until its issue lands). */
import type { Command } from "commander";
import type { CommandContext } from "./index.js";

/** Registers `faqops emulate`. */
export function registerEmulate(_program: Command, _context: CommandContext): void {}
