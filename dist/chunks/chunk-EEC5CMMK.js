import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/platform/identity.ts
function identityKey(entry) {
  return `${entry.skill}\0${entry.title}`;
}

export {
  identityKey
};
