/**
 * `npm run bench`: how fast faqops is at the scale of a large bot, against the cost of merely
 * reading the files, and what a sync costs through v1 and through v2. Generates synthetic trees
 * (bench/generate.ts), runs the built CLI as child processes (so "cold" and "warm" are real
 * process runs, and apply runs against the emulator in this process), and prints Markdown
 * tables; writes the figures as JSON and, for a full run or with --docs, into
 * docs/benchmarks.md. See docs/benchmarks.md.
 *
 *   node scripts/build.mjs --bench --outdir .faqops-cache/bench-dist
 *   node --expose-gc .faqops-cache/bench-dist/bench.js [--sizes 1000,10000] [--reps 3]
 *     [--big-reps 1] [--apply-sizes 1000,10000] [--v1-max 1000] [--large-batch 250]
 *     [--task-steps 0] [--rate 50] [--latency 50] [--no-apply | --apply-only] [--docs] [--keep]
 *
 * Apply: for each of --apply-sizes, the first sync and a 1% edit through v1 and through v2
 * (--batch-size 100), and v2's first sync at --batch-size --large-batch (0: not run), each on a
 * fresh emulator at --rate. v1's first sync is run up to --v1-max entries; above, its requests
 * are computed (one per changed entry). --apply-size N is the same as --apply-sizes N.
 * --apply-only skips the content benchmarks.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "../src/content/index.js";
import { STAMPS_FILE } from "../src/content/stamps.js";
import { DEFAULT_BATCH_SIZE } from "../src/options/sync.js";
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

/** A whole number of at least `min` (and at most `max`), or the flag's error. */
function whole(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  const n = Number(flag(name) ?? fallback);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

/** A comma-separated list of sizes, each at least 100. */
function sizeList(name: string, text: string): number[] {
  const list = text.split(",").map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 100)) {
    throw new Error(`--${name} must be whole numbers of at least 100, comma-separated`);
  }
  return list;
}

const argv = process.argv.slice(2);
const DEFAULT_SIZES = [1000, 10_000, 100_000];
const sizes = flag("sizes") ? sizeList("sizes", flag("sizes")!) : DEFAULT_SIZES;
const reps = whole("reps", 3, 1);
/** Repetitions at 100k and above: each run is long, and their spread is small. */
const bigReps = whole("big-reps", 1, 1);
const applySizes = sizeList(
  flag("apply-sizes") ? "apply-sizes" : "apply-size",
  flag("apply-sizes") ?? flag("apply-size") ?? "1000,10000",
);
/**
 * v1's first sync is run up to this many entries, and computed above (one request per changed
 * entry): at 50/s, 10k entries take 3½ minutes, longer than all the rest of the apply part.
 */
const v1Max = whole("v1-max", 1000, 0);
/** v2's first sync is also run at this batch size (0: not), on an emulator that accepts it. */
const largeBatch = whole("large-batch", 250, 0, 1000);
/**
 * The emulator's taskSteps: fetches that report an import running before the one reporting its
 * end. 0: a task has ended by the first fetch, which apply sends 1 s after submitting it (the
 * reference's example task took 1 s). Each more adds one fetch, and 1.5 s or more, a batch.
 */
const taskSteps = whole("task-steps", 0, 0, 1000);
const rate = whole("rate", 50, 1);
const latency = whole("latency", 50, 0);
const applyOnly = has("apply-only");
const noApply = has("no-apply");
if (applyOnly && noApply) throw new Error("--apply-only and --no-apply exclude each other");
/** A run that writes docs/: the default one (every size), or one with --docs. */
const fullRun = has("docs") || (!flag("sizes") && !applyOnly);

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
  /** A warm plan without file stamps (src/content/stamps.ts): every file read and hashed. */
  readonly readPlan: Measure;
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

/**
 * The bytes of the entry files under `dir` (not of its folders: `du --apparent-size` counted
 * each folder's own size too, ~2,300 of them at 10k, and put the content at nearly twice its
 * size).
 */
function contentBytes(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const info = statSync(path.join(dir, name));
    if (info.isFile()) bytes += info.size;
  }
  return bytes;
}

async function benchSize(root: string, n: number): Promise<SizeResult> {
  const dir = path.join(root, String(n));
  const times = n >= 100_000 ? bigReps : reps;
  log(`\n${n.toLocaleString("en")} entries (${times} run${times === 1 ? "" : "s"} each):`);
  const genStart = Date.now();
  generateTree(path.join(dir, "content"), n);
  const floorRun = await runNode([floorScript, "content"], dir);
  const megabytes = Math.round(contentBytes(path.join(dir, "content")) / 1e5) / 10;
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
  // As the first run after a checkout (every file's stamp new): each file read and hashed.
  const readPlan = await measure(
    "warm plan, every file read",
    times,
    () => {
      rmSync(path.join(cache, STAMPS_FILE), { force: true });
      return runNode([cli, "plan"], dir);
    },
    unchanged,
  );
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
  return { entries: n, megabytes, floor, coldCheck, coldPlan, warmPlan, readPlan, editedPlan };
}

// ---------------------------------------------------------------------------------------------
// The apply benchmark: v1 against v2

/** apply spaces requests this much wider than `--rate` asks (RATE_MARGIN in src/sync/apply.ts). */
const RATE_MARGIN = 1.03;

type ApiName = "v1" | "v2";

interface ApplyRun {
  /** The tree's size (drafts included). */
  readonly entries: number;
  readonly api: ApiName;
  /** v2: intents per import call (`--batch-size`). */
  readonly batchSize?: number;
  /** The first sync (every entry), or the sync after editing 1% of the entries. */
  readonly sync: "first" | "edit";
  /**
   * False for v1's first sync above `--v1-max`, which is not run: its requests are computed as
   * one per changed entry (what every measured v1 run shows), its time as those requests at
   * `--rate` less apply's margin.
   */
  readonly measured: boolean;
  readonly changed: number;
  /** Entries apply reports written ("Wrote N of …"); always `changed`, or the run fails. */
  readonly written: number;
  /** The emulator's `stats().requests.total` over the run. */
  readonly requests: number;
  readonly byAction: Readonly<Record<string, number>>;
  /** Requests answered 429 by the emulator's rate limit. */
  readonly rateLimited: number;
  /** The send phase, as apply reports it ("in S s"). */
  readonly sendSeconds: number;
  /** The apply process from start to exit: loading, planning, sending, the lockfile. */
  readonly wallSeconds: number;
  /** requests ÷ send time. */
  readonly achievedRate: number;
}

interface ApplyResult {
  readonly sizes: readonly number[];
  readonly rateLimit: number;
  readonly latencyMs: number;
  /** `--concurrency` (v1; v2 sends one call at a time). */
  readonly concurrency: number;
  /** The emulator's taskSteps: fetches that report an import running before its end. */
  readonly taskSteps: number;
  readonly v1Max: number;
  readonly defaultBatch: number;
  /** The larger batch size v2's first sync is also run at (0: not). */
  readonly largeBatch: number;
  readonly runs: readonly ApplyRun[];
}

/** The short names of the emulator's actions, for the tables. */
const ACTION_NAMES: Readonly<Record<string, string>> = {
  "v2/token": "token",
  "v2/bot/import/json": "import",
  "v2/async/fetch": "fetch",
};

const apiLabel = (run: Pick<ApplyRun, "api" | "batchSize">) =>
  run.api === "v1" ? "v1" : `v2, batch ${run.batchSize}`;

const fmtActions = (byAction: Readonly<Record<string, number>>) =>
  Object.entries(byAction)
    .map(([action, count]) => `${ACTION_NAMES[action] ?? action} ${count.toLocaleString("en")}`)
    .join(", ");

async function benchApply(root: string): Promise<ApplyResult> {
  const concurrency = 4;
  const c = DEFAULT_EMULATOR_CREDENTIALS;
  const runs: ApplyRun[] = [];
  log(
    `\napply, v1 against v2: emulator at ${rate} requests/s and ${latency} ms latency, v2 tasks running for ${taskSteps} fetch${taskSteps === 1 ? "" : "es"}; --rate ${rate}:`,
  );
  for (const n of applySizes) {
    const base = path.join(root, `apply-${n}`);
    const template = path.join(base, "template");
    generateTree(path.join(template, "content"), n);
    const drafts = Array.from({ length: n }, (_, i) => i).filter((i) => i % 50 === 7).length;

    /** One API (and batch size) on a fresh emulator and a fresh copy of the tree. */
    const series = async (api: ApiName, batchSize: number | undefined, edit: boolean) => {
      const label = apiLabel({ api, batchSize });
      const dir = path.join(base, api === "v1" ? "v1" : `v2-${batchSize}`);
      cpSync(template, dir, { recursive: true });
      const emulator = await startEmulator({
        port: 0,
        faults: { rateLimit: rate, latencyMs: latency },
        taskSteps,
        // Above the default limit only for the run that needs it.
        ...(batchSize !== undefined && batchSize > DEFAULT_BATCH_SIZE
          ? { maxImportItems: batchSize }
          : {}),
      });
      const env: NodeJS.ProcessEnv = {
        FAQOPS_API: api,
        FAQOPS_APPID: c.appId,
        FAQOPS_TOKEN: c.token,
        FAQOPS_MANAGER_ID: c.managerId,
        // v2 needs no EncodingAESKey.
        ...(api === "v1" && { FAQOPS_ENCODING_AES_KEY: c.encodingAesKey }),
      };
      const apply = async (sync: ApplyRun["sync"], changed: number): Promise<ApplyRun> => {
        const args = [
          cli,
          "apply",
          "--quiet",
          "--endpoint",
          emulator.url,
          "--rate",
          String(rate),
          "--concurrency",
          String(concurrency),
        ];
        if (api === "v2") args.push("--api", "v2", "--batch-size", String(batchSize));
        const before = emulator.stats();
        const r = await runNode(args, dir, env);
        const after = emulator.stats();
        const what = `${n} entries, ${label}, ${sync === "first" ? "first sync" : "1% edited"}`;
        const wrote = /Wrote (\d+) of (\d+) /.exec(r.stdout);
        const sendSeconds = Number(/ in ([\d.]+) s;/.exec(r.stdout)?.[1]);
        if (r.code !== 0 || !wrote || !Number.isFinite(sendSeconds)) {
          throw new Error(`${what}: apply failed (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
        }
        const written = Number(wrote[1]);
        if (written !== changed || Number(wrote[2]) !== changed) {
          throw new Error(`${what}: expected ${changed} entries written\n${r.stdout}`);
        }
        const byAction: Record<string, number> = {};
        for (const [action, count] of Object.entries(after.requests.byAction)) {
          const delta = count - (before.requests.byAction[action] ?? 0);
          if (delta > 0) byAction[action] = delta;
        }
        const requests = after.requests.total - before.requests.total;
        const run: ApplyRun = {
          entries: n,
          api,
          ...(batchSize !== undefined && { batchSize }),
          sync,
          measured: true,
          changed,
          written,
          requests,
          byAction,
          rateLimited: after.faults.rateLimited - before.faults.rateLimited,
          sendSeconds,
          wallSeconds: r.ms / 1000,
          achievedRate: requests / Math.max(sendSeconds, 0.1),
        };
        log(
          `  ${what}: ${requests} requests (${fmtActions(byAction)}) for ${changed} entries; apply ${fmtMs(r.ms)}, sending ${sendSeconds} s; ${run.rateLimited} answered 429`,
        );
        return run;
      };
      try {
        if (api === "v2" || n <= v1Max) {
          runs.push(await apply("first", n - drafts));
        } else {
          const sendSeconds = ((n - drafts) * RATE_MARGIN) / rate;
          runs.push({
            entries: n,
            api,
            sync: "first",
            measured: false,
            changed: n - drafts,
            written: n - drafts,
            requests: n - drafts,
            byAction: { setautoreply: n - drafts },
            rateLimited: 0,
            sendSeconds,
            wallSeconds: sendSeconds,
            achievedRate: rate / RATE_MARGIN,
          });
          log(
            `  ${n} entries, v1, first sync: not run (above --v1-max ${v1Max}); computed: ${n - drafts} requests, ≈ ${fmtDuration(sendSeconds)}`,
          );
          // The state after that sync, as the lockfile would record it; the emulator's bot
          // stays empty, which a v1 write does not mind (setautoreply creates or replaces).
          // A plan then fills the compile cache, as the sync would have: the edit runs warm.
          await writeSyncedLockfile(dir);
          const plan = await runNode([cli, "plan"], dir);
          if (plan.code !== 0) throw new Error(`plan failed\n${plan.stdout}\n${plan.stderr}`);
        }
        if (edit) runs.push(await apply("edit", editOnePercent(dir, n, 1)));
      } finally {
        await emulator.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    };

    await series("v1", undefined, true);
    await series("v2", DEFAULT_BATCH_SIZE, true);
    if (largeBatch > 0 && largeBatch !== DEFAULT_BATCH_SIZE) await series("v2", largeBatch, false);
    rmSync(base, { recursive: true, force: true });
  }
  return {
    sizes: applySizes,
    rateLimit: rate,
    latencyMs: latency,
    concurrency,
    taskSteps,
    v1Max,
    defaultBatch: DEFAULT_BATCH_SIZE,
    largeBatch,
    runs,
  };
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
    // What else ran meanwhile: on a shared machine it moves every figure.
    load: os.loadavg()[0]!,
  };
}

type Machine = ReturnType<typeof machine>;

const fmtMachine = (info: Machine) =>
  `Machine: ${info.cpu}, ${info.memoryGB} GB, ${info.os}, Node ${info.node}; load average ${info.load.toFixed(1)} at the start.`;

/** A `| target | measured | met |` row. */
const targetRow = (lines: string[], target: string, measured: string, met: boolean) =>
  lines.push(`| ${target} | ${measured} | ${met ? "yes" : "**no**"} |`);

function renderTable(results: readonly SizeResult[], info: Machine): string {
  const cell = (m: Measure) =>
    `${fmtMs(m.ms)} · ${m.rssMB === undefined ? "?" : Math.round(m.rssMB)} MB`;
  const lines = [
    `${fmtMachine(info)} Median of ${reps} runs (${bigReps} at 100k); wall time · peak RSS.`,
    "",
    "| entries | MB | floor | cold check | cold plan | warm plan | warm plan, every file read | plan, 1% edited | warm plan ÷ floor |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.entries.toLocaleString("en")} | ${r.megabytes} | ${cell(r.floor)} | ${cell(r.coldCheck)} | ${cell(r.coldPlan)} | ${cell(r.warmPlan)} | ${cell(r.readPlan)} | ${cell(r.editedPlan)} | ${(r.warmPlan.ms / r.floor.ms).toFixed(2)}× |`,
    );
  }
  const at = (n: number) => results.find((r) => r.entries === n);
  const k10 = at(10_000);
  const k100 = at(100_000);
  const targets: string[] = [];
  const row = (target: string, measured: string, met: boolean) =>
    targetRow(targets, target, measured, met);
  // The targets of issue 16 ("Speed, second step"), on the wider generator's content.
  if (k10) {
    const ratio = k10.warmPlan.ms / k10.floor.ms;
    row("warm plan, 10k ≤ 2× floor", `${ratio.toFixed(2)}×`, ratio <= 2);
    row("cold check, 10k ≤ 1.2 s", fmtMs(k10.coldCheck.ms), k10.coldCheck.ms <= 1200);
  }
  if (k10 && k100) {
    const ratio = k100.warmPlan.ms / k10.warmPlan.ms;
    row("warm plan, 100k ≤ 12× 10k", `${ratio.toFixed(2)}×`, ratio <= 12);
  }
  if (k100) {
    const check = k100.coldCheck.rssMB ?? 0;
    row("cold check, 100k: peak RSS ≤ 300 MB", `${Math.round(check)} MB`, check <= 300);
    const peak = Math.max(
      ...[k100.coldCheck, k100.coldPlan, k100.warmPlan, k100.readPlan, k100.editedPlan].map(
        (m) => m.rssMB ?? 0,
      ),
    );
    row("peak RSS, 100k (any command) ≤ 400 MB", `${Math.round(peak)} MB`, peak <= 400);
  }
  if (targets.length > 0) lines.push("", "| target | measured | met |", "| --- | --- | --- |");
  return `${[...lines, ...targets].join("\n")}\n`;
}

const pct = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 2 : share < 1 ? 1 : 0)}%`;

/** "10k" for 10,000; "1,500" for 1,500. */
const sizeName = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString("en"));

/** The ratio of v2's requests to v1's for the first sync of the largest size, per batch size. */
function firstSyncRatios(apply: ApplyResult) {
  const n = Math.max(...apply.sizes);
  const first = apply.runs.filter((r) => r.entries === n && r.sync === "first");
  const v1 = first.find((r) => r.api === "v1");
  if (!v1) return undefined;
  const v2 = first
    .filter((r) => r.api === "v2")
    .map((r) => ({ run: r, ratio: r.requests / v1.requests }));
  return { entries: n, v1, v2 };
}

function renderApply(apply: ApplyResult, info: Machine): string {
  const lines = [
    `${fmtMachine(info)} One run each, against the bundled emulator in the benchmark's process: at most ${apply.rateLimit} requests/s (429 beyond), ${apply.latencyMs} ms latency on every call, a v2 import task reported running for ${apply.taskSteps} \`async/fetch\`${apply.taskSteps === 1 ? "" : "es"} before its end. Every apply at \`--rate ${apply.rateLimit}\` (v1 also \`--concurrency ${apply.concurrency}\`; v2 sends one call at a time). Requests: the emulator's count over the run; wall time: the apply process from start to exit.`,
    "",
    "| entries | sync | API | changed | written | requests | by action | 429s | wall time | requests ÷ v1's |",
    "| ---: | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
  ];
  const order = (r: ApplyRun) =>
    [r.entries, r.sync === "first" ? 0 : 1, r.api === "v1" ? 0 : (r.batchSize ?? 0)] as const;
  const sorted = [...apply.runs].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  for (const r of sorted) {
    const v1 = apply.runs.find(
      (o) => o.api === "v1" && o.entries === r.entries && o.sync === r.sync,
    );
    const computed = !r.measured;
    lines.push(
      `| ${r.entries.toLocaleString("en")} | ${r.sync === "first" ? "first sync" : "1% edited"} | ${apiLabel(r)}${computed ? " *(computed)*" : ""} | ${r.changed.toLocaleString("en")} | ${computed ? "—" : r.written.toLocaleString("en")} | ${r.requests.toLocaleString("en")} | ${fmtActions(r.byAction)} | ${computed ? "—" : r.rateLimited} | ${computed ? "≈ " : ""}${fmtMs(r.wallSeconds * 1000)} | ${v1 ? pct(r.requests / v1.requests) : "—"} |`,
    );
  }

  const ratios = firstSyncRatios(apply);
  if (ratios) {
    const { entries, v1, v2 } = ratios;
    const k = sizeName(entries);
    lines.push("");
    for (const { run, ratio } of v2) {
      const batches = Math.ceil(run.changed / (run.batchSize ?? 1));
      lines.push(
        `First sync of ${k}${run.batchSize === apply.defaultBatch ? "" : ` at \`--batch-size ${run.batchSize}\``}: v2 requests / v1 requests = ${run.requests.toLocaleString("en")} / ${v1.requests.toLocaleString("en")} = **${pct(ratio)}** (target ≤ 1%: ${ratio <= 0.01 ? "met" : "**not met**"}). ${batches} imports, ${run.byAction["v2/async/fetch"] ?? 0} fetches, ${run.byAction["v2/token"] ?? 0} token exchange${run.batchSize === apply.defaultBatch ? "" : `; the emulator was told to accept ${run.batchSize} intents a call (\`maxImportItems\`): the platform's limit is undocumented`}.`,
        "",
      );
    }
    if (!v1.measured) {
      lines.push(
        `v1's first sync of ${k} is computed, not run (\`--v1-max ${apply.v1Max}\`): one request per changed entry, as every measured v1 run here shows, and its time as those requests at \`--rate ${apply.rateLimit}\` less apply's 3% margin. Every other row is measured.`,
        "",
      );
    }
  }

  lines.push("| target | measured | met |", "| --- | --- | --- |");
  const v1Runs = apply.runs.filter((r) => r.api === "v1" && r.measured);
  const v1First = v1Runs.filter((r) => r.sync === "first");
  if (v1First.length > 0) {
    const shares = v1First.map((r) => r.achievedRate / apply.rateLimit);
    targetRow(
      lines,
      `apply, v1 ≥ 90% of ${apply.rateLimit}/s (first sync)`,
      shares.map((s) => `${Math.round(s * 100)}%`).join(", "),
      shares.every((s) => s >= 0.9),
    );
  }
  if (v1Runs.length > 0) {
    targetRow(
      lines,
      "v1: one request per changed entry",
      v1Runs
        .map((r) => `${r.requests.toLocaleString("en")} for ${r.changed.toLocaleString("en")}`)
        .join(", "),
      v1Runs.every((r) => r.requests === r.changed),
    );
  }
  for (const { run, ratio } of ratios?.v2 ?? []) {
    targetRow(
      lines,
      `first sync of ${sizeName(run.entries)}: v2 at batch ${run.batchSize}${run.batchSize === apply.defaultBatch ? " (the default)" : ""} ≤ 1% of v1's requests`,
      `${pct(ratio)} (${run.requests.toLocaleString("en")} ÷ ${ratios!.v1.requests.toLocaleString("en")})`,
      ratio <= 0.01,
    );
  }

  // A larger bot, computed from the largest measured v2 first sync at the default batch size.
  const v2Largest = ratios?.v2.find((x) => x.run.batchSize === apply.defaultBatch)?.run;
  if (v2Largest && v2Largest.entries < 100_000) {
    const n = 100_000;
    const changed = n - Math.ceil(n / 50);
    const batches = Math.ceil(changed / apply.defaultBatch);
    const fetchesPerBatch =
      (v2Largest.byAction["v2/async/fetch"] ?? 0) /
      Math.ceil(v2Largest.changed / apply.defaultBatch);
    const v2Requests = batches * (1 + fetchesPerBatch) + 1;
    const perBatch = v2Largest.sendSeconds / Math.ceil(v2Largest.changed / apply.defaultBatch);
    lines.push(
      "",
      `Computed for ${n.toLocaleString("en")} entries (${changed.toLocaleString("en")} to write): v1 ${changed.toLocaleString("en")} requests, ≈ ${fmtDuration((changed * RATE_MARGIN) / apply.rateLimit)} at ${apply.rateLimit}/s; v2 at batch ${apply.defaultBatch} ${Math.round(v2Requests).toLocaleString("en")} requests (${pct(v2Requests / changed)}), ≈ ${fmtDuration(batches * perBatch)} at the ${v2Largest.entries.toLocaleString("en")}-entry run's ${perBatch.toFixed(2)} s a batch (a task is first polled 1 s after it is submitted).`,
    );
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
const APPLY_START = "<!-- bench:apply -->";
const APPLY_END = "<!-- /bench:apply -->";

/** `text` with what is between the two markers replaced, or undefined without them. */
function replaceBlock(text: string, start: string, end: string, body: string): string | undefined {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return `${text.slice(0, from + start.length)}\n${body}${text.slice(to)}`;
}

async function main(): Promise<void> {
  if (!existsSync(cli) || !existsSync(floorScript)) {
    throw new Error(
      `run the bench from its bundle: npm run bench (missing ${cli} or ${floorScript})`,
    );
  }
  const root = mkdtempSync(path.join(os.tmpdir(), "faqops-bench-"));
  const started = Date.now();
  const command = ["npm run bench", ...(argv.length > 0 ? ["--", ...argv] : [])].join(" ");
  try {
    const results: SizeResult[] = [];
    if (!applyOnly) for (const n of sizes) results.push(await benchSize(root, n));
    const applyStarted = Date.now();
    const apply = noApply ? undefined : await benchApply(root);
    const applyMinutes = (Date.now() - applyStarted) / 60_000;
    const info = machine();
    const table = results.length > 0 ? renderTable(results, info) : "";
    const applyTable = apply ? renderApply(apply, info) : "";
    const minutes = (Date.now() - started) / 60_000;
    const date = new Date().toISOString();
    process.stdout.write(
      `\n${[table, applyTable].filter(Boolean).join("\n")}\nTook ${minutes.toFixed(1)} min.\n`,
    );
    const contentJson = { date, machine: info, reps, bigReps, minutes, sizes: results };
    const applyJson = apply && {
      date,
      machine: info,
      command,
      minutes: applyMinutes,
      ...apply,
    };
    const jsonFile = fullRun
      ? path.join(repo, "docs/benchmarks.json")
      : path.join(repo, ".faqops-cache/bench-results.json");
    // docs/benchmarks.json keeps what this run did not measure (the content figures of an
    // --apply-only run, the apply figures of a --no-apply run).
    const kept =
      fullRun && existsSync(jsonFile)
        ? (JSON.parse(readFileSync(jsonFile, "utf8")) as Record<string, unknown>)
        : {};
    const json = {
      ...kept,
      ...(results.length > 0 || !fullRun ? contentJson : {}),
      ...(applyJson ? { apply: applyJson } : {}),
    };
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    log(`\nFigures written to ${path.relative(repo, jsonFile)}.`);
    const doc = path.join(repo, "docs/benchmarks.md");
    if (fullRun && existsSync(doc)) {
      let text = readFileSync(doc, "utf8");
      const day = date.slice(0, 10);
      if (results.length > 0) {
        const stamp = `Run on ${day}; took ${minutes.toFixed(0)} min.`;
        text = replaceBlock(text, MARK_START, MARK_END, `${stamp} ${table}`) ?? text;
      }
      if (applyTable) {
        const stamp = `Run on ${day} with \`${command}\`; the apply part took ${applyMinutes.toFixed(1)} min.`;
        const replaced = replaceBlock(text, APPLY_START, APPLY_END, `${stamp}\n\n${applyTable}`);
        if (replaced === undefined) log(`docs/benchmarks.md has no ${APPLY_START} block.`);
        text = replaced ?? text;
      }
      writeFileSync(doc, text);
      log("Tables written to docs/benchmarks.md.");
    }
  } finally {
    if (!has("keep")) rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}

await main();
