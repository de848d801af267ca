import { describeWait } from "@/lib/auth/messages";
import { logger } from "@/lib/logger";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { clientIp, crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { CONFIRMATION_SENT_MESSAGE } from "@/lib/subscriptions/policy";
import { subscribeRequestSchema, targetRefSchema } from "@/lib/subscriptions/schemas";
import { subscribeByEmail } from "@/lib/subscriptions/subscribe";
import { tooManyRequests } from "@/lib/rate-limit/respond";
import { consumeSubscribe } from "@/lib/subscriptions/throttle";

/**
 * POST /api/subscriptions { email, frequency, target, targetId }: an anonymous visitor asks for
 * digests at an address. The answer is the same whether the address is new, pending, already
 * subscribed or a member's, and whether a confirmation email was sent or held back (at most one
 * per address per 10 minutes): 202 and the same message. Signed-in members use
 * /api/subscriptions/mine instead, which needs no confirmation.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const throttle = await consumeSubscribe(clientIp(request));
  if (!throttle.allowed) {
    return tooManyRequests({
      retryAfterSeconds: throttle.retryAfterSeconds,
      detail: `Too many subscription requests from your network. Try again in ${describeWait(throttle.retryAfterSeconds)}.`,
    });
  }
  const parsed = await parseBody(request, subscribeRequestSchema);
  if (!parsed.ok) return parsed.response;
  const ref = targetRefSchema.safeParse(parsed.data);
  if (!ref.success) return validationProblem({ form: "Choose what to subscribe to" });

  const outcome = await subscribeByEmail({
    email: parsed.data.email,
    ref: ref.data,
    frequency: parsed.data.frequency,
  });
  if (outcome.kind === "unknown-target")
    return notFoundProblem("There is nothing to subscribe to here any more.");
  logger.info(
    { event: "subscription.request", target: ref.data.target, sent: outcome.sent },
    "subscription requested",
  );
  return Response.json(
    { message: CONFIRMATION_SENT_MESSAGE },
    { status: 202, headers: { "Cache-Control": "no-store" } },
  );
}
