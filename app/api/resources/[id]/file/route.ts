import { revalidateTag } from "next/cache";
import { parseRouteId } from "@/lib/api/route-id";
import { getCurrentUser, loginPath } from "@/lib/auth/guards";
import { TAGS } from "@/lib/cache/tags";
import { countDownload, getDownloadableResource, type DownloadableResource } from "@/lib/db/resources";
import { seeOther } from "@/lib/http/form-post";
import { checkDownloadLink } from "@/lib/resources/download-link";
import { resourceHref } from "@/lib/resources/paths";
import { uploadStorage } from "@/lib/uploads/storage";
import { downloadRefusal, NO_STORE } from "../../_lib/refusal";

type Context = RouteContext<"/api/resources/[id]/file">;

// GET /api/resources/[id]/file?member=&expires=&signature=: the PDF behind a signed download
// link (lib/resources/download-link.ts). Served only while the link is genuine and unexpired and
// to the member it was made for, as an attachment that is never cached; each served file counts
// one download. HEAD answers the same checks without sending or counting anything.

/** "refcard-12-kafka-essentials.pdf": slugs are [a-z0-9-], so the name needs no escaping. */
function fileName(resource: DownloadableResource): string {
  return resource.number !== null
    ? `refcard-${resource.number}-${resource.slug}.pdf`
    : `${resource.slug}.pdf`;
}

// What each refused link says; "signed-out" instead sends the member to log in.
const REFUSALS = {
  invalid: {
    status: 403,
    title: "Invalid download link",
    detail:
      "This download link is not valid: it may have been altered or cut short. Open the page and click Download again.",
  },
  expired: {
    status: 410,
    title: "Download link expired",
    detail:
      "This download link has expired: links work for five minutes. Open the page and click Download again.",
  },
  "other-member": {
    status: 403,
    title: "Not your download link",
    detail:
      "This download link was made for another member. Open the page and click Download to get your own.",
  },
} as const;

async function verified(
  request: Request,
  { params }: Context,
): Promise<{ ok: true; resource: DownloadableResource } | { ok: false; response: Response }> {
  const url = new URL(request.url);
  const rawId = (await params).id;
  const user = await getCurrentUser();
  const check = checkDownloadLink(
    {
      resourceId: rawId,
      member: url.searchParams.get("member"),
      expires: url.searchParams.get("expires"),
      signature: url.searchParams.get("signature"),
    },
    user?.id ?? null,
  );
  // The page to go back to (a public URL, so naming it gives nothing away).
  const id = check.ok ? check.grant.resourceId : parseRouteId(rawId);
  const resource = id === null ? null : await getDownloadableResource(id);
  const back = resource ? resourceHref(resource) : null;
  if (!check.ok) {
    if (check.reason === "signed-out") {
      // A genuine, unexpired link whose member's session ended in between.
      return { ok: false, response: seeOther(request, loginPath(back ?? "/"), NO_STORE) };
    }
    return { ok: false, response: downloadRefusal(request, { ...REFUSALS[check.reason], back }) };
  }
  if (!resource) {
    const detail = "This Refcard or Trend Report is no longer published.";
    return {
      ok: false,
      response: downloadRefusal(request, { status: 404, title: "Nothing to download", detail, back: null }),
    };
  }
  return { ok: true, resource };
}

function fileHeaders(resource: DownloadableResource, size: number): HeadersInit {
  return {
    "Content-Type": "application/pdf",
    "Content-Length": String(size),
    "Content-Disposition": `attachment; filename="${fileName(resource)}"`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    ...NO_STORE,
  };
}

export async function GET(request: Request, context: Context): Promise<Response> {
  const result = await verified(request, context);
  if (!result.ok) return result.response;
  const { resource } = result;
  const file = await uploadStorage().open(resource.fileKey);
  if (!file) {
    return downloadRefusal(request, {
      status: 404,
      title: "File missing",
      detail: "The PDF of this resource is missing on the server. Please tell the editors.",
      back: resourceHref(resource),
    });
  }
  // Counted when the file starts going out; the page's count catches up on its next view.
  if (await countDownload(resource.id)) revalidateTag(TAGS.resource(resource.slug), { expire: 0 });
  return new Response(file.stream, { headers: fileHeaders(resource, file.size) });
}

export async function HEAD(request: Request, context: Context): Promise<Response> {
  const result = await verified(request, context);
  if (!result.ok)
    return new Response(null, { status: result.response.status, headers: result.response.headers });
  const file = await uploadStorage().open(result.resource.fileKey);
  if (!file) return new Response(null, { status: 404, headers: NO_STORE });
  await file.stream.cancel();
  return new Response(null, { headers: fileHeaders(result.resource, file.size) });
}
