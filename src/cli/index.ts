#!/usr/bin/env node
// The `faqops` executable: the process's GC pacing (see heap.ts), then the CLI shell.
import { paceGarbageCollection } from "../heap.js";
import { main } from "./main.js";

paceGarbageCollection();
process.exitCode = await main(process.argv.slice(2));
