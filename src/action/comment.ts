/**
 * The sticky pull-request comment: one comment per pull request, found again by its hidden
 * marker and updated in place, through GitHub's REST API with `fetch` (two endpoints do not
 * justify a client library).
 */
import { FaqopsError } from "../errors.js";

/** A GitHub API request failed; the message names the method and URL, never the token. */
export class GitHubApiError extends FaqopsError {
  override name = "GitHubApiError";
  readonly status: number | undefined;
  constructor(
    message: string,
    options: { status?: number | undefined; cause?: unknown; hint?: string } = {},
  ) {
    super(message, options);
    this.status = options.status;
  }
}

export interface CommentTarget {
  /** `GITHUB_API_URL`, e.g. https://api.github.com. */
  readonly apiUrl: string;
  /** `owner/name`. */
  readonly repository: string;
  readonly issueNumber: number;
  readonly token: string;
  /** Injectable for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

export interface UpsertResult {
  readonly action: "created" | "updated";
  readonly id: number;
  readonly url: string | undefined;
}

/** Comments per page when listing: GitHub's maximum, so few pull requests need a second page. */
const PER_PAGE = 100;
/** A pull request with more comments than this is not searched further (and gets a new one). */
const MAX_PAGES = 30;

/**
 * Who comments with a workflow's GITHUB_TOKEN. That token belongs to an app installation, and
 * GitHub answers its `GET /user` with 403 ("Resource not accessible by integration").
 */
export const WORKFLOW_BOT_LOGIN = "github-actions[bot]";

/**
 * Updates the comment that holds `marker` and was written by the token's own identity, or
 * creates it; `body` must contain the marker. A comment by anyone else is never edited, even
 * when it quotes the marker: otherwise any participant could plant the marker and have the
 * action overwrite (or take over) their comment.
 */
export async function upsertComment(
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<UpsertResult> {
  const api = target.apiUrl.replace(/\/+$/, "");
  const base = `${api}/repos/${target.repository}`;
  const login = await tokenLogin(target, api);
  const existing = await findComment(target, base, marker, login);
  const answer = existing
    ? await request(target, "PATCH", `${base}/issues/comments/${existing}`, { body })
    : await request(target, "POST", `${base}/issues/${target.issueNumber}/comments`, { body });
  const { id, html_url } = (answer.json ?? {}) as { id?: unknown; html_url?: unknown };
  return {
    action: existing ? "updated" : "created",
    id: typeof id === "number" ? id : (existing ?? 0),
    url: typeof html_url === "string" ? html_url : undefined,
  };
}

/**
 * The login the token comments as: `GET /user` for a personal or app-user token; the workflow
 * bot's for an installation token (GITHUB_TOKEN), which that endpoint refuses.
 */
async function tokenLogin(target: CommentTarget, api: string): Promise<string> {
  try {
    const answer = await request(target, "GET", `${api}/user`);
    const { login } = (answer.json ?? {}) as { login?: unknown };
    return typeof login === "string" && login !== "" ? login : WORKFLOW_BOT_LOGIN;
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 401 || error.status === 403)) {
      return WORKFLOW_BOT_LOGIN;
    }
    throw error;
  }
}

/**
 * The id of the first comment by `login` whose body contains the marker, paging through all
 * comments.
 */
async function findComment(
  target: CommentTarget,
  base: string,
  marker: string,
  login: string,
): Promise<number | undefined> {
  let url: string | undefined =
    `${base}/issues/${target.issueNumber}/comments?per_page=${PER_PAGE}`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const answer = await request(target, "GET", url);
    if (!Array.isArray(answer.json)) {
      throw new GitHubApiError(`GET ${url} did not answer with a list of comments.`);
    }
    for (const comment of answer.json as unknown[]) {
      const { id, body, user } = (comment ?? {}) as {
        id?: unknown;
        body?: unknown;
        user?: unknown;
      };
      const author = (user ?? {}) as { login?: unknown };
      if (
        typeof id === "number" &&
        typeof body === "string" &&
        body.includes(marker) &&
        author.login === login
      )
        return id;
    }
    url = nextLink(answer.link);
  }
  return undefined;
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(",") ?? []) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}

async function request(
  target: CommentTarget,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ json: unknown; link: string | null }> {
  const doFetch = target.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${target.token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "faqops-action",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new GitHubApiError(`${method} ${url} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = "";
    try {
      const { message } = JSON.parse(text) as { message?: unknown };
      if (typeof message === "string") detail = `: ${message}`;
    } catch {
      // Not JSON: the status says enough.
    }
    throw new GitHubApiError(`${method} ${url} answered HTTP ${response.status}${detail}.`, {
      status: response.status,
      hint:
        response.status === 403 || response.status === 404
          ? "the token needs `pull-requests: write` (a pull request from a fork gets a read-only token)."
          : undefined,
    });
  }
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch (error) {
    throw new GitHubApiError(`${method} ${url} answered with invalid JSON.`, { cause: error });
  }
  return { json, link: response.headers.get("link") };
}
