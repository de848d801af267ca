import { defineConfig } from "prisma/config";

// The connection URL is only used by Prisma CLI commands that talk to a database
// (migrate status/deploy where the engine is available). Our own runner
// (scripts/db-migrate.ts) reads DATABASE_URL directly.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/zonepress" },
});
