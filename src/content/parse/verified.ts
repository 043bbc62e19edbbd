/**
 * The exact versions of the parsing libraries the fast paths were verified against.
 *
 * The fast paths (markdown-fast.ts, front-matter-fast.ts) do not call these libraries (except
 * the two that decode character references, which markdown-fast.ts calls as remark does): they
 * re-encode their rules (emphasis and flanking, hard breaks, list indents, directive names,
 * YAML ranges) and promise the very tree the library would build. A release that changes any
 * of those rules, even a patch, would make the fast path disagree with remark silently, so
 * each package here is pinned to this exact version in package.json (a dependency or an
 * `overrides` entry, so one copy is installed), and test/content/parse/verified.test.ts
 * fails when what is installed or pinned differs from this list.
 *
 * To upgrade one: install the new version, run the differential tests
 * (test/content/parse/markdown-fast.test.ts and front-matter-fast.test.ts, which compare the
 * fast paths with remark and the YAML library on real, generated and seeded random input;
 * best also on other seeds), the bounds tests (test/content/fuzz-bounds.test.ts and
 * `npm run fuzz`: ANSWER_LIMITS and FRONT_MATTER_LIMITS rest on these libraries' speed) and
 * the compile fixtures; fix or narrow the fast paths until they agree; then change the
 * version here and in package.json together. `FAQOPS_FAST_PATHS=0` turns the fast paths off
 * meanwhile, should a user need it.
 */
export const VERIFIED_VERSIONS = {
  // Markdown: remark-parse + remark-directive, and the packages below them that hold the
  // rules markdown-fast.ts copies.
  "remark-parse": "11.0.0",
  "remark-directive": "4.0.0",
  /** The tokenizer: line endings, trailing spaces (hard breaks or trimmed). */
  micromark: "4.0.3",
  /** CommonMark's constructs: emphasis, lists, headings, quotes, fences, links, breaks. */
  "micromark-core-commonmark": "2.0.4",
  /** White space and punctuation, as markdown-fast.ts tests them (flanking, directive names). */
  "micromark-util-character": "2.1.1",
  /** The three character groups emphasis flanking is decided by. */
  "micromark-util-classify-character": "2.0.1",
  /** Directive syntax: names, `[label]`, `{attributes}`, `:::` containers. */
  "micromark-extension-directive": "4.0.0",
  /** Character references: which names are references, and what a number decodes to. */
  "decode-named-character-reference": "1.3.0",
  "character-entities": "2.0.2",
  "micromark-util-decode-numeric-character-reference": "2.0.2",
  /** Tokens to mdast: node shapes and positions. */
  "mdast-util-from-markdown": "2.1.0",
  /** Directive tokens to mdast nodes. */
  "mdast-util-directive": "3.2.0",
  // Front matter: front-matter-fast.ts builds the nodes and ranges `parseDocument` would.
  yaml: "2.9.1",
} as const satisfies Readonly<Record<string, string>>;
