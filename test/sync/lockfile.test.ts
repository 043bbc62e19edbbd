import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StateFileError } from "../../src/errors.js";
import {
  type LockEntry,
  type Lockfile,
  parseLockfile,
  readLockfile,
  serializeLockfile,
} from "../../src/sync/lockfile.js";

const lock: Lockfile = {
  version: 2,
  entries: [
    { skill: "转账", title: "b", hash: "h2", source: "转账/b.md", status: "synced" },
    { skill: "账户", title: "a", hash: "h1", source: "账户/a.md", id: "acct-a", status: "removed" },
    { skill: "转账", title: "a", hash: "h3", source: "转账/a.md", status: "synced" },
  ],
};

describe("lockfile", () => {
  it("serialises sorted, one entry a line, and reads back the same", () => {
    const text = serializeLockfile(lock);
    expect(text).toBe(
      [
        "{",
        '  "version": 2,',
        '  "entries": [',
        '    {"skill":"账户","title":"a","hash":"h1","source":"账户/a.md","id":"acct-a","status":"removed"},',
        '    {"skill":"转账","title":"a","hash":"h3","source":"转账/a.md","status":"synced"},',
        '    {"skill":"转账","title":"b","hash":"h2","source":"转账/b.md","status":"synced"}',
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
    expect(serializeLockfile(parseLockfile(text, "x"))).toBe(text);
  });

  it("treats a missing file as empty, but refuses corrupt, truncated and future files", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "faqops-lock-"));
    const file = path.join(dir, "faqops.lock.json");
    expect((await readLockfile(file)).entries).toEqual([]);

    const text = serializeLockfile(lock);
    const cases: [string, RegExp][] = [
      ["", /faqops\.lock\.json is not valid: it is not JSON/],
      [text.slice(0, text.length / 2), /is not valid: it is not JSON/],
      ["[]", /not a JSON object/],
      ['{"version":1}', /"entries" is not a list/],
      [
        '{"version":1,"entries":[{"skill":"a","title":"b","hash":"c","status":"synced"}]}',
        /entries\[0\]\.source is missing/,
      ],
      [
        '{"version":1,"entries":[{"skill":"a","title":"b","hash":"c","source":"d","status":"gone"}]}',
        /status must be/,
      ],
      ['{"version":3,"entries":[]}', /version 3, written by a newer faqops/],
      [
        '{"version":2,"entries":[{"skill":"a","title":"b","hash":"c","source":"d","status":"synced","unpublished":false}]}',
        /unpublished must be true/,
      ],
    ];
    for (const [content, message] of cases) {
      await writeFile(file, content);
      const error = await readLockfile(file, "faqops.lock.json").catch((e: unknown) => e);
      expect(error, content).toBeInstanceOf(StateFileError);
      expect((error as Error).message, content).toMatch(message);
    }
    // The file is untouched by a failed read.
    expect(await readFile(file, "utf8")).toContain('"unpublished":false');
  });

  it("reads version 1 as is, and keeps the unpublished marker of version 2", () => {
    const v1 =
      '{"version":1,"entries":[{"skill":"a","title":"b","hash":"c","source":"d","status":"synced"}]}';
    const read = parseLockfile(v1, "l");
    expect(read.entries).toEqual([
      { skill: "a", title: "b", hash: "c", source: "d", status: "synced" },
    ]);
    const marked = serializeLockfile({
      version: 2,
      entries: [{ ...read.entries[0], unpublished: true } as LockEntry],
    });
    expect(marked).toContain('"version": 2');
    expect(marked).toContain('"status":"synced","unpublished":true}');
    expect(parseLockfile(marked, "l").entries[0]?.unpublished).toBe(true);
  });

  it("refuses a lockfile that lists one entry twice", () => {
    const dup =
      '{"version":1,"entries":[{"skill":"a","title":"b","hash":"c","source":"d","status":"synced"},{"skill":"a","title":"b","hash":"e","source":"f","status":"synced"}]}';
    expect(() => parseLockfile(dup, "l")).toThrow(/repeats the entry "a \/ b"/);
  });
});
