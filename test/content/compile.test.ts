import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { readProjectConfig } from "../../src/config/load.js";
import { contentTargets } from "../../src/config/targets.js";
import { compiledParts } from "../../src/content/cache.js";
import {
  type CompiledFile,
  type ContentResult,
  compileFile,
  loadContent,
} from "../../src/content/index.js";
import { setAutoReplyXml } from "../../src/platform/xml.js";

/**
 * Fixture-driven compiler tests. Each folder in test/fixtures/compile is one case:
 *
 * - `input.md` (+ optional `source`: its path under the content directory, default
 *   `常见问题/input.md`) is compiled alone by compileFile;
 * - or a `content/` tree is loaded by loadContent, with the case folder as working directory
 *   (file rules, skill from folder, rules across entries), and with the targets of its
 *   `faqops.config.yaml` when it has one (front matter `targets`, the rules per target).
 *
 * `expected.json` holds the result. Run with UPDATE=1 to write it for a new case or rewrite it
 * after a deliberate change, then read the diff: the expected files are the specification. A
 * missing one fails the case rather than being written, so a new fixture cannot pass by
 * recording whatever the code produces.
 */
const root = path.resolve(import.meta.dirname, "../fixtures/compile");
const repo = path.resolve(import.meta.dirname, "../..");
const update = process.env.UPDATE === "1";
const UPDATE_COMMAND = "UPDATE=1 npx vitest run test/content/compile.test.ts";
const cases = readdirSync(root).sort();
const xmlParser = new XMLParser({ isArray: (name) => name === "question", parseTagValue: false });

function compileCase(dir: string, transform: (bytes: Buffer) => Buffer = (b) => b): CompiledFile {
  const sourceFile = path.join(dir, "source");
  const source = existsSync(sourceFile)
    ? readFileSync(sourceFile, "utf8").trim()
    : "常见问题/input.md";
  const bytes = transform(readFileSync(path.join(dir, "input.md")));
  return compileFile({ source, path: `content/${source}`, bytes });
}

/** A loaded tree as its fixture holds it: every entry with its answer. */
function withAnswers({ answers, ...result }: ContentResult) {
  return { ...result, entries: result.entries.map((e) => ({ ...e, ...answers.read(e) })) };
}

function toLf(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString("latin1").replace(/\r\n/g, "\n"), "latin1");
}
// latin1 keeps every byte as one char, so invalid UTF-8 survives the round trip unchanged.
const toCrlf = (bytes: Buffer): Buffer =>
  Buffer.from(toLf(bytes).toString("latin1").replace(/\n/g, "\r\n"), "latin1");
const withBom = (bytes: Buffer): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);

describe("compiler fixtures", () => {
  for (const name of cases) {
    const dir = path.join(root, name);
    const expectedFile = path.join(dir, "expected.json");
    const single = existsSync(path.join(dir, "input.md"));

    it(name, async () => {
      const actual = single
        ? (({ entry, diagnostics }) => ({ entry, diagnostics }))(compileCase(dir))
        : withAnswers(
            await loadContent({
              cwd: dir,
              contentDir: path.join(dir, "content"),
              cache: false,
              workers: "off",
              targets: contentTargets((await readProjectConfig(dir, dir)).config),
            }),
          );
      const json = `${JSON.stringify(actual, null, 2)}\n`;
      if (update) writeFileSync(expectedFile, json);
      if (!existsSync(expectedFile)) {
        expect.fail(
          `${path.relative(repo, expectedFile)} is missing: create it with \`${UPDATE_COMMAND}\`, then read it before committing`,
        );
      }
      expect(json).toBe(readFileSync(expectedFile, "utf8"));
    });

    if (!single) continue;

    it(`${name}: CRLF and a BOM compile to the same result as LF`, () => {
      const lf = compileCase(dir, toLf);
      expect(compileCase(dir, toCrlf)).toEqual(lf);
      expect(compileCase(dir, (b) => withBom(toCrlf(b)))).toEqual(lf);
      expect(compileCase(dir, (b) => withBom(toLf(b)))).toEqual(lf);
    });

    // Whether the case compiles to an entry decides what is checked of it, and both branches
    // assert: an entry must read back from its XML; no entry must come with an error, and only
    // in an `err-` case. (The expected.json comparison above pins which one each case is.)
    const compiles = compileCase(dir).entry !== undefined;
    if (compiles) {
      it(`${name}: compiles without errors, and the setautoreply XML reads back to the same fields`, () => {
        const { entry, diagnostics } = compileCase(dir);
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        if (!entry) return expect.fail("no entry");
        const parsed = xmlParser.parse(setAutoReplyXml("m1", entry));
        expect(parsed.xml).toEqual({
          managerid: "m1",
          skillname: entry.skill,
          title: entry.title,
          content: entry.content,
          ...(entry.questions.length > 0 && { question: entry.questions }),
        });
      });

      it(`${name}: the cache keeps the answer as its messages' JSON`, () => {
        const result = compileCase(dir);
        // compiledParts takes it from the content where that holds it whole.
        expect(compiledParts(result, "bytes").answer).toBe(JSON.stringify(result.entry!.messages));
      });
    } else {
      it(`${name}: an error case: no entry, so no XML, and at least one error saying why`, () => {
        expect(name, "only an err- fixture may fail to compile").toMatch(/^err-/);
        const { entry, diagnostics } = compileCase(dir);
        expect(entry).toBeUndefined();
        expect(diagnostics.filter((d) => d.severity === "error").length).toBeGreaterThan(0);
      });
    }
  }
});

describe("the format's own example", () => {
  it("compiles byte for byte to the content string in content-format.md", () => {
    const { entry, diagnostics } = compileCase(path.join(root, "spec-example"));
    expect(diagnostics).toEqual([]);
    expect(entry?.content).toBe(
      String.raw`{"multimsg":["北京今天晴，最高 25 度。\n详情见<a href=\"https://www.weather.com.cn/\">中国天气网</a>。\n\n你还可以问：<a href=\"weixin://bizmsgmenu?msgmenucontent=上海今天多少度&msgmenuid=上海今天多少度\">上海今天多少度</a>",{"news":{"articles":[{"title":"一周天气","description":"","url":"https://example.com/week","picurl":"https://example.com/w.jpg","type":"h5"}]}}]}`,
    );
  });
});
