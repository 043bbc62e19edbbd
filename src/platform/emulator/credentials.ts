/**
 * The emulator's default credentials, apart from the emulator itself: `faqops emulate --help`
 * shows them, and declaring that command must not load the emulator (its HTTP server and
 * Node's whole HTTP stack), which every other command would then load at start-up.
 */
import type { Credentials } from "../types.js";

/**
 * Throwaway credentials the emulator accepts unless told otherwise. They are not secrets: they
 * are printed on start so another terminal can use them.
 */
export const DEFAULT_EMULATOR_CREDENTIALS: Credentials = Object.freeze({
  appId: "wxfaqopsemulator",
  token: "faqopsEmulatorToken",
  encodingAesKey: "ZmFxb3BzLWVtdWxhdG9yLWtleS0wMTIzNDU2Nzg5YWI",
  managerId: "emulator-admin",
});
