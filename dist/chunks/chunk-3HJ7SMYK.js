import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/platform/v2/codes.ts
var OPEN_API_PAGE = "the bot console's \u5E94\u7528\u7ED1\u5B9A \u2192 \u5F00\u653E API page";
var PERMISSION_REMEDY = { kind: "check-credentials", check: "v2-permission" };
var SIGNATURE_REMEDY = { kind: "check-credentials", check: "v2-signature" };
var TOKEN_CALL_REMEDY = { kind: "check-credentials", check: "v2-token-call" };
var BAD_REQUEST = {
  meaning: "the platform could not read the request (bad request)",
  remedy: { kind: "check-content-then-report" },
  outcome: "rejected"
};
var SERVER_FAULT = (what) => ({
  meaning: `the platform failed for now (${what})`,
  todo: "nothing to change: faqops retries it; if it persists, try again later.",
  outcome: "transient"
});
var CODES = /* @__PURE__ */ new Map([
  [
    110001,
    {
      // "Internal Server Error" in name only: the community saw it on /v2/token for a stale
      // timestamp and for a body signed in another form than the one sent ([c-token]).
      meaning: "the platform refused the request (a stale timestamp, a wrong signature or account)",
      remedy: TOKEN_CALL_REMEDY,
      outcome: "fatal"
    }
  ],
  [110002, { ...BAD_REQUEST, meaning: "a request parameter is wrong (bad request)" }],
  [
    110003,
    {
      meaning: "the content failed the platform's safety check (\u9EC4\u53CD)",
      todo: "change the wording of the entries in this request; the platform does not say which one it refused.",
      outcome: "rejected"
    }
  ],
  [210106, { ...BAD_REQUEST, meaning: "the platform could not parse the request's JSON" }],
  [1000012, { ...BAD_REQUEST, meaning: "the platform could not parse the request's data" }],
  [
    210202,
    {
      meaning: "no permission: the platform refused the access token",
      remedy: PERMISSION_REMEDY,
      outcome: "permission"
    }
  ],
  [
    210205,
    {
      meaning: "calls too frequent",
      remedy: { kind: "lower-rate", when: "too-frequent" },
      outcome: "transient"
    }
  ],
  [210201, SERVER_FAULT("a database error")],
  [1003001, SERVER_FAULT("a key-value store error")],
  [1110001, SERVER_FAULT("an internal error")]
]);
var ALREADY_PUBLISHING = 210205;
var KNOWN_V2_CODES = [...CODES.keys()];
function describeV2Code(code) {
  return CODES.get(code) ?? {
    meaning: `an error code faqops does not know (${code})`,
    todo: "see the platform's v2 error code page; this call's request was not applied.",
    outcome: "rejected"
  };
}
function isNoAuthMessage(message) {
  return message !== void 0 && /user has no auth to access api/i.test(message);
}

export {
  OPEN_API_PAGE,
  PERMISSION_REMEDY,
  SIGNATURE_REMEDY,
  TOKEN_CALL_REMEDY,
  ALREADY_PUBLISHING,
  describeV2Code,
  isNoAuthMessage
};
