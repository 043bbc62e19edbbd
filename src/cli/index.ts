#!/usr/bin/env node
// The `faqops` executable: nothing but a call into the CLI shell.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
