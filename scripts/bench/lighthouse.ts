/**
 * `npm run bench:lighthouse [-- --origin http://127.0.0.1:3471 | --articles 10000]`
 *
 * Lighthouse 12 (mobile preset: emulated phone, simulated slow 4G and 4× CPU slowdown) on the
 * home page, a category page and an article page of a production server, in the system
 * Chromium. Prints and writes the four category scores, the article page's JavaScript
 * (transferred, i.e. gzipped, from the LHR's network requests), CLS and unsized images,
 * checked against the front-end budgets of issue 9; exits 1 when one is missed. The full
 * reports go to .data/bench/lighthouse-<page>.html for reading.
 *
 * With --origin it audits that running server; otherwise it starts the page benchmark's
 * server for --articles (reusing its database and build when they exist).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { generateReport } from "lighthouse";
import { CHROMIUM_ARGS } from "../lib/chromium";
import { startBenchApp } from "./bench-app";
import { judgePage, renderLighthouse, summarise, type PageAudit } from "./lighthouse-report";
import { LOG_DIR, stopAll } from "./servers";

const root = new URL("../..", import.meta.url).pathname;
const log = (line: string) => console.log(`[lighthouse] ${line}`);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

/** A home-page link matching `pattern`, so the pages audited are ones a reader reaches. */
async function linkFrom(origin: string, pattern: RegExp, what: string): Promise<string> {
  const html = await (await fetch(`${origin}/`)).text();
  const match = pattern.exec(html);
  if (!match?.[1]) throw new Error(`the home page at ${origin} links to no ${what}`);
  return match[1];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { origin: { type: "string" }, articles: { type: "string", default: "10000" } },
  });
  let origin = values.origin?.replace(/\/+$/, "");
  if (!origin) {
    const size = Number(values.articles);
    if (!Number.isInteger(size) || size < 100)
      throw new Error(`--articles: "${values.articles}" is not a size ≥ 100`);
    process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
    const app = await startBenchApp({
      size,
      port: Number(process.env.BENCH_PORT ?? 3471),
      skipBuild: true,
      keepDatabase: true,
      log,
    });
    origin = app.origin;
  }
  const pages = [
    { name: "home", path: "/" },
    { name: "category", path: await linkFrom(origin, /href="(\/categories\/[a-z0-9-]+)"/, "category") },
    { name: "article", path: await linkFrom(origin, /href="(\/articles\/(?!page\/)[a-z0-9-]+)"/, "article") },
  ];

  const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const audits: PageAudit[] = [];
  try {
    mkdirSync(LOG_DIR, { recursive: true });
    for (const page of pages) {
      log(`auditing ${page.path}…`);
      const result = await lighthouse(origin + page.path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (result.lhr.runtimeError) throw new Error(`${page.path}: ${result.lhr.runtimeError.message}`);
      writeFileSync(join(LOG_DIR, `lighthouse-${page.name}.html`), generateReport(result.lhr, "html"));
      audits.push(judgePage(page.name, page.path, summarise(result.lhr)));
    }
  } finally {
    chrome.kill();
  }

  const started = new Date();
  const markdown = renderLighthouse(started.toISOString(), origin, audits);
  const stem = join(
    root,
    "bench",
    "results",
    `${started
      .toISOString()
      .replace(/:/g, "-")
      .replace(/\.\d+Z$/, "Z")}-lighthouse`,
  );
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(
    `${stem}.json`,
    `${JSON.stringify({ date: started.toISOString(), origin, pages: audits }, null, 2)}\n`,
  );
  writeFileSync(`${stem}.md`, markdown);
  console.log(`\n${markdown}`);
  log(`written ${stem}.json and .md; full reports in ${LOG_DIR}`);
  return audits.every((audit) => audit.checks.every((check) => check.ok)) ? 0 : 1;
}

main().then(
  async (code) => {
    await stopAll();
    process.exit(code);
  },
  async (error: unknown) => {
    console.error(`[lighthouse] ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
