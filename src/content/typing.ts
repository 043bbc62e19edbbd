/**
 * The characters a Chinese input method types where the format's syntax needs ASCII: a
 * full-width colon `：` after a front matter key, a full-width space (U+3000) as indentation or
 * after a key's colon, curly quotes `“…”` around a directive's attribute value. Each reads as
 * something else (a plain scalar, a lazy line of text, a value with the quotes in it), so the
 * checks here name the character, where it is, and what to type instead.
 */

/** A problem found in a piece of text: where (an offset into it) and the message. */
export interface TypingProblem {
  readonly offset: number;
  readonly message: string;
}

/** A key as the front matter writes one, or as an editor may write it in Chinese (`标题`). */
const KEY = "[A-Za-z_][A-Za-z0-9_-]*|\\p{Script=Han}{1,16}";
const INDENTED_BY_IDEOGRAPHIC_SPACE = /^[ \t]*\u3000/;
const FULL_WIDTH_COLON = new RegExp(`^[ \\t]*(${KEY})[ \\t\\u3000]*：`, "u");
const IDEOGRAPHIC_SPACE_AFTER_COLON = new RegExp(`^[ \\t]*(${KEY}):\\u3000`, "u");

/**
 * The first front matter line, up to the one holding `end` (an offset into `yaml`), that a
 * Chinese input method got wrong: indented with U+3000, a key followed by `：`, or a key's `:`
 * followed by U+3000. Only asked once the YAML failed to read as a mapping: `：` inside a
 * value (`title: 问题：如何开户`) is everyday text.
 */
export function fullWidthYaml(yaml: string, end = yaml.length): TypingProblem | undefined {
  for (let start = 0; start < yaml.length && start <= end; ) {
    const newline = yaml.indexOf("\n", start);
    const lineEnd = newline === -1 ? yaml.length : newline;
    const line = yaml.slice(start, lineEnd);
    const indent = INDENTED_BY_IDEOGRAPHIC_SPACE.exec(line);
    if (indent) {
      return {
        offset: start + indent[0].length - 1,
        message:
          "this line is indented with a full-width space (U+3000): YAML indents with half-width spaces, such as `  - 问题` under `questions:`",
      };
    }
    const colon = FULL_WIDTH_COLON.exec(line);
    if (colon) {
      const key = colon[1]!;
      return {
        offset: start + colon[0].length - 1,
        message: /^[A-Za-z_]/.test(key)
          ? `the key \`${key}\` is followed by a full-width colon "：": write a half-width colon and a space, \`${key}: …\``
          : `\`${key}\` is followed by a full-width colon "：": front matter keys are English words with a half-width colon and a space after them, such as \`title: 如何开户？\``,
      };
    }
    const space = IDEOGRAPHIC_SPACE_AFTER_COLON.exec(line);
    if (space) {
      const key = space[1]!;
      return {
        offset: start + space[0].length - 1,
        message: `the key \`${key}\` is followed by a full-width space (U+3000): write a half-width space after the colon, \`${key}: …\``,
      };
    }
    start = lineEnd + 1;
  }
  return undefined;
}

/**
 * The message for a front matter key that is a known key with U+3000 before it (`　skill`,
 * which YAML reads as a key of its own), or undefined.
 */
export function indentedKey(name: string, keys: readonly string[]): string | undefined {
  if (!name.includes("\u3000")) return undefined;
  const key = name.replaceAll("\u3000", "").trim();
  if (!keys.includes(key)) return undefined;
  return `the key \`${key}\` is indented with a full-width space (U+3000): keys start at the beginning of the line; remove it`;
}

/** Curly quotes and their closing partners; an input method may type either first. */
const CLOSING: Readonly<Record<string, string>> = { "“": "”", "”": "”", "‘": "’", "’": "’" };

/**
 * A directive attribute whose value opens with a curly quote (`title=“周末”`), in the raw
 * source of a directive or of a line that failed to read as one. The directive syntax knows
 * only straight quotes: without spaces the curly ones are read as part of the value (and sent);
 * with spaces the line cannot be read. The offset is the quote's.
 */
export function curlyQuotedAttribute(raw: string): TypingProblem | undefined {
  const brace = raw.indexOf("{");
  if (brace === -1) return undefined;
  // Straight-quoted values are skipped: `title="他说 a=“好”"` holds curly quotes on purpose.
  let quoted: string | undefined;
  for (let i = brace + 1; i < raw.length; i++) {
    const c = raw[i]!;
    if (quoted) {
      if (c === quoted) quoted = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      quoted = c;
      continue;
    }
    const quote = raw[i + 1] ?? "";
    if (c !== "=" || !(quote in CLOSING)) continue;
    const name = /[A-Za-z_:][A-Za-z0-9_:.-]*$/.exec(raw.slice(brace + 1, i))?.[0];
    if (name === undefined) continue;
    return {
      offset: i + 1,
      message: `the value of \`${name}\` is in curly quotes: write ${name}="…", not ${name}=${quote}…${CLOSING[quote]} (curly quotes are not read as quotes: they would be sent as part of the value, or break the line)`,
    };
  }
  return undefined;
}

/**
 * A line of a list item's paragraph, after its first, that starts with U+3000 and then a list
 * marker (`　　- 二`): the editor meant a nested item, and Markdown reads a lazy line of text
 * that the chat would show with its `-`. A paragraph that merely starts with U+3000 (Chinese
 * first-line indent) is text, and left alone.
 */
export function ideographicIndentedItem(raw: string): TypingProblem | undefined {
  const match = /\n([ \t>]*)\u3000[\u3000 \t]*([-*+]|[0-9]{1,9}[.)])(?=[ \t\u3000]|$)/m.exec(raw);
  if (!match) return undefined;
  return {
    offset: match.index + 1 + match[1]!.length,
    message: `this line is indented with a full-width space (U+3000), so \`${match[2]}\` does not start a nested list item: the chat would show it as text; indent with half-width spaces (two per level)`,
  };
}
