/** The platform client's contract: what the sync engine calls, implemented over HTTP by client.ts. */

/** The four credentials from the bot's console. TOKEN and EncodingAESKey are secrets. */
export interface Credentials {
  readonly appId: string;
  readonly token: string;
  readonly encodingAesKey: string;
  readonly managerId: string;
}

/** One entry as `setautoreply` (and `batchimportskill`) write it. */
export interface AutoReply {
  readonly skill: string;
  readonly title: string;
  readonly content: string;
  readonly questions: readonly string[];
}

/** `publish_progress`'s answer: status 0 publishing, 1 done, 2 failed. */
export interface PublishProgress {
  readonly progress: number;
  readonly status: 0 | 1 | 2;
}

/** `batchimportskill` mode: 0 adds or overwrites the given entries, 1 replaces the whole bot. */
export type ImportMode = 0 | 1;

/** The calls faqops makes. Each resolves on success and throws a PlatformError otherwise. */
export interface PlatformClient {
  setAutoReply(entry: AutoReply, options?: { signal?: AbortSignal }): Promise<void>;
  batchImportSkill(mode: ImportMode, entries: readonly AutoReply[]): Promise<void>;
  publish(): Promise<void>;
  publishProgress(): Promise<PublishProgress>;
  /** Releases the keep-alive agent's sockets. */
  close(): void;
}
