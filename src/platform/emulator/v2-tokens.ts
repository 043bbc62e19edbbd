/**
 * v2's access tokens: issued by `/v2/token`, sent back verbatim as `X-OPENAI-TOKEN`, valid for a
 * time (the reference's 2 h by default). A new token does not invalidate older ones that have not
 * expired: the reference does not say it does, and a client with two tokens in flight must not
 * break.
 */
import { randomBytes } from "node:crypto";

/** An issued token and when it stops being accepted (ms since the epoch). */
export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** The reference's "X-OPENAI-TOKEN 仅 2h 有效". */
export const DEFAULT_TOKEN_TTL_MS = 2 * 60 * 60 * 1000;

export interface TokenStore {
  /** Issues a new token at `now` (ms); forgets the expired ones. */
  issue(now: number): string;
  /** Whether `token` was issued, byte for byte, and has not expired at `now`. */
  valid(token: string, now: number): boolean;
  /** The tokens to save, oldest first. */
  state(): IssuedToken[];
  /** Forgets every token. */
  reset(): void;
}

/** Creates the store; `mint` makes a new token (random by default). */
export function createTokenStore(options: {
  readonly ttlMs: number;
  readonly tokens?: readonly IssuedToken[];
  readonly mint?: () => string;
}): TokenStore {
  const { ttlMs, mint = mintAccessToken } = options;
  const tokens = new Map<string, number>((options.tokens ?? []).map((t) => [t.token, t.expiresAt]));
  return {
    issue(now) {
      for (const [token, expiresAt] of tokens) if (expiresAt <= now) tokens.delete(token);
      const token = mint();
      tokens.set(token, now + ttlMs);
      return token;
    },
    valid(token, now) {
      const expiresAt = tokens.get(token);
      return expiresAt !== undefined && now < expiresAt;
    },
    state: () => [...tokens].map(([token, expiresAt]) => ({ token, expiresAt })),
    reset() {
      tokens.clear();
    },
  };
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A token shaped like the reference's examples (`MX6ddM5mN07ucVKy+Y-to7tKRufZ1YF05eb542d5170000001c`,
 * `OgYcTrHYDS0YAMgTwC@9FEvF+svDpKwC6603c143e45fa`): always with `+`, `@` and `-`, so a client that
 * URL-encodes or trims it sends a token the emulator does not know.
 */
export function mintAccessToken(): string {
  const alnum = (n: number) => [...randomBytes(n)].map((b) => ALNUM[b % ALNUM.length]).join("");
  return `${alnum(16)}+${alnum(1)}-${alnum(12)}@${randomBytes(10).toString("hex")}`;
}
