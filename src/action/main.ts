/**
 * The GitHub Action shell — the only file that talks to @actions/core. It reads the inputs,
 * runs the same pipeline as the CLI (load, plan, apply), and turns the results into
 * annotations, a job summary, a pull-request comment, outputs, a lockfile commit and a verdict.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { countDiagnostics, type Diagnostic, formatDiagnostic } from "../diagnostics.js";
import { FaqopsError } from "../errors.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { createTranslator, hintLabel, type Translator } from "../i18n/index.js";
import { DEFAULT_V2_ENDPOINT, displayPath } from "../options.js";
import { createClient } from "../platform/client.js";
import { CREDENTIAL_VARIABLES, resolveEndpoint } from "../platform/credentials.js";
import type { RetryInfo } from "../platform/transport.js";
import { createV2Client } from "../platform/v2/client.js";
import { apiNotes, driftWhy, lockNotes, planJson } from "../render/plan.js";
import { renderChangesPreview } from "../render/preview.js";
import {
  type ApplyOptions,
  type ApplyResult,
  applyPlan,
  type Publisher,
  publishLockfile,
} from "../sync/apply.js";
import { type Before, loadBefore } from "../sync/before.js";
import { type LockSnapshot, loadSyncInputs, readLockSnapshot } from "../sync/index.js";
import { type Plan, planSync } from "../sync/plan.js";
import { upsertComment } from "./comment.js";
import { commitAndPushLockfile } from "./git.js";
import {
  type ActionOptions,
  branchFromRef,
  credentialsFromInputs,
  readEvent,
  readLang,
  resolveActionOptions,
  SECRET_INPUTS,
  v2CredentialsFromInputs,
} from "./inputs.js";
import {
  COMMENT_MARKER,
  type Report,
  renderComment,
  renderSummary,
  reportCounts,
} from "./summary.js";

/** English, until the `lang` input is read. */
const ENGLISH = createTranslator("en");

/**
 * Runs the action; every failure ends in `core.setFailed`, never in an uncaught exception.
 * What it writes for people (annotations, notices, warnings, the summary, the comment, the
 * failure) is in the `lang` input's language; outputs, files and commits stay as they are.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Masked before anything is parsed, so no later message or log line can show them.
  for (const name of SECRET_INPUTS) maskIfSet(core.getInput(name));
  maskIfSet(env[CREDENTIAL_VARIABLES.token]);
  maskIfSet(env[CREDENTIAL_VARIABLES.encodingAesKey]);
  let t = ENGLISH;
  try {
    // First, so that a mistake in any other input is told in the language asked for; a bad
    // `lang` itself is told in English.
    t = createTranslator(readLang((name) => core.getInput(name)));
    const failure = await runAction(env, t);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.setFailed(describe(error, t));
  }
}

function maskIfSet(value: string | undefined): void {
  if (value?.trim()) core.setSecret(value.trim());
}

/** Runs one command; resolves to the failure message, or undefined when the job succeeded. */
async function runAction(env: NodeJS.ProcessEnv, t: Translator): Promise<string | undefined> {
  const cwd = process.cwd();
  const event = await readEvent(env);
  const options = resolveActionOptions((name) => core.getInput(name), { cwd, event, env });
  core.info(`faqops ${options.command} (${event.name || "no event"})`);

  if (options.command === "publish") return await publishAndCommit(options, env, t);
  const inputs = await loadSyncInputs(options.sync);
  const { content } = inputs;
  for (const note of lockNotes(inputs, options.sync.lockfile.display)) core.notice(t.text(note));
  // Rule ids, files and positions stay as they are; the messages are in the language asked for.
  const diagnostics = content.diagnostics.map((d) => t.diagnostic(d));
  annotate(diagnostics, cwd, env.GITHUB_WORKSPACE);
  const { errors } = countDiagnostics(content.diagnostics);
  const report: Report = {
    command: options.command,
    fileCount: content.fileCount,
    diagnostics,
  };

  if (errors > 0 || options.command === "check") {
    await publishReport(report, options, event.pullRequest, env, t);
    return errors > 0
      ? t.text(
          `The content has ${errors} ${errors === 1 ? "error" : "errors"} (see the annotations); nothing was planned or sent.`,
        )
      : undefined;
  }

  const plan = planSync(content.entries, inputs.lock, options.sync);
  for (const note of apiNotes(plan)) core.notice(t.text(note));
  // What the platform holds for each change, from Git (fetching history into a shallow
  // checkout when needed): the per-entry diffs of the summary and the comment.
  const befores = await loadBefore(plan, {
    cwd,
    contentDir: options.sync.contentDir,
    lockfilePath: options.sync.lockfile.path,
    deepen: true,
  });
  const { planFile, previewFile } = await writePlanFiles(plan, befores, env, t.lang);
  core.setOutput("plan", planFile);
  core.setOutput("preview", previewFile);

  if (options.command === "plan") {
    setCounts(reportCounts(plan));
    await publishReport({ ...report, plan, befores }, options, event.pullRequest, env, t);
    return plan.prune?.refusal ? t.text(`--prune refused: ${plan.prune.refusal}`) : undefined;
  }

  return await applyAndCommit({ ...report, plan, befores }, plan, options, env, inputs, t);
}

/**
 * apply: carry out the plan the job computed (and summarises), publish when asked, commit the
 * lockfile whatever the outcome (even after a partial sync or a failed publish), report.
 */
async function applyAndCommit(
  report: Report,
  plan: Plan,
  options: ActionOptions,
  env: NodeJS.ProcessEnv,
  inputs: LockSnapshot,
  t: Translator,
): Promise<string | undefined> {
  const result: ApplyResult = await applyPlan(plan, inputs, {
    ...options.sync,
    connect: connector(options, env, t),
    connectV2: connectorV2(options, env, t),
    // A v2 disable carries the entry as last synced, which is what the befores hold.
    befores: report.befores,
    onEvent: (event) => {
      if (event.type === "failed")
        core.warning(t.text(`${event.entry.skill} / ${event.entry.title}: ${event.message}`), {
          file: event.entry.path,
        });
      else if (event.type === "start") core.info(t.text(`Writing ${event.total} entries…`));
      else if (event.type === "publish")
        core.info(t.text(`Publishing: ${JSON.stringify(event.progress)}`));
    },
  });
  setCounts(reportCounts(plan, result));
  if (result.drift.length > 0) {
    core.warning(
      t.text(
        `${result.drift.length} ${result.drift.length === 1 ? "entry is" : "entries are"} still on the bot but not in the content (${driftList(result.drift)}). ${
          plan.api === "v2"
            ? "The v2 API switches them off, reversibly: run with `prune: true` (review a plan with prune first)."
            : "The v1 API removes entries only by replacing the whole bot: run with `prune: true` (review a plan with prune first)."
        }`,
      ),
      { title: t.text("faqops: drift") },
    );
  }
  const { note, failure } = await commitIfChanged(options, result.lockfileChanged, env, t, () =>
    commitBody(result),
  );
  await writeSummary(renderSummary({ ...report, apply: result, lockfileNote: note }, t.lang));

  const failures = [
    result.failures.length > 0
      ? `${result.failures.length} of ${plan.writes} entries failed to sync.`
      : undefined,
    result.outcome === "fatal" ? `The sync stopped: ${describe(result.fatal, t)}` : undefined,
    result.outcome === "interrupted" ? "The sync was interrupted." : undefined,
    result.publish.status === "failed"
      ? `The publish failed: ${describe(result.publish.error, t)} ${result.unpublished} written entries are not live (the lockfile keeps them marked unpublished).`
      : undefined,
  ]
    .filter((m): m is string => m !== undefined)
    .map((m) => t.text(m));
  // The lockfile's failure is already in the language asked for (commitIfChanged).
  if (failure) failures.push(failure);
  return failures.length > 0 ? failures.join(" ") : undefined;
}

/** publish: make what the platform holds live, record it in the lockfile, commit it. */
async function publishAndCommit(
  options: ActionOptions,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<string | undefined> {
  const snapshot = await readLockSnapshot(options.sync.lockfile);
  const run = await publishLockfile(snapshot, {
    lockfile: options.sync.lockfile,
    connect:
      options.sync.api === "v2"
        ? connectorV2(options, env, t)
        : (connector(options, env, t) as Connect),
    onEvent: (event) => {
      if (event.type === "publish")
        core.info(t.text(`Publishing: ${JSON.stringify(event.progress)}`));
    },
  });
  core.setOutput("unpublished", String(run.unpublished));
  core.setOutput("changed", String(run.lockfileChanged));
  const { note, failure } = await commitIfChanged(options, run.lockfileChanged, env, t, () =>
    run.publish.status === "done"
      ? "Published the bot's content on the WeChat Dialogue Open Platform."
      : "Publish failed; the entries stay marked unpublished.",
  );
  const verdict =
    run.publish.status === "done"
      ? `✅ Published: the live bot now answers with ${run.publish.entries} ${run.publish.entries === 1 ? "entry" : "entries"} written since the last publish.`
      : `❌ The publish failed: ${describe(run.publish.error, t)}`;
  await writeSummary(`### faqops publish\n\n${t.markdown(verdict)}\n${note ? `\n${note}\n` : ""}`);
  const failures = [
    run.publish.status === "failed"
      ? t.text(`The publish failed: ${describe(run.publish.error, t)}`)
      : undefined,
    failure,
  ].filter((m): m is string => m !== undefined);
  return failures.length > 0 ? failures.join(" ") : undefined;
}

type Connect = (hooks: { beforeRequest: () => Promise<void> }) => Publisher;

/** Logs a retry in the log, in `t`'s language. */
const logRetry = (t: Translator) => (info: RetryInfo) =>
  core.info(
    t.text(
      `retry: ${info.action} attempt ${info.attempt + 1} in ${Math.round(info.delayMs)} ms (${info.reason})`,
    ),
  );

/** Opens the v2 client; reads the credentials only when a request must be sent. */
function connectorV2(
  options: ActionOptions,
  env: NodeJS.ProcessEnv,
  t: Translator,
): NonNullable<ApplyOptions["connectV2"]> {
  const endpoint = resolveEndpoint(options.endpoint, env, DEFAULT_V2_ENDPOINT);
  return (hooks) =>
    createV2Client({
      endpoint,
      credentials: v2CredentialsFromInputs(options.credentials, env),
      onRetry: logRetry(t),
      ...hooks,
    });
}

/** Opens the platform client; reads the credentials only when a request must be sent. */
function connector(
  options: ActionOptions,
  env: NodeJS.ProcessEnv,
  t: Translator,
): ApplyOptions["connect"] {
  const endpoint = resolveEndpoint(options.endpoint, env);
  return (hooks) =>
    createClient({
      endpoint,
      // Read only when a request must be sent: a run with nothing to do needs no credentials.
      credentials: credentialsFromInputs(options.credentials, env),
      onRetry: logRetry(t),
      ...hooks,
    });
}

/** `账户 / 旧问题 (deleted), …` for a log line, at most 10 named. */
function driftList(drift: ApplyResult["drift"]): string {
  const named = drift
    .slice(0, 10)
    .map((a) => `${a.previous.skill} / ${a.previous.title} (${driftWhy(a)})`);
  return drift.length > named.length
    ? `${named.join(", ")}, and ${drift.length - named.length} more`
    : named.join(", ");
}

/**
 * Commits and pushes the lockfile when it changed and `commit-lockfile` is on: it records
 * exactly what the platform confirmed, and losing it would make the next run send those
 * entries again. Returns the summary's line about it, and the failure, if any.
 */
async function commitIfChanged(
  options: ActionOptions,
  changed: boolean,
  env: NodeJS.ProcessEnv,
  t: Translator,
  body: () => string,
): Promise<{ note?: string | undefined; failure?: string | undefined }> {
  if (!changed) return {};
  if (!options.commitLockfile) {
    return {
      note: t.markdown(
        `Lockfile \`${options.sync.lockfile.display}\` updated (not committed: \`commit-lockfile\` is false).`,
      ),
    };
  }
  try {
    return { note: t.markdown(await commitLockfile(options, body(), env, t)) };
  } catch (error) {
    const why = describe(error, t);
    return {
      note: t.markdown(`❌ The lockfile commit failed: ${why}`),
      failure: t.text(`The lockfile commit failed: ${why}`),
    };
  }
}

/** The lockfile commit's message body after apply. */
function commitBody(result: ApplyResult): string {
  const parts = [
    `Synced ${result.written} ${result.written === 1 ? "entry" : "entries"} to the WeChat Dialogue Open Platform`,
  ];
  if (result.failures.length > 0)
    parts.push(`${result.failures.length} failed and will be retried`);
  if (result.publish.status === "done") parts.push("published");
  if (result.publish.status === "failed")
    parts.push("the publish failed (entries marked unpublished)");
  return `${parts.join("; ")}.`;
}

async function commitLockfile(
  options: ActionOptions,
  message: string,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<string> {
  const branch = branchFromRef(env.GITHUB_REF);
  if (!branch) {
    throw new FaqopsError(
      `commit-lockfile needs a branch to push to, but GITHUB_REF is "${env.GITHUB_REF ?? ""}".`,
      { hint: "run apply on push to a branch, or set commit-lockfile: false." },
    );
  }
  const cwd = options.sync.cwd;
  const run = runUrl(env);
  const committed = await commitAndPushLockfile({
    cwd,
    file: displayPath(cwd, options.sync.lockfile.path),
    branch,
    body: [message, run ? `Run: ${run}` : ""].filter(Boolean).join("\n"),
    onRetry: (attempt, reason) => core.info(t.text(`push attempt ${attempt} rejected: ${reason}`)),
  });
  if (committed.status === "unchanged") return "Lockfile unchanged: nothing to commit.";
  core.info(t.text(`Pushed the lockfile commit ${committed.sha} to ${branch}.`));
  return `Lockfile committed to \`${branch}\` as ${committed.sha.slice(0, 7)}.`;
}

/** Every diagnostic as a workflow annotation on its file, line and column. */
function annotate(
  diagnostics: readonly Diagnostic[],
  cwd: string,
  workspace: string | undefined,
): void {
  for (const d of diagnostics) {
    // Diagnostics are relative to the working directory; annotations to the repository root.
    const file = workspace ? displayPath(workspace, path.resolve(cwd, d.file)) : d.file;
    const properties = { file, startLine: d.line, startColumn: d.column, title: d.ruleId };
    if (d.severity === "error") core.error(d.message, properties);
    else core.warning(d.message, properties);
    core.debug(formatDiagnostic(d));
  }
}

/** The summary, and on a pull request the sticky comment (a failure to comment only warns). */
async function publishReport(
  report: Report,
  options: ActionOptions,
  pullRequest: number | undefined,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<void> {
  await writeSummary(renderSummary(report, t.lang));
  if (!options.comment) return;
  if (pullRequest === undefined || !env.GITHUB_REPOSITORY) {
    core.info(t.text("No pull request to comment on."));
    return;
  }
  if (!options.githubToken) {
    core.warning(t.text("No github-token: the pull-request comment was skipped."));
    return;
  }
  try {
    const done = await upsertComment(
      {
        apiUrl: env.GITHUB_API_URL || "https://api.github.com",
        repository: env.GITHUB_REPOSITORY,
        issueNumber: pullRequest,
        token: options.githubToken,
      },
      COMMENT_MARKER,
      renderComment(report, { detailsUrl: runUrl(env), lang: t.lang }),
    );
    core.info(t.text(`Pull-request comment ${done.action}${done.url ? `: ${done.url}` : ""}.`));
  } catch (error) {
    // The comment is a convenience: the annotations and the summary already carry the verdict.
    core.warning(t.text(`The pull-request comment could not be written: ${describe(error, t)}`));
  }
}

async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (a local run) there is no summary file: the log gets the Markdown.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown).write();
}

function setCounts(counts: ReturnType<typeof reportCounts>): void {
  for (const [name, value] of Object.entries(counts)) core.setOutput(name, String(value));
}

/** Writes the plan's JSON to `$RUNNER_TEMP/faqops-plan.json` (a temporary folder without it). */
/**
 * Writes the plan's JSON to `$RUNNER_TEMP/faqops-plan.json` and the preview of its changes to
 * `$RUNNER_TEMP/faqops-preview/index.html` (a temporary folder without RUNNER_TEMP), for a
 * workflow to upload as artifacts.
 */
async function writePlanFiles(
  plan: Plan,
  befores: ReadonlyMap<string, Before>,
  env: NodeJS.ProcessEnv,
  lang: Translator["lang"],
): Promise<{ planFile: string; previewFile: string }> {
  const dir = env.RUNNER_TEMP || (await mkdtemp(path.join(tmpdir(), "faqops-")));
  const planFile = path.join(dir, "faqops-plan.json");
  await writeFile(planFile, `${JSON.stringify(planJson(plan, befores), null, 2)}\n`);
  const previewFile = path.join(dir, "faqops-preview", "index.html");
  await writeFileAtomic(previewFile, renderChangesPreview(plan, befores, { lang }));
  return { planFile, previewFile };
}

/** The run's page, where the job summary is. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/**
 * A failure's message and hint, in `t`'s language; an unexpected one is called what it is, a
 * bug (its message kept as thrown).
 */
function describe(error: unknown, t: Translator): string {
  if (error instanceof FaqopsError) {
    const { message, hint } = t.error(error);
    if (!hint) return message;
    return t.lang === "en"
      ? `${message} (${hintLabel(t.lang)}: ${hint})`
      : `${message}（${hintLabel(t.lang)}：${hint}）`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t.text(`internal error: ${detail} — this is a bug in faqops; please report it.`);
}
