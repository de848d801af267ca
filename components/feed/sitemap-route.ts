import { parsePartFile } from "@/lib/feeds/sitemap";
import { documentResponse, notFoundResponse } from "./responses";
import { getCachedSitemapPart, getCachedSitemapRoot } from "./sitemap-data";

// GET handlers of /sitemap.xml and /sitemap/<n>.xml (app/sitemap.xml, app/sitemap/[part]).

const XML = "application/xml; charset=utf-8";

export async function sitemapRootHandler(request: Request): Promise<Response> {
  return documentResponse(request, await getCachedSitemapRoot(), XML);
}

export async function sitemapPartHandler(
  request: Request,
  context: { params: Promise<{ part: string }> },
): Promise<Response> {
  const part = parsePartFile((await context.params).part);
  const doc = part === null ? null : await getCachedSitemapPart(part);
  if (!doc) return notFoundResponse("no such sitemap part", false);
  return documentResponse(request, doc, XML);
}
