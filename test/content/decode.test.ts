import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/content/decode.js";
import { alike, closest } from "../../src/content/text-compare.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

describe("decodeUtf8", () => {
  it("drops a BOM and turns CRLF and lone CR into LF", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "a\r\nb\rc\n"))).toEqual({
      ok: true,
      text: "a\nb\nc\n",
    });
  });

  it("points at the first invalid byte's line and column", () => {
    expect(decodeUtf8(bytes("第一行\r\n第二", [0xc3, 0x28], "x"))).toEqual({
      ok: false,
      line: 2,
      column: 3,
    });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "ab", [0xff]))).toEqual({
      ok: false,
      line: 1,
      column: 3,
    });
  });

  it("points at a sequence cut short at the end of the file", () => {
    expect(decodeUtf8(bytes("ab\n中", [0xe4, 0xb8]))).toEqual({ ok: false, line: 2, column: 2 });
  });
});

describe("alike", () => {
  it("folds width, case and ß, and trims", () => {
    expect(alike(" ＨＯＷ？ ")).toBe(alike("how?"));
    expect(alike("Straße")).toBe(alike("STRASSE"));
    expect(alike("e\u0301")).toBe(alike("é"));
    expect(alike("开户")).not.toBe(alike("销户"));
  });
});

describe("closest", () => {
  it("suggests near names only", () => {
    expect(closest("question", ["title", "skill", "questions", "id", "draft"])).toBe("questions");
    expect(closest("titel", ["title", "skill"])).toBe("title");
    expect(closest("tags", ["title", "skill", "questions", "id", "draft"])).toBeUndefined();
  });
});
