import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/guards";
import { applyMemberChoices, getMemberChoice, type MemberChoice } from "@/lib/db/subscriptions";
import { unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { choiceKey, memberChoicesSchema, targetRefSchema } from "@/lib/subscriptions/schemas";

const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

/**
 * GET /api/subscriptions/mine?target=ZONE&targetId=12: the signed-in member's choice for one
 * target, for the Subscribe button (a client island on cached pages). Signed-out visitors get
 * `{ signedIn: false }`, so the button offers the email form instead.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ signedIn: false }, { headers: PRIVATE });
  const params = request.nextUrl.searchParams;
  const ref = targetRefSchema.safeParse({
    target: params.get("target"),
    targetId: params.get("targetId") || null,
  });
  if (!ref.success) return validationProblem({ form: "Name what to look up: target and targetId" });
  const frequency = await getMemberChoice(user.email, ref.data);
  return Response.json({ signedIn: true, email: user.email, frequency }, { headers: PRIVATE });
}

/**
 * PUT /api/subscriptions/mine { choices: [{ target, targetId, frequency: OFF|DAILY|WEEKLY }] }:
 * the member's choices, applied together in one transaction (the settings form sends all of
 * its rows, the Subscribe button one). Errors are keyed by row ("ZONE:12"); nothing is written
 * when any row is refused.
 */
export async function PUT(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized("Your session has ended. Log in again to change your subscriptions.");
  const parsed = await parseBody(request, memberChoicesSchema, 256 * 1024);
  if (!parsed.ok) return parsed.response;

  const choices: MemberChoice[] = [];
  const errors: Record<string, string> = {};
  parsed.data.choices.forEach((choice, index) => {
    const ref = targetRefSchema.safeParse(choice);
    if (ref.success) choices.push({ ...ref.data, frequency: choice.frequency });
    else errors[`choices.${index}`] = "This row names nothing to subscribe to";
  });
  if (Object.keys(errors).length > 0) return validationProblem(errors);

  const result = await applyMemberChoices(user, choices);
  if (!result.ok) return validationProblem(result.errors, "Some subscriptions could not be saved");
  return Response.json(
    { choices: choices.map((c) => ({ key: choiceKey(c.target, c.targetId), frequency: c.frequency })) },
    { headers: PRIVATE },
  );
}
