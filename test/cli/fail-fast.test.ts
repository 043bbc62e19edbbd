/**
 * `faqops apply` against a platform that is not there or not the platform, as users run it: the
 * built CLI at its default settings, 200 entries, a real closed port or a real wrong server on
 * loopback. It must stop after one wave of requests, with one message naming the endpoint (never
 * the token), and record nothing as synced.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { testCredentials } from "../platform/helpers.js";
import { credentialsEnv } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
const ENTRIES = 200;
let dir: string;
let child: ChildProcess | undefined;
let server: http.Server | undefined;
const credentials = testCredentials();

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "faqops-cli-fail-fast-"));
  await mkdir(path.join(dir, "content"));
  for (let i = 0; i < ENTRIES; i++) {
    await writeFile(
      path.join(dir, "content", `q${i}.md`),
      `---\nskill: 技能${i % 5}\ntitle: 问题 ${i}\nquestions:\n  - 相似问题 ${i}\n---\n\n第 ${i} 条答案。\n`,
    );
  }
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  }
  await rm(dir, { recursive: true, force: true });
});

/** Listens on 127.0.0.1 at a free port; returns the port. */
async function listen(s: net.Server): Promise<number> {
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return (s.address() as net.AddressInfo).port;
}

interface Run {
  readonly code: number | null;
  readonly output: string;
  readonly elapsedMs: number;
}

/** Runs `faqops apply --endpoint URL` at default settings, credentials in the environment. */
function apply(endpoint: string): Promise<Run> {
  const started = Date.now();
  const spawned = spawn(process.execPath, [cli, "apply", "--endpoint", endpoint], {
    cwd: dir,
    env: credentialsEnv(credentials),
  });
  child = spawned;
  let output = "";
  spawned.stdout.on("data", (d) => {
    output += d;
  });
  spawned.stderr.on("data", (d) => {
    output += d;
  });
  return new Promise((resolve) =>
    spawned.on("close", (code) => resolve({ code, output, elapsedMs: Date.now() - started })),
  );
}

/** True when nothing is recorded as synced: no lockfile entry, no confirmed write in a journal. */
async function nothingRecorded(): Promise<boolean> {
  const lockfile = path.join(dir, "faqops.lock.json");
  const text = await readFile(lockfile, "utf8").catch(() => undefined);
  const entries = text === undefined ? [] : (JSON.parse(text).entries ?? []);
  const journal = await readFile(`${lockfile}.journal`, "utf8").catch(() => "");
  return entries.length === 0 && !journal.includes('"write"');
}

function expectNoSecret(output: string): void {
  for (const secret of [credentials.token, credentials.encodingAesKey]) {
    expect(output).not.toContain(secret);
    expect(output).not.toContain(encodeURIComponent(secret));
  }
}

describe("faqops apply fails fast (built CLI, default settings)", () => {
  it(`a closed port: ${ENTRIES} entries stop at the first request, in well under a minute`, async () => {
    // Port 1 (tcpmux): privileged, and nothing listens there. A port bound then closed by the
    // test could be taken by another process in between.
    const endpoint = "http://127.0.0.1:1";

    const run = await apply(endpoint);
    console.info(`closed port, ${ENTRIES} entries: apply exited in ${run.elapsedMs} ms`);
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    // Before: every entry was retried for up to a minute, 4 at a time.
    expect(run.elapsedMs).toBeLessThan(60_000);
    // One error for the run, not one per entry.
    expect(run.output.split(`nothing is listening at ${endpoint} `)).toHaveLength(2);
    expect(run.output).toMatch(/hint: check --endpoint/);
    expectNoSecret(run.output);
    expect(await nothingRecorded()).toBe(true);
  }, 75_000);

  it("a server that is not the platform (an HTML page with HTTP 200): one wave of requests", async () => {
    let requests = 0;
    server = http.createServer((req, res) => {
      requests++;
      req.resume();
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body>Sign in to the Wi-Fi</body></html>");
    });
    const endpoint = `http://127.0.0.1:${await listen(server)}`;

    const run = await apply(endpoint);
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(20_000);
    expect(
      run.output.split(`the answer from ${endpoint} is not the platform's JSON envelope`),
    ).toHaveLength(2);
    expect(run.output).toMatch(/hint: check --endpoint/);
    expectNoSecret(run.output);
    // At most the default concurrency of requests were in flight when the first answer came back.
    expect(requests).toBeGreaterThanOrEqual(1);
    expect(requests).toBeLessThanOrEqual(4);
    expect(await nothingRecorded()).toBe(true);
  }, 30_000);
});
