/** The remembered result of the rules across entries: written a piece at a time, read whole. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACROSS_FILE, readAcross, writeAcross } from "../../src/content/across-cache.js";
import type { Diagnostic } from "../../src/diagnostics.js";

function diagnostics(count: number): Diagnostic[] {
  return Array.from({ length: count }, (_, i) => ({
    file: `content/账户/问题${i}.md`,
    line: i + 1,
    column: 3,
    severity: "warning",
    ruleId: "ask-target",
    message: `no synced entry has the title or question "怎么开户${i}？" \\ "quoted"`,
  }));
}

describe("across cache", () => {
  it.each([0, 1, 5000])(
    "writes %i diagnostics as the JSON of the whole, and reads them back",
    (n) => {
      const dir = mkdtempSync(path.join(tmpdir(), "faqops-across-cache-"));
      const found = diagnostics(n);
      writeAcross(dir, "k", found);
      const text = readFileSync(path.join(dir, ACROSS_FILE), "utf8");
      const json = `${JSON.stringify({ format: "faqops-across/4", key: "k", diagnostics: found })}\n`;
      const seal = createHash("sha256").update(json).digest("hex");
      expect(text).toBe(`${json}{"sha256":"${seal}"}\n`);
      expect(readAcross(dir, "k")).toEqual(found);
      expect(readAcross(dir, "other")).toBeUndefined();
    },
  );

  it("ignores a file changed in place, even one still well-formed, and one cut short", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "faqops-across-cache-"));
    const file = path.join(dir, ACROSS_FILE);
    writeAcross(dir, "k", diagnostics(3));
    const text = readFileSync(file, "utf8");
    // One character of a message, as a flipped byte could leave it: valid JSON still.
    writeFileSync(file, text.replace("怎么开户1", "怎么开户7"));
    expect(readAcross(dir, "k")).toBeUndefined();
    writeFileSync(file, text.slice(0, text.lastIndexOf("{")));
    expect(readAcross(dir, "k")).toBeUndefined();
    writeFileSync(file, text);
    expect(readAcross(dir, "k")).toEqual(diagnostics(3));
  });
});
