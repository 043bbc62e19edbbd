/**
 * The compiler, loaded when first needed. Compiling a file takes the parsers (remark,
 * micromark, the YAML library: two thirds of faqops's code), and loading them is a good part
 * of a run that has nothing to compile: a warm run, whose files are all in the compile cache,
 * never loads them. The bundle puts them in a chunk of their own (scripts/build.mjs), which
 * this import loads.
 */
import type * as CompileJobModule from "./compile-job.js";

export type Compiler = typeof CompileJobModule;

let loaded: Compiler | undefined;

/** The compiler, loading it the first time. */
export async function loadCompiler(): Promise<Compiler> {
  loaded ??= await import("./compile-job.js");
  return loaded;
}

/**
 * The compiler when this process has loaded it, else undefined: for answer readers, which
 * are synchronous and compile again only when a run's cache was lost (load.ts loads the
 * compiler first then).
 */
export function compilerIfLoaded(): Compiler | undefined {
  return loaded;
}
