/**
 * What each content rule means and how to fix it, in Markdown, as the table in
 * docs/content-format.md ("Diagnostics") says: the help text of the rules in SARIF output. A test
 * keeps the two in step.
 */
import type { RuleId } from "../content/index.js";

/** One rule's help: what it finds, and what to do about it. */
export interface RuleHelp {
  readonly meaning: string;
  readonly fix: string;
}

export const RULE_HELP: Readonly<Record<RuleId, RuleHelp>> = {
  "invalid-utf8": {
    meaning: "the file is not valid UTF-8 (points at the first bad byte)",
    fix: "save the file as UTF-8",
  },
  "file-unreadable": {
    meaning:
      "a file or folder that cannot be read: no permission, a broken symbolic link, a named pipe or device named `.md`, a path that is not valid UTF-8",
    fix: "make it readable, fix or remove the link, rename it",
  },
  "file-ignored": {
    meaning:
      "a file that looks like an entry but is not read: `FAQ.MD`, `a.markdown`, `a.md.txt`, or a `.md` file in a hidden folder",
    fix: "rename it to end in `.md` (or move it out of the hidden folder); start its name with `_` to keep it out silently",
  },
  "file-symlink-outside": {
    meaning: "a symbolic link to a file or folder outside the content folder; it is not read",
    fix: "copy the file into the content folder, or remove the link",
  },
  "file-symlink-folder": {
    meaning:
      "a symbolic link to a folder inside the content folder; it is not followed (it would read entries twice, or loop)",
    fix: "remove the link; to share an entry, link its file",
  },
  "cache-symlink": {
    meaning:
      "`.faqops-cache` (or its `compile.ndjson`) is a symbolic link; the compile cache is neither read nor written",
    fix: "delete the link",
  },
  "front-matter-missing": {
    meaning: "the file does not start with a `---` line",
    fix: "start the file with `---`, the keys, and `---`",
  },
  "front-matter-unclosed": {
    meaning: "no closing `---` line after the front matter",
    fix: "add the `---` line after the last key",
  },
  "front-matter-yaml": {
    meaning: "the front matter is not valid YAML",
    fix: "fix the syntax; quote text containing `: `",
  },
  "front-matter-shape": {
    meaning: "the front matter is not `key: value` lines",
    fix: "write one `key: value` per line",
  },
  "key-duplicate": {
    meaning: "a key is given twice",
    fix: "keep one",
  },
  "unknown-key": {
    meaning: "a key that does not exist (with the nearest valid one)",
    fix: "fix the spelling or remove it",
  },
  "key-type": {
    meaning:
      'a value of the wrong type (a number for `title`, text for `draft`, text for `questions`, text such as `"0.85"` for `threshold`)',
    fix: "quote text, write `true`/`false`, write a list, write the threshold without quotes",
  },
  "title-required": {
    meaning: "`title` is missing or empty",
    fix: "add the standard question",
  },
  "title-multiline": {
    meaning: "`title` has several lines",
    fix: "make it one line",
  },
  "skill-missing": {
    meaning: "an entry directly in `content/` without `skill:`",
    fix: "move it into a skill folder or add `skill:`",
  },
  "skill-length": {
    meaning: "the skill (or the folder name used as skill) is empty or longer than 30 characters",
    fix: "shorten it",
  },
  "skill-multiline": {
    meaning: "`skill` has several lines",
    fix: "make it one line",
  },
  "question-empty": {
    meaning: "an empty similar question",
    fix: "remove it",
  },
  "question-multiline": {
    meaning: "a similar question has several lines",
    fix: "make it one line",
  },
  "question-duplicate": {
    meaning: "two similar questions of the entry are alike",
    fix: "remove one",
  },
  "question-alike-title": {
    meaning: "a similar question is alike to the title",
    fix: "remove it",
  },
  "id-format": {
    meaning: "`id` has characters other than ASCII letters, digits, `-`, `_`, `/`",
    fix: "rename it",
  },
  "threshold-range": {
    meaning: "`threshold` is not from 0 to 1 (`1.5`, `85`, `-0.1`, `.inf`, `.nan`)",
    fix: "write a number from 0 to 1, such as `0.85`",
  },
  "threshold-precision": {
    meaning: "`threshold` has more than 4 decimal places (`0.12345`)",
    fix: "round it (`0.1235`)",
  },
  "targets-empty": {
    meaning: "`targets` is an empty list, so no target would take the entry",
    fix: "name its targets, remove the key (every target), or write `draft: true`",
  },
  "target-unknown": {
    meaning:
      "`targets` names a target faqops.config.yaml does not define (or there is no faqops.config.yaml), or a name that cannot be one",
    fix: "use a target name from faqops.config.yaml, or define the target there",
  },
  "target-none": {
    meaning:
      "no target takes the entry: its front matter `targets` and the targets' `skills` and `paths` in faqops.config.yaml leave it out of every one, so no bot answers it",
    fix: "name a target that takes it, change a target's `skills` or `paths`, or write `draft: true`",
  },
  "title-length": {
    meaning: 'the title is longer than 128 characters (see "Limits")',
    fix: "shorten it; put the explanation in the answer",
  },
  "question-length": {
    meaning: "a similar question is longer than 128 characters",
    fix: "shorten it",
  },
  "question-count": {
    meaning: "more than 200 similar questions (points at the 201st)",
    fix: "keep the ones that differ most, or split the entry",
  },
  "xml-char": {
    meaning:
      'a control character, U+FFFE/U+FFFF, half a surrogate pair, or a carriage return in a value (see "Characters that cannot be sent")',
    fix: "delete it, or the escape or reference that wrote it",
  },
  "answer-empty": {
    meaning: "the entry has no message",
    fix: "write the answer below the front matter",
  },
  "link-url": {
    meaning:
      'a link (or link definition) address that is not an absolute http(s) URL, or contains a space, `"`, `<`, `>`',
    fix: "use a full `https://` address; percent-encode",
  },
  "ask-text": {
    meaning:
      'an `:ask` with an empty label, or a label/`q`/`id` with `"`, `<`, `>`, `&` or a line break, or a link inside, or inside a link',
    fix: "fix the text",
  },
  "ask-attribute": {
    meaning: "an `:ask` attribute other than `q` and `id`",
    fix: 'use `q="…"` and `id="…"`; quote values with spaces',
  },
  "ask-syntax": {
    meaning: "an `:ask` that cannot be read (unclosed `[`, broken `{…}`)",
    fix: "close the brackets and quotes on the same line, or write `\\:ask`",
  },
  "unsupported-markdown": {
    meaning: "raw HTML, an image, a table or a footnote",
    fix: 'see "Not supported"',
  },
  "card-unknown": {
    meaning: "a `::name` line that is not `news`, `image` or `miniprogram`",
    fix: "fix the name (a suggestion is given)",
  },
  "card-attribute": {
    meaning: "a card attribute that does not exist for that card",
    fix: "fix the spelling (a suggestion is given)",
  },
  "card-required": {
    meaning: "a required card attribute is missing or empty",
    fix: "add it",
  },
  "card-url": {
    meaning: "`url`, `picurl` or `thumb_url` is not an absolute http(s) URL",
    fix: "use a full `https://` address",
  },
  "card-appid": {
    meaning: "`appid` is not `wx` and 16 lower-case hex digits",
    fix: "copy the AppID from the mini program's settings",
  },
  "card-label": {
    meaning: "a card with a `[label]`",
    fix: "move the text into an attribute",
  },
  "card-nested": {
    meaning: "a card inside a list or a quote",
    fix: "move it to a line of its own at the top level",
  },
  "card-syntax": {
    meaning:
      "a line starting with a card's name (`::news …`) or with `::name{`/`::name[` that cannot be read as a card (text after `}`, an unclosed quote, attributes over several lines)",
    fix: "write the card on one line, alone",
  },
  "news-type": {
    meaning: "`type` is not `h5` or `mp`",
    fix: "use `h5` or `mp`, or leave it out",
  },
  "news-too-many": {
    meaning: "more than 8 news articles in one message",
    fix: "put a `---` line to start another message",
  },
  "container-directive": {
    meaning: "a `:::name` block",
    fix: "write plain Markdown",
  },
  "text-markup": {
    meaning:
      'text that would reach the answer as an HTML tag or character reference (`\\<a …\\>`, `&lt;a&gt;`, `` `<b>` ``, `a<b`, `&amp;lt;`; see "Text that looks like HTML")',
    fix: "reword it: a space after `<` or `&`, or the full-width `＜`",
  },
  "answer-size": {
    meaning: "a text message longer than 2,048 bytes, or a `content` longer than 16,384 bytes",
    fix: "shorten it, or split it with `---`",
  },
  "front-matter-too-large": {
    meaning:
      "front matter longer than 32,000 characters; it is not read (points where it passes that)",
    fix: "keep the title and the questions users ask; move text into the answer",
  },
  "front-matter-too-deep": {
    meaning:
      "front matter nested more than 20 levels (mappings, lists, `[…]`, `{…}`); it is not read",
    fix: "write `key: value` lines and one `questions:` list; quote text that starts with `[` or `{`",
  },
  "answer-too-large": {
    meaning:
      "an answer past what faqops reads: more than 20,000 characters, 1,000 lines, 1,000 `*` and `_`, or 1,000 `[`; it is not read (points where it passes that). Parsing Markdown takes time that grows faster than its length, so every file is checked in bounded time",
    fix: "split it into several entries, or link to a page",
  },
  "answer-too-deep": {
    meaning: "lists, quotes and `:::` blocks nested more than 20 levels",
    fix: "flatten them: a chat shows two or three levels",
  },
  "entry-duplicate": {
    meaning: "another entry has an alike skill and title",
    fix: "change a title or merge the entries",
  },
  "question-conflict": {
    meaning: "a similar question is alike to another entry's title or question in the same skill",
    fix: "reword or remove one",
  },
  "id-duplicate": {
    meaning: "another entry has the same `id`",
    fix: "make the ids unique",
  },
  "skill-spelling": {
    meaning:
      "skills that are alike but written differently (`FAQ` and `faq`); the platform would make two skills",
    fix: "write the skill the same way everywhere",
  },
  "ask-target": {
    meaning:
      "an `:ask` question that no synced entry has as its title or a similar question (final punctuation aside)",
    fix: "add it as a similar question, or fix `q`",
  },
  "config-yaml": {
    meaning: "faqops.config.yaml is not valid YAML, or gives a key twice",
    fix: "write `key: value` lines, quote text holding `: `, and give each key once",
  },
  "config-key": {
    meaning:
      "faqops.config.yaml has a key faqops does not know, or a per-target key (`lockfile`) at the top level",
    fix: "fix the spelling (the message suggests the closest key), or move the key under its target",
  },
  "config-value": {
    meaning:
      "a value in faqops.config.yaml has the wrong type or is out of range, a list of what a target takes is empty, or two targets share a lockfile",
    fix: "write the value the message names, such as `publish: true` or `prune-max: 25%`",
  },
  "config-target-name": {
    meaning:
      "a target's name is not lowercase letters, digits, `-` and `_` starting with a letter, or two names would read the same FAQOPS_<NAME>_* variables",
    fix: "rename the target",
  },
};
