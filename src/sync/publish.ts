/** Publishing: make written content live, then poll its progress until done or failed. */
import { setTimeout as sleep } from "node:timers/promises";
import { FaqopsError } from "../errors.js";
import type { PlatformClient, PublishProgress } from "../platform/types.js";

/** Publishing failed on the platform (status 2) or did not finish in time. */
export class PublishError extends FaqopsError {
  override name = "PublishError";
}

export interface PublishOptions {
  /** Give up waiting after this long (default 10 minutes). */
  readonly timeoutMs?: number;
  /** First wait between polls (default 1 s); it grows by half each poll up to `maxPollMs`. */
  readonly pollMs?: number;
  readonly maxPollMs?: number;
  readonly onProgress?: (progress: PublishProgress) => void;
  readonly signal?: AbortSignal | undefined;
}

/** Calls `publish`, then polls `publish_progress` with backoff until status 1 (done). */
export async function publishAndWait(
  client: Pick<PlatformClient, "publish" | "publishProgress">,
  options: PublishOptions = {},
): Promise<PublishProgress> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  const maxPollMs = options.maxPollMs ?? 10_000;
  let waitMs = options.pollMs ?? 1_000;
  const deadline = Date.now() + timeoutMs;
  await client.publish();
  for (;;) {
    const progress = await client.publishProgress();
    options.onProgress?.(progress);
    if (progress.status === 1) return progress;
    if (progress.status === 2) {
      throw new PublishError(`publishing failed on the platform at ${progress.progress}%.`, {
        remedy: { kind: "publish-again", when: "failed" },
      });
    }
    if (Date.now() + waitMs > deadline) {
      throw new PublishError(
        `publishing did not finish within ${Math.round(timeoutMs / 1000)} s (last progress ${progress.progress}%).`,
        { remedy: { kind: "publish-again", when: "timed-out" } },
      );
    }
    await sleep(waitMs, undefined, options.signal ? { signal: options.signal } : undefined);
    waitMs = Math.min(maxPollMs, Math.round(waitMs * 1.5));
  }
}
