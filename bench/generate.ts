/**
 * Synthetic content trees for the benchmark: a bank's FAQ at any size, deterministic for a
 * given size. Mixed lengths (half short, a third medium, the rest long), Chinese text, every
 * construct the compiler knows (lists, quotes, code, links, `:ask`, every card type, `---`
 * message breaks), about 40 entries a skill, some nested folders, skills from front matter,
 * ids and drafts. Every entry is valid, so `plan` can run on the tree.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seededRandom } from "../src/seeded-random.js";

const TOPICS = [
  "账户",
  "信用卡",
  "转账",
  "理财",
  "贷款",
  "网点",
  "手机银行",
  "外汇",
  "保险",
  "积分",
];
const PHRASES = [
  "请携带本人有效身份证件",
  "到任意营业网点办理",
  "登录手机银行后进入",
  "如有疑问请致电客服热线",
  "办理时间为工作日九点至十七点",
  "系统将在一个工作日内处理完毕",
  "具体以页面提示为准",
  "逾期将产生相应费用",
  "可以在我的账户中查询",
  "首次使用需要设置交易密码",
  "为保障资金安全",
  "额度会根据您的用卡情况调整",
  "请勿向他人透露验证码",
  "活动名额有限先到先得",
  "境外交易可能收取货币转换费",
  "本服务暂不支持企业客户",
];
const QUESTION_WORDS = ["怎么办理", "需要什么材料", "多久到账", "收费吗", "在哪里查询", "如何取消"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number, min: number, max: number): string {
  const parts: string[] = [];
  const target = min + Math.floor(random() * (max - min));
  let length = 0;
  while (length < target) {
    const phrase = pick(random, PHRASES);
    parts.push(phrase);
    length += phrase.length;
  }
  return `${parts.join("，")}。`;
}

/** The title of entry `i`: unique across the tree (the cross-entry rules require it). */
function titleOf(i: number): string {
  return `${TOPICS[i % TOPICS.length]}业务${i}${QUESTION_WORDS[i % QUESTION_WORDS.length]}？`;
}

function skillOf(i: number, skills: number): string {
  const k = Math.floor(i / 40) % skills;
  return `${TOPICS[k % TOPICS.length]}${k}`;
}

const hex = (random: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");

function card(random: () => number, i: number): string {
  const kind = random();
  if (kind < 0.5) {
    const count = 1 + Math.floor(random() * 3);
    return Array.from(
      { length: count },
      (_, j) =>
        `::news{title="优惠活动${i}-${j}" description="${sentence(random, 10, 30)}" url="https://bank.example.com/promo/${i}/${j}" picurl="https://bank.example.com/img/${i}-${j}.jpg"${j === 1 ? " type=mp" : ""}}`,
    ).join("\n");
  }
  if (kind < 0.75) return `::image{media_id="MEDIA_${i}_${hex(random, 6)}"}`;
  return `::miniprogram{title="业务办理${i}" appid="wx${hex(random, 16)}" pagepath="pages/item/index?id=${i}" thumb_media_id="THUMB_${i}"}`;
}

function block(random: () => number, i: number, n: number): string {
  const kind = random();
  if (kind < 0.45) return sentence(random, 20, 120);
  if (kind < 0.6) {
    const items = 2 + Math.floor(random() * 5);
    return Array.from({ length: items }, (_, j) =>
      j === 1 && random() < 0.3
        ? `- ${sentence(random, 6, 20)}\n  - ${sentence(random, 6, 20)}`
        : `- ${sentence(random, 6, 30)}`,
    ).join("\n");
  }
  if (kind < 0.7) {
    const items = 2 + Math.floor(random() * 4);
    return Array.from({ length: items }, (_, j) => `${j + 1}. ${sentence(random, 8, 30)}`).join(
      "\n",
    );
  }
  if (kind < 0.76) return `## ${pick(random, PHRASES)}\n\n${sentence(random, 20, 80)}`;
  if (kind < 0.82) return `> ${sentence(random, 10, 50)}`;
  if (kind < 0.86) return `\`\`\`\nE${1000 + (i % 9000)} 余额不足\nE2001 户名不符\n\`\`\``;
  if (kind < 0.93)
    return `详情见[**收费说明**](https://bank.example.com/fees/${i})，也可访问 <https://bank.example.com/help>。`;
  // Drafts are not synced, so an `:ask` at one would be a warning: aim past them.
  const aim = (j: number) => (j % 50 === 7 ? (j + 1) % n : j);
  const target = aim(Math.floor(random() * n));
  return `还可以:ask[了解更多]{q="${titleOf(target)}"}，或:ask[人工服务]{q="${titleOf(aim((target + 1) % n))}" id="menu_${i % 100}"}。`;
}

/** The Markdown of entry `i` of `n`, and where it goes under the content directory. */
export function entryFile(i: number, n: number): { file: string; text: string } {
  const random = seededRandom(i * 7919 + n);
  const skills = Math.max(1, Math.ceil(n / 40));
  const skill = skillOf(i, skills);
  const front = [`title: ${titleOf(i)}`];
  const questions = Math.floor(random() * 5);
  if (questions > 0) {
    front.push("questions:");
    for (let j = 0; j < questions; j++)
      front.push(`  - ${TOPICS[(i + j) % TOPICS.length]}相关问题${i}之${j}`);
  }
  if (i % 10 === 3) front.push(`id: entry/${i}`);
  if (i % 50 === 7) front.push("draft: true");
  // One entry in 25 names its skill in front matter rather than by its folder.
  const frontSkill = i % 25 === 11;
  if (frontSkill) front.push(`skill: 综合服务${i % 7}`);

  const size = random();
  const blocks =
    size < 0.5 ? 1 : size < 0.85 ? 2 + Math.floor(random() * 3) : 6 + Math.floor(random() * 8);
  const body: string[] = [];
  for (let b = 0; b < blocks; b++) {
    body.push(block(random, i, n));
    if (blocks > 3 && random() < 0.1) body.push("---");
  }
  if (random() < 0.3) body.push(card(random, i));
  const folder = frontSkill ? "综合" : i % 9 === 0 ? `${skill}/常见问题` : skill;
  return {
    file: `${folder}/问题${String(i).padStart(6, "0")}.md`,
    text: `---\n${front.join("\n")}\n---\n\n${body.join("\n\n")}\n`,
  };
}

/** Writes a tree of `n` entries under `contentDir` (plus a README, which is not an entry). */
export function generateTree(contentDir: string, n: number): void {
  const made = new Set<string>();
  for (let i = 0; i < n; i++) {
    const { file, text } = entryFile(i, n);
    const absolute = path.join(contentDir, file);
    const dir = path.dirname(absolute);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(absolute, text);
  }
  writeFileSync(path.join(contentDir, "README.md"), "# 常见问题\n\n由基准测试生成。\n");
}
