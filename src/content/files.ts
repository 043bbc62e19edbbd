/**
 * Which files are entries, and what faqops says about the files it does not read: the format's
 * file rules, in a module of their own so that the benchmark's floor lists files exactly as the
 * loader does without loading the compiler.
 *
 * The content folder may come from a hostile pull request, so the walk trusts nothing in it:
 *
 * - A link to a folder is never followed: every folder of the content is listed once, where it
 *   is, so following a link inside could only read entries twice — or loop (`ln -s .. loop`,
 *   or two sibling `ln -s . l1; ln -s . l2`, which a glob follows until it runs out of
 *   memory). Each such link is one warning.
 * - A link to a file is read only when its real path is inside the content folder (then it is
 *   an entry like any other, in the link's folder); one pointing elsewhere is a warning and is
 *   never opened, so nothing outside the content can end up in a plan or on the bot.
 * - Names that look like entries but are not (`FAQ.MD`, `a.markdown`, `a.md.txt`, `.md` files
 *   in hidden folders) are warnings, not silence. The names the format skips (`_…`, `.…`,
 *   `README.md` in any letter case) stay silent.
 * - A file or folder that cannot be read, and a name that is not UTF-8, is an error naming it,
 *   not an exception: a missing entry would look like a deletion.
 *
 * Hard links are files like any other.
 */
import { isUtf8 } from "node:buffer";
import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import path from "node:path";
import { compareStrings, type Diagnostic } from "../diagnostics.js";
import { isInside, isSymbolicLink, linkTargetName, realPathOr } from "../fs/links.js";
import { displayPath } from "../options/paths.js";
import { diagnostic } from "./rules.js";

/** What the content folder holds. */
export interface ContentFiles {
  /** Entry files, relative to the content folder, `/`-separated, sorted. */
  readonly sources: string[];
  /** Files and folders that are not read, and why (file-* rules), in no particular order. */
  readonly diagnostics: Diagnostic[];
  /**
   * The sources that were not regular files when listed (links, named pipes, sockets):
   * readEntryFile checks what they are; the others are read as files (readRegularEntryFile).
   */
  readonly irregular: ReadonlySet<string>;
}

/** A file-level problem has no line: it points at the file's start. */
const START = { line: 1, column: 1 } as const;

/** What a name makes of a file: an entry, a near miss, skipped by the format, or neither. */
type NameKind = "entry" | "lookalike" | "skipped" | "other";

/** Endings of names that look like an entry but are not one, lower case, longest first. */
const LOOKALIKE_ENDINGS = [".md.txt", ".markdown", ".md"] as const;

/** Reads with O_NONBLOCK so that opening a FIFO planted as `x.md` does not wait for a writer. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/**
 * For a file that was a regular file when the folder was listed: one replaced by a symbolic
 * link meanwhile is not followed (the link could lead outside the repository, which the walk
 * refuses for links it sees). Where O_NOFOLLOW does not exist (Windows) it is followed.
 */
const REGULAR_READ_FLAGS = READ_FLAGS | (constants.O_NOFOLLOW ?? 0);

/**
 * Lists entry files, relative to the content directory, `/`-separated, sorted: what
 * scanContentFolder finds, without its diagnostics.
 */
export async function findEntryFiles(contentDir: string): Promise<string[]> {
  return scanContentFolder(contentDir, process.cwd()).sources;
}

/**
 * Walks the content folder: its entry files, and a diagnostic for each file or folder that
 * looks like content but is not read. `cwd` is what diagnostics' paths are relative to.
 */
export function scanContentFolder(contentDir: string, cwd: string): ContentFiles {
  const scan = new Scan(contentDir, cwd);
  scan.folder(contentDir, "", undefined);
  return {
    sources: scan.sources.sort(compareStrings),
    diagnostics: scan.diagnostics,
    irregular: scan.irregular,
  };
}

/** One walk of a content folder. */
class Scan {
  readonly sources: string[] = [];
  readonly irregular = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];
  readonly #contentReal: string;
  readonly #cwdReal: string;
  /** The content folder's display path and a `/`, or nothing when it is the working directory. */
  readonly #prefix: string;

  constructor(contentDir: string, cwd: string) {
    this.#contentReal = realPathOr(contentDir);
    this.#cwdReal = realPathOr(cwd);
    const shown = displayPath(cwd, contentDir);
    this.#prefix = shown === "." ? "" : `${shown}/`;
  }

  /**
   * Lists one folder. `rel` is its path under the content folder (empty, or ending in `/`);
   * `hidden` names the hidden folder it is in, if any: there only `.md` files are looked for,
   * to say that they are not read. `folder` is a Buffer once a name on the way is not UTF-8.
   */
  folder(folder: string | Buffer, rel: string, hidden: string | undefined): void {
    let dirents: Dirent[] | Dirent<Buffer>[];
    try {
      dirents = listFolder(folder);
    } catch (error) {
      if (hidden === undefined) this.#unreadableFolder(rel, error);
      return;
    }
    for (const dirent of dirents) {
      const bytes = dirent.name;
      // A name that is not UTF-8 is shown with U+FFFD; the path keeps its bytes.
      const utf8 = typeof folder === "string" && (typeof bytes === "string" || isUtf8(bytes));
      const name = bytes.toString();
      const child: string | Buffer = utf8
        ? `${folder as string}${path.sep}${name}`
        : Buffer.concat([Buffer.from(folder), Buffer.from(path.sep), Buffer.from(bytes)]);
      this.#item(dirent, child, name, `${rel}${name}`, utf8, hidden);
    }
  }

  #item(
    dirent: Dirent | Dirent<Buffer>,
    absolute: string | Buffer,
    name: string,
    rel: string,
    utf8: boolean,
    hidden: string | undefined,
  ): void {
    if (dirent.isDirectory()) {
      // A repository's own database, should the content folder hold one: never anyone's FAQ.
      if (name === ".git") return;
      const inHidden = hidden ?? (name.startsWith(".") ? this.#display(rel) : undefined);
      this.folder(absolute, `${rel}/`, inHidden);
      return;
    }
    const kind = nameKind(name);
    if (hidden !== undefined) {
      if (kind === "entry" && dirent.isFile()) {
        this.#report(
          "file-ignored",
          rel,
          `this file is in the hidden folder \`${hidden}\`, and faqops does not read hidden folders: move it out of that folder if it is an entry, or start its name with \`_\` to keep it out without this warning`,
        );
      }
      return;
    }
    if (dirent.isSymbolicLink()) {
      this.#link(absolute, name, rel, kind, utf8);
      return;
    }
    if (kind === "lookalike") this.#lookalike(name, rel);
    else if (kind === "entry" && !utf8) this.#nameNotUtf8(rel);
    // Regular files, and anything else named like an entry (a FIFO, a socket): reading says
    // what is wrong with those (readEntryFile).
    else if (kind === "entry") {
      this.sources.push(rel);
      if (!dirent.isFile()) this.irregular.add(rel);
    }
  }

  /** A symbolic link in the content folder (not in a hidden one). */
  #link(absolute: string | Buffer, name: string, rel: string, kind: NameKind, utf8: boolean): void {
    if (typeof absolute !== "string" || !utf8) {
      if (kind === "entry") this.#nameNotUtf8(rel);
      return;
    }
    let target: Stats | undefined;
    try {
      target = statSync(absolute);
    } catch {
      // A broken link, or a loop of links: reading an entry-named one says which.
    }
    if (target?.isDirectory()) {
      if (!name.startsWith(".")) this.#folderLink(absolute, rel);
      return;
    }
    if (kind === "lookalike") {
      this.#lookalike(name, rel);
      return;
    }
    if (kind !== "entry") return;
    this.irregular.add(rel);
    if (target) {
      let real: string;
      try {
        real = realpathSync(absolute);
      } catch {
        this.sources.push(rel);
        return;
      }
      if (!isInside(this.#contentReal, real)) {
        this.#report(
          "file-symlink-outside",
          rel,
          `this file is a symbolic link to \`${linkTargetName(absolute, { real, cwdReal: this.#cwdReal })}\`, outside the content folder, so it is not read: faqops reads only files inside the content folder; copy the file into it instead of linking to it, or remove the link`,
        );
        return;
      }
    }
    this.sources.push(rel);
  }

  /** A symbolic link to a folder: never followed, always said. */
  #folderLink(absolute: string, rel: string): void {
    const real = realPathOr(absolute);
    const target = linkTargetName(absolute, { real, cwdReal: this.#cwdReal });
    if (!isInside(this.#contentReal, real)) {
      this.#report(
        "file-symlink-outside",
        rel,
        `this is a symbolic link to the folder \`${target}\`, outside the content folder, so it is not read: faqops reads only files inside the content folder; move the entries into it instead of linking to them, or remove the link`,
      );
      return;
    }
    // The real path of the folder holding the link: no link was followed to get here.
    const here = path.join(this.#contentReal, ...rel.split("/").slice(0, -1));
    const loop = isInside(real, here);
    this.#report(
      "file-symlink-folder",
      rel,
      loop
        ? `this is a symbolic link to the folder \`${target}\`, which contains it: following it would loop, so faqops does not; remove the link`
        : `this is a symbolic link to the folder \`${target}\`, which faqops does not follow: a link to a folder would read entries a second time, or loop; remove the link, or, to have an entry in two skills, link its file instead`,
    );
  }

  #lookalike(name: string, rel: string): void {
    this.#report(
      "file-ignored",
      rel,
      `\`${name}\` is not read: only names ending in \`.md\` (lower case) are entries; rename it to \`${entryName(name)}\` if it is one, or start its name with \`_\` to keep it out without this warning`,
    );
  }

  #nameNotUtf8(rel: string): void {
    this.#report(
      "file-unreadable",
      rel,
      "this path is not valid UTF-8 (shown here with U+FFFD), so it cannot be an entry: rename the file (or the folder) in UTF-8",
    );
  }

  #unreadableFolder(rel: string, error: unknown): void {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "ENOENT"
          ? "it went away while faqops was reading the content"
          : (code ?? "an unexpected error");
    this.#report(
      "file-unreadable",
      rel,
      `this folder cannot be read (${why}), so the entries in it are missing: make it readable (chmod a+rx), or remove it`,
    );
  }

  #report(
    ruleId: "file-ignored" | "file-unreadable" | "file-symlink-outside" | "file-symlink-folder",
    rel: string,
    message: string,
  ): void {
    this.diagnostics.push(diagnostic(ruleId, this.#display(rel), START, message));
  }

  /** A path under the content folder as diagnostics show it (relative to the working directory). */
  #display(rel: string): string {
    const trimmed = rel.endsWith("/") ? rel.slice(0, -1) : rel;
    if (trimmed === "") return this.#prefix === "" ? "." : this.#prefix.slice(0, -1);
    return `${this.#prefix}${trimmed}`;
  }
}

/**
 * A folder's entries with their types. Names come as strings unless one of them may not be
 * UTF-8 (Node shows bad bytes as U+FFFD): then as bytes, so that the bad name can be told from
 * a good one that holds a U+FFFD of its own, and its path still opened.
 */
function listFolder(folder: string | Buffer): Dirent[] | Dirent<Buffer>[] {
  if (typeof folder === "string") {
    const dirents = readdirSync(folder, { withFileTypes: true });
    if (!dirents.some((d) => d.name.includes("\uFFFD"))) return dirents;
  }
  return readdirSync(folder, { withFileTypes: true, encoding: "buffer" });
}

/** What a file's name makes of it (content-format.md, "Files"). */
function nameKind(name: string): NameKind {
  if (name.startsWith("_") || name.startsWith(".")) return "skipped";
  const lower = name.toLowerCase();
  if (name.endsWith(".md")) return lower === "readme.md" ? "skipped" : "entry";
  if (!LOOKALIKE_ENDINGS.some((ending) => lower.endsWith(ending))) return "other";
  // `README.MD`, `readme.markdown`: a README by any other spelling is still a README.
  return lower.startsWith("readme.") ? "skipped" : "lookalike";
}

/** The entry name a near miss should have: `FAQ.MD`, `FAQ.markdown`, `FAQ.md.txt` → `FAQ.md`. */
function entryName(name: string): string {
  const lower = name.toLowerCase();
  const ending = LOOKALIKE_ENDINGS.find((e) => lower.endsWith(e)) ?? "";
  return `${name.slice(0, name.length - ending.length)}.md`;
}

/**
 * An entry file's bytes (with its stamp, when the read was asked to take it), or the diagnostic
 * saying why it cannot be read.
 */
export type EntryRead =
  | { readonly bytes: Buffer; readonly stamp?: ReadStamp }
  | { readonly problem: Diagnostic };

/**
 * Reads an entry file (`file` is its display path). Anything that is not a readable regular
 * file — no permission, a broken link, a FIFO or a socket named `x.md` — is a `file-unreadable`
 * diagnostic, never an exception; its message names no path but the file's own (an error's
 * text would carry the absolute path).
 */
export function readEntryFile(absolute: string, file: string): EntryRead {
  let fd: number;
  try {
    fd = openSync(absolute, READ_FLAGS);
  } catch (error) {
    return { problem: unreadable(file, absolute, error) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      return {
        problem: diagnostic(
          "file-unreadable",
          file,
          START,
          `this is ${whatItIs(info)}, not a file: replace it with a Markdown file, or remove it`,
        ),
      };
    }
    return { bytes: readWhole(fd, info.size) };
  } catch (error) {
    return { problem: unreadable(file, absolute, error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * What `fstat` said of an entry file just before its bytes were read: size, modification
 * time, change time and inode (what stamps.ts keeps of it).
 */
export type ReadStamp = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/**
 * An entry file that was a regular file when the folder was listed: read as readFileSync
 * reads, which checks its size without building a Stats object (at 10k files, a twentieth of a
 * warm run: four Dates each). Should it have been replaced by something else meanwhile, it
 * reads as whatever a read gives (a named pipe opened without blocking: nothing).
 *
 * With `stamp`, the file's stamp is taken from the open file before it is read (and is
 * returned when it is still a regular file): what a separate `stat` of the path would say, for
 * a file the loader has no stamp of yet, without looking the path up twice (at 10k files of a
 * first run, ~2% of it).
 */
export function readRegularEntryFile(absolute: string, file: string, stamp?: boolean): EntryRead {
  let fd: number;
  try {
    fd = openSync(absolute, REGULAR_READ_FLAGS);
  } catch (error) {
    // ELOOP here is O_NOFOLLOW's answer: the last part of the path is now a link.
    return {
      problem: isLoop(error)
        ? diagnostic(
            "file-unreadable",
            file,
            START,
            "this file was replaced by a symbolic link while faqops was reading the content: run faqops again",
          )
        : unreadable(file, absolute, error),
    };
  }
  try {
    if (!stamp) return { bytes: readFileSync(fd) };
    const info = fstatSync(fd);
    if (!info.isFile()) return { bytes: readFileSync(fd) };
    const bytes = readWhole(fd, info.size);
    // Stamped only when the read took what fstat said: a file that shrank meanwhile was
    // written, and a size of 0 says little (/proc's files have content all the same).
    if (info.size === 0 || bytes.length !== info.size) return { bytes };
    return { bytes, stamp: [info.size, info.mtimeMs, info.ctimeMs, info.ino] };
  } catch (error) {
    return { problem: unreadable(file, absolute, error) };
  } finally {
    closeSync(fd);
  }
}

/** The most readAll reads: readFileSync's limit (Node's kIoMaxLength, 2 GiB), above which it refuses. */
const READ_ALL_MAX = 2 ** 31 - 1;

/**
 * A file's bytes, `size` being what fstat said of it: read as that many (readAll), except where
 * the size says little and readFileSync reads as it does: a regular file of size 0 may have
 * content all the same (/proc, /sys, some FUSE mounts: it reads to the end), and one over its
 * limit gets its error (ERR_FS_FILE_TOO_LARGE).
 */
function readWhole(fd: number, size: number): Buffer {
  return size > 0 && size <= READ_ALL_MAX ? readAll(fd, size) : readFileSync(fd);
}

/** Reads `size` bytes (fewer if the file shrank meanwhile), as readFileSync does, without its second fstat. */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, bytes, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? bytes : bytes.subarray(0, length);
}

function unreadable(file: string, absolute: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  let message: string;
  if (code === "EACCES" || code === "EPERM") {
    message =
      "this file cannot be read (permission denied): make it readable (chmod a+r), or remove it";
  } else if (code === "ELOOP") {
    message = "this is a symbolic link that leads back to itself: fix the link, or remove it";
  } else if (code === "ENOENT" && isSymbolicLink(absolute)) {
    message = `this is a symbolic link to \`${linkTargetName(absolute)}\`, which does not exist: fix the link, or remove it`;
  } else if (code === "ENOENT") {
    message = "this file went away while faqops was reading the content: run faqops again";
  } else {
    message = `this file cannot be read (${code ?? "an unexpected error"}): check it, or remove it`;
  }
  return diagnostic("file-unreadable", file, START, message);
}

function isLoop(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ELOOP";
}

function whatItIs(info: Stats): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}
