#!/usr/bin/env node
// The `faqops` executable: the process's GC pacing (see heap.ts), then the CLI shell.
import { paceGarbageCollection } from "../heap.js";
import { main } from "./main.js";

paceGarbageCollection();
const code = await main(process.argv.slice(2));
// Ends here rather than when the event loop runs dry: Node then first waits for the V8
// background jobs still queued (optimising compiles, ~10–15 ms after a run over 10k entries),
// work for a process that is done. Everything the run does is awaited by main; what it wrote
// is flushed first (a pipe is written asynchronously on some systems).
await Promise.all([process.stdout, process.stderr].map(flushed));
process.exit(code);

/** Resolves once everything written to `stream` so far is handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write("", () => resolve());
  });
}
