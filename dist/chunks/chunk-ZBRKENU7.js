import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  ALREADY_PUBLISHING,
  PERMISSION_REMEDY,
  SIGNATURE_REMEDY,
  TOKEN_CALL_REMEDY,
  describeV2Code,
  isNoAuthMessage
} from "./chunk-3HJ7SMYK.js";
import {
  createTransport,
  readInteger
} from "./chunk-VSXG54KW.js";
import {
  randomNonce,
  signedHeaders
} from "./chunk-APRBEBD6.js";
import {
  DEFAULT_V2_ENDPOINT
} from "./chunk-ZV64R6GO.js";
import {
  ConfigError,
  InternalError
} from "./chunk-T6FUUJG6.js";

// src/platform/v2/client.ts
var TOKEN_TTL_MS = 100 * 6e4;
var TASK_STATES = { 1: "running", 2: "succeeded", 3: "failed" };
var PUBLISH_STATUS = { 3: 0, 1: 1, 2: 2 };
function createV2Client(options) {
  const { credentials } = options;
  for (const [name, value] of Object.entries(credentials)) {
    if (typeof value !== "string" || value.trim() === "") {
      throw new ConfigError(`The v2 credential ${name} is empty.`, {
        remedy: { kind: "check-credentials", check: "v2-set", variables: options.variables }
      });
    }
  }
  const now = options.now ?? Date.now;
  const nonce = options.nonce ?? randomNonce;
  const tokenTtlMs = options.tokenTtlMs ?? TOKEN_TTL_MS;
  const transport = createTransport({
    ...options,
    secrets: [credentials.token],
    redirectReason: "because every request carries a credential (the access token or a signature) in its headers",
    exampleEndpoint: DEFAULT_V2_ENDPOINT
  });
  const { shown } = transport;
  const sign = (body) => signedHeaders(credentials.token, body, now(), nonce());
  function interpreter(reading) {
    let refusedSignatures = 0;
    return (answer, call) => {
      const { status } = answer;
      if (status === 400) {
        refusedSignatures++;
        const said2 = shortText(answer.body);
        const error = call.fail(
          "fatal",
          `HTTP 400 from ${shown}${said2 ? ` ("${said2}")` : ""}: the platform refused the request's signature${refusedSignatures > 1 ? ", again after signing it afresh" : ""}.`,
          { httpStatus: status, remedy: SIGNATURE_REMEDY }
        );
        if (refusedSignatures > 1) throw error;
        return {
          type: "retry",
          reason: "HTTP 400 (signature refused): signing afresh",
          immediate: true,
          exhausted: error
        };
      }
      if (status === 401 || status === 403) {
        const refused = call.fail(
          "fatal",
          reading.tokenCall ? `HTTP ${status} from ${shown}: the platform refused the token request.` : `HTTP ${status} from ${shown}: the platform refused the access token${reading.renewed ? ", a new one too" : ""}.`,
          {
            httpStatus: status,
            remedy: reading.tokenCall ? TOKEN_CALL_REMEDY : PERMISSION_REMEDY
          }
        );
        if (reading.tokenCall) throw refused;
        return { type: "done", value: { type: "refused", error: refused } };
      }
      if (status !== 200) throw call.unexpectedStatus(answer);
      const envelope = readV2Envelope(answer.body);
      if (envelope === void 0) throw call.notThePlatform(answer);
      const { code, message } = envelope;
      const said = describeAnswer(envelope);
      if (isNoAuthMessage(message)) {
        throw call.fail("fatal", `the open API is not enabled for this bot: code ${code}${said}.`, {
          code,
          httpStatus: status,
          remedy: PERMISSION_REMEDY
        });
      }
      if (code === 0) {
        return {
          type: "done",
          value: { type: "ok", value: reading.read(envelope.data, call, answer) }
        };
      }
      const accepted = reading.accept?.(code);
      if (accepted) return { type: "done", value: { type: "ok", value: accepted.value } };
      const info = describeV2Code(code);
      const details = { code, httpStatus: status, hint: info.todo, remedy: info.remedy };
      switch (info.outcome) {
        case "transient":
          return { type: "retry", reason: `code ${code} (${info.meaning})`, code };
        case "permission": {
          const renewed = reading.renewed ? ", with a new access token too" : "";
          const error = call.fail(
            "fatal",
            `${info.meaning}: code ${code}${said}${renewed}.`,
            details
          );
          if (reading.tokenCall) throw error;
          return { type: "done", value: { type: "refused", error } };
        }
        case "fatal":
        case "rejected":
          throw call.fail(
            reading.tokenCall ? "fatal" : info.outcome,
            `${info.meaning}: code ${code}${said}.`,
            reading.tokenCall && info.outcome === "rejected" ? { code, httpStatus: status, remedy: TOKEN_CALL_REMEDY } : details
          );
      }
    };
  }
  let cached;
  let pending;
  async function exchange() {
    const body = JSON.stringify({ account: credentials.account });
    const reply = await transport.send({
      action: "/v2/token",
      path: "/v2/token",
      body,
      headers: () => ({ "X-APPID": credentials.appId, ...sign(body) }),
      secretHeaders: ["sign"],
      interpret: interpreter({ tokenCall: true, renewed: false, read: readAccessToken })
    });
    if (reply.type === "refused") throw reply.error;
    return reply.value;
  }
  function readAccessToken(data, call, answer) {
    const token = isRecord(data) ? data.access_token : void 0;
    if (typeof token === "string" && token.trim() !== "") transport.addSecret(token);
    if (typeof token !== "string" || token === "") {
      throw call.notThePlatform(
        answer,
        `the answer from ${shown} to /v2/token has no access_token.`
      );
    }
    if (!/^[\x21-\x7e]+$/.test(token)) {
      throw call.notThePlatform(
        answer,
        `the access_token from ${shown} cannot be sent in a header (it holds spaces, controls or non-ASCII characters).`
      );
    }
    return token;
  }
  async function lease(action, signal) {
    if (cached && now() < cached.expiresAt) return { token: cached.token, cached: true };
    if (!pending) {
      const started = now();
      const exchanged = exchange().then((token) => {
        cached = { token, expiresAt: started + tokenTtlMs };
        return token;
      });
      pending = exchanged;
      exchanged.then(
        () => {
          if (pending === exchanged) pending = void 0;
        },
        () => {
          if (pending === exchanged) pending = void 0;
        }
      );
    }
    return { token: await abortable(pending, signal, action), cached: false };
  }
  function forget(token) {
    if (cached?.token === token) cached = void 0;
  }
  function abortable(promise, signal, action) {
    if (!signal) return promise;
    const cancelled = () => transport.fail(action, "aborted", "the call was cancelled.", { cause: signal.reason });
    if (signal.aborted) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(cancelled());
      signal.addEventListener("abort", onAbort, { once: true });
      promise.then(
        (value) => {
          signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        }
      );
    });
  }
  async function authorized(path, payload, read, extra = {}) {
    const { signal } = extra;
    const body = JSON.stringify(payload);
    let held = await lease(path, signal);
    for (let renewed = false; ; renewed = true) {
      const { token } = held;
      const reply = await transport.send({
        action: path,
        path,
        body,
        // Verbatim, never URL-encoded: tokens hold "+" and "@" ([token], [fetch]).
        headers: () => ({ "X-OPENAI-TOKEN": token, ...sign(body) }),
        secretHeaders: ["sign"],
        signal,
        interpret: interpreter({ tokenCall: false, renewed, read, accept: extra.accept })
      });
      if (reply.type === "ok") return reply.value;
      if (renewed || !held.cached) throw reply.error;
      forget(token);
      held = await lease(path, signal);
    }
  }
  const misshapen = (call, answer, what) => call.notThePlatform(answer, `the answer from ${shown} to ${call.action} ${what}.`);
  return {
    async importJson(mode, items, callOptions) {
      if (mode !== 0 && mode !== 1) {
        throw new InternalError(`importJson: mode must be 0 or 1; got ${String(mode)}.`);
      }
      const data = items.map((item) => wireItem(mode, item));
      return authorized(
        "/v2/bot/import/json",
        { mode, data },
        (answer, call, http) => {
          const taskId = isRecord(answer) ? answer.task_id : void 0;
          if (typeof taskId === "string" && taskId.trim() !== "") return taskId;
          if (typeof taskId === "number" && Number.isSafeInteger(taskId)) return String(taskId);
          throw call.fail(
            "fatal",
            `the platform accepted the import but gave no task_id, so nothing can confirm it (the platform has answered so before while importing nothing).`,
            {
              httpStatus: http.status,
              hint: "try again later; if it persists, check the bot's console for what was imported, and report it to the platform."
            }
          );
        },
        { signal: callOptions?.signal }
      );
    },
    async fetchTask(taskId, callOptions) {
      if (typeof taskId !== "string" || taskId.trim() === "") {
        throw new InternalError("fetchTask: the task id must be a non-empty string.");
      }
      return authorized(
        "/v2/async/fetch",
        { task_id: taskId },
        (data, call, answer) => readTask(data, call, answer),
        { signal: callOptions?.signal }
      );
    },
    async publish() {
      await authorized("/v2/bot/publish", {}, () => void 0, {
        // "The bot is already publishing" ([errors]): the caller polls progress either way.
        accept: (code) => code === ALREADY_PUBLISHING ? { value: void 0 } : void 0
      });
    },
    async publishProgress() {
      return authorized("/v2/bot/effective_progress", { env: "online" }, (data, call, answer) => {
        const record = isRecord(data) ? data : {};
        const status = PUBLISH_STATUS[readInteger(record.status) ?? -1];
        if (status === void 0) {
          throw misshapen(call, answer, "has no publish status the platform documents (1, 2, 3)");
        }
        const progress = readInteger(record.progress);
        if (progress !== void 0 && progress >= 0 && progress <= 100) return { progress, status };
        if (status === 2) return { progress: 0, status };
        throw misshapen(call, answer, "has no progress from 0 to 100");
      });
    },
    close() {
      transport.close();
    }
  };
  function readTask(data, call, answer) {
    if (!isRecord(data)) throw misshapen(call, answer, "has no task status");
    const state = TASK_STATES[readInteger(data.state)];
    if (state === void 0) {
      throw misshapen(call, answer, "has no task state the platform documents (1, 2, 3)");
    }
    const count = (key) => {
      const value = data[key];
      if (value === void 0 || value === null) return 0;
      const n = readInteger(value);
      if (n === void 0) throw misshapen(call, answer, `has a ${key} that is not a number`);
      return n;
    };
    const imported = readImported(data.success_skill_info);
    if (imported === void 0) {
      throw misshapen(call, answer, "has a success_skill_info of a shape faqops does not know");
    }
    return {
      state,
      progress: count("progress"),
      message: typeof data.msg === "string" ? call.redact(data.msg) : "",
      totalCount: count("total_count"),
      successCount: count("success_count"),
      failCount: count("fail_count"),
      imported,
      failedSkills: readFailedSkills(data.fail_skill_info)
    };
  }
}
function wireItem(mode, item) {
  if (mode === 1 && item.oldIntent !== void 0) {
    throw new InternalError(
      `importJson: old_intent cannot go with mode 1 (a rename of "${item.oldIntent}" to "${item.intent}").`
    );
  }
  return {
    skill: item.skill,
    intent: item.intent,
    ...item.oldIntent === void 0 ? {} : { old_intent: item.oldIntent },
    ...item.threshold === void 0 ? {} : { threshold: item.threshold },
    ...item.disable === void 0 ? {} : { disable: item.disable },
    questions: [...item.questions],
    answers: [...item.answers]
  };
}
function readImported(value) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) return isRecord(value) ? [] : void 0;
  const imported = [];
  for (const skill of value) {
    if (!isRecord(skill) || typeof skill.name !== "string") return void 0;
    const intents = skill.intents ?? [];
    if (!Array.isArray(intents)) return void 0;
    for (const intent of intents) {
      if (!isRecord(intent) || typeof intent.name !== "string") return void 0;
      imported.push({
        skill: skill.name,
        intent: intent.name,
        skillId: readInteger(skill.id),
        intentId: readInteger(intent.id)
      });
    }
  }
  return imported;
}
function readFailedSkills(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap(
    (item) => isRecord(item) && typeof item.name === "string" ? [item.name] : []
  );
}
function readV2Envelope(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (!isRecord(json)) return void 0;
  const code = readInteger(json.code);
  if (code === void 0) return void 0;
  const { msg } = json;
  const message = msg === void 0 || msg === null ? void 0 : typeof msg === "string" ? msg : JSON.stringify(msg);
  return { code, message, data: json.data };
}
function describeAnswer(envelope) {
  const detail = isRecord(envelope.data) ? envelope.data.err_detail : void 0;
  const parts = [
    ...envelope.message ? [`"${envelope.message}"`] : [],
    ...typeof detail === "string" || typeof detail === "number" ? [`err_detail ${detail}`] : []
  ];
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
function shortText(body) {
  const text = body.trim();
  return text !== "" && text.length <= 100 && /^[\x20-\x7e]+$/.test(text) ? text : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  TOKEN_TTL_MS,
  createV2Client
};
