/**
 * The environment variables the platform's settings are read from, by name only: what
 * credentials.ts reads, and what render/remedy.ts names to the CLI's users. Kept apart so that
 * the error renderer, which every run loads, does not load the credentials' checks and crypto.
 */
import type { Credentials } from "./types.js";

/** The environment variable of each credential, in the order they are reported. */
export const CREDENTIAL_VARIABLES = {
  appId: "FAQOPS_APPID",
  token: "FAQOPS_TOKEN",
  encodingAesKey: "FAQOPS_ENCODING_AES_KEY",
  managerId: "FAQOPS_MANAGER_ID",
} as const satisfies Record<keyof Credentials, string>;

export const ENDPOINT_VARIABLE = "FAQOPS_ENDPOINT";

/**
 * The variable each platform setting of a run is read from (credentials.ts platformVariables):
 * for a target, its own (FAQOPS_STAGING_TOKEN) unless only the unprefixed one is set. A remedy
 * that names them carries them, so the CLI's words name the variable the run actually read.
 */
export type PlatformVariables = Readonly<Record<keyof Credentials | "endpoint", string>>;

/** The variables of a run without a target: the unprefixed ones. */
export const UNPREFIXED_VARIABLES: PlatformVariables = Object.freeze({
  ...CREDENTIAL_VARIABLES,
  endpoint: ENDPOINT_VARIABLE,
});
