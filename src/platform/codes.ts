/**
 * The platform's error codes (platform-api.md, "Error codes"), each with what the user should do.
 *
 * `fatal` codes mean no other call of the run can succeed either (wrong token, key, app id,
 * managerid, or a bot that failed review), so the run stops at once instead of failing every entry.
 */
import type { Remedy } from "../errors.js";

/**
 * What faqops knows about one error code, and what the user should check or do, shown as the
 * error's hint: words (`todo`), or, where doing it means a setting the CLI and the action name
 * differently (a credential's variable or input), a Remedy that render/remedy.ts words.
 */
export type CodeInfo = { readonly meaning: string; readonly fatal: boolean } & (
  | { readonly todo: string; readonly remedy?: undefined }
  | { readonly remedy: Remedy; readonly todo?: undefined }
);

const CREDENTIALS = { kind: "check-credentials", check: "appid-and-key" } as const;
const SIGNATURE = "report this as a faqops bug: content calls carry no signature";
const BAD_REQUEST = "check that the entry has a skill, a title and an answer";
const APPID_FAILED = { meaning: "the app id check failed", remedy: CREDENTIALS, fatal: true };
const UNDECRYPTABLE = {
  meaning: "the platform could not decrypt the request",
  remedy: CREDENTIALS,
  fatal: true,
};

const CODES: ReadonlyMap<number, CodeInfo> = new Map<number, CodeInfo>([
  [
    1001,
    {
      meaning: "the TOKEN is not valid",
      remedy: { kind: "check-credentials", check: "token" },
      fatal: true,
    },
  ],
  [
    1002,
    {
      meaning: "the bot failed the platform's review",
      todo: "resolve the review in the bot's console, then sync again",
      fatal: true,
    },
  ],
  [1003, { meaning: "the signature is missing the userid field", todo: SIGNATURE, fatal: false }],
  [1004, { meaning: "a signature field is empty", todo: SIGNATURE, fatal: false }],
  [1005, { meaning: "the signature expired or is invalid", todo: SIGNATURE, fatal: false }],
  [
    1006,
    { meaning: "the signature check failed: userid is missing", todo: SIGNATURE, fatal: false },
  ],
  [1007, { meaning: "a required field is empty (bad request)", todo: BAD_REQUEST, fatal: false }],
  [1008, { meaning: "a required field is empty (bad request)", todo: BAD_REQUEST, fatal: false }],
  [1009, APPID_FAILED],
  [1010, APPID_FAILED],
  [1011, APPID_FAILED],
  [1013, UNDECRYPTABLE],
  [
    1015,
    {
      meaning: "the managerid is not valid",
      remedy: { kind: "check-credentials", check: "manager-id" },
      fatal: true,
    },
  ],
  [
    1019,
    {
      // The reference lists 1013 and 1019 together as decryption failures; the platform also
      // answers 1019 when the decrypted XML cannot be read. faqops' check refuses the
      // characters XML cannot carry (xml-char), so credentials are the likelier cause.
      meaning: "the platform could not decrypt or read the request",
      remedy: { kind: "check-credentials", check: "appid-and-key-then-content" },
      fatal: true,
    },
  ],
]);

/** The codes that stop the whole run. */
export const FATAL_CODES: readonly number[] = [...CODES].filter(([, i]) => i.fatal).map(([c]) => c);

/** Every code faqops knows, in order. */
export const KNOWN_CODES: readonly number[] = [...CODES.keys()];

/** What a code means and what to do; an unknown code is reported as such and is not fatal. */
export function describeCode(code: number): CodeInfo {
  return (
    CODES.get(code) ?? {
      meaning: `an error code faqops does not know (${code})`,
      todo: "see the platform's documentation for this code; the entry was not written",
      fatal: false,
    }
  );
}
