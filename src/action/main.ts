/**
 * The GitHub Action shell — the only file that talks to @actions/core. It reads the inputs,
 * runs the same pipeline as the CLI (load, plan, apply), and turns the results into
 * annotations, a job summary, a pull-request comment, outputs, a lockfile commit and a verdict.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { CONFIG_FILE } from "../config/load.js";
import { loadProject, loadTargetInputs } from "../config/project.js";
import { type ContentResult, loadContent } from "../content/index.js";
import {
  countDiagnostics,
  type Diagnostic,
  formatDiagnostic,
  sortDiagnostics,
} from "../diagnostics.js";
import { FaqopsError } from "../errors.js";
import { isBug } from "../exit.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { createTranslator, type Translator } from "../i18n/index.js";
import { displayPath } from "../options/paths.js";
import { createClient } from "../platform/client.js";
import {
  DEFAULT_V2_ENDPOINT,
  platformVariables,
  resolveEndpoint,
} from "../platform/credentials.js";
import type { RetryInfo } from "../platform/transport.js";
import { createV2Client } from "../platform/v2/client.js";
import { plural } from "../plural.js";
import { publishedSentence, settledFirstSentence } from "../render/apply.js";
import { bugFrames, describeError, errorWords } from "../render/error.js";
import { apiNotes, driftWhere, driftWhy, lockNotes, planJson } from "../render/plan.js";
import { renderChangesPreview } from "../render/preview.js";
import { pruneRefusedText } from "../render/prune.js";
import {
  type ApplyOptions,
  type ApplyResult,
  applyPlan,
  type Publisher,
  publishLockfile,
} from "../sync/apply.js";
import { type Before, loadBefore } from "../sync/before.js";
import { readLockSnapshot, type SyncInputs } from "../sync/index.js";
import { type Plan, planSync } from "../sync/plan.js";
import { upsertComment } from "./comment.js";
import {
  type BranchLockfile,
  branchLockfile,
  commitAndPushLockfile,
  commitLockfileOnto,
  isOnBranch,
} from "./git.js";
import {
  type ActionEvent,
  type ActionOptions,
  credentialsFromInputs,
  lockfileBranch,
  readEvent,
  readLang,
  resolveActionOptions,
  SECRET_INPUTS,
  type TargetRun,
  v2CredentialsFromInputs,
} from "./inputs.js";
import {
  COMMENT_MARKER,
  type Report,
  renderComment,
  renderSummary,
  reportCounts,
  sumCounts,
  type TargetSection,
  type TargetTitle,
  targetHeading,
} from "./summary.js";

/** The variables that hold a secret: a TOKEN or an EncodingAESKey, a target's or the default. */
const SECRET_VARIABLE = /^FAQOPS_(?:[A-Z0-9_]+_)?(?:TOKEN|ENCODING_AES_KEY)$/;

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
  // Every target's TOKEN and EncodingAESKey (FAQOPS_TOKEN, FAQOPS_STAGING_TOKEN, …).
  for (const [name, value] of Object.entries(env)) {
    if (SECRET_VARIABLE.test(name)) maskIfSet(value);
  }
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
  const project = await loadProject(cwd, cwd);
  // faqops.config.yaml's problems first, annotated like content's: a target input that names no
  // target, or apply without one, is easier to understand next to them.
  const configDiagnostics = project.diagnostics.map((d) => t.diagnostic(d));
  annotate(configDiagnostics, cwd, env.GITHUB_WORKSPACE);
  const options = resolveActionOptions((name) => core.getInput(name), {
    cwd,
    event,
    env,
    project,
  });
  const named = options.targets.flatMap((r) =>
    r.target.name === undefined ? [] : [r.target.name],
  );
  core.info(
    `faqops ${options.command} (${event.name || "no event"})${named.length > 0 ? ` for ${named.length === 1 ? "target" : "targets"} ${named.join(", ")}` : ""}`,
  );

  if (options.command === "publish") {
    const { errors } = countDiagnostics(project.diagnostics);
    if (errors > 0) {
      return t.text(
        `${project.config?.display ?? CONFIG_FILE} has ${plural(errors, "error")} (see the annotations); nothing was published.`,
      );
    }
    return await publishAndCommit(options, options.targets[0]!, event, env, t);
  }
  const content = await loadContent(options.content);
  // Rule ids, files and positions stay as they are; the messages are in the language asked for.
  const contentDiagnostics = content.diagnostics.map((d) => t.diagnostic(d));
  annotate(contentDiagnostics, cwd, env.GITHUB_WORKSPACE);
  // A config with errors is refused like content with errors: it could name the wrong bot.
  const { errors } = countDiagnostics([...project.diagnostics, ...content.diagnostics]);
  const report: Report = {
    command: options.command,
    fileCount: content.fileCount,
    diagnostics: sortDiagnostics([...configDiagnostics, ...contentDiagnostics]),
  };

  if (errors > 0 || options.command === "check") {
    await publishReport(report, options, event.pullRequest, env, t);
    return errors > 0
      ? t.text(
          `The content has ${plural(errors, "error")} (see the annotations); nothing was planned or sent.`,
        )
      : undefined;
  }
  if (options.command === "plan") return await planTargets(report, options, content, event, env, t);
  return await applyAndCommit(report, options, options.targets[0]!, content, event, env, t);
}

/** One target's plan, and what the platform holds for each change. */
interface TargetPlan {
  readonly run: TargetRun;
  readonly inputs: SyncInputs;
  readonly plan: Plan;
  readonly befores: ReadonlyMap<string, Before>;
}

/**
 * Plans one target: the entries it takes, its lockfile (notes about it as notices), the plan,
 * and the befores of its changes from Git (fetching history into a shallow checkout when
 * needed), for the per-entry diffs of the summary and the comment.
 */
async function planTarget(
  run: TargetRun,
  content: ContentResult,
  t: Translator,
): Promise<TargetPlan> {
  const inputs = await loadTargetInputs(content, run.target, run.sync);
  for (const note of lockNotes(inputs, run.sync.lockfile.display)) core.notice(t.text(note));
  const plan = planSync(inputs.content.entries, inputs.lock, run.sync, inputs.notTaken);
  for (const note of apiNotes(plan, inputs.content.answers, "action")) core.notice(t.text(note));
  const befores = await loadBefore(plan, {
    cwd: run.sync.cwd,
    contentDir: run.sync.contentDir,
    lockfilePath: run.sync.lockfile.path,
    deepen: true,
  });
  return { run, inputs, plan, befores };
}

/**
 * plan: every target's plan, each under its own heading, in one summary and one comment; the
 * outputs add the targets' counts up. One target that cannot be planned (an unreadable
 * lockfile, say) is reported in its section and fails the job; the others are still planned.
 */
async function planTargets(
  report: Report,
  options: ActionOptions,
  content: ContentResult,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<string | undefined> {
  const several = options.targets.length > 1;
  const planned: TargetPlan[] = [];
  const sections: TargetSection[] = [];
  const failures: string[] = [];
  for (const run of options.targets) {
    const target = targetTitle(run);
    try {
      const done = await planTarget(run, content, t);
      planned.push(done);
      const { answers } = done.inputs.content;
      sections.push({ target, plan: done.plan, answers, befores: done.befores });
      const refusal = done.plan.prune?.refusal;
      if (refusal)
        failures.push(forTarget(run, t.text(pruneRefusedText(refusal, "action")), several, t));
    } catch (error) {
      if (!several) throw error;
      sections.push({ target, failure: englishMessage(error) });
      failures.push(forTarget(run, describe(error, t), several, t));
    }
  }
  const { planFile, previewFile } = await writePlanFiles(planned, several, env, t.lang);
  core.setOutput("plan", planFile);
  core.setOutput("preview", previewFile);
  setCounts(sumCounts(planned.map((p) => reportCounts(p.plan))));
  const full: Report = several ? { ...report, targets: sections } : { ...report, ...sections[0] };
  await publishReport(full, options, event.pullRequest, env, t);
  return failures.length > 0 ? failures.join(" ") : undefined;
}

/** A failure of one target's, named by its target when the run has several. */
function forTarget(run: TargetRun, message: string, several: boolean, t: Translator): string {
  return several && run.target.name !== undefined
    ? t.text(`Target ${run.target.name}: ${message}`)
    : message;
}

/** The heading of a named target's section; undefined for the one unnamed bot. */
function targetTitle(run: TargetRun): TargetTitle | undefined {
  return run.target.name === undefined
    ? undefined
    : { name: run.target.name, lockfile: run.sync.lockfile.display, api: run.sync.api };
}

/**
 * apply: carry out the plan the job computed (and summarises) for its one target, publish when
 * asked, commit that target's lockfile whatever the outcome (even after a partial sync or a
 * failed publish), report. No other target's lockfile or credentials are touched.
 */
async function applyAndCommit(
  report: Report,
  options: ActionOptions,
  run: TargetRun,
  content: ContentResult,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<string | undefined> {
  const commit = await prepareCommit(options, run, event, env, t);
  const { inputs, plan, befores } = await planTarget(run, content, t);
  const { planFile, previewFile } = await writePlanFiles(
    [{ run, inputs, plan, befores }],
    false,
    env,
    t.lang,
  );
  core.setOutput("plan", planFile);
  core.setOutput("preview", previewFile);
  const { answers } = inputs.content;
  const section = { target: targetTitle(run), plan, answers, befores };
  const result: ApplyResult = await applyPlan(plan, inputs, {
    ...run.sync,
    answers,
    connect: connector(options, run, env, t),
    connectV2: connectorV2(options, run, env, t),
    // A v2 disable carries the entry as last synced, which is what the befores hold.
    befores,
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
        `${plural(result.drift.length, "entry is", "entries are")} still on the bot but ${driftWhere(result.drift)} (${driftList(result.drift)}). ${
          plan.api === "v2"
            ? "The v2 API switches them off, reversibly: run with `prune: true` (review a plan with prune first)."
            : "The v1 API removes entries only by replacing the whole bot: run with `prune: true` (review a plan with prune first)."
        }`,
      ),
      { title: t.text("faqops: drift") },
    );
  }
  const { note, failure } = await commitIfChanged(
    options,
    run,
    commit,
    result.lockfileChanged,
    env,
    t,
    () => commitBody(result),
  );
  await writeSummary(
    renderSummary({ ...report, ...section, apply: result, lockfileNote: note }, t.lang),
  );

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

/** publish: make what the target's platform holds live, record it in its lockfile, commit it. */
async function publishAndCommit(
  options: ActionOptions,
  run: TargetRun,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<string | undefined> {
  const commit = await prepareCommit(options, run, event, env, t);
  const snapshot = await readLockSnapshot(run.sync.lockfile);
  const published = await publishLockfile(snapshot, {
    lockfile: run.sync.lockfile,
    connect:
      run.sync.api === "v2"
        ? connectorV2(options, run, env, t)
        : (connector(options, run, env, t) as Connect),
    onEvent: (event) => {
      if (event.type === "publish")
        core.info(t.text(`Publishing: ${JSON.stringify(event.progress)}`));
    },
  });
  core.setOutput("unpublished", String(published.unpublished));
  core.setOutput("changed", String(published.lockfileChanged));
  const { note, failure } = await commitIfChanged(
    options,
    run,
    commit,
    published.lockfileChanged,
    env,
    t,
    () =>
      published.publish.status === "done"
        ? "Published the bot's content on the WeChat Dialogue Open Platform."
        : "Publish failed; the entries stay marked unpublished.",
  );
  const verdict =
    published.publish.status === "done"
      ? `✅ ${publishedSentence(published.publish)}`
      : `❌ The publish failed: ${describe(published.publish.error, t)}`;
  const title = targetTitle(run);
  const heading = title ? `\n${t.markdown(targetHeading(title))}\n` : "";
  const settled =
    published.resumed && published.resumed.tasks > 0
      ? `${t.text(settledFirstSentence(published.resumed))}\n\n`
      : "";
  await writeSummary(
    `### faqops publish\n${heading}\n${settled}${t.markdown(verdict)}\n${note ? `\n${note}\n` : ""}`,
  );
  const failures = [
    published.publish.status === "failed"
      ? t.text(`The publish failed: ${describe(published.publish.error, t)}`)
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

/** The endpoint of a target's run: the input, else its variables and faqops.config.yaml's. */
function endpointOf(
  options: ActionOptions,
  run: TargetRun,
  env: NodeJS.ProcessEnv,
  fallback?: string,
): string {
  return resolveEndpoint(
    {
      ...options.endpoint,
      scope: run.sync.target.variables,
      configured: run.sync.target.endpoints,
    },
    env,
    fallback,
  );
}

/** Opens the v2 client; reads the credentials only when a request must be sent. */
function connectorV2(
  options: ActionOptions,
  run: TargetRun,
  env: NodeJS.ProcessEnv,
  t: Translator,
): NonNullable<ApplyOptions["connectV2"]> {
  const endpoint = endpointOf(options, run, env, DEFAULT_V2_ENDPOINT);
  return (hooks) =>
    createV2Client({
      endpoint,
      credentials: v2CredentialsFromInputs(options.credentials, env, run.sync.target),
      // What the hints name besides the inputs: the endpoint's variable for this target.
      variables: platformVariables(env, run.sync.target.variables),
      onRetry: logRetry(t),
      ...hooks,
    });
}

/** Opens the platform client; reads the credentials only when a request must be sent. */
function connector(
  options: ActionOptions,
  run: TargetRun,
  env: NodeJS.ProcessEnv,
  t: Translator,
): ApplyOptions["connect"] {
  const endpoint = endpointOf(options, run, env);
  return (hooks) =>
    createClient({
      endpoint,
      // Read only when a request must be sent: a run with nothing to do needs no credentials.
      credentials: credentialsFromInputs(options.credentials, env, run.sync.target),
      variables: platformVariables(env, run.sync.target.variables),
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
 * Where the lockfile commit goes, decided before the run reads the lockfile: the branch (see
 * lockfileBranch) and, when the checkout is not that branch (a tag: a release promoted to
 * production), the branch tip's lockfile, put in the working tree to plan from (branchLockfile
 * says why). Undefined when nothing is committed, or no branch is known (the commit says so).
 */
async function prepareCommit(
  options: ActionOptions,
  run: TargetRun,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<PreparedCommit | undefined> {
  const branch = lockfileBranch(options, env.GITHUB_REF, event);
  if (!options.commitLockfile || !branch) return undefined;
  const cwd = run.sync.cwd;
  if (await isOnBranch(cwd, branch)) return { branch, base: undefined };
  const file = displayPath(cwd, run.sync.lockfile.path);
  const base = await branchLockfile({ cwd, file, branch });
  if (base.replaced) {
    core.notice(
      t.text(
        `Planning from ${branch}'s ${file} (${base.tip.slice(0, 7)}), not the checked-out commit's: it is the newest record of what the bot holds.`,
      ),
    );
  }
  return { branch, base };
}

/** Where the lockfile commit goes, and the lockfile the run started from when not on the branch. */
interface PreparedCommit {
  readonly branch: string;
  readonly base: BranchLockfile | undefined;
}

/**
 * Commits and pushes the target's lockfile when it changed and `commit-lockfile` is on: it
 * records exactly what the platform confirmed, and losing it would make the next run send those
 * entries again. Returns the summary's line about it, and the failure, if any.
 */
async function commitIfChanged(
  options: ActionOptions,
  run: TargetRun,
  commit: PreparedCommit | undefined,
  changed: boolean,
  env: NodeJS.ProcessEnv,
  t: Translator,
  body: () => string,
): Promise<{ note?: string | undefined; failure?: string | undefined }> {
  if (!changed) return {};
  if (!options.commitLockfile) {
    return {
      note: t.markdown(
        `Lockfile \`${run.sync.lockfile.display}\` updated (not committed: \`commit-lockfile\` is false).`,
      ),
    };
  }
  try {
    return { note: t.markdown(await commitLockfile(run, commit, body(), env, t)) };
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
    `Synced ${plural(result.written, "entry", "entries")} to the WeChat Dialogue Open Platform`,
  ];
  if (result.failures.length > 0)
    parts.push(`${result.failures.length} failed and will be retried`);
  if (result.publish.status === "done") parts.push("published");
  if (result.publish.status === "failed")
    parts.push("the publish failed (entries marked unpublished)");
  return `${parts.join("; ")}.`;
}

async function commitLockfile(
  run: TargetRun,
  commit: PreparedCommit | undefined,
  message: string,
  env: NodeJS.ProcessEnv,
  t: Translator,
): Promise<string> {
  if (!commit) {
    throw new FaqopsError(
      `commit-lockfile needs a branch to push to, but GITHUB_REF is "${env.GITHUB_REF ?? ""}".`,
      {
        hint: "run apply on push to a branch or a tag, set commit-branch, or set commit-lockfile: false.",
      },
    );
  }
  const { branch, base } = commit;
  const cwd = run.sync.cwd;
  const url = runUrl(env);
  const target = run.target.name === undefined ? "" : `Target: ${run.target.name}\n`;
  const options = {
    cwd,
    file: displayPath(cwd, run.sync.lockfile.path),
    branch,
    body: [message, `${target}${url ? `Run: ${url}` : ""}`.trim()].filter(Boolean).join("\n"),
    onRetry: (attempt: number, reason: string) =>
      core.info(t.text(`push attempt ${attempt} rejected: ${reason}`)),
  };
  const committed = base
    ? await commitLockfileOnto({ ...options, base })
    : await commitAndPushLockfile(options);
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

/**
 * Writes the plan's JSON to `$RUNNER_TEMP/faqops-plan.json` and the preview of its changes to
 * `$RUNNER_TEMP/faqops-preview/index.html` (a temporary folder without RUNNER_TEMP), for a
 * workflow to upload as artifacts. Several targets: one JSON, `{targets: [...]}` as `faqops plan
 * --json` prints it, and a preview per target in `faqops-preview/<target>/index.html`, the
 * folder being what the `preview` output names.
 */
async function writePlanFiles(
  planned: readonly TargetPlan[],
  several: boolean,
  env: NodeJS.ProcessEnv,
  lang: Translator["lang"],
): Promise<{ planFile: string; previewFile: string }> {
  const dir = env.RUNNER_TEMP || (await mkdtemp(path.join(tmpdir(), "faqops-")));
  const json = ({ run, inputs, plan, befores }: TargetPlan) => ({
    ...(run.target.name !== undefined && { target: run.target.name }),
    ...(planJson(plan, inputs.content.answers, befores) as object),
  });
  const planFile = path.join(dir, "faqops-plan.json");
  const value = several ? { targets: planned.map(json) } : json(planned[0]!);
  await writeFile(planFile, `${JSON.stringify(value, null, 2)}\n`);
  const previews = path.join(dir, "faqops-preview");
  for (const { run, inputs, plan, befores } of planned) {
    const file = several
      ? path.join(previews, run.target.name ?? "", "index.html")
      : path.join(previews, "index.html");
    const html = renderChangesPreview(plan, inputs.content.answers, befores, {
      lang,
      audience: "action",
    });
    await writeFileAtomic(file, html);
  }
  return { planFile, previewFile: several ? previews : path.join(previews, "index.html") };
}

/** The run's page, where the job summary is. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/** A failure's own message in English, for a report that is translated as a whole. */
function englishMessage(error: unknown): string {
  return error instanceof FaqopsError
    ? errorWords(error, "action").message
    : `internal error: ${error instanceof Error ? error.message : String(error)} — this is a bug in faqops; please report it.`;
}

/**
 * A failure's message and hint, in `t`'s language, as one sentence (render/error.ts). A bug's
 * frames (where it happened, for the report) go to the log first, in a group of their own, as
 * the verdict is one sentence.
 */
function describe(error: unknown, t: Translator): string {
  logBugFrames(error, t);
  const debug = Boolean(process.env.FAQOPS_DEBUG);
  return describeError(error, t.lang, { form: "inline", audience: "action", debug });
}

/** Errors whose frames are in the log already: a failure can be described twice. */
const framesLogged = new WeakSet<object>();

function logBugFrames(error: unknown, t: Translator): void {
  if (!isBug(error) || !(error instanceof Error) || framesLogged.has(error)) return;
  framesLogged.add(error);
  const frames = bugFrames(error);
  if (frames.length === 0) return;
  core.startGroup(t.text("faqops: where the internal error happened"));
  for (const frame of frames) core.info(frame);
  core.endGroup();
}
