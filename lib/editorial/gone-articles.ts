import "server-only";
import { NextResponse } from "next/server";
import { listArchivedSlugs } from "@/lib/db/editorial-articles";
import { logger } from "@/lib/logger";
import { ownServerOrigin } from "./own-origin";

// The proxy answers 410 Gone for unpublished articles without a database query per article
// view: each server instance keeps the (small) set of unpublished slugs in memory, reloads it
// in the background at most every REFRESH_MS while requests come in, and the unpublish and
// re-publish routes update it at once. Another instance learns of a change within REFRESH_MS.
// Kept on globalThis: Next bundles the proxy and the route handlers separately.

export const GONE_REFRESH_MS = 10_000;

interface GoneState {
  slugs: Set<string>;
  loadedAt: number;
  loading: Promise<void> | null;
  /** Changes made here since a reload started, which that reload's (older) answer must keep. */
  marks: Map<string, { gone: boolean; at: number }>;
}

const STATE_KEY = Symbol.for("zonepress.editorial.gone");

function state(): GoneState {
  const holder = globalThis as { [STATE_KEY]?: GoneState };
  return (holder[STATE_KEY] ??= { slugs: new Set(), loadedAt: 0, loading: null, marks: new Map() });
}

function reload(current: GoneState): Promise<void> {
  const startedAt = Date.now();
  current.loading ??= listArchivedSlugs()
    .then((slugs) => {
      const next = new Set(slugs);
      for (const [slug, mark] of current.marks) {
        if (mark.at < startedAt) current.marks.delete(slug);
        else if (mark.gone) next.add(slug);
        else next.delete(slug);
      }
      current.slugs = next;
      current.loadedAt = Date.now();
    })
    .catch((error: unknown) => {
      // The last known set keeps serving; the next request tries again.
      logger.error({ err: error }, "editorial: could not load unpublished article slugs");
    })
    .finally(() => {
      current.loading = null;
    });
  return current.loading;
}

/**
 * True when `slug` is an unpublished article. The first call of an instance waits for the set;
 * later ones answer from memory and refresh it in the background when it is older than
 * GONE_REFRESH_MS.
 */
export async function isGoneArticle(slug: string): Promise<boolean> {
  const current = state();
  if (current.loadedAt === 0) await reload(current);
  else if (Date.now() - current.loadedAt > GONE_REFRESH_MS) void reload(current);
  return current.slugs.has(slug);
}

/** After an unpublish (gone) or a re-publish (back) on this instance: effective at once. */
export function markArticleGone(slug: string, gone: boolean): void {
  const current = state();
  current.marks.set(slug, { gone, at: Date.now() });
  if (gone) current.slugs.add(slug);
  else current.slugs.delete(slug);
}

/** The page an unpublished article's address shows (app/(site)/gone/page.tsx). */
export const GONE_PAGE = "/gone";
/** The gone page is static; its HTML is fetched once in a while, not per request. */
const GONE_HTML_TTL_MS = 5 * 60_000;

const FALLBACK_HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Article removed</title>' +
  '<h1>This article is no longer available</h1><p>The editors have unpublished it. <a href="/">Home</a></p></html>';

interface GoneHtml {
  html: string;
  fetchedAt: number;
}
const HTML_KEY = Symbol.for("zonepress.editorial.gone-html");

async function goneHtml(): Promise<string> {
  const holder = globalThis as { [HTML_KEY]?: GoneHtml };
  const cached = holder[HTML_KEY];
  if (cached && Date.now() - cached.fetchedAt < GONE_HTML_TTL_MS) return cached.html;
  try {
    const response = await fetch(new URL(GONE_PAGE, ownServerOrigin()), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`${GONE_PAGE} answered ${response.status}`);
    const html = await response.text();
    holder[HTML_KEY] = { html, fetchedAt: Date.now() };
    return html;
  } catch (error) {
    logger.error({ err: error }, "editorial: could not load the gone page; answering a plain one");
    return cached?.html ?? FALLBACK_HTML;
  }
}

/**
 * The answer for an unpublished article's address: the gone page's HTML with 410 Gone. (A proxy
 * rewrite cannot give a page another status than the page's own 200.) The client router, which
 * expects a page payload, falls back to a full load on it, so a link followed inside the site
 * shows the same page.
 */
export async function goneResponse(): Promise<NextResponse> {
  return new NextResponse(await goneHtml(), {
    status: 410,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // Re-publishing brings it back: nobody may keep the 410.
      "Cache-Control": "no-store",
    },
  });
}
