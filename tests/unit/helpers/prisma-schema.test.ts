import { describe, expect, it } from "vitest";
import { argument, parsePrismaSchema } from "@/tests/helpers/prisma-schema";
import { loadPrismaSchema } from "@/tests/helpers/schema-drift";

// The schema-drift test is only as good as this parser: a field it silently skipped would
// be a column nobody checks.

const SAMPLE = `
// a comment with "quotes" and { braces }
generator client {
  provider = "prisma-client" // trailing
}

datasource db {
  provider = "postgresql"
}

/// doc comment
enum Color {
  RED
  GREEN @map("green")
  @@map("colour")
}

model Post {
  id       Int      @id @default(autoincrement())
  url      String   @default("https://example.test/a//b") @map("post_url")
  color    Color    @default(RED)
  day      DateTime @db.Date
  tags     String[]
  search   Unsupported("tsvector")?
  authorId Int?
  author   User?    @relation(fields: [authorId], references: [id], onDelete: SetNull)

  @@unique([url, day])
  @@index([color, day(sort: Desc)])
  @@index([search], type: Gin)
  @@map("posts")
}

model User {
  id    Int    @id
  posts Post[]
}
`;

describe("parsePrismaSchema", () => {
  const schema = parsePrismaSchema(SAMPLE);
  const post = schema.models.find((m) => m.name === "Post");
  const field = (name: string) => post?.fields.find((f) => f.name === name);

  it("reads models and enums with their mapped names, skipping settings blocks", () => {
    expect(schema.models.map((m) => [m.name, m.tableName])).toEqual([
      ["Post", "posts"],
      ["User", "User"],
    ]);
    expect(schema.enums).toEqual([
      {
        name: "Color",
        dbName: "colour",
        values: [
          { name: "RED", dbName: "RED" },
          { name: "GREEN", dbName: "green" },
        ],
      },
    ]);
  });

  it("reads field types, modifiers and kinds", () => {
    const summary = post?.fields.map(
      (f) => `${f.name}:${f.type}${f.optional ? "?" : ""}${f.list ? "[]" : ""}:${f.kind}`,
    );
    expect(summary).toEqual([
      "id:Int:scalar",
      "url:String:scalar",
      "color:Color:enum",
      "day:DateTime:scalar",
      "tags:String[]:scalar",
      "search:Unsupported?:unsupported",
      "authorId:Int?:scalar",
      "author:User?:relation",
    ]);
    expect(field("search")?.unsupportedType).toBe("tsvector");
    expect(field("url")?.columnName).toBe("post_url");
  });

  it("keeps strings containing // intact and parses attribute arguments", () => {
    expect(
      argument(
        field("url")?.attributes.find((a) => a.name === "default"),
        "value",
        0,
      ),
    ).toEqual({
      kind: "string",
      value: "https://example.test/a//b",
    });
    expect(field("id")?.attributes).toEqual([
      { name: "id", args: [] },
      { name: "default", args: [{ value: { kind: "ident", name: "autoincrement", args: [] } }] },
    ]);
    expect(field("day")?.attributes).toEqual([{ name: "db.Date", args: [] }]);
    const relation = field("author")?.attributes[0];
    expect(argument(relation, "fields")).toEqual({
      kind: "array",
      items: [{ kind: "ident", name: "authorId" }],
    });
    expect(argument(relation, "onDelete")).toEqual({ kind: "ident", name: "SetNull" });
  });

  it("reads block attributes with sort and type arguments", () => {
    const index = post?.blockAttributes.filter((a) => a.name === "index") ?? [];
    expect(argument(index[0], "fields", 0)).toEqual({
      kind: "array",
      items: [
        { kind: "ident", name: "color" },
        { kind: "ident", name: "day", args: [{ name: "sort", value: { kind: "ident", name: "Desc" } }] },
      ],
    });
    expect(argument(index[1], "type")).toEqual({ kind: "ident", name: "Gin" });
  });

  it("rejects what it does not understand, with the line number", () => {
    expect(() => parsePrismaSchema("model A {\n  id Int @id\n  oops = 1\n}\n")).toThrow(/schema\.prisma:3:/);
    expect(() => parsePrismaSchema("widget A {\n}\n")).toThrow(/unknown block "widget"/);
    expect(() => parsePrismaSchema('model A {\n  id String @default("x\n}\n')).toThrow(/unterminated string/);
  });

  it("parses the project's schema.prisma", async () => {
    const real = await loadPrismaSchema();
    const article = real.models.find((m) => m.name === "Article");
    expect(real.models.length).toBeGreaterThanOrEqual(20);
    expect(article?.fields.find((f) => f.name === "searchVector")).toMatchObject({
      kind: "unsupported",
      optional: true,
    });
    expect(article?.fields.find((f) => f.name === "author")).toMatchObject({
      kind: "relation",
      type: "User",
    });
    expect(article?.fields.find((f) => f.name === "status")).toMatchObject({
      kind: "enum",
      type: "ArticleStatus",
    });
  });
});
