import { existsSync } from "node:fs";

// The browser for e2e tests and Lighthouse. Playwright cannot download its browsers on machines
// without internet (ENVIRONMENT.md), so the Debian Chromium is used when it is there (or
// CHROMIUM_PATH); undefined means Playwright's own browser.
export const systemChromium =
  process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** Without the networking flags Chromium floods a closed network with failing connections. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
