import { createScratchDatabase, type ScratchDatabase } from "@/tests/helpers/database";

/**
 * Points this test file's app code at a database of its own. Delivery takes every message that
 * is due and pg-boss every job of a queue, so in the run's shared database these tests would
 * send (or delete) what other test files enqueue. Call from vi.hoisted, before lib/db loads.
 */
export async function useOwnDatabase(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase();
  process.env.DATABASE_URL = database.url;
  return database;
}
