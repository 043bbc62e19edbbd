/**
 * docs/architecture.md's table of layers is what `src/` does: each folder imports at run time
 * exactly the folders the table names, and only folders below it; its type-only imports are
 * the ones the table names apart. Read from the source's import statements (static, `export …
 * from` and dynamic `import()`), so that the next engineer can trust the table, and a change
 * that sends data up a layer fails here rather than in review.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "..");
const SHARED = "src/*.ts";

/**
 * An import or re-export of a relative module (group 1: `type` when type-only; 2: the
 * module), or a dynamic import (3). Statements over several lines match: `[^'";]` takes line
 * breaks.
 */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

/** The layer a file under src/ belongs to: its first folder, or the shared top level. */
function layerOf(file: string): string {
  const parts = file.split("/");
  return parts.length === 2 ? SHARED : `src/${parts[1]}/`;
}

/** Short names, as the table writes them: `content` for src/content/. */
const short = (layer: string) => (layer === SHARED ? SHARED : layer.slice(4, -1));

interface Imports {
  readonly runtime: Map<string, Set<string>>;
  readonly types: Map<string, Set<string>>;
}

/** Every layer's imports of other layers (the shared top level is not counted as a target). */
function importsOfSrc(): Imports {
  const files = (readdirSync(path.join(repo, "src"), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/${f.split(path.sep).join("/")}`);
  const runtime = new Map<string, Set<string>>();
  const types = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, from: string, to: string) => {
    if (!map.has(from)) map.set(from, new Set());
    map.get(from)!.add(to);
  };
  for (const file of files) {
    const text = readFileSync(path.join(repo, file), "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[2] ?? match[3]!;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (!target.startsWith("src/")) continue; // package.json, read for the version
      const from = layerOf(file);
      const to = layerOf(target);
      if (from === to || to === SHARED) continue;
      add(match[1] ? types : runtime, from, short(to));
    }
  }
  for (const [from, set] of types) {
    for (const to of runtime.get(from) ?? []) set.delete(to);
  }
  return { runtime, types };
}

/** Each file's run-time imports of other files under src/ (type-only imports left out). */
function runtimeFileGraph(): Map<string, string[]> {
  const files = (readdirSync(path.join(repo, "src"), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/${f.split(path.sep).join("/")}`);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(repo, file), "utf8");
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      if (match[1]) continue;
      const spec = match[2] ?? match[3]!;
      const target = path.posix
        .normalize(path.posix.join(path.posix.dirname(file), spec))
        .replace(/\.js$/, ".ts");
      if (target.startsWith("src/")) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The groups of files that import one another, directly or not (Tarjan's algorithm). */
function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const to of graph.get(file) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

interface Row {
  readonly layer: string;
  readonly runtime: string[];
  readonly types: string[];
}

/** The rows of docs/architecture.md's table of layers, top to bottom. */
function tableRows(): Row[] {
  const doc = readFileSync(path.join(repo, "docs/architecture.md"), "utf8");
  const section = doc.slice(doc.indexOf("## The layers"), doc.indexOf("## Where to find"));
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).sort();
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const cells = line.split(" | ");
      const layer = names(cells[0]!)[0]!;
      return { layer, runtime: names(cells[1]!), types: names(cells[2]!) };
    });
}

describe("docs/architecture.md's layers", () => {
  const rows = tableRows();
  const actual = importsOfSrc();

  it("name every folder of src/ once", () => {
    const folders = (
      readdirSync(path.join(repo, "src"), { withFileTypes: true }) as import("node:fs").Dirent[]
    )
      .filter((d) => d.isDirectory())
      .map((d) => `src/${d.name}/`);
    expect(rows.map((r) => r.layer).sort()).toEqual([...folders, SHARED].sort());
  });

  it("say what each folder imports, at run time and for types only", () => {
    for (const row of rows) {
      const runtime = [...(actual.runtime.get(row.layer) ?? [])].sort();
      const types = [...(actual.types.get(row.layer) ?? [])].sort();
      expect({ layer: row.layer, runtime, types }).toEqual(row);
    }
  });

  it("list the folders so that every run-time import goes down the table", () => {
    const position = new Map(rows.map((r, i) => [short(r.layer), i]));
    for (const [i, row] of rows.entries()) {
      for (const to of row.runtime) {
        expect(position.get(to), `${row.layer} imports ${to}`).toBeGreaterThan(i);
      }
    }
  });

  it("leave no file importing itself back at run time, across folders or within one", () => {
    const graph = runtimeFileGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
    // The check can fail: a loop planted between two files is found.
    const planted = new Map(graph);
    planted.set("src/errors.ts", [...(graph.get("src/errors.ts") ?? []), "src/heap.ts"]);
    expect(importCycles(planted)).toEqual([
      expect.arrayContaining(["src/errors.ts", "src/heap.ts"]),
    ]);
  });
});
