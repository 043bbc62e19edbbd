/**
 * The platform emulator's stable import path: the emulator itself is in ./emulator/ (index.ts
 * composes the bot, the request checks, faults, storage, the server and the status page).
 */
export * from "./emulator/index.js";
