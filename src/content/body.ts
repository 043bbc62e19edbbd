/**
 * The body → the answer's messages: text messages (Markdown flattened to chat text) and cards,
 * per content-format.md's "Body → answer". Problems are reported, never thrown.
 */
import type {
  BlockContent,
  Code,
  Definition,
  DefinitionContent,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from "mdast";
import type { LeafDirective, TextDirective } from "mdast-util-directive";
import { CARD_SPECS, compileCard } from "./cards.js";
import { reportCharacterReferences } from "./characters.js";
import { mayContinueMarkup, reportMarkup, reportMarkupAcross } from "./markup.js";
import { answerBounds, type Located, parseMarkdown } from "./parse/index.js";
import type { Reporter } from "./rules.js";
import type { Message, NewsCard } from "./types.js";
import { curlyQuotedAttribute, ideographicIndentedItem } from "./typing.js";
import { urlProblem } from "./urls.js";

/** The platform shows at most this many articles in one news message. */
export const MAX_NEWS_ARTICLES = 8;

/** A compiled body: its messages, and the questions its `:ask` links ask (for cross checks). */
export interface Body {
  readonly messages: Message[];
  readonly asks: Located[];
}

/**
 * Compiles the body that starts at `bodyStart` in the file's text. A body past ANSWER_LIMITS
 * is reported and not parsed (parse/markdown-remark.ts says why).
 */
export function compileBody(text: string, bodyStart: number, report: Reporter): Body {
  const markdown = text.slice(bodyStart);
  const bounds = answerBounds(markdown);
  for (const p of bounds) report.at(p.ruleId, bodyStart + p.offset, p.message);
  if (bounds.length > 0) return { messages: [], asks: [] };
  const tree = parseMarkdown(markdown);
  const compiler = new BodyCompiler(text, bodyStart, report, tree);
  return { messages: compiler.messages(tree), asks: compiler.asks };
}

type Node = RootContent;
/** Where inline text is being rendered: links and `:ask` links cannot nest. */
type InlineContext = "text" | "link" | "ask";

const ASK_ATTRIBUTES = ["q", "id"];
/** A line that looks like a table's delimiter row (`| --- | :-: |`). */
const TABLE_DELIMITER =
  /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?\|?\s*$|^\s*\|?\s*:?-+:?\s*\|\s*$/;

class BodyCompiler {
  readonly asks: Located[] = [];
  private readonly definitions = new Map<string, Definition>();

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly report: Reporter,
    tree: Root,
  ) {
    this.collectDefinitions(tree.children);
  }

  /** The top level: text blocks gather into text messages until a thematic break or a card. */
  messages(root: Root): Message[] {
    const out: Message[] = [];
    let blocks: string[] = [];
    // The news message consecutive `::news` lines are joined into, while they stay adjacent.
    let news: { card: NewsCard; count: number } | undefined;
    const flush = (): void => {
      const text = blocks.join("\n\n").trim();
      if (text !== "") out.push(text);
      blocks = [];
    };
    for (const node of root.children) {
      if (node.type === "leafDirective") {
        const compiled = compileCard(node, this.raw(node), this.offset(node), this.report);
        this.checkAttributes(node, ["title", "description"]);
        if (node.name === "news" && news) {
          news.count++;
          if (news.count === MAX_NEWS_ARTICLES + 1) {
            this.report.at(
              "news-too-many",
              this.offset(node),
              `one news message holds at most ${MAX_NEWS_ARTICLES} articles: put a \`---\` line before this one to start another message`,
            );
          }
          if (compiled?.kind === "news") news.card.news.articles.push(compiled.article);
          continue;
        }
        flush();
        news = undefined;
        if (compiled?.kind === "news") {
          news = { card: { news: { articles: [compiled.article] } }, count: 1 };
          out.push(news.card);
        } else if (compiled?.kind === "card") {
          out.push(compiled.card);
        } else if (node.name === "news") {
          news = { card: { news: { articles: [] } }, count: 1 };
        }
        continue;
      }
      news = undefined;
      if (node.type === "thematicBreak") {
        flush();
        continue;
      }
      const text = this.block(node, 0);
      if (text !== "") blocks.push(text);
    }
    flush();
    return out;
  }

  /** One block's chat text; `depth` is the list nesting level, for indentation. */
  private block(node: Node, depth: number): string {
    switch (node.type) {
      case "paragraph":
        this.checkParagraph(node);
        return this.inline(node.children, "text");
      case "heading":
        return this.inline(node.children, "text");
      case "blockquote":
        return this.blocks(node.children, depth);
      case "list":
        return this.list(node, depth).join("\n");
      case "code":
        return this.literal(node, node.value, "text");
      case "html":
        this.unsupported(
          node,
          "raw HTML is not sent to the chat: write plain text, and links as [text](https://…)",
        );
        return "";
      case "leafDirective":
        this.report.at(
          "card-nested",
          this.offset(node),
          `a card must stand on its own line at the top level, not inside a list or a quote: move \`::${node.name}\` out`,
        );
        return "";
      case "containerDirective":
        this.report.at(
          "container-directive",
          this.offset(node),
          `\`:::${node.name}\` blocks are not supported: write plain Markdown, and cards as one \`::name{…}\` line`,
        );
        return "";
      default:
        // Definitions are used by reference links; a thematic break below the top level (in
        // a quote or a list) cannot split messages and is dropped.
        return "";
    }
  }

  /** Blocks of a container, separated by one blank line. */
  private blocks(nodes: readonly (BlockContent | DefinitionContent)[], depth: number): string {
    return nodes
      .map((n) => this.block(n, depth))
      .filter((t) => t !== "")
      .join("\n\n");
  }

  /**
   * A list as lines: `• ` or `N. ` per item; nested lists, and an item's further lines, are
   * indented two spaces per level. Items never get blank lines between them.
   */
  private list(list: List, depth: number): string[] {
    const indent = "  ".repeat(depth);
    const lines: string[] = [];
    let number = list.start ?? 1;
    for (const item of list.children as ListItem[]) {
      const marker = list.ordered ? `${number++}. ` : "• ";
      let first = true;
      for (const child of item.children) {
        if (child.type === "list") {
          if (first) lines.push(`${indent}${marker}`.trimEnd());
          first = false;
          lines.push(...this.list(child, depth + 1));
          continue;
        }
        if (child.type === "paragraph") this.checkItemIndent(child);
        const text = this.block(child, depth + 1);
        if (text === "") continue;
        for (const line of text.split("\n")) {
          if (first) lines.push(`${indent}${marker}${line}`);
          else lines.push(line === "" ? "" : `${indent}  ${line}`);
          first = false;
        }
      }
      if (first) lines.push(`${indent}${marker}`.trimEnd());
    }
    return lines;
  }

  /** A list item's line indented with U+3000 before a marker: meant as a nested item (typing.ts). */
  private checkItemIndent(paragraph: Paragraph): void {
    const problem = ideographicIndentedItem(this.raw(paragraph));
    if (problem) {
      this.report.at(
        "unsupported-markdown",
        this.offset(paragraph) + problem.offset,
        problem.message,
      );
    }
  }

  /** Inline content as chat text: markers dropped, links and `:ask` as `<a href>`. */
  private inline(nodes: readonly PhrasingContent[], context: InlineContext): string {
    let out = "";
    /** The last piece that was not empty: where `out` ends. */
    let last = "";
    // What the parser could not read of an `:ask` (an unclosed `[`, a broken `{…}`) is left as
    // the text that follows it; it must not reach users as literal markup.
    let previousAsk: "bare" | "full" | undefined;
    for (const node of nodes) {
      if (node.type === "text" && previousAsk) {
        const next = this.raw(node)[0];
        const curly = next === "{" ? curlyQuotedAttribute(this.raw(node)) : undefined;
        if (curly) {
          this.report.at("ask-syntax", this.offset(node) + curly.offset, curly.message);
        } else if (next === "{" || (next === "[" && previousAsk === "bare")) {
          this.report.at(
            "ask-syntax",
            this.offset(node),
            next === "{"
              ? 'cannot read the {…} after this `:ask`: write attributes as {q="问题" id="菜单 id"}, with straight double quotes'
              : "cannot read this `:ask` label: close the `[` on the same line, as in `:ask[问题]`",
          );
        }
      }
      previousAsk =
        node.type === "textDirective" && node.name === "ask"
          ? this.raw(node) === ":ask"
            ? "bare"
            : "full"
          : undefined;
      const piece = this.phrasing(node, context);
      // Checked on the last piece, not on `out`: reading the end of a string built by `+=`
      // copies all of it, at every piece.
      if (context !== "ask" && last !== "" && mayContinueMarkup(last)) {
        reportMarkupAcross(out, piece, this.offset(node), this.report);
      }
      out += piece;
      if (piece !== "") last = piece;
    }
    return out;
  }

  private phrasing(node: PhrasingContent, context: InlineContext): string {
    switch (node.type) {
      case "text":
        this.checkText(node);
        return this.literal(node, node.value, context);
      case "emphasis":
      case "strong":
      case "delete":
        return this.inline(node.children, context);
      case "inlineCode":
        return this.literal(node, node.value, context);
      case "break":
        return "\n";
      case "link":
        return this.link(node, node.url, node.children, context, true);
      case "linkReference": {
        if (node.identifier.startsWith("^")) {
          this.unsupported(node, "footnotes are not supported: write the note in the text");
          return "";
        }
        const definition = this.definitions.get(node.identifier);
        // The definition's URL is checked once, where it is written.
        return this.link(node, definition?.url ?? "", node.children, context, false);
      }
      case "image":
      case "imageReference":
        this.unsupported(
          node,
          'images cannot be inside text: put a card on its own line, `::image{media_id="…"}`',
        );
        return "";
      case "html":
        this.unsupported(
          node,
          "raw HTML is not sent to the chat: write plain text, and links as [text](https://…)",
        );
        return "";
      case "textDirective": {
        // `:ask` is the only text directive. Anything else (`10:30`, `Name:Tom`) is everyday
        // text, and so is a bare `:ask` with neither label nor attributes ("回复 :ask 即可").
        const raw = this.raw(node);
        return node.name === "ask" && raw !== ":ask"
          ? this.ask(node, context)
          : this.literal(node, raw, context);
      }
      default:
        return "";
    }
  }

  private link(
    node: PhrasingContent,
    url: string,
    children: readonly PhrasingContent[],
    context: InlineContext,
    checkUrl: boolean,
  ): string {
    if (context === "ask") {
      this.report.at("ask-text", this.offset(node), "an `:ask` label cannot contain a link");
      return this.inline(children, context);
    }
    const problem = checkUrl ? urlProblem(url) : undefined;
    if (problem) this.report.at("link-url", this.offset(node), `link ${problem}`);
    const label = this.inline(children, "link");
    // An empty label would be an invisible link; the URL is what an autolink shows too.
    return `<a href="${url}">${label.trim() === "" ? url : label}</a>`;
  }

  /** `:ask[label]{q="…" id="…"}` → a tappable recommended question. */
  private ask(node: TextDirective, context: InlineContext): string {
    const offset = this.offset(node);
    if (context !== "text") {
      this.report.at("ask-text", offset, "an `:ask` cannot be inside a link or another `:ask`");
      return "";
    }
    // `q=“问题”` reads as a question with the quotes in it: tapping it would ask that.
    const curly = curlyQuotedAttribute(this.raw(node));
    if (curly) {
      this.report.at("ask-syntax", offset + curly.offset, curly.message);
      return "";
    }
    this.checkAttributes(node, []);
    const attributes = (node.attributes ?? {}) as Record<string, string | null | undefined>;
    for (const name of Object.keys(attributes)) {
      if (ASK_ATTRIBUTES.includes(name)) continue;
      this.report.at(
        "ask-attribute",
        offset,
        `\`:ask\` has no attribute \`${name}\`: it takes q="问题" and id="菜单 id" (quote values that contain spaces)`,
      );
    }
    const label = this.inline(node.children, "ask").trim();
    const q = attributes.q ?? undefined;
    const id = attributes.id ?? undefined;
    const before = this.report.diagnostics.length;
    if (label === "") {
      this.report.at(
        "ask-text",
        offset,
        "`:ask` needs a label, the text the user taps: `:ask[上海今天多少度]`",
      );
    }
    for (const [what, value] of [
      ["label", label],
      ["q", q],
      ["id", id],
    ] as const) {
      if (value === undefined || (what === "label" && value === "")) continue;
      if (value.trim() === "") {
        this.report.at(
          "ask-text",
          offset,
          `the \`:ask\` ${what} is empty: remove it or fill it in`,
        );
      } else if (/["<>&]/.test(value)) {
        this.report.at(
          "ask-text",
          offset,
          `the \`:ask\` ${what} may not contain ", <, > or &, which would break the link ("${value}")`,
        );
      } else if (value.includes("\n")) {
        this.report.at("ask-text", offset, `the \`:ask\` ${what} must be on one line`);
      }
    }
    if (this.report.diagnostics.length > before) return "";
    const question = (q ?? label).trim();
    const menuId = (id ?? question).trim();
    this.asks.push({ text: question, offset });
    return `<a href="weixin://bizmsgmenu?msgmenucontent=${question}&msgmenuid=${menuId}">${label}</a>`;
  }

  /**
   * Text as it will be sent (`value`, from `node`): checked for markup the format did not write
   * (markup.ts; an `:ask` label has its own stricter rule) and, where Markdown decoded
   * character references, for characters XML cannot carry (characters.ts).
   */
  private literal(node: PhrasingContent | Code, value: string, context: InlineContext): string {
    const raw = this.raw(node);
    if (node.type === "text") reportCharacterReferences(value, raw, this.offset(node), this.report);
    if (context !== "ask") reportMarkup(value, raw, this.offset(node), this.report);
    return value;
  }

  /** A directive's attribute values: characters XML cannot carry; markup in the `text` ones. */
  private checkAttributes(node: TextDirective | LeafDirective, text: readonly string[]): void {
    const raw = this.raw(node);
    const attributes = (node.attributes ?? {}) as Record<string, string | null | undefined>;
    const values = Object.values(attributes).join("\n");
    reportCharacterReferences(values, raw, this.offset(node), this.report);
    for (const name of text) {
      const value = attributes[name];
      if (!value) continue;
      // From where the value is written, so positions line up with it, not with other values.
      const at = new RegExp(`[{\\s]${name}=["']?`).exec(raw);
      const start = at ? at.index + at[0].length : 0;
      reportMarkup(value, raw.slice(start), this.offset(node) + start, this.report);
    }
  }

  /**
   * A `:ask` the directive syntax could not read (an unclosed `[`, say) is left as text by the
   * parser; it must not reach users as literal markup. A backslash (`\:ask`) keeps it as text.
   */
  private checkText(node: PhrasingContent): void {
    const match = /(^|[^\\]):ask[[{]/.exec(this.raw(node));
    if (match) {
      this.report.at(
        "ask-syntax",
        this.offset(node) + match.index + match[1]!.length,
        'cannot read this `:ask`: write `:ask[label]` or `:ask[label]{q="问题"}`, with the brackets closed on the same line (write `\\:ask` for the literal text)',
      );
    }
    this.checkBrokenLinks(node);
  }

  /**
   * `[label](https://a.example/a b)` is not a link in Markdown (a space ends the address), so
   * the parser leaves it as text, which would reach users as literal brackets. The format calls
   * white space in a link's address a `link-url` error; `\]` keeps it as text on purpose.
   */
  private checkBrokenLinks(node: PhrasingContent): void {
    const raw = this.raw(node);
    if (!raw.includes("](")) return;
    for (const match of raw.matchAll(/(^|[^\\])\]\(([^()\n]*)\)/g)) {
      const url = match[2]!.trim();
      if (!/\s/.test(url) || !/^(?:[A-Za-z][\w+.-]*:|www\.)/.test(url)) continue;
      const close = match.index + match[1]!.length;
      const open = raw.lastIndexOf("[", close);
      this.report.at(
        "link-url",
        this.offset(node) + (open === -1 ? close : open),
        `link ${urlProblem(url)}`,
      );
    }
  }

  /** Paragraphs that are really a broken card line, or a table, which plain Markdown misreads. */
  private checkParagraph(node: Paragraph): void {
    const raw = this.raw(node);
    // Only what looks like an attempt at a card: a card's name, or any name followed by
    // `[` or `{`. "::TODO 记得更新" is everyday text.
    const card = /^::([A-Za-z][\w-]*)([[{])?/.exec(raw);
    if (card && (card[2] || card[1]! in CARD_SPECS)) {
      const curly = curlyQuotedAttribute(raw);
      if (curly) {
        this.report.at("card-syntax", this.offset(node) + curly.offset, curly.message);
      } else {
        this.report.at(
          "card-syntax",
          this.offset(node),
          `this line starts like a card but cannot be read as one: write \`::${card[1]}{name="value" …}\` alone on one line, with straight double quotes around values that contain spaces`,
        );
      }
    }
    // A table: a first line with a `|`, and a delimiter row after it. Looked at without
    // splitting the paragraph into lines (every paragraph passes here).
    const firstEnd = raw.indexOf("\n");
    if (firstEnd === -1 || raw.lastIndexOf("|", firstEnd) === -1) return;
    const secondEnd = raw.indexOf("\n", firstEnd + 1);
    const second = raw.slice(firstEnd + 1, secondEnd === -1 ? raw.length : secondEnd);
    if (TABLE_DELIMITER.test(second)) {
      this.unsupported(node, "tables are not supported in chat: write one line per row, or a list");
    }
  }

  private collectDefinitions(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (node.type === "definition") {
        if (node.identifier.startsWith("^")) {
          this.unsupported(node, "footnotes are not supported: write the note in the text");
        } else if (!this.definitions.has(node.identifier)) {
          // The first definition of a label wins, as in CommonMark.
          this.definitions.set(node.identifier, node);
          const problem = urlProblem(node.url);
          if (problem) this.report.at("link-url", this.offset(node), `link ${problem}`);
        }
      } else if ("children" in node && node.type !== "paragraph" && node.type !== "heading") {
        // A definition is a block: in the root or a container, never in a paragraph's or a
        // heading's text (most of a tree's nodes, not walked).
        this.collectDefinitions(node.children as Node[]);
      }
    }
  }

  private unsupported(node: Node | PhrasingContent, message: string): void {
    this.report.at("unsupported-markdown", this.offset(node), message);
  }

  /** Offset of a node in the whole file. */
  private offset(node: { position?: { start: { offset?: number } } | undefined }): number {
    return this.base + (node.position?.start.offset ?? 0);
  }

  /** A node's source text, exactly as written. */
  private raw(node: {
    position?: { start: { offset?: number }; end: { offset?: number } } | undefined;
  }): string {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    return this.text.slice(this.base + start, this.base + end);
  }
}
