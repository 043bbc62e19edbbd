/**
 * The switch for the fast paths. `FAQOPS_FAST_PATHS=0` sends every file through remark and
 * the YAML library, the parsers the fast paths promise to match: when a result looks wrong,
 * a run with and without them tells whether a fast path is to blame. The output is the same
 * either way (test/content/parse/fast-paths.test.ts), only slower without them; the bounds
 * checked before parsing (ANSWER_LIMITS, FRONT_MATTER_LIMITS) apply either way.
 */

/** The environment variable that turns the fast paths off. */
export const FAST_PATHS_VARIABLE = "FAQOPS_FAST_PATHS";

/**
 * Whether a value of FAQOPS_FAST_PATHS leaves the fast paths on: unset or blank, `1`, `true`,
 * `yes` or `on`. Any other value turns them off: a switch for bug triage that cannot report a
 * typo (it is read where files are parsed, in worker threads too) errs on the side of the
 * reference parsers, which are always right, only slower.
 */
export function fastPathsOn(value: string | undefined): boolean {
  const text = value?.trim().toLowerCase() ?? "";
  return text === "" || ["1", "true", "yes", "on"].includes(text);
}

/**
 * Read once, when the loader is (the compile cache's header names the parsers, cache.ts). A
 * worker thread loads its own copy of this module and reads its own process.env, which Node
 * copies from the parent's when the worker starts.
 */
export const FAST_PATHS: boolean = fastPathsOn(process.env[FAST_PATHS_VARIABLE]);
