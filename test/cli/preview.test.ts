/**
 * `faqops preview` as a user runs it: the built CLI in a child process writes the page and
 * prints its path; content with errors writes nothing; `--changed` shows the plan's changes.
 */
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PageData } from "../../src/render/preview.js";
import { LOCKFILE_VERSION, serializeLockfile } from "../../src/sync/lockfile.js";
import { spawnCli } from "./spawn-cli.js";

const cli = path.join(inject("distDir"), "cli.js");
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "faqops-preview-cli-"));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}

function run(args: string[], cwd: string) {
  return spawnCli(cli, args, { cwd, env: { PATH: process.env.PATH } }).done;
}

function pageData(html: string): PageData {
  const match = /<script type="application\/json" id="faqops-data">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error("no data block in the page");
  return JSON.parse(match[1]!) as PageData;
}

const tree = {
  "content/账户/开户.md": "---\ntitle: 如何开户？\n---\n\n带身份证。:ask[查余额]\n",
  "content/账户/余额.md": "---\ntitle: 怎么查余额？\nquestions:\n  - 查余额\n---\n\n手机银行。\n",
};

describe("faqops preview", () => {
  it("writes .faqops-cache/preview/index.html by default and prints its path", async () => {
    const dir = path.join(tmp, "default");
    await writeTree(dir, tree);
    const result = await run(["preview", "--no-cache"], dir);
    expect(result).toMatchObject({ code: 0, stdout: ".faqops-cache/preview/index.html\n" });
    const data = pageData(await readFile(path.join(dir, result.stdout.trim()), "utf8"));
    expect(data.mode).toBe("entries");
    expect(data.groups.map((g) => g.items.length)).toEqual([2]);
  });

  it("draws the page's own words in the language of the run: --lang, else FAQOPS_LANG", async () => {
    const dir = path.join(tmp, "lang");
    await writeTree(dir, tree);
    const page = path.join(dir, ".faqops-cache/preview/index.html");
    expect(await run(["--lang", "zh-CN", "preview", "--no-cache"], dir)).toMatchObject({ code: 0 });
    const chinese = await readFile(page, "utf8");
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(chinese).toContain('placeholder="搜索标题、问题和答案"');
    expect(pageData(chinese)).toMatchObject({ heading: "FAQ 预览", ui: { reset: "重置对话" } });
    const env = { PATH: process.env.PATH, FAQOPS_LANG: "zh" };
    const fromEnv = await spawnCli(cli, ["preview", "--no-cache"], { cwd: dir, env }).done;
    expect(fromEnv.code).toBe(0);
    expect(await readFile(page, "utf8")).toBe(chinese);
    expect(await run(["preview", "--no-cache"], dir)).toMatchObject({ code: 0 });
    const english = await readFile(page, "utf8");
    expect(english).toContain('<html lang="en">');
    expect(pageData(english)).toMatchObject({ heading: "FAQ preview" });
    expect(pageData(english).answers).toEqual(pageData(chinese).answers);
  });

  it("prints an absolute path for a folder outside the working directory", async () => {
    const dir = path.join(tmp, "out");
    await writeTree(dir, tree);
    const out = path.join(tmp, "elsewhere", "page");
    const result = await run(["preview", "--no-cache", "--out", out], dir);
    expect(result).toMatchObject({ code: 0, stdout: `${path.join(out, "index.html")}\n` });
    await access(path.join(out, "index.html"));
  });

  it("writes nothing when the content has an error", async () => {
    const dir = path.join(tmp, "broken");
    await writeTree(dir, { ...tree, "content/账户/坏.md": "---\ntitle: 12\n---\n\n答\n" });
    const result = await run(["preview", "--no-cache"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("content/账户/坏.md:2:8: error key-type");
    expect(result.stderr).toContain("no preview was written");
    await expect(access(path.join(dir, ".faqops-cache/preview/index.html"))).rejects.toThrow();
  });

  it("--changed shows only the plan's changes, with the before not yet available", async () => {
    const dir = path.join(tmp, "changed");
    await writeTree(dir, {
      ...tree,
      "faqops.lock.json": serializeLockfile({
        version: LOCKFILE_VERSION,
        entries: [
          // 开户 changed since the last sync; 余额 is new; 旧 was deleted.
          {
            skill: "账户",
            title: "如何开户？",
            hash: "0".repeat(64),
            source: "账户/开户.md",
            status: "synced",
          },
          {
            skill: "账户",
            title: "旧",
            hash: "1".repeat(64),
            source: "账户/旧.md",
            status: "synced",
          },
        ],
      }),
    });
    const result = await run(["preview", "--no-cache", "--changed"], dir);
    expect(result).toMatchObject({ code: 0, stdout: ".faqops-cache/preview/index.html\n" });
    const data = pageData(await readFile(path.join(dir, result.stdout.trim()), "utf8"));
    expect(data.mode).toBe("changes");
    const items = data.groups.flatMap((g) => g.items);
    expect(items.map((i) => [i.kind, i.source])).toEqual([
      ["update", "账户/开户.md"],
      ["create", "账户/余额.md"],
      ["remove", "账户/旧.md"],
    ]);
    expect(items[0]!.sides[0]).toMatchObject({ empty: "Previous version not available" });
    expect(data.summary).toBe(
      "1 to create, 1 to update, 0 to rename, 1 on the bot but not in the content, 0 unchanged.",
    );
  });
});
