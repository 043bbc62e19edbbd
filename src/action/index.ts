// The GitHub Action's entry point: the process's GC pacing (see heap.ts), then the action shell.
import { paceGarbageCollection } from "../heap.js";
import { run } from "./main.js";

paceGarbageCollection();
await run();
