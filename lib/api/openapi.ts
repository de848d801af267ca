import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import type { DraftView } from "@/lib/authoring/drafts";
import { env } from "@/lib/env";
import { draftInputSchema, versionSchema } from "@/lib/validation/drafts";
import { ENDPOINTS, type EndpointName } from "./public/endpoints";
import { PUBLIC_LIMITS } from "./public/rate-limit";
import { problemSchema } from "./public/schemas";

// The OpenAPI 3.1 document of /api/v1 (served at /api/v1/openapi.json), generated from the zod
// schemas the handlers and tests use: the public read endpoints (lib/api/public) and the
// authoring endpoints (request bodies from lib/validation/drafts.ts, the schema the routes parse).

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

const limitHeaders = z.object({
  RateLimit: z
    .string()
    .meta({ description: "limit, remaining and reset (seconds) of this address's window" }),
  "RateLimit-Policy": z
    .string()
    .meta({ example: `${PUBLIC_LIMITS.api.points};w=${PUBLIC_LIMITS.api.durationSeconds}` }),
});

function publicOperation(
  name: EndpointName,
  summary: string,
  description: string,
): ZodOpenApiOperationObject {
  const endpoint = ENDPOINTS[name];
  const isList = "limit" in endpoint.params.shape;
  const paramsShape = endpoint.params.shape as Record<string, z.ZodType>;
  const path = Object.fromEntries(
    Object.entries(paramsShape).filter(([key]) => key === "slug" || key === "username"),
  );
  const query = Object.fromEntries(Object.entries(paramsShape).filter(([key]) => !(key in path)));
  const responses: ZodOpenApiResponsesObject = {
    "200": {
      description: "OK",
      headers: limitHeaders.extend({
        ETag: z
          .string()
          .meta({ description: "Send it back as If-None-Match to get 304 while nothing changed" }),
        "Cache-Control": z.string().meta({ example: "public, max-age=60, stale-while-revalidate=300" }),
        ...(isList ? { Link: z.string().optional().meta({ description: 'The next page, rel="next"' }) } : {}),
      }),
      content: { "application/json": { schema: endpoint.response } },
    },
    "304": { description: "Not modified: the ETag in If-None-Match is still current" },
    "400": problem("A parameter is malformed (see `errors`), or the cursor is not one this API gave out"),
    ...(isList && !("zone" in query)
      ? {}
      : { "404": problem("Nothing with this slug, or a filter names nothing") }),
    "429": problem("Too many requests from this address; wait Retry-After seconds"),
  };
  return {
    operationId: name,
    tags: ["Public"],
    summary,
    description,
    security: [],
    requestParams: {
      ...(Object.keys(path).length > 0 ? { path: z.object(path) } : {}),
      ...(Object.keys(query).length > 0 ? { query: z.object(query) } : {}),
      header: z.object({ "If-None-Match": z.string().optional() }),
    },
    responses,
  };
}

// Authoring API: the draft as answered (checked against DraftView at compile time), the bodies.
const draftViewSchema = z
  .object({
    id: z.int(),
    slug: z.string(),
    status: z.enum(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED", "ARCHIVED"]),
    title: z.string(),
    summary: z.string(),
    bodyMarkdown: z.string(),
    zoneId: z.int().nullable(),
    tags: z.array(z.string()),
    coverImageUrl: z.string().nullable(),
    version: z.int().meta({ description: "Send it with every update" }),
    updatedAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    wordCount: z.int(),
    readingMinutes: z.int(),
    editable: z.boolean(),
  })
  .meta({ id: "Draft" }) satisfies z.ZodType<DraftView>;

const draftResponse = z.object({ draft: draftViewSchema }).meta({ id: "DraftResponse" });
const conflictSchema = problemSchema.extend({ current: draftViewSchema }).meta({ id: "DraftConflict" });
const draftUpdateSchema = draftInputSchema.partial().extend({ version: versionSchema }).strict();
const draftId = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .meta({ description: "The draft's id" }),
});

const authoringErrors: ZodOpenApiResponsesObject = {
  "401": problem("No token, or an unknown, revoked or suspended one (WWW-Authenticate: Bearer)"),
  "429": problem("The token's rate limit is used up; wait Retry-After seconds"),
};

function authoring(operation: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  return {
    tags: ["Authoring"],
    security: [{ bearerAuth: [] }],
    ...operation,
    responses: { ...operation.responses, ...authoringErrors },
  };
}

const draftWrite = (status: "200" | "201", ok: string): ZodOpenApiResponsesObject => ({
  [status]: { description: ok, content: { "application/json": { schema: draftResponse } } },
  "404": problem("No draft of yours with this id"),
  "409": {
    description: "Stale version (`current` holds the stored draft) or not editable any more",
    content: { "application/problem+json": { schema: conflictSchema } },
  },
  "413": problem("The request body is too large"),
  "415": problem("The body is not JSON"),
  "422": problem("A field is invalid or misses the submission guidelines (see `errors`)"),
});

/** PUT /drafts/{id} and POST /drafts/{id}/submit: the same body, with `version`. */
function draftUpdate(operationId: string, summary: string, description: string, ok: string) {
  return authoring({
    operationId,
    summary,
    description,
    requestParams: { path: draftId },
    requestBody: { content: { "application/json": { schema: draftUpdateSchema } } },
    responses: draftWrite("200", ok),
  });
}

function buildDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Zonepress API",
      version: "1",
      description:
        "Public, read-only JSON for articles, zones, Refcards, Trend Reports, events, videos and authors " +
        "(no sign-in, CORS for any origin, rate-limited per address), and the authoring API for your own " +
        "drafts (personal token). Lists answer { data, next }; pass `next` back as `cursor`. Errors are " +
        "RFC 9457 problem documents. See docs/api.md.",
    },
    servers: [{ url: env().SITE_URL }],
    tags: [
      { name: "Public", description: "Read-only, anonymous" },
      { name: "Authoring", description: "Your own drafts, with a personal API token" },
    ],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token (zp_…) from Settings → API tokens",
        },
      },
    },
    paths: {
      "/api/v1/categories": {
        get: publicOperation("categories", "List categories", "Every category with its zones, in menu order"),
      },
      "/api/v1/categories/{slug}": {
        get: publicOperation("category", "Get a category", "One category with its zones"),
      },
      "/api/v1/zones/{slug}": { get: publicOperation("zone", "Get a zone", "One zone with its category") },
      "/api/v1/articles": {
        get: publicOperation(
          "articles",
          "List articles",
          "Published articles, newest first, optionally of one zone, author or tag. Keyset pages: an article published while you page does not shift the pages you have not read.",
        ),
      },
      "/api/v1/articles/{slug}": {
        get: publicOperation("article", "Get an article", "One published article with its rendered HTML"),
      },
      "/api/v1/resources": {
        get: publicOperation(
          "resources",
          "List Refcards and Trend Reports",
          "Published resources, newest first",
        ),
      },
      "/api/v1/resources/{slug}": {
        get: publicOperation(
          "resource",
          "Get a Refcard or Trend Report",
          "One published resource with its preview",
        ),
      },
      "/api/v1/events": {
        get: publicOperation(
          "events",
          "List events",
          "Upcoming events soonest first, or past ones most recent first",
        ),
      },
      "/api/v1/events/{slug}": {
        get: publicOperation("event", "Get an event", "One event with its description"),
      },
      "/api/v1/videos": { get: publicOperation("videos", "List videos", "Published videos, newest first") },
      "/api/v1/videos/{slug}": { get: publicOperation("video", "Get a video", "One published video") },
      "/api/v1/authors": {
        get: publicOperation("authors", "List authors", "Members who have published articles, by username"),
      },
      "/api/v1/authors/{username}": {
        get: publicOperation("author", "Get an author", "A member's public profile"),
      },
      "/api/v1/zones": {
        get: authoring({
          operationId: "draftZones",
          summary: "List zones with their ids",
          description: "The ids a draft's `zoneId` takes, in menu order",
          responses: {
            "200": {
              description: "OK",
              content: {
                "application/json": {
                  schema: z.object({
                    zones: z.array(
                      z.object({
                        id: z.int(),
                        slug: z.string(),
                        name: z.string(),
                        category: z.object({ slug: z.string(), name: z.string() }),
                      }),
                    ),
                  }),
                },
              },
            },
          },
        }),
      },
      "/api/v1/drafts": {
        post: authoring({
          operationId: "createDraft",
          summary: "Create a draft",
          requestBody: { content: { "application/json": { schema: draftInputSchema.strict() } } },
          responses: draftWrite("201", "Created; Location names the draft"),
        }),
      },
      "/api/v1/drafts/{id}": {
        get: authoring({
          operationId: "getDraft",
          summary: "Read one of your drafts",
          requestParams: { path: draftId },
          responses: {
            "200": { description: "OK", content: { "application/json": { schema: draftResponse } } },
            "404": problem("No draft of yours with this id"),
          },
        }),
        put: draftUpdate(
          "updateDraft",
          "Update a draft",
          "Fields left out keep their saved values; `version` is the one you last read",
          "Saved",
        ),
      },
      "/api/v1/drafts/{id}/submit": {
        post: draftUpdate(
          "submitDraft",
          "Submit a draft for review",
          "Saves the fields sent (like PUT) and submits the draft",
          "Submitted",
        ),
      },
    },
  });
}

let cached: ReturnType<typeof buildDocument> | undefined;

/** The document, built once per process (it depends only on the code and SITE_URL). */
export function openApiDocument(): ReturnType<typeof buildDocument> {
  cached ??= buildDocument();
  return cached;
}
