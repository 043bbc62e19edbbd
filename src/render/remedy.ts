/**
 * Remedies in words (errors.ts Remedy): the commands, flags and inputs that fix a failure the
 * core reports as data, in the words of who reads them (the CLI's flags, the action's inputs).
 * In English, as the other hints are; i18n/errors.ts translates them.
 */
import type { CredentialCheck, EndpointCheck, Remedy } from "../errors.js";
import { DEFAULT_PRUNE_MAX } from "../options/sync.js";
import { OPEN_API_PAGE } from "../platform/v2/codes.js";
import { type PlatformVariables, UNPREFIXED_VARIABLES } from "../platform/variables.js";
import type { SavedPlanOptions } from "../sync/saved-plan.js";
import type { Audience } from "./words.js";

/** The hint for `remedy`, for `audience`. */
export function remedyText(remedy: Remedy, audience: Audience): string {
  const action = audience === "action";
  switch (remedy.kind) {
    case "settle-v2-tasks":
      return action
        ? "run apply once with the action's `api: v2`: it asks the platform how the tasks ended, then syncs."
        : "run `faqops apply --api v2` once: it asks the platform how the tasks ended, then syncs.";
    case "finish-replace":
      return action
        ? "run apply first with the action's `api: v2`: it writes back what the replace deleted; then publish."
        : "run `faqops apply --api v2` first: it writes back what the replace deleted; then publish.";
    case "lockfile-not-a-link":
      return `make it a regular file (restore it from Git, or copy the file the link points to in its place), or ${action ? "set the action's `lockfile` input to" : "pass --lockfile with"} that file's own path.`;
    case "publish-again": {
      const publish = action ? "run the action with `command: publish`" : "run `faqops publish`";
      return remedy.when === "failed"
        ? `open the bot's console to see why, fix it, then ${publish} again.`
        : `it may still finish: check the bot's console, or ${publish} again later.`;
    }
    // Saved plans are the CLI's alone (`plan --out`, `apply PLAN`): the action reads none.
    case "make-plan":
      return "make one with `faqops plan --out FILE`.";
    case "remake-plan":
      return `make a new plan (\`faqops plan${planFlags(remedy.options)} --out ${remedy.file}\`), review it, and apply that one.`;
    case "check-endpoint":
      return endpointText(
        remedy.check,
        remedy.example,
        endpointSetting(audience, remedy.variables),
      );
    case "lower-rate":
      return LOWER_RATE[remedy.when](action ? "lower the action's `rate` input" : "lower --rate");
    case "check-credentials":
      return action
        ? ACTION_CREDENTIALS[remedy.check]
        : cliCredentials(remedy.check, remedy.variables ?? UNPREFIXED_VARIABLES);
    case "check-content-then-report":
      return `${action ? "run the action with `command: check`" : "run `faqops check`"}; if the content passes, report it as a faqops bug (the request body did not suit the platform).`;
    case "content-folder":
      if (remedy.problem === "missing") {
        return action
          ? "check the repository out before this step (actions/checkout), or set the action's `content` input"
          : "run faqops in your repository's root, or pass --content DIR";
      }
      return `replace the link with the folder, or ${action ? "set the action's `content` input to" : "pass --content with"} the folder's own path`;
    case "choose-api":
      return action
        ? "set the action's `api` input to v1 or v2 (or FAQOPS_API, FAQOPS_<TARGET>_API, or the target's `api` in faqops.config.yaml)."
        : "pass --api v1 or --api v2, or set FAQOPS_API to one of them (for a target: FAQOPS_<TARGET>_API, or its `api` in faqops.config.yaml).";
    case "allow-insecure-http":
      return `use https:// (the platform's own base URL is https://chatbot.weixin.qq.com); plain http:// is allowed to localhost, 127.0.0.0/8 and [::1] (the emulator); to send it over the network anyway, ${action ? "set the action's `insecure-http` input to true" : "pass --insecure-http"}, and only over a connection protected some other way, such as a VPN or an SSH tunnel.`;
  }
}

/** The clock, which every v2 signature carries: the first thing to check when one is refused. */
const CLOCK =
  "check this machine's clock (every signature carries the time: sync it, e.g. with NTP)";

/** What to check of the credentials, for the CLI: the variables the run read them from. */
function cliCredentials(check: CredentialCheck, v: PlatformVariables): string {
  switch (check) {
    case "appid-and-key":
      return `check ${v.appId} and ${v.encodingAesKey} against the bot's console`;
    case "appid-and-key-then-content":
      return `check ${v.appId} and ${v.encodingAesKey} against the bot's console; if they are right, run \`faqops check\` (the content may hold characters XML cannot carry) and report it`;
    case "token":
      return `check ${v.token} against the bot's console (it may have been reset)`;
    case "manager-id":
      return `check ${v.managerId}: the id of the bot's creator or an administrator`;
    case "v2-permission":
      return `enable the open API for this bot on ${OPEN_API_PAGE} (a bot without it refuses every v2 call), and check that ${v.appId}, ${v.token} and ${v.managerId} (an administrator's user id) are the ones shown there.`;
    case "v2-signature":
      return `${CLOCK}, then ${v.token} (the Token on ${OPEN_API_PAGE}); a Token with stray characters signs wrongly.`;
    case "v2-token-call":
      return `${CLOCK}, ${v.token} and ${v.appId} against ${OPEN_API_PAGE}, and ${v.managerId} (the account: an administrator's user id, under 管理 → 成员权限).`;
    case "v2-set":
      return `set ${v.appId}, ${v.token} and ${v.managerId} (see readV2Credentials).`;
  }
}

/** What to check of the credentials, for the action: its inputs (which it reads first). */
const ACTION_CREDENTIALS: Readonly<Record<CredentialCheck, string>> = {
  "appid-and-key":
    "check the action's `appid` and `encoding-aes-key` inputs against the bot's console",
  "appid-and-key-then-content":
    "check the action's `appid` and `encoding-aes-key` inputs against the bot's console; if they are right, run the action with `command: check` (the content may hold characters XML cannot carry) and report it",
  token: "check the action's `token` input against the bot's console (it may have been reset)",
  "manager-id":
    "check the action's `manager-id` input: the id of the bot's creator or an administrator",
  "v2-permission": `enable the open API for this bot on ${OPEN_API_PAGE} (a bot without it refuses every v2 call), and check that the action's inputs \`appid\`, \`token\` and \`manager-id\` (an administrator's user id) are the ones shown there.`,
  "v2-signature": `${CLOCK}, then the action's \`token\` input (the Token on ${OPEN_API_PAGE}); a Token with stray characters signs wrongly.`,
  "v2-token-call": `${CLOCK}, the action's \`token\` and \`appid\` inputs against ${OPEN_API_PAGE}, and its \`manager-id\` input (the account: an administrator's user id, under 管理 → 成员权限).`,
  "v2-set": "set the action's `appid`, `token` and `manager-id` inputs.",
};

/** The platform is busy or failing, and what to do; `lower` says how to send fewer requests. */
const LOWER_RATE: Readonly<Record<"too-frequent" | "failing" | "down", (lower: string) => string>> =
  {
    "too-frequent": (lower) =>
      `nothing to change: faqops backs off and retries; if it persists, ${lower}.`,
    failing: (lower) =>
      `the platform (or the network to it) is failing or overloaded; try again later, or ${lower}.`,
    down: (lower) =>
      `the platform (or the network to it) is down or overloaded, so the run stops here; try again later (the next run sends only what was not confirmed), or ${lower}.`,
  };

/**
 * Where the endpoint is set, as who reads it sets it: the flag or the action's input, and the
 * variable the run reads (a target's own, FAQOPS_STAGING_ENDPOINT, when it has one).
 */
function endpointSetting(audience: Audience, variables: PlatformVariables | undefined): string {
  const variable = (variables ?? UNPREFIXED_VARIABLES).endpoint;
  return audience === "action"
    ? `the action's \`endpoint\` input / ${variable}`
    : `--endpoint / ${variable}`;
}

/** What to check when a request failed as `check` says; `setting` is where the endpoint is set. */
function endpointText(check: EndpointCheck, example: string, setting: string): string {
  const checkIt = `check ${setting}`;
  switch (check) {
    case "not-the-api":
      return `${checkIt}: something other than the platform's open API answers there.`;
    case "redirect":
      return `${checkIt}: set it to the address that answers the API itself (often the https:// form of the same URL).`;
    case "base-url":
      return `${checkIt}: it should be the platform's base URL, such as ${example}, with no path.`;
    case "proxy":
      return `${checkIt}, and any proxy between here and the platform.`;
    case "time-out":
      return `the platform is down, or something between here and it swallows the requests: ${checkIt}, and that the host answers from this machine.`;
    case "reset":
      return `${checkIt}: its scheme (http:// or https://) and port, and any proxy in between.`;
    case "dns-for-now":
      return `check this machine's DNS and network, and the host in ${setting}.`;
    case "refused":
      return `${checkIt} (its host and port), and that the platform — or the emulator — is up and reachable from here.`;
    case "host-name":
      return `check the host name in ${setting}, and this machine's DNS and network.`;
    case "tls":
      return `${checkIt}: https:// for the platform, and a host whose certificate is valid for that name; behind a proxy that re-signs TLS, give Node its CA with NODE_EXTRA_CA_CERTS.`;
    case "no-route":
      return `check this machine's network, firewall and proxy, and ${setting}.`;
    case "not-http":
      return `${checkIt}: its scheme (http:// or https://) and port.`;
    case "unknown":
      return `${checkIt} and the network; report it if they are right.`;
  }
}

/** The flags that make a plan with `options` again (` --api v2 --prune …`, or ""). */
export function planFlags(options: SavedPlanOptions): string {
  const flags: string[] = [];
  if (options.target !== undefined) flags.push(`--target ${options.target}`);
  if (options.api !== "v1") flags.push(`--api ${options.api}`);
  if (options.prune) flags.push("--prune");
  if (options.prune && options.pruneMax !== DEFAULT_PRUNE_MAX)
    flags.push(`--prune-max ${options.pruneMax}`);
  if (options.force) flags.push("--force");
  if (options.replaceAll) flags.push("--replace-all");
  if (options.resendAll) flags.push("--resend-all");
  return flags.map((f) => ` ${f}`).join("");
}
