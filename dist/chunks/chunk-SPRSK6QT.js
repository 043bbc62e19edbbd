import { createRequire as __faqopsCreateRequire } from 'node:module';
const require = __faqopsCreateRequire(import.meta.url);

// src/platform/emulator/credentials.ts
var DEFAULT_EMULATOR_CREDENTIALS = Object.freeze({
  appId: "wxfaqopsemulator",
  token: "faqopsEmulatorToken",
  encodingAesKey: "ZmFxb3BzLWVtdWxhdG9yLWtleS0wMTIzNDU2Nzg5YWI",
  managerId: "emulator-admin"
});

export {
  DEFAULT_EMULATOR_CREDENTIALS
};
