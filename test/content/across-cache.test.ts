/** The remembered result of the rules across entries: written a piece at a time, read whole. */
import { mkdtempSync, readFileSync } from "node:fs";
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
      expect(text).toBe(
        JSON.stringify({ format: "faqops-across/1", key: "k", diagnostics: found }),
      );
      expect(readAcross(dir, "k")).toEqual(found);
      expect(readAcross(dir, "other")).toBeUndefined();
    },
  );
});
