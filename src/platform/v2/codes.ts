/**
 * The v2 open API's error codes (platform-api-v2.md, "Error codes"), each with what faqops does
 * and what the user should do. v1's table (../codes.ts) is a different numbering altogether.
 */
import type { Remedy } from "../../errors.js";

/**
 * What a code makes of the call:
 * - `fatal`: no other call of the run can succeed (credentials, clock, signature): stop the run;
 * - `rejected`: this call's request was refused (bad request, content): that call fails alone;
 * - `transient`: the platform is busy or failing for now: back off and retry;
 * - `permission`: the access token was refused: get a new token once and retry once, then fatal.
 */
export type V2CodeOutcome = "fatal" | "rejected" | "transient" | "permission";

/**
 * What faqops knows about one v2 error code, and what the user should check or do, shown as the
 * error's hint: words (`todo`), or a Remedy where it names a setting (a credential, the rate).
 */
export type V2CodeInfo = { readonly meaning: string; readonly outcome: V2CodeOutcome } & (
  | { readonly todo: string; readonly remedy?: undefined }
  | { readonly remedy: Remedy; readonly todo?: undefined }
);

/**
 * Where the open API is switched on and its credentials are shown. The console page the
 * reference and the community threads point to ([token], [c-import]).
 */
export const OPEN_API_PAGE = "the bot console's 应用绑定 → 开放 API page";

/** The remedy for a refused permission, and for "user has no auth to access api …". */
export const PERMISSION_REMEDY = { kind: "check-credentials", check: "v2-permission" } as const;

/** The remedy when a signature is refused: the usual causes, in order. */
export const SIGNATURE_REMEDY = { kind: "check-credentials", check: "v2-signature" } as const;

/** The remedy when the token call is refused. */
export const TOKEN_CALL_REMEDY = { kind: "check-credentials", check: "v2-token-call" } as const;

const BAD_REQUEST = {
  meaning: "the platform could not read the request (bad request)",
  remedy: { kind: "check-content-then-report" },
  outcome: "rejected",
} as const;

const SERVER_FAULT = (what: string): V2CodeInfo => ({
  meaning: `the platform failed for now (${what})`,
  todo: "nothing to change: faqops retries it; if it persists, try again later.",
  outcome: "transient",
});

const CODES: ReadonlyMap<number, V2CodeInfo> = new Map<number, V2CodeInfo>([
  [
    110001,
    {
      // "Internal Server Error" in name only: the community saw it on /v2/token for a stale
      // timestamp and for a body signed in another form than the one sent ([c-token]).
      meaning: "the platform refused the request (a stale timestamp, a wrong signature or account)",
      remedy: TOKEN_CALL_REMEDY,
      outcome: "fatal",
    },
  ],
  [110002, { ...BAD_REQUEST, meaning: "a request parameter is wrong (bad request)" }],
  [
    110003,
    {
      meaning: "the content failed the platform's safety check (黄反)",
      todo: "change the wording of the entries in this request; the platform does not say which one it refused.",
      outcome: "rejected",
    },
  ],
  [210106, { ...BAD_REQUEST, meaning: "the platform could not parse the request's JSON" }],
  [1000012, { ...BAD_REQUEST, meaning: "the platform could not parse the request's data" }],
  [
    210202,
    {
      meaning: "no permission: the platform refused the access token",
      remedy: PERMISSION_REMEDY,
      outcome: "permission",
    },
  ],
  [
    210205,
    {
      meaning: "calls too frequent",
      remedy: { kind: "lower-rate", when: "too-frequent" },
      outcome: "transient",
    },
  ],
  [210201, SERVER_FAULT("a database error")],
  [1003001, SERVER_FAULT("a key-value store error")],
  [1110001, SERVER_FAULT("an internal error")],
]);

/** 210205 on /v2/bot/publish: a publish is already running, which faqops takes as accepted. */
export const ALREADY_PUBLISHING = 210205;

/** Every code faqops knows, in order. */
export const KNOWN_V2_CODES: readonly number[] = [...CODES.keys()];

/** What a code means and what to do; an unknown code rejects that call only, like v1's. */
export function describeV2Code(code: number): V2CodeInfo {
  return (
    CODES.get(code) ?? {
      meaning: `an error code faqops does not know (${code})`,
      todo: "see the platform's v2 error code page; this call's request was not applied.",
      outcome: "rejected",
    }
  );
}

/**
 * The platform's answer when the open API is not enabled for the bot ([c-import]: "user has no
 * auth to access api import-bot-json-v2", code not shown). Matched for any API name.
 */
export function isNoAuthMessage(message: string | undefined): boolean {
  return message !== undefined && /user has no auth to access api/i.test(message);
}
