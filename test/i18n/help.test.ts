/**
 * `--help` in Chinese, held to the real program: every command's summary and description, and
 * every option's and argument's description (hidden ones too) has an entry in i18n/help.ts, and
 * the help commander prints for each command reads as Chinese, its flags and names kept.
 */
import { type Command, Help } from "commander";
import { describe, expect, it } from "vitest";
import { createProgram, helpLang } from "../../src/cli/main.js";
import { HELP_TEXT, helpExtraInfo, translateHelp } from "../../src/i18n/help.js";
import { holeNames } from "../../src/i18n/template.js";
import { englishLeft } from "./helpers.js";

const io = (env: Record<string, string | undefined> = {}) => ({
  stdout: () => {},
  stderr: () => {},
  isTty: false,
  env,
  cwd: process.cwd(),
});

/** The program and every command under it. */
function allCommands(program: Command): Command[] {
  return [program, ...program.commands.flatMap((c) => allCommands(c))];
}

/** Every help text registered: summaries, descriptions, options, arguments (with where from). */
function registeredTexts(program: Command): { where: string; text: string }[] {
  const help = new Help();
  const texts: { where: string; text: string }[] = [];
  for (const command of allCommands(program)) {
    const name = command === program ? "faqops" : `faqops ${command.name()}`;
    texts.push({ where: `${name}: description`, text: command.description() });
    if (command.summary()) texts.push({ where: `${name}: summary`, text: command.summary() });
    // options holds every option, hidden ones too; visibleOptions adds -h, --help.
    const options = new Set([...command.options, ...help.visibleOptions(command)]);
    for (const option of options) {
      texts.push({ where: `${name} ${option.flags}`, text: option.description });
    }
    for (const argument of command.registeredArguments) {
      texts.push({ where: `${name} <${argument.name()}>`, text: argument.description });
    }
    // The implicit `help [command]`.
    for (const sub of help.visibleCommands(command)) {
      texts.push({
        where: `${name} ${sub.name()}: summary`,
        text: help.subcommandDescription(sub),
      });
    }
  }
  return texts.filter((t) => t.text !== "");
}

describe("help in Chinese", () => {
  const { program } = createProgram(io(), ["--lang", "zh-CN"]);

  it("every registered description, summary and option has a Chinese entry", () => {
    const texts = registeredTexts(program);
    expect(texts.length).toBeGreaterThan(80);
    const missing = texts.filter((t) => translateHelp(t.text) === undefined);
    expect(missing).toEqual([]);
    for (const { where, text } of texts) {
      const zh = translateHelp(text) ?? "";
      expect(zh, where).toMatch(/\p{Script=Han}/u);
      expect(englishLeft(zh), `${where}: ${zh}`).toEqual([]);
    }
  });

  it("each entry's Chinese keeps the holes of its English", () => {
    for (const entry of HELP_TEXT) {
      expect(holeNames(entry.zh).sort(), entry.en).toEqual(holeNames(entry.en).sort());
    }
  });

  it("each command's help: headings and descriptions in Chinese, flags and names kept", () => {
    for (const command of allCommands(program)) {
      const text = command.helpInformation();
      expect(text).toMatch(/^用法： faqops/);
      expect(text).toContain("选项：");
      expect(text).not.toMatch(/Usage:|Options:|Commands:|Arguments:|display help|\(default:/);
      expect(text).toContain("-h, --help");
      for (const option of command.options.filter((o) => !o.hidden)) {
        expect(text).toContain(option.flags);
      }
      // A wrapped line may cut a sentence, so the text is checked whole, its flag column aside.
      const prose = text.replace(/^ {2}\S.*? {2,}/gm, "").replace(/--?[a-z][\w-]*/g, " ");
      expect(englishLeft(prose), command.name()).toEqual([]);
    }
    const root = program.helpInformation();
    expect(root).toContain("命令：");
    expect(root).toMatch(/plan \[options\] +显示同步会改动什么（无需凭据）/);
    expect(program.commands.find((c) => c.name() === "apply")?.helpInformation()).toContain(
      "参数：\n  plan-file",
    );
  });

  it("lines wrap at the width, a Chinese character counting two columns", () => {
    const plan = program.commands.find((c) => c.name() === "plan");
    if (!plan) return expect.fail("no plan command");
    const lines = plan.helpInformation({ error: false }).split("\n");
    expect(lines.length).toBeGreaterThan(10);
    const width = (line: string) =>
      line.length + (line.match(/[\p{Script=Han}，。：；（）、]/gu)?.length ?? 0);
    for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(80);
  });

  it("commander's own (default: …) and (choices: …)", () => {
    expect(helpExtraInfo(" (default: 3)", "zh-CN")).toBe("（默认：3）");
    expect(helpExtraInfo(' (choices: "a", "b", default: "a")', "zh-CN")).toBe(
      '（可选值："a", "b"，默认："a"）',
    );
    expect(helpExtraInfo(" (default: 3)", "en")).toBe(" (default: 3)");
  });
});

describe("help in English", () => {
  it("by default, commander's words and the registered English", () => {
    const { program } = createProgram(io(), []);
    const root = program.helpInformation();
    expect(root).toMatch(/^Usage: faqops/);
    expect(root).toContain("Run a WeChat Dialogue Open Platform FAQ from Git.");
    expect(root).toContain("display help for command");
    expect(root).not.toMatch(/\p{Script=Han}/u);
    const plan = program.commands.find((c) => c.name() === "plan")?.helpInformation() ?? "";
    expect(plan).toContain("Options:");
    expect(plan).not.toMatch(/\p{Script=Han}/u);
  });
});

describe("helpLang: the language of --help, read before the program is built", () => {
  it("reads --lang X and --lang=X anywhere before --, then the environment", () => {
    expect(helpLang(["--lang", "zh-CN", "plan", "--help"], {})).toBe("zh-CN");
    expect(helpLang(["plan", "--help", "--lang=zh_cn"], {})).toBe("zh-CN");
    expect(helpLang(["plan", "--help"], { LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(helpLang(["plan", "--help"], { FAQOPS_LANG: "zh" })).toBe("zh-CN");
    expect(helpLang(["--lang", "en", "--help"], { LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(helpLang(["--help"], {})).toBe("en");
    expect(helpLang(["check", "--", "--lang", "zh-CN"], {})).toBe("en");
  });

  it("gives English for a bad value (the run then reports it)", () => {
    expect(helpLang(["--lang", "fr", "--help"], { LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(helpLang(["--lang"], {})).toBe("en");
    expect(helpLang(["--help"], { FAQOPS_LANG: "klingon", LANG: "zh_CN" })).toBe("en");
  });
});
