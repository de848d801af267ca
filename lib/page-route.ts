import { notFound, permanentRedirect } from "next/navigation";
import { parsePageSegment } from "@/lib/pagination";

/**
 * The page number of a `/…/page/[page]` route: 404 for a malformed number, a permanent
 * redirect to the feed itself for page 1 (its only URL), else the number.
 */
export function pageFromSegment(raw: string, basePath: string): number {
  const page = parsePageSegment(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(basePath);
  return page;
}
