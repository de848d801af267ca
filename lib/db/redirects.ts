import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";

/**
 * Where an old path now lives (written when a slug or username changes), or null. Only
 * site-relative targets are returned, so a bad row can never redirect readers off the site.
 */
export async function findRedirect(fromPath: string): Promise<string | null> {
  const row = await db.redirect.findUnique({ where: { fromPath }, select: { toPath: true } });
  if (!row || !row.toPath.startsWith("/") || row.toPath.startsWith("//")) return null;
  return row.toPath;
}

type RedirectClient = Pick<Prisma.TransactionClient, "redirect">;

/**
 * Whether `path` may become the address of the thing now at `ownPath`: it is free unless an old
 * address of something else redirects from it (taking it would silently break those old links).
 * An entity may take back one of its own former addresses.
 */
export async function isPathClaimed(
  tx: RedirectClient,
  path: string,
  ownPath: string | null,
): Promise<boolean> {
  const row = await tx.redirect.findUnique({ where: { fromPath: path }, select: { toPath: true } });
  return row !== null && row.toPath !== ownPath;
}

/**
 * Records that what lived at `oldPath` now lives at `newPath`, in the caller's transaction:
 * older redirects to `oldPath` are re-pointed (A→B then B→C leaves A→C and B→C, one hop each),
 * and a redirect away from `newPath` (a former address taken back) goes, since the path is live
 * again. Subpaths (/page/2, /feed.xml) follow their base path where readers look it up.
 */
export async function moveRedirects(tx: RedirectClient, oldPath: string, newPath: string): Promise<void> {
  if (oldPath === newPath) return;
  await tx.redirect.deleteMany({ where: { fromPath: newPath } });
  await tx.redirect.updateMany({ where: { toPath: oldPath }, data: { toPath: newPath } });
  await tx.redirect.upsert({
    where: { fromPath: oldPath },
    create: { fromPath: oldPath, toPath: newPath },
    update: { toPath: newPath },
  });
}

/** Forgets every redirect to `path` (its target is being deleted), so the old paths are free again. */
export async function dropRedirectsTo(tx: RedirectClient, path: string): Promise<void> {
  await tx.redirect.deleteMany({ where: { toPath: path } });
}
