/**
 * The lockfile commit after apply: commit only the lockfile as github-actions[bot] and push it
 * to the branch the workflow ran for. A push rejected because the branch moved is rebased on
 * the new tip and retried; nothing is ever force-pushed.
 *
 * A run from a tag (a release promoted to production) has no branch checked out: its lockfile
 * commit is made on the tip of the branch it goes to (the default branch), changing nothing
 * there but the lockfile, and the lockfile it plans from is that tip's (branchLockfile).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
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

/** Whether `branch` is the branch checked out in `cwd` (false on a detached HEAD, as at a tag). */
export async function isOnBranch(cwd: string, branch: string): Promise<boolean> {
  const head = await tryGit(cwd, ["symbolic-ref", "-q", "--short", "HEAD"]);
  return head.ok && head.stdout.trim() === branch;
}

/** The lockfile as the tip of the branch holds it. */
export interface BranchLockfile {
  /** The tip's commit. */
  readonly tip: string;
  /** The lockfile's blob there; undefined when the tip has no lockfile. */
  readonly blob: string | undefined;
  /** True when the working tree's lockfile was replaced by the tip's. */
  readonly replaced: boolean;
}

/**
 * Fetches `branch` and puts its tip's lockfile in the working tree. A checkout that is not the
 * branch (a tag, an older commit) may hold an older lockfile than the branch: the branch's is
 * the newest record of what the bot holds (every sync commits it there), and a plan from an
 * older one would take entries the bot no longer has for unchanged — a rollback would send
 * nothing. When the tip has no lockfile, the working tree's is left as it is.
 */
export async function branchLockfile(options: {
  readonly cwd: string;
  readonly file: string;
  readonly branch: string;
  readonly remote?: string;
}): Promise<BranchLockfile> {
  const { cwd, file, branch } = options;
  const remote = options.remote ?? "origin";
  const tip = await fetchTip(cwd, remote, branch);
  const repoPath = await pathInRepository(cwd, file);
  const blob = await blobAt(cwd, tip, repoPath);
  if (blob === undefined) return { tip, blob, replaced: false };
  const text = await git(cwd, ["cat-file", "blob", blob]);
  const absolute = path.resolve(cwd, file);
  const current = await readFile(absolute, "utf8").catch(() => undefined);
  if (current === text) return { tip, blob, replaced: false };
  await writeFile(absolute, text);
  return { tip, blob, replaced: true };
}

/**
 * Commits the working tree's lockfile onto the tip of `branch` (fetched again), with the tip's
 * tree otherwise as it is, and pushes it; a push rejected because the branch moved is made
 * again on the new tip. `base` is what branchLockfile found before the run: when the tip's
 * lockfile is no longer that, another run changed it meanwhile, and this one stops rather than
 * drop what the other recorded. Throws GitError when the commit cannot be made or pushed.
 */
export async function commitLockfileOnto(
  options: CommitOptions & { readonly base: BranchLockfile },
): Promise<CommitResult> {
  const { cwd, file, branch, base } = options;
  const remote = options.remote ?? "origin";
  const attempts = options.attempts ?? 4;
  const repoPath = await pathInRepository(cwd, file);
  const blob = (await git(cwd, ["hash-object", "-w", "--", file])).trim();
  const message = options.body
    ? `${LOCKFILE_COMMIT_SUBJECT}\n\n${options.body}`
    : LOCKFILE_COMMIT_SUBJECT;
  let delay = options.retryDelayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    const tip = attempt === 1 ? base.tip : await fetchTip(cwd, remote, branch);
    const atTip = await blobAt(cwd, tip, repoPath);
    if (atTip === blob) return { status: "unchanged" };
    if (atTip !== base.blob) {
      throw new GitError(
        `${repoPath} changed on ${remote}/${branch} while this run synced: the lockfile commit was not pushed, so as not to drop what the other change recorded.`,
        {
          hint: "someone else changed the lockfile at the same time; run the workflow again (it needs a `concurrency` group so two syncs never overlap).",
        },
      );
    }
    const commit = await commitOnto(cwd, tip, repoPath, blob, message);
    const pushed = await tryGit(cwd, [
      "push",
      "--porcelain",
      remote,
      `${commit}:refs/heads/${branch}`,
    ]);
    if (pushed.ok) return { status: "pushed", sha: commit, attempts: attempt };
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
    options.onRetry?.(
      attempt,
      "the branch moved since checkout; making the lockfile commit again on its tip",
    );
    await sleep(delay);
    delay *= 2;
  }
}

/** A commit with `tip`'s tree and `blob` at `repoPath`, parent `tip`; the working tree and HEAD untouched. */
async function commitOnto(
  cwd: string,
  tip: string,
  repoPath: string,
  blob: string,
  message: string,
): Promise<string> {
  // A throwaway index: the checkout's own index (and whatever the job staged) stays as it is.
  const dir = await mkdtemp(path.join(tmpdir(), "faqops-index-"));
  const env = { GIT_INDEX_FILE: path.join(dir, "index") };
  try {
    await git(cwd, ["read-tree", tip], env);
    await git(cwd, ["update-index", "--add", "--cacheinfo", `100644,${blob},${repoPath}`], env);
    const tree = (await git(cwd, ["write-tree"], env)).trim();
    return (await git(cwd, [...AS_BOT, "commit-tree", tree, "-p", tip, "-m", message])).trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Fetches `branch` from `remote`; resolves to its tip's commit. */
async function fetchTip(cwd: string, remote: string, branch: string): Promise<string> {
  await git(cwd, ["fetch", "--no-tags", "--quiet", remote, `refs/heads/${branch}`]);
  return (await git(cwd, ["rev-parse", "FETCH_HEAD^{commit}"])).trim();
}

/** The blob of `repoPath` at `commit`, or undefined when the commit has no such file. */
async function blobAt(cwd: string, commit: string, repoPath: string): Promise<string | undefined> {
  const found = await tryGit(cwd, ["rev-parse", "--verify", "-q", `${commit}:${repoPath}`]);
  return found.ok ? found.stdout.trim() : undefined;
}

/** A path relative to `cwd` as the repository names it: relative to its top, `/`-separated. */
async function pathInRepository(cwd: string, file: string): Promise<string> {
  const top = await realpath((await git(cwd, ["rev-parse", "--show-toplevel"])).trim());
  const absolute = path.join(await realpath(cwd), file);
  return path.relative(top, absolute).split(path.sep).join("/");
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

async function git(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<string> {
  const result = await tryGit(cwd, args, env);
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
  env: Record<string, string> = {},
): Promise<{ ok: boolean; stdout: string; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      // No prompt may wait for a password that will never come on a runner.
      {
        cwd,
        env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: "0" },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        resolve({ ok: !error, stdout, output: `${stdout}\n${stderr}` });
      },
    );
  });
}
