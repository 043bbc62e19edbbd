/**
 * `npm run bench`: how fast faqops is at the scale of a large bot, against the cost of merely
 * reading the files. Generates synthetic trees (bench/generate.ts), runs the built CLI as child
 * processes (so "cold" and "warm" are real process runs), and prints a Markdown table; writes
 * the figures as JSON and, for a full run, into docs/benchmarks.md. See docs/benchmarks.md.
 *
 *   node scripts/build.mjs --bench --outdir .faqops-cache/bench-dist
 *   node --expose-gc .faqops-cache/bench-dist/bench.js [--sizes 1000,10000] [--reps 3]
 *     [--apply-size 1000] [--rate 50] [--latency 50] [--no-apply] [--docs] [--keep]
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "../src/content/index.js";
import { DEFAULT_EMULATOR_CREDENTIALS, startEmulator } from "../src/platform/emulator.js";
import { LOCKFILE_VERSION, type LockEntry, serializeLockfile } from "../src/sync/lockfile.js";
import { entryFile, generateTree } from "./generate.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, "cli.js");
const floorScript = path.join(here, "bench-floor.js");
const repo = process.cwd();

// ---------------------------------------------------------------------------------------------
// Arguments

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const has = (name: string) => process.argv.includes(`--${name}`);

const DEFAULT_SIZES = [1000, 10_000, 100_000];
const sizes = flag("sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  throw new Error(`--sizes must be whole numbers of at least 100, comma-separated`);
}
const reps = Number(flag("reps") ?? 3);
/** Repetitions at 100k and above: each run is long, and their spread is small. */
const bigReps = Number(flag("big-reps") ?? 1);
const applySize = Number(flag("apply-size") ?? 1000);
const rate = Number(flag("rate") ?? 50);
const latency = Number(flag("latency") ?? 50);
const fullRun = !flag("sizes") || has("docs");

// ---------------------------------------------------------------------------------------------
// Measuring a child process

/** Where GNU time is, to read a child's peak RSS (its own and its threads'). */
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

interface Run {
  readonly ms: number;
  /** Peak resident set size in MB, when GNU time is available. */
  readonly rssMB?: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs node with `args` and waits for it. Asynchronous on purpose: the apply benchmark's
 * emulator runs in this process and must keep answering while the child runs.
 */
async function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const rssFile = path.join(os.tmpdir(), `faqops-bench-rss-${process.pid}`);
  const [command, commandArgs] = timeBin
    ? [timeBin, ["-f", "%M", "-o", rssFile, process.execPath, ...args]]
    : [process.execPath, args];
  const start = process.hrtime.bigint();
  const child = spawn(command, commandArgs as string[], {
    cwd,
    env: { ...process.env, FAQOPS_DEBUG: "", ...env },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const status = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? -1));
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssMB: number | undefined;
  if (timeBin) {
    const kb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
    rssMB = Number.isFinite(kb) ? kb / 1024 : undefined;
    rmSync(rssFile, { force: true });
  }
  return {
    ms,
    rssMB,
    code: status,
    stdout: Buffer.concat(out).toString("utf8"),
    stderr: Buffer.concat(err).toString("utf8"),
  };
}

interface Measure {
  /** Median wall time in milliseconds. */
  readonly ms: number;
  /** The largest peak RSS of the runs, in MB. */
  readonly rssMB?: number;
  readonly runs: readonly number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a command `times` times; fails loudly when a run fails `verify`. */
async function measure(
  label: string,
  times: number,
  run: (rep: number) => Promise<Run>,
  verify: (r: Run) => boolean = (r) => r.code === 0,
): Promise<Measure> {
  const runs: Run[] = [];
  for (let rep = 0; rep < times; rep++) {
    const r = await run(rep);
    if (!verify(r)) {
      throw new Error(
        `${label}: unexpected result (exit ${r.code})\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`,
      );
    }
    runs.push(r);
  }
  const rss = runs.flatMap((r) => (r.rssMB === undefined ? [] : [r.rssMB]));
  const result = {
    ms: median(runs.map((r) => r.ms)),
    ...(rss.length > 0 && { rssMB: Math.max(...rss) }),
    runs: runs.map((r) => Math.round(r.ms)),
  };
  log(`  ${label}: ${fmtMs(result.ms)} [${result.runs.join(", ")} ms]${fmtRss(result.rssMB)}`);
  return result;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const fmtMs = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
const fmtRss = (mb: number | undefined) => (mb === undefined ? "" : `, ${Math.round(mb)} MB`);

// ---------------------------------------------------------------------------------------------
// The content benchmarks

interface SizeResult {
  readonly entries: number;
  readonly megabytes: number;
  readonly floor: Measure;
  readonly coldCheck: Measure;
  readonly coldPlan: Measure;
  readonly warmPlan: Measure;
  readonly editedPlan: Measure;
}

/**
 * A lockfile that says the platform holds exactly the content: the state right after an
 * apply. Computed in-process (an apply of 100k entries at a real rate would take hours).
 */
async function writeSyncedLockfile(dir: string): Promise<void> {
  const content = await loadContent({
    // Another working directory: the benchmark's own load must not warm the tree's cache.
    cwd: path.join(dir, "lockfile-maker"),
    contentDir: path.join(dir, "content"),
    cache: false,
    workers: "auto",
  });
  const entries: LockEntry[] = content.entries
    .filter((e) => !e.draft)
    .map((e) => ({
      skill: e.skill,
      title: e.title,
      hash: e.hash,
      source: e.source,
      ...(e.id !== undefined && { id: e.id }),
      status: "synced",
    }));
  writeFileSync(
    path.join(dir, "faqops.lock.json"),
    serializeLockfile({ version: LOCKFILE_VERSION, entries }),
  );
  (globalThis as { gc?: () => void }).gc?.();
}

/** Appends a paragraph to every hundredth entry (offset `round`): 1% of the files change. */
function editOnePercent(dir: string, n: number, round: number, share = 100): number {
  let edited = 0;
  for (let i = round % share; i < n; i += share) {
    const { file, text } = entryFile(i, n);
    if (i % 50 === 7) continue; // drafts do not show in a plan
    writeFileSync(
      path.join(dir, "content", file),
      `${text}\n补充说明（第 ${round + 1} 次修订）。\n`,
    );
    edited++;
  }
  return edited;
}

const planCounts = (r: Run) => /Plan: (\d+) to create, (\d+) to update/.exec(r.stdout);

async function benchSize(root: string, n: number): Promise<SizeResult> {
  const dir = path.join(root, String(n));
  const times = n >= 100_000 ? bigReps : reps;
  log(`\n${n.toLocaleString("en")} entries (${times} run${times === 1 ? "" : "s"} each):`);
  const genStart = Date.now();
  generateTree(path.join(dir, "content"), n);
  const floorRun = await runNode([floorScript, "content"], dir);
  const megabytes = Number(
    spawnSync("du", ["-sm", "--apparent-size", "content"], {
      cwd: dir,
      encoding: "utf8",
    }).stdout.split("\t")[0],
  );
  log(
    `  generated in ${fmtMs(Date.now() - genStart)} (${megabytes} MB; ${floorRun.stdout.trim()} files)`,
  );

  const cache = path.join(dir, ".faqops-cache");
  const cold = (args: string[]) => () => {
    rmSync(cache, { recursive: true, force: true });
    return runNode([cli, ...args], dir);
  };
  const floor = await measure("floor (list, read, hash)", times, () =>
    runNode([floorScript, "content"], dir),
  );
  const coldCheck = await measure("cold check", times, cold(["check"]));
  await writeSyncedLockfile(dir);
  const unchanged = (r: Run) => r.code === 0 && planCounts(r)?.slice(1).join() === "0,0";
  const coldPlan = await measure("cold plan", times, cold(["plan"]), unchanged);
  // The cold plan above left the cache as a run after an apply would find it.
  const warmPlan = await measure("warm plan", times, () => runNode([cli, "plan"], dir), unchanged);
  // Each run edits another 1%; the plan lists the earlier runs' edits too (the lockfile is
  // not updated between runs), but they are in the cache by then: only 1% is parsed anew.
  let edited = 0;
  const editedPlan = await measure(
    "plan after editing 1%",
    times,
    (rep) => {
      edited += editOnePercent(dir, n, rep);
      return runNode([cli, "plan"], dir);
    },
    (r) => r.code === 0 && Number(planCounts(r)?.[2]) === edited,
  );
  rmSync(dir, { recursive: true, force: true });
  return { entries: n, megabytes, floor, coldCheck, coldPlan, warmPlan, editedPlan };
}

// ---------------------------------------------------------------------------------------------
// The apply benchmark

interface ApplyRun {
  readonly changed: number;
  readonly requests: number;
  readonly rateLimited: number;
  /** The send phase, as apply reports it. */
  readonly seconds: number;
  readonly wallSeconds: number;
  readonly achievedRate: number;
  readonly shareOfLimit: number;
}

interface ApplyResult {
  readonly entries: number;
  readonly rateLimit: number;
  readonly latencyMs: number;
  readonly concurrency: number;
  /** Every entry pushed: the first sync, and what a sync without a lockfile does every time. */
  readonly naive: ApplyRun;
  readonly incremental: readonly ApplyRun[];
}

async function benchApply(root: string): Promise<ApplyResult> {
  const n = applySize;
  const dir = path.join(root, `apply-${n}`);
  log(`\napply: ${n} entries, emulator at ${rate} requests/s and ${latency} ms latency:`);
  generateTree(path.join(dir, "content"), n);
  const emulator = await startEmulator({
    port: 0,
    faults: { rateLimit: rate, latencyMs: latency },
  });
  const c = DEFAULT_EMULATOR_CREDENTIALS;
  const env = {
    FAQOPS_APPID: c.appId,
    FAQOPS_TOKEN: c.token,
    FAQOPS_ENCODING_AES_KEY: c.encodingAesKey,
    FAQOPS_MANAGER_ID: c.managerId,
  };
  const concurrency = 4;
  const apply = async (label: string, changed: number): Promise<ApplyRun> => {
    const before = emulator.stats();
    const r = await runNode(
      [
        cli,
        "apply",
        "--endpoint",
        emulator.url,
        "--rate",
        String(rate),
        "--concurrency",
        String(concurrency),
      ],
      dir,
      env,
    );
    const after = emulator.stats();
    const seconds = Number(/ in ([\d.]+) s;/.exec(r.stdout)?.[1]);
    if (r.code !== 0 || !Number.isFinite(seconds)) {
      throw new Error(`${label}: apply failed (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
    }
    const requests = after.requests.total - before.requests.total;
    const achievedRate = requests / seconds;
    const run = {
      changed,
      requests,
      rateLimited: after.faults.rateLimited - before.faults.rateLimited,
      seconds,
      wallSeconds: r.ms / 1000,
      achievedRate,
      shareOfLimit: achievedRate / rate,
    };
    log(
      `  ${label}: ${requests} requests for ${changed} changed entries in ${seconds} s (${achievedRate.toFixed(1)}/s, ${Math.round(run.shareOfLimit * 100)}% of the limit; ${run.rateLimited} answered 429)`,
    );
    return run;
  };
  try {
    const drafts = Array.from({ length: n }, (_, i) => i).filter((i) => i % 50 === 7).length;
    const naive = await apply("first sync (every entry)", n - drafts);
    const incremental: ApplyRun[] = [];
    for (const [k, share] of [10, 100].entries()) {
      const changed = editOnePercent(dir, n, k + 1, share);
      incremental.push(await apply(`${100 / share}% edited`, changed));
    }
    return { entries: n, rateLimit: rate, latencyMs: latency, concurrency, naive, incremental };
  } finally {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model.trim() ?? "unknown"} × ${os.availableParallelism()}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function renderTable(
  results: readonly SizeResult[],
  apply: ApplyResult | undefined,
  info: ReturnType<typeof machine>,
): string {
  const cell = (m: Measure) =>
    `${fmtMs(m.ms)} · ${m.rssMB === undefined ? "?" : Math.round(m.rssMB)} MB`;
  const lines = [
    `Machine: ${info.cpu}, ${info.memoryGB} GB, ${info.os}, Node ${info.node}. Median of ${reps} runs (${bigReps} at 100k); wall time · peak RSS.`,
    "",
    "| entries | MB | floor | cold check | cold plan | warm plan | plan, 1% edited | warm plan ÷ floor |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.entries.toLocaleString("en")} | ${r.megabytes} | ${cell(r.floor)} | ${cell(r.coldCheck)} | ${cell(r.coldPlan)} | ${cell(r.warmPlan)} | ${cell(r.editedPlan)} | ${(r.warmPlan.ms / r.floor.ms).toFixed(2)}× |`,
    );
  }
  const at = (n: number) => results.find((r) => r.entries === n);
  const k10 = at(10_000);
  const k100 = at(100_000);
  lines.push("", "| target | measured | met |", "| --- | --- | --- |");
  const row = (target: string, measured: string, met: boolean) =>
    lines.push(`| ${target} | ${measured} | ${met ? "yes" : "**no**"} |`);
  if (k10) {
    const ratio = k10.warmPlan.ms / k10.floor.ms;
    row("warm plan, 10k ≤ 3× floor", `${ratio.toFixed(2)}×`, ratio <= 3);
    row("cold check, 10k ≤ 2 s", fmtMs(k10.coldCheck.ms), k10.coldCheck.ms <= 2000);
  }
  if (k10 && k100) {
    const ratio = k100.warmPlan.ms / k10.warmPlan.ms;
    row("warm plan, 100k ≤ 12× 10k", `${ratio.toFixed(2)}×`, ratio <= 12);
  }
  if (k100) {
    const peak = Math.max(
      ...[k100.coldCheck, k100.coldPlan, k100.warmPlan, k100.editedPlan].map((m) => m.rssMB ?? 0),
    );
    row("peak RSS, 100k ≤ 400 MB", `${Math.round(peak)} MB`, peak <= 400);
  }
  if (apply) {
    const shares = [apply.naive, ...apply.incremental].map((a) => a.shareOfLimit);
    const exact = apply.incremental.every((a) => a.requests === a.changed);
    row(
      `apply ≥ 90% of ${apply.rateLimit}/s`,
      shares.map((s) => `${Math.round(s * 100)}%`).join(", "),
      apply.naive.shareOfLimit >= 0.9 && apply.incremental.at(-2)!.shareOfLimit >= 0.9,
    );
    row(
      "one request per changed entry",
      apply.incremental.map((a) => `${a.requests} for ${a.changed}`).join(", "),
      exact,
    );
    lines.push(
      "",
      `Apply, ${apply.entries} entries against the emulator (${apply.rateLimit} requests/s limit, ${apply.latencyMs} ms latency, --rate ${apply.rateLimit} --concurrency ${apply.concurrency}):`,
      "",
      "| sync | changed | requests | 429s | send time | rate | share of limit |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    const applyRow = (label: string, a: ApplyRun) =>
      lines.push(
        `| ${label} | ${a.changed} | ${a.requests} | ${a.rateLimited} | ${a.seconds.toFixed(1)} s | ${a.achievedRate.toFixed(1)}/s | ${Math.round(a.shareOfLimit * 100)}% |`,
      );
    applyRow("naive: every entry (= first sync)", apply.naive);
    apply.incremental.forEach((a) => {
      applyRow(`incremental, ${Math.round((a.changed / apply.entries) * 100)}% edited`, a);
    });
    lines.push(
      "",
      "Naive baseline at larger sizes (computed: every entry, one request each, at the limit):",
      "",
    );
    for (const r of results) {
      const requests = r.entries - Math.ceil(r.entries / 50);
      lines.push(
        `- ${r.entries.toLocaleString("en")} entries: ${requests.toLocaleString("en")} requests, ${fmtDuration(requests / apply.rateLimit)} per sync; incremental with 1% edited: ${Math.round(requests / 100).toLocaleString("en")} requests, ${fmtDuration(requests / 100 / apply.rateLimit)}.`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

function fmtDuration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(0)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(0)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

const MARK_START = "<!-- bench:results -->";
const MARK_END = "<!-- /bench:results -->";

async function main(): Promise<void> {
  if (!existsSync(cli) || !existsSync(floorScript)) {
    throw new Error(
      `run the bench from its bundle: npm run bench (missing ${cli} or ${floorScript})`,
    );
  }
  const root = mkdtempSync(path.join(os.tmpdir(), "faqops-bench-"));
  const started = Date.now();
  try {
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await benchSize(root, n));
    const apply = has("no-apply") ? undefined : await benchApply(root);
    const info = machine();
    const table = renderTable(results, apply, info);
    const minutes = (Date.now() - started) / 60_000;
    process.stdout.write(`\n${table}\nTook ${minutes.toFixed(1)} min.\n`);
    const json = {
      date: new Date().toISOString(),
      machine: info,
      reps,
      bigReps,
      minutes,
      sizes: results,
      apply,
    };
    const jsonFile = fullRun
      ? path.join(repo, "docs/benchmarks.json")
      : path.join(repo, ".faqops-cache/bench-results.json");
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`\nFigures written to ${path.relative(repo, jsonFile)}.`);
    const doc = path.join(repo, "docs/benchmarks.md");
    if (fullRun && existsSync(doc)) {
      const text = readFileSync(doc, "utf8");
      const start = text.indexOf(MARK_START);
      const end = text.indexOf(MARK_END);
      if (start >= 0 && end > start) {
        const stamp = `Run on ${json.date.slice(0, 10)}; took ${minutes.toFixed(0)} min.`;
        writeFileSync(
          doc,
          `${text.slice(0, start + MARK_START.length)}\n${stamp} ${table}${text.slice(end)}`,
        );
        log("Table written to docs/benchmarks.md.");
      }
    }
  } finally {
    if (!has("keep")) rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}

await main();
