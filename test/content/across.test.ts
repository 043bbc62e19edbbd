import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/index.js";
import { resolveContentOptions } from "../../src/options/content.js";

describe("rules across files", () => {
  it("names every other file of a duplicate, with the verb agreeing", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "faqops-across-"));
    mkdirSync(path.join(cwd, "content/账户"), { recursive: true });
    for (const name of ["a", "b", "c"]) {
      writeFileSync(
        path.join(cwd, `content/账户/${name}.md`),
        "---\ntitle: 怎么开户？\n---\n\n带上身份证。\n",
      );
    }
    const result = await loadContent(resolveContentOptions({ cwd, cache: false }));
    const messages = result.diagnostics
      .filter((d) => d.ruleId === "entry-duplicate")
      .map((d) => `${d.file}: ${d.message}`);
    expect(messages).toEqual([
      "content/账户/a.md: content/账户/b.md and content/账户/c.md have the same skill and title; change one of the titles (or merge the entries)",
      "content/账户/b.md: content/账户/a.md and content/账户/c.md have the same skill and title; change one of the titles (or merge the entries)",
      "content/账户/c.md: content/账户/a.md and content/账户/b.md have the same skill and title; change one of the titles (or merge the entries)",
    ]);
  });
});
