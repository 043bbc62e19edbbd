/**
 * Saved plans, as Terraform saves them: `plan --out FILE` writes what will be sent and
 * fingerprints of the content and lockfile it was made from; `apply FILE` applies exactly that
 * plan, and refuses — sending nothing — when either changed since.
 *
 * The file holds the plan as `plan --json` prints it (every change with its `content`), so a
 * reviewer reads what will be sent. `apply FILE` plans again from the current content and
 * lockfile, checks that the fingerprints and the plan match the file's exactly, and only then
 * applies: what is sent is what was reviewed, byte for byte.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { CompiledEntry } from "../content/types.js";
import { compareStrings } from "../diagnostics.js";
import { FaqopsError, StateFileError } from "../errors.js";
import { DEFAULT_PRUNE_MAX } from "../options/sync.js";
import { VERSION } from "../version.js";
import { type Lockfile, serializeLockfile } from "./lockfile.js";
import type { PlanOptions } from "./plan.js";

/** The format tag of a saved plan file. */
export const SAVED_PLAN_FORMAT = "faqops-plan/1";

/** The saved plan's options: the ones that change what the planner decides. */
export interface SavedPlanOptions {
  readonly prune: boolean;
  readonly pruneMax: number;
  readonly force: boolean;
  readonly resendAll: boolean;
  /** The API the plan is for (absent in plans saved before v2 existed: v1). */
  readonly api: "v1" | "v2";
  readonly replaceAll: boolean;
  /** The target (faqops.config.yaml) the plan is for; absent for the one unnamed bot. */
  readonly target?: string;
}

/** What a plan was made from, in a form that shows which entry changed. */
export interface PlanInputs {
  /** The content: one short digest per entry file (skill, title, answer hash, id, draft). */
  readonly content: { readonly fingerprint: string; readonly files: Record<string, string> };
  /** The lockfile, with its journal folded in, as faqops would write it. */
  readonly lockfile: { readonly fingerprint: string };
}

/** A saved plan, read back. */
export interface SavedPlan {
  readonly format: typeof SAVED_PLAN_FORMAT;
  readonly faqops: string;
  readonly createdAt: string;
  readonly options: SavedPlanOptions;
  readonly inputs: PlanInputs;
  /** `plan --json`'s object. */
  readonly plan: unknown;
}

/** A saved plan no longer matches the content or the lockfile: nothing was sent. */
export class StalePlanError extends FaqopsError {
  override name = "StalePlanError";
}

/** Fingerprints the inputs of a plan. Pure. */
export function planInputs(entries: readonly CompiledEntry[], lock: Lockfile): PlanInputs {
  const files: Record<string, string> = {};
  const sources = entries.map((e) => e.source).sort(compareStrings);
  const bySource = new Map(entries.map((e) => [e.source, e]));
  const whole = createHash("sha256");
  for (const source of sources) {
    const e = bySource.get(source) as CompiledEntry;
    const digest = sha256(JSON.stringify([e.skill, e.title, e.hash, e.id ?? null, e.draft])).slice(
      0,
      16,
    );
    files[source] = digest;
    whole.update(`${source}\t${digest}\n`);
  }
  return {
    content: { fingerprint: whole.digest("hex"), files },
    lockfile: { fingerprint: sha256(serializeLockfile(lock)) },
  };
}

/**
 * The text of a saved plan file. `planJson` is the plan as `plan --json` prints it (render/plan.ts
 * planJson, which the shell calls: this module stays below the renderers).
 */
export function savedPlanText(
  planJson: unknown,
  options: SavedPlanOptions,
  inputs: PlanInputs,
): string {
  const saved: SavedPlan = {
    format: SAVED_PLAN_FORMAT,
    faqops: VERSION,
    createdAt: new Date().toISOString(),
    options,
    inputs,
    plan: planJson,
  };
  return `${JSON.stringify(saved, null, 2)}\n`;
}

/** The planner options a saved plan was made with. */
export function savedPlanOptions(options: PlanOptions, target?: string): SavedPlanOptions {
  return {
    ...(target !== undefined && { target }),
    prune: options.prune ?? false,
    pruneMax: options.pruneMax ?? DEFAULT_PRUNE_MAX,
    force: options.force ?? false,
    resendAll: options.resendAll ?? false,
    api: options.api ?? "v1",
    replaceAll: options.replaceAll ?? false,
  };
}

/** Reads and checks a saved plan file. */
export async function readSavedPlan(file: string, name: string): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new StateFileError(`cannot read the plan file ${name}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const fail = (what: string): never => {
    throw new StateFileError(`${name} is not a faqops plan file: ${what}.`, {
      remedy: { kind: "make-plan" },
    });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail("it is not JSON");
  }
  if (!isObject(data) || data.format !== SAVED_PLAN_FORMAT)
    return fail(`no "format": "${SAVED_PLAN_FORMAT}"`);
  const { options, inputs } = data;
  if (
    !isObject(options) ||
    typeof options.prune !== "boolean" ||
    typeof options.pruneMax !== "number" ||
    typeof options.force !== "boolean" ||
    typeof options.resendAll !== "boolean" ||
    (options.api !== undefined && options.api !== "v1" && options.api !== "v2") ||
    (options.replaceAll !== undefined && typeof options.replaceAll !== "boolean") ||
    (options.target !== undefined && typeof options.target !== "string")
  ) {
    return fail('"options" is malformed');
  }
  if (
    !isObject(inputs) ||
    !isObject(inputs.content) ||
    typeof inputs.content.fingerprint !== "string" ||
    !isObject(inputs.content.files) ||
    !isObject(inputs.lockfile) ||
    typeof inputs.lockfile.fingerprint !== "string"
  ) {
    return fail('"inputs" is malformed');
  }
  if (!isObject(data.plan)) return fail('"plan" is missing');
  const saved = data as unknown as SavedPlan;
  return {
    ...saved,
    options: {
      ...saved.options,
      api: saved.options.api ?? "v1",
      replaceAll: saved.options.replaceAll ?? false,
    },
  };
}

/**
 * Checks that `saved` is exactly the plan the current inputs give; throws StalePlanError naming
 * the first entry that differs. `fresh` is the plan made now with the saved plan's options: its
 * JSON (render/plan.ts planJson, made when asked for) and its inputs.
 */
export function checkSavedPlan(
  saved: SavedPlan,
  fresh: { json: () => unknown; inputs: PlanInputs },
  names: { content: string; lockfile: string; file: string },
): void {
  const remake = {
    remedy: { kind: "remake-plan", options: saved.options, file: names.file },
  } as const;
  if (saved.inputs.content.fingerprint !== fresh.inputs.content.fingerprint) {
    const what = firstDifference(saved.inputs.content.files, fresh.inputs.content.files);
    throw new StalePlanError(
      `the content changed since the plan ${names.file} was made${what ? `: ${names.content}/${what}` : ""}; nothing was sent.`,
      remake,
    );
  }
  // Made only once the content is known unchanged: it reads the answers of the writes.
  const freshJson = fresh.json();
  if (saved.inputs.lockfile.fingerprint !== fresh.inputs.lockfile.fingerprint) {
    const what = firstChangedAction(saved.plan, freshJson);
    throw new StalePlanError(
      `the lockfile ${names.lockfile} changed since the plan ${names.file} was made (another apply ran?)${what ? `; the plan for ${what} is no longer the same` : ""}; nothing was sent.`,
      remake,
    );
  }
  if (JSON.stringify(freshJson) !== JSON.stringify(saved.plan)) {
    const what = firstChangedAction(saved.plan, freshJson);
    throw new StalePlanError(
      `the plan ${names.file} (made by faqops ${saved.faqops}) differs from what this faqops (${VERSION}) plans from the same content and lockfile${what ? `, first at ${what}` : ""}; nothing was sent.`,
      remake,
    );
  }
}

/** The first file (in path order) added, removed or changed between two digests maps. */
function firstDifference(
  before: Record<string, string>,
  after: Record<string, string>,
): string | undefined {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareStrings);
  for (const path of paths) {
    if (before[path] === after[path]) continue;
    if (before[path] === undefined) return `${path} was added`;
    if (after[path] === undefined) return `${path} was removed`;
    return `${path} changed`;
  }
  return undefined;
}

/** The first change (by skill and title) the two plans disagree on, as `skill / title`. */
function firstChangedAction(saved: unknown, fresh: unknown): string | undefined {
  const key = (c: Record<string, unknown>) => `${c.skill} / ${c.title}`;
  const index = (plan: unknown) => {
    const changes = isObject(plan) && Array.isArray(plan.changes) ? plan.changes : [];
    return new Map(
      changes.filter(isObject).map((c) => [`${c.action} ${key(c)}`, JSON.stringify(c)] as const),
    );
  };
  const a = index(saved);
  const b = index(fresh);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort(compareStrings);
  const first = keys.find((k) => a.get(k) !== b.get(k));
  return first === undefined ? undefined : `"${first.slice(first.indexOf(" ") + 1)}"`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
