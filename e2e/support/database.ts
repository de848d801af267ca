import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

// The e2e server's own database (scripts/e2e-server.ts writes its URL when it creates it), for
// specs that must find or check rows no page shows — a draft's slug, a stored hash.

function databaseUrl(): string {
  const port = process.env.E2E_PORT ?? "3107";
  const file = join(process.cwd(), "test-results", `e2e-server-${port}.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { databaseUrl: string }).databaseUrl;
}

export async function query<Row extends pg.QueryResultRow>(
  text: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}
