// Whether a database already has content, and wiping our tables for `--reset`.
import pg from "pg";
import type { ClientBase } from "pg";

/** Every table of prisma/schema.prisma. Library-owned tables and _prisma_migrations are not ours. */
export const CONTENT_TABLES = [
  "User",
  "Account",
  "ApiToken",
  "Category",
  "Zone",
  "Tag",
  "Article",
  "ArticleTag",
  "ArticleEvent",
  "ArticleRevision",
  "ArticleLike",
  "ArticleDailyView",
  "Resource",
  "ResourceAuthor",
  "ResourceZone",
  "Feature",
  "Event",
  "Video",
  "Subscription",
  "DigestDelivery",
  "EmailMessage",
  "Page",
  "Redirect",
  "AuditLog",
  "Setting",
  "Upload",
] as const;

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super(
      "The database already has members or articles; not seeding it again (use --reset to wipe it first).",
    );
    this.name = "DatabaseNotEmptyError";
  }
}

function explainMissingSchema(error: unknown): never {
  if (error instanceof Error && "code" in error && error.code === "42P01") {
    throw new Error("The database has no Zonepress tables yet: run `npm run db:migrate` first.", {
      cause: error,
    });
  }
  throw error;
}

export async function hasContent(client: ClientBase): Promise<boolean> {
  try {
    const result = await client.query<{ used: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "User") OR EXISTS (SELECT 1 FROM "Article") AS used`,
    );
    return result.rows[0]?.used ?? false;
  } catch (error) {
    explainMissingSchema(error);
  }
}

/** True when there are no users and no articles (a fresh, migrated database). */
export async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return !(await hasContent(client));
  } finally {
    await client.end();
  }
}

/** Empties our tables and restarts their id sequences; runs inside the caller's transaction. */
export async function truncateContent(client: ClientBase): Promise<void> {
  const existing = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname = ANY($1::text[])`,
    [CONTENT_TABLES],
  );
  if (existing.rows.length === 0) return;
  const names = existing.rows.map((row) => `"${row.name}"`).join(", ");
  await client.query(`TRUNCATE ${names} RESTART IDENTITY CASCADE`);
}
