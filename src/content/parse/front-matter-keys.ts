/**
 * The front matter's keys and the patterns of its names, apart from the parser: the config
 * checker, the JSON Schemas and the CLI's messages need them without loading the YAML library
 * (a warm run never parses YAML; loading the library took ~50 ms of a 0.9 s warm plan of 10k).
 */
export const FRONT_MATTER_KEYS = [
  "title",
  "skill",
  "questions",
  "id",
  "draft",
  "threshold",
  "targets",
] as const;

/**
 * A target's name (faqops.config.yaml): lowercase ASCII letters, digits, `-` and `_`, starting
 * with a letter, as it becomes part of environment variable names (FAQOPS_<NAME>_TOKEN).
 */
export const TARGET_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;

/** Letters, digits, `-`, `_`, `/` — ASCII only, so ids read the same in every tool and log. */
export const ID_PATTERN = /^[A-Za-z0-9_/-]+$/;
