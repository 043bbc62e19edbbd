import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { Command } from "commander";
import { describe, expect, inject, it } from "vitest";
import { registerEmulate } from "../../src/cli/commands/emulate.js";
import type { Io } from "../../src/cli/io.js";
import { UsageError } from "../../src/errors.js";
import { createClient } from "../../src/platform/client.js";
import { readCredentials, resolveEndpoint } from "../../src/platform/credentials.js";
import { entry, rejection } from "../platform/helpers.js";

/** Resolves with stdout once it contains `text`. */
function waitFor(child: ChildProcess, text: string): Promise<string> {
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) resolve(out);
    });
    child.once("exit", (code) =>
      reject(new Error(`exited with ${code} before printing ${text}: ${out}`)),
    );
  });
}

/** The variables of the printed `export` line. */
function exportedVariables(out: string): Record<string, string> {
  const line = out.split("\n").find((l) => l.startsWith("export "));
  return Object.fromEntries(
    [...(line ?? "").matchAll(/(\w+)=('[^']*'|\S+)/g)].map((m) => [
      m[1]!,
      m[2]!.replace(/^'|'$/g, ""),
    ]),
  );
}

// The CLI bundle the test run built from the current source (test/global-setup.ts).
const cli = path.join(inject("distDir"), "cli.js");

describe("faqops emulate", () => {
  it("prints the variables to use, serves them, and stops cleanly on SIGINT", async () => {
    const child = spawn(
      process.execPath,
      [cli, "emulate", "--port", "0", "--token", "cliToken123", "--quiet"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      const out = await waitFor(child, "Press Ctrl-C");
      const env = exportedVariables(out);
      expect(Object.keys(env)).toEqual([
        "FAQOPS_ENDPOINT",
        "FAQOPS_APPID",
        "FAQOPS_TOKEN",
        "FAQOPS_ENCODING_AES_KEY",
        "FAQOPS_MANAGER_ID",
      ]);
      expect(env.FAQOPS_TOKEN).toBe("cliToken123");
      // The printed variables are exactly what a client in another terminal would read.
      const client = createClient({
        endpoint: resolveEndpoint({}, env),
        credentials: readCredentials(env),
      });
      await client.setAutoReply(entry("from the cli"));
      client.close();
      const listed = (await (await fetch(`${env.FAQOPS_ENDPOINT}/entries`)).json()) as {
        entries: unknown;
      };
      expect(listed.entries).toEqual([entry("from the cli")]);
      child.kill("SIGINT");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("says its default port in --help", async () => {
    const program = new Command("faqops").exitOverride();
    let help = "";
    program.configureOutput({ writeOut: (s) => (help += s) });
    registerEmulate(program, { io: {} as Io, result: { code: 0 } });
    await rejection(program.parseAsync(["emulate", "--help"], { from: "user" }));
    expect(help).toMatch(/--port <n>[^-]*default:\s+8787/);
    expect(help).toContain("--fail-rate");
  });

  it("rejects a bad flag before starting anything", async () => {
    for (const args of [
      ["--fail-rate", "2"],
      ["--port", "70000"],
      ["--latency", "-1"],
      ["--encoding-aes-key", "short"],
    ]) {
      const program = new Command("faqops").exitOverride();
      const io = { cwd: process.cwd(), stdout: () => {}, stderr: () => {} } as unknown as Io;
      registerEmulate(program, { io, result: { code: 0 } });
      const error = await rejection(
        program.parseAsync(["emulate", "--port", "0", ...args], { from: "user" }),
      );
      expect(error.name).toMatch(/UsageError|ConfigError/);
      if (args[0] !== "--encoding-aes-key") expect(error).toBeInstanceOf(UsageError);
    }
  });
});
