import { describe, expect, it } from "vitest";
import { entryHash } from "../../src/content/entry-hash.js";

describe("entryHash", () => {
  const base = {
    skill: "账户",
    title: "怎么开户？",
    content: "带身份证到网点。",
    questions: ["开户", "办卡"],
  };

  it("is a fixed function of what is sent (pinned, so a change of scheme is deliberate)", () => {
    // Computed independently: python3 -c 'import json,hashlib; print(hashlib.sha256(json.dumps(
    //   ["faqops-entry/1","账户","怎么开户？","带身份证到网点。",["开户","办卡"]],
    //   ensure_ascii=False, separators=(",",":")).encode()).hexdigest())'
    expect(entryHash(base)).toBe(
      "93e9853b1aa3330a8b3f5dad7cecb1374503fa73090c612b0656517f71090c5b",
    );
  });

  it("changes with every sent field, including question order", () => {
    const hashes = new Set([
      entryHash(base),
      entryHash({ ...base, skill: "账户 " }),
      entryHash({ ...base, title: "怎么开户?" }),
      entryHash({ ...base, content: "带身份证到网点" }),
      entryHash({ ...base, questions: ["办卡", "开户"] }),
      entryHash({ ...base, questions: ["开户"] }),
      // Field boundaries cannot be shifted to collide: JSON quoting keeps them apart.
      entryHash({ ...base, skill: "账户怎么开户？", title: "" }),
    ]);
    expect(hashes.size).toBe(7);
  });
});
