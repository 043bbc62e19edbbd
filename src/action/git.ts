/**
 * The lockfile commit after apply: commit only the lockfile as github-actions[bot] and push it
 * to the branch the workflow ran for. A push rejected because the branch moved is rebased on
 * the new tip and retried; nothing is ever force-pushed.
 */
import { execFile } from "node:child_process";
import { FaqopsError } from "../errors.js";

/** The commit could not be made or pushed; the message carries git's own words. */
export class GitError extends FaqopsError {
  override name = "GitError";
}

/** GitHub's identity for commits made with the workflow token. */
export const BOT_NAME = "github-actions[bot]";
export const BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
/** `-c user.*` sets the bot as author and committer for one command, leaving the config alone. */
const AS_BOT = ["-c", `user.name=${BOT_NAME}`, "-c", `user.email=${BOT_EMAIL}`];

/**
 * `[skip ci]` keeps the commit from starting workflows again (pushes with the workflow token
 * do not anyway, but a personal token's would, and the sync would run once more for nothing).
 */
export const LOCKFILE_COMMIT_SUBJECT = "chore(faqops): update lockfile [skip ci]";

export interface CommitOptions {
  /** The repository's working tree. */
  readonly cwd: string;
  /** The lockfile, relative to `cwd`. */
  readonly file: string;
  /** The branch to push to. */
  readonly branch: string;
  readonly remote?: string;
  /** Lines after the subject. */
  readonly body?: string;
  /** Pushes tried in all, the first included (default 4: one push and three retries). */
  readonly attempts?: number;
  /** Milliseconds before the first retry; doubled each time (default 1000). */
  readonly retryDelayMs?: number;
  /** Called before each retry, for the log. */
  readonly onRetry?: (attempt: number, reason: string) => void;
}

export type CommitResult =
  | { readonly status: "unchanged" }
  | { readonly status: "pushed"; readonly sha: string; readonly attempts: number };

/** Commits the lockfile if it changed and pushes it; throws GitError when that fails. */
export async function commitAndPushLockfile(options: CommitOptions): Promise<CommitResult> {
  const { cwd, file, branch } = options;
  const remote = options.remote ?? "origin";
  const attempts = options.attempts ?? 4;
  const status = await git(cwd, ["status", "--porcelain", "--", file]);
  if (status.trim() === "") return { status: "unchanged" };

  await git(cwd, ["add", "--", file]);
  const message = options.body
    ? `${LOCKFILE_COMMIT_SUBJECT}\n\n${options.body}`
    : LOCKFILE_COMMIT_SUBJECT;
  // `--only` with the path commits the lockfile and nothing else staged.
  await git(cwd, [...AS_BOT, "commit", "--no-verify", "--only", "-m", message, "--", file]);

  let delay = options.retryDelayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    const pushed = await tryGit(cwd, ["push", "--porcelain", remote, `HEAD:refs/heads/${branch}`]);
    if (pushed.ok) {
      const sha = (await git(cwd, ["rev-parse", "HEAD"])).trim();
      return { status: "pushed", sha, attempts: attempt };
    }
    if (!isRejectedAsBehind(pushed.output)) {
      throw new GitError(`git push to ${remote} ${branch} failed: ${lastLines(pushed.output)}`, {
        hint: "the workflow needs `permissions: contents: write`, and actions/checkout with its default persist-credentials: true.",
      });
    }
    if (attempt >= attempts) {
      throw new GitError(
        `git push to ${remote} ${branch} was rejected ${attempts} times: the branch kept moving. The lockfile commit was not pushed.`,
        { hint: "run the workflow again: the lockfile only records what the platform confirmed." },
      );
    }
    options.onRetry?.(attempt, "the branch moved since checkout; rebasing the lockfile commit");
    await sleep(delay);
    delay *= 2;
    await rebaseOnRemote(cwd, remote, branch);
  }
}

/** Fetches the branch and replays the lockfile commit on its tip. */
async function rebaseOnRemote(cwd: string, remote: string, branch: string): Promise<void> {
  await git(cwd, ["fetch", "--no-tags", remote, `refs/heads/${branch}`]);
  // --autostash: other files the job left modified must not stop the rebase.
  const rebased = await tryGit(cwd, [...AS_BOT, "rebase", "--autostash", "FETCH_HEAD"]);
  if (!rebased.ok) {
    await tryGit(cwd, ["rebase", "--abort"]);
    throw new GitError(
      `Cannot rebase the lockfile commit on ${remote}/${branch}: ${lastLines(rebased.output)}`,
      {
        hint: "someone else changed the lockfile at the same time; run the workflow again (it needs a `concurrency` group so two syncs never overlap).",
      },
    );
  }
}

/** Whether a failed push was refused because the remote branch is ahead of us. */
function isRejectedAsBehind(output: string): boolean {
  // `[rejected]` (not `[remote rejected]`, which is a hook or a protection rule) with
  // non-fast-forward, or "fetch first" when the remote has commits we do not.
  return /\[rejected\]|non-fast-forward|fetch first/.test(output);
}

function lastLines(output: string): string {
  return output.trim().split("\n").slice(-4).join(" / ") || "no output";
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const result = await tryGit(cwd, args);
  if (!result.ok) {
    throw new GitError(
      `git ${args.find((a) => !a.startsWith("-") && !a.includes("=")) ?? ""} failed: ${lastLines(result.output)}`,
    );
  }
  return result.stdout;
}

function tryGit(
  cwd: string,
  args: readonly string[],
): Promise<{ ok: boolean; stdout: string; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      // No prompt may wait for a password that will never come on a runner.
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ ok: !error, stdout, output: `${stdout}\n${stderr}` });
      },
    );
  });
}
