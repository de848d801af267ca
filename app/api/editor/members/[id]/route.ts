import { z } from "zod";
import {
  SUSPEND_REASON_MAX_LENGTH,
  toMemberDto,
  type MemberUpdateResponse,
} from "@/components/editor/member-dto";
import { EDITORIAL_ROLES, getCurrentUser, hasRole } from "@/lib/auth/guards";
import { TAGS } from "@/lib/cache/tags";
import { memberPermissions, updateMember } from "@/lib/db/members";
import { forbidden, notFoundProblem, problem, unauthorized } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { expireTags } from "@/lib/site-admin/revalidate";

const changeSchema = z
  .strictObject({
    suspended: z.boolean().optional(),
    isCore: z.boolean().optional(),
    role: z.enum(["MEMBER", "EDITOR"], { error: "Choose MEMBER or EDITOR" }).optional(),
    reason: z
      .string()
      .trim()
      .max(SUSPEND_REASON_MAX_LENGTH, "Keep the reason under 500 characters")
      .optional(),
  })
  .refine(
    (change) => change.suspended !== undefined || change.isCore !== undefined || change.role !== undefined,
    {
      error: "Say what to change: suspended, isCore or role",
      path: ["form"],
    },
  );

/**
 * PATCH /api/editor/members/[id] { suspended?, isCore?, role? }: editors and admins suspend and
 * badge members, admins also change roles (lib/db/members.ts has the rules). Readers see the
 * result at once: the member's profile, the member count and — for suspensions and badges —
 * every article list showing their name are invalidated.
 */
export async function PATCH(request: Request, { params }: RouteContext<"/api/editor/members/[id]">) {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const actor = await getCurrentUser();
  if (!actor) return unauthorized("Your session has ended. Log in again to manage members.");
  if (!hasRole(actor, EDITORIAL_ROLES)) return forbidden("Only editors and admins can manage members.");

  const { id: rawId } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(rawId) || Number(rawId) > 2_147_483_647) {
    return notFoundProblem("There is no member with this id.");
  }
  const parsed = await parseBody(request, changeSchema);
  if (!parsed.ok) return parsed.response;

  const result = await updateMember(actor, Number(rawId), parsed.data);
  if (!result.ok) {
    if (result.reason === "not-found") return notFoundProblem("There is no member with this id.");
    return problem({ status: 403, title: "Forbidden", detail: result.message, code: "forbidden" });
  }

  if (result.changed.length > 0) {
    // Expired, not marked stale: the suspended author's profile must be gone on the very next
    // request, and a new badge shown there.
    expireTags([
      TAGS.user(result.member.username),
      TAGS.members,
      // A suspended author's profile disappears and the Core badge shows next to their name in
      // every article list and feed.
      ...(result.changed.includes("suspended") || result.changed.includes("isCore")
        ? [TAGS.articles, TAGS.feeds]
        : []),
    ]);
  }
  const body: MemberUpdateResponse = {
    member: toMemberDto(result.member),
    permissions: memberPermissions(actor, result.member),
  };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
