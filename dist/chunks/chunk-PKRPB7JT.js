import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/plural.ts
function plural(count, one, many = `${one}s`) {
  return `${count} ${pluralWord(count, one, many)}`;
}
function pluralWord(count, one, many = `${one}s`) {
  return count === 1 ? one : many;
}

export {
  plural,
  pluralWord
};
