import { z } from "zod";
import { ADMIN_ROLES, getCurrentUser, hasRole } from "@/lib/auth/guards";
import { recordDigestRun } from "@/lib/db/digests";
import { runDigest } from "@/lib/digest/run";
import { forbidden, unauthorized } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { frequencySchema } from "@/lib/subscriptions/schemas";

const bodySchema = z.object({ frequency: frequencySchema });

/**
 * POST /api/editor/digests { frequency: DAILY|WEEKLY }: admins write the digests due now to the
 * outbox at once instead of at the next scheduled run (the same work as the job and
 * `npm run digest`), and get the counts back. Digests never repeat an article, so running it
 * early only moves the next digest's window. Audited.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const actor = await getCurrentUser();
  if (!actor) return unauthorized("Your session has ended. Log in again to send digests.");
  if (!hasRole(actor, ADMIN_ROLES)) return forbidden("Only admins can send digests by hand.");
  const parsed = await parseBody(request, bodySchema);
  if (!parsed.ok) return parsed.response;

  const result = await runDigest(parsed.data.frequency, new Date());
  await recordDigestRun(actor.id, result);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
