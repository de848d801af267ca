// Pinned before anything reads the clock: a non-UTC zone (with DST history) makes date bugs
// that UTC would hide show up in tests (STYLE.md "Tests").
process.env.TZ = "America/Sao_Paulo";

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The `@/` alias of tsconfig.json (Vite 8 reads it natively; vite-tsconfig-paths is no longer needed).
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; tests run lib/ code directly.
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    env: { TZ: "America/Sao_Paulo", NODE_ENV: "test" },
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/env.ts"],
    // Starting and migrating databases takes longer than the 5 s default on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
