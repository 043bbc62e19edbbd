/** `faqops publish` (placeholder until its issue lands). */
import type { Command } from "commander";
import type { CommandContext } from "./index.js";

/** Registers `faqops publish`. */
export function registerPublish(_program: Command, _context: CommandContext): void {}
