import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StateFileError } from "../../src/errors.js";
import {
  LOCKFILE_VERSION,
  type LockEntry,
  type Lockfile,
  parseLockfile,
  readLockfile,
  serializeLockfile,
} from "../../src/sync/lockfile.js";

const lock: Lockfile = {
  version: LOCKFILE_VERSION,
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
      [
        '{"version":5,"entries":[]}',
        /version 5, written by a newer faqops; this one reads version 4/,
      ],
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
      version: LOCKFILE_VERSION,
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

  it("writes version 3 only for what version 3 adds, and reads v2 fields and pending tasks back", () => {
    const v2Entry: LockEntry = {
      skill: "售前",
      title: "营业时间",
      hash: "h",
      source: "售前/营业时间.md",
      status: "synced",
      unpublished: true,
      api: "v2",
      skillId: 12,
      intentId: 3401,
    };
    const disabled: LockEntry = {
      skill: "售前",
      title: "旧问题",
      hash: "h0",
      source: "售前/旧.md",
      status: "disabled",
    };
    // A v1-only lock stays version 2, so an older faqops still reads it.
    expect(
      serializeLockfile({
        version: LOCKFILE_VERSION,
        entries: [disabled].map((e) => ({ ...e, status: "synced" as const })),
      }),
    ).toContain('"version": 2');
    for (const lockfile of [
      { version: LOCKFILE_VERSION, entries: [v2Entry] },
      { version: LOCKFILE_VERSION, entries: [disabled] },
      {
        version: LOCKFILE_VERSION,
        entries: [],
        tasks: [
          {
            id: "179ba14fae5f4028b7c00a180cf709e3",
            submitted: "2026-11-27T10:00:00.000Z",
            mode: 0 as const,
            items: [{ entry: v2Entry, renamedFrom: "几点开门" }],
          },
        ],
      },
    ] satisfies Lockfile[]) {
      const text = serializeLockfile(lockfile);
      expect(text).toContain('"version": 3');
      const back = parseLockfile(text, "l");
      expect(back.entries).toEqual(lockfile.entries);
      expect(back.tasks).toEqual("tasks" in lockfile ? lockfile.tasks : undefined);
      expect(serializeLockfile(back)).toBe(text);
    }
  });

  it("refuses malformed version 3 fields, naming them", () => {
    const base = (entry: string, tasks = "") => `{"version":3,"entries":[${entry}]${tasks}}`;
    const ok =
      '{"skill":"a","title":"b","hash":"c","source":"d","status":"disabled","api":"v2","intentId":5}';
    expect(parseLockfile(base(ok), "l").entries[0]?.status).toBe("disabled");
    const cases: [string, RegExp][] = [
      [base(ok.replace('"disabled"', '"gone"')), /entries\[0\]\.status must be/],
      [base(ok.replace('"v2"', '"v3"')), /entries\[0\]\.api must be "v2"/],
      [base(ok.replace("5}", '"5"}')), /entries\[0\]\.intentId is not a number/],
      [base(ok, ',"tasks":{}'), /"tasks" is not a list/],
      [base(ok, ',"tasks":[{"id":"t","submitted":"x","mode":2,"items":[]}]'), /tasks\[0\]\.mode/],
      [
        base(
          ok,
          ',"tasks":[{"id":"t","submitted":"x","mode":0,"items":[{"entry":{"skill":"a"}}]}]',
        ),
        /tasks\[0\]\.items\[0\]\.entry\.title is missing/,
      ],
    ];
    for (const [text, message] of cases) {
      expect(() => parseLockfile(text, "l"), text).toThrow(message);
    }
  });
});
