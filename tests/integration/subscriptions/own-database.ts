import { createScratchDatabase } from "@/tests/helpers/database";

/**
 * Points this test file at a database of its own, before anything imports lib/db. Outbox
 * delivery claims every due message in its database, so files delivering in parallel on the
 * run's shared database would take each other's mail. Call it from `vi.hoisted`.
 */
export async function useOwnDatabase(): Promise<void> {
  const scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
}
