/** Which language faqops speaks: `--lang`, else FAQOPS_LANG, else the locale, else English. */
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { langFromLocale, parseLang, resolveLang } from "../../src/i18n/index.js";

describe("resolveLang", () => {
  it("takes --lang first", () => {
    expect(resolveLang({ flag: "zh-CN", env: { FAQOPS_LANG: "en", LANG: "en_US.UTF-8" } })).toBe(
      "zh-CN",
    );
    expect(resolveLang({ flag: "en", env: { FAQOPS_LANG: "zh-CN", LC_ALL: "zh_CN.UTF-8" } })).toBe(
      "en",
    );
  });

  it("then FAQOPS_LANG", () => {
    expect(resolveLang({ env: { FAQOPS_LANG: "zh-CN", LANG: "en_US.UTF-8" } })).toBe("zh-CN");
    expect(resolveLang({ env: { FAQOPS_LANG: "en", LC_ALL: "zh_CN.UTF-8" } })).toBe("en");
  });

  it("then LC_ALL, LC_MESSAGES, LANG, the first one set", () => {
    expect(resolveLang({ env: { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" } })).toBe("zh-CN");
    expect(resolveLang({ env: { LC_ALL: "C", LANG: "zh_CN.UTF-8" } })).toBe("en");
    expect(resolveLang({ env: { LC_MESSAGES: "zh_CN", LANG: "en_US" } })).toBe("zh-CN");
    expect(resolveLang({ env: { LC_ALL: "", LC_MESSAGES: " ", LANG: "zh_CN.GB18030" } })).toBe(
      "zh-CN",
    );
  });

  it("else English", () => {
    expect(resolveLang({ env: {} })).toBe("en");
    expect(resolveLang({ flag: "", env: { FAQOPS_LANG: " " } })).toBe("en");
    expect(resolveLang({ flag: false, env: {} })).toBe("en");
  });

  it("refuses a value it does not know, naming where it came from and the choices", () => {
    expect(() => resolveLang({ flag: "fr", env: {} })).toThrow(
      new UsageError('--lang must be one of en, zh-CN; got "fr".'),
    );
    expect(() => resolveLang({ env: { FAQOPS_LANG: "de" } })).toThrow(
      'FAQOPS_LANG must be one of en, zh-CN; got "de".',
    );
    expect(() => resolveLang({ flag: "x", env: {}, flagName: "lang" })).toThrow(
      'lang must be one of en, zh-CN; got "x".',
    );
    expect(() => resolveLang({ flag: true, env: {} })).toThrow(
      "--lang needs a value: one of en, zh-CN.",
    );
  });

  it("does not let a locale it does not know stop a run: it is English", () => {
    expect(resolveLang({ env: { LANG: "de_DE.UTF-8" } })).toBe("en");
    expect(resolveLang({ env: { LANG: "nonsense" } })).toBe("en");
  });
});

describe("parseLang", () => {
  it("reads the choices in any case, `_` for `-`, and `zh` alone", () => {
    for (const value of ["zh-CN", "zh-cn", "ZH_CN", "zh", " zh-CN "]) {
      expect(parseLang("--lang", value)).toBe("zh-CN");
    }
    for (const value of ["en", "EN", " en"]) expect(parseLang("--lang", value)).toBe("en");
    expect(parseLang("--lang", "")).toBeUndefined();
    expect(parseLang("--lang", undefined)).toBeUndefined();
  });
});

describe("langFromLocale", () => {
  it("is Chinese for any zh locale, Simplified or Traditional", () => {
    for (const locale of [
      "zh",
      "zh_CN",
      "zh_CN.UTF-8",
      "zh-Hans",
      "zh_TW.Big5",
      "zh_HK",
      "ZH_cn",
    ]) {
      expect(langFromLocale(locale), locale).toBe("zh-CN");
    }
  });

  it("is English for C, POSIX and every other language", () => {
    for (const locale of ["C", "C.UTF-8", "POSIX", "en_US.UTF-8", "ja_JP", "zu_ZA", "zhx"]) {
      expect(langFromLocale(locale), locale).toBe("en");
    }
    expect(langFromLocale("")).toBeUndefined();
  });
});
