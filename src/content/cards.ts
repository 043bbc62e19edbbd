/** Card directives (`::news`, `::image`, `::miniprogram`) → the platform's card objects. */
import type { LeafDirective } from "mdast-util-directive";
import type { Reporter } from "./rules.js";
import { closest } from "./text-compare.js";
import type { ImageCard, MiniProgramCard, NewsArticle } from "./types.js";
import { curlyQuotedAttribute } from "./typing.js";
import { urlProblem } from "./urls.js";

interface CardSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/** Attributes per card, in the order of the format's table. */
export const CARD_SPECS: Readonly<Record<string, CardSpec>> = {
  news: { required: ["title", "url"], optional: ["description", "picurl", "type"] },
  image: { required: ["media_id"], optional: ["url"] },
  miniprogram: {
    required: ["title", "appid", "pagepath", "thumb_media_id"],
    optional: ["thumb_url"],
  },
};

const URL_ATTRIBUTES = new Set(["url", "picurl", "thumb_url"]);
/** `wx` and 16 lower-case hex digits: the form of every mini program's AppID. */
const APPID = /^wx[0-9a-f]{16}$/;

/** A compiled card directive: a news article (joined with its neighbours later) or a card. */
export type CompiledCard =
  | { readonly kind: "news"; readonly article: NewsArticle }
  | { readonly kind: "card"; readonly card: ImageCard | MiniProgramCard };

/**
 * Compiles one leaf directive. `raw` is its source text and `offset` where it starts in the
 * file. Returns undefined after reporting problems.
 */
export function compileCard(
  node: LeafDirective,
  raw: string,
  offset: number,
  report: Reporter,
): CompiledCard | undefined {
  // `title=“周末”` reads as a value with the quotes in it: it would be sent that way.
  const curly = curlyQuotedAttribute(raw);
  if (curly) {
    report.at("card-syntax", offset + curly.offset, curly.message);
    return undefined;
  }
  const spec = CARD_SPECS[node.name];
  if (!spec) {
    const names = Object.keys(CARD_SPECS);
    const guess = closest(node.name, names);
    report.at(
      "card-unknown",
      offset,
      node.name === "ask"
        ? "`::ask` is not a card: write `:ask[问题]` (one colon) inside a line of text"
        : guess
          ? `unknown card \`::${node.name}\`: did you mean \`::${guess}\`?`
          : `unknown card \`::${node.name}\`; the cards are ${names.map((n) => `\`::${n}\``).join(", ")}`,
    );
    return undefined;
  }
  const before = report.diagnostics.length;
  if (node.children.length > 0) {
    report.at(
      "card-label",
      offset,
      `\`::${node.name}\` takes no [label]: put the text in an attribute, such as title="…"`,
    );
  }
  const attributes = (node.attributes ?? {}) as Record<string, string | null | undefined>;
  const known = [...spec.required, ...spec.optional];
  const at = (name: string): number => offset + attributeOffset(raw, name);
  for (const name of Object.keys(attributes)) {
    if (known.includes(name)) continue;
    const guess = closest(name, known);
    report.at(
      "card-attribute",
      at(name),
      guess
        ? `\`::${node.name}\` has no attribute \`${name}\`: did you mean \`${guess}\`?`
        : `\`::${node.name}\` has no attribute \`${name}\`; its attributes are ${known.join(", ")} (quote values that contain spaces)`,
    );
  }
  const value = (name: string): string => attributes[name] ?? "";
  for (const name of spec.required) {
    if (value(name).trim() === "") {
      report.at(
        "card-required",
        name in attributes ? at(name) : offset,
        `\`::${node.name}\` needs ${name}="…"${name in attributes ? " (it is empty)" : ""}`,
      );
    }
  }
  for (const name of known) {
    const v = value(name);
    if (!URL_ATTRIBUTES.has(name) || v === "") continue;
    const problem = urlProblem(v);
    if (problem) report.at("card-url", at(name), `${name}: ${problem}`);
  }
  if (node.name === "miniprogram" && value("appid") !== "" && !APPID.test(value("appid"))) {
    report.at(
      "card-appid",
      at("appid"),
      `appid "${value("appid")}" is not a mini program AppID: it is wx followed by 16 lower-case hex digits`,
    );
  }
  const type = attributes.type ?? "h5";
  if (node.name === "news" && type !== "h5" && type !== "mp") {
    report.at(
      "news-type",
      at("type"),
      `type must be h5 (a web page) or mp (an official-account article); got "${type}"`,
    );
  }
  if (report.diagnostics.length > before) return undefined;

  switch (node.name) {
    case "news":
      return {
        kind: "news",
        article: {
          title: value("title"),
          description: value("description"),
          url: value("url"),
          picurl: value("picurl"),
          type: type as "h5" | "mp",
        },
      };
    case "image":
      return { kind: "card", card: { image: { media_id: value("media_id"), url: value("url") } } };
    default:
      return {
        kind: "card",
        card: {
          miniprogrampage: {
            title: value("title"),
            appid: value("appid"),
            pagepath: value("pagepath"),
            thumb_media_id: value("thumb_media_id"),
            thumb_url: value("thumb_url"),
          },
        },
      };
  }
}

/**
 * Where an attribute is written inside the directive's source, for a precise column. mdast
 * keeps no per-attribute positions; `#x` and `.y` shortcuts stand for `id` and `class`.
 */
function attributeOffset(raw: string, name: string): number {
  const brace = raw.indexOf("{");
  if (brace === -1) return 0;
  const shortcut = name === "id" ? "#" : name === "class" ? "." : undefined;
  // A plain scan, not a RegExp built from the name: user text never becomes a pattern.
  for (let i = brace; i < raw.length - 1; i++) {
    if (raw[i] !== "{" && !/\s/.test(raw[i]!)) continue;
    const at = i + 1;
    if (shortcut !== undefined && raw[at] === shortcut) return at;
    if (raw.startsWith(name, at) && /[\s=}]/.test(raw[at + name.length] ?? "")) return at;
  }
  return 0;
}
