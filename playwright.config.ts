import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS as chromiumArgs, systemChromium } from "./scripts/lib/chromium";

// A fixed port makes the run reproducible; 3107 stays clear of `npm start`/`npm run dev` (3000).
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Artifacts in a subfolder: Playwright empties outputDir at the start of a run, and CI keeps
  // the other JSON reports next to it in test-results/.
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Never retried: a flaky test is a bug to fix, not to hide.
  retries: 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          args: chromiumArgs,
          ...(systemChromium ? { executablePath: systemChromium } : {}),
        },
      },
    },
  ],
  webServer: {
    // The local binary, so a bare `playwright test` works without node_modules/.bin on PATH.
    command: "node_modules/.bin/tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    // Seeding plus a production build on a 2-core machine takes minutes.
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Without this Playwright SIGKILLs the server and the test database would be left behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
