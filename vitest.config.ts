import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Integration tests start real HTTP servers and child processes; 2-core CI machines need room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
