/**
 * The compiler's version, in a module of its own: the compile cache checks it on every run,
 * warm ones included, which must not load the compiler (compile.ts and the parsers).
 *
 * Bump whenever the same input can compile to a different result (caches key on it).
 * 2: the `xml-char`, `text-markup` and size rules; one-line messages.
 * 3: the `threshold` key (it was an `unknown-key` error; entries now carry it).
 * 4: what a Chinese input method types wrong (typing.ts), and GBK files named as such.
 * 5: the `targets` key (it was an `unknown-key` error; the keys now carry it).
 */
export const COMPILER_VERSION = 5;
