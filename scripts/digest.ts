// `npm run digest [-- --frequency daily|weekly]`: writes the digests that are due now to the
// outbox, the same work the daily job does, without waiting for its schedule (for operators,
// tests and after an outage). Digests only list articles published since each address's last
// one, so running it again sends nothing new. The app's workers deliver the messages (or keep
// them in the outbox at /editor/outbox when SMTP_URL is unset).
import { parseArgs } from "node:util";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      frequency: { type: "string", default: "daily" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log("Usage: npm run digest -- [--frequency daily|weekly]");
    console.log("  --frequency  which digests to write now (default daily)");
    return;
  }
  const frequency = values.frequency.toUpperCase();
  if (frequency !== "DAILY" && frequency !== "WEEKLY") {
    throw new Error(`--frequency must be daily or weekly, got "${values.frequency}"`);
  }
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set. Point it at the site's database, for example:");
    console.error("  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zonepress npm run digest");
    process.exitCode = 1;
    return;
  }

  // Imported here so --help and a missing DATABASE_URL need no database client.
  const { runDigest } = await import("@/lib/digest/run");
  const { db } = await import("@/lib/db/client");
  try {
    const result = await runDigest(frequency, new Date());
    console.log(
      `${values.frequency} digests: ${result.sent} written (${result.articles} articles) ` +
        `for ${result.recipients} addresses, ${result.failed} failed`,
    );
    if (result.failed > 0) process.exitCode = 2;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
