import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, sql, type ScratchDatabase } from "@/tests/helpers/database";
import type { PrismaSchema } from "@/tests/helpers/prisma-schema";
import { findSchemaDrift, loadPrismaSchema } from "@/tests/helpers/schema-drift";

// DESIGN.md §4: migrations are hand-written SQL, so this is what keeps them equal to
// schema.prisma. A failure lists every difference between the two.

let schema: PrismaSchema;
beforeAll(async () => {
  schema = await loadPrismaSchema();
});

describe("migrated database vs prisma/schema.prisma", () => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await createScratchDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("has every model, field, enum, key, index and relation of the schema, and nothing else", async () => {
    const drift = await findSchemaDrift(database.url, schema);
    expect(drift, `The migrations disagree with schema.prisma:\n${drift.join("\n")}`).toEqual([]);
  });
});

describe("the drift check", () => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await createScratchDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("reports a column missing from the SQL, and only that", async () => {
    await sql(database.url, `ALTER TABLE "Article" DROP COLUMN "viewCount"`);
    // Dropping the column also drops the CHECK that mentions it; nothing Prisma models.
    expect(await findSchemaDrift(database.url, schema)).toEqual([
      "Article.viewCount: missing column (expected integer NOT NULL)",
    ]);
  });

  it("reports every kind of difference at once", async () => {
    await sql(
      database.url,
      `ALTER TABLE "Article" ALTER COLUMN "title" DROP NOT NULL;
       ALTER TABLE "User" ALTER COLUMN "tokenVersion" TYPE bigint;
       ALTER TABLE "User" ALTER COLUMN "isCore" SET DEFAULT true;
       ALTER TABLE "Tag" ADD COLUMN "color" text;
       CREATE TABLE "Stray" ("id" integer);
       DROP INDEX "Article_status_submittedAt_idx";
       DROP INDEX "Video_publishedAt_idx";
       CREATE INDEX "Video_publishedAt_asc" ON "Video" ("publishedAt");
       DROP INDEX "User_email_key";
       ALTER TABLE "Article" DROP CONSTRAINT "Article_authorId_fkey";
       ALTER TABLE "Zone" DROP CONSTRAINT "Zone_categoryId_fkey";
       ALTER TABLE "Zone" ADD CONSTRAINT "Zone_categoryId_fkey" FOREIGN KEY ("categoryId")
         REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;
       ALTER TYPE "Role" ADD VALUE 'OWNER';
       ALTER TABLE "ArticleTag" DROP CONSTRAINT "ArticleTag_pkey";
       ALTER TABLE "ArticleTag" ADD PRIMARY KEY ("tagId", "articleId");`,
    );
    expect((await findSchemaDrift(database.url, schema)).sort()).toEqual(
      [
        "Article.viewCount: missing column (expected integer NOT NULL)",
        "Article.title: nullable, expected NOT NULL",
        "User.tokenVersion: type is bigint, expected integer",
        "User.isCore: default is true, expected false",
        "Tag.color: column is not in schema.prisma",
        "Stray: table is not in schema.prisma",
        "Article: missing index on (status, submittedAt)",
        "Video: missing index on (publishedAt DESC)",
        'Video: index "Video_publishedAt_asc" on (publishedAt) is not in schema.prisma',
        "User: missing unique index on (email)",
        "Article: missing foreign key (authorId) → User(id)",
        "Zone: foreign key (categoryId) → Category(id) is ON DELETE CASCADE ON UPDATE CASCADE, expected ON DELETE RESTRICT ON UPDATE CASCADE",
        "enum Role: values are [MEMBER, EDITOR, ADMIN, OWNER], expected [MEMBER, EDITOR, ADMIN]",
        "ArticleTag: primary key is (tagId, articleId), expected (articleId, tagId)",
      ].sort(),
    );
  });
});
