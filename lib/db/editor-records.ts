import "server-only";
import { parseRouteId } from "@/lib/api/route-id";
import { db } from "./client";

// Which editor pages show one record by id, and whether that record exists. The proxy asks
// before the page renders: with cacheComponents an edit page's shell streams with a 200 status
// before its data loads, so the page's own notFound() can no longer make the answer a 404.

const EXISTS: Record<string, (id: number) => Promise<number>> = {
  review: (id) => db.article.count({ where: { id } }),
  resources: (id) => db.resource.count({ where: { id } }),
  events: (id) => db.event.count({ where: { id } }),
  videos: (id) => db.video.count({ where: { id } }),
  pages: (id) => db.page.count({ where: { id } }),
  outbox: (id) => db.emailMessage.count({ where: { id } }),
  "taxonomy/categories": (id) => db.category.count({ where: { id } }),
  "taxonomy/zones": (id) => db.zone.count({ where: { id } }),
};

const RECORD_PAGE = new RegExp(`^/editor/(${Object.keys(EXISTS).join("|")})/([^/]+)/?$`);
/** Segments under a record list that are pages of their own, not ids. */
const NOT_IDS = new Set(["new"]);

/**
 * For an editor page that shows one record (`/editor/events/12`), whether that record exists;
 * null for every other path. Junk ids (`/editor/events/abc`) do not exist.
 */
export async function editorRecordExists(pathname: string): Promise<boolean | null> {
  const match = RECORD_PAGE.exec(pathname);
  if (!match) return null;
  const [, kind, raw] = match as unknown as [string, string, string];
  if (NOT_IDS.has(raw)) return null;
  const id = parseRouteId(raw);
  if (id === null) return false;
  return (await EXISTS[kind]!(id)) === 1;
}
