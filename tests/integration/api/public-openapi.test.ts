import { compileErrors, validate } from "@readme/openapi-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import { describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { ENDPOINTS } from "@/lib/api/public/endpoints";

// /api/v1/openapi.json: generated from the zod schemas, valid OpenAPI 3.1, and describing every
// route under app/api/v1 (the public ones and the authoring ones).

async function document(): Promise<OpenAPIV3_1.Document> {
  const response = openApiRoute();
  expect(response.status).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return (await response.json()) as OpenAPIV3_1.Document;
}

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("describes every public endpoint and the authoring API", async () => {
    const doc = await document();
    const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      (["get", "put", "post"] as const).flatMap((method) =>
        item?.[method] ? [`${method.toUpperCase()} ${path}`] : [],
      ),
    );
    expect(operations.sort()).toEqual(
      [
        "GET /api/v1/categories",
        "GET /api/v1/categories/{slug}",
        "GET /api/v1/zones/{slug}",
        "GET /api/v1/articles",
        "GET /api/v1/articles/{slug}",
        "GET /api/v1/resources",
        "GET /api/v1/resources/{slug}",
        "GET /api/v1/events",
        "GET /api/v1/events/{slug}",
        "GET /api/v1/videos",
        "GET /api/v1/videos/{slug}",
        "GET /api/v1/authors",
        "GET /api/v1/authors/{username}",
        "GET /api/v1/zones",
        "POST /api/v1/drafts",
        "GET /api/v1/drafts/{id}",
        "PUT /api/v1/drafts/{id}",
        "POST /api/v1/drafts/{id}/submit",
      ].sort(),
    );
    const ids = Object.values(doc.paths ?? {}).flatMap((item) => [item?.get?.operationId]);
    for (const name of Object.keys(ENDPOINTS)) expect(ids).toContain(name);
  });

  it("documents the envelope, the article fields and the authoring security", async () => {
    const doc = await document();
    const schemas = doc.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["ArticleList", "ArticleDetail", "Problem", "Draft"]),
    );
    expect((schemas.ArticleList as OpenAPIV3_1.SchemaObject).required).toEqual(["data", "next"]);
    expect(Object.keys((schemas.Article as OpenAPIV3_1.SchemaObject).properties ?? {})).toContain(
      "publishedAt",
    );
    expect(doc.paths?.["/api/v1/drafts"]?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths?.["/api/v1/articles"]?.get?.security).toEqual([]);
  });
});
