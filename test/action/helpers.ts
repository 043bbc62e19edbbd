/**
 * Runs the bundled action the way the runner does: `node dist/index.js` with INPUT_* variables,
 * the event payload, and the summary and output files; plus a stand-in for the GitHub API.
 */
import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
  /** Workflow commands (`::name props::message`) in the order printed. */
  readonly commands: readonly WorkflowCommand[];
}

export interface WorkflowCommand {
  readonly name: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

export interface RunOptions {
  /** The workspace, and the working directory. */
  readonly cwd: string;
  /** Inputs by their action.yml names; blank ones are sent too, as the runner does. */
  readonly inputs?: Record<string, string>;
  readonly eventName: string;
  readonly event: unknown;
  readonly env?: Record<string, string>;
}

/** Runs `node <distDir>/index.js` as the runner would and collects what it left behind. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), "faqops-runner-"));
  const files = {
    event: path.join(dir, "event.json"),
    summary: path.join(dir, "summary.md"),
    output: path.join(dir, "output"),
    temp: path.join(dir, "temp"),
  };
  await mkdir(files.temp);
  await writeFile(files.event, JSON.stringify(options.event));
  await writeFile(files.summary, "");
  await writeFile(files.output, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_REPOSITORY: "owner/repo",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    RUNNER_TEMP: files.temp,
    // The runner sets every declared input, blank when not given; the action's defaults apply.
    "INPUT_GITHUB-TOKEN": "ghs_workflowtoken123",
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([name, value]) => [
        `INPUT_${name.toUpperCase()}`,
        value,
      ]),
    ),
    ...options.env,
  };
  const distDir = inject("distDir");
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(distDir, "index.js")], {
      cwd: options.cwd,
      env,
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (exit) => resolve({ code: exit, stdout: out, stderr: err }));
  });
  return {
    code,
    stdout,
    stderr,
    summary: await readFile(files.summary, "utf8"),
    outputs: parseOutputs(await readFile(files.output, "utf8")),
    commands: parseCommands(stdout),
  };
}

/** Reads a GITHUB_OUTPUT file: `name<<DELIMITER` heredocs, as @actions/core writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name = "", delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
    outputs[name] = value.join("\n");
  }
  return outputs;
}

/** Parses `::name key=value,key=value::message` lines, unescaping as the runner does. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const decode = (s: string) =>
    s
      .replace(/%0D/g, "\r")
      .replace(/%0A/g, "\n")
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%25/g, "%");
  return stdout.split("\n").flatMap((line) => {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) return [];
    const [, name = "", props = "", message = ""] = match;
    const properties: Record<string, string> = {};
    for (const pair of props ? props.split(",") : []) {
      const at = pair.indexOf("=");
      properties[pair.slice(0, at)] = decode(pair.slice(at + 1));
    }
    return [{ name, properties, message: decode(message) }];
  });
}

/** Writes files (path → text) under `root`. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    const absolute = path.join(root, file);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  }
}

/** An entry file's text. */
export function entryFile(title: string, answer: string, questions: string[] = []): string {
  const q = questions.length > 0 ? `questions: [${questions.join(", ")}]\n` : "";
  return `---\ntitle: ${title}\n${q}---\n\n${answer}\n`;
}

/** A recorded request to the fake GitHub API. */
export interface ApiRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: ApiRequest[];
  /** The issue comments, as stored (`user` absent: written by someone else). */
  readonly comments: { id: number; body: string; user?: { login: string } }[];
  stop(): Promise<void>;
}

/**
 * A stand-in for the GitHub REST API's issue comments (list with Link pagination, create,
 * update), recording every request.
 */
export async function startFakeGitHub(options: { perPage?: number } = {}): Promise<FakeGitHub> {
  const requests: ApiRequest[] = [];
  const comments: { id: number; body: string; user?: { login: string } }[] = [];
  let nextId = 1000;
  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = text ? (JSON.parse(text) as { body?: string }) : undefined;
    requests.push({
      method: req.method ?? "",
      url: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      body,
    });
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== "Bearer ghs_workflowtoken123") {
      send(401, { message: "Bad credentials" });
      return;
    }
    if (url.pathname === "/user" && req.method === "GET") {
      // As GitHub answers a workflow's installation token.
      send(403, { message: "Resource not accessible by integration" });
      return;
    }
    const list = /^\/repos\/owner\/repo\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/owner\/repo\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === "GET") {
      // A smaller page than GitHub's maximum, to make the client follow the Link header.
      const perPage = Math.min(
        Number(url.searchParams.get("per_page") ?? 30),
        options.perPage ?? 100,
      );
      const page = Number(url.searchParams.get("page") ?? 1);
      const slice = comments.slice((page - 1) * perPage, page * perPage);
      const more = page * perPage < comments.length;
      const next = `<${address()}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      send(200, slice, more ? { link: next } : {});
    } else if (list && req.method === "POST" && typeof body?.body === "string") {
      const comment = { id: nextId++, body: body.body, user: { login: "github-actions[bot]" } };
      comments.push(comment);
      send(201, {
        ...comment,
        html_url: `https://github.com/owner/repo/pull/${list[1]}#c${comment.id}`,
      });
    } else if (one && req.method === "PATCH" && typeof body?.body === "string") {
      const comment = comments.find((c) => c.id === Number(one[1]));
      if (!comment) {
        send(404, { message: "Not Found" });
        return;
      }
      comment.body = body.body;
      send(200, comment);
    } else {
      send(404, { message: "Not Found" });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: address(),
    requests,
    comments,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

/** Runs git; resolves to stdout, rejects with stderr. */
export function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["-c", "user.name=Editor", "-c", "user.email=editor@example.com", ...args],
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`git ${args.join(" ")}: ${stderr}`)) : resolve(stdout),
    );
  });
}
