import { openApiDocument } from "@/lib/api/openapi";
import { CORS_HEADERS, publicOptions } from "../_lib/public-endpoint";

// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the whole API, public and authoring,
// generated from the zod schemas the handlers use. It changes only with a deploy.
export function GET(): Response {
  return Response.json(openApiDocument(), {
    headers: {
      ...CORS_HEADERS,
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const OPTIONS = publicOptions;
