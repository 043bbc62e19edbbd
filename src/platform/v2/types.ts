/**
 * The v2 open API's contract (../shared/reference/platform-api-v2.md): what the sync engine calls
 * on `https://openaiapi.weixin.qq.com/v2/…`, implemented over HTTP by v2/client.ts and served by
 * the emulator (emulator/v2.ts). Field names here are faqops's; the wire names are the reference's.
 */
import type { PublishProgress } from "../types.js";

/** v2's credentials: APPID and Token from the console's 开放 API page, and the administrator id. */
export interface V2Credentials {
  /** Sent as `X-APPID` on `/v2/token` only. */
  readonly appId: string;
  /** The signing secret: never sent, only hashed into `sign`. */
  readonly token: string;
  /** The administrator id, sent as `account` to `/v2/token` (FAQOPS_MANAGER_ID). */
  readonly account: string;
}

/** One intent of a `/v2/bot/import/json` body (`data[]`), in faqops's names. */
export interface ImportItem {
  readonly skill: string;
  /** The intent name: the entry's title (standard question). */
  readonly intent: string;
  /** The intent's previous name in the same skill: a rename (wire `old_intent`). */
  readonly oldIntent?: string | undefined;
  /** The similarity threshold as the string the reference shows ("0.9"); omitted: the default. */
  readonly threshold?: string | undefined;
  /**
   * Keep the intent but switch it off (wire `disable`). Undefined leaves the field out (the
   * reference's second signature example has none); faqops's sync should send `false` explicitly,
   * since whether an omitted `disable` re-enables a disabled intent is not documented.
   */
  readonly disable?: boolean | undefined;
  readonly questions: readonly string[];
  /** faqops sends exactly one: the compiled content string v1 sends. */
  readonly answers: readonly string[];
}

/** `mode`: 0 adds or overwrites the given intents; 1 deletes everything first. */
export type V2ImportMode = 0 | 1;

/** An intent the platform reports imported (`success_skill_info[].intents[]`), with its ids. */
export interface ImportedIntent {
  readonly skill: string;
  readonly intent: string;
  readonly skillId?: number | undefined;
  readonly intentId?: number | undefined;
}

/** `/v2/async/fetch`'s answer, normalised. */
export interface TaskStatus {
  /** 1 running, 2 success, 3 failed (the reference's `state`). */
  readonly state: "running" | "succeeded" | "failed";
  readonly progress: number;
  /** The task's `msg` (an error message when it failed), redacted. */
  readonly message: string;
  readonly totalCount: number;
  readonly successCount: number;
  readonly failCount: number;
  /** Every intent listed in `success_skill_info`. */
  readonly imported: readonly ImportedIntent[];
  /** The `name` of every `fail_skill_info` item (the reference promises no more than that). */
  readonly failedSkills: readonly string[];
}

/** The calls faqops makes on v2. Each resolves on success and throws a PlatformError otherwise. */
export interface V2Client {
  /** `/v2/bot/import/json`: resolves with the task id (a missing one is an error). */
  importJson(
    mode: V2ImportMode,
    items: readonly ImportItem[],
    options?: { signal?: AbortSignal },
  ): Promise<string>;
  /** `/v2/async/fetch`. */
  fetchTask(taskId: string, options?: { signal?: AbortSignal }): Promise<TaskStatus>;
  /** `/v2/bot/publish`: resolves once the platform accepted it (210205 "already publishing" too). */
  publish(): Promise<void>;
  /**
   * `/v2/bot/effective_progress` with env "online", normalised to v1's PublishProgress: status
   * 3 (publishing) becomes 0, 1 (success) stays 1, 2 (failed) stays 2.
   */
  publishProgress(): Promise<PublishProgress>;
  /** Releases the keep-alive agent's sockets. */
  close(): void;
}
