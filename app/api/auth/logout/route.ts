import { getCurrentUser } from "@/lib/auth/guards";
import { endSession } from "@/lib/auth/session";
import { bumpTokenVersion } from "@/lib/db/auth";
import { isHtmlFormPost, seeOther } from "@/lib/http/form-post";
import { crossSiteProblem, isSameOrigin, readBoundedText } from "@/lib/http/request";

// POST /api/auth/logout: ends this session. With `everywhere=1` it also ends every other session
// of the account (the token version moves on, so all cookies issued before are refused).
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const form = isHtmlFormPost(request);
  const text = (await readBoundedText(request, 1024)) ?? "";
  const everywhere = form
    ? new URLSearchParams(text).get("everywhere") === "1"
    : /"everywhere"\s*:\s*true/.test(text);
  if (everywhere) {
    const user = await getCurrentUser();
    if (user) await bumpTokenVersion(user.id);
  }
  await endSession();
  return form
    ? seeOther(request, "/")
    : new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
