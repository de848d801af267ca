import "server-only";
import { z } from "zod";
import { toResourceDto, type ResourceConflictResponse } from "@/components/resource-admin/resource-dto";
import { EDITORIAL_ROLES, getCurrentUser, hasRole, type CurrentUser } from "@/lib/auth/guards";
import type { ResourceWriteResult } from "@/lib/db/resource-writes";
import { forbidden, notFoundProblem, unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { logger } from "@/lib/logger";
import { revalidateResourcePages } from "@/lib/resources/revalidate";
import { uploadStorage } from "@/lib/uploads/storage";

// Shared by the /api/editor/resources route handlers: who may call them, the JSON body checked
// field by field, and one mapping from a write's outcome to a response.

export const PRIVATE = { "Cache-Control": "private, no-store" };

/** A preview body of 100 KB plus the other fields and JSON escaping fits in this. */
const RESOURCE_BODY_MAX_BYTES = 240 * 1024;

export type Editor = { ok: true; user: CurrentUser } | { ok: false; response: Response };

/** The signed-in editor or admin; state-changing requests must also come from our own pages. */
export async function editor(request: Request, options: { changes: boolean }): Promise<Editor> {
  if (options.changes && !isSameOrigin(request)) return { ok: false, response: crossSiteProblem() };
  const user = await getCurrentUser();
  if (!user) {
    return {
      ok: false,
      response: unauthorized("Your session has ended. Log in again; the form keeps your text."),
    };
  }
  if (!hasRole(user, EDITORIAL_ROLES)) {
    return { ok: false, response: forbidden("Only editors and admins manage Refcards and Trend Reports.") };
  }
  return { ok: true, user };
}

/** The JSON body checked by `schema`, errors keyed by form field ("authorIds", not "authorIds.0"). */
export async function readResourceBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const body = await parseBody(request, z.unknown(), RESOURCE_BODY_MAX_BYTES);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, response: validationProblem(errors) };
}

/**
 * The response for a write: the saved resource (readers' pages invalidated, files nothing points
 * at any more removed), field errors, a conflict with what is stored now, or not found.
 */
export async function writeResponse(result: ResourceWriteResult, status: 200 | 201): Promise<Response> {
  if (!result.ok) {
    if (result.kind === "invalid") return validationProblem(result.errors);
    if (result.kind === "not-found") return notFoundProblem("There is no resource with this id.");
    // `current` is what is stored now: the form shows what changed and lets the editor save over it.
    const body: ResourceConflictResponse & Record<string, unknown> = {
      type: "about:blank",
      title: "This resource changed elsewhere",
      status: 409,
      code: "conflict",
      detail:
        "Someone else saved this resource after you opened it. Your changes are still in the form: compare, then save again to replace their version.",
      current: toResourceDto(result.current),
    };
    return Response.json(body, {
      status: 409,
      headers: { ...PRIVATE, "Content-Type": "application/problem+json" },
    });
  }
  revalidateResourcePages(result);
  for (const key of result.orphanedKeys) {
    // The row is gone already; a file left behind costs disk, never correctness.
    await uploadStorage()
      .delete(key)
      .catch((error: unknown) =>
        logger.warn(
          { event: "resource.file-delete-failed", key, err: error },
          "could not delete a replaced PDF",
        ),
      );
  }
  return Response.json({ resource: toResourceDto(result.resource) }, { status, headers: PRIVATE });
}
