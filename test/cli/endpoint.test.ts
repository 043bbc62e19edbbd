/**
 * The endpoint rules as users meet them, through the built CLI: plain http:// to another host is
 * refused before any request unless --insecure-http, and a user and password in the endpoint
 * never appear in what faqops prints.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { testCredentials } from "../platform/helpers.js";
import { type CliRun, credentialsEnv, spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
const USER = "proxyuser";
const PASSWORD = "Pr0xyPass";
const credentials = testCredentials();
let dir: string;
let server: http.Server;
let requests = 0;
let port: number;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "faqops-cli-endpoint-"));
  await mkdir(path.join(dir, "content", "账户"), { recursive: true });
  await writeFile(
    path.join(dir, "content", "账户", "注册.md"),
    "---\ntitle: 如何注册？\n---\n\n打开 App，点击注册。\n",
  );
  // Not the platform: counts requests, and answers 404 echoing what it got.
  server = http.createServer((req, res) => {
    requests++;
    res.writeHead(404, { "content-type": "text/plain" });
    res.end(`no ${req.url} ${req.headers.authorization ?? ""}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return spawnCli(cli, args, {
    cwd: dir,
    env: { ...credentialsEnv(credentials), ...env },
  }).done;
}

function expectNoUserinfo(result: CliRun): void {
  const printed = `${result.stdout}\n${result.stderr}`;
  expect(printed).not.toContain(USER);
  expect(printed).not.toContain(PASSWORD);
  expect(printed).not.toContain(credentials.token);
}

describe("the endpoint, through the built CLI", () => {
  it("refuses http:// to another host before anything, without showing its user or password", async () => {
    const endpoint = `http://${USER}:${PASSWORD}@example.com`;
    for (const result of [
      await run(["apply", "--endpoint", endpoint]),
      await run(["publish"], { FAQOPS_ENDPOINT: endpoint }),
    ]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^faqops: The endpoint http:\/\/example\.com \(from (--endpoint|FAQOPS_ENDPOINT)\) uses plain http:\/\/, .*the TOKEN is part of every request URL: faqops requires https:\/\//m,
      );
      expect(result.stderr).toMatch(/^hint: .*--insecure-http/m);
      expectNoUserinfo(result);
    }
  });

  it("accepts it with --insecure-http", async () => {
    const result = await run([
      "apply",
      "--dry-run",
      "--endpoint",
      `http://${USER}:${PASSWORD}@example.com`,
      "--insecure-http",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("https://");
    expectNoUserinfo(result);
  });

  it("names a loopback endpoint without its user and password when it fails", async () => {
    const before = requests;
    const result = await run([
      "apply",
      "--endpoint",
      `http://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    ]);
    expect(requests).toBeGreaterThan(before);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `faqops: setautoreply: HTTP 404 from http://127.0.0.1:${port}: this is not the platform's open API.`,
    );
    expectNoUserinfo(result);
  });

  it("does not echo an endpoint that is not a URL", async () => {
    const result = await run(["apply", "--endpoint", `http://${USER}:${PASSWORD}@exa mple.com`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^faqops: The endpoint \(from --endpoint\) is not a URL/m);
    expectNoUserinfo(result);
  });
});
