import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/guards";
import type { Role } from "@/lib/db/auth";
import type { AdminFailure, AdminWrite } from "@/lib/db/site-admin-shared";
import {
  outcomeResponse,
  readInput,
  readUpdate,
  routeId,
  siteAdminCaller,
  unknownId,
} from "@/lib/site-admin/route";
import { moveSchema } from "@/lib/validation/site-admin";

// The route handlers of one site-management noun (app/api/editor/<noun>s and …/[id]): create,
// update over the loaded version, delete, and reorder where the noun has an order. Each route file only picks its noun; what differs
// (who may, which schema, which service, which JSON shape) is passed in.

type Outcome<Row> = AdminWrite<Row> | AdminFailure<Row>;

export interface AdminService<Row, Input> {
  create(actor: CurrentUser, input: Input): Promise<Outcome<Row>>;
  update(actor: CurrentUser, id: number, input: Input, expected: Date): Promise<Outcome<Row>>;
  remove(actor: CurrentUser, id: number): Promise<Outcome<Row>>;
}

type IdContext = { params: Promise<{ id: string }> };

export function adminRoutes<Row, Input, Dto>(options: {
  service: AdminService<Row, Input>;
  schema: z.ZodType<Input, unknown>;
  toDto: (row: Row) => Dto;
  roles: readonly Role[];
  /** "events": named in refusals ("Only … can manage events."). */
  area: string;
  /** "event": the JSON member and the noun in messages. */
  noun: string;
}) {
  const { service, schema, toDto, roles, area, noun } = options;
  const respond = (outcome: Outcome<Row>, status = 200) =>
    outcomeResponse(outcome, { key: noun, noun, toDto, status });

  return {
    async create(request: Request): Promise<Response> {
      const caller = await siteAdminCaller(request, roles, area);
      if (!caller.ok) return caller.response;
      const body = await readInput(request, schema);
      if (!body.ok) return body.response;
      return respond(await service.create(caller.actor, body.data), 201);
    },
    async update(request: Request, context: IdContext): Promise<Response> {
      const caller = await siteAdminCaller(request, roles, area);
      if (!caller.ok) return caller.response;
      const id = await routeId(context);
      if (id === null) return unknownId(noun);
      const body = await readUpdate(request, schema);
      if (!body.ok) return body.response;
      return respond(await service.update(caller.actor, id, body.data.input, body.data.expected));
    },
    async remove(request: Request, context: IdContext): Promise<Response> {
      const caller = await siteAdminCaller(request, roles, area);
      if (!caller.ok) return caller.response;
      const id = await routeId(context);
      if (id === null) return unknownId(noun);
      return respond(await service.remove(caller.actor, id));
    },
  };
}

/** POST …/[id]/move { direction: "up" | "down" } → { order: [ids in their new order] }. */
export function moveRoute(options: {
  move(actor: CurrentUser, id: number, direction: "up" | "down"): Promise<Outcome<number[]>>;
  roles: readonly Role[];
  area: string;
  noun: string;
}) {
  return async (request: Request, context: IdContext): Promise<Response> => {
    const caller = await siteAdminCaller(request, options.roles, options.area);
    if (!caller.ok) return caller.response;
    const id = await routeId(context);
    if (id === null) return unknownId(options.noun);
    const body = await readInput(request, moveSchema);
    if (!body.ok) return body.response;
    const outcome = await options.move(caller.actor, id, body.data.direction);
    return outcomeResponse(outcome, { key: "order", noun: options.noun, toDto: (order: number[]) => order });
  };
}
