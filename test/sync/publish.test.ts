import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../../src/platform/client.js";
import { type Emulator, startEmulator } from "../../src/platform/emulator.js";
import type { PublishProgress } from "../../src/platform/types.js";
import { PublishError, publishAndWait } from "../../src/sync/publish.js";

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator({ publishSteps: 3 });
});
afterEach(async () => {
  await emulator.stop();
});

const client = () => createClient({ endpoint: emulator.url, credentials: emulator.credentials });

describe("publishAndWait", () => {
  it("publishes and polls until done, reporting each step", async () => {
    const seen: PublishProgress[] = [];
    const done = await publishAndWait(client(), { pollMs: 1, onProgress: (p) => seen.push(p) });
    expect(done.status).toBe(1);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.slice(0, -1).every((p) => p.status === 0)).toBe(true);
    expect(emulator.stats().requests.byAction.publish).toBe(1);
  });

  it("fails clearly when the platform reports the publish failed (status 2)", async () => {
    emulator.setFaults({ publishFails: true });
    const error = await publishAndWait(client(), { pollMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as Error).message).toMatch(/publishing failed on the platform/);
  });

  it("gives up after its time limit", async () => {
    const slow = await startEmulator({ publishSteps: 1000 });
    try {
      const c = createClient({ endpoint: slow.url, credentials: slow.credentials });
      const error = await publishAndWait(c, { pollMs: 20, timeoutMs: 100 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PublishError);
      expect((error as Error).message).toMatch(/did not finish within/);
    } finally {
      await slow.stop();
    }
  });
});
