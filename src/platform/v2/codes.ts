/**
 * The v2 open API's error codes (platform-api-v2.md, "Error codes"), each with what faqops does
 * and what the user should do. v1's table (../codes.ts) is a different numbering altogether.
 */

/**
 * What a code makes of the call:
 * - `fatal`: no other call of the run can succeed (credentials, clock, signature): stop the run;
 * - `rejected`: this call's request was refused (bad request, content): that call fails alone;
 * - `transient`: the platform is busy or failing for now: back off and retry;
 * - `permission`: the access token was refused: get a new token once and retry once, then fatal.
 */
export type V2CodeOutcome = "fatal" | "rejected" | "transient" | "permission";

/** What faqops knows about one v2 error code. */
export interface V2CodeInfo {
  readonly meaning: string;
  /** What the user should check or do; shown as the error's hint. */
  readonly todo: string;
  readonly outcome: V2CodeOutcome;
}

/**
 * Where the open API is switched on and its credentials are shown. The console page the
 * reference and the community threads point to ([token], [c-import]).
 */
export const OPEN_API_PAGE = "the bot console's 应用绑定 → 开放 API page";

/** The hint for a refused permission, and for "user has no auth to access api …". */
export const PERMISSION_HINT = `enable the open API for this bot on ${OPEN_API_PAGE} (a bot without it refuses every v2 call), and check that FAQOPS_APPID, FAQOPS_TOKEN and FAQOPS_MANAGER_ID (an administrator's user id) are the ones shown there.`;

/** The hint when the signature or the token call is refused: the usual causes, in order. */
export const SIGNATURE_HINT = `check this machine's clock (every signature carries the time: sync it, e.g. with NTP), then FAQOPS_TOKEN (the Token on ${OPEN_API_PAGE}); a Token with stray characters signs wrongly.`;

/** The hint when the token call is refused. */
export const TOKEN_CALL_HINT = `check this machine's clock (every signature carries the time: sync it, e.g. with NTP), FAQOPS_TOKEN and FAQOPS_APPID against ${OPEN_API_PAGE}, and FAQOPS_MANAGER_ID (the account: an administrator's user id, under 管理 → 成员权限).`;

const BAD_REQUEST = {
  meaning: "the platform could not read the request (bad request)",
  todo: "run `faqops check`; if the content passes, report it as a faqops bug (the request body did not suit the platform).",
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
      todo: TOKEN_CALL_HINT,
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
      todo: PERMISSION_HINT,
      outcome: "permission",
    },
  ],
  [
    210205,
    {
      meaning: "calls too frequent",
      todo: "nothing to change: faqops backs off and retries; if it persists, lower --rate.",
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
