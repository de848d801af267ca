import { afterAll, inject } from "vitest";

// Runs before each test file: lib/db/client.ts reads DATABASE_URL when first imported, so
// this points it at the run's database before any test imports it.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  // lib/db/client.ts keeps its client on globalThis outside production; an open pool keeps
  // the worker alive and holds connections the teardown's DROP … WITH (FORCE) would cut.
  const holder = globalThis as { zonepressPrisma?: { $disconnect(): Promise<void> } };
  const client = holder.zonepressPrisma;
  delete holder.zonepressPrisma;
  await client?.$disconnect();
});
