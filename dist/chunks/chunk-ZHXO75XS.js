import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/content/text-compare.ts
function alike(text) {
  return alikeCommon(text) ?? alikeFull(text);
}
function alikeFull(text) {
  return text.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC").trim();
}
function alikeCommon(text) {
  let folds = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) folds = true;
    } else if (c >= 65281 && c <= 65374) {
      folds = true;
    } else if (c === 12288) {
      folds = true;
    } else if (c < 19968 || c > 40959) {
      return void 0;
    }
  }
  if (!folds) return text.trim();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 65281 && c <= 65374 ? String.fromCharCode(c - 65248) : c === 12288 ? " " : text[i];
  }
  return out.toLowerCase().trim();
}
function askKey(text) {
  return askKeyOfAlike(alike(text));
}
function askKeyOfAlike(alikeText) {
  return withoutFinalPunctuation(alikeText);
}
var PUNCTUATION_OR_SPACE = /^[\p{P}\s]$/u;
function withoutFinalPunctuation(text) {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 56320 && low <= 57343 && end >= 2 && (text.charCodeAt(end - 2) & 64512) === 55296 ? 2 : 1;
    if (!PUNCTUATION_OR_SPACE.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return end === text.length ? text : text.slice(0, end);
}
function cleanText(text) {
  return text.normalize("NFC").trim();
}
function characterCount(text) {
  return [...text].length;
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= (lower.length >= 4 ? 2 : 1) ? best : void 0;
}
function editDistance(a, b) {
  const d = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2][j - 2] + 1);
      }
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

export {
  alike,
  askKey,
  askKeyOfAlike,
  cleanText,
  characterCount,
  closest
};
