/**
 * The import's pure core: a table read as the template, and what the content folder holds →
 * the files to write and every problem, by row. No disk: the shell (index.ts) reads the table
 * and the folder, and writes what this returns.
 *
 * Every file is compiled by the real compiler (compileFile) before it is planned, and the
 * result compared with the row: skill, title, questions, threshold, draft and the exact
 * `content` the platform would receive. A row whose file would say anything else — text the
 * format cannot hold (`text-markup`, `xml-char`), or a gap in the escaping — is reported and
 * not written. So an import never changes text on the way without saying so.
 */
import { isDeepStrictEqual } from "node:util";
import {
  compileFile,
  DEFAULT_THRESHOLD,
  type FileResult,
  validateAcrossEntries,
} from "../content/index.js";
import { alike, cleanText } from "../content/text-compare.js";
import { compareStrings, type Diagnostic, sortDiagnostics } from "../diagnostics.js";
import { richAnswer } from "./cards.js";
import type { TemplateRows } from "./columns.js";
import { type ImportEntry, rowEntry } from "./entries.js";
import { entryFile } from "./entry-file.js";
import { escapeMessage } from "./escape.js";
import { safeName, TakenNames } from "./names.js";
import { importDiagnostic } from "./rules.js";
import type { TemplateColumn } from "./template.js";

/** An entry already in the content folder (one that compiles without errors). */
export interface ExistingEntry {
  /** Path relative to the content folder, `/`-separated. */
  readonly source: string;
  readonly skill: string;
  readonly title: string;
  readonly id?: string | undefined;
  readonly draft: boolean;
  readonly threshold?: number | undefined;
  /** Front matter `targets`, when the entry has them. */
  readonly targets?: readonly string[] | undefined;
}

/** What the content folder holds, as far as naming and matching need it. */
export interface ExistingContent {
  readonly entries: readonly ExistingEntry[];
  /**
   * Every file and folder name in the content folder and its first-level folders (where
   * import writes), relative to it, `/`-separated: new files never take one of them.
   */
  readonly paths: readonly string[];
}

/** Everything the planner needs. */
export interface PlanInput {
  /** The import file as messages name it. */
  readonly display: string;
  /** The content folder relative to the working directory (`content`): diagnostics' paths. */
  readonly contentPath: string;
  readonly table: TemplateRows;
  readonly existing: ExistingContent;
}

/** One file to write. */
export interface PlannedFile {
  readonly row: number;
  /** Relative to the content folder, `/`-separated. */
  readonly source: string;
  /** Relative to the working directory, `/`-separated. */
  readonly path: string;
  readonly text: string;
  /** The file holds an entry with the same skill and title: writing replaces it. */
  readonly replaces: boolean;
}

/** What an import would do. */
export interface ImportPlan {
  /** Files to write, in row order. */
  readonly files: readonly PlannedFile[];
  /** Every problem, sorted by row and column. */
  readonly problems: readonly Diagnostic[];
  /** Data rows read (rows that hold anything, the header aside). */
  readonly rowCount: number;
  /** Rows with an error, which have no file. */
  readonly failedRows: readonly number[];
}

/** Plans the import of `input.table` into the content folder. */
export function planImport(input: PlanInput): ImportPlan {
  const { display, existing } = input;
  const problems: Diagnostic[] = [...input.table.problems];
  const entries = input.table.rows.flatMap((row) => rowEntry(row, display, problems) ?? []);
  // Rows with a cell the table could not read (a date, an error value in a workbook).
  const unreadable = new Set(
    input.table.problems.filter((p) => p.severity === "error").map((p) => p.line),
  );
  const byKey = new Map<string, ExistingEntry>();
  for (const e of [...existing.entries].sort((a, b) => compareStrings(a.source, b.source))) {
    if (!byKey.has(entryKey(e))) byKey.set(entryKey(e), e);
  }
  const names = new TakenNames(existing.paths);
  const folders = new SkillFolders(existing.entries);
  const seen = new Map<string, number>();
  const files: PlannedFile[] = [];
  const results: Compiled[] = [];

  for (const entry of entries) {
    const key = entryKey(entry);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        importDiagnostic(
          "import-duplicate",
          display,
          entry.row,
          entry.columns.title ?? 1,
          `row ${earlier} has the same skill and standard question; the platform keeps one entry per skill and question: merge the rows or change one question`,
        ),
      );
      continue;
    }
    seen.set(key, entry.row);
    const match = byKey.get(key);
    const source =
      match?.source ?? names.allocate(folders.folderFor(entry.skill), safeName(entry.title), ".md");
    const planned = planFile(entry, source, match, input);
    problems.push(...planned.problems);
    if (planned.file && planned.result && entry.valid && !unreadable.has(entry.row)) {
      files.push(planned.file);
      results.push({ entry, result: planned.result });
    } else if (!match) {
      names.release(source);
    }
  }
  problems.push(...conflicts(results, input));

  const failed = new Set(problems.filter((p) => p.severity === "error").map((p) => p.line));
  return {
    files,
    problems: sortDiagnostics(problems),
    rowCount: input.table.rows.length,
    failedRows: [...failed].sort((a, b) => a - b),
  };
}

/** A planned file's entry and what it compiled to. */
interface Compiled {
  readonly entry: ImportEntry;
  readonly result: FileResult;
}

/** The platform's identity of an entry: its skill and title, alike. */
function entryKey(e: { skill: string; title: string }): string {
  return `${alike(e.skill)}\u0000${alike(e.title)}`;
}

/**
 * The folder each skill's new files go in: the folder of the skill's entries already in the
 * content (the first, by path), else a folder named after the skill. Two skills whose names
 * make the same folder name get `-2`, `-3`… in the order they come.
 */
class SkillFolders {
  private readonly bySkill = new Map<string, string>();
  private readonly claimed = new Map<string, string>();

  constructor(entries: readonly ExistingEntry[]) {
    const sorted = [...entries].sort((a, b) => compareStrings(a.source, b.source));
    for (const e of sorted) {
      const slash = e.source.indexOf("/");
      const skill = alike(e.skill);
      if (slash === -1 || this.bySkill.has(skill)) continue;
      this.bySkill.set(skill, e.source.slice(0, slash));
    }
  }

  folderFor(skill: string): string {
    const key = alike(skill);
    const known = this.bySkill.get(key);
    if (known !== undefined) return known;
    const stem = safeName(skill);
    let folder = stem;
    for (let n = 2; ; n++) {
      const owner = this.claimed.get(alike(folder));
      if (owner === undefined || owner === key) break;
      folder = `${stem}-${n}`;
    }
    this.claimed.set(alike(folder), key);
    this.bySkill.set(key, folder);
    return folder;
  }
}

/** The file for one entry, compiled and compared with the row. */
function planFile(
  entry: ImportEntry,
  source: string,
  match: ExistingEntry | undefined,
  input: PlanInput,
): { file?: PlannedFile; result?: FileResult; problems: Diagnostic[] } {
  const { display } = input;
  const problems: Diagnostic[] = [];
  const at = (column: TemplateColumn): number => entry.columns[column] ?? 1;
  const rich = richAnswer(entry.answer);
  if (rich && !rich.ok) {
    problems.push(
      importDiagnostic(
        "import-rich",
        display,
        entry.row,
        at("answers"),
        `the answer looks like a rich answer (JSON) but cannot be written as cards: ${rich.problem}`,
      ),
    );
    return { problems };
  }
  const body = rich ? rich.markdown : escapeMessage(entry.answer);
  const content = rich ? rich.content : entry.answer;
  const slash = source.indexOf("/");
  const folderSkill = slash === -1 ? undefined : cleanText(source.slice(0, slash));
  const draft = entry.disabled ?? match?.draft ?? false;
  // Going back to the default: written out, as docs/content-format.md advises, because the v2
  // API does not say whether an entry imported without a threshold keeps the one it had.
  const threshold =
    entry.threshold ?? (match?.threshold !== undefined ? DEFAULT_THRESHOLD : undefined);
  const file = entryFile(
    {
      title: entry.title,
      questions: entry.questions,
      skill: folderSkill === entry.skill ? undefined : entry.skill,
      id: match?.id,
      targets: match?.targets,
      draft,
      threshold,
      otherAnswers: entry.otherAnswers,
    },
    body,
  );
  const path = `${input.contentPath === "." ? "" : `${input.contentPath}/`}${source}`;
  const result = compileFile({ source, path, bytes: Buffer.from(file.text, "utf8") });
  for (const d of result.diagnostics) {
    const column = file.lineColumns[d.line - 1] ?? "answers";
    problems.push({ ...d, file: display, line: entry.row, column: at(column) });
  }
  const compiled = result.entry;
  if (!compiled) return { problems };
  const differs = [
    compiled.skill !== entry.skill && "skill",
    compiled.title !== entry.title && "title",
    !isDeepStrictEqual(compiled.questions, entry.questions) && "similar questions",
    compiled.threshold !== threshold && "threshold",
    compiled.draft !== draft && "draft",
    compiled.content !== content && "answer",
  ].filter((d) => d !== false);
  if (differs.length > 0) {
    problems.push(
      importDiagnostic(
        "import-roundtrip",
        display,
        entry.row,
        at(differs.includes("answer") ? "answers" : "title"),
        `faqops cannot write this row so that it compiles back unchanged (the ${differs.join(", ")} would differ): this is a bug in faqops; please report it with the row`,
      ),
    );
    return { problems };
  }
  return {
    file: { row: entry.row, source, path, text: file.text, replaces: match !== undefined },
    result,
    problems,
  };
}

/**
 * Rules across the imported entries (the bot could not tell two apart; skills written two
 * ways) as warnings on the rows: the files are written, and `check` reports them as errors
 * until one is reworded. `:ask` targets are left to `check`, which sees the whole content.
 */
function conflicts(results: readonly Compiled[], input: PlanInput): Diagnostic[] {
  const byPath = new Map(results.map((r) => [r.result.path, r]));
  return validateAcrossEntries(results.map((r) => r.result))
    .filter((d) => d.ruleId !== "ask-target")
    .map((d) => {
      const own = byPath.get(d.file);
      const isQuestion = own?.result.keys.questions.some((q) => q.line === d.line) ?? false;
      const column = own?.entry.columns[isQuestion ? "questions" : "title"] ?? 1;
      // The other files named in the message are rows of this import.
      let message = d.message;
      for (const [path, other] of byPath) {
        message = message.replaceAll(path, `row ${other.entry.row}`);
      }
      return importDiagnostic(
        "import-conflict",
        input.display,
        own?.entry.row ?? 1,
        column,
        `${message} (\`check\` reports this as \`${d.ruleId}\`)`,
      );
    });
}
