/**
 * Synthetic content trees for the benchmark: a bank's FAQ at any size, deterministic for a
 * given size. Mixed lengths (half short, a third medium, the rest long), Chinese text with
 * full-width letters, digits and punctuation mixed in, every construct the compiler knows
 * (lists — some long, some nested, a few three levels deep —, quotes, code, links, headings,
 * `---` message breaks), `:ask` links in most entries (to other entries' titles and similar questions, some
 * written full-width or without the final "？", and about one in sixteen to a question no entry
 * has: an `ask-target` warning), every card type with every attribute, about 40 entries a
 * skill, folders nested up to four deep, skills from front matter, ids and drafts. No entry has
 * an error, so `plan` can run on the tree; the missing `:ask` targets are warnings.
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
  // Full-width letters, digits, punctuation and a full-width space, as Chinese text has them.
  "ＡＴＭ机单日取现限额为２万元",
  "使用ＵＳＢ　Ｋｅｙ（网银盾）登录",
  "拨打客服热线９５５８８转人工服务",
  "ＶＩＰ客户可享受专属通道（限工作日）",
  "支持Ａｐｐｌｅ　Ｐａｙ和云闪付",
  "手续费按交易金额的０．５％收取",
  "“快捷支付”需先绑定银行卡",
  "详询《个人账户服务协议》第３条",
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

/**
 * The title of entry `i`: unique across the tree, also as the cross-entry rules compare
 * (NFKC): one in eleven has full-width digits, which NFKC reads as the ASCII ones.
 */
function titleOf(i: number): string {
  const number = i % 11 === 4 ? fullWidth(String(i)) : String(i);
  return `${TOPICS[i % TOPICS.length]}业务${number}${QUESTION_WORDS[i % QUESTION_WORDS.length]}？`;
}

/** The similar questions of entry `i` (0 to 4). */
function questionsOf(i: number, n: number): string[] {
  const count = seededRandom(i * 104_729 + n)() * 5;
  return Array.from(
    { length: Math.floor(count) },
    (_, j) => `${TOPICS[(i + j) % TOPICS.length]}相关问题${i}之${j}`,
  );
}

/** ASCII letters and digits as their full-width forms. */
function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function skillOf(i: number, skills: number): string {
  const k = Math.floor(i / 40) % skills;
  return `${TOPICS[k % TOPICS.length]}${k}`;
}

const hex = (random: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");

/** A card message of any type, with every optional attribute now and then. */
function card(random: () => number, i: number): string {
  const kind = random();
  if (kind < 0.45) {
    // One to eight articles: one news message (a news message holds at most 8).
    const count = 1 + Math.floor(random() * random() * 8);
    return Array.from({ length: count }, (_, j) => {
      const description = random() < 0.7 ? ` description="${sentence(random, 10, 30)}"` : "";
      const picurl = random() < 0.8 ? ` picurl="https://bank.example.com/img/${i}-${j}.jpg"` : "";
      const type = j % 3 === 1 ? " type=mp" : random() < 0.2 ? " type=h5" : "";
      const url =
        j % 3 === 1
          ? `https://mp.weixin.qq.com/s/${hex(random, 12)}`
          : `https://bank.example.com/promo/${i}/${j}`;
      return `::news{title="优惠活动${i}-${j}"${description} url="${url}"${picurl}${type}}`;
    }).join("\n");
  }
  if (kind < 0.7) {
    const url = random() < 0.5 ? ` url="https://bank.example.com/qr/${i}.png"` : "";
    return `::image{media_id="MEDIA_${i}_${hex(random, 6)}"${url}}`;
  }
  const thumbUrl = random() < 0.5 ? ` thumb_url="https://bank.example.com/thumb/${i}.jpg"` : "";
  return `::miniprogram{title="业务办理${i}" appid="wx${hex(random, 16)}" pagepath="pages/item/index?id=${i}" thumb_media_id="THUMB_${i}"${thumbUrl}}`;
}

/** A list item's text: a short sentence, now and then with emphasis or a link. */
function item(random: () => number, i: number, min: number, max: number): string {
  const roll = random();
  if (roll < 0.1) return `**${pick(random, PHRASES)}**：${sentence(random, min, max)}`;
  if (roll < 0.15) return `见[办理指南](https://bank.example.com/guide/${i})`;
  return sentence(random, min, max);
}

/**
 * A bulleted list: short or long (up to 30 items), items nested now and then, and one list in
 * twenty three levels deep (which the fast Markdown path leaves to remark).
 */
function bulletList(random: () => number, i: number): string {
  const roll = random();
  const items = roll < 0.7 ? 2 + Math.floor(random() * 5) : 10 + Math.floor(random() * 21);
  const deep = random() < 0.05 ? Math.floor(random() * items) : -1;
  const lines: string[] = [];
  for (let j = 0; j < items; j++) {
    lines.push(`- ${item(random, i, 6, roll < 0.7 ? 30 : 16)}`);
    if (j === deep || random() < 0.15) lines.push(`  - ${item(random, i, 6, 20)}`);
    if (j === deep) lines.push(`    - ${item(random, i, 6, 16)}`);
  }
  return lines.join("\n");
}

/**
 * `:ask` links: to another entry's title (the question as written, full-width, or without its
 * final "？") or similar question, with or without a label or an `id`, and one in sixteen to a
 * question no entry has (an `ask-target` warning). Drafts are not synced, so links aim past them.
 */
function asks(random: () => number, i: number, n: number): string {
  const aim = (j: number) => (j % 50 === 7 ? (j + 1) % n : j);
  const count = 1 + Math.floor(random() * 4);
  const links: string[] = [];
  for (let k = 0; k < count; k++) {
    const target = aim(Math.floor(random() * n));
    const roll = random();
    let question: string;
    if (roll < 0.0625) question = `${TOPICS[target % TOPICS.length]}没有的问题${i}之${k}`;
    else if (roll < 0.3) {
      const questions = questionsOf(target, n);
      question = questions.length > 0 ? pick(random, questions) : titleOf(target);
    } else if (roll < 0.4) question = fullWidth(titleOf(target));
    else if (roll < 0.5) question = titleOf(target).replace(/？$/, "");
    else question = titleOf(target);
    const form = random();
    if (form < 0.3) links.push(`:ask[${question}]`);
    else if (form < 0.8) links.push(`:ask[了解更多]{q="${question}"}`);
    else links.push(`:ask[人工服务]{q="${question}" id="menu_${(i + k) % 100}"}`);
  }
  return `${pick(random, ["你还可以问：", "相关问题：", "还可以"])}${links.join("、")}。`;
}

function block(random: () => number, i: number, n: number): string {
  const kind = random();
  if (kind < 0.38) return sentence(random, 20, 120);
  if (kind < 0.53) return bulletList(random, i);
  if (kind < 0.61) {
    const items = 2 + Math.floor(random() * (random() < 0.8 ? 4 : 16));
    return Array.from({ length: items }, (_, j) => `${j + 1}. ${item(random, i, 8, 30)}`).join(
      "\n",
    );
  }
  if (kind < 0.66) return `## ${pick(random, PHRASES)}\n\n${sentence(random, 20, 80)}`;
  if (kind < 0.71) return `> ${sentence(random, 10, 50)}`;
  if (kind < 0.74) return `\`\`\`\nE${1000 + (i % 9000)} 余额不足\nE2001 户名不符\n\`\`\``;
  if (kind < 0.8)
    return `详情见[**收费说明**](https://bank.example.com/fees/${i})，也可访问 <https://bank.example.com/help>。`;
  return asks(random, i, n);
}

/** The folder of entry `i`: its skill's, now and then one to three levels deeper. */
function folderOf(i: number, skill: string): string {
  if (i % 25 === 11) return "综合";
  if (i % 9 === 0) return `${skill}/常见问题`;
  if (i % 13 === 0) return `${skill}/常见问题/${2020 + (i % 5)}年`;
  if (i % 17 === 0) return `${skill}/专题/第${i % 4}期/附录`;
  return skill;
}

/** The Markdown of entry `i` of `n`, and where it goes under the content directory. */
export function entryFile(i: number, n: number): { file: string; text: string } {
  const random = seededRandom(i * 7919 + n);
  const skills = Math.max(1, Math.ceil(n / 40));
  const skill = skillOf(i, skills);
  const front = [`title: ${titleOf(i)}`];
  const questions = questionsOf(i, n);
  if (questions.length > 0) {
    front.push("questions:");
    for (const q of questions) front.push(`  - ${q}`);
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
    if (blocks > 3 && random() < 0.3) body.push("---");
  }
  // Most answers end with recommended questions; many carry a card, some two.
  if (random() < 0.55) body.push(asks(random, i, n));
  if (random() < 0.45) body.push(card(random, i));
  if (random() < 0.1) body.push("---", card(random, i));
  return {
    file: `${folderOf(i, skill)}/问题${String(i).padStart(6, "0")}.md`,
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
