/**
 * Smoke test: the v2 client against the emulator's v2 (each checks the other's reading of the
 * reference): import, poll the task, publish, poll the progress, and what the bot then holds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import type { RetryInfo } from "../../src/platform/transport.js";
import { createV2Client } from "../../src/platform/v2/client.js";
import type { TaskStatus, V2Client } from "../../src/platform/v2/types.js";
import { testCredentials } from "./helpers.js";

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ credentials: testCredentials(), publishSteps: 2 });
});
afterAll(() => emulator.stop());

/** Polls until `done`, a few times at most (the emulator's steps are counted in polls). */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 10; i++) {
    const value = await read();
    if (done(value)) return value;
  }
  throw new Error("still not done after 10 polls");
}

describe("v2 client against the emulator", () => {
  it("imports, publishes, and the bot holds what was sent", async () => {
    const { appId, token, managerId } = emulator.credentials;
    const retries: RetryInfo[] = [];
    const client: V2Client = createV2Client({
      endpoint: emulator.url,
      credentials: { appId, token, account: managerId },
      onRetry: (info) => retries.push(info),
    });
    try {
      const taskId = await client.importJson(0, [
        {
          skill: "售前",
          intent: "营业时间",
          threshold: "0.9",
          disable: false,
          questions: ["几点开门", "营业时间是什么时候"],
          answers: ["9:00-18:00"],
        },
        { skill: "售前", intent: "停用", disable: true, questions: [], answers: ["off"] },
      ]);
      const task = await poll<TaskStatus>(
        () => client.fetchTask(taskId),
        (s) => s.state !== "running",
      );
      expect(task).toMatchObject({ state: "succeeded", failCount: 0, failedSkills: [] });
      expect(task.imported.map((i) => i.intent).sort()).toEqual(["停用", "营业时间"]);
      expect(task.imported.every((i) => typeof i.intentId === "number")).toBe(true);

      await client.publish();
      const progress = await poll(
        () => client.publishProgress(),
        (p) => p.status !== 0,
      );
      expect(progress).toEqual({ progress: 100, status: 1 });
      expect(emulator.published()?.map((e) => e.title)).toEqual(["营业时间"]);
      expect(emulator.entries().map((e) => e.title)).toEqual(["停用", "营业时间"]);
      expect(retries).toEqual([]);
    } finally {
      client.close();
    }
  });
});
