import { getCurrentUser, loginPath } from "@/lib/auth/guards";
import { parseRouteId } from "@/lib/api/route-id";
import { getDownloadableResource } from "@/lib/db/resources";
import { seeOther } from "@/lib/http/form-post";
import { isSameOrigin } from "@/lib/http/request";
import { grantDownload, signedDownloadPath } from "@/lib/resources/download-link";
import { resourceHref } from "@/lib/resources/paths";
import { downloadRefusal, NO_STORE } from "../../_lib/refusal";

/**
 * GET /api/resources/[id]/download: the Download button. A signed-in member is sent (303) to a
 * signed link for this resource and this member that works for five minutes (the file route
 * serves and counts it); a signed-out visitor is sent to log in and back to the resource's
 * page. A request started on another site goes to the page instead, so no site can make a
 * member's browser download (and count) a file behind their back.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/resources/[id]/download">) {
  const id = parseRouteId((await params).id);
  const resource = id === null ? null : await getDownloadableResource(id);
  if (!resource) {
    return downloadRefusal(request, {
      status: 404,
      title: "Nothing to download",
      detail: "This Refcard or Trend Report does not exist or has no PDF to download.",
      back: null,
    });
  }
  const page = resourceHref(resource);
  if (!isSameOrigin(request)) return seeOther(request, page, NO_STORE);
  const user = await getCurrentUser();
  if (!user) return seeOther(request, loginPath(page), NO_STORE);
  return seeOther(request, signedDownloadPath(grantDownload(resource.id, user.id)), NO_STORE);
}
