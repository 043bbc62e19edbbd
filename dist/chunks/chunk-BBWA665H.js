import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);
import {
  compareStrings,
  diagnostic,
  displayPath
} from "./chunk-U4KXGS5A.js";

// src/content/files.ts
import { isUtf8 } from "node:buffer";
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync as realpathSync2,
  statSync
} from "node:fs";
import path2 from "node:path";

// src/fs/links.ts
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
function isInside(folder, file) {
  const relative = path.relative(folder, file);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
function realPathOr(file) {
  return realPathIfAny(file) ?? file;
}
function realPathIfAny(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}
function isSymbolicLink(file) {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
function linkTargetName(link, where) {
  if (where && isInside(where.cwdReal, where.real)) {
    return path.relative(where.cwdReal, where.real).split(path.sep).join("/") || ".";
  }
  try {
    return readlinkSync(link);
  } catch {
    return "?";
  }
}

// src/content/files.ts
var START = { line: 1, column: 1 };
var LOOKALIKE_ENDINGS = [".md.txt", ".markdown", ".md"];
var READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var REGULAR_READ_FLAGS = READ_FLAGS | (constants.O_NOFOLLOW ?? 0);
async function findEntryFiles(contentDir) {
  return scanContentFolder(contentDir, process.cwd()).sources;
}
function scanContentFolder(contentDir, cwd) {
  const scan = new Scan(contentDir, cwd);
  scan.folder(contentDir, "", void 0);
  return {
    sources: scan.sources.sort(compareStrings),
    diagnostics: scan.diagnostics,
    irregular: scan.irregular
  };
}
var Scan = class {
  sources = [];
  irregular = /* @__PURE__ */ new Set();
  diagnostics = [];
  #contentReal;
  #cwdReal;
  /** The content folder's display path and a `/`, or nothing when it is the working directory. */
  #prefix;
  constructor(contentDir, cwd) {
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
  folder(folder, rel, hidden) {
    let dirents;
    try {
      dirents = listFolder(folder);
    } catch (error) {
      if (hidden === void 0) this.#unreadableFolder(rel, error);
      return;
    }
    for (const dirent of dirents) {
      const bytes = dirent.name;
      const utf8 = typeof folder === "string" && (typeof bytes === "string" || isUtf8(bytes));
      const name = bytes.toString();
      const child = utf8 ? `${folder}${path2.sep}${name}` : Buffer.concat([Buffer.from(folder), Buffer.from(path2.sep), Buffer.from(bytes)]);
      this.#item(dirent, child, name, `${rel}${name}`, utf8, hidden);
    }
  }
  #item(dirent, absolute, name, rel, utf8, hidden) {
    if (dirent.isDirectory()) {
      if (name === ".git") return;
      const inHidden = hidden ?? (name.startsWith(".") ? this.#display(rel) : void 0);
      this.folder(absolute, `${rel}/`, inHidden);
      return;
    }
    const kind = nameKind(name);
    if (hidden !== void 0) {
      if (kind === "entry" && dirent.isFile()) {
        this.#report(
          "file-ignored",
          rel,
          `this file is in the hidden folder \`${hidden}\`, and faqops does not read hidden folders: move it out of that folder if it is an entry, or start its name with \`_\` to keep it out without this warning`
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
    else if (kind === "entry") {
      this.sources.push(rel);
      if (!dirent.isFile()) this.irregular.add(rel);
    }
  }
  /** A symbolic link in the content folder (not in a hidden one). */
  #link(absolute, name, rel, kind, utf8) {
    if (typeof absolute !== "string" || !utf8) {
      if (kind === "entry") this.#nameNotUtf8(rel);
      return;
    }
    let target;
    try {
      target = statSync(absolute);
    } catch {
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
      let real;
      try {
        real = realpathSync2(absolute);
      } catch {
        this.sources.push(rel);
        return;
      }
      if (!isInside(this.#contentReal, real)) {
        this.#report(
          "file-symlink-outside",
          rel,
          `this file is a symbolic link to \`${linkTargetName(absolute, { real, cwdReal: this.#cwdReal })}\`, outside the content folder, so it is not read: faqops reads only files inside the content folder; copy the file into it instead of linking to it, or remove the link`
        );
        return;
      }
    }
    this.sources.push(rel);
  }
  /** A symbolic link to a folder: never followed, always said. */
  #folderLink(absolute, rel) {
    const real = realPathOr(absolute);
    const target = linkTargetName(absolute, { real, cwdReal: this.#cwdReal });
    if (!isInside(this.#contentReal, real)) {
      this.#report(
        "file-symlink-outside",
        rel,
        `this is a symbolic link to the folder \`${target}\`, outside the content folder, so it is not read: faqops reads only files inside the content folder; move the entries into it instead of linking to them, or remove the link`
      );
      return;
    }
    const here = path2.join(this.#contentReal, ...rel.split("/").slice(0, -1));
    const loop = isInside(real, here);
    this.#report(
      "file-symlink-folder",
      rel,
      loop ? `this is a symbolic link to the folder \`${target}\`, which contains it: following it would loop, so faqops does not; remove the link` : `this is a symbolic link to the folder \`${target}\`, which faqops does not follow: a link to a folder would read entries a second time, or loop; remove the link, or, to have an entry in two skills, link its file instead`
    );
  }
  #lookalike(name, rel) {
    this.#report(
      "file-ignored",
      rel,
      `\`${name}\` is not read: only names ending in \`.md\` (lower case) are entries; rename it to \`${entryName(name)}\` if it is one, or start its name with \`_\` to keep it out without this warning`
    );
  }
  #nameNotUtf8(rel) {
    this.#report(
      "file-unreadable",
      rel,
      "this path is not valid UTF-8 (shown here with U+FFFD), so it cannot be an entry: rename the file (or the folder) in UTF-8"
    );
  }
  #unreadableFolder(rel, error) {
    const code = error.code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOENT" ? "it went away while faqops was reading the content" : code ?? "an unexpected error";
    this.#report(
      "file-unreadable",
      rel,
      `this folder cannot be read (${why}), so the entries in it are missing: make it readable (chmod a+rx), or remove it`
    );
  }
  #report(ruleId, rel, message) {
    this.diagnostics.push(diagnostic(ruleId, this.#display(rel), START, message));
  }
  /** A path under the content folder as diagnostics show it (relative to the working directory). */
  #display(rel) {
    const trimmed = rel.endsWith("/") ? rel.slice(0, -1) : rel;
    if (trimmed === "") return this.#prefix === "" ? "." : this.#prefix.slice(0, -1);
    return `${this.#prefix}${trimmed}`;
  }
};
function listFolder(folder) {
  if (typeof folder === "string") {
    const dirents = readdirSync(folder, { withFileTypes: true });
    if (!dirents.some((d) => d.name.includes("\uFFFD"))) return dirents;
  }
  return readdirSync(folder, { withFileTypes: true, encoding: "buffer" });
}
function nameKind(name) {
  if (name.startsWith("_") || name.startsWith(".")) return "skipped";
  const lower = name.toLowerCase();
  if (name.endsWith(".md")) return lower === "readme.md" ? "skipped" : "entry";
  if (!LOOKALIKE_ENDINGS.some((ending) => lower.endsWith(ending))) return "other";
  return lower.startsWith("readme.") ? "skipped" : "lookalike";
}
function entryName(name) {
  const lower = name.toLowerCase();
  const ending = LOOKALIKE_ENDINGS.find((e) => lower.endsWith(e)) ?? "";
  return `${name.slice(0, name.length - ending.length)}.md`;
}
function readEntryFile(absolute, file) {
  let fd;
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
          `this is ${whatItIs(info)}, not a file: replace it with a Markdown file, or remove it`
        )
      };
    }
    return { bytes: readWhole(fd, info.size) };
  } catch (error) {
    return { problem: unreadable(file, absolute, error) };
  } finally {
    closeSync(fd);
  }
}
function readRegularEntryFile(absolute, file, stamp) {
  let fd;
  try {
    fd = openSync(absolute, REGULAR_READ_FLAGS);
  } catch (error) {
    return {
      problem: isLoop(error) ? diagnostic(
        "file-unreadable",
        file,
        START,
        "this file was replaced by a symbolic link while faqops was reading the content: run faqops again"
      ) : unreadable(file, absolute, error)
    };
  }
  try {
    if (!stamp) return { bytes: readFileSync(fd) };
    const info = fstatSync(fd);
    if (!info.isFile()) return { bytes: readFileSync(fd) };
    const bytes = readWhole(fd, info.size);
    if (info.size === 0 || bytes.length !== info.size) return { bytes };
    return { bytes, stamp: [info.size, info.mtimeMs, info.ctimeMs, info.ino] };
  } catch (error) {
    return { problem: unreadable(file, absolute, error) };
  } finally {
    closeSync(fd);
  }
}
var READ_ALL_MAX = 2 ** 31 - 1;
function readWhole(fd, size) {
  return size > 0 && size <= READ_ALL_MAX ? readAll(fd, size) : readFileSync(fd);
}
function readAll(fd, size) {
  const bytes = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, bytes, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? bytes : bytes.subarray(0, length);
}
function unreadable(file, absolute, error) {
  const code = error.code;
  let message;
  if (code === "EACCES" || code === "EPERM") {
    message = "this file cannot be read (permission denied): make it readable (chmod a+r), or remove it";
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
function isLoop(error) {
  return error.code === "ELOOP";
}
function whatItIs(info) {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

export {
  isInside,
  realPathOr,
  realPathIfAny,
  isSymbolicLink,
  linkTargetName,
  findEntryFiles,
  scanContentFolder,
  readEntryFile,
  readRegularEntryFile
};
