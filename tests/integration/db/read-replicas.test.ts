import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { closeDatabasePools } from "@/lib/db/close";
import { createZone } from "../../factories/zones";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// Public reads on read replicas (DATABASE_REPLICA_URLS). The "replica" is a real second
// database restored from a pg_dump of the primary, taken after one zone was created and before
// a second: a replica that has not caught up yet. What each client sees shows where it reads.

const run = promisify(execFile);
let replica: ScratchDatabase;
let replicated: { slug: string };
let notYetReplicated: { slug: string };
let dump: string;

async function publicReads() {
  vi.resetModules();
  delete (globalThis as { zonepressReadDb?: unknown }).zonepressReadDb;
  vi.stubEnv("DATABASE_REPLICA_URLS", `${replica.url}, ${replica.url}`);
  return import("@/lib/db/zones");
}

beforeAll(async () => {
  replicated = await createZone();
  replica = await createScratchDatabase({ migrate: false });
  dump = `${process.env.TMPDIR ?? "/tmp"}/zonepress-replica-${replica.name}.dump`;
  await run("pg_dump", ["--format=custom", `--file=${dump}`, process.env.DATABASE_URL!]);
  await run("pg_restore", ["--no-owner", `--dbname=${replica.url}`, dump]);
  notYetReplicated = await createZone();
});

afterAll(async () => {
  // Every pool of this file's clients, the replicas' included (the setup's afterAll would only
  // close the primary's).
  await closeDatabasePools();
  delete (globalThis as { zonepressReadDb?: unknown }).zonepressReadDb;
  vi.unstubAllEnvs();
  await replica.drop();
  await rm(dump, { force: true });
});

describe("read replicas", () => {
  it("send public reads, model queries and raw SQL alike, to the replica", async () => {
    const zones = await publicReads();
    expect(await zones.getZoneBySlug(replicated.slug)).toMatchObject({ slug: replicated.slug });
    expect(await zones.getZoneBySlug(notYetReplicated.slug)).toBeNull();
    const directory = (await zones.listZoneDirectory()).flatMap((category) =>
      category.zones.map((z) => z.slug),
    );
    expect(directory).toContain(replicated.slug);
    expect(directory).not.toContain(notYetReplicated.slug);
  });

  it("keep writes and member reads on the primary, which sees its own writes", async () => {
    await publicReads();
    expect(await db.zone.findUnique({ where: { slug: notYetReplicated.slug } })).not.toBeNull();
    const rows = await db.$queryRaw<{ database: string }[]>`SELECT current_database() AS database`;
    expect(rows[0]?.database).not.toBe(replica.name);
  });

  it("are the primary when DATABASE_REPLICA_URLS is unset", async () => {
    vi.resetModules();
    delete (globalThis as { zonepressReadDb?: unknown }).zonepressReadDb;
    vi.stubEnv("DATABASE_REPLICA_URLS", "");
    const zones = await import("@/lib/db/zones");
    expect(await zones.getZoneBySlug(notYetReplicated.slug)).toMatchObject({ slug: notYetReplicated.slug });
  });
});
