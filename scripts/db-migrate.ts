// `npm run db:migrate`: applies pending migrations in prisma/migrations to DATABASE_URL,
// recording them in _prisma_migrations as `prisma migrate deploy` would (DESIGN.md §4).
import { MigrationError, migrateDatabase } from "@/lib/db/migrate";

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "DATABASE_URL is not set. Point it at the database to migrate (npm run db:server prints one).",
    );
    return 1;
  }
  try {
    const { applied, alreadyApplied } = await migrateDatabase(databaseUrl, {
      log: (line) => console.log(line),
    });
    if (applied.length === 0)
      console.log(`Nothing to apply (${alreadyApplied} migration(s) already applied).`);
    else console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
    return 0;
  } catch (error) {
    // A MigrationError is a message for a person; a stack trace would only bury it.
    if (error instanceof MigrationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
