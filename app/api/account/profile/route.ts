import { revalidateTag } from "next/cache";
import { getCurrentUser } from "@/lib/auth/guards";
import { TAGS } from "@/lib/cache/tags";
import { updateProfile } from "@/lib/db/account";
import { unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { renderBio } from "@/lib/markdown/bio";
import { profileSchema } from "@/lib/validation/settings";

// PATCH /api/account/profile: name, username and bio of the signed-in member (JSON). A taken
// username comes back on the username field; everything typed stays in the form.
export async function PATCH(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const parsed = await parseBody(request, profileSchema);
  if (!parsed.ok) return parsed.response;

  const bioHtml = await renderBio(parsed.data.bio);
  const result = await updateProfile(user.id, { ...parsed.data, bioHtml });
  if (!result.ok) {
    if (result.reason === "not-found") return unauthorized();
    return validationProblem({ username: "This username is taken; choose another" });
  }
  // The author sees the change at once; bylines are on article pages and every feed.
  for (const tag of new Set([
    TAGS.user(result.previousUsername),
    TAGS.user(result.username),
    TAGS.feeds,
    TAGS.articles,
  ])) {
    revalidateTag(tag, { expire: 0 });
  }
  return Response.json(
    { username: result.username, profileUrl: `/users/${result.username}`, bioHtml },
    { headers: { "Cache-Control": "no-store" } },
  );
}
