/** The emulator's bot as a pure state machine: calls in, answers and state out, no HTTP. */
import { describe, expect, it } from "vitest";
import { type BotCall, createBot } from "../../src/platform/emulator/bot.js";
import type { AutoReply } from "../../src/platform/types.js";

const entry = (skill: string, title: string, content = `${title}!`): AutoReply => ({
  skill,
  title,
  content,
  questions: [`${title}?`],
});
const set = (e: AutoReply): BotCall => ({ action: "setautoreply", entry: e });
const PUBLISH: BotCall = { action: "publish" };
const POLL: BotCall = { action: "publish_progress" };

describe("the emulator's bot", () => {
  it("keys entries by skill and title: a second write replaces, another skill adds", () => {
    const bot = createBot({ publishSteps: 1 });
    expect(bot.perform(set(entry("b", "x", "first")))).toEqual({
      answer: { errcode: 0, msg: "Success" },
      changed: true,
      written: [entry("b", "x", "first")],
    });
    bot.perform(set(entry("b", "x", "second")));
    bot.perform(set(entry("a", "x")));
    expect(bot.entries()).toEqual([entry("a", "x"), entry("b", "x", "second")]);
  });

  it("adds with batchimportskill mode 0 and replaces everything with mode 1", () => {
    const bot = createBot({ publishSteps: 1 });
    bot.perform(set(entry("s", "old")));
    const add = bot.perform({
      action: "batchimportskill",
      mode: 0,
      entries: [entry("s", "new"), entry("s", "old", "changed")],
    });
    expect(add).toMatchObject({ answer: { code: 0 }, changed: true });
    expect(add.written).toHaveLength(2);
    expect(bot.entries()).toEqual([entry("s", "new"), entry("s", "old", "changed")]);
    bot.perform({ action: "batchimportskill", mode: 1, entries: [entry("t", "only")] });
    expect(bot.entries()).toEqual([entry("t", "only")]);
    bot.perform({ action: "batchimportskill", mode: 1, entries: [] });
    expect(bot.entries()).toEqual([]);
  });

  it("publishes a snapshot over publishSteps polls; later writes are not live", () => {
    const bot = createBot({ publishSteps: 2 });
    expect(bot.perform(POLL)).toMatchObject({ answer: { data: { progress: 100, status: 1 } } });
    bot.perform(set(entry("s", "a")));
    expect(bot.perform(PUBLISH)).toMatchObject({ answer: { code: 0, errcode: 0 }, changed: false });
    bot.perform(set(entry("s", "b")));
    const polls = [bot.perform(POLL), bot.perform(POLL), bot.perform(POLL)];
    expect(polls.map((p) => [p.answer.data, p.changed])).toEqual([
      [{ progress: 0, status: 0 }, false],
      [{ progress: 50, status: 0 }, false],
      [{ progress: 100, status: 1 }, true],
    ]);
    expect(bot.published()).toEqual([entry("s", "a")]);
    expect(bot.entries()).toEqual([entry("s", "a"), entry("s", "b")]);
    // Done: further polls report the last publish as complete, and change nothing.
    expect(bot.perform(POLL)).toMatchObject({
      answer: { data: { progress: 100, status: 1 } },
      changed: false,
    });
  });

  it("fails a publish started with publishFails where it stopped, leaving the live content", () => {
    const bot = createBot({ publishSteps: 2 });
    bot.perform(set(entry("s", "a")));
    bot.perform(PUBLISH);
    for (let poll = 0; poll <= 2; poll++) bot.perform(POLL);
    expect(bot.published()).toEqual([entry("s", "a")]);

    bot.perform(set(entry("s", "b")));
    bot.perform(PUBLISH, { publishFails: true });
    const polls = [bot.perform(POLL), bot.perform(POLL), bot.perform(POLL)];
    expect(polls.map((p) => p.answer.data)).toEqual([
      { progress: 0, status: 0 },
      { progress: 50, status: 0 },
      { progress: 50, status: 2 },
    ]);
    expect(polls.every((p) => !p.changed)).toBe(true);
    expect(bot.published()).toEqual([entry("s", "a")]);
  });

  it("starts from a saved state, hands it back for saving, and resets to empty", () => {
    const state = { entries: [entry("b", "y"), entry("a", "x")], published: [entry("a", "x")] };
    const bot = createBot({ publishSteps: 0, state });
    expect(bot.entries()).toEqual([entry("a", "x"), entry("b", "y")]);
    expect(bot.published()).toEqual([entry("a", "x")]);
    expect(bot.state()).toEqual({
      entries: [entry("a", "x"), entry("b", "y")],
      published: [entry("a", "x")],
    });
    bot.perform(PUBLISH);
    bot.reset();
    expect(bot.state()).toEqual({ entries: [], published: undefined });
    // The publish in progress went with it.
    expect(bot.perform(POLL)).toMatchObject({ answer: { data: { progress: 100, status: 1 } } });
    expect(bot.published()).toBeUndefined();
  });
});
