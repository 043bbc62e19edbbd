import { describe, expect, it } from "vitest";
import { alike, alikeCommon, alikeFull, askKey } from "../../src/content/text-compare.js";
import { seededRandom } from "../../src/seeded-random.js";

/** Every character alikeCommon takes: ASCII, the ideographs, full-width ASCII, U+3000. */
function* commonCharacters(): Generator<string> {
  for (let c = 0; c < 0x80; c++) yield String.fromCharCode(c);
  for (let c = 0x4e00; c <= 0x9fff; c++) yield String.fromCharCode(c);
  for (let c = 0xff01; c <= 0xff5e; c++) yield String.fromCharCode(c);
  yield "\u3000";
}

describe("alike's common-text path", () => {
  it("gives what the normalizer gives, on every character it takes, alone and in company", () => {
    let checked = 0;
    for (const ch of commonCharacters()) {
      for (const text of [ch, ` ${ch}Ａ？\u3000`, `开户${ch}${ch}x`]) {
        expect(alikeCommon(text), JSON.stringify(text)).toBe(alikeFull(text));
        checked++;
      }
    }
    expect(checked).toBe(3 * (0x80 + 0x5200 + 0x5e + 1));
  });

  it("takes the titles and questions Chinese FAQs are made of", () => {
    for (const text of [
      "网点业务8965需要什么材料？",
      "ＡＴＭ机单日取现限额",
      "How do I pay?",
      "　开户　",
    ]) {
      expect(alikeCommon(text)).toBeDefined();
    }
  });

  it("leaves every other text to the normalizer", () => {
    for (const text of [
      "Straße",
      "e\u0301",
      "É",
      "ｶﾀｶﾅ",
      "①",
      "﹖",
      "\uf900",
      "가",
      "、",
      "“引号”",
    ]) {
      expect(alikeCommon(text), text).toBeUndefined();
      expect(alike(text)).toBe(alikeFull(text));
    }
  });

  it("agrees with the normalizer on random text, common or not", () => {
    const random = seededRandom(20261128);
    const pools = [
      [0x20, 0x7f],
      [0x4e00, 0x4e40],
      [0xff01, 0xff5f],
      [0x3000, 0x3001],
      [0x00c0, 0x0180], // Latin-1 and Extended-A: case and composition
      [0x0300, 0x0310], // combining marks
      [0x3001, 0x3020], // CJK punctuation
      [0xff61, 0xffa0], // half-width katakana
      [0xf900, 0xf910], // compatibility ideographs
      [0x10100, 0x10103], // astral punctuation (Aegean word separators)
      [0xd800, 0xd801], // a lone high surrogate
      [0xdc00, 0xdc01], // a lone low surrogate
    ] as const;
    let common = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      const length = Math.floor(random() * 12);
      const outside = random() < 0.3;
      for (let i = 0; i < length; i++) {
        const [from, to] = pools[Math.floor(random() * (outside ? pools.length : 4))]!;
        text += String.fromCodePoint(from + Math.floor(random() * (to - from)));
      }
      if (alikeCommon(text) !== undefined) common++;
      expect(alike(text), JSON.stringify(text)).toBe(alikeFull(text));
      expect(askKey(text), JSON.stringify(text)).toBe(alikeFull(text).replace(/[\p{P}\s]+$/u, ""));
    }
    expect(common).toBeGreaterThan(10_000);
  });
});
