/** Where the platform's configuration comes from: the four credentials and the endpoint. */
import { ConfigError } from "../errors.js";
import { DEFAULT_ENDPOINT, type RawValue, stringValue } from "../options.js";
import { decodeEncodingAesKey } from "./crypto.js";
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
 * Reads the credentials from the environment. Throws one ConfigError naming every missing
 * variable, or saying what is wrong with the EncodingAESKey (without echoing it).
 */
export function readCredentials(env: Readonly<Record<string, string | undefined>>): Credentials {
  const values: Partial<Record<keyof Credentials, string>> = {};
  const missing: string[] = [];
  for (const [field, variable] of Object.entries(CREDENTIAL_VARIABLES)) {
    const value = stringValue(variable, env[variable]);
    if (value === undefined) missing.push(variable);
    else values[field as keyof Credentials] = value;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${missing.length === 1 ? "credential" : "credentials"}: ${missing.join(", ")}.`,
      {
        hint: "set them from the bot's console (APPID, TOKEN, EncodingAESKey, and the id of an administrator); see docs/platform.md.",
      },
    );
  }
  const credentials = values as Credentials;
  decodeEncodingAesKey(credentials.encodingAesKey, CREDENTIAL_VARIABLES.encodingAesKey);
  return Object.freeze(credentials);
}

/** The platform's base URL: `--endpoint`, else FAQOPS_ENDPOINT, else the platform's own host. */
export function resolveEndpoint(
  flag: RawValue,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const text =
    stringValue("endpoint", flag) ?? stringValue(ENDPOINT_VARIABLE, env[ENDPOINT_VARIABLE]);
  return text === undefined ? DEFAULT_ENDPOINT : parseEndpoint(text);
}

/** Checks a base URL (http or https, no query or fragment) and drops a trailing slash. */
export function parseEndpoint(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new ConfigError(`The endpoint "${text}" is not a URL.`, { cause: error });
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    throw new ConfigError(
      `The endpoint must be an http or https URL without query or fragment; got "${text}".`,
    );
  }
  return url.href.replace(/\/+$/, "");
}
