// `npm run db:seed [-- --articles N] [--seed N] [--reset]`: fills DATABASE_URL with demo
// content. A database that already has members or articles is left alone (exit 0) unless
// --reset is given, which empties our tables first.
import { parseArgs } from "node:util";
import {
  DatabaseNotEmptyError,
  DEFAULT_ARTICLES,
  DEFAULT_SEED,
  DEMO_LOGINS,
  seedDatabase,
} from "@/prisma/seed/index";

function positiveInt(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`--${name} must be a whole number between 1 and ${max}, got "${raw}"`);
  }
  return value;
}

function printLogins(): void {
  console.log("\nDemo logins:");
  for (const login of DEMO_LOGINS)
    console.log(`  ${login.role.padEnd(6)}  ${login.email.padEnd(22)}  ${login.password}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      seed: { type: "string" },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log("Usage: npm run db:seed -- [--articles N] [--seed N] [--reset]");
    console.log(`  --articles N  published articles to generate (default ${DEFAULT_ARTICLES})`);
    console.log(
      `  --seed N      random seed; the same seed gives the same content (default ${DEFAULT_SEED})`,
    );
    console.log("  --reset       empty all Zonepress tables first (keeps the migration history)");
    return;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set. Point it at a migrated database, for example:");
    console.error("  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zonepress npm run db:seed");
    process.exitCode = 1;
    return;
  }
  const articles = positiveInt("articles", values.articles, DEFAULT_ARTICLES, 1_000_000);
  const seed = positiveInt("seed", values.seed, DEFAULT_SEED, 2 ** 32 - 1);

  try {
    const summary = await seedDatabase(databaseUrl, {
      articles,
      seed,
      reset: values.reset,
      progress: Boolean(process.stdout.isTTY),
      log: (line) => console.log(line),
    });
    console.log(
      `\nSeeded in ${(summary.ms / 1000).toFixed(1)} s: ${summary.users} users, ${summary.articles} articles ` +
        `(${summary.published} published), ${summary.resources} Refcards and Trend Reports, ` +
        `${summary.events} events, ${summary.videos} videos, ${summary.pages} pages.`,
    );
    printLogins();
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) {
      console.log(error.message);
      printLogins();
      return;
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
