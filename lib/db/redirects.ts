import "server-only";
import { db } from "./client";

/**
 * Where an old path now lives (written when a slug or username changes), or null. Only
 * site-relative targets are returned, so a bad row can never redirect readers off the site.
 */
export async function findRedirect(fromPath: string): Promise<string | null> {
  const row = await db.redirect.findUnique({ where: { fromPath }, select: { toPath: true } });
  if (!row || !row.toPath.startsWith("/") || row.toPath.startsWith("//")) return null;
  return row.toPath;
}
