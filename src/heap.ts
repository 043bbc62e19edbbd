/**
 * How eagerly V8 collects garbage, set once by the executables (the CLI and the action), never
 * by the library: it is a process-wide setting, the embedding program's to choose.
 *
 * After each full collection V8 lets the heap grow to up to about four times what survived
 * before it collects again. A run over 100k entries keeps ~100 MB alive (the entries, the
 * lockfile, the plan) but passes several times that through short-lived objects (cache lines,
 * the cross-entry rules' maps, the lockfile's text), so it peaked at ~480 MB of RSS while
 * needing a fifth of it. Growing by 5% instead keeps the peak under 400 MB for ~10–20% more
 * time at 100k entries, and changes nothing measurable at 10k, where the heap stays small
 * (docs/benchmarks.md has the figures).
 *
 * `--heap-growing-percent` has been a V8 flag since 2017 and is read at every collection, so
 * setting it after start-up takes effect (Node's caveat about late flags is for flags read
 * once). An unknown flag would make V8 print an error line to stdout; this one is known to the
 * V8 of Node 20 and of Node 24, and CI runs the CLI's JSON-output tests on both.
 */
import { setFlagsFromString } from "node:v8";

/** The heap grows by this share of what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 5;

export function paceGarbageCollection(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
