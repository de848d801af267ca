import { parseRouteId } from "@/lib/api/route-id";
import { retryFailedEmail } from "@/lib/db/outbox-admin";
import { notFoundProblem, problem } from "@/lib/http/problem";
import { outboxAdmin } from "../../_lib/admin";

/**
 * POST /api/editor/outbox/[id]/retry: an admin gives a FAILED message a fresh set of delivery
 * attempts (audited as email.retry). Readers see nothing of the outbox, so no cache tag moves.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/editor/outbox/[id]/retry">) {
  const actor = await outboxAdmin(request);
  if (actor instanceof Response) return actor;
  const id = parseRouteId((await params).id);
  if (id === null) return notFoundProblem("There is no email with this id.");

  const result = await retryFailedEmail(actor.id, id);
  if (!result.ok) {
    if (result.reason === "not-found") return notFoundProblem("There is no email with this id.");
    return problem({
      status: 409,
      title: "Not failed",
      detail:
        result.status === "SENT"
          ? "This email was already sent."
          : "This email is still waiting for delivery; only failed emails can be retried.",
      code: "not-failed",
    });
  }
  return Response.json(
    { message: { id: result.message.id, status: result.message.status } },
    { headers: { "Cache-Control": "no-store" } },
  );
}
