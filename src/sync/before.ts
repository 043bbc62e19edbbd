/**
 * The before of a change: what the platform holds for an entry the plan updates, renames or
 * reports as drift, as far as faqops can show it (see loadBefore).
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import path from "node:path";
import { loadCompiler } from "../content/compiler.js";
import type { Message } from "../content/types.js";
import { identityKey } from "../platform/identity.js";
import type { LockEntry } from "./lockfile.js";
import type { Plan } from "./plan.js";

/** An entry as it was last synced: what the platform holds for it. */
export interface BeforeEntry {
  readonly skill: string;
  readonly title: string;
  readonly questions: readonly string[];
  readonly messages: readonly Message[];
  readonly threshold?: number | undefined;
}

/** The before of one change, or why it cannot be shown. */
export type Before =
  | { readonly found: true; readonly entry: BeforeEntry }
  | { readonly found: false; readonly why: string };

/** Where loadBefore looks. */
export interface BeforeOptions {
  /** The working directory (inside the Git repository). */
  readonly cwd: string;
  /** Absolute path of the content directory. */
  readonly contentDir: string;
  /** Absolute path of the lockfile. */
  readonly lockfilePath: string;
  /**
   * Fetch more history when the clone is shallow and the last sync's commit is missing (the
   * Action's default checkout has depth 1). Off for the CLI: `plan` makes no network request.
   */
  readonly deepen?: boolean;
}

/** Commits of one file's history tried after the last sync's commit and HEAD. */
const HISTORY_DEPTH = 20;
/** How much history the Action fetches into a shallow clone to find the last sync. */
const DEEPEN_BY = 200;

/**
 * The before of every update, rename and drift entry in `plan`, keyed by the identity key of the
 * lock entry. Each is the entry's file as Git holds it at a commit where it compiles to exactly
 * the lockfile's hash — the commit that last changed the lockfile (the last sync) first, then
 * HEAD, then the file's recent history — so what is shown is verifiably what the platform
 * holds. When no such version exists (no Git, the file never committed, a sync from edits never
 * committed) the before says why instead.
 */
export async function loadBefore(
  plan: Plan,
  options: BeforeOptions,
): Promise<ReadonlyMap<string, Before>> {
  const wanted = new Map<string, LockEntry>();
  for (const action of plan.actions) {
    if (action.kind === "update" || action.kind === "rename" || action.kind === "remove") {
      wanted.set(identityKey(action.previous), action.previous);
    }
  }
  const befores = new Map<string, Before>();
  if (wanted.size === 0) return befores;
  const missing = (why: string) => {
    for (const key of wanted.keys()) befores.set(key, { found: false, why });
    return befores;
  };
  const top = await git(options.cwd, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return missing("not in a Git repository");
  const root = top.stdout.trim();
  const lockfile = relative(root, options.lockfilePath);
  const contentDir = relative(root, options.contentDir);
  let lastSync = await git(root, ["log", "-n", "1", "--format=%H", "--", lockfile]);
  if (options.deepen && lastSync.stdout.trim() === "") {
    const shallow = await git(root, ["rev-parse", "--is-shallow-repository"]);
    if (shallow.stdout.trim() === "true") {
      await git(root, ["fetch", "--quiet", `--deepen=${DEEPEN_BY}`]);
      lastSync = await git(root, ["log", "-n", "1", "--format=%H", "--", lockfile]);
    }
  }
  const head = await git(root, ["rev-parse", "--verify", "-q", "HEAD"]);
  const commits = [lastSync.stdout.trim(), head.stdout.trim()].filter(
    (c, i, all) => c !== "" && all.indexOf(c) === i,
  );
  if (commits.length === 0) return missing("the repository has no commit yet");

  const blobs = new BlobReader(root);
  try {
    for (const [key, previous] of wanted) {
      const file = contentDir === "" ? previous.source : `${contentDir}/${previous.source}`;
      let found = await findVersion(blobs, commits, file, previous);
      if (!found) {
        const history = await git(root, ["log", `-n${HISTORY_DEPTH}`, "--format=%H", "--", file]);
        const more = history.stdout.split("\n").filter((c) => c !== "" && !commits.includes(c));
        found = await findVersion(blobs, more, file, previous);
      }
      befores.set(
        key,
        found
          ? { found: true, entry: found }
          : {
              found: false,
              why: `no committed version of ${file} compiles to what was synced (it may have been synced from uncommitted edits, or from history this clone does not have)`,
            },
      );
    }
  } finally {
    blobs.close();
  }
  return befores;
}

/** The first version of `path` at `commits` that compiles to the lock entry's hash. */
async function findVersion(
  blobs: BlobReader,
  commits: readonly string[],
  file: string,
  previous: LockEntry,
): Promise<BeforeEntry | undefined> {
  for (const commit of commits) {
    const bytes = await blobs.read(`${commit}:${file}`);
    if (!bytes) continue;
    const { compileFile } = await loadCompiler();
    const { entry } = compileFile({ source: previous.source, path: file, bytes });
    if (entry && entry.hash === previous.hash) {
      return {
        skill: entry.skill,
        title: entry.title,
        questions: entry.questions,
        messages: entry.messages,
        ...(entry.threshold === undefined ? {} : { threshold: entry.threshold }),
      };
    }
  }
  return undefined;
}

/** Reads blobs through one `git cat-file --batch` process, one request at a time. */
class BlobReader {
  readonly #child: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #waiting: (() => void) | undefined;
  #closed = false;

  constructor(cwd: string) {
    this.#child = spawn("git", ["cat-file", "--batch"], { cwd });
    this.#child.stdout.on("data", (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#waiting?.();
    });
    const end = () => {
      this.#closed = true;
      this.#waiting?.();
    };
    this.#child.on("close", end);
    this.#child.on("error", end);
    this.#child.stdin.on("error", () => {});
  }

  /** The blob `spec` names (`<commit>:<path>`), or undefined when it does not exist. */
  async read(spec: string): Promise<Uint8Array | undefined> {
    if (this.#closed || /[\r\n]/.test(spec)) return undefined;
    this.#child.stdin.write(`${spec}\n`);
    const header = await this.#take((buffer) => {
      const end = buffer.indexOf(10);
      return end < 0 ? undefined : end + 1;
    });
    if (header === undefined) return undefined;
    const match = /^\S+ (\S+) (\d+)\n$/.exec(header.toString("utf8"));
    if (!match) return undefined; // "<spec> missing" (or ambiguous)
    const size = Number(match[2]);
    const body = await this.#take((buffer) => (buffer.length >= size + 1 ? size + 1 : undefined));
    if (body === undefined || match[1] !== "blob") return undefined;
    return body.subarray(0, size);
  }

  close(): void {
    this.#child.stdin.end();
  }

  /** Waits until `length` says how many buffered bytes make the next record, and takes them. */
  async #take(length: (buffer: Buffer) => number | undefined): Promise<Buffer | undefined> {
    for (;;) {
      const n = length(this.#buffer);
      if (n !== undefined) {
        const out = this.#buffer.subarray(0, n);
        this.#buffer = this.#buffer.subarray(n);
        return out;
      }
      if (this.#closed) return undefined;
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
      });
      this.#waiting = undefined;
    }
  }
}

function git(cwd: string, args: readonly string[]): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => resolve({ ok: !error, stdout: error ? "" : stdout }),
    );
  });
}

function relative(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join("/");
}
