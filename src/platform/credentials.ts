/** Where the platform's configuration comes from: the credentials (v1's and v2's) and the endpoint. */
import { ConfigError } from "../errors.js";
import { booleanValue, type RawValue, stringValue } from "../options/values.js";
import { pluralWord } from "../plural.js";
import { decodeEncodingAesKey } from "./crypto.js";
import type { Credentials } from "./types.js";
import type { V2Credentials } from "./v2/types.js";
import { CREDENTIAL_VARIABLES, ENDPOINT_VARIABLE, type PlatformVariables } from "./variables.js";

export { CREDENTIAL_VARIABLES, ENDPOINT_VARIABLE } from "./variables.js";

/** The v1 open API's base URL. */
export const DEFAULT_ENDPOINT = "https://chatbot.weixin.qq.com";
/** The v2 open API's base URL (platform-api-v2.md, "Transport"). */
export const DEFAULT_V2_ENDPOINT = "https://openaiapi.weixin.qq.com";

/**
 * Where a target's variables are read: `FAQOPS_<TARGET>_X` first, then the unprefixed
 * `FAQOPS_X` (faqops.config.yaml's targets; docs/targets.md). Undefined `target`: only
 * `FAQOPS_X`. Another target's variables are never read.
 */
export interface VariableScope {
  /** The target's name as variables spell it (`STAGING`), or undefined for the one bot. */
  readonly target?: string | undefined;
}

/** The variables a setting is read from, most specific first. */
export function variableCandidates(variable: string, scope: VariableScope = {}): string[] {
  return scope.target === undefined
    ? [variable]
    : [variable.replace(/^FAQOPS_/, `FAQOPS_${scope.target}_`), variable];
}

/** A variable's value and the variable it came from; undefined when every candidate is blank. */
export function readVariable(
  env: Readonly<Record<string, string | undefined>>,
  variable: string,
  scope: VariableScope = {},
): { value: string; from: string } | undefined {
  for (const name of variableCandidates(variable, scope)) {
    const value = stringValue(name, env[name]);
    if (value !== undefined) return { value, from: name };
  }
  return undefined;
}

/**
 * The variable each platform setting is read from in `env` (a target's: see VariableScope), for
 * remedies that name them: the one set, else the one read first (where to set it).
 */
export function platformVariables(
  env: Readonly<Record<string, string | undefined>>,
  scope: VariableScope = {},
): PlatformVariables {
  const name = (variable: string) =>
    readVariable(env, variable, scope)?.from ?? variableCandidates(variable, scope)[0]!;
  return Object.freeze({
    appId: name(CREDENTIAL_VARIABLES.appId),
    token: name(CREDENTIAL_VARIABLES.token),
    encodingAesKey: name(CREDENTIAL_VARIABLES.encodingAesKey),
    managerId: name(CREDENTIAL_VARIABLES.managerId),
    endpoint: name(ENDPOINT_VARIABLE),
  });
}

/** How a message names where a missing variable may be set: `FAQOPS_X_Y (or FAQOPS_Y)`. */
function missingName(variable: string, scope: VariableScope): string {
  const [first, ...rest] = variableCandidates(variable, scope);
  return rest.length === 0 ? first! : `${first} (or ${rest.join(", ")})`;
}

/** Reads a set of variables, naming every missing one. */
function readAll<K extends string>(
  env: Readonly<Record<string, string | undefined>>,
  variables: Readonly<Record<K, string>>,
  scope: VariableScope,
): { values: Record<K, { value: string; from: string }>; missing: string[] } {
  const values = {} as Record<K, { value: string; from: string }>;
  const missing: string[] = [];
  for (const [field, variable] of Object.entries(variables) as [K, string][]) {
    const read = readVariable(env, variable, scope);
    if (read === undefined) missing.push(missingName(variable, scope));
    else values[field] = read;
  }
  return { values, missing };
}

/**
 * Reads the credentials from the environment (a target's: see VariableScope). Throws one
 * ConfigError naming every missing variable, or saying what is wrong with the TOKEN or the
 * EncodingAESKey (without echoing either).
 */
export function readCredentials(
  env: Readonly<Record<string, string | undefined>>,
  scope: VariableScope = {},
): Credentials {
  const { values, missing } = readAll(env, CREDENTIAL_VARIABLES, scope);
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${pluralWord(missing.length, "credential")}: ${missing.join(", ")}.`,
      {
        hint: "set them from the bot's console (APPID, TOKEN, EncodingAESKey, and the id of an administrator); see docs/platform.md.",
      },
    );
  }
  checkToken(values.token.value, values.token.from);
  decodeEncodingAesKey(values.encodingAesKey.value, values.encodingAesKey.from);
  return Object.freeze({
    appId: values.appId.value,
    token: values.token.value,
    encodingAesKey: values.encodingAesKey.value,
    managerId: values.managerId.value,
  });
}

/**
 * The environment variable of each v2 credential, in the order they are reported: the same
 * APPID, Token and administrator id as v1 (the reference takes v2's `account` to be v1's
 * managerid); v2's FAQ calls need no EncodingAESKey.
 */
export const V2_CREDENTIAL_VARIABLES = {
  appId: CREDENTIAL_VARIABLES.appId,
  token: CREDENTIAL_VARIABLES.token,
  account: CREDENTIAL_VARIABLES.managerId,
} as const satisfies Record<keyof V2Credentials, string>;

/**
 * Reads the v2 credentials from the environment (a target's: see VariableScope). Throws one
 * ConfigError naming every missing variable. The Token is not checked like v1's: v2 never puts
 * it in a URL, only hashes it.
 */
export function readV2Credentials(
  env: Readonly<Record<string, string | undefined>>,
  scope: VariableScope = {},
): V2Credentials {
  const { values, missing } = readAll(env, V2_CREDENTIAL_VARIABLES, scope);
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${pluralWord(missing.length, "credential")} for the v2 API: ${missing.join(", ")}.`,
      {
        hint: "set them from the bot console's 应用绑定 → 开放 API page (APPID, Token) and the user id of an administrator (管理 → 成员权限); see docs/platform.md.",
      },
    );
  }
  return Object.freeze({
    appId: values.appId.value,
    token: values.token.value,
    account: values.account.value,
  });
}

/**
 * Checks that a TOKEN can be the last segment of a request URL as it is. The platform's API puts
 * the TOKEN verbatim in the path (`/openapi/{action}/{TOKEN}`) and compares it byte for byte, so a
 * TOKEN that would need percent-encoding could never match; the console's tokens are letters and
 * digits. Allowed: RFC 3986's unreserved characters (letters, digits, `-`, `.`, `_`, `~`), which
 * every URL library leaves as they are, except `.` and `..`, which a URL resolves away.
 * Throws a ConfigError that does not echo the token (it is a secret).
 */
export function checkToken(token: string, name = "TOKEN"): void {
  if (/^[A-Za-z0-9._~-]+$/.test(token) && token !== "." && token !== "..") return;
  throw new ConfigError(
    `${name} must be letters, digits, "-", ".", "_" or "~": the platform takes it verbatim as the last segment of every request URL, and this one ${token === "" ? "is empty" : "has other characters"}.`,
    { hint: "copy the TOKEN again from the bot's console (its settings page)." },
  );
}

/** What the user set for the endpoint. */
export interface EndpointSetting {
  /** The URL given explicitly (`--endpoint`, the action's `endpoint` input); blank means unset. */
  readonly url?: RawValue;
  /** How messages name where `url` came from: the shell's own name for it (`--endpoint`). */
  readonly name?: string;
  /**
   * Allow `http://` to a host that is not this machine (`--insecure-http`, the action's
   * `insecure-http` input). Deliberately no environment variable: an opt-out of encryption must
   * be asked for by the run that uses it, not inherited from a shell profile or a CI setting.
   * Refused without it, the remedy (render/remedy.ts) names the shell's way to ask.
   */
  readonly insecureHttp?: RawValue;
  /** The target whose FAQOPS_<TARGET>_ENDPOINT comes first (see VariableScope). */
  readonly scope?: VariableScope;
  /** faqops.config.yaml's endpoints: the target's own, and the top level's default. */
  readonly configured?: {
    readonly target?: { readonly url: string; readonly name: string } | undefined;
    readonly defaults?: { readonly url: string; readonly name: string } | undefined;
  };
}

/**
 * The platform's base URL, the most specific setting first: the setting's URL; a target's
 * FAQOPS_<TARGET>_ENDPOINT; the target's `endpoint` in faqops.config.yaml; FAQOPS_ENDPOINT;
 * the config's top-level `endpoint`; else `fallback` (v1's host, https://chatbot.weixin.qq.com,
 * unless the caller gives v2's, DEFAULT_V2_ENDPOINT). Checked by parseEndpoint, so a
 * plain-http endpoint is refused here, before any request.
 */
export function resolveEndpoint(
  setting: EndpointSetting,
  env: Readonly<Record<string, string | undefined>>,
  fallback: string = DEFAULT_ENDPOINT,
): string {
  const insecureHttp = booleanValue("insecure-http", setting.insecureHttp, false);
  const given = stringValue("endpoint", setting.url);
  const [targetVariable, plainVariable] = variableCandidates(ENDPOINT_VARIABLE, setting.scope);
  const fromEnv = (name: string | undefined) =>
    name === undefined ? undefined : stringValue(name, env[name]);
  const layers: [string | undefined, string][] = [
    [given, setting.name ?? ""],
    ...(plainVariable === undefined
      ? []
      : ([[fromEnv(targetVariable), targetVariable!]] as [string | undefined, string][])),
    [setting.configured?.target?.url, setting.configured?.target?.name ?? ""],
    [fromEnv(plainVariable ?? targetVariable), plainVariable ?? targetVariable!],
    [setting.configured?.defaults?.url, setting.configured?.defaults?.name ?? ""],
  ];
  const chosen = layers.find(([url]) => url !== undefined);
  return chosen ? parseEndpoint(chosen[0]!, { insecureHttp, name: chosen[1] }) : fallback;
}

/**
 * True for a host name that is this machine: `localhost`, 127.0.0.0/8 or [::1], as the WHATWG
 * URL parser writes them (it turns `127.1` into `127.0.0.1` and `[0:0::1]` into `[::1]`).
 */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/**
 * An endpoint as messages may show it: scheme, host, port and path, never a user, a password, a
 * query or a fragment. (The TOKEN, should someone put it in the path, is the client's redactor's
 * job: this function does not know it.)
 */
export function displayEndpoint(url: URL | string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.replace(/\/+$/, "");
}

/**
 * Checks a base URL and drops a trailing slash: https, or http to this machine (or anywhere with
 * `insecureHttp`); no query or fragment. Every message names the endpoint by its origin alone
 * (never user, password, path or query), and a text that is not a URL is not echoed at all: it
 * may hold a password that the parser could not tell apart.
 */
export function parseEndpoint(
  text: string,
  options: { insecureHttp?: boolean; name?: string } = {},
): string {
  const from = options.name ? ` (from ${options.name})` : "";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // No cause: Node's URL error carries the raw text in its `input`.
    throw new ConfigError(
      `The endpoint${from} is not a URL (it is not shown here, as it may hold a password).`,
      { hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com." },
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    // Its scheme is not named either: in "user:password@host" the parser takes "user" for one.
    throw new ConfigError(
      `The endpoint${from} must be an https:// URL; its scheme is neither https nor http.`,
      { hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com." },
    );
  }
  const origin = `${url.protocol}//${url.host}`;
  if (url.search || url.hash) {
    throw new ConfigError(
      `The endpoint ${origin}…${from} must be a base URL, without ${url.search ? "a query" : "a fragment"}.`,
      {
        hint: "give the platform's base URL, such as https://chatbot.weixin.qq.com, with no ?… or #….",
      },
    );
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && !options.insecureHttp) {
    throw new ConfigError(
      `The endpoint ${origin}${from} uses plain http://, so every request would cross the network in clear text, and the TOKEN is part of every request URL: faqops requires https:// for any host but this machine.`,
      { remedy: { kind: "allow-insecure-http" } },
    );
  }
  return url.href.replace(/\/+$/, "");
}
