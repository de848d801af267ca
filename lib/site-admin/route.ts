import "server-only";
import { z } from "zod";
import { ADMIN_ROLES, getCurrentUser, hasRole, type CurrentUser } from "@/lib/auth/guards";
import type { Role } from "@/lib/db/auth";
import type { AdminFailure, AdminWrite } from "@/lib/db/site-admin-shared";
import { parseRouteId } from "@/lib/api/route-id";
import {
  fieldErrors,
  forbidden,
  notFoundProblem,
  problem,
  unauthorized,
  validationProblem,
} from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody, type Parsed } from "@/lib/http/request";
import { expectedVersionSchema } from "@/lib/validation/site-admin";

// What every site-management route handler (app/api/editor/{categories,zones,events,videos,
// pages}) does around its one service call: same-origin and role checks, the id, the body with
// one message per field, and one status per outcome. Answers are never cached.

const NO_STORE = { "Cache-Control": "no-store" } as const;

/** A 100 KB markdown body with JSON escaping and the other fields fits. */
export const SITE_ADMIN_BODY_MAX_BYTES = 220 * 1024;

export type Caller = { ok: true; actor: CurrentUser } | { ok: false; response: Response };

/**
 * The signed-in caller when they may manage `area` (admins only for `ADMIN_ROLES`, editors too
 * otherwise). State-changing requests must come from our own pages.
 */
export async function siteAdminCaller(
  request: Request,
  roles: readonly Role[],
  area: string,
): Promise<Caller> {
  if (request.method !== "GET" && !isSameOrigin(request)) return { ok: false, response: crossSiteProblem() };
  const actor = await getCurrentUser();
  if (!actor) {
    return { ok: false, response: unauthorized(`Your session has ended. Log in again to manage ${area}.`) };
  }
  if (!hasRole(actor, roles)) {
    const who = roles === ADMIN_ROLES ? "administrators" : "editors and administrators";
    return { ok: false, response: forbidden(`Only ${who} can manage ${area}.`) };
  }
  return { ok: true, actor };
}

/** The route's [id], or null (answer 404) for anything that is not a positive int4. */
export async function routeId(context: { params: Promise<{ id: string }> }): Promise<number | null> {
  return parseRouteId((await context.params).id);
}

export function readInput<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  return parseBody(request, schema, SITE_ADMIN_BODY_MAX_BYTES);
}

/**
 * An update's body: the fields checked by `schema` and the `updatedAt` the form loaded, with the
 * messages of both reported together.
 */
export async function readUpdate<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<Parsed<{ input: z.infer<S>; expected: Date }>> {
  const body = await readInput(request, z.unknown());
  if (!body.ok) return body;
  const input = schema.safeParse(body.data);
  const version = expectedVersionSchema.safeParse(body.data);
  if (!input.success || !version.success) {
    const errors = {
      ...(version.success ? {} : fieldErrors(version.error)),
      ...(input.success ? {} : fieldErrors(input.error)),
    };
    return { ok: false, response: validationProblem(errors) };
  }
  return { ok: true, data: { input: input.data, expected: new Date(version.data.updatedAt) } };
}

export interface OutcomeOptions<Row, Dto> {
  /** The JSON member that carries the entity: { event: … }. */
  key: string;
  noun: string;
  toDto: (row: Row) => Dto;
  /** 201 for creations. */
  status?: number;
}

/** One status per outcome: 200/201 with the entity, 422 fields, 409 conflict or refusal, 404. */
export function outcomeResponse<Row, Dto>(
  outcome: AdminWrite<Row> | ({ ok: true; row: Row } & object) | AdminFailure<Row>,
  { key, noun, toDto, status = 200 }: OutcomeOptions<Row, Dto>,
): Response {
  if (outcome.ok) return Response.json({ [key]: toDto(outcome.row) }, { status, headers: NO_STORE });
  switch (outcome.kind) {
    case "invalid":
      return validationProblem(outcome.errors);
    case "not-found":
      return notFoundProblem(`There is no ${noun} with this id; it may have been deleted.`);
    case "refused":
      return problem({ status: 409, title: "Not allowed", detail: outcome.message, code: "refused" });
    case "conflict":
      // `current` is what is stored now, in the form's own shape: the form offers to load it
      // or to save over it, and keeps what the admin typed either way.
      return Response.json(
        {
          type: "about:blank",
          title: "Changed by someone else",
          status: 409,
          detail: `Someone else saved this ${noun} after you opened it. Your changes are still in the form.`,
          code: "conflict",
          current: toDto(outcome.current),
        },
        { status: 409, headers: { ...NO_STORE, "Content-Type": "application/problem+json" } },
      );
  }
}

/** 404 for an id that cannot exist. */
export function unknownId(noun: string): Response {
  return notFoundProblem(`There is no ${noun} with this id.`);
}
